package graphql

import (
	"context"
)

// Per-query finality. Rows carry the finality of their block, but a dApp showing balances, or an
// auditor, wants to ask "only what is at least SAFE (or FINALIZED)" and get a state that is
// exactly the chain's at that head, not the latest state with some rows flagged. minFinality is
// that question, as a bound on the block, the same as the `block` time-travel argument: state
// fields are read as of the highest indexed block of at least that finality (the event replay
// time travel already does, exact by construction), and event lists keep the events at or below
// it. Given with `block`, the lower of the two blocks wins. UNSAFE (every indexed block) is the
// same as leaving it out. The head is read in the request's snapshot (snapshot.go), so it and
// the rows bounded by it are one state of the database.

// finalityHeadSQL reads the highest stored block of each finality and the indexer's cursor.
const finalityHeadSQL = `SELECT (SELECT max(number) FROM blocks WHERE chain_id = $1 AND finality IN ('safe', 'finalized')),
	(SELECT max(number) FROM blocks WHERE chain_id = $1 AND finality = 'finalized'),
	(SELECT max(block_number) FROM cursors WHERE chain_id = $1)`

// finalityHead is the highest indexed block at least as final as fin (SAFE or FINALIZED): never
// above the cursor, and 0 (before any indexed event) when no block is that final yet. ok is false
// for UNSAFE, which bounds nothing.
func (s *Server) finalityHead(ctx context.Context, fin string) (int64, bool, error) {
	if fin != "SAFE" && fin != "FINALIZED" {
		return 0, false, nil
	}
	var safe, finalized, cursor *int64
	if err := s.queryRow(ctx, finalityHeadSQL, s.opts.ChainID).Scan(&safe, &finalized, &cursor); err != nil {
		return 0, false, err
	}
	h := safe
	if fin == "FINALIZED" {
		h = finalized
	}
	if h == nil || cursor == nil {
		return 0, true, nil
	}
	return min(*h, *cursor), true, nil
}

// readBlock is the block state fields are read at: the validated time-travel block, lowered to
// minFinality's head when that is lower; nil for the latest state.
func (s *Server) readBlock(ctx context.Context, block *int32, minFinality *string) (*int64, error) {
	b, err := s.checkBlock(ctx, block)
	if err != nil || minFinality == nil {
		return b, err
	}
	h, ok, err := s.finalityHead(ctx, *minFinality)
	if err != nil {
		return nil, s.internal(ctx, "reading the finality head", err)
	}
	if !ok || b != nil && *b <= h {
		return b, nil
	}
	return &h, nil
}

// finalityFilter keeps a list's events at or below minFinality's head.
func (s *Server) finalityFilter(ctx context.Context, c *cond, col string, minFinality *string) error {
	if minFinality == nil {
		return nil
	}
	h, ok, err := s.finalityHead(ctx, *minFinality)
	if err != nil {
		return s.internal(ctx, "reading the finality head", err)
	}
	if ok {
		c.add(col+" <= ?", h)
	}
	return nil
}
