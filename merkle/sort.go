package merkle

import (
	"bytes"
	"encoding/binary"
	"slices"
)

// sortedOrder returns the original indices of lh ordered by ascending hash, ties broken by the
// original index. That is exactly what @openzeppelin/merkle-tree does (Array.prototype.sort,
// which is stable, with a byte-order compare of the 32-byte hashes).
//
// Leaf hashes are uniformly distributed, so a counting sort on their leading bits into about
// n/2 buckets (up to 2^24) followed by tiny per-bucket sorts is linear in practice. Buckets hold
// (first 8 bytes, index) pairs so that sorting them reads contiguous memory; the full hashes are
// only consulted on an 8-byte tie. Buckets are sorted in parallel.
func sortedOrder(lh [][32]byte) []uint32 {
	n := len(lh)
	bits := 0
	for bits < 24 && 1<<(bits+1) <= n/2 {
		bits++
	}
	nb := 1 << bits
	key := func(h *[32]byte) uint32 {
		if bits == 0 {
			return 0
		}
		return binary.BigEndian.Uint32(h[:4]) >> (32 - bits)
	}
	start := make([]int, nb+1)
	for i := range lh {
		start[key(&lh[i])+1]++
	}
	for b := 1; b <= nb; b++ {
		start[b] += start[b-1]
	}
	next := slices.Clone(start[:nb])
	type pair struct {
		prefix uint64 // big-endian first 8 bytes: integer order is byte order
		index  uint32
	}
	pairs := make([]pair, n)
	for i := range lh {
		k := key(&lh[i])
		pairs[next[k]] = pair{binary.BigEndian.Uint64(lh[i][:8]), uint32(i)}
		next[k]++
	}
	cmp := func(a, b pair) int {
		switch {
		case a.prefix < b.prefix:
			return -1
		case a.prefix > b.prefix:
			return 1
		}
		if c := bytes.Compare(lh[a.index][8:], lh[b.index][8:]); c != 0 {
			return c
		}
		return int(a.index) - int(b.index)
	}
	order := make([]uint32, n)
	parallelFor(nb, func(lo, hi int, _ *hasher) {
		for b := lo; b < hi; b++ {
			s := pairs[start[b]:start[b+1]]
			if len(s) <= 16 {
				// Insertion sort: buckets hold ~2 entries on average.
				for i := 1; i < len(s); i++ {
					for j := i; j > 0 && cmp(s[j-1], s[j]) > 0; j-- {
						s[j-1], s[j] = s[j], s[j-1]
					}
				}
			} else {
				slices.SortFunc(s, cmp)
			}
			for k, p := range s {
				order[start[b]+k] = p.index
			}
		}
	})
	return order
}
