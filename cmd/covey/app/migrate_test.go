package app

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/internal/pgtest"
)

// TestMigrateWaitsOutTerminatedConnections (RELIABILITY.md F15, the start-up migration): while every
// session of a new, empty database is terminated every 20–50 ms (pg_terminate_backend, as an operator,
// a failover or TestPostgresKilledDuringSettle does), the migration every covey command runs first is
// retried until the killing stops, then completes; one WARN says so. Before, the first terminated
// connection ended the command ("FATAL: terminating connection due to administrator command").
func TestMigrateWaitsOutTerminatedConnections(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	admin, err := pgx.Connect(ctx, pgtest.AdminURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(context.Background())
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "covey_t_" + hex.EncodeToString(b)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = admin.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") })
	u, err := url.Parse(pgtest.AdminURL(t))
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name

	killed, stop := 0, make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(time.Duration(20+i*7%31) * time.Millisecond):
			}
			var n int
			if err := admin.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1`, name).Scan(&n); err == nil {
				killed += n
			}
		}
	}()
	time.AfterFunc(3*time.Second, func() { close(stop) })

	var logs bytes.Buffer
	err = migrate(ctx, slog.New(slog.NewTextHandler(&logs, nil)), u.String())
	<-done
	if err != nil {
		t.Fatalf("migrate while its connections were terminated (%d killed): %v", killed, err)
	}
	if killed == 0 {
		t.Fatal("no connection was terminated: the fault was not injected")
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 {
		t.Fatalf("want one WARN about the lost connection, got %d:\n%s", n, logs.String())
	}
	conn, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var missing int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM unnest(ARRAY['blocks','raw_logs','ev_staked','settlement_epochs']) t
		WHERE to_regclass(t) IS NULL`).Scan(&missing); err != nil || missing != 0 {
		t.Fatalf("the migrated database lacks %d of its tables (%v)", missing, err)
	}
	t.Logf("%d connections terminated during the migration", killed)
}
