package graphql

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/internal/pgretry"
)

// Every API read goes through query or queryRow: when Postgres has closed the pooled connection a
// read was sent on (pg_terminate_backend, a restart, a proxy or failover dropping it), the read is
// sent once more on another connection. The pool only notices a dead connection by using it, so
// without this the first request on each dead connection failed with INTERNAL (RELIABILITY.md O5).
// The API only reads, so repeating a statement cannot change anything; a
// read is repeated only when its first attempt failed before returning any row, and at most once,
// after the pool's connections were dropped (pgxpool.Pool.Reset), so it runs on a new connection.

// query is pool.Query with one retry on a dead connection. It reads the first row (or the end of
// the result) before returning, which is where a dead connection's error shows.
//
// Inside a request's snapshot (snapshot.go) the read runs there instead, and a lost connection
// makes execute run the whole request again rather than this one statement.
func (s *Server) query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	if sn := snapshotOf(ctx); sn != nil {
		return sn.query(ctx, sql, args...)
	}
	rows, err := s.queryOnce(ctx, sql, args...)
	if err != nil && pgretry.ConnectionLost(ctx, err) {
		// Whatever closed this connection (a restart, a failover, an operator) has most likely
		// closed the pool's other idle ones too: drop them all, so the retry opens a new one
		// instead of drawing the next dead connection.
		s.pool.Reset()
		s.metrics.retries.Inc()
		rows, err = s.queryOnce(ctx, sql, args...)
	}
	return rows, err
}

func (s *Server) queryOnce(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	if rows.Next() {
		if s.afterRead != nil {
			s.afterRead(ctx, sql)
		}
		return &peekedRows{Rows: rows, peeked: true}, nil
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if s.afterRead != nil {
		s.afterRead(ctx, sql)
	}
	return &peekedRows{Rows: rows}, nil
}

// peekedRows is a result whose first row was read by query.
type peekedRows struct {
	pgx.Rows
	peeked bool
}

// Next returns the row query read first, then the rest.
func (r *peekedRows) Next() bool {
	if r.peeked {
		r.peeked = false
		return true
	}
	return r.Rows.Next()
}

// queryRow is pool.QueryRow with query's retry.
func (s *Server) queryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	rows, err := s.query(ctx, sql, args...)
	return row{rows, err}
}

// row is pgx's QueryRow semantics over query's rows: ErrNoRows when there is none.
type row struct {
	rows pgx.Rows
	err  error
}

// Scan reads the first row into dest and closes the result.
func (r row) Scan(dest ...any) error {
	if r.err != nil {
		return r.err
	}
	defer r.rows.Close()
	if !r.rows.Next() {
		if err := r.rows.Err(); err != nil {
			return err
		}
		return pgx.ErrNoRows
	}
	if err := r.rows.Scan(dest...); err != nil {
		return err
	}
	r.rows.Close()
	return r.rows.Err()
}
