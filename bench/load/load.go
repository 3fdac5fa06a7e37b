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
	o = o.withDefaults()
	if len(o.Queries) == 0 {
		return Result{}, fmt.Errorf("no queries")
	}
	u, err := loopbackURL(o.URL)
	if err != nil {
		return Result{}, err
	}
	bodies, err := encodeBodies(o.Queries)
	if err != nil {
		return Result{}, err
	}
	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConns: o.Concurrency, MaxIdleConnsPerHost: o.Concurrency, DisableCompression: true},
	}
	defer client.CloseIdleConnections()

	d := &driver{o: o, u: u, bodies: bodies, client: client, measureFrom: time.Now().Add(o.Warmup)}
	d.end = d.measureFrom.Add(o.Duration)
	ctx, cancel := context.WithDeadline(ctx, d.end)
	defer cancel()
	tallies := make([]tally, o.Concurrency)
	var wg sync.WaitGroup
	for w := range tallies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tallies[w] = d.worker(ctx, w)
		}()
	}
	wg.Wait()
	return summarize(o.Duration, tallies), nil
}

// withDefaults fills in the defaults of the zero options.
func (o Options) withDefaults() Options {
	if o.Concurrency <= 0 {
		o.Concurrency = 32
	}
	if o.Duration <= 0 {
		o.Duration = 10 * time.Second
	}
	if o.Warmup == 0 {
		o.Warmup = time.Second
	}
	return o
}

// loopbackURL parses raw and refuses a host that is not localhost or a loopback address.
func loopbackURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("load: %s is not a loopback address", u.Host)
	}
	return u, nil
}

// encodeBodies makes the JSON bodies of every query with fixed variable sets (one per set); a query
// with a Body function gets none.
func encodeBodies(queries []Query) ([][][]byte, error) {
	bodies := make([][][]byte, len(queries))
	for i, q := range queries {
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
				return nil, err
			}
			bodies[i] = append(bodies[i], b)
		}
	}
	return bodies, nil
}

// driver is one run: what every worker sends, and when measuring starts and the run ends.
type driver struct {
	o                Options
	u                *url.URL
	bodies           [][][]byte
	client           *http.Client
	measureFrom, end time.Time
}

// tally is what one worker counted.
type tally struct {
	lat                   []float64 // latencies of the measured requests, ms
	reqs, errs, hits, all int64
	sample                string // the first error, named by its query
}

// worker sends requests back to back until the run ends, each worker starting at its own query.
func (d *driver) worker(ctx context.Context, w int) tally {
	var t tally
	rng := rand.New(rand.NewPCG(uint64(w), 7))
	var raw *rawClient
	if d.o.Raw {
		// A request in flight at the end is let finish (and not counted) rather than cut:
		// a client hanging up makes the server cancel its work, and pgx then closes the
		// connection the query ran on, so every run would end by emptying the server's pool.
		raw = newRawClient(d.u, d.end.Add(rawGrace))
		defer raw.close()
	}
	for i := w; ctx.Err() == nil; i++ {
		body := d.body(i, rng)
		t0 := time.Now()
		var ok, hit bool
		var msg string
		if raw != nil {
			ok, hit, msg = raw.do(ctx, body)
		} else {
			ok, hit, msg = post(ctx, d.client, d.o.URL, body)
		}
		t1 := time.Now()
		if ctx.Err() != nil || !t1.Before(d.end) {
			// Cut off by the deadline (the wall clock's: the context's timer can fire late
			// on a busy machine, and a connection past its deadline fails at once): not a result.
			break
		}
		t.all++
		if t0.Before(d.measureFrom) {
			continue
		}
		t.reqs++
		if hit {
			t.hits++
		}
		t.lat = append(t.lat, float64(t1.Sub(t0).Microseconds())/1000)
		if !ok {
			t.errs++
			if t.sample == "" {
				t.sample = d.o.Queries[i%len(d.bodies)].Name + ": " + msg
			}
		}
	}
	return t
}

// body is the i-th request's body: made by its query's Body, or one of its variable sets at random.
func (d *driver) body(i int, rng *rand.Rand) []byte {
	if gen := d.o.Queries[i%len(d.bodies)].Body; gen != nil {
		return gen(rng)
	}
	qb := d.bodies[i%len(d.bodies)]
	return qb[rng.IntN(len(qb))]
}

// summarize adds up the workers' tallies: rates over the measured duration and latency percentiles.
func summarize(measured time.Duration, tallies []tally) Result {
	var res Result
	var lat []float64
	for _, t := range tallies {
		lat = append(lat, t.lat...)
		res.Requests += t.reqs
		res.Errors += t.errs
		res.CacheHits += t.hits
		res.All += t.all
		if res.SampleError == "" {
			res.SampleError = t.sample
		}
	}
	res.Seconds = measured.Seconds()
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
	return res
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
