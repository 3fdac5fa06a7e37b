package indexer

import (
	"context"
	"fmt"
	mrand "math/rand/v2"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/internal/rpcfault"
)

// labelled sums a counter vector's series whose endpoint label contains sub, and returns every label seen.
func labelled(t *testing.T, reg *prometheus.Registry, name, sub string) (float64, []string) {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	var labels []string
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				labels = append(labels, l.GetValue())
				if l.GetName() == "endpoint" && strings.Contains(l.GetValue(), sub) {
					sum += m.GetCounter().GetValue()
				}
			}
		}
	}
	return sum, labels
}

// syncTo runs the indexer until its cursor is at the chain's head (RunUntilSynced may stop at a lower
// head some endpoint reported), bounded by a minute.
func syncTo(t *testing.T, ix *Indexer, pool *pgxpool.Pool, c *testChain) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for i := 0; ; i++ {
		if err := ix.RunUntilSynced(ctx); err != nil {
			t.Fatalf("RunUntilSynced: %v", err)
		}
		if cursorNumber(t, pool) == c.head() {
			return
		}
		if i == 50 {
			t.Fatalf("cursor %d never reached the head %d", cursorNumber(t, pool), c.head())
		}
	}
}

// meetFork steps the indexer at the head until the forked endpoint (rpc1) was judged, at most 40 steps.
func meetFork(t *testing.T, ix *Indexer, reg *prometheus.Registry) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for i := 0; i < 40; i++ {
		if q, _ := labelled(t, reg, "covey_indexer_rpc_quarantines_total", "rpc1:"); q >= 1 {
			return
		}
		if err := ix.RunUntilSynced(ctx); err != nil {
			t.Fatalf("RunUntilSynced at the head: %v", err)
		}
	}
}

// TestSecondRPCOnAnotherFork (F6): the second RPC follows a fork that left the chain below the
// indexed head, as long as the main chain. The stored chain wins: that endpoint is counted as
// disagreeing and quarantined, and the healthy one indexes to the head (before, steps kept failing
// while both were asked). Its metric label carries no secret from its URL.
func TestSecondRPCOnAnotherFork(t *testing.T) {
	a := startAnvil(t)
	r := mrand.New(mrand.NewPCG(31, 32))
	emitRandom(a, r, 40, 3)
	n := a.head()
	cfg := testConfig(a)
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	b := startAnvil(t, "--fork-url", a.url, "--fork-block-number", fmt.Sprint(n-3))
	for i := 0; i < 4; i++ {
		b.emit(b.randomEvent(r)) // the fork's own events (at b's own emitter addresses)
	}
	emitRandom(a, r, 30, 3)
	if bh, ah := b.head(), a.head(); bh < ah {
		b.mine(int(ah - bh)) // as long as the main chain: its blocks are there, with other hashes
	}
	if b.head() != a.head() {
		t.Fatalf("fork head %d, main head %d: want equal", b.head(), a.head())
	}
	_, bu := rpcfault.NewLag(t, b.url, 0, false)
	secretURL := strings.Replace(bu, "http://", "http://user:s3cret@", 1) + "/v2/APIKEY123?key=QUERYKEY"
	reg := prometheus.NewRegistry()
	two := testConfig(a, a.url, secretURL)
	ix := newTestIndexer(t, two, pool, WithRegisterer(reg))
	syncTo(t, ix, pool, a)
	// Which endpoint a request goes to first is random (chainrpc.Pool.Start): the sync may have asked
	// only rpc0. At the head each step checks its tip with a randomly picked endpoint, so a few more
	// steps meet the fork (the chance that 40 never do is 2^-40).
	meetFork(t, ix, reg)
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
	q, labels := labelled(t, reg, "covey_indexer_rpc_quarantines_total", "rpc1:")
	if q < 1 {
		t.Errorf("the forked endpoint was never quarantined (labels %v)", labels)
	}
	if d, labels := labelled(t, reg, "covey_indexer_rpc_disagreements_total", "rpc1:"); d < 1 {
		t.Errorf("no disagreement counted for the forked endpoint (labels %v)", labels)
	}
	for _, name := range []string{"covey_indexer_rpc_disagreements_total", "covey_indexer_rpc_quarantines_total", "covey_indexer_rpc_lagging_answers_total"} {
		_, ls := labelled(t, reg, name, "")
		for _, l := range ls {
			if strings.Contains(l, "s3cret") || strings.Contains(l, "APIKEY") || strings.Contains(l, "QUERYKEY") || strings.Contains(l, "user") {
				t.Errorf("%s label %q leaks the URL's secrets", name, l)
			}
		}
	}
	if q, _ := labelled(t, reg, "covey_indexer_rpc_quarantines_total", "rpc0:"); q != 0 {
		t.Errorf("the healthy endpoint was quarantined %v times", q)
	}
}

// TestLaggingRPCFailsOver (F6): one of two RPCs lags 10 blocks. Its missing blocks are asked of the
// other endpoint inside the same step, and after lagStrikes lagging answers it is quarantined.
func TestLaggingRPCFailsOver(t *testing.T) {
	a := startAnvil(t)
	r := mrand.New(mrand.NewPCG(33, 34))
	emitRandom(a, r, 60, 3)
	_, lu := rpcfault.NewLag(t, a.url, 10, false)
	reg := prometheus.NewRegistry()
	cfg := testConfig(a, lu, a.url)
	pool := pgtest.New(t)
	ix := newTestIndexer(t, cfg, pool, WithRegisterer(reg))
	syncTo(t, ix, pool, a)
	for i := 0; i < 15; i++ {
		a.emit(a.randomEvent(r))
		syncTo(t, ix, pool, a)
	}
	diffDumps(t, dump(t, pool), freshDump(t, testConfig(a)))
	if n, ls := labelled(t, reg, "covey_indexer_rpc_lagging_answers_total", "rpc0:"); n < 1 {
		t.Errorf("no lagging answer counted for the lagging endpoint (%v)", ls)
	}
	if n, _ := labelled(t, reg, "covey_indexer_rpc_lagging_answers_total", "rpc1:"); n != 0 {
		t.Errorf("the current endpoint was counted lagging %v times", n)
	}
}

// heldAt runs ix to the head n times, then fails with why unless the cursor is still at head and no
// reorg was counted.
func heldAt(t *testing.T, ix *Indexer, pool *pgxpool.Pool, head uint64, n int, why string) {
	t.Helper()
	for i := 0; i < n; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := ix.RunUntilSynced(ctx)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := cursorNumber(t, pool); got != head || reorgCount(ix) != 0 {
		t.Fatalf("cursor %d (want %d), %v reorgs: %s", got, head, reorgCount(ix), why)
	}
}

func reorgCount(ix *Indexer) float64 {
	var m dto.Metric
	_ = ix.m.reorgs.Write(&m)
	return m.GetCounter().GetValue()
}

// TestRollbackToShorterChain (F9): anvil_rollback drops the last blocks and no new block comes. The
// chain's head is below the cursor, every surviving block is unchanged and no endpoint has head+1:
// a real rollback, undone at once (before, it was taken for a lagging node until the chain grew).
// A node that only reports a lower head (blocks by number still there) and a lagging second RPC
// are not rolled back.
func TestRollbackToShorterChain(t *testing.T) {
	a := startAnvil(t)
	r := mrand.New(mrand.NewPCG(35, 36))
	emitRandom(a, r, 80, 4)
	cfg := testConfig(a)
	cfg.Chain.Finality = config.FinalityLatest
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	head := a.head()
	before := dump(t, pool)

	t.Run("lower head answer is not a rollback", func(t *testing.T) {
		_, lu := rpcfault.NewLag(t, a.url, 4, true)
		ix := newTestIndexer(t, testConfig(a, lu), pool)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := ix.RunUntilSynced(ctx); err != nil {
			t.Fatal(err)
		}
		if got := cursorNumber(t, pool); got != head || reorgCount(ix) != 0 {
			t.Fatalf("cursor %d (want %d), %v reorgs: a lagging head was taken for a rollback", got, head, reorgCount(ix))
		}
	})
	t.Run("lagging second RPC is not a rollback", func(t *testing.T) {
		_, lu := rpcfault.NewLag(t, a.url, 4, false)
		ix := newTestIndexer(t, testConfig(a, lu, a.url), pool)
		heldAt(t, ix, pool, head, 5, "a lagging RPC was taken for a rollback")
		diffDumps(t, dump(t, pool), before)
	})
	t.Run("rollback", func(t *testing.T) {
		a.call(nil, "anvil_rollback", 3)
		ix := newTestIndexer(t, cfg, pool)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := ix.RunUntilSynced(ctx); err != nil {
			t.Fatal(err)
		}
		if err := ix.RunUntilSynced(ctx); err != nil { // the step after the rollback
			t.Fatal(err)
		}
		if got := cursorNumber(t, pool); got != head-3 {
			t.Fatalf("cursor %d after a rollback to %d", got, head-3)
		}
		if reorgCount(ix) < 1 {
			t.Error("reorgs metric not incremented")
		}
		diffDumps(t, dump(t, pool), freshDump(t, cfg))
	})
}

// TestRollbackWithADeadRPC (F13): the chain gets shorter (anvil_rollback 3, no new block) while the
// second RPC gives no answer at all — a black hole (every request hangs), or a port that refuses
// connections. The endpoint that answers lacks the block after its head in both asks, and the silent
// one has no say: covey rolls back to the new head and the database equals a fresh index. Before,
// any failed answer counted as "could not say: lagging" and the dead endpoint vetoed the rollback for
// as long as it was down (the chaos suite saw the dropped blocks' rows kept for 20 s, until a new block).
func TestRollbackWithADeadRPC(t *testing.T) {
	for _, tc := range []struct {
		name string
		dead func(t *testing.T) string
	}{
		{"black hole", func(t *testing.T) string { _, u := rpcfault.NewBlackHole(t); return u }},
		{"connection refused", func(t *testing.T) string {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			u := "http://" + l.Addr().String()
			l.Close()
			return u
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := startAnvil(t)
			emitRandom(a, mrand.New(mrand.NewPCG(61, 62)), 40, 4)
			cfg := testConfig(a)
			cfg.Chain.Finality = config.FinalityLatest
			pool := pgtest.New(t)
			syncIndex(t, cfg, pool)
			head := a.head()
			a.call(nil, "anvil_rollback", 3)
			ix := newTestIndexer(t, testConfig(a, a.url, tc.dead(t)), pool)
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			for i := 0; i < 3 && cursorNumber(t, pool) != head-3; i++ {
				if err := ix.RunUntilSynced(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if got := cursorNumber(t, pool); got != head-3 {
				t.Fatalf("cursor %d after a rollback to %d with a dead second RPC (%v reorgs)", got, head-3, reorgCount(ix))
			}
			diffDumps(t, dump(t, pool), freshDump(t, cfg))
		})
	}
}

// TestReorgAndRollbackWithADeadRPC (O9; chaos TestReorgsWithRPCFaults, round 40 of
// CHAOS_SEED=1796660522561849695): while covey is stopped the chain replaces its last 3 blocks
// (anvil_reorg 3), then drops 2 of them (anvil_rollback 2, no new block): the block at the new head
// has another hash than stored, and the chain ends below the cursor. covey restarts with its second
// RPC black-holed. It rolls back to the new head (the database equals a fresh index), and its reorg
// decision waits the whole poll timeout for the black hole at most once: an endpoint that gave no
// answer (silent in a poll, timed out, lost its hedges) is waited for only a grace after the one
// that answers, until it answers again. Before, both polls of the decision waited 3 s for it, which
// on top of the restart's 16 s (start-up check and hedges, all waiting on the black hole) took the
// chaos round past its 20 s.
func TestReorgAndRollbackWithADeadRPC(t *testing.T) {
	a := startAnvil(t)
	r := mrand.New(mrand.NewPCG(63, 64))
	emitRandom(a, r, 40, 4)
	for i := 0; i < 3; i++ {
		a.emit(a.randomEvent(r)) // the blocks the reorg replaces hold events: their hashes change
	}
	cfg := testConfig(a)
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	head := a.head()
	a.call(nil, "anvil_reorg", 3, [][2]any{})
	a.call(nil, "anvil_rollback", 2)

	_, dead := rpcfault.NewBlackHole(t)
	reg := prometheus.NewRegistry()
	ix := newTestIndexer(t, testConfig(a, a.url, dead), pool, WithRegisterer(reg))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for i := 0; i < 3 && cursorNumber(t, pool) != head-2; i++ {
		if err := ix.RunUntilSynced(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if got := cursorNumber(t, pool); got != head-2 || reorgCount(ix) < 1 {
		t.Fatalf("cursor %d after a reorg and a rollback to %d with a dead second RPC (%v reorgs)", got, head-2, reorgCount(ix))
	}
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
	if n, _ := labelled(t, reg, "covey_indexer_rpc_poll_timeouts_total", "rpc1"); n > 1 {
		t.Fatalf("the reorg decision waited the whole poll timeout %v times for the black-holed RPC (want at most once: after that it was known silent)", n)
	}
}
