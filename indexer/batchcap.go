package indexer

import "sync/atomic"

// batchCap bounds the blocks of one batch transaction after Postgres ended a batch's connection on
// every try: a database that keeps dropping connections (restarts, pg_terminate_backend every few
// hundred ms) still lets a small transaction through where a large one never finishes
// (TestPostgresKilledDuringSettle: the batch after the probe held the rest of the chain and lost its
// connection 60 times in 3 minutes). Such a batch halves the cap from its own size; each committed
// batch doubles it, and past max_range it is lifted. Safe for concurrent use (the planner reads it
// while commits update it).
type batchCap struct {
	blocks atomic.Uint64 // 0: no cap
}

// span is span blocks, cut to the cap.
func (c *batchCap) span(span uint64) uint64 {
	if limit := c.blocks.Load(); limit > 0 {
		return max(1, min(span, limit))
	}
	return span
}

// fits says whether a batch of n blocks is within the cap.
func (c *batchCap) fits(n uint64) bool {
	limit := c.blocks.Load()
	return limit == 0 || n <= limit
}

// lost halves the cap from the size of batch [from, to], which lost its connection on every try.
func (c *batchCap) lost(from, to uint64) {
	half := max(1, (to-from+1)/2)
	for {
		cur := c.blocks.Load()
		next := half
		if cur > 0 {
			next = min(cur, half)
		}
		if c.blocks.CompareAndSwap(cur, next) {
			return
		}
	}
}

// committed doubles the cap after a batch committed, lifting it past maxRange blocks.
func (c *batchCap) committed(maxRange uint64) {
	cur := c.blocks.Load()
	if cur == 0 {
		return
	}
	next := 2 * cur
	if next > maxRange {
		next = 0
	}
	c.blocks.CompareAndSwap(cur, next)
}
