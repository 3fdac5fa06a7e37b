package indexer

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	dto "github.com/prometheus/client_model/go"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

// TestCommitSurvivesALostConnection (RELIABILITY.md, TestPostgresKilledDuringSettle): the server ends
// every indexer connection (pg_terminate_backend) just before a batch's COMMIT. The batch, already
// fetched, is committed again at once on a new connection: the step does not fail, nothing is fetched
// again, and the index equals a fresh one. Before, the whole step failed and waited its backoff, and
// under kills every 100–700 ms no step was short enough to get through.
func TestCommitSurvivesALostConnection(t *testing.T) {
	c := newMemChain(t, 22, 1)
	c.grow(40)
	pool := pgtest.New(t)
	admin := pgtest.New(t) // another database of the same server: its session is not terminated
	var kills atomic.Int32
	kill := withBeforeCommit(func(ctx context.Context, to uint64) error {
		if kills.Add(1) > 2 { // the first two tries of the first batch
			return nil
		}
		var n int
		err := admin.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity
			WHERE datname = $1`, pool.Config().ConnConfig.Database).Scan(&n)
		if err != nil || n == 0 {
			t.Errorf("terminating the indexer's connections: %v (%d ended)", err, n)
		}
		return nil
	})
	var logs bytes.Buffer
	ix := newTestIndexer(t, c.cfg, pool, WithSource(c), kill, WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(logs.String(), "indexing step failed") {
		t.Fatalf("a step failed instead of committing its batch again:\n%s", logs.String())
	}
	var m dto.Metric
	// At least the two killed COMMITs; a batch staging beside them loses its connection too.
	if err := ix.m.commitRetries.Write(&m); err != nil || m.GetCounter().GetValue() < 2 {
		t.Fatalf("commit retries: %v (%v), want 2 or more", m.GetCounter().GetValue(), err)
	}
	diffDumps(t, dump(t, pool), c.fresh(t))
}

// TestBackoffAfterALostConnection: a step that failed because the server ended its connection waits
// 100 ms doubling to 1 s, not the poll interval times the failures (up to max_backoff, 30 s by default):
// the database is back in a moment. Any other failure keeps the long backoff.
func TestBackoffAfterALostConnection(t *testing.T) {
	cfg := config.Defaults()
	cfg.Chain.PollInterval = config.Duration{Duration: 2 * time.Second}
	ix := &Indexer{cfg: cfg, pool: pgtest.New(t)}
	ctx := context.Background()
	lost := &pgconn.PgError{Code: "57P01"}
	if got := ix.backoff(ctx, lost, 1); got != 100*time.Millisecond {
		t.Errorf("first lost connection: wait %s, want 100ms", got)
	}
	if got := ix.backoff(ctx, lost, 20); got != time.Second {
		t.Errorf("20th lost connection in a row: wait %s, want 1s", got)
	}
	if got := ix.backoff(ctx, errors.New("rpc down"), 20); got != 30*time.Second {
		t.Errorf("20th other failure: wait %s, want max_backoff 30s", got)
	}
}

// TestBatchesShrinkWhileConnectionsAreLost: Postgres ends the connection of every batch transaction of
// more than 4 blocks (as kills every few hundred ms end every transaction too long to fit between two),
// however often it is tried. The indexer makes its batches smaller until they commit and reaches the
// head, and the index equals a fresh one. Before, it retried the same large batch forever.
func TestBatchesShrinkWhileConnectionsAreLost(t *testing.T) {
	c := newMemChain(t, 23, 1)
	c.grow(60)
	pool := pgtest.New(t)
	admin := pgtest.New(t)
	var last atomic.Int64 // the last committed block (-1: none); batches commit in order
	last.Store(-1)
	var large atomic.Int32
	kill := withBeforeCommit(func(ctx context.Context, to uint64) error {
		if int64(to)-last.Load() <= 4 {
			return nil
		}
		large.Add(1)
		_, err := admin.Exec(ctx, `SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = $1`,
			pool.Config().ConnConfig.Database)
		return err
	})
	ix := newTestIndexer(t, c.cfg, pool, WithSource(c), kill, withAfterCommit(func(to uint64) { last.Store(int64(to)) }))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatalf("indexing while batches over 4 blocks lose their connection: %v (cursor %d of %d)", err, last.Load(), c.Head().Number)
	}
	if large.Load() == 0 {
		t.Fatal("no batch over 4 blocks was tried: the fault was not injected")
	}
	diffDumps(t, dump(t, pool), c.fresh(t))
	t.Logf("%d large batch transactions ended by the server", large.Load())
}
