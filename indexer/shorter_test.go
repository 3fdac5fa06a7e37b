package indexer

import (
	"context"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

// TestDeepRollbackThenNewBlocks (F11): the chain is rolled back 60 blocks and grows again by a dozen
// new blocks, still far below the indexed cursor, and (as chaos TestReorgs' round 191 with
// CHAOS_SEED=1795768392431144485 found) the blocks table holds no header between a block below the
// fork and the new head: the indexer must still see that the chain ends below its cursor, roll back
// and index the new blocks. The database equals a fresh index.
func TestDeepRollbackThenNewBlocks(t *testing.T) {
	a := startAnvil(t)
	r := mrand.New(mrand.NewPCG(43, 44))
	emitRandom(a, r, 800, 40)
	cfg := testConfig(a)
	cfg.Chain.Finality = config.FinalityLatest
	cfg.Chain.ReorgBound = 128
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	head := a.head()
	// Leave no stored header between 20 blocks below the fork and the old head.
	if _, err := pool.Exec(context.Background(), `DELETE FROM blocks WHERE number > $1 AND number <= $2`, int64(head)-80, int64(head)-1); err != nil {
		t.Fatal(err)
	}
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
