// Package load is a small closed-loop HTTP load generator for GraphQL over loopback: a fixed number of
// workers POST queries back to back for a fixed time (so every run stops by itself), and the run
// reports requests/s, latency percentiles and errors. It stands in for wrk so the benchmark needs no
// extra package, and it can tell a GraphQL error (HTTP 200 with "errors") from a success.
package load

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"sort"
	"sync"
	"time"
)

// Query is one GraphQL operation with the variable sets it is sent with (one picked at random per
// request; none for a query without variables).
type Query struct {
	Name      string           `json:"name"`
	Query     string           `json:"query"`
	Variables []map[string]any `json:"variables,omitempty"`
	// Body, when set, makes each request's JSON body instead (e.g. a random account of a million,
	// too many variable sets to build up front); Query and Variables then only name the operation.
	Body func(r *rand.Rand) []byte `json:"-"`
}

// Options describe one run.
type Options struct {
	URL         string
	Queries     []Query
	Concurrency int           // default 32
	Duration    time.Duration // default 10s
	Warmup      time.Duration // not counted; default 1s
	// Raw sends requests over hand-spoken HTTP/1.1 keep-alive connections (raw.go) instead of
	// net/http, and checks responses by their first bytes instead of decoding them: a fraction of
	// the generator's CPU, which on a shared machine is left to the server under test.
	Raw bool
}

// Result is what a run measured. Latencies are in milliseconds.
type Result struct {
	Requests  int64   `json:"requests"`
	Errors    int64   `json:"errors"`
	Seconds   float64 `json:"seconds"`
	PerSecond float64 `json:"requestsPerSecond"`
	P50       float64 `json:"p50Ms"`
	P90       float64 `json:"p90Ms"`
	P99       float64 `json:"p99Ms"`
	Max       float64 `json:"maxMs"`
	// All counts every request answered during the run, the warm-up's too (for CPU per request
	// measured over the whole run).
	All int64 `json:"all"`
	// CacheHits counts responses the server marked X-Cache: HIT.
	CacheHits   int64  `json:"cacheHits"`
	SampleError string `json:"sampleError,omitempty"`
}

// Run drives the server at o.URL and returns the measurements. It refuses any host that is not a
// loopback address: this is a benchmark of local servers, never of anything else.
func Run(ctx context.Context, o Options) (Result, error) {
	if o.Concurrency <= 0 {
		o.Concurrency = 32
	}
	if o.Duration <= 0 {
		o.Duration = 10 * time.Second
	}
	if o.Warmup == 0 {
		o.Warmup = time.Second
	}
	if len(o.Queries) == 0 {
		return Result{}, fmt.Errorf("no queries")
	}
	u, err := url.Parse(o.URL)
	if err != nil {
		return Result{}, err
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return Result{}, fmt.Errorf("load: %s is not a loopback address", u.Host)
	}
	bodies := make([][][]byte, len(o.Queries))
	for i, q := range o.Queries {
		if q.Body != nil {
			continue
		}
		vars := q.Variables
		if len(vars) == 0 {
			vars = []map[string]any{nil}
		}
		for _, v := range vars {
			b, err := json.Marshal(map[string]any{"query": q.Query, "variables": v})
			if err != nil {
				return Result{}, err
			}
			bodies[i] = append(bodies[i], b)
		}
	}
	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConns: o.Concurrency, MaxIdleConnsPerHost: o.Concurrency, DisableCompression: true},
	}
	defer client.CloseIdleConnections()

	var mu sync.Mutex
	var lat []float64
	var res Result
	start := time.Now()
	measureFrom := start.Add(o.Warmup)
	end := measureFrom.Add(o.Duration)
	ctx, cancel := context.WithDeadline(ctx, end)
	defer cancel()
	var wg sync.WaitGroup
	for w := 0; w < o.Concurrency; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			var local []float64
			var reqs, errs, hits, all int64
			var sample string
			var raw *rawClient
			if o.Raw {
				// A request in flight at the end is let finish (and not counted) rather than cut:
				// a client hanging up makes the server cancel its work, and pgx then closes the
				// connection the query ran on, so every run would end by emptying the server's pool.
				raw = newRawClient(u, end.Add(rawGrace))
				defer raw.close()
			}
			for i := w; ctx.Err() == nil; i++ {
				var body []byte
				if gen := o.Queries[i%len(bodies)].Body; gen != nil {
					body = gen(rng)
				} else {
					qb := bodies[i%len(bodies)]
					body = qb[rng.IntN(len(qb))]
				}
				t0 := time.Now()
				var ok, hit bool
				var msg string
				if raw != nil {
					ok, hit, msg = raw.do(ctx, body)
				} else {
					ok, hit, msg = post(ctx, client, o.URL, body)
				}
				t1 := time.Now()
				if ctx.Err() != nil || !t1.Before(end) {
					// Cut off by the deadline (the wall clock's: the context's timer can fire late
					// on a busy machine, and a connection past its deadline fails at once): not a result.
					break
				}
				all++
				if t0.Before(measureFrom) {
					continue
				}
				reqs++
				if hit {
					hits++
				}
				local = append(local, float64(t1.Sub(t0).Microseconds())/1000)
				if !ok {
					errs++
					if sample == "" {
						sample = o.Queries[i%len(bodies)].Name + ": " + msg
					}
				}
			}
			mu.Lock()
			lat = append(lat, local...)
			res.Requests += reqs
			res.Errors += errs
			res.CacheHits += hits
			res.All += all
			if res.SampleError == "" {
				res.SampleError = sample
			}
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	res.Seconds = o.Duration.Seconds()
	res.PerSecond = float64(res.Requests) / res.Seconds
	sort.Float64s(lat)
	pct := func(p float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	res.P50, res.P90, res.P99 = pct(0.50), pct(0.90), pct(0.99)
	if len(lat) > 0 {
		res.Max = lat[len(lat)-1]
	}
	return res, nil
}

// rawGrace is how long past the end a raw client waits for its last answer.
const rawGrace = 10 * time.Second

func post(ctx context.Context, c *http.Client, u string, body []byte) (ok, hit bool, msg string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return false, false, err.Error()
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return false, false, err.Error()
	}
	defer resp.Body.Close()
	hit = resp.Header.Get("X-Cache") == "HIT"
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return false, hit, err.Error()
	}
	if resp.StatusCode != http.StatusOK {
		return false, hit, fmt.Sprintf("HTTP %d: %.200s", resp.StatusCode, b)
	}
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return false, hit, fmt.Sprintf("not a GraphQL response (%v): %.200s", err, b)
	}
	if len(r.Errors) > 0 && string(r.Errors) != "null" {
		return false, hit, fmt.Sprintf("%.300s", r.Errors)
	}
	if len(r.Data) == 0 || string(r.Data) == "null" {
		return false, hit, "no data"
	}
	return true, hit, ""
}
