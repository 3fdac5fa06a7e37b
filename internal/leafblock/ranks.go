package leafblock

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
)

// RankSize is how many entries a leaf_ranks row holds (4 bytes each): four ~2 kB rows fill a page.
const RankSize = 480

// The orders an epoch's leaves are listed in besides account order (Epoch.leaves orderBy amount or
// cumulativeAmount), as the kind column of leaf_ranks: for each, the leaves' account-order positions
// by rank (ByAmount, ByCumulative) and, to find where a page after a given leaf starts, each leaf's
// rank by its account-order position (AmountRank, CumulativeRank).
const (
	ByAmount       = 'a'
	ByCumulative   = 'c'
	AmountRank     = 'A'
	CumulativeRank = 'C'
)

// Order is the permutation listing positions 0..n-1 by (value, account) ascending, the order of the
// former (epoch, amount, account) index; accounts are in ascending order already, so a stable sort
// by value alone gives it.
func Order(values []uint256.Int) []uint32 {
	perm := make([]uint32, len(values))
	for i := range perm {
		perm[i] = uint32(i)
	}
	slices.SortStableFunc(perm, func(a, b uint32) int { return values[a].Cmp(&values[b]) })
	return perm
}

// Inverse is perm's inverse: the rank of each position.
func Inverse(perm []uint32) []uint32 {
	inv := make([]uint32, len(perm))
	for r, p := range perm {
		inv[p] = uint32(r)
	}
	return inv
}

// WriteRanks stores an epoch's orders by amount and by cumulative amount (Order of each, and their
// inverses) as leaf_ranks rows of RankSize entries.
func WriteRanks(ctx context.Context, db DB, chain, epoch int64, amounts, cumulatives []uint256.Int) error {
	byAmount, byCum := Order(amounts), Order(cumulatives)
	lists := []struct {
		kind byte
		list []uint32
	}{{ByAmount, byAmount}, {AmountRank, Inverse(byAmount)}, {ByCumulative, byCum}, {CumulativeRank, Inverse(byCum)}}
	k, b := 0, 0
	var buf []byte
	_, err := db.CopyFrom(ctx, pgx.Identifier{"leaf_ranks"}, []string{"chain_id", "epoch", "kind", "block", "ranks"},
		pgx.CopyFromFunc(func() ([]any, error) {
			for k < len(lists) && b*RankSize >= len(lists[k].list) {
				k, b = k+1, 0
			}
			if k == len(lists) {
				return nil, nil
			}
			buf = buf[:0]
			for _, v := range lists[k].list[b*RankSize : min(len(lists[k].list), (b+1)*RankSize)] {
				buf = binary.BigEndian.AppendUint32(buf, v)
			}
			b++
			return []any{chain, epoch, string(rune(lists[k].kind)), int32(b - 1), buf}, nil
		}))
	if err != nil {
		return fmt.Errorf("storing leaf_ranks of epoch %d: %w", epoch, err)
	}
	return nil
}

// sortedLeaves reports whether leaves are in strictly ascending account order.
func sortedLeaves(leaves []Leaf) bool {
	for i := 1; i < len(leaves); i++ {
		if bytes.Compare(leaves[i-1].Account[:], leaves[i].Account[:]) >= 0 {
			return false
		}
	}
	return true
}
