package graphql

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

type blockR struct {
	number         int64
	hash, finality string
	time           int64
}

// Number of the block.
func (r *blockR) Number() int32 { return int32(r.number) }

// Hash of the block.
func (r *blockR) Hash() Bytes32 { return hashOf(r.hash) }

// Time is the block's chain time.
func (r *blockR) Time() Timestamp { return Timestamp{r.time} }

// TimeISO is Time in RFC 3339 (UTC).
func (r *blockR) TimeISO() string { return isoOf(r.time) }

// Finality as stored by the indexer.
func (r *blockR) Finality() string { return strings.ToUpper(r.finality) }

type statusR struct {
	chainID                        int64
	head, safe, finalized, indexed *blockR
	// chainHead is the head the indexer last saw (chain_heads), seenAt when and silent how long ago by
	// the database's clock; nil before an indexer polled.
	chainHead             *blockR
	seenAt                *time.Time
	silent                int64
	lastSettled, accepted *int64
	now                   time.Time
	replication           *replicationR
}

// Replication is the replica's lag when the API reads one (null on the primary).
func (r *statusR) Replication() *replicationR { return r.replication }

// ChainID served.
func (r *statusR) ChainID() int32 { return int32(r.chainID) }

// Head is the highest stored block.
func (r *statusR) Head() *blockR { return r.head }

// Safe is the highest safe (or finalized) block.
func (r *statusR) Safe() *blockR { return r.safe }

// Finalized is the highest finalized block.
func (r *statusR) Finalized() *blockR { return r.finalized }

// Indexed is the indexer's cursor.
func (r *statusR) Indexed() *blockR { return r.indexed }

// ChainHead is the chain's latest block as the indexer last saw it.
func (r *statusR) ChainHead() *blockR { return r.chainHead }

// IndexerSeenAt is when the indexer last read the chain's head.
func (r *statusR) IndexerSeenAt() *Timestamp {
	if r.seenAt == nil {
		return nil
	}
	return &Timestamp{r.seenAt.Unix()}
}

// IndexerSilentSeconds is how long ago that was, by the database's clock.
func (r *statusR) IndexerSilentSeconds() *int32 {
	if r.seenAt == nil {
		return nil
	}
	n := int32(min(max(r.silent, 0), 1<<31-1))
	return &n
}

// lagFrom is the block lagBlocks and lagSeconds measure from: the chain head the indexer saw, else
// (no indexer polled since chain_heads exists) the highest stored block.
func (r *statusR) lagFrom() *blockR {
	if r.chainHead != nil {
		return r.chainHead
	}
	return r.head
}

// LagBlocks is lagFrom - indexed, in blocks.
func (r *statusR) LagBlocks() int32 {
	from := r.lagFrom()
	if from == nil || r.indexed == nil || from.number < r.indexed.number {
		return 0
	}
	return int32(min(from.number-r.indexed.number, 1<<31-1))
}

// LagSeconds is lagFrom's block time minus the indexed block's: chain time against chain time, so a
// devnet's warped clock (or a host's) does not enter it.
func (r *statusR) LagSeconds() int32 {
	from := r.lagFrom()
	if from == nil || r.indexed == nil || r.indexed.time == 0 || from.time < r.indexed.time {
		return 0
	}
	return int32(min(from.time-r.indexed.time, 1<<31-1))
}

// LastSettledEpoch is the highest settled epoch.
func (r *statusR) LastSettledEpoch() *int32 { return i32p(r.lastSettled) }

// AcceptedEpoch is the epoch of the latest root accepted on-chain.
func (r *statusR) AcceptedEpoch() *int32 { return i32p(r.accepted) }

// Now is the server's wall clock.
func (r *statusR) Now() Timestamp { return Timestamp{r.now.Unix()} }

func (s *Server) status(ctx context.Context) (*statusR, error) {
	st := &statusR{chainID: s.opts.ChainID, now: s.now()}
	if s.replica != nil {
		if m := s.replica.lag.Load(); m != nil && m.err == nil {
			st.replication = m
		}
	}
	one := func(where string) (*blockR, error) {
		b := &blockR{}
		err := s.queryRow(ctx, `SELECT number, hash, time, finality FROM blocks WHERE chain_id = $1 AND `+where+
			` ORDER BY number DESC LIMIT 1`, s.opts.ChainID).Scan(&b.number, &b.hash, &b.time, &b.finality)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, nil
		}
		return b, err
	}
	var err error
	if st.head, err = one("TRUE"); err != nil {
		return nil, s.internal(ctx, "status head", err)
	}
	if st.safe, err = one("finality IN ('safe', 'finalized')"); err != nil {
		return nil, s.internal(ctx, "status safe", err)
	}
	if st.finalized, err = one("finality = 'finalized'"); err != nil {
		return nil, s.internal(ctx, "status finalized", err)
	}
	if err := s.chainHead(ctx, st); err != nil {
		return nil, err
	}
	b := &blockR{}
	err = s.queryRow(ctx, `SELECT c.block_number, c.block_hash, coalesce(b.time, 0), coalesce(b.finality, 'unsafe')
		FROM cursors c LEFT JOIN blocks b ON b.chain_id = c.chain_id AND b.number = c.block_number
		WHERE c.chain_id = $1 ORDER BY c.block_number DESC LIMIT 1`, s.opts.ChainID).Scan(&b.number, &b.hash, &b.time, &b.finality)
	switch {
	case err == nil:
		st.indexed = b
	case !errors.Is(err, pgx.ErrNoRows):
		return nil, s.internal(ctx, "status cursor", err)
	}
	if err := s.queryRow(ctx, `SELECT (SELECT max(epoch) FROM settlement_epochs WHERE chain_id = $1),
		(SELECT CASE WHEN epoch <= 9223372036854775807 THEN epoch::bigint END FROM ev_root_accepted WHERE chain_id = $1 ORDER BY block_number DESC, log_index DESC LIMIT 1)`,
		s.opts.ChainID).Scan(&st.lastSettled, &st.accepted); err != nil {
		return nil, s.internal(ctx, "status epochs", err)
	}
	return st, nil
}

// chainHead reads the head the indexer last saw into st (nothing before an indexer polled): its finality
// is that of the safe and finalized heads seen with it.
func (s *Server) chainHead(ctx context.Context, st *statusR) error {
	b := &blockR{}
	var seenAt time.Time
	err := s.queryRow(ctx, `SELECT number, hash, time,
			CASE WHEN number <= finalized THEN 'finalized' WHEN number <= safe THEN 'safe' ELSE 'unsafe' END,
			seen_at, floor(extract(epoch FROM now() - seen_at))::bigint
		FROM chain_heads WHERE chain_id = $1`, s.opts.ChainID).Scan(&b.number, &b.hash, &b.time, &b.finality, &seenAt, &st.silent)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil
	case err != nil:
		return s.internal(ctx, "status chain head", err)
	}
	st.chainHead, st.seenAt = b, &seenAt
	return nil
}
