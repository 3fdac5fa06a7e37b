package indexer

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
)

// TestCheckWaitsOutALostConnection (RELIABILITY.md F15): the connection the start-up check reads the
// catalog on was terminated by the server (pg_terminate_backend, as a restart or an operator does).
// Check waits it out on a new connection, logs one WARN, and does not tell the operator to run
// `covey migrate`; before the fix `covey run` exited with "terminating connection due to
// administrator command (SQLSTATE 57P01) (run `covey migrate`)".
func TestCheckWaitsOutALostConnection(t *testing.T) {
	c := newMemChain(t, 15, 1)
	c.grow(3)
	url := pgtest.NewURL(t)
	admin, err := pgxpool.New(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(admin.Close)
	// The fault: the first connection the check is handed (after the pool's own liveness ping, so the
	// pool cannot swap it) has just been terminated by the server.
	pc, err := pgxpool.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	terminated := 0
	pc.PrepareConn = func(ctx context.Context, conn *pgx.Conn) (bool, error) {
		if terminated == 0 {
			var ended bool
			if err := admin.QueryRow(ctx, `SELECT pg_terminate_backend($1, 5000)`, conn.PgConn().PID()).Scan(&ended); err != nil || !ended {
				t.Errorf("terminating the check's connection: %v (ended %v)", err, ended)
			}
		}
		terminated++
		return true, nil
	}
	pool, err := pgxpool.NewWithConfig(context.Background(), pc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	var logs bytes.Buffer
	ix := newTestIndexer(t, c.cfg, pool, WithSource(c), WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := ix.Check(ctx); err != nil {
		t.Fatalf("Check after its connection was terminated: %v", err)
	}
	if terminated < 2 {
		t.Fatalf("the check took %d connections; the fault was not injected", terminated)
	}
	if len(ix.tables) == 0 {
		t.Fatal("Check bound no event table")
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 || !strings.Contains(logs.String(), "database connection lost") {
		t.Fatalf("want one WARN about the lost connection, got %d:\n%s", n, logs.String())
	}
}

// TestCheckRefusesAMismatchedSchema: a real mismatch (an event table missing a column) is not waited
// out: Check fails at once and says to run `covey migrate`.
func TestCheckRefusesAMismatchedSchema(t *testing.T) {
	c := newMemChain(t, 16, 1)
	c.grow(3)
	pool := pgtest.New(t)
	if _, err := pool.Exec(context.Background(), `ALTER TABLE ev_staked DROP COLUMN amount`); err != nil {
		t.Fatal(err)
	}
	ix := newTestIndexer(t, c.cfg, pool, WithSource(c))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := ix.Check(ctx)
	if err == nil || !strings.Contains(err.Error(), "ev_staked") || !strings.Contains(err.Error(), "run `covey migrate`") {
		t.Fatalf("Check on a mismatched schema: %v", err)
	}
	if ctx.Err() != nil {
		t.Fatal("Check waited for its context instead of failing at once")
	}
}
