package merkle

import (
	"bytes"
	"fmt"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
)

// BuildSorted builds the same tree as Build over n leaves that the caller already keeps in strictly
// ascending account order, leaf(i) giving the i-th account and its big-endian uint256 amount. It is
// the builder for trees too large to copy: it holds the node layer (2n-1 hashes, hashed into place:
// the leaf level first receives the leaf hashes in input order, is sorted and permuted in place) and
// each leaf's heap position, and nothing of the leaves themselves, so at 10M leaves it needs ~0.7 GB
// where Build needs ~2 GB. Ascending order is what lets it refuse a duplicate account without an
// index; any other order is refused too. The tree it returns knows positions (TreeIndex, Proof,
// Blocks, Root) but not accounts: Leaf, Index and ProofFor are for trees from Build or Load.
// leaf is called concurrently and must be safe for that.
func BuildSorted(n int, leaf func(i int) (common.Address, [32]byte)) (*Tree, error) {
	if n == 0 {
		return nil, ErrEmpty
	}
	if n > maxLeaves {
		return nil, fmt.Errorf("merkle: %d leaves exceed the maximum of %d", n, maxLeaves)
	}
	nodes := make([][32]byte, 2*n-1)
	lh := nodes[n-1:]
	var firstBad atomic.Int64
	firstBad.Store(int64(n))
	parallelFor(n, func(lo, hi int, h *hasher) {
		var prev common.Address
		if lo > 0 {
			prev, _ = leaf(lo - 1)
		}
		for i := lo; i < hi; i++ {
			a, amt := leaf(i)
			if i > 0 && bytes.Compare(prev[:], a[:]) >= 0 {
				for cur := firstBad.Load(); int64(i) < cur && !firstBad.CompareAndSwap(cur, int64(i)); cur = firstBad.Load() {
				}
				return
			}
			h.leaf(&lh[i], &a, &amt)
			prev = a
		}
	})
	if i := int(firstBad.Load()); i < n {
		prev, _ := leaf(i - 1)
		a, _ := leaf(i)
		if prev == a {
			return nil, fmt.Errorf("merkle: leaves %d and %d: %s: %w", i-1, i, a.Hex(), ErrDuplicateAccount)
		}
		return nil, fmt.Errorf("merkle: leaf %d (%s) is not after leaf %d (%s): BuildSorted wants ascending accounts", i, a.Hex(), i-1, prev.Hex())
	}
	t := &Tree{nodes: nodes, treeIndex: positions(lh)}
	hashInternal(t.nodes)
	return t, nil
}

// positions sorts the leaf level lh (leaf hashes in input order) into heap order in place, as Build
// lays it out (ascending hash from the last position backwards), and returns each input leaf's heap
// position.
func positions(lh [][32]byte) []uint32 {
	n := len(lh)
	last := uint32(2*n - 2)
	treeIndex := make([]uint32, n)
	for k, o := range sortedOrder(lh) {
		treeIndex[o] = last - uint32(k)
	}
	// Leaf j moves to slot treeIndex[j]-(n-1): follow each cycle of that permutation once.
	done := make([]uint64, (n+63)/64)
	for s := range n {
		if done[s/64]&(1<<(s%64)) != 0 {
			continue
		}
		cur, j := lh[s], s
		for {
			done[j/64] |= 1 << (j % 64)
			d := int(treeIndex[j]) - (n - 1)
			if d == s {
				lh[d] = cur
				break
			}
			cur, lh[d] = lh[d], cur
			j = d
		}
	}
	return treeIndex
}
