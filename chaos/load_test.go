package chaos

import (
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoad (scenario 8, long only): `covey run` (indexer, settlement scheduler and API in one process)
// on a devnet that the simulator keeps busy, epoch after epoch, while a load generator sends a mix of
// API queries from 8 clients. Every 5 s the process' goroutines and RSS are sampled from /metrics;
// both must stay under a bound (CHAOS_LOAD_MAX_RSS_MB, default 1024; CHAOS_LOAD_MAX_GOROUTINES, default
// 2000) and must not keep growing. Duration: CHAOS_LOAD_DURATION (default 5m; the 30-minute run is
// CHAOS_LOAD_DURATION=30m). At the end the index equals a fresh one.
func TestLoad(t *testing.T) {
	skipShort(t)
	longOnly(t)
	d := durationEnv(t, "CHAOS_LOAD_DURATION", 5*time.Minute)
	maxRSS := envInt(t, "CHAOS_LOAD_MAX_RSS_MB", 1024)
	maxG := envInt(t, "CHAOS_LOAD_MAX_GOROUTINES", 2000)
	_, seed := newRand(t)
	e := newEnv(t)
	dn := startDevnet(t, e)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	e.setenv("REDIS_URL", startRedis(t).url())
	e.setenv("COVEY_LOG_LEVEL", "warn")
	dn.simulate(t, 40, 2, seed)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	p := e.start("run", "--listen", addr)
	base := "http://" + addr
	if err := waitFor(time.Minute, func() (bool, error) {
		res := gql(base+"/graphql", `{ status { indexed { number } } }`, nil)
		return res.ok(), fmt.Errorf("%s", res)
	}); err != nil {
		t.Fatalf("covey run did not come up: %v\n%s", err, lastLines(p.output(), 10))
	}
	accounts := leafAccounts(t, db.pool, dn)
	queries := append(apiQueries(accounts),
		`{ scores(first: 200) { totalCount nodes { score validator } } }`,
		`{ epochs(last: 3) { nodes { number totalEpoch leaves(first: 100) { nodes { account cumulativeAmount proof } } } } }`,
		`{ purchases(first: 100) { nodes { buyer } } models(first: 100) { nodes { id } } }`,
	)

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var ok, bad atomic.Int64
	var lastBad atomic.Value
	var latMu sync.Mutex
	var lat []time.Duration
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(w)))
			for {
				select {
				case <-stop:
					return
				default:
				}
				res := gql(base+"/graphql", queries[r.IntN(len(queries))], nil)
				if res.ok() {
					ok.Add(1)
				} else {
					bad.Add(1)
					lastBad.Store(res.String())
				}
				latMu.Lock()
				lat = append(lat, res.Latency)
				latMu.Unlock()
				time.Sleep(time.Duration(r.IntN(20)) * time.Millisecond)
			}
		}(w)
	}
	type sample struct {
		at         time.Duration
		goroutines float64
		rssMB      float64
	}
	var samples []sample
	start := time.Now()
	epochs := 0
	nextEpoch := time.Now()
	var simErr error
	for time.Since(start) < d {
		if time.Now().After(nextEpoch) {
			if simErr == nil {
				if _, simErr = dn.trySimulate(40, 1, seed+uint64(epochs)+100); simErr == nil {
					epochs++
				} else {
					// The simulator is not under test: keep the chain moving with empty blocks.
					t.Logf("the simulator failed after %d epochs (%v); mining empty blocks from now on", epochs, simErr)
				}
			}
			if simErr != nil {
				dn.warp(t, 2)
			}
			nextEpoch = time.Now().Add(5 * time.Second)
		}
		m, err := scrapeMetrics(base + "/metrics")
		if err != nil || p.exited() {
			t.Fatalf("covey run is gone after %s: %v\n%s", time.Since(start), err, lastLines(p.output(), 15))
		}
		samples = append(samples, sample{time.Since(start), m["go_goroutines"], m["process_resident_memory_bytes"] / 1e6})
		time.Sleep(5 * time.Second)
	}
	close(stop)
	wg.Wait()

	var peakG, peakRSS float64
	for _, s := range samples {
		peakG, peakRSS = max(peakG, s.goroutines), max(peakRSS, s.rssMB)
	}
	q := len(samples) / 4
	avg := func(ss []sample, f func(sample) float64) float64 {
		var sum float64
		for _, s := range ss {
			sum += f(s)
		}
		return sum / float64(max(1, len(ss)))
	}
	g := func(s sample) float64 { return s.goroutines }
	rss := func(s sample) float64 { return s.rssMB }
	firstG, lastG := avg(samples[q:2*q], g), avg(samples[len(samples)-q:], g)
	firstRSS, lastRSS := avg(samples[q:2*q], rss), avg(samples[len(samples)-q:], rss)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	t.Logf("%s: %d epochs simulated, %d queries ok, %d failed; latency p50 %s p99 %s max %s", d, epochs, ok.Load(), bad.Load(),
		fmtDur(percentile(lat, .5)), fmtDur(percentile(lat, .99)), fmtDur(percentile(lat, 1)))
	t.Logf("goroutines: peak %.0f, 2nd quarter avg %.0f, last quarter avg %.0f; RSS MB: peak %.0f, 2nd quarter avg %.0f, last quarter avg %.0f",
		peakG, firstG, lastG, peakRSS, firstRSS, lastRSS)
	if peakRSS > float64(maxRSS) {
		t.Errorf("RSS peaked at %.0f MB (bound %d MB)", peakRSS, maxRSS)
	}
	if peakG > float64(maxG) {
		t.Errorf("goroutines peaked at %.0f (bound %d)", peakG, maxG)
	}
	if lastG > 2*firstG+50 {
		t.Errorf("goroutines keep growing: %.0f -> %.0f", firstG, lastG)
	}
	if n := bad.Load(); n*1000 > ok.Load() {
		t.Errorf("%d of %d queries failed; last: %v", n, n+ok.Load(), lastBad.Load())
	}
	head := dn.head(t)
	if err := waitFor(2*time.Minute, func() (bool, error) {
		n, _, ok := cursorOf(t.Context(), db.pool)
		return ok && n >= head, fmt.Errorf("indexed %d, head %d", n, head)
	}); err != nil {
		t.Fatal(err)
	}
	p.interrupt()
	if diff := diffDumps(dump(t, db.pool, false), newOracle(t, dn.config()).index()); diff != "" {
		t.Fatalf("after the load the index differs from a fresh one:\n%s", diff)
	}
}

func envInt(t testing.TB, key string, def int) int {
	t.Helper()
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		t.Fatalf("%s=%q: %v", key, v, err)
	}
	return n
}
