// Package pgretry tells a lost Postgres connection from an error of the statement itself, and waits
// out the first kind. A restart, a failover, pg_terminate_backend or a proxy dropping the session make
// the next statement on that connection fail; another connection a moment later may well succeed. The
// indexer, the settlement scheduler and the API share this one classification (they never import each
// other).
package pgretry

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"log/slog"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// ConnectionLost tells whether err means the statement's connection was gone or shut down by the server
// (so another connection may well succeed), as opposed to an error of the statement itself or the
// caller's own deadline (ctx ended: false).
func ConnectionLost(ctx context.Context, err error) bool {
	if err == nil || ctx.Err() != nil {
		return false
	}
	if pgconn.SafeToRetry(err) {
		return true
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		// Class 08: connection exception; 57P01–57P03: the server shut the session down or does not
		// take connections yet (pg_terminate_backend, shutdown, crash recovery, restart).
		return strings.HasPrefix(pgErr.Code, "08") || pgErr.Code == "57P01" || pgErr.Code == "57P02" || pgErr.Code == "57P03"
	}
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) || errors.Is(err, driver.ErrBadConn) ||
		strings.Contains(err.Error(), "conn closed")
}

// Backoff bounds Until's waits: the first is FirstWait, each next one twice as long, none over MaxWait.
// The cap is short because a lost connection is usually back within a second or two (a restart, a
// terminated session), and a longer wait would only leave covey idle while its database is up.
const (
	FirstWait = 100 * time.Millisecond
	MaxWait   = time.Second
)

// Wait is how long to wait before the next try after attempt tries in a row lost their connection:
// FirstWait, doubling, at most MaxWait.
func Wait(attempt int) time.Duration {
	w := FirstWait
	for i := 1; i < attempt && w < MaxWait; i++ {
		w *= 2
	}
	return min(w, MaxWait)
}

// Until runs step until it succeeds, fails with an error that is not ConnectionLost, or ctx ends (then
// ctx's error). what names the step in the log: one WARN when its connection is first lost, one INFO
// when it succeeds after that, so a long outage does not flood the log.
func Until(ctx context.Context, log *slog.Logger, what string, step func(context.Context) error) error {
	for attempt := 1; ; attempt++ {
		err := step(ctx)
		if err == nil {
			if attempt > 1 {
				log.Info(what+": done after losing the database connection", "attempts", attempt)
			}
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !ConnectionLost(ctx, err) {
			return err
		}
		if attempt == 1 {
			log.Warn(what+": database connection lost, retrying until it is back", "err", err)
		}
		t := time.NewTimer(Wait(attempt))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}
