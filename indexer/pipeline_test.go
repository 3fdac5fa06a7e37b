package indexer

import (
	"context"
	"errors"
	mrand "math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/covey-labs/covey/internal/pgtest"
)

// TestBatchesOverlap: during a backfill the next batch's transaction writes its rows while the previous
// batch commits (two Postgres backends busy instead of one), yet batches commit strictly in order; when
// a commit fails, the batch staged behind it does not commit either, and a restart ends in the database
// of an uninterrupted run.
func TestBatchesOverlap(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(41, 42))
	emitRandom(c, r, 1500, 40)
	cfg := testConfig(c)
	cfg.Indexer.InitialRange = 2
	cfg.Indexer.MaxRange = 4
	want := freshDump(t, cfg)

	// An uninterrupted run: record when each batch's transaction began and when each committed.
	var mu sync.Mutex
	var seq []string // "s<to>" staging began, "c<to>" committed
	var order []uint64
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool, WithDeferIndexes(0), withStaging(func(to uint64) {
		mu.Lock()
		defer mu.Unlock()
		seq = append(seq, "s")
		order = append(order, to)
	}), withAfterCommit(func(to uint64) {
		mu.Lock()
		defer mu.Unlock()
		seq = append(seq, "c")
		order = append(order, to)
	}))
	diffDumps(t, dump(t, pool), want)
	overlaps, commits := 0, 0
	var lastCommitted uint64
	open := map[uint64]bool{}
	for i, kind := range seq {
		to := order[i]
		switch kind {
		case "s":
			if len(open) > 0 {
				overlaps++ // began while an earlier batch had not committed yet
			}
			if len(open) > 1 {
				t.Errorf("batch to %d began with %d batches uncommitted; at most one may be", to, len(open))
			}
			open[to] = true
		case "c":
			if to <= lastCommitted {
				t.Errorf("batch to %d committed after batch to %d", to, lastCommitted)
			}
			lastCommitted = to
			delete(open, to)
			commits++
		}
	}
	if commits < 10 || overlaps < commits/4 {
		t.Fatalf("%d commits, %d of them overlapped by the next batch's transaction; want most of many", commits, overlaps)
	}
	t.Logf("%d commits, %d overlapped", commits, overlaps)

	// A failing commit: the batch staged behind it must not commit; the step is retried from the cursor.
	pool2 := pgtest.New(t)
	errInjected := errors.New("injected commit fault")
	var events []string
	n := 0
	syncIndex(t, cfg, pool2, WithDeferIndexes(0), withStaging(func(uint64) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, "s")
	}), withBeforeCommit(func(ctx context.Context, to uint64) error {
		mu.Lock()
		defer mu.Unlock()
		if n++; n == 6 {
			events = append(events, "f")
			return errInjected
		}
		return nil
	}), withAfterCommit(func(uint64) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, "c")
	}))
	f := slices.Index(events, "f")
	if f < 0 || f+1 >= len(events) {
		t.Fatalf("the fault was not injected or nothing followed it: %v", events)
	}
	if events[f+1] != "s" || slices.Index(events[f+1:], "c") < slices.Index(events[f+1:], "s") {
		t.Fatalf("a batch committed after the failed commit before the retry began: %v", events[f:])
	}
	diffDumps(t, dump(t, pool2), want)
}
