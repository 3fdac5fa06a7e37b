package chaos

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/covey-labs/covey/config"
)

// reorgBound is chain.reorg_bound in the reorg scenarios: above the deepest random reorg (64).
const reorgBound = 96

// TestReorgs (scenario 2): a running `covey index` (follow mode) on an emitter chain while the chain
// reorganizes at random times: anvil_reorg of depth 1–64 with replacement transactions holding other
// events, anvil_rollback (a shorter chain), evm_revert to an earlier snapshot followed by a new
// history (longer or shorter), two or three reorgs stacked before covey catches up, and reorgs while
// covey is killed. After every round the database equals a fresh index of the canonical chain.
//
// covey reads the chain through a proxy that injects nothing and journals every ask and answer
// (journal_test.go), and logs at DEBUG (its decisions: "chain not shorter", "the chain got shorter",
// rollbacks, batches): a failed round prints what the test did and saw (heads, cursor), the journal and
// covey's lines of the round, so the failure is explained without a replay.
func TestReorgs(t *testing.T) {
	skipShort(t)
	r, _ := newRand(t)
	c := newEmitterChain(t)
	c.emitBlocks(r, 150)
	e := newEnv(t)
	cfg := c.config()
	cfg.Chain.ReorgBound = reorgBound
	journal, cfgPath := journaledConfig(t, c.URL, e, cfg)
	e.setenv("COVEY_LOG_LEVEL", "debug")
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	orc := newOracle(t, cfg)
	metrics := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	args := []string{"index", "--config", cfgPath, "--metrics", metrics}
	p := e.start(args...)

	g := newReorger(t, r, c, 64, 64) // anvil reports head-64 as finalized

	n := rounds(t, 12, 200)
	kinds := map[string]int{}
	shorter := 0
	var slowest time.Duration
	for round := 0; round < n; round++ {
		rec := newRoundRecord(round, journal, p)
		note := func(what string) {
			h, hash := c.head()
			cur, curHash, _ := cursorOf(context.Background(), db.pool)
			rec.note("%s: head %d %.10s, cursor %d %.10s", what, h, hash.Hex(), cur, curHash)
		}
		// The chain grows between reorgs, sometimes while covey is mid-sync.
		g.grow()
		note("grown")
		g.maybeSnapshot()
		kind, did := g.round(note, func() {
			p.kill()
			rec.note("covey killed")
		}, func() {
			p = e.start(args...)
			rec.restarted(p)
		})
		kinds[kind]++
		head, hash := c.head()
		t0 := time.Now()
		if cur, _, ok := cursorOf(context.Background(), db.pool); ok && cur > head && !p.exited() {
			// The chain is now shorter than the index. If what is left is a prefix of what covey stored
			// (blocks dropped, none replaced yet), covey used to take the lower head for a lagging node
			// and keep the dropped blocks' rows until the chain grew again (finding F9, fixed: it checks
			// that no endpoint has head+1 and rolls back).
			if err := waitCursorAt(t, db.pool, head, hash, 3*time.Second); err != nil {
				shorter++
				note("F9: " + err.Error())
				t.Logf("F9 in round %d (%s): the chain was left shorter than the index for 3 s\n%s", round, strings.Join(did, "; "), rec.report())
				did = append(did, "chain left shorter than the index: one more block")
				c.emitBlocks(r, 1)
				head, hash = c.head()
			}
		}
		if err := waitCursorAt(t, db.pool, head, hash, 90*time.Second); err != nil {
			note(err.Error())
			t.Fatalf("round %d (%s): covey did not reach the canonical head: %v\n%s", round, strings.Join(did, "; "), err, rec.report())
		}
		d := time.Since(t0)
		slowest = max(slowest, d)
		if p.exited() {
			t.Fatalf("round %d: covey index exited: %v\n%s", round, p.err, rec.report())
		}
		if diff := diffDumps(dump(t, db.pool, false), orc.index()); diff != "" {
			t.Fatalf("round %d (%s): the database differs from a fresh index of the canonical chain:\n%s\n%s", round, strings.Join(did, "; "), diff, rec.report())
		}
		t.Logf("round %d: %s; head %d, reached in %s", round, strings.Join(did, "; "), head, fmtDur(d))
	}
	if d := sweepRawLogs(t, db.pool, c.URL, cfg); d != "" {
		t.Fatalf("raw_logs differ from an eth_getLogs sweep:\n%s", d)
	}
	reorgs := scrapeMetric(t, "http://"+metrics+"/metrics", "covey_indexer_reorgs_total")
	head, _ := c.head()
	t.Logf("%d rounds %v, chain now %d blocks; slowest catch-up %s; covey_indexer_reorgs_total (current process) %v",
		n, kinds, head, fmtDur(slowest), reorgs)
	if countLines(p.output(), "reorg: rolled back") == 0 && reorgs == 0 {
		t.Errorf("covey logged no rollback in its last run")
	}
	if shorter > 0 {
		t.Errorf("F9: %d rounds left the chain shorter than the index with the surviving blocks unchanged: covey kept the dropped blocks' rows (and its cursor above the head) until one more block was mined", shorter)
	}
}

// TestReorgTooDeep (scenario 2, deep): a reorg deeper than chain.reorg_bound — replaced in place
// (anvil_reorg) or a shorter chain (anvil_rollback and new blocks) — stops covey with an error naming
// reorg_bound, and changes nothing in the database (blocks included); a restart refuses again.
func TestReorgTooDeep(t *testing.T) {
	skipShort(t)
	for _, mode := range []string{"anvil_reorg", "anvil_rollback"} {
		t.Run(mode, func(t *testing.T) {
			r, _ := newRand(t)
			c := newEmitterChain(t)
			c.emitBlocks(r, reorgBound+60)
			e := newEnv(t)
			cfg := c.config()
			cfg.Chain.ReorgBound = reorgBound
			cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
			db := newDatabase(t)
			e.setenv("DATABASE_URL", db.url)
			p := e.start("index", "--config", cfgPath)
			head, hash := c.head()
			if err := waitCursorAt(t, db.pool, head, hash, time.Minute); err != nil {
				t.Fatal(err)
			}
			// Old finalized blocks without logs are pruned whenever the indexer is caught up (housekeeping
			// that may run between the two dumps): only blocks within reorg_bound of the head must not change.
			keep := head - reorgBound
			before := recentBlocks(t, dump(t, db.pool, true), keep)
			depth := reorgBound + 10
			if mode == "anvil_reorg" {
				c.reorg(r, depth)
			} else {
				c.rollback(depth)
				c.emitBlocks(r, 5)
			}
			err, ok := p.wait(time.Minute)
			if !ok {
				t.Fatalf("covey index kept running after a %d-block reorg (bound %d):\n%s", depth, reorgBound, lastLines(p.output(), 10))
			}
			out := p.output()
			if err == nil || !strings.Contains(out, "reorg deeper than chain.reorg_bound=96") {
				t.Fatalf("exit %v; want an error naming reorg_bound:\n%s", err, lastLines(out, 10))
			}
			if d := diffDumps(recentBlocks(t, dump(t, db.pool, true), keep), before); d != "" {
				t.Fatalf("a refused deep reorg changed the database:\n%s", d)
			}
			out2, err := e.try("index", "--config", cfgPath, "--until-synced")
			if exitCode(err) == 0 || !strings.Contains(out2, "reorg deeper than") {
				t.Fatalf("restart after a deep reorg: exit %d\n%s", exitCode(err), lastLines(out2, 10))
			}
			if d := diffDumps(recentBlocks(t, dump(t, db.pool, true), keep), before); d != "" {
				t.Fatalf("a restart after a refused deep reorg changed the database:\n%s", d)
			}
			t.Logf("refused with exit %d: %s", exitCode(err), firstLineWith(out, "reorg deeper"))
		})
	}
}

func firstLineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

// recentBlocks drops from a dump the blocks rows below from (the indexer prunes old finalized blocks
// without logs on its own schedule).
func recentBlocks(t testing.TB, d map[string][]string, from uint64) map[string][]string {
	t.Helper()
	var kept []string
	for _, row := range d["blocks"] {
		if blockOf(t, row) >= from {
			kept = append(kept, row)
		}
	}
	d["blocks"] = kept
	return d
}

// journaledConfig writes covey's config with its one RPC behind a proxy that injects nothing and
// journals every ask and answer, so a failed round's record shows what covey read.
func journaledConfig(t *testing.T, rpcURL string, e *env, cfg config.Config) (*rpcJournal, string) {
	t.Helper()
	px := newRPCProxy(t, rpcURL)
	journal := &rpcJournal{}
	px.journal.Store(journal)
	cfg.Chain.RPC = []string{px.url}
	return journal, writeConfig(t, e.path("covey.toml"), cfg)
}
