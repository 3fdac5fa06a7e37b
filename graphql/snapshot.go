package graphql

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgretry"
)

// One request, one snapshot. graphql-go resolves a request's fields concurrently, and each read
// used to take its own pooled connection at its own moment: `status { indexed }` could come from
// block N and `account { stakes }` from N+1, or half an answer from before the indexer's reorg
// rollback committed and half from after (TestSnapshotRequest shows both with the snapshot off).
// Now the first read of a request that goes through graphql-go opens a REPEATABLE READ READ ONLY
// transaction on one connection, and every later read of the request runs in it: Postgres takes
// the snapshot at the transaction's first statement, so the whole answer is the database as of
// one instant. The connection runs one statement at a time: a read holds the snapshot's mutex
// until its rows are closed (the dataloaders keep a request to a handful of statements, and
// graphql-go's parallelism only overlapped their round trips). BEGIN travels in the same
// pipeline as the first read (pgx.Batch), so the snapshot costs one extra round trip per request,
// the ROLLBACK at its end. Measured (BenchmarkLeaderboardQuery and BenchmarkEpochPageQuery, 20k
// accounts, no cache, three alternating runs each way with COVEY_BENCH_NOSNAPSHOT, load average
// 8-11): about 40 µs more Go CPU and 30-40 µs more Postgres CPU per request, 5-8 % of their
// 1.3-1.7 ms; throughput within the runs' noise. A request holds its connection while its
// resolvers run, not only during its statements. A plan whose only read is one statement
// (plan.go's singleStatement: the claim query) is its own snapshot already and does not open one. An exported snapshot
// (pg_export_snapshot, then BEGIN + SET TRANSACTION SNAPSHOT on each further connection) would keep
// the statements parallel but costs at least three statements per extra connection against this
// design's one pipelined BEGIN and one ROLLBACK; it was not built.
//
// O5's retry (retry.go) cannot repeat one statement inside the snapshot: the dead connection took
// the snapshot with it, and a repeat on a new one would read a later state than the reads
// before it. A snapshot that lost its connection fails its remaining reads at once, and execute
// runs the whole request again, once, on a new snapshot (after pgxpool.Pool.Reset, as before).

// snapshot is one request's read transaction, opened by its first read.
type snapshot struct {
	s *Server
	// mu serializes the request's statements on conn: held from a query until its rows close.
	mu   sync.Mutex
	conn *pgxpool.Conn
	// lost is set when a statement failed because the connection was gone; the request is
	// then run again on a new snapshot.
	lost atomic.Bool
	// fail is returned by every read after the snapshot could not be opened or was lost.
	fail error
	// last is set on the request's last attempt (a lost connection is then reported, not retried).
	last bool
	// begun: the transaction is open (conn may be acquired before, by open).
	begun bool
	// bare: statements run without a transaction, each its own snapshot (a plan's
	// one statement, reading a replica: it reads its WAL position itself, claimsSQL).
	bare bool
	// Reading a replica (replica.go): min is the client's watermark, inst the connection's server
	// instance, pos the upper bound of the snapshot's WAL position once begun.
	min  lsn
	inst string
	pos  lsn
	// wm is the WebSocket connection's watermark the request runs for (nil over HTTP): raised to
	// pos.
	wm *watermark
}

// retried tells whether this attempt's answer will be discarded for a new snapshot's.
func (sn *snapshot) retried() bool {
	return sn.lost.Load() && !sn.last
}

type snapshotKey struct{}

// withSnapshot returns ctx carrying a new, not yet opened snapshot for one request.
func (s *Server) withSnapshot(ctx context.Context, last bool) (context.Context, *snapshot) {
	sn := &snapshot{s: s, last: last, min: minLSNOf(ctx), wm: watermarkOf(ctx)}
	return context.WithValue(ctx, snapshotKey{}, sn), sn
}

func snapshotOf(ctx context.Context) *snapshot {
	sn, _ := ctx.Value(snapshotKey{}).(*snapshot)
	return sn
}

// beginSnapshot starts the transaction; sent in one pipeline with the first statement.
const beginSnapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

// query runs sql in the snapshot, opening it first when this is the request's first read. Like
// Server.query it reads the first row before returning; the returned rows hold the snapshot
// until closed.
func (sn *snapshot) query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	sn.mu.Lock()
	if sn.fail != nil {
		sn.mu.Unlock()
		return nil, sn.fail
	}
	var rows pgx.Rows
	var br pgx.BatchResults
	if !sn.begun && sn.conn == nil {
		if err := sn.connect(ctx); err != nil {
			return nil, sn.failed(ctx, err)
		}
	}
	switch {
	case sn.bare && !sn.begun:
		rows, _ = sn.conn.Query(ctx, sql, args...)
	case !sn.begun:
		sn.begun = true
		b := &pgx.Batch{}
		b.Queue(beginSnapshot)
		if sn.s.replica != nil {
			b.Queue(positionSQL) // the first statement: it takes the snapshot, then reads the position
		}
		b.Queue(sql, args...)
		br = sn.conn.SendBatch(ctx, b)
		if _, err := br.Exec(); err != nil {
			_ = br.Close()
			return nil, sn.failed(ctx, err)
		}
		if err := sn.position(br); err != nil {
			_ = br.Close()
			return nil, sn.failed(ctx, err)
		}
		rows, _ = br.Query() // an error shows in rows.Err below
	default:
		rows, _ = sn.conn.Query(ctx, sql, args...)
	}
	if rows.Next() {
		return &snapshotRows{Rows: rows, peeked: true, sn: sn, br: br, sql: sql}, nil
	}
	rows.Close()
	err := rows.Err()
	if br != nil {
		if cerr := br.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return nil, sn.failed(ctx, err)
	}
	sn.afterRead(ctx, sql)
	sn.mu.Unlock()
	return &peekedRows{Rows: rows}, nil
}

// connect acquires the snapshot's connection: reading a replica, once the replica has replayed what
// the client and this process already saw (replica.prepare). Callers hold sn.mu.
func (sn *snapshot) connect(ctx context.Context) error {
	c, err := sn.s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	if r := sn.s.replica; r != nil {
		inst, err := r.prepare(ctx, c, sn.min)
		if err != nil {
			c.Release()
			return err
		}
		sn.inst = inst
	}
	sn.conn = c
	return nil
}

// open connects ahead of the first read, so that a request the replica cannot answer recently
// enough is refused (errReplicaBehind) before it runs.
func (sn *snapshot) open(ctx context.Context) error {
	sn.mu.Lock()
	if sn.fail != nil || sn.conn != nil {
		defer sn.mu.Unlock()
		return sn.fail
	}
	if err := sn.connect(ctx); err != nil {
		return sn.failed(ctx, err)
	}
	sn.mu.Unlock()
	return nil
}

// position reads the snapshot's WAL position, the opening batch's second result, when reading a
// replica, and records it.
func (sn *snapshot) position(br pgx.BatchResults) error {
	if sn.s.replica == nil {
		return nil
	}
	var s *string
	if err := br.QueryRow().Scan(&s); err != nil {
		return err
	}
	if s == nil {
		return nil // a standby that has replayed nothing: it serves nothing newer than anyone saw
	}
	return sn.record(*s)
}

// record notes pos, a WAL position read after the snapshot was taken, as the answer's (X-Covey-Lsn)
// and as served by this process, when reading a replica.
func (sn *snapshot) record(pos string) error {
	r := sn.s.replica
	if r == nil {
		return nil
	}
	p, err := parseLSN(pos)
	if err != nil {
		return err
	}
	sn.pos = max(sn.pos, p)
	r.serve(sn.inst, p)
	if sn.wm != nil {
		sn.wm.raise(p)
	}
	return nil
}

// failed records a read's error (a lost connection fails the rest of the snapshot), releases the
// statement slot and returns err.
func (sn *snapshot) failed(ctx context.Context, err error) error {
	if pgretry.ConnectionLost(ctx, err) {
		sn.lost.Store(true)
		sn.fail = err
	}
	if sn.conn == nil {
		sn.fail = err
	}
	sn.mu.Unlock()
	return err
}

// afterRead runs the test hook (Server.afterRead) with the statement slot still held.
func (sn *snapshot) afterRead(ctx context.Context, sql string) {
	if h := sn.s.afterRead; h != nil {
		h(ctx, sql)
	}
}

// close ends the transaction and returns the connection to the pool (which destroys it when the
// ROLLBACK did not get through). It waits for no statement: the request's resolvers have returned.
func (sn *snapshot) close(ctx context.Context) {
	sn.mu.Lock()
	defer sn.mu.Unlock()
	if sn.conn == nil {
		return
	}
	if !sn.begun {
		sn.conn.Release()
		sn.conn = nil
		if sn.fail == nil {
			sn.fail = errSnapshotClosed
		}
		return
	}
	quiet := sn.lost.Load() || ctx.Err() != nil // a timed-out read already closed the connection
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	if _, err := sn.conn.Exec(ctx, "ROLLBACK"); err != nil {
		if !quiet {
			sn.s.log.WarnContext(ctx, "ending a request snapshot", "err", err)
		}
		_ = sn.conn.Conn().Close(ctx)
	}
	sn.conn.Release()
	sn.conn = nil
	if sn.fail == nil {
		sn.fail = errSnapshotClosed
	}
}

var errSnapshotClosed = errors.New("request snapshot already closed")

// snapshotRows are a snapshot read's rows: the first row read by query, and the snapshot's
// statement slot released on Close.
type snapshotRows struct {
	pgx.Rows
	peeked bool
	sn     *snapshot
	br     pgx.BatchResults
	sql    string
	closed bool
}

// Next returns the row query read first, then the rest.
func (r *snapshotRows) Next() bool {
	if r.peeked {
		r.peeked = false
		return true
	}
	return r.Rows.Next()
}

// Close closes the rows (and the opening batch) and frees the snapshot for the next statement.
func (r *snapshotRows) Close() {
	if r.closed {
		return
	}
	r.closed = true
	r.Rows.Close()
	err := r.Rows.Err()
	if r.br != nil {
		if cerr := r.br.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil && pgretry.ConnectionLost(context.Background(), err) {
		r.sn.lost.Store(true)
		r.sn.fail = err
	}
	r.sn.afterRead(context.Background(), r.sql)
	r.sn.mu.Unlock()
}

// Err is the rows' error, or the opening batch's.
func (r *snapshotRows) Err() error { return r.Rows.Err() }
