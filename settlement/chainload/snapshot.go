package chainload

import (
	"context"
	"fmt"
)

// Block is a block's number, hash (lowercase 0x hex) and timestamp.
type Block struct {
	Number uint64
	Hash   string
	Time   int64
}

// block reads one block from src.
func block(ctx context.Context, src BlockSource, n uint64) (Block, error) {
	bs, err := src.Blocks(ctx, []uint64{n})
	if err != nil {
		return Block{}, err
	}
	b, ok := bs[n]
	if !ok {
		return Block{}, fmt.Errorf("reading header %d: not found", n)
	}
	return b, nil
}

// FindSnapshot is the snapshot rule of REWARDS.md §1 on the chain: the last block with time < end,
// found by binary search over headers between lo (a block known to have time < end, or 0) and hi (a
// block known to have time >= end, typically the head). Settlement's SQL path and the chain path both
// call it, so they agree on the snapshot whatever blocks each happened to see.
func FindSnapshot(ctx context.Context, src BlockSource, end int64, lo, hi uint64) (Block, error) {
	if hi <= lo {
		return Block{}, fmt.Errorf("no snapshot block for end %d: search range [%d, %d) is empty", end, lo, hi)
	}
	b, err := block(ctx, src, lo)
	if err != nil {
		return Block{}, err
	}
	if b.Time >= end {
		return Block{}, fmt.Errorf("block %d already has time %d >= the epoch's end %d: no snapshot block", lo, b.Time, end)
	}
	// Invariant: time(lo) < end <= time(hi).
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		m, err := block(ctx, src, mid)
		if err != nil {
			return Block{}, err
		}
		if m.Time < end {
			lo, b = mid, m
		} else {
			hi = mid
		}
	}
	return b, nil
}
