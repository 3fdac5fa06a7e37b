package chaos

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/covey-labs/covey/anvil"
)

// pgRestarter restarts a private Postgres at random moments until halted: a fast shutdown or a crash
// (kill -9 of every Postgres process), down for a random while, then started again on the same port
// and data directory.
type pgRestarter struct {
	pg      *privatePG
	stop    chan struct{}
	done    chan struct{}
	mu      sync.Mutex
	phase   string
	counts  map[string]int // "<phase> fast" / "<phase> crash" -> restarts
	downFor time.Duration  // total time the server was down
}

func restartLoop(pg *privatePG, r *rand.Rand, minGap, maxGap time.Duration) *pgRestarter {
	rs := &pgRestarter{pg: pg, stop: make(chan struct{}), done: make(chan struct{}), counts: map[string]int{}}
	go func() {
		defer close(rs.done)
		for i := 0; ; i++ {
			select {
			case <-rs.stop:
				return
			case <-time.After(minGap + time.Duration(r.Int64N(int64(maxGap-minGap)+1))):
			}
			crash := i%2 == 1 // alternate, so every phase sees both kinds
			down := time.Duration(r.IntN(1500)) * time.Millisecond
			t0 := time.Now()
			if crash {
				pg.kill()
			} else {
				pg.stop()
			}
			time.Sleep(down)
			pg.start()
			rs.mu.Lock()
			kind := "fast"
			if crash {
				kind = "crash"
			}
			rs.counts[rs.phase+" "+kind]++
			rs.downFor += time.Since(t0)
			rs.mu.Unlock()
		}
	}()
	return rs
}

func (rs *pgRestarter) setPhase(p string) { rs.mu.Lock(); rs.phase = p; rs.mu.Unlock() }

// halt stops restarting (the server is up afterwards).
func (rs *pgRestarter) halt() {
	select {
	case <-rs.stop:
	default:
		close(rs.stop)
	}
	<-rs.done
}

func (rs *pgRestarter) report() string {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	var parts []string
	total := 0
	for _, ph := range []string{"backfill", "settlement", "serving"} {
		f, c := rs.counts[ph+" fast"], rs.counts[ph+" crash"]
		total += f + c
		parts = append(parts, fmt.Sprintf("%s: %d fast + %d kill -9", ph, f, c))
	}
	return fmt.Sprintf("%d restarts (%s), down %s in all", total, strings.Join(parts, ", "), fmtDur(rs.downFor))
}

func (rs *pgRestarter) total(phase string) int {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	return rs.counts[phase+" fast"] + rs.counts[phase+" crash"]
}

// TestPostgresRestarted (scenario 4): `covey run` (indexer, settlement scheduler publishing roots, API)
// on a simulated devnet while its private Postgres is restarted again and again — a fast shutdown or
// kill -9 of every Postgres process, every 0.4–1.8 s, down for up to 1.5 s — during the backfill (tiny ranges, so
// restarts land mid-batch), while the scheduler settles, stores and publishes epochs, and while the API
// serves. covey must reconnect by itself (no process restart): the process stays up, every epoch is
// stored, proposed and accepted exactly once (proposed = stored), a re-run recomputes every epoch as
// "matched", the API answers again once Postgres is back, and the index equals a fresh one.
func TestPostgresRestarted(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	e := newEnv(t)
	dn := startDevnet(t, e)
	epochs := rounds(t, 2, 5)
	dn.simulate(t, 40, epochs, seed)
	pg := startPrivatePG(t, "")
	e.setenv("DATABASE_URL", pg.url)
	e.setenv("COVEY_LOG_LEVEL", "warn")
	cfg := dn.config()
	cfg.Indexer.InitialRange, cfg.Indexer.MinRange, cfg.Indexer.MaxRange = 2, 1, 3 // hundreds of commits
	cfg.Settlement.Policy = devnetPolicy(t, e, dn)
	cfg.Settlement.Cron = "@every 1s"
	cfg.Settlement.Publish = true
	cfg.Settlement.ManifestDir = e.path(".covey/manifests")
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	run := e.start("run", "--config", cfgPath, "--listen", addr)
	base := "http://" + addr
	if err := waitFor(time.Minute, func() (bool, error) {
		res := gql(base+"/graphql", `{ status { chainId } }`, nil)
		return res.ok(), fmt.Errorf("%s", res)
	}); err != nil {
		t.Fatalf("covey run did not come up: %v\n%s", err, lastLines(run.output(), 10))
	}
	probe := probeAPI(base+"/graphql", 100*time.Millisecond)
	probe.setPhase("restarting")
	rs := restartLoop(pg, r, 400*time.Millisecond, 1800*time.Millisecond)
	defer rs.halt()
	ctx := context.Background()
	check := pg.pool()
	alive := func(what string) {
		t.Helper()
		if run.exited() {
			rs.halt()
			t.Fatalf("%s: covey run exited while Postgres restarted: %v\n%s", what, run.err, lastLines(run.output(), 20))
		}
	}

	// Backfill: restarts until the cursor reaches the head (at least three of them mid-backfill).
	rs.setPhase("backfill")
	head := dn.head(t)
	midBackfill := 0 // restarts that happened before the cursor reached the head
	if err := waitFor(4*time.Minute, func() (bool, error) {
		alive("backfill")
		n, _, ok := cursorOf(ctx, check)
		if !ok || n < head {
			midBackfill = rs.total("backfill")
		}
		return ok && n >= head && rs.total("backfill") >= 3, fmt.Errorf("indexed %d of %d, %d restarts", n, head, rs.total("backfill"))
	}); err != nil {
		t.Fatalf("backfill under Postgres restarts: %v\n%s", err, lastLines(run.output(), 20))
	}

	// Settlement: one more simulated epoch at a time; the scheduler (every second) settles, stores and
	// proposes it (the distributor takes epochs one at a time, so several settled at once go one by one), and while a
	// proposed root waits for its timelock the chain's time is moved past it so the scheduler accepts it.
	rs.setPhase("settlement")
	maxEpoch := func(table string) int {
		var n *int64
		_ = check.QueryRow(ctx, `SELECT max(epoch)::bigint FROM `+table).Scan(&n)
		if n == nil {
			return -1
		}
		return int(*n)
	}
	more := rounds(t, 2, 4)
	for round := 0; round <= more; round++ {
		if round > 0 {
			dn.simulate(t, 40, 1, seed+uint64(round))
		}
		before := maxEpoch("settlement_epochs")
		if err := waitFor(3*time.Minute, func() (bool, error) {
			alive("settlement")
			st, pr, ac := maxEpoch("settlement_epochs"), maxEpoch("ev_root_proposed"), maxEpoch("ev_root_accepted")
			if (round == 0 || st > before) && st >= 0 && ac == st {
				return true, nil
			}
			if pr > ac {
				dn.warp(t, anvil.DistributorTimelock+1)
				time.Sleep(time.Second)
			}
			return false, fmt.Errorf("round %d: latest epoch stored %d (before %d), proposed %d, accepted %d", round, st, before, pr, ac)
		}); err != nil {
			t.Fatalf("settlement under Postgres restarts: %v\n%s", err, lastLines(run.output(), 20))
		}
	}

	// Serving: restarts while the API is queried (the probe runs all along), then quiet.
	rs.setPhase("serving")
	if err := waitFor(time.Minute, func() (bool, error) {
		alive("serving")
		return rs.total("serving") >= 3, nil
	}); err != nil {
		t.Fatal(err)
	}
	rs.halt()
	probe.setPhase("after")
	alive("after the restarts")
	t.Logf("%s; %d restarts while the backfill of %d blocks was under way; indexer steps failed and retried: %d",
		rs.report(), midBackfill, head, countLines(run.output(), "indexing step failed"))

	// Everything recovers without a restart of covey.
	check = pg.pool()
	head = dn.head(t)
	if err := waitFor(time.Minute, func() (bool, error) {
		n, _, ok := cursorOf(ctx, check)
		return ok && n >= head, fmt.Errorf("indexed %d, head %d", n, head)
	}); err != nil {
		t.Fatalf("no recovery after the restarts: %v\n%s", err, lastLines(run.output(), 20))
	}
	if err := waitFor(30*time.Second, func() (bool, error) {
		n, res := indexedBlock(base + "/graphql")
		return n >= int64(head), fmt.Errorf("API: indexed %d (%s), head %d", n, res, head)
	}); err != nil {
		t.Errorf("the API did not recover: %v", err)
	}
	time.Sleep(time.Second)
	probe.halt()
	t.Logf("API while Postgres restarted: %s; after: %s", probe.report("restarting"), probe.report("after"))
	if !strings.Contains(probe.report("after"), " 0 failed") || strings.Contains(probe.report("after"), " 0 ok") {
		t.Errorf("the API failed requests once Postgres was back: %s", probe.report("after"))
	}
	// Quiesce: the scheduler may still settle an epoch the moved clock made settleable (and propose it);
	// let it finish publishing before covey run stops, so nothing is left half-published by the stop.
	if err := waitFor(2*time.Minute, func() (bool, error) {
		alive("quiescing")
		var pending int
		_ = check.QueryRow(ctx, `SELECT count(*) FROM root_publications WHERE status IN ('signed', 'sent')`).Scan(&pending)
		st, pr, ac := maxEpoch("settlement_epochs"), maxEpoch("ev_root_proposed"), maxEpoch("ev_root_accepted")
		if pending == 0 && st == ac && pr == ac {
			return true, nil
		}
		if pr > ac {
			dn.warp(t, anvil.DistributorTimelock+1)
			time.Sleep(time.Second)
		}
		return false, fmt.Errorf("latest epoch stored %d, proposed %d, accepted %d; %d publications pending", st, pr, ac, pending)
	}); err != nil {
		t.Fatalf("after the restarts: %v\n%s", err, lastLines(run.output(), 20))
	}
	head = dn.head(t)
	if err := waitFor(time.Minute, func() (bool, error) {
		n, _, ok := cursorOf(ctx, check)
		return ok && n >= head, fmt.Errorf("indexed %d, head %d", n, head)
	}); err != nil {
		t.Fatal(err)
	}
	alive("the end")
	run.interrupt()

	q := func(sql string, args ...any) int {
		var n int
		if err := check.QueryRow(ctx, sql, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
		return n
	}
	stored := q(`SELECT count(*) FROM settlement_epochs`)
	if stored < epochs+more || q(`SELECT count(*) FROM settlement_epochs WHERE epoch >= $1`, stored) != 0 {
		t.Errorf("%d epochs stored (want >= %d, numbered from 0 without gaps)", stored, epochs+more)
	}
	for ep := 0; ep < stored; ep++ {
		if n := q(`SELECT count(*) FROM settlement_runs WHERE epoch = $1 AND kind = 'settle' AND status = 'stored'`, ep); n != 1 {
			t.Errorf("epoch %d: %d stored settle runs, want 1", ep, n)
		}
	}
	if n := q(`SELECT count(*) FROM (SELECT epoch FROM ev_root_proposed GROUP BY epoch HAVING count(*) > 1) x`); n != 0 {
		t.Errorf("%d epochs proposed more than once", n)
	}
	if n := q(`SELECT count(*) FROM (SELECT epoch FROM ev_root_accepted GROUP BY epoch HAVING count(*) > 1) x`); n != 0 {
		t.Errorf("%d epochs accepted more than once", n)
	}
	if st, ac := maxEpoch("settlement_epochs"), maxEpoch("ev_root_accepted"); st != ac {
		t.Errorf("latest stored epoch %d, latest accepted %d", st, ac)
	}
	proposedN, acceptedN := q(`SELECT count(*) FROM ev_root_proposed`), q(`SELECT count(*) FROM ev_root_accepted`)
	if n := q(`SELECT count(*) FROM ev_root_proposed p JOIN settlement_epochs s ON s.epoch = p.epoch
		WHERE p.root <> s.root OR p.manifest_hash <> s.manifest_hash OR p.total_cumulative <> s.total_cumulative`); n != 0 {
		t.Errorf("%d proposed roots differ from the stored ones", n)
	}
	if n := q(`SELECT count(*) FROM root_publications WHERE status IN ('signed', 'sent')`); n != 0 {
		t.Errorf("%d publications left signed or sent", n)
	}
	for ep := 0; ep < stored; ep++ {
		if o := e.run("settle", "--config", cfgPath, "--epoch", fmt.Sprint(ep)); !strings.Contains(o, "matched") {
			t.Fatalf("epoch %d re-check after the restarts: %s", ep, lastLines(o, 3))
		}
	}
	if d := diffDumps(dump(t, check, false), newOracle(t, dn.config()).index()); d != "" {
		t.Fatalf("the index differs from a fresh one:\n%s", d)
	}
	var failedTicks int
	for _, l := range strings.Split(run.output(), "\n") {
		if strings.Contains(l, "settlement tick") {
			failedTicks++
		}
	}
	t.Logf("%d epochs stored once each, %d roots proposed and %d accepted (none twice, proposed = stored); %d settlement ticks failed and were retried by the next; covey run never restarted; index = oracle",
		stored, proposedN, acceptedN, failedTicks)
}
