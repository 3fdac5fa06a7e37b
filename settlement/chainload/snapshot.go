package chainload

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"
)

// Block is a block's number, hash (lowercase 0x hex) and timestamp.
type Block struct {
	Number uint64
	Hash   string
	Time   int64
}

// HeaderSource reads headers by number; *ethclient.Client fits.
type HeaderSource interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// FindSnapshot is the snapshot rule of REWARDS.md §1 on the chain: the last block with time < end,
// found by binary search over headers between lo (a block known to have time < end, or 0) and hi (a
// block known to have time >= end, typically the head). Settlement's SQL path and the chain path both
// call it, so they agree on the snapshot whatever blocks each happened to see.
func FindSnapshot(ctx context.Context, src HeaderSource, end int64, lo, hi uint64) (Block, error) {
	at := func(n uint64) (*types.Header, error) { return header(ctx, src, n) }
	if hi <= lo {
		return Block{}, fmt.Errorf("no snapshot block for end %d: search range [%d, %d) is empty", end, lo, hi)
	}
	h, err := at(lo)
	if err != nil {
		return Block{}, err
	}
	if int64(h.Time) >= end {
		return Block{}, fmt.Errorf("block %d already has time %d >= the epoch's end %d: no snapshot block", lo, h.Time, end)
	}
	// Invariant: time(lo) < end <= time(hi).
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		mh, err := at(mid)
		if err != nil {
			return Block{}, err
		}
		if int64(mh.Time) < end {
			lo, h = mid, mh
		} else {
			hi = mid
		}
	}
	return Block{Number: lo, Hash: strings.ToLower(h.Hash().Hex()), Time: int64(h.Time)}, nil
}
