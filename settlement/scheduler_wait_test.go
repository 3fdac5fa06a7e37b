package settlement

import (
	"github.com/covey-labs/covey/internal/syncbuf"

	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/covey-labs/covey/internal/pgtest"
)

// TestSchedulerWaitsForTheIndexer: on a database the indexer has not written yet (the first seconds of
// `covey run` on an empty database), a tick is waiting, not failing: TickOnce reports Waiting without an
// error, and Run logs one INFO line for the whole wait and no ERROR. Before, every tick logged ERROR
// "settlement tick" with ErrNoHead. Once the indexer has written a head, the next tick settles.
func TestSchedulerWaitsForTheIndexer(t *testing.T) {
	pool := pgtest.New(t)
	var logs syncbuf.Buffer
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
