package chaos

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/chaintest"
)

// errorPolicy fails a fraction of requests with a random kind of failure: HTTP 500/502/503, a
// JSON-RPC internal error, a malformed body or a body cut in half.
func errorPolicy(rate float64) faultPolicy {
	return func([]string) fault {
		if rand.Float64() >= rate {
			return fault{}
		}
		switch rand.IntN(6) {
		case 0:
			return fault{kind: faultHTTP, status: http.StatusInternalServerError}
		case 1:
			return fault{kind: faultHTTP, status: http.StatusBadGateway}
		case 2:
			return fault{kind: faultHTTP, status: http.StatusServiceUnavailable}
		case 3:
			return fault{kind: faultRPCError}
		case 4:
			return fault{kind: faultMalformed}
		default:
			return fault{kind: faultTruncate}
		}
	}
}

// burstPolicy answers 429 to everything for burst out of every period.
func burstPolicy(burst, period time.Duration) faultPolicy {
	start := time.Now()
	return func([]string) fault {
		if time.Since(start)%period < burst {
			return fault{kind: faultHTTP, status: http.StatusTooManyRequests}
		}
		return fault{}
	}
}

// slowPolicy delays a fraction of requests by up to max.
func slowPolicy(rate float64, max time.Duration) faultPolicy {
	return func([]string) fault {
		if rand.Float64() < rate {
			return fault{kind: faultSlow, delay: time.Duration(rand.Int64N(int64(max)))}
		}
		return fault{}
	}
}

// blackHole holds every request for d (longer than covey's 30 s request timeout): a node that accepts
// connections and never answers.
func blackHole(d time.Duration) faultPolicy {
	return func([]string) fault { return fault{kind: faultHang, delay: d} }
}

// progress samples the cursor and the chain head every 100 ms and reports, per phase, the longest
// time the cursor stood still while the chain was ahead of it.
type progress struct {
	mu      sync.Mutex
	phase   string
	stalls  map[string]time.Duration
	stop    chan struct{}
	done    chan struct{}
	lastCur uint64
	since   time.Time
}

func watchProgress(pool *pgxpool.Pool, c *emitterChain) *progress {
	p := &progress{stalls: map[string]time.Duration{}, stop: make(chan struct{}), done: make(chan struct{}), since: time.Now()}
	go func() {
		defer close(p.done)
		tk := time.NewTicker(100 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-tk.C:
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			cur, _, ok := cursorOf(ctx, pool)
			var head hexutil.Uint64
			err := c.RPC.CallContext(ctx, &head, "eth_blockNumber")
			cancel()
			if !ok || err != nil {
				continue
			}
			p.mu.Lock()
			now := time.Now()
			if cur != p.lastCur || uint64(head) <= cur {
				p.lastCur, p.since = cur, now
			} else if d := now.Sub(p.since); d > p.stalls[p.phase] {
				p.stalls[p.phase] = d
			}
			p.mu.Unlock()
		}
	}()
	return p
}

func (p *progress) setPhase(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.phase, p.since = name, time.Now()
}

func (p *progress) halt() map[string]time.Duration {
	close(p.stop)
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stalls
}

// TestRPCFaults (scenario 3): `covey index` with two RPCs, each behind a fault-injecting proxy, while
// the chain keeps producing events: 20 % failed requests (HTTP 5xx, JSON-RPC errors, malformed and
// truncated bodies), 429 bursts, slow answers, a node lagging 10 blocks, a node briefly reporting a
// lower head, two nodes disagreeing about the tip (the second one is a fork of the first), and — long
// variant — requests hanging past covey's request timeout. Afterwards the database equals a fresh
// index, the faults show in the indexer's metrics, and the longest stall per phase is reported.
func TestRPCFaults(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	c := newEmitterChain(t)
	c.emitBlocks(r, 40)
	a, b := newRPCProxy(t, c.URL), newRPCProxy(t, c.URL)
	e := newEnv(t)
	cfg := c.config(a.url, b.url)
	maxBackoff := cfg.Indexer.MaxBackoff.Duration
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	e.setenv("COVEY_LOG_LEVEL", "warn")
	metrics := fmt.Sprintf("http://127.0.0.1:%d/metrics", freePort(t))
	p := e.start("index", "--config", cfgPath, "--metrics", strings.TrimSuffix(strings.TrimPrefix(metrics, "http://"), "/metrics"))
	prod := c.produce(seed, 150*time.Millisecond)
	defer prod.halt()
	prog := watchProgress(db.pool, c)

	phase := 4 * time.Second
	if long {
		phase = 30 * time.Second
	}
	clear := func() {
		for _, px := range []*rpcProxy{a, b} {
			px.setPolicy(nil)
			px.lag.Store(0)
			px.setTarget(c.URL)
		}
	}
	type step struct {
		name  string
		setup func()
		tick  func(i int) // called every 500 ms during the phase
	}
	steps := []step{
		{name: "20% errors", setup: func() { a.setPolicy(errorPolicy(0.2)); b.setPolicy(errorPolicy(0.2)) }},
		{name: "429 bursts", setup: func() {
			a.setPolicy(burstPolicy(700*time.Millisecond, 2*time.Second))
			b.setPolicy(burstPolicy(300*time.Millisecond, 1500*time.Millisecond))
		}},
		{name: "slow answers", setup: func() { a.setPolicy(slowPolicy(0.3, 1500*time.Millisecond)) }},
		{name: "node lagging 10 blocks", setup: func() { b.lag.Store(10) }},
		{name: "head briefly lower", tick: func(i int) {
			if i%4 == 0 {
				a.lag.Store(int64(3 + rand.IntN(5)))
			} else {
				a.lag.Store(0)
			}
		}},
		{name: "two RPCs disagree", setup: func() {
			head, _ := c.head()
			fork := chaintest.StartAnvil(t, "--fork-url", c.URL, "--fork-block-number", fmt.Sprint(head-3))
			fc := &emitterChain{t: t, Anvil: fork, emitters: c.emitters, events: c.events}
			fc.emitBlocks(rand.New(rand.NewPCG(seed, 5)), 6)
			b.setTarget(fork.URL)
		}},
		{name: "everything at once", setup: func() {
			a.setPolicy(errorPolicy(0.2))
			b.setPolicy(burstPolicy(500*time.Millisecond, 2*time.Second))
			b.lag.Store(10)
		}, tick: func(i int) {
			if i%5 == 0 {
				a.lag.Store(4)
			} else {
				a.lag.Store(0)
			}
		}},
	}
	if long {
		// One RPC black-holes every request past the request timeout (30 s, not configurable); the other is fine.
		steps = append(steps, step{name: "hanging requests", setup: func() { a.setPolicy(blackHole(40 * time.Second)) }})
	}
	for _, s := range steps {
		clear()
		prog.setPhase(s.name)
		if s.setup != nil {
			s.setup()
		}
		for i := 0; time.Duration(i)*500*time.Millisecond < phase; i++ {
			if s.tick != nil {
				s.tick(i)
			}
			time.Sleep(500 * time.Millisecond)
			if p.exited() {
				t.Fatalf("phase %q: covey index exited: %v\n%s", s.name, p.err, lastLines(p.output(), 20))
			}
		}
	}
	clear()
	prog.setPhase("recovery")
	prod.halt()
	head, hash := c.head()
	if err := waitCursorAt(t, db.pool, head, hash, 2*time.Minute); err != nil {
		t.Fatalf("covey did not catch up after the faults stopped: %v\n%s", err, lastLines(p.output(), 20))
	}
	stalls := prog.halt()
	if d := diffDumps(dump(t, db.pool, false), newOracle(t, c.config()).index()); d != "" {
		t.Fatalf("after RPC faults the database differs from a fresh index:\n%s", d)
	}
	if d := sweepRawLogs(t, db.pool, c.URL, cfg); d != "" {
		t.Fatalf("raw_logs differ from an eth_getLogs sweep:\n%s", d)
	}
	m, err := scrapeMetrics(metrics)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("faults injected: A[%s] B[%s]; producer sent %d blocks", a.statsString(), b.statsString(), prod.sent)
	t.Logf("metrics: covey_indexer_rpc_errors_total=%v covey_indexer_rpc_rate_limited_total=%v covey_indexer_rpc_requests_total=%v",
		m["covey_indexer_rpc_errors_total"], m["covey_indexer_rpc_rate_limited_total"], m["covey_indexer_rpc_requests_total"])
	if m["covey_indexer_rpc_errors_total"] == 0 {
		t.Errorf("covey_indexer_rpc_errors_total is 0 after injected errors")
	}
	if m["covey_indexer_rpc_rate_limited_total"] == 0 {
		t.Errorf("covey_indexer_rpc_rate_limited_total is 0 after 429 bursts")
	}
	var worst time.Duration
	var findings []string
	for _, s := range steps {
		t.Logf("phase %-24q longest stall %s", s.name, fmtDur(stalls[s.name]))
		switch s.name {
		case "hanging requests", "two RPCs disagree", "node lagging 10 blocks", "everything at once":
			// a dead, a forked or a lagging node: findings F2 and F6, checked below
		default:
			if stalls[s.name] > worst {
				worst = stalls[s.name]
			}
		}
	}
	// A stall is the cursor standing still while the chain is ahead. Retries sleep at most max_backoff;
	// allow one backoff, one poll and one slow answer on top (the phases inject up to 1.5 s delays).
	bound := 2*maxBackoff + 2*time.Second
	if worst > bound {
		t.Errorf("longest stall %s exceeds %s (max_backoff %s)", fmtDur(worst), bound, maxBackoff)
	}
	if h := stalls["hanging requests"]; h > bound {
		findings = append(findings, fmt.Sprintf("F2: one black-holed RPC stalled indexing for %s although the second RPC was healthy (the 30 s request timeout runs out before any failover and is not configurable)", fmtDur(h)))
	}
	// F6 (fixed): a forked second RPC is quarantined, a lagging one failed over; both phases must
	// keep moving. The fork phase allows for the quarantine to be found (a few failed steps).
	if h := stalls["two RPCs disagree"]; h > bound {
		t.Errorf("F6: with the second RPC on a fork, indexing stood still for %s (> %s) of the %s phase", fmtDur(h), bound, phase)
	}
	for _, ph := range []string{"node lagging 10 blocks", "everything at once"} {
		if h := stalls[ph]; h > bound {
			t.Errorf("F6: phase %q (a node lagging 10 blocks) stalled indexing for %s (> %s)", ph, fmtDur(h), bound)
		}
	}
	if len(findings) > 0 {
		knownFinding(t, "F2", "%s", strings.Join(findings, "; "))
	}
}

// TestRPCLyingLogs (scenario 3, lying node): an RPC answers eth_getLogs with [] once for a range that
// has logs. covey checks answers against the blocks' logsBloom (indexer.verify_blooms, default
// "head") and re-asks, so nothing may be lost (finding F3, fixed).
func TestRPCLyingLogs(t *testing.T) {
	skipShort(t)
	for _, two := range []bool{false, true} {
		name := "one RPC"
		if two {
			name = "two RPCs"
		}
		t.Run(name, func(t *testing.T) {
			r, _ := newRand(t)
			c := newEmitterChain(t)
			c.emitBlocks(r, 60)
			var (
				liar *rpcProxy
				db   *database
			)
			// Each request starts at a random RPC: with two, every eth_getLogs may reach the honest
			// one. Such a run proves nothing, so it is repeated (each run has a fair chance).
			for attempt := 1; ; attempt++ {
				liar = newRPCProxy(t, c.URL)
				liar.dropLogs.Store(1)
				rpcs := []string{liar.url}
				if two {
					rpcs = append(rpcs, newRPCProxy(t, c.URL).url)
				}
				e := newEnv(t)
				cfg := c.config(rpcs...)
				cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
				db = newDatabase(t)
				e.setenv("DATABASE_URL", db.url)
				e.run("index", "--config", cfgPath, "--until-synced")
				if liar.stats()["dropped-logs"] > 0 || !two || attempt == 12 {
					break
				}
				t.Logf("run %d: no eth_getLogs with logs reached the lying RPC; again", attempt)
			}
			if liar.stats()["dropped-logs"] == 0 {
				t.Fatal("the lying proxy never answered an eth_getLogs with logs")
			}
			d := diffDumps(dump(t, db.pool, false), newOracle(t, c.config()).index())
			if d == "" {
				t.Logf("covey noticed the missing logs")
				return
			}
			t.Fatalf("F3: an eth_getLogs answer without the logs of a range was committed as empty (%s):\n%s", name, lastLines(d, 4))
		})
	}
}
