package chaos

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// populatedAPI is a `covey serve` on a database holding a simulated devnet, indexed and settled.
func populatedAPI(t *testing.T, epochs int) (e *env, base string, api *proc, accounts []string) {
	t.Helper()
	_, seed := newRand(t)
	e = newEnv(t)
	dn := startDevnet(t, e)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	e.setenv("COVEY_LOG_LEVEL", "warn")
	dn.simulate(t, 40, epochs, seed)
	e.run("index", "--until-synced")
	e.run("settle", "--all")
	api, base = startAPI(t, e)
	return e, base, api, leafAccounts(t, db.pool, dn)
}

// hostileBodies are request bodies meant to hurt: depth, alias and fragment bombs, circular fragments,
// amplification through nested lists, huge and deeply nested variables, batches, garbage.
func hostileBodies(accounts []string) map[string][]byte {
	q := func(query string, vars any) []byte {
		b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		return b
	}
	out := map[string][]byte{}
	out["depth bomb (parser)"] = q(strings.Repeat("{a", 20000)+strings.Repeat("}", 20000), nil)
	out["depth bomb (introspection, 3 levels)"] = q(introspectionBomb(3), nil)
	var aliases strings.Builder
	aliases.WriteString("{")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&aliases, " a%d: status { chainId }", i)
	}
	aliases.WriteString(" }")
	out["alias bomb"] = q(aliases.String(), nil)
	var laughs strings.Builder
	laughs.WriteString("query { ...F30 }\nfragment F0 on Query { status { chainId } }\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&laughs, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	out["fragment bomb (2^30)"] = q(laughs.String(), nil)
	out["circular fragments"] = q("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }", nil)
	addrs := make([]string, 0, 1000)
	for i := 0; i < 1000; i++ {
		addrs = append(addrs, accounts[i%len(accounts)])
	}
	out["amplification (tasks x submissions)"] = q(`{ tasks(first: 1000) { nodes { id submissions(first: 1000) { totalCount nodes { id uri modelHash } } } } }`, nil)
	out["amplification (1000 accounts x lists)"] = q(`query($a: [Address!]!) { accounts(addresses: $a) { submissions(first: 1000) { nodes { id } } scoresGiven(first: 1000) { nodes { score } } rewards(first: 1000) { nodes { epoch } } } }`,
		map[string]any{"a": addrs})
	out["epochs x leaves"] = q(`{ epochs(first: 1000) { nodes { leaves(first: 1000) { nodes { account proof } } } } }`, nil)
	big := map[string]any{}
	for i := 0; len(big) < 2000; i++ {
		big[fmt.Sprintf("v%d", i)] = strings.Repeat("x", 20)
	}
	out["huge variables (under the limit)"] = q(`{ status { chainId } }`, big)
	out["huge variables (over the limit)"] = q(`{ status { chainId } }`, map[string]any{"v": strings.Repeat("y", 200_000)})
	out["deeply nested variables"] = []byte(`{"query":"{ status { chainId } }","variables":{"v":` + strings.Repeat("[", 9000) + strings.Repeat("]", 9000) + `}}`)
	var batch []map[string]string
	for i := 0; i < 500; i++ {
		batch = append(batch, map[string]string{"query": "{ status { chainId } }"})
	}
	out["batch of 500"], _ = json.Marshal(batch)
	out["garbage"] = []byte("\x00\xff{{{" + strings.Repeat("\u2028", 1000))
	out["introspection"] = q(`{ __schema { types { name fields { name args { name type { name ofType { name ofType { name } } } } } } } }`, nil)
	return out
}

// TestHostileGraphQL (scenario 6): while hostile clients send depth, alias and fragment bombs,
// amplified list queries, huge and nested variables, batches and garbage — and slowloris clients hold
// connections open sending a byte a second (headers, and bodies) — a normal client keeps querying.
// Every normal query must succeed; its p50/p99/max latency is recorded (not asserted). Every hostile
// request gets a 4xx or a GraphQL error, never a 5xx or a dropped connection, and the server is
// alive afterwards with its goroutines back near where they started.
func TestHostileGraphQL(t *testing.T) {
	skipShort(t)
	_, base, api, accounts := populatedAPI(t, 3)
	gqlURL := base + "/graphql"
	metrics := api.metrics + "/metrics"
	before, err := scrapeMetrics(metrics)
	if err != nil {
		t.Fatal(err)
	}

	// The normal client, alone first (baseline), then under attack.
	normal := []string{
		`{ status { chainId indexed { number } lastSettledEpoch } }`,
		`{ tasks(first: 10) { nodes { id creator } } }`,
		fmt.Sprintf(`{ account(address: %q) { stakes { task amount } claim { cumulativeAmount claimable } } }`, accounts[0]),
	}
	measure := func(d time.Duration, stop <-chan struct{}) (lat []time.Duration, failures []string) {
		deadline := time.Now().Add(d)
		for i := 0; time.Now().Before(deadline); i++ {
			select {
			case <-stop:
				return
			default:
			}
			res := gql(gqlURL, normal[i%len(normal)], nil)
			lat = append(lat, res.Latency)
			if !res.ok() {
				failures = append(failures, res.String())
			}
			time.Sleep(100 * time.Millisecond)
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		return
	}
	baseLat, baseFail := measure(3*time.Second, nil)
	if len(baseFail) > 0 {
		t.Fatalf("normal queries fail without any attack: %v", baseFail[0])
	}

	d := 8 * time.Second
	if long {
		d = 90 * time.Second
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	bodies := hostileBodies(accounts)
	var names []string
	for n := range bodies {
		names = append(names, n)
	}
	sort.Strings(names)
	type outcome struct {
		sync.Mutex
		status map[string]map[string]int // name -> "HTTP 200 LIMIT" -> count
		worst  map[string]time.Duration
	}
	oc := &outcome{status: map[string]map[string]int{}, worst: map[string]time.Duration{}}
	hostile := &http.Client{Timeout: 30 * time.Second}
	var fiveXX atomic.Int64
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				name := names[i%len(names)]
				t0 := time.Now()
				resp, err := hostile.Post(gqlURL, "application/json", bytes.NewReader(bodies[name]))
				key := ""
				if err != nil {
					key = "transport error: " + err.Error()
				} else {
					raw, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					key = fmt.Sprintf("HTTP %d", resp.StatusCode)
					if resp.StatusCode >= 500 {
						fiveXX.Add(1)
					}
					var r struct {
						Errors []struct {
							Extensions struct {
								Code string `json:"code"`
							} `json:"extensions"`
						} `json:"errors"`
					}
					if json.Unmarshal(raw, &r) == nil && len(r.Errors) > 0 {
						key += " " + r.Errors[0].Extensions.Code
					}
				}
				el := time.Since(t0)
				oc.Lock()
				if oc.status[name] == nil {
					oc.status[name] = map[string]int{}
				}
				oc.status[name][key]++
				if el > oc.worst[name] {
					oc.worst[name] = el
				}
				oc.Unlock()
			}
		}(w)
	}
	addr := strings.TrimPrefix(base, "http://")
	slowHeaders := slowloris(t, addr, 100, false, stop, &wg)
	slowBodies := slowloris(t, addr, 100, true, stop, &wg)

	attackLat, attackFail := measure(d, nil)
	mid, _ := scrapeMetrics(metrics)
	heldBodies := slowBodies.open.Load()
	heldHeaders := slowHeaders.open.Load()
	close(stop)
	wg.Wait()
	time.Sleep(12 * time.Second) // past ReadHeaderTimeout: abandoned connections are gone
	after, err := scrapeMetrics(metrics)
	if err != nil || api.exited() {
		t.Fatalf("the API did not survive: %v\n%s", err, lastLines(api.output(), 10))
	}
	afterLat, afterFail := measure(2*time.Second, nil)

	t.Logf("normal client alone:        n=%d p50 %s p99 %s max %s", len(baseLat), fmtDur(percentile(baseLat, .5)), fmtDur(percentile(baseLat, .99)), fmtDur(percentile(baseLat, 1)))
	t.Logf("normal client under attack: n=%d p50 %s p99 %s max %s, %d failed", len(attackLat), fmtDur(percentile(attackLat, .5)), fmtDur(percentile(attackLat, .99)), fmtDur(percentile(attackLat, 1)), len(attackFail))
	t.Logf("normal client afterwards:   n=%d p50 %s p99 %s", len(afterLat), fmtDur(percentile(afterLat, .5)), fmtDur(percentile(afterLat, .99)))
	for _, n := range names {
		t.Logf("hostile %-40q %v (slowest %s)", n, oc.status[n], fmtDur(oc.worst[n]))
	}
	t.Logf("slowloris: %d header connections and %d body connections open after %s (dialed %d/%d); server goroutines %v -> %v (attack) -> %v (after); RSS %.0f -> %.0f MB",
		heldHeaders, heldBodies, d, slowHeaders.dialed.Load(), slowBodies.dialed.Load(),
		before["go_goroutines"], mid["go_goroutines"], after["go_goroutines"],
		before["process_resident_memory_bytes"]/1e6, mid["process_resident_memory_bytes"]/1e6)
	if len(attackFail) > 0 {
		t.Errorf("%d normal queries failed under attack; first: %s", len(attackFail), attackFail[0])
	}
	if len(afterFail) > 0 {
		t.Errorf("normal queries fail after the attack: %s", afterFail[0])
	}
	if n := fiveXX.Load(); n > 0 {
		t.Errorf("%d hostile requests got a 5xx", n)
	}
	for _, n := range names {
		for k := range oc.status[n] {
			if strings.HasPrefix(k, "transport error") {
				t.Errorf("hostile %q: %s", n, k)
			}
		}
	}
	if g0, g1 := before["go_goroutines"], after["go_goroutines"]; g1 > g0+50 {
		t.Errorf("goroutines %v before, %v after the attack ended: leak", g0, g1)
	}
	// The attacker redials every connection the server cuts: more dials than connections means covey
	// closes slow bodies (a body must arrive within its read deadline).
	if heldBodies > 50 && slowBodies.dialed.Load() <= 100 {
		knownFinding(t, "F8", "%d of 100 slow-body connections (a byte a second) were still held by covey serve after %s: the HTTP server has no ReadTimeout/IdleTimeout, so slow clients hold connections and goroutines for as long as they like", heldBodies, d)
	}
}

// slowClients are slowloris connections: open counts the ones the server has not closed.
type slowClients struct {
	open   atomic.Int64
	dialed atomic.Int64
}

// slowloris opens n connections that send a request one byte a second — the headers, or (body) full
// headers announcing a 60 KB JSON body and then the body — and redials when the server closes one.
func slowloris(t *testing.T, addr string, n int, body bool, stop <-chan struct{}, wg *sync.WaitGroup) *slowClients {
	sc := &slowClients{}
	head := "POST /graphql HTTP/1.1\r\nHost: " + addr + "\r\nContent-Type: application/json\r\n"
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				c, err := net.DialTimeout("tcp", addr, 5*time.Second)
				if err != nil {
					time.Sleep(time.Second)
					continue
				}
				sc.dialed.Add(1)
				sc.open.Add(1)
				var payload string
				if body {
					payload = `{"query":"{ status { chainId } }","variables":{"pad":"` + strings.Repeat("z", 60000) + `"}}`
					if _, err := io.WriteString(c, head+fmt.Sprintf("Content-Length: %d\r\n\r\n", len(payload))); err != nil {
						sc.open.Add(-1)
						c.Close()
						continue
					}
				} else {
					payload = head + "X-Slow: " + strings.Repeat("s", 10000) + "\r\n\r\n"
				}
				closed := false
				for j := 0; j < len(payload) && !closed; j++ {
					select {
					case <-stop:
						c.Close()
						sc.open.Add(-1)
						return
					case <-time.After(time.Second):
					}
					_ = c.SetWriteDeadline(time.Now().Add(2 * time.Second))
					if _, err := c.Write([]byte{payload[j]}); err != nil {
						closed = true
					}
				}
				sc.open.Add(-1)
				c.Close()
			}
		}(i)
	}
	return sc
}

// introspectionBomb nests __Type.fields -> __Field.type -> ofType levels times: introspection is
// cyclic, so the answer grows with every level.
func introspectionBomb(levels int) string {
	inner := "name"
	for i := 0; i < levels; i++ {
		inner = "name fields { name type { name ofType { " + inner + " } " + "fields { name } } }"
	}
	return "{ __schema { types { " + inner + " } } }"
}
