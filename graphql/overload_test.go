package graphql

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// overloadQueries are the flood's mix: a list query the plan answers (plan.go) and one graphql-go
// answers (the directive), whose top-level fields resolve in goroutines of their own.
var overloadQueries = []string{
	`{ epochs { nodes { number root totalEpoch } } tasks { nodes { id } } }`,
	`{ a: epochs @include(if: true) { nodes { number } } b: tasks { nodes { id } } c: scores(first: 10) { totalCount }
	   d: submissions(first: 10) { totalCount } e: purchases(first: 10) { totalCount } f: models(first: 10) { totalCount } }`,
}

// floodClients is how many clients flood the server, each with one request in flight at a time.
const floodClients = 48

// TestOverloadSheds (docs/api.md "Limits and abuse"): a real server process (the http.Server covey
// serve runs) over a seeded Postgres whose every read is slowed by 20 ms, allowed 2 queries executing
// and 2 waiting, is flooded by 48 clients for 3 s. Its goroutines beyond its connections' own (two
// each: net/http's and its background read) stay within a bound set by the limits, not by the
// load; every answer is either the right data (byte for byte the answer given before the flood) or
// 503 with Retry-After and OVERLOADED; /healthz, /readyz and /metrics answer throughout; the
// metrics show the admission (at most 2 executing, 2 queued, shed counted); and once the flood
// stops, ordinary requests all succeed again. Without the admission the flood's requests all execute
// at once, each with goroutines of its own, and the bound fails.
func TestOverloadSheds(t *testing.T) {
	const maxInFlight, maxQueued = 2, 2
	c := startChild(t, childMaxInFlightEnv+"="+strconv.Itoa(maxInFlight), childMaxQueuedEnv+"="+strconv.Itoa(maxQueued),
		childReadDelayEnv+"=20ms")
	url := "http://" + c.addr + "/graphql"
	metricsURL := "http://" + c.metrics + "/metrics"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: floodClients}, Timeout: 30 * time.Second}
	want := make([]string, len(overloadQueries))
	for i, q := range overloadQueries {
		st, _, body := postQuery(t, client, url, q)
		if st != http.StatusOK || strings.Contains(body, `"errors"`) {
			t.Fatalf("before the flood, %s: %d %s", q, st, body)
		}
		want[i] = body
	}
	time.Sleep(200 * time.Millisecond)
	idle := scrapeChild(t, metricsURL)["go_goroutines"]

	var ok, shed, wrong atomic.Int64
	var lastWrong atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range floodClients {
		wg.Go(func() {
			for i := w; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				q := i % len(overloadQueries)
				st, h, body := postQuery(t, client, url, overloadQueries[q])
				switch {
				case st == http.StatusOK && body == want[q]:
					ok.Add(1)
				case st == http.StatusServiceUnavailable && h.Get("Retry-After") == "1" && overloaded(body):
					shed.Add(1)
				default:
					wrong.Add(1)
					lastWrong.Store(fmt.Sprintf("%d %s", st, body))
				}
			}
		})
	}
	peak, peakRunning, peakQueued := sampleFlood(t, c, metricsURL, 3*time.Second)
	close(stop)
	wg.Wait()

	m := scrapeChild(t, metricsURL)
	shedTotal := m[`covey_graphql_shed_total{reason="queue_full"}`] + m[`covey_graphql_shed_total{reason="queue_wait"}`]
	t.Logf("%d clients for 3s: %d right answers, %d OVERLOADED, %d wrong; goroutines idle %.0f, peak %.0f; executing at most %.0f, queued at most %.0f; shed_total %.0f",
		floodClients, ok.Load(), shed.Load(), wrong.Load(), idle, peak, peakRunning, peakQueued, shedTotal)
	if n := wrong.Load(); n > 0 {
		t.Errorf("%d answers were neither the right data nor OVERLOADED; last: %v", n, lastWrong.Load())
	}
	if ok.Load() == 0 || shed.Load() == 0 {
		t.Errorf("the flood should be partly answered and partly refused: %d answered, %d refused", ok.Load(), shed.Load())
	}
	// Each connection holds two goroutines whatever the server does; beyond them, what executes and
	// waits is bounded by the limits (10 goroutines an admitted query: graphql-go resolves the mix's
	// widest query's six fields in goroutines of their own, and pgx watches each statement's context) plus
	// slack.
	if bound := idle + 2*floodClients + 10*(maxInFlight+maxQueued) + 20; peak > bound {
		t.Errorf("goroutines peaked at %.0f under the flood, over %.0f (idle %.0f + 2 per connection + 10 per admitted query + 20)", peak, bound, idle)
	}
	if peakRunning > maxInFlight || peakQueued > maxQueued {
		t.Errorf("metrics: %.0f executing (limit %d), %.0f queued (limit %d)", peakRunning, maxInFlight, peakQueued, maxQueued)
	}
	if shedTotal < float64(shed.Load()) || m["covey_graphql_max_in_flight"] != maxInFlight {
		t.Errorf("metrics: shed_total %.0f for %d refusals, max_in_flight %.0f", shedTotal, shed.Load(), m["covey_graphql_max_in_flight"])
	}
	assertRecovered(t, client, url, metricsURL, want)
}

// sampleFlood polls the child for d: its peak goroutines, queries executing and queued; meanwhile
// its health, readiness and metrics must answer (they are never shed).
func sampleFlood(t *testing.T, c *childServer, metricsURL string, d time.Duration) (peak, running, queued float64) {
	t.Helper()
	probe := &http.Client{Timeout: 5 * time.Second}
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		m := scrapeChild(t, metricsURL)
		peak, running, queued = max(peak, m["go_goroutines"]), max(running, m["covey_graphql_in_flight"]), max(queued, m["covey_graphql_queued"])
		for _, path := range []string{"/healthz", "/readyz"} {
			resp, err := probe.Get("http://" + c.addr + path)
			if err != nil {
				t.Fatalf("%s during the flood: %v", path, err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s during the flood: %d", path, resp.StatusCode)
			}
		}
	}
	return peak, running, queued
}

// assertRecovered: once the flood stopped, nothing executes or waits, and ordinary requests, one at
// a time, all get their right answer.
func assertRecovered(t *testing.T, client *http.Client, url, metricsURL string, want []string) {
	t.Helper()
	waitFor(t, "after the flood, nothing executing or queued", func() bool {
		m := scrapeChild(t, metricsURL)
		return m["covey_graphql_in_flight"] == 0 && m["covey_graphql_queued"] == 0
	})
	for i := range 20 {
		q := i % len(overloadQueries)
		if st, _, body := postQuery(t, client, url, overloadQueries[q]); st != http.StatusOK || body != want[q] {
			t.Fatalf("after the flood, request %d: %d %.300s", i, st, body)
		}
	}
}

func postQuery(t *testing.T, client *http.Client, url, q string) (int, http.Header, string) {
	b, _ := json.Marshal(map[string]string{"query": q})
	resp, err := client.Post(url, "application/json", strings.NewReader(string(b)))
	if err != nil {
		t.Errorf("posting: %v", err)
		return 0, nil, ""
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Errorf("reading an answer: %v", err)
	}
	return resp.StatusCode, resp.Header, string(body)
}

// overloaded: body is the OVERLOADED refusal (GraphQL-shaped, no data).
func overloaded(body string) bool {
	var out struct {
		Data   json.RawMessage
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	return json.Unmarshal([]byte(body), &out) == nil && out.Data == nil && len(out.Errors) == 1 &&
		out.Errors[0].Extensions["code"] == CodeOverloaded && out.Errors[0].Message != ""
}

// scrapeChild reads a Prometheus text page into series name (with its labels as written) -> value.
func scrapeChild(t *testing.T, url string) map[string]float64 {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("metrics: %v", err)
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		if v, err := strconv.ParseFloat(line[i+1:], 64); err == nil {
			out[line[:i]] = v
		}
	}
	return out
}

// TestOverloadOverWebSocket: a query sent over a WebSocket takes an execution slot like an HTTP
// request: with the one slot taken and the one queue place too (reads held), an HTTP query and a
// WebSocket query are refused at once with OVERLOADED (503 and Retry-After over HTTP, the protocol's
// error message over the socket), while a subscription, which executes on notifications rather than
// on request, still starts and delivers; once the reads go on, the held queries get their answers.
func TestOverloadOverWebSocket(t *testing.T) {
	env := newEnv(t, Options{MaxInFlight: 1, MaxQueued: 1, MaxQueueWait: time.Minute})
	var hold atomic.Bool
	release := make(chan struct{})
	hold.Store(true)
	env.srv.afterRead = func(ctx context.Context, _ string) {
		if hold.Load() {
			select {
			case <-release:
			case <-ctx.Done():
			}
		}
	}
	url := env.http.URL + "/graphql"
	q := `{ epochs { nodes { number } } }`
	held := make(chan string, 2)
	for range 2 { // one executes (its read held), one waits in the queue
		go func() { st, _, body := postQuery(t, http.DefaultClient, url, q); held <- fmt.Sprint(st, " ", body) }()
	}
	waitFor(t, "one query executing and one queued", func() bool {
		m := gathered(t, env)
		return m["covey_graphql_in_flight"] == 1 && m["covey_graphql_queued"] == 1
	})
	if st, h, body := postQuery(t, http.DefaultClient, url, q); st != http.StatusServiceUnavailable || h.Get("Retry-After") != "1" || !overloaded(body) {
		t.Fatalf("HTTP query past the limits: %d Retry-After %q %s", st, h.Get("Retry-After"), body)
	}
	ws := dialWS(t, env)
	ws.subscribe("h", `subscription { head { block } }`, nil)
	ws.subscribe("q", q, nil)
	if code := ws.wsError("q"); code != CodeOverloaded {
		t.Fatalf("WebSocket query past the limits: %q, want %s", code, CodeOverloaded)
	}
	stop := make(chan struct{})
	defer close(stop)
	go func() { // the subscription may not be registered yet: publish until the head arrives
		for {
			_ = env.srv.PublishHead(context.Background(), 11, blockHash(11), blockTime(11))
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	if d := ws.nextData("h"); d["head"].(map[string]any)["block"] != float64(11) {
		t.Fatalf("subscription while overloaded: %v", d)
	}
	hold.Store(false)
	close(release)
	for range 2 {
		if a := <-held; !strings.HasPrefix(a, "200 ") || strings.Contains(a, `"errors"`) {
			t.Fatalf("held query: %s", a)
		}
	}
	if m := gathered(t, env); m[`covey_graphql_shed_total{reason="queue_full"}`] != 2 {
		t.Fatalf("shed_total: %v", m)
	}
}

// gathered is the server's own metrics as scrapeChild reads them.
func gathered(t *testing.T, env *testEnv) map[string]float64 {
	t.Helper()
	h := promhttp.HandlerFor(env.srv.Gatherer(), promhttp.HandlerOpts{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	return scrapeChild(t, srv.URL)
}
