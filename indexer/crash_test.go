package indexer

import (
	"context"
	"errors"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/covey-labs/covey/internal/pgtest"
)

// TestCrashSafety stops the indexer 20 times at random points — a context cancelled after a random
// delay (mid-fetch, mid-COPY, mid-commit) or a database fault injected just before COMMIT — restarting
// each time, and checks the final database equals an uninterrupted run's: every batch is all or nothing.
func TestCrashSafety(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(21, 22))
	emitRandom(c, r, 2500, 30)
	cfg := testConfig(c)
	cfg.Indexer.InitialRange = 2
	cfg.Indexer.MaxRange = 8
	want := freshDump(t, cfg)

	pool := pgtest.New(t)
	errInjected := errors.New("injected database fault")
	faults := 0
	for i := 0; i < 20; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		var opts []testOpt
		d := time.Duration(30+r.IntN(120)) * time.Millisecond
		if i%2 == 0 {
			// The stop comes d after the fault, not d after the start: on a loaded machine a run
			// could otherwise end before its first commit, and no fault be injected at all.
			k := r.IntN(4)
			opts = append(opts, withBeforeCommit(func(ctx context.Context, to uint64) error {
				k--
				if k == -1 {
					faults++
					time.AfterFunc(d, cancel)
					return errInjected // the batch rolls back; the indexer retries in-process
				}
				return nil
			}))
		} else {
			time.AfterFunc(d, cancel)
		}
		ix := newTestIndexer(t, cfg, pool, opts...)
		done := make(chan error, 1)
		go func() { done <- ix.RunUntilSynced(ctx) }()
		select {
		case err := <-done:
			var cur int64
			_ = pool.QueryRow(context.Background(), "SELECT block_number FROM cursors").Scan(&cur)
			t.Logf("run %d ended at cursor %d: %v", i, cur, err)
		case <-time.After(2 * time.Second):
			t.Logf("run %d: still running after 2s, cancelling", i)
		}
		cancel()
		ix.Close()
	}
	if faults == 0 {
		t.Error("no database fault was injected")
	}
	syncIndex(t, cfg, pool)
	diffDumps(t, dump(t, pool), want)
}
