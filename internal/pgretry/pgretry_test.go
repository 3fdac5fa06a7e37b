package pgretry

import (
	"bytes"
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// TestConnectionLost: the server ending the session (57P01–57P03, class 08), a dropped socket or
// database/sql's bad connection, wrapped or not, are lost connections; an error of the statement
// (a missing table, a unique violation, a plain error) is not, and nothing is once ctx has ended.
func TestConnectionLost(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{&pgconn.PgError{Code: "57P01"}, true},
		{fmt.Errorf("reading event tables: %w", &pgconn.PgError{Code: "57P03"}), true},
		{&pgconn.PgError{Code: "08006"}, true},
		{fmt.Errorf("x: %w", io.ErrUnexpectedEOF), true},
		{fmt.Errorf("check: %w", driver.ErrBadConn), true},
		{&pgconn.PgError{Code: "42P01"}, false},
		{&pgconn.PgError{Code: "23505"}, false},
		{errors.New("event tables do not match the contract ABIs"), false},
		{nil, false},
	} {
		if got := ConnectionLost(ctx, tc.err); got != tc.want {
			t.Errorf("ConnectionLost(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	if ConnectionLost(done, &pgconn.PgError{Code: "57P01"}) {
		t.Error("a lost connection after ctx ended is ctx's error, not to be retried")
	}
}

// TestUntil: lost connections are retried (one WARN for the lot), another error ends at once, and a
// context that ends stops the waiting.
func TestUntil(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	calls := 0
	err := Until(context.Background(), log, "step", func(context.Context) error {
		calls++
		if calls < 4 {
			return &pgconn.PgError{Code: "57P01"}
		}
		return nil
	})
	if err != nil || calls != 4 || strings.Count(logs.String(), "level=WARN") != 1 {
		t.Fatalf("after 3 lost connections: err %v, %d calls, log:\n%s", err, calls, logs.String())
	}
	calls = 0
	mismatch := errors.New("schema mismatch")
	if err := Until(context.Background(), log, "step", func(context.Context) error { calls++; return mismatch }); !errors.Is(err, mismatch) || calls != 1 {
		t.Fatalf("another error: %v after %d calls, want it at once", err, calls)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if err := Until(ctx, log, "step", func(context.Context) error { return &pgconn.PgError{Code: "57P03"} }); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a database that never comes back: %v, want the context's deadline", err)
	}
}
