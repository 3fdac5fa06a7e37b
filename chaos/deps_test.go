package chaos

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// apiProbe queries the API every interval from its own goroutine and counts outcomes per phase.
type apiProbe struct {
	mu      sync.Mutex
	phase   string
	ok, bad map[string]int
	lat     map[string][]time.Duration
	lastBad map[string]string
	stop    chan struct{}
	done    chan struct{}
}

func probeAPI(url string, every time.Duration) *apiProbe {
	a := &apiProbe{ok: map[string]int{}, bad: map[string]int{}, lat: map[string][]time.Duration{}, lastBad: map[string]string{},
		stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(a.done)
		for {
			select {
			case <-a.stop:
				return
			case <-time.After(every):
			}
			a.mu.Lock()
			phase := a.phase // the phase the request started in
			a.mu.Unlock()
			n, res := indexedBlock(url)
			a.mu.Lock()
			if n >= 0 {
				a.ok[phase]++
			} else {
				a.bad[phase]++
				a.lastBad[phase] = res.String()
			}
			a.lat[phase] = append(a.lat[phase], res.Latency)
			a.mu.Unlock()
		}
	}()
	return a
}

func (a *apiProbe) setPhase(p string) { a.mu.Lock(); a.phase = p; a.mu.Unlock() }

func (a *apiProbe) halt() { close(a.stop); <-a.done }

// quantile is the q-quantile latency of a phase's requests.
func (a *apiProbe) quantile(phase string, q float64) time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	l := append([]time.Duration(nil), a.lat[phase]...)
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	return percentile(l, q)
}

func (a *apiProbe) report(phase string) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	l := append([]time.Duration(nil), a.lat[phase]...)
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	s := fmt.Sprintf("%d ok, %d failed, p50 %s p99 %s max %s", a.ok[phase], a.bad[phase], fmtDur(percentile(l, 0.5)), fmtDur(percentile(l, 0.99)), fmtDur(percentile(l, 1)))
	if a.bad[phase] > 0 {
		s += " (last failure: " + trim(a.lastBad[phase]) + ")"
	}
	return s
}

// TestRedisDown (scenario 4): `covey index` and `covey serve` share a private Redis that is killed,
// brought back, then frozen (SIGSTOP: connections open, no answers) and thawed, while the chain keeps
// producing events. Both processes must keep working without a restart: the cursor keeps advancing in
// every phase, the API keeps answering, and at the end the database equals a fresh index and the API
// reports the indexer's cursor.
func TestRedisDown(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	rd := startRedis(t)
	c := newEmitterChain(t)
	c.tame = true
	c.emitBlocks(r, 20)
	e := newEnv(t)
	cfg := c.config()
	cfg.API.CacheTTL.Duration = 30 * time.Second
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	e.setenv("REDIS_URL", rd.url())
	e.setenv("COVEY_LOG_LEVEL", "warn")
	ix := e.start("index", "--config", cfgPath)
	api, base := startAPI(t, e, "--config", cfgPath)
	prod := c.produce(seed, 200*time.Millisecond)
	defer prod.halt()
	probe := probeAPI(base+"/graphql", 100*time.Millisecond)
	phase := 5 * time.Second
	if long {
		phase = 30 * time.Second
	}
	var progressed []string
	behind := map[string]float64{}
	run := func(name string) {
		probe.setPhase(name)
		ctx := context.Background()
		before, _, _ := cursorOf(ctx, db.pool)
		h0, _ := c.head()
		time.Sleep(phase)
		after, _, _ := cursorOf(ctx, db.pool)
		h1, _ := c.head()
		// The share of the blocks produced during the phase that the indexer did not keep up with.
		behind[name] = 1 - float64(after-min(after, before))/float64(max(1, h1-h0))
		progressed = append(progressed, fmt.Sprintf("%-13s chain %d -> %d, cursor %d -> %d", name, h0, h1, before, after))
		if after <= before {
			t.Errorf("phase %q: the indexer made no progress (cursor %d)", name, after)
		}
		for _, p := range []*proc{ix, api} {
			if p.exited() {
				t.Fatalf("phase %q: covey %s exited: %v\n%s", name, p.args[0], p.err, lastLines(p.output(), 15))
			}
		}
	}
	phases := []string{"redis up", "redis killed", "redis back", "redis frozen", "redis thawed"}
	run(phases[0])
	rd.kill()
	run(phases[1])
	rd.start()
	run(phases[2])
	rd.pause()
	run(phases[3])
	rd.resume()
	run(phases[4])
	prod.halt()
	probe.setPhase("after")
	time.Sleep(2 * time.Second)
	probe.halt()
	for i, l := range progressed {
		t.Logf("%s; API %s", l, probe.report(phases[i]))
	}
	head, hash := c.head()
	if err := waitCursorAt(t, db.pool, head, hash, time.Minute); err != nil {
		t.Fatal(err)
	}
	if d := diffDumps(dump(t, db.pool, false), newOracle(t, c.config()).index()); d != "" {
		t.Fatalf("the database differs from a fresh index:\n%s", d)
	}
	// Notifications sent while Redis was away are lost; the cache must not serve an old status for long.
	if err := waitFor(cfg.API.CacheTTL.Duration+5*time.Second, func() (bool, error) {
		n, res := indexedBlock(base + "/graphql")
		if n == int64(head) {
			return true, nil
		}
		return false, fmt.Errorf("API says indexed %d (%s), cursor %d", n, res, head)
	}); err != nil {
		t.Errorf("after Redis came back the API did not report the indexer's cursor: %v", err)
	}
	for _, phase := range []string{"redis back", "redis thawed", "after"} {
		if strings.Contains(probe.report(phase), " 0 ok") {
			t.Errorf("phase %q: the API answered nothing", phase)
		}
	}
	t.Logf("indexer warnings: %d lines mention redis", countLines(strings.ToLower(ix.output()), "redis"))
	// Nothing is lost and nothing needs a restart, but a Redis outage slows the hot paths down (F5).
	if behind["redis killed"] > 0.5 || behind["redis frozen"] > 0.5 || strings.Contains(probe.report("redis frozen"), " 0 ok") ||
		probe.quantile("redis killed", 0.99) > time.Second || probe.quantile("redis frozen", 0.5) > time.Second {
		knownFinding(t, "F5", "with Redis away the indexer fell behind (it kept up with %.0f%% of new blocks while Redis refused connections, %.0f%% while it was frozen) and API requests slowed down (refused: %s; frozen: %s)",
			100*(1-behind["redis killed"]), 100*(1-behind["redis frozen"]), probe.report("redis killed"), probe.report("redis frozen"))
	}
}

// terminator kills every other connection to the database over and over (pg_terminate_backend), at
// random intervals, until halted.
type terminator struct {
	stop   chan struct{}
	done   chan struct{}
	killed atomic.Int64
	rounds atomic.Int64
}

func terminateLoop(t testing.TB, url string, minGap, maxGap time.Duration, seed uint64) *terminator {
	t.Helper()
	tm := &terminator{stop: make(chan struct{}), done: make(chan struct{})}
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(tm.done)
		defer conn.Close(context.Background())
		gap := maxGap - minGap
		i := uint64(0)
		for {
			i++
			d := minGap + time.Duration((seed*2654435761+i*40503)%uint64(gap+1))
			select {
			case <-tm.stop:
				return
			case <-time.After(d):
			}
			var n int64
			err := conn.QueryRow(context.Background(), `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
				WHERE datname = current_database() AND pid <> pg_backend_pid()`).Scan(&n)
			if err == nil {
				tm.killed.Add(n)
				tm.rounds.Add(1)
			}
		}
	}()
	return tm
}

func (tm *terminator) halt() { close(tm.stop); <-tm.done }

// TestPostgresConnectionsKilled (scenario 4): every connection of `covey index` and `covey serve` to
// their database is terminated every 100–700 ms (pg_terminate_backend) while the chain produces
// events: mid-batch, mid-query, idle. Neither process may exit; once the killing stops the indexer
// catches up by itself and the database equals a fresh index.
func TestPostgresConnectionsKilled(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	c := newEmitterChain(t)
	c.tame = true
	c.emitBlocks(r, 30)
	e := newEnv(t)
	cfg := c.config()
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	e.setenv("COVEY_LOG_LEVEL", "warn")
	ix := e.start("index", "--config", cfgPath)
	api, base := startAPI(t, e, "--config", cfgPath)
	prod := c.produce(seed, 150*time.Millisecond)
	defer prod.halt()
	probe := probeAPI(base+"/graphql", 100*time.Millisecond)
	probe.setPhase("killing")
	d := 10 * time.Second
	if long {
		d = 2 * time.Minute
	}
	tm := terminateLoop(t, db.url, 100*time.Millisecond, 700*time.Millisecond, seed)
	ctx := context.Background()
	before, _, _ := cursorOf(ctx, db.pool)
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		time.Sleep(500 * time.Millisecond)
		for _, p := range []*proc{ix, api} {
			if p.exited() {
				tm.halt()
				t.Fatalf("covey %s exited while its connections were being killed: %v\n%s", p.args[0], p.err, lastLines(p.output(), 15))
			}
		}
	}
	tm.halt()
	after, _, _ := cursorOf(context.Background(), db.pool)
	probe.setPhase("after")
	prod.halt()
	head, hash := c.head()
	if err := waitCursorAt(t, db.pool, head, hash, time.Minute); err != nil {
		t.Fatalf("no recovery after the connection killing stopped: %v\n%s", err, lastLines(ix.output(), 15))
	}
	time.Sleep(time.Second)
	probe.halt()
	t.Logf("%d terminate rounds killed %d connections in %s; cursor %d -> %d meanwhile", tm.rounds.Load(), tm.killed.Load(), d, before, after)
	t.Logf("API while killing: %s; after: %s", probe.report("killing"), probe.report("after"))
	if diff := diffDumps(dump(t, db.pool, false), newOracle(t, c.config()).index()); diff != "" {
		t.Fatalf("the database differs from a fresh index:\n%s", diff)
	}
	if strings.Contains(probe.report("after"), " 0 ok") || !strings.Contains(probe.report("after"), " 0 failed") {
		t.Errorf("the API did not recover once the killing stopped: %s\n%s", probe.report("after"), lastLines(api.output(), 10))
	}
	if after <= before {
		t.Logf("note: the indexer made no progress while connections were killed every 100-700 ms")
	}
}

// TestPostgresKilledDuringSettle (scenario 4, settlement): on a simulated devnet, `covey run`
// (indexer, scheduler, API) and repeated one-shot `covey settle --all` runs work while every
// connection to the database is terminated every 100–700 ms. `covey run` must stay up; a one-shot
// settle may fail (exit non-zero) and is simply run again, as a supervisor would. Afterwards every
// epoch is stored exactly once, a re-run recomputes them all as "matched", the index equals a fresh
// one and `covey verify` reproduces the last epoch.
func TestPostgresKilledDuringSettle(t *testing.T) {
	skipShort(t)
	seed, e, dn, db := devnetWithDatabase(t)
	e.setenv("COVEY_LOG_LEVEL", "warn")
	epochs := rounds(t, 3, 8)
	dn.simulate(t, 40, epochs, seed)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	run := e.start("run", "--listen", addr)
	tm := terminateLoop(t, db.url, 100*time.Millisecond, 700*time.Millisecond, seed)
	// Done when every epoch is stored, whoever stored it: `covey run`'s scheduler settles too (at start
	// and on its cron, every 5 minutes), after which a one-shot run rightly finds nothing settleable.
	// (Waiting for a one-shot run to settle the last epoch made this test depend on the wall clock.)
	failed, attempts, byOneShot := 0, 0, 0
	deadline := time.Now().Add(3 * time.Minute)
	for {
		attempts++
		out, err := e.try("settle", "--all")
		if err != nil {
			failed++
		} else {
			byOneShot += strings.Count(out, ": stored root")
		}
		var n int
		if qerr := db.pool.QueryRow(context.Background(), `SELECT count(*) FROM settlement_epochs`).Scan(&n); qerr == nil && n == epochs {
			break
		}
		if time.Now().After(deadline) {
			tm.halt()
			t.Fatalf("epochs not settled after %d attempts under connection kills; last: %v\n%s\ncovey run:\n%s", attempts, err, lastLines(out, 5), lastLines(strings.Join(linesWith(run.output(), "component=indexer"), "\n"), 20))
		}
		if run.exited() {
			tm.halt()
			t.Fatalf("covey run exited while its connections were being killed: %v\n%s", run.err, lastLines(run.output(), 15))
		}
	}
	time.Sleep(2 * time.Second)
	tm.halt()
	if run.exited() {
		t.Fatalf("covey run exited while its connections were being killed: %v\n%s", run.err, lastLines(run.output(), 15))
	}
	ctx := context.Background()
	var stored, epochRows int
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM settlement_runs WHERE kind = 'settle' AND status = 'stored'`).Scan(&stored)
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM settlement_epochs`).Scan(&epochRows)
	if stored != epochRows || epochRows != epochs {
		t.Fatalf("%d epochs, %d stored settle runs; want %d each", epochRows, stored, epochs)
	}
	head := dn.head(t)
	if err := waitFor(time.Minute, func() (bool, error) {
		n, _, ok := cursorOf(ctx, db.pool)
		return ok && n >= head, fmt.Errorf("indexed %d, head %d", n, head)
	}); err != nil {
		t.Fatal(err)
	}
	// Stop covey run before the re-checks: its scheduler's cron tick would hold the settlement lock
	// and refuse them ("lock held").
	run.interrupt()
	e.run("settle", "--all")
	for ep := 0; ep < epochs; ep++ {
		o := e.run("settle", "--epoch", fmt.Sprint(ep))
		if !strings.Contains(o, "matched") {
			t.Fatalf("epoch %d re-check after connection kills: %s", ep, lastLines(o, 3))
		}
	}
	if d := diffDumps(dump(t, db.pool, false), newOracle(t, dn.config()).index()); d != "" {
		t.Fatalf("the index differs from a fresh one:\n%s", d)
	}
	t.Logf("%d terminate rounds killed %d connections; %d of %d one-shot settle runs failed and were re-run (%d epochs stored by one-shot runs, the rest by covey run's scheduler); covey run stayed up, its indexing steps failed and retried %d times; every epoch stored once and re-checked as matched",
		tm.rounds.Load(), tm.killed.Load(), failed, attempts, byOneShot, countLines(run.output(), "indexing step failed"))
}
