package chaos

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// redisAction is what happens to the private Redis during one round of TestPostgresRedisRPCFaults.
type redisAction struct {
	name string
	// start runs when the round's faults begin, mid halfway through, end when they stop (Redis is up
	// and answering afterwards).
	start, mid, end func(rd *redisProc)
}

var redisActions = []redisAction{
	{name: "up", start: func(*redisProc) {}, mid: func(*redisProc) {}, end: func(*redisProc) {}},
	{name: "killed all round", start: (*redisProc).kill, mid: func(*redisProc) {}, end: (*redisProc).start},
	{name: "frozen all round", start: (*redisProc).pause, mid: func(*redisProc) {}, end: (*redisProc).resume},
	{name: "killed mid-round, back", start: func(*redisProc) {}, mid: (*redisProc).kill, end: (*redisProc).start},
	{name: "frozen then thawed mid-round", start: (*redisProc).pause, mid: (*redisProc).resume, end: func(*redisProc) {}},
}

// TestPostgresRedisRPCFaults (scenario 4 + 3): `covey index` and `covey serve` on a private Postgres
// and a private Redis, reading the chain through two fault proxies, while the chain keeps producing
// events. Each round the Postgres is restarted again and again (a fast shutdown or kill -9 of every
// Postgres process, every 0.4–1.8 s, down up to 1.5 s) while Redis is killed, frozen, brought back or
// thawed (one of five patterns) and the RPCs fail (a mix of TestReorgsWithRPCFaults: errors, 429s,
// slow answers, a lagging or a black-holed node, everything at once). Then the faults stop: neither
// process may have exited, covey must reach the head by itself, the API must answer its cursor, and the
// database must equal a fresh index. Each round's log line says what was done and what was seen
// (restarts and downtime, Redis, RPC faults injected, cursor against head, failed indexer steps, the
// API probe during and after).
func TestPostgresRedisRPCFaults(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	pg := startPrivatePG(t, "")
	rd := startRedis(t)
	c := newEmitterChain(t)
	c.tame = true
	c.emitBlocks(r, 20)
	a, b := newRPCProxy(t, c.URL), newRPCProxy(t, c.URL)
	e := newEnv(t)
	cfg := c.config(a.url, b.url)
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	e.setenv("DATABASE_URL", pg.url)
	e.setenv("REDIS_URL", rd.url())
	e.setenv("COVEY_LOG_LEVEL", "warn")
	ix := e.start("index", "--config", cfgPath)
	ctx := context.Background()
	check := pg.pool()
	if err := waitFor(time.Minute, func() (bool, error) {
		_, _, ok := cursorOf(ctx, check)
		return ok, fmt.Errorf("no cursor yet: %s", lastLines(ix.output(), 3))
	}); err != nil {
		t.Fatal(err)
	}
	api, base := startAPI(t, e, "--config", cfgPath)
	probe := probeAPI(base+"/graphql", 100*time.Millisecond)
	defer probe.halt()
	alive := func(round int, what string) {
		t.Helper()
		for _, p := range []*proc{ix, api} {
			if p.exited() {
				t.Fatalf("round %d, %s: covey %s exited: %v\n%s", round, what, p.args[0], p.err, lastLines(p.output(), 20))
			}
		}
	}

	phase := 5 * time.Second
	if long {
		phase = 30 * time.Second
	}
	n := rounds(t, 2, 8)
	for round := 0; round < n; round++ {
		ra := redisActions[r.IntN(len(redisActions))]
		if round == 0 {
			ra = redisActions[1+r.IntN(len(redisActions)-1)] // the first round always hurts Redis
		}
		mix := reorgFaultMixes[1+r.IntN(len(reorgFaultMixes)-1)]
		rpcNote := mix.set(a, b, r)
		h0, _ := c.head()
		c0, _, _ := cursorOf(ctx, check)
		failedSteps0 := countLines(ix.output(), "indexing step failed")
		during := fmt.Sprintf("round %d faults", round)
		probe.setPhase(during)
		prod := c.produce(seed+uint64(round), 150*time.Millisecond)
		rs := restartLoop(pg, r, 400*time.Millisecond, 1800*time.Millisecond)
		rs.setPhase("round")
		ra.start(rd)
		time.Sleep(phase / 2)
		alive(round, "faults")
		ra.mid(rd)
		time.Sleep(phase / 2)
		rs.halt()
		ra.end(rd)
		for _, px := range []*rpcProxy{a, b} {
			px.setPolicy(nil)
			px.lag.Store(0)
		}
		prod.halt()
		h1, _ := c.head()
		check = pg.pool() // the old pool's connections died with the restarts
		c1, _, _ := cursorOf(ctx, check)
		probe.setPhase(fmt.Sprintf("round %d after", round))
		alive(round, "after the faults")

		if rpcNote != "" {
			rpcNote = " (" + rpcNote + ")"
		}
		desc := fmt.Sprintf("round %d: Postgres %d restarts (%d fast, %d kill -9), down %s; Redis %s; RPC %s%s; chain %d -> %d, cursor %d -> %d during the faults; %d indexer steps failed",
			round, rs.total("round"), rs.counts["round fast"], rs.counts["round crash"], fmtDur(rs.downFor), ra.name, mix.name, rpcNote, h0, h1, c0, c1,
			countLines(ix.output(), "indexing step failed")-failedSteps0)
		head, hash := c.head()
		t0 := time.Now()
		if err := waitCursorAt(t, check, head, hash, 2*time.Minute); err != nil {
			t.Fatalf("%s\ncovey did not catch up after the faults: %v\n%s", desc, err, lastLines(ix.output(), 30))
		}
		caughtUp := time.Since(t0)
		if err := waitFor(30*time.Second, func() (bool, error) {
			got, res := indexedBlock(base + "/graphql")
			return got == int64(head), fmt.Errorf("API: indexed %d (%s), head %d", got, res, head)
		}); err != nil {
			t.Fatalf("%s\nthe API did not report the cursor: %v\n%s", desc, err, lastLines(api.output(), 20))
		}
		if d := diffDumps(dump(t, check, false), newOracle(t, c.config()).index()); d != "" {
			t.Fatalf("%s\nthe database differs from a fresh index:\n%s", desc, d)
		}
		t.Logf("%s; caught up in %s; API during: %s; after: %s; database = oracle; RPC faults so far: a %s; b %s",
			desc, fmtDur(caughtUp), probe.report(during), probe.report(fmt.Sprintf("round %d after", round)), a.statsString(), b.statsString())
	}
	time.Sleep(time.Second)
	for round := 0; round < n; round++ {
		after := fmt.Sprintf("round %d after", round)
		if !strings.Contains(probe.report(after), " 0 failed") {
			t.Errorf("the API failed requests once the faults had stopped in round %d: %s", round, probe.report(after))
		}
	}
	alive(n, "the end")
	if d := sweepRawLogs(t, check, c.URL, cfg); d != "" {
		t.Fatalf("raw_logs differ from an eth_getLogs sweep:\n%s", d)
	}
}
