package indexer

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// onMismatch runs when a fetched range does not link to the stored cursor block. It is a reorg only if
// the node, asked twice (the second time usually another endpoint), agrees on a different hash for the
// cursor block; a node without the block is lagging, and a matching hash means the range was stale.
func (ix *Indexer) onMismatch(ctx context.Context, cur cursor, hd heads) error {
	confirmed, err := ix.confirmChanged(ctx, cur.number, cur.hash)
	if err != nil || !confirmed {
		return err
	}
	return ix.reorg(ctx, cur)
}

// confirmChanged reports whether block n's canonical hash is really different from stored, asking twice.
func (ix *Indexer) confirmChanged(ctx context.Context, n uint64, stored common.Hash) (bool, error) {
	h1, err := ix.rpc.headerByNumber(ctx, n)
	if err != nil {
		return false, err
	}
	if h1 == nil {
		return false, fmt.Errorf("block %d: %w", n, errLagging)
	}
	if h1.Hash == stored {
		return false, fmt.Errorf("block %d unchanged: %w", n, errChainMoved)
	}
	if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
		return false, err
	}
	h2, err := ix.rpc.headerByNumber(ctx, n)
	if err != nil {
		return false, err
	}
	if h2 == nil {
		return false, fmt.Errorf("block %d: %w", n, errLagging)
	}
	if h2.Hash != h1.Hash {
		return false, fmt.Errorf("block %d: endpoints disagree: %w", n, errChainMoved)
	}
	return h2.Hash != stored, nil
}

// verifyTip runs when the cursor is at or past the target (caught up, or a node reporting a lower head):
// the highest stored block the node should have must still be canonical. A node whose head went
// backwards is lagging unless it shows a different hash for a block we stored.
func (ix *Indexer) verifyTip(ctx context.Context, cur cursor, hd heads) (rolledBack bool, err error) {
	var n int64
	var h string
	err = ix.pool.QueryRow(ctx, `SELECT number, hash FROM blocks WHERE chain_id = $1 AND number <= $2 ORDER BY number DESC LIMIT 1`,
		ix.cfg.Chain.ID, int64(min(cur.number, hd.latest))).Scan(&n, &h)
	if err != nil {
		return false, nil // nothing stored at or below the node's head: nothing to compare
	}
	got, err := ix.rpc.headerByNumber(ctx, uint64(n))
	if err != nil {
		return false, err
	}
	if got == nil || got.Hash == common.HexToHash(h) {
		return false, nil
	}
	confirmed, err := ix.confirmChanged(ctx, uint64(n), common.HexToHash(h))
	if err != nil || !confirmed {
		return false, err
	}
	return true, ix.reorg(ctx, cur)
}

// reorg finds the common ancestor (the highest stored block within reorg_bound whose hash the chain
// still has), then deletes everything above it, recomputes derived state and moves the cursor back, in
// one transaction. Deeper than reorg_bound: a ReorgTooDeepError and no change.
func (ix *Indexer) reorg(ctx context.Context, cur cursor) error {
	bound := ix.cfg.Chain.ReorgBound
	lo := int64(cur.number) - int64(bound)
	rows, err := ix.pool.Query(ctx, `SELECT number, hash FROM blocks WHERE chain_id = $1 AND number <= $2 AND number >= $3 ORDER BY number DESC`,
		ix.cfg.Chain.ID, int64(cur.number), lo)
	if err != nil {
		return fmt.Errorf("reading stored blocks: %w", err)
	}
	type stored struct {
		n uint64
		h common.Hash
	}
	var st []stored
	for rows.Next() {
		var n int64
		var h string
		if err := rows.Scan(&n, &h); err != nil {
			rows.Close()
			return err
		}
		st = append(st, stored{uint64(n), common.HexToHash(h)})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	nums := make([]uint64, len(st))
	for i, s := range st {
		nums[i] = s.n
	}
	canon, err := ix.rpc.headers(ctx, nums)
	if err != nil {
		return fmt.Errorf("reading canonical headers: %w", err)
	}
	var anc uint64
	var ancHash common.Hash
	found := false
	for _, s := range st {
		if c := canon[s.n]; c != nil && c.Hash == s.h {
			anc, ancHash, found = s.n, s.h, true
			break
		}
	}
	ancOK := true
	if !found {
		// Everything indexed is within the bound: start over from the start block.
		if lo <= int64(ix.start)-1 {
			anc, ancOK = ix.start-1, false // wraps to "before block 0" for start 0; only used as int64
		} else {
			return &ReorgTooDeepError{Indexed: cur.number, Bound: bound}
		}
	}
	tx, err := beginBatch(ctx, ix.pool, ix.cfg.Chain.ID, cur)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(context.Background()) }()
	if err := ix.rollbackTo(ctx, tx, anc, ancHash, ancOK); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("committing rollback: %w", err)
	}
	depth := cur.number - anc
	if !ancOK {
		depth = cur.number - ix.start + 1
	}
	ix.m.reorgs.Inc()
	ix.m.reorgDepth.Observe(float64(depth))
	ix.log.Warn("reorg: rolled back", "from_block", cur.number, "to_block", int64(anc), "depth", depth)
	return nil
}
