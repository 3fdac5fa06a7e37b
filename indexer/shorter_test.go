package indexer

import (
	"context"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

// TestDeepRollbackThenNewBlocks: the chain is rolled back 60 blocks and grows again by a dozen new
// blocks, still far below the indexed cursor; a (new) indexer rolls back to the common ancestor and
// indexes the new blocks: the database equals a fresh index. This is the shape of chaos TestReorgs'
// round 191 with CHAOS_SEED=1795768392431144485, which a long-running `covey index` fails (see
// RELIABILITY.md F10); this test, with a fresh indexer, passes: that failure needs the process's state.
func TestDeepRollbackThenNewBlocks(t *testing.T) {
	a := startAnvil(t)
	r := mrand.New(mrand.NewPCG(43, 44))
	emitRandom(a, r, 800, 40)
	cfg := testConfig(a)
	cfg.Chain.Finality = config.FinalityLatest
	cfg.Chain.ReorgBound = 128
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	a.call(nil, "anvil_rollback", 60)
	emitRandom(a, r, 60, 12)
	ix := newTestIndexer(t, cfg, pool)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatal(err)
	}
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
}
