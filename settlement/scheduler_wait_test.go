package settlement

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/covey-labs/covey/internal/pgtest"
)

// syncBuffer is a log sink the scheduler's cron goroutines write to while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestSchedulerWaitsForTheIndexer: on a database the indexer has not written yet (the first seconds of
// `covey run` on an empty database), a tick is waiting, not failing: TickOnce reports Waiting without an
// error, and Run logs one INFO line for the whole wait and no ERROR. Before, every tick logged ERROR
// "settlement tick" with ErrNoHead. Once the indexer has written a head, the next tick settles.
func TestSchedulerWaitsForTheIndexer(t *testing.T) {
	pool := pgtest.New(t)
	var logs syncBuffer
	sch := &Scheduler{Settler: newSettler(t, pool, ""), Spec: "@every 1s", Locker: PgLocker{Pool: pool},
		Log: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	ctx := context.Background()
	res, err := sch.TickOnce(ctx)
	if err != nil || !res.Waiting || len(res.Settled) != 0 {
		t.Fatalf("a tick before the indexer wrote anything: waiting %v, settled %d, err %v; want waiting, no error", res.Waiting, len(res.Settled), err)
	}
	runCtx, cancel := context.WithTimeout(ctx, 2500*time.Millisecond) // the first tick and two on the cron
	defer cancel()
	if err := sch.Run(runCtx); err != nil {
		t.Fatal(err)
	}
	out := logs.String()
	if strings.Contains(out, "level=ERROR") || strings.Count(out, "waiting for the indexer") != 1 {
		t.Fatalf("want one line saying the scheduler waits for the indexer and no ERROR, got:\n%s", out)
	}

	f := newFixture(t, pool)
	f.epochActivity(0)
	f.head(testGenesis + testL + 61)
	res, err = sch.TickOnce(ctx)
	if err != nil || res.Waiting || len(res.Settled) != 1 {
		t.Fatalf("a tick once the indexer wrote epoch 0: waiting %v, settled %d, err %v", res.Waiting, len(res.Settled), err)
	}
}
