package graphql

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	gqlerrors "github.com/graph-gophers/graphql-go/errors"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Reading a streaming replica (Options.Primary set: the pool is a hot standby of that primary).
//
// What a client sees stays consistent, by three rules (docs/operating.md, "Read replicas"):
//
//  1. Monotonic reads within one API process. Every answer is read in one snapshot whose WAL
//     position has an upper bound U: the replay position read by the snapshot's first statement
//     (after the snapshot was taken). The process remembers the highest U it served (served). A
//     standby's replay only moves forward while it runs, so the snapshots of one server instance
//     (identified by its postmaster start time and address) only move forward in time; the process
//     keeps, per instance, a floor: a replay position the instance is known to have reached. A
//     request runs on a connection only once its instance's floor is at least served (and the
//     client's watermark, rule 2); otherwise the connection's replay position is polled until it
//     is, for at most ReplicaWait, and the request is refused with REPLICA_BEHIND (HTTP 503,
//     Retry-After) past that. On one replica the floor is served itself and no request pays for
//     the check; it bites after a standby restart, a failover, or a read URL that reaches several
//     replicas.
//  2. Monotonic reads across processes, on request: every answer over HTTP carries X-Covey-Lsn
//     (U); a client that sends it back as X-Covey-Min-Lsn is answered from a snapshot at least that
//     recent, by any process on any replica of the same primary, or refused as in rule 1.
//  3. Notifications are held back until the replica has replayed them: a head or epoch heard from
//     the primary's writers (Redis, or LISTEN on the primary: a standby cannot LISTEN) is published
//     to subscriptions and the cache only after the replica's replay position has reached the
//     primary's WAL position read when the notification arrived (which is past its commit).
//
// The lag (status.replication, /readyz) is sampled every lagInterval: the primary's WAL position
// (the replica's received position when the primary does not answer) against the replica's replay
// position, in bytes, and in seconds as the age of the oldest sampled primary position the replica
// has not replayed yet.

// lsn is a WAL position (pg_lsn) as a number.
type lsn uint64

// parseLSN reads pg_lsn's text form, "16/B374D848".
func parseLSN(s string) (lsn, error) {
	hi, lo, ok := strings.Cut(s, "/")
	if !ok {
		return 0, fmt.Errorf("WAL position %q: want X/Y in hexadecimal", s)
	}
	h, err := strconv.ParseUint(hi, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("WAL position %q: want X/Y in hexadecimal", s)
	}
	l, err := strconv.ParseUint(lo, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("WAL position %q: want X/Y in hexadecimal", s)
	}
	return lsn(h<<32 | l), nil
}

// String is pg_lsn's text form.
func (l lsn) String() string {
	return strings.ToUpper(strconv.FormatUint(uint64(l)>>32, 16)) + "/" + strings.ToUpper(strconv.FormatUint(uint64(l)&0xffffffff, 16))
}

// positionSQL is a server's WAL position as a reader sees it: what a standby has replayed, or a
// primary's (a promoted replica's) current position.
const positionSQL = `SELECT ` + positionExpr

const positionExpr = `(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_insert_lsn() END)::text`

// instanceSQL names the server instance a connection reaches: its start time and address.
const instanceSQL = `SELECT pg_postmaster_start_time()::text || ' ' || coalesce(host(inet_server_addr()), 'socket') || ':' || coalesce(inet_server_port(), 0)`

// lagInterval is how often the replica's lag is sampled.
const lagInterval = 250 * time.Millisecond

// maxLagSamples bounds the primary positions remembered while the replica is behind (at
// lagInterval, 17 minutes); past that the oldest is kept, so the lag in seconds only grows.
const maxLagSamples = 4096

// errReplicaBehind refuses a request the replica cannot answer recently enough in time.
var errReplicaBehind = errors.New("replica behind")

// errReplicaLagging fails Ready past MaxReplicaLag.
var errReplicaLagging = errors.New("replica lagging")

// replica is the Server's state when it reads a streaming replica.
type replica struct {
	s       *Server
	primary *pgxpool.Pool
	// served is the highest snapshot upper bound this process answered from (rule 1).
	served atomic.Uint64
	// released is the highest replay position read when notifications were released to
	// subscriptions (or a message waited for the replica): the replica has replayed it.
	released atomic.Uint64

	mu     sync.Mutex
	floors map[string]lsn // instance -> a replay position it has reached
	// samples are primary positions the replica had not replayed when sampled, oldest first.
	samples []lagSample
	lag     atomic.Pointer[replicationR]
	wg      sync.WaitGroup
	// warned: the replica was found out of recovery (logged once).
	warned atomic.Bool
}

type lagSample struct {
	at  time.Time
	pos lsn
}

func newReplica(s *Server, primary *pgxpool.Pool) *replica {
	return &replica{s: s, primary: primary, floors: map[string]lsn{}}
}

// behindError is REPLICA_BEHIND: the replica had not replayed need within the wait.
type behindError struct{ need, have lsn }

func (e *behindError) Error() string {
	return fmt.Sprintf("the replica has replayed up to %s, not yet %s: try again shortly", e.have, e.need)
}

func (e *behindError) Is(target error) bool { return target == errReplicaBehind }

// instance names conn's server instance, asked once per connection.
func (r *replica) instance(ctx context.Context, conn *pgxpool.Conn) (string, error) {
	data := conn.Conn().PgConn().CustomData()
	if v, ok := data["covey.instance"].(string); ok {
		return v, nil
	}
	var id string
	if err := conn.QueryRow(ctx, instanceSQL).Scan(&id); err != nil {
		return "", fmt.Errorf("naming the replica instance: %w", err)
	}
	data["covey.instance"] = id
	return id, nil
}

// raise records that instance has reached pos.
func (r *replica) raise(instance string, pos lsn) {
	r.mu.Lock()
	if pos > r.floors[instance] {
		r.floors[instance] = pos
	}
	r.mu.Unlock()
}

func (r *replica) floor(instance string) lsn {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.floors[instance]
}

// served records that an answer was read from a snapshot at or before pos.
func (r *replica) serve(instance string, pos lsn) {
	r.raise(instance, pos)
	raiseTo(&r.served, pos)
}

// prepare makes sure snapshots taken on conn from now on are at least as recent as everything this
// process served and as min (a client's watermark): at once when its instance is known to be there,
// else by polling its replay position for up to ReplicaWait. It returns the connection's instance.
func (r *replica) prepare(ctx context.Context, conn *pgxpool.Conn, min lsn) (string, error) {
	inst, err := r.instance(ctx, conn)
	if err != nil {
		return "", err
	}
	need := max(lsn(r.served.Load()), min)
	if r.floor(inst) >= need {
		return inst, nil
	}
	deadline := time.Now().Add(r.s.opts.ReplicaWait)
	for {
		pos, err := position(ctx, conn)
		if err != nil {
			return "", err
		}
		r.raise(inst, pos)
		if pos >= need {
			return inst, nil
		}
		if time.Now().After(deadline) {
			r.s.metrics.replicaBehind.Inc()
			return "", &behindError{need: need, have: pos}
		}
		t := time.NewTimer(10 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return "", ctx.Err()
		case <-t.C:
		}
	}
}

// position is conn's WAL position (positionSQL).
func position(ctx context.Context, conn *pgxpool.Conn) (lsn, error) {
	var s *string
	if err := conn.QueryRow(ctx, positionSQL).Scan(&s); err != nil {
		return 0, fmt.Errorf("reading the replica's position: %w", err)
	}
	if s == nil {
		return 0, errors.New("reading the replica's position: none (a standby that has replayed nothing yet)")
	}
	return parseLSN(*s)
}

// The consistency headers (rule 2): every answer read from a replica names its snapshot's WAL
// position, and a request may ask for a snapshot at least that recent.
const (
	lsnHeader    = "X-Covey-Lsn"
	minLSNHeader = "X-Covey-Min-Lsn"
)

type minLSNKey struct{}

// withMinLSN carries a request's X-Covey-Min-Lsn (v, possibly empty) to its snapshot; a value
// that is not a WAL position is the client's error.
func (s *Server) withMinLSN(ctx context.Context, v string) (context.Context, *gqlerrors.QueryError) {
	if v == "" {
		return ctx, nil
	}
	p, err := parseLSN(strings.TrimSpace(v))
	if err != nil {
		return ctx, requestError(CodeBadUserInput, "", minLSNHeader+": "+err.Error()+" (send back an X-Covey-Lsn answer header)")
	}
	return context.WithValue(ctx, minLSNKey{}, p), nil
}

// minLSNOf is the position a request's snapshot must reach: the client's X-Covey-Min-Lsn, or its
// WebSocket connection's watermark (wswatermark.go).
func minLSNOf(ctx context.Context) lsn {
	p, _ := ctx.Value(minLSNKey{}).(lsn)
	if w := watermarkOf(ctx); w != nil {
		p = max(p, w.get())
	}
	return p
}

// replicaBehindError is the answer to a request refused by prepare.
func replicaBehindError(err error) *gqlerrors.QueryError {
	msg := "the replica has not yet replayed what was already seen: try again shortly"
	var b *behindError
	if errors.As(err, &b) {
		msg = b.Error()
	}
	return requestError(CodeReplicaBehind, "", msg)
}
