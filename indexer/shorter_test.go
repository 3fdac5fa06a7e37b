package indexer

import (
	"github.com/covey-labs/covey/internal/rpcfault"

	"bytes"
	"context"
	"log/slog"
	mrand "math/rand/v2"
	"strings"
	"testing"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/jackc/pgx/v5/pgxpool"
	dto "github.com/prometheus/client_model/go"
)

// TestDeepRollbackThenNewBlocks (F11): the chain is rolled back 60 blocks and grows again by a dozen
// new blocks, still far below the indexed cursor, and (as chaos TestReorgs' round 191 with
// CHAOS_SEED=1795768392431144485 found) the blocks table holds no header between a block below the
// fork and the new head: the indexer must still see that the chain ends below its cursor, roll back
// and index the new blocks. The database equals a fresh index.
func TestDeepRollbackThenNewBlocks(t *testing.T) {
	a, r, cfg, pool := indexedLatest(t, 43, 800, 40, 128)
	head := a.head()
	// Leave no stored header between 20 blocks below the fork and the old head.
	if _, err := pool.Exec(context.Background(), `DELETE FROM blocks WHERE number > $1 AND number <= $2`, int64(head)-80, int64(head)-1); err != nil {
		t.Fatal(err)
	}
	a.call(nil, "anvil_rollback", 60)
	emitRandom(a, r, 60, 12)
	syncTo(t, newTestIndexer(t, cfg, pool), pool, a)
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
}

// TestShorterChainBelowFinalizedIsHeld (F11): every endpoint's chain ends below a block the indexer
// stored as finalized. First a node lagging that far (behind a proxy), catching up: the indexer keeps
// every row and its cursor, warns once for the whole hold (not at every new head) with what to do, and
// sets held_below_finalized until the node reaches the cursor. Then anvil rolled back past its own
// finalized tag, which a real chain never does: held the same way, and once the chain grows past the
// cursor again, the changed blocks are an ordinary reorg and the database equals a fresh index.
func TestShorterChainBelowFinalizedIsHeld(t *testing.T) {
	a, r, cfg, pool := indexedLatest(t, 45, 300, 3, 256)
	head := a.head()
	var final int64
	if err := pool.QueryRow(context.Background(), `SELECT coalesce(max(number), 0) FROM blocks WHERE finality = 'finalized'`).Scan(&final); err != nil {
		t.Fatal(err)
	}
	if final < 10 {
		t.Fatalf("no stored finalized block to fall below (head %d)", head)
	}
	before := dump(t, pool)
	below := int64(head) - final + 5 // a head 5 blocks below the highest stored finalized block
	held := func(t *testing.T, ix *Indexer, logs *bytes.Buffer, runs int) {
		t.Helper()
		heldAt(t, ix, pool, head, runs, "a chain ending below a finalized block was rolled back")
		diffDumps(t, dump(t, pool), before)
		if n := strings.Count(logs.String(), "re-index into an empty database"); n != 1 {
			t.Fatalf("want one warning naming the re-index for the hold, got %d:\n%s", n, logs.String())
		}
		if v := gaugeValue(ix.m.heldBelowFinalized); v != 1 {
			t.Fatalf("held_below_finalized = %v while held", v)
		}
	}

	t.Run("lagging node", func(t *testing.T) {
		lp, lu := rpcfault.NewLag(t, a.url, below, false)
		var logs bytes.Buffer
		ix := newTestIndexer(t, testConfig(a, lu), pool, WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
		held(t, ix, &logs, 2)
		lp.Blocks.Store(below - 2) // catching up: a new head, still below
		held(t, ix, &logs, 1)
		lp.Blocks.Store(0)
		heldAt(t, ix, pool, head, 1, "a lagging node that caught up caused a rollback")
		if v := gaugeValue(ix.m.heldBelowFinalized); v != 0 {
			t.Fatalf("held_below_finalized = %v after the node caught up", v)
		}
		diffDumps(t, dump(t, pool), before)
	})

	t.Run("devnet rolled back past finality", func(t *testing.T) {
		a.call(nil, "anvil_rollback", int(below))
		var logs bytes.Buffer
		ix := newTestIndexer(t, cfg, pool, WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
		held(t, ix, &logs, 2)
		// The chain grows past the cursor on its new blocks: an ordinary reorg.
		emitRandom(a, r, 3*int(below+5), 3)
		for a.head() <= head {
			emitRandom(a, r, 3, 1)
		}
		syncTo(t, ix, pool, a)
		if v := gaugeValue(ix.m.heldBelowFinalized); v != 0 {
			t.Fatalf("held_below_finalized = %v after the chain passed the cursor", v)
		}
		diffDumps(t, dump(t, pool), freshDump(t, cfg))
	})
}

// indexedLatest is an anvil chain with events (seeded; n logs, up to per a block) indexed to its head
// in latest mode with reorg_bound bound; r draws the chain's further events.
func indexedLatest(t *testing.T, seed uint64, n, per int, bound uint64) (*testChain, *mrand.Rand, config.Config, *pgxpool.Pool) {
	t.Helper()
	a := startAnvil(t)
	r := mrand.New(mrand.NewPCG(seed, seed+1))
	emitRandom(a, r, n, per)
	cfg := testConfig(a)
	cfg.Chain.Finality = config.FinalityLatest
	cfg.Chain.ReorgBound = bound
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	return a, r, cfg, pool
}

func gaugeValue(g interface{ Write(*dto.Metric) error }) float64 {
	var m dto.Metric
	_ = g.Write(&m)
	return m.GetGauge().GetValue()
}
