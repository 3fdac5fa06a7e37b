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
// n/2 buckets (up to 2^24) followed by tiny per-bucket sorts is linear in practice, and the buckets are
// sorted in parallel.
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
	order := make([]uint32, n)
	for i := range lh {
		k := key(&lh[i])
		order[next[k]] = uint32(i)
		next[k]++
	}
	less := func(a, b uint32) int {
		// The first 8 bytes almost always decide; big-endian keeps byte order.
		x, y := binary.BigEndian.Uint64(lh[a][:8]), binary.BigEndian.Uint64(lh[b][:8])
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
		if c := bytes.Compare(lh[a][8:], lh[b][8:]); c != 0 {
			return c
		}
		return int(a) - int(b)
	}
	parallelFor(nb, func(lo, hi int, _ *hasher) {
		for b := lo; b < hi; b++ {
			s := order[start[b]:start[b+1]]
			if len(s) <= 16 {
				// Insertion sort: buckets hold ~2 entries on average.
				for i := 1; i < len(s); i++ {
					for j := i; j > 0 && less(s[j-1], s[j]) > 0; j-- {
						s[j-1], s[j] = s[j], s[j-1]
					}
				}
			} else {
				slices.SortFunc(s, less)
			}
		}
	})
	return order
}
