package indexer

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/internal/ctxtime"
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

// confirmChanged reports whether block n's canonical hash is really different from stored. Every
// endpoint is asked (one endpoint: twice). Endpoints on different forks: see chainrpc.Poll.Judge (the
// stored chain wins unless the other is longer); the losers are quarantined, so the next steps use the
// others and make progress.
func (ix *Indexer) confirmChanged(ctx context.Context, n uint64, stored common.Hash) (bool, error) {
	var first *common.Hash
	for round := 0; round < 2; round++ {
		r, err := ix.src.Poll(ctx, n)
		if err != nil {
			return false, err
		}
		switch r.Judge(stored) {
		case chainrpc.KeepStored:
			return false, fmt.Errorf("block %d: endpoints disagree (the ones off the stored chain are quarantined): %w", n, chainrpc.ErrChainMoved)
		case chainrpc.TakeNew:
			return true, nil // the longer chain replaced the stored block; reorg reads it from the endpoints left
		case chainrpc.AgreeStored:
			return false, fmt.Errorf("block %d unchanged: %w", n, chainrpc.ErrChainMoved)
		case chainrpc.NoAnswer:
			return false, fmt.Errorf("block %d: %w", n, chainrpc.ErrLagging)
		}
		var h *common.Hash
		answered := 0
		for _, x := range r.Hashes {
			if x == nil {
				continue
			}
			answered++
			if h != nil && *h != *x {
				return false, fmt.Errorf("block %d: endpoints disagree on its new hash: %w", n, chainrpc.ErrChainMoved)
			}
			h = x
		}
		if first != nil && *first != *h {
			return false, fmt.Errorf("block %d changed twice: %w", n, chainrpc.ErrChainMoved)
		}
		first = h
		if answered > 1 {
			return true, nil // several endpoints agree on the new hash
		}
		if err := ctxtime.Sleep(ctx, 50*time.Millisecond, nil); err != nil {
			return false, err
		}
	}
	return true, nil
}

// checkEndpoints asks every endpoint for the cursor block after a step failed on an inconsistent
// answer (logs or headers from different forks), and when they agree there, for the highest block
// they all have: endpoints on another fork are quarantined (chainrpc.Poll.Judge, JudgeAbove) so the
// next step uses the others.
func (ix *Indexer) checkEndpoints(ctx context.Context) {
	if len(ix.src.Endpoints()) < 2 {
		return
	}
	cur, err := readCursor(ctx, ix.pool, ix.cfg.Chain.ID)
	if err != nil || !cur.ok {
		return
	}
	r, err := ix.src.Poll(ctx, cur.number)
	if err != nil || r.Judge(cur.hash) != chainrpc.AgreeStored {
		return
	}
	low := uint64(0)
	for i, h := range r.Heads {
		if r.Hashes[i] != nil && h > 0 && (low == 0 || h < low) {
			low = h
		}
	}
	if low > cur.number {
		if r, err := ix.src.Poll(ctx, low); err == nil {
			r.JudgeAbove()
		}
	}
}

// verifyTip runs when the cursor is at or past the target (caught up, or a node reporting a lower head):
// the highest stored block the node should have must still be canonical. A node whose head went
// backwards is lagging unless it shows a different hash for a block we stored, or (F9, F11) the chain
// really got shorter: no endpoint has the block after its head, asked twice (see shortened); the
// common ancestor reorg then finds may lie below the fork when blocks in between were not stored,
// which only re-indexes a few more blocks.
func (ix *Indexer) verifyTip(ctx context.Context, cur cursor, hd heads) (rolledBack bool, err error) {
	var n int64
	var h string
	err = ix.pool.QueryRow(ctx, `SELECT number, hash FROM blocks WHERE chain_id = $1 AND number <= $2 ORDER BY number DESC LIMIT 1`,
		ix.cfg.Chain.ID, int64(min(cur.number, hd.latest))).Scan(&n, &h)
	if err != nil {
		return false, nil // nothing stored at or below the node's head: nothing to compare
	}
	got, err := ix.src.HeaderByNumber(ctx, uint64(n))
	if err != nil {
		return false, err
	}
	if got == nil {
		return false, nil
	}
	if got.Hash == common.HexToHash(h) {
		// The highest stored block the node has is unchanged. With the head below the cursor, the
		// blocks between that stored block and the head may be new ones that no stored hash can show
		// (F11: only blocks within reorg_bound of the head, with logs, or at a batch's ends are kept):
		// whether or not the stored block sits at the head, ask whether the chain really ends there.
		if hd.latest >= cur.number {
			return false, nil
		}
		dropped, err := ix.shortened(ctx, hd.latest)
		if err != nil || !dropped {
			ix.log.Debug("head below the cursor, chain not shorter", "head", hd.latest, "indexed", cur.number, "stored_block", n, "err", err)
			return false, err
		}
		ix.log.Warn("the chain got shorter: blocks above its head were dropped", "head", hd.latest, "indexed", cur.number)
		return true, ix.reorg(ctx, cur)
	}
	confirmed, err := ix.confirmChanged(ctx, uint64(n), common.HexToHash(h))
	if err != nil || !confirmed {
		return false, err
	}
	return true, ix.reorg(ctx, cur)
}

// shortened reports whether the chain really ends at head (we indexed past it): no endpoint has
// block head+1, asked twice a poll interval apart (at least 200 ms) — a lagging node catches up, or
// another endpoint has the block; one that answers with an error is asked again, one that gives no
// answer at all (timed out, refused) has no say, as long as another answered — and no stored block
// above head is finalized. A finalized block
// cannot be dropped, so a chain that ends below one is held for lagging nodes: nothing is withdrawn,
// and the indexer warns (once per hold: a node catching up moves the head every poll) and sets held_below_finalized until the chain passes it again
// (F11: a devnet rolled back past its own finalized tag needs a re-index).
func (ix *Indexer) shortened(ctx context.Context, head uint64) (bool, error) {
	for round := 0; round < 2; round++ {
		if round > 0 {
			if err := ctxtime.Sleep(ctx, max(200*time.Millisecond, ix.cfg.Chain.PollInterval.Duration), nil); err != nil {
				return false, err
			}
		}
		r, err := ix.src.Poll(ctx, head+1)
		if err != nil {
			return false, err
		}
		answered := 0
		for i, h := range r.Hashes {
			silent := i < len(r.Silent) && r.Silent[i]
			if h != nil || r.Failed[i] && !silent {
				ix.log.Debug("an endpoint has the block after the head (or failed): lagging, not shorter", "block", head+1, "endpoint", i, "failed", r.Failed[i])
				return false, nil // someone has it (or could not say): lagging, not shorter
			}
			if !r.Failed[i] {
				answered++
			}
		}
		// An endpoint that gave no answer at all (dead, black-holed: F13) has no say; it used to veto
		// the rollback for as long as it was down. At least one endpoint must have answered.
		if answered == 0 {
			ix.log.Debug("no endpoint answered for the block after the head: not shorter", "block", head+1)
			return false, nil
		}
	}
	var final *int64
	if err := ix.pool.QueryRow(ctx, `SELECT min(number) FROM blocks WHERE chain_id = $1 AND number > $2 AND finality = 'finalized'`,
		ix.cfg.Chain.ID, int64(head)).Scan(&final); err != nil {
		return false, fmt.Errorf("reading stored blocks: %w", err)
	}
	if final == nil {
		return true, nil
	}
	ix.m.heldBelowFinalized.Set(1)
	if !ix.held {
		ix.held = true
		ix.log.Warn("every endpoint's chain ends below a block stored as finalized: taken for lagging nodes, nothing is rolled back; if the chain was reset or rolled back past finality (a devnet), re-index into an empty database",
			"head", head, "finalized_block", *final)
	}
	return false, nil
}

// clearHold ends a hold below a finalized block (see shortened): the chain reached the cursor again.
func (ix *Indexer) clearHold() {
	if ix.held {
		ix.held = false
		ix.m.heldBelowFinalized.Set(0)
		ix.log.Info("the chain passed the indexed block again: hold below a finalized block ended")
	}
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
	canon, err := ix.src.Headers(ctx, nums)
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
