package graphql

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/covey-labs/covey/internal/notify"
)

// start samples the replica's lag and relays notifications once replayed, until ctx ends (Close
// waits for both).
func (r *replica) start(ctx context.Context) {
	r.wg.Go(func() { r.watch(ctx) })
	r.wg.Go(func() { r.relay(ctx) })
}

// watch samples the lag every lagInterval.
func (r *replica) watch(ctx context.Context) {
	t := time.NewTicker(lagInterval)
	defer t.Stop()
	for {
		r.sample(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// replicationR is one lag sample: Status.replication.
type replicationR struct {
	at                 time.Time
	replay, target     lsn
	primaryReachable   bool
	paused, inRecovery bool
	lastCommit         *time.Time
	lagBytes           uint64
	lagSeconds         float64
	err                error // the replica did not answer
}

// ReplayLsn is the replica's replay position.
func (r *replicationR) ReplayLsn() string { return r.replay.String() }

// PrimaryLsn is the position the lag is measured against.
func (r *replicationR) PrimaryLsn() string { return r.target.String() }

// PrimaryReachable says whether PrimaryLsn is the primary's.
func (r *replicationR) PrimaryReachable() bool { return r.primaryReachable }

// LagBytes is PrimaryLsn - ReplayLsn.
func (r *replicationR) LagBytes() BigInt { return bigOf(strconv.FormatUint(r.lagBytes, 10)) }

// LagSeconds is the age of the oldest primary position the replica has not replayed.
func (r *replicationR) LagSeconds() float64 { return r.lagSeconds }

// Paused says whether replay is paused (pg_wal_replay_pause).
func (r *replicationR) Paused() bool { return r.paused }

// InRecovery is false once the replica was promoted.
func (r *replicationR) InRecovery() bool { return r.inRecovery }

// LastReplayedCommit is pg_last_xact_replay_timestamp().
func (r *replicationR) LastReplayedCommit() *Timestamp {
	if r.lastCommit == nil {
		return nil
	}
	return &Timestamp{r.lastCommit.Unix()}
}

// SampledAt is when this sample was taken.
func (r *replicationR) SampledAt() Timestamp { return Timestamp{r.at.Unix()} }

// replicaSQL reads the replica's side of a sample.
const replicaSQL = `SELECT pg_is_in_recovery(), ` + positionExpr + `,
	pg_last_wal_receive_lsn()::text, pg_last_xact_replay_timestamp(),
	CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END`

// sample measures the lag once: the primary's position first, then the replica's, so a replica
// that keeps up shows none.
func (r *replica) sample(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	m := &replicationR{at: time.Now()}
	var primary lsn
	var perr error
	if primary, perr = r.primaryPosition(ctx); perr == nil {
		m.primaryReachable = true
	}
	var replay, receive *string
	if err := r.s.pool.QueryRow(ctx, replicaSQL).Scan(&m.inRecovery, &replay, &receive, &m.lastCommit, &m.paused); err != nil {
		m.err = fmt.Errorf("reading the replica's replay position: %w", err)
	} else if replay == nil {
		m.err = errors.New("the replica has replayed nothing yet")
	} else if m.replay, m.err = parseLSN(*replay); m.err == nil {
		m.target = m.replay
		switch {
		case m.primaryReachable:
			m.target = max(primary, m.replay)
		case receive != nil:
			if rcv, err := parseLSN(*receive); err == nil {
				m.target = max(rcv, m.replay)
			}
		}
	}
	if ctx.Err() != nil && errors.Is(m.err, context.Canceled) {
		return
	}
	if m.err == nil && !m.inRecovery && r.warned.CompareAndSwap(false, true) {
		r.s.log.WarnContext(ctx, "the database the API reads is not in recovery: a promoted replica, or database.read_url names a primary")
	}
	r.measure(m)
	r.lag.Store(m)
}

// measure sets m's lag from the samples kept while the replica is behind.
func (r *replica) measure(m *replicationR) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if m.err != nil {
		return
	}
	for len(r.samples) > 0 && r.samples[0].pos <= m.replay {
		r.samples = r.samples[1:]
	}
	if m.target > m.replay && len(r.samples) < maxLagSamples && (len(r.samples) == 0 || r.samples[len(r.samples)-1].pos < m.target) {
		r.samples = append(r.samples, lagSample{at: m.at, pos: m.target})
	}
	m.lagBytes = uint64(m.target - m.replay)
	if len(r.samples) > 0 {
		m.lagSeconds = m.at.Sub(r.samples[0].at).Seconds()
	}
	r.s.metrics.replicaLag.Set(m.lagSeconds)
}

// primaryPosition is the primary's WAL position now.
func (r *replica) primaryPosition(ctx context.Context) (lsn, error) {
	var s string
	if err := r.primary.QueryRow(ctx, positionSQL).Scan(&s); err != nil {
		return 0, fmt.Errorf("reading the primary's position: %w", err)
	}
	return parseLSN(s)
}

// lagError is why Ready fails on the replica's lag, or nil.
func (r *replica) lagError() error {
	maxLag := r.s.opts.MaxReplicaLag
	m := r.lag.Load()
	switch {
	case m == nil:
		return fmt.Errorf("%w: not measured yet", errReplicaLagging)
	case m.err != nil:
		return fmt.Errorf("%w: %w", errDatabaseUnreachable, m.err)
	case maxLag > 0 && m.lagSeconds > maxLag.Seconds():
		return fmt.Errorf("%w: %.1f s behind the primary (%d bytes), more than %s", errReplicaLagging, m.lagSeconds, m.lagBytes, maxLag)
	case time.Since(m.at) > 10*lagInterval+2*time.Second:
		return fmt.Errorf("%w: the last sample is from %s", errReplicaLagging, m.at.UTC().Format(time.RFC3339))
	}
	return nil
}

// heldNotice is a notification waiting for the replica to replay pos.
type heldNotice struct {
	t       notify.Topic
	payload []byte
	pos     lsn
}

// maxHeld bounds the notifications held while the replica is behind; past it the oldest go (a
// subscriber only needs the latest head, and re-reads the database).
const maxHeld = 256

// relay moves notifications from the inbox to the broker once the replica has replayed them.
func (r *replica) relay(ctx context.Context) {
	chain := r.s.opts.ChainID
	heads := r.s.inbox.Subscribe(ctx, notify.Head, chain)
	epochs := r.s.inbox.Subscribe(ctx, notify.Epoch, chain)
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	var held []heldNotice
	for {
		var poll <-chan time.Time // the replica's position is polled only while something is held
		if len(held) > 0 {
			poll = t.C
		}
		select {
		case <-ctx.Done():
			return
		case p, ok := <-heads:
			if !ok {
				return
			}
			held = r.hold(ctx, held, notify.Head, p)
		case p, ok := <-epochs:
			if !ok {
				return
			}
			held = r.hold(ctx, held, notify.Epoch, p)
		case <-poll:
		}
		if len(held) > 0 {
			held = r.release(ctx, held)
		}
	}
}

// hold queues a notification behind the primary's position now (past its commit: it was heard
// after the commit). When the primary does not answer, the last sampled position stands in.
func (r *replica) hold(ctx context.Context, held []heldNotice, t notify.Topic, payload []byte) []heldNotice {
	pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	pos, err := r.primaryPosition(pctx)
	if err != nil {
		if m := r.lag.Load(); m != nil {
			pos = m.target
		}
		r.s.log.WarnContext(ctx, "holding a notification behind the last sampled primary position", "err", err)
	}
	if len(held) >= maxHeld {
		held = held[1:]
	}
	return append(held, heldNotice{t: t, payload: payload, pos: pos})
}

// release publishes, in order, the held notifications the replica has replayed.
func (r *replica) release(ctx context.Context, held []heldNotice) []heldNotice {
	pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	var s *string
	if err := r.s.pool.QueryRow(pctx, positionSQL).Scan(&s); err != nil || s == nil {
		return held
	}
	replay, err := parseLSN(*s)
	if err != nil {
		return held
	}
	raiseTo(&r.released, replay)
	n := 0
	for n < len(held) && held[n].pos <= replay {
		_ = r.s.broker.Publish(ctx, held[n].t, r.s.opts.ChainID, held[n].payload)
		n++
	}
	return held[n:]
}
