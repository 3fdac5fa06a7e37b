package merkle

import (
	"fmt"
	"iter"
	"math/bits"
)

// A tree is stored as its node layer (2n-1 hashes, 64 MB at a million leaves) rather than as a
// proof per leaf (n·log n hashes, ~640 MB), cut into blocks so that any one proof is read from a
// few rows. A block is rooted at a node on a level that is a multiple of BlockHeight and holds that
// node's descendants on the BlockHeight levels below it, level by level in heap order (the root
// itself is in the block above, or is the tree's root). Every node but the root is in exactly one
// block, and a proof, which climbs from a leaf to the root, crosses one block per BlockHeight
// levels: 4 blocks of at most 62 hashes (1,984 bytes) at a million leaves.

// BlockHeight is the number of levels a block spans: 2^(BlockHeight+1)-2 = 62 hashes, which keeps a
// block in one Postgres row (under the 2 kB at which Postgres would try to compress or move it).
const BlockHeight = 5

// level is the depth of heap position p: 0 for the root.
func level(p int) int { return bits.Len(uint(p)+1) - 1 }

// ProofLen is the number of siblings in the proof of heap position p (a leaf's TreeIndex): its level.
func ProofLen(p int) int { return level(p) }

// blockOf returns the block holding heap position q (not the root) and q's byte offset in it.
func blockOf(q int) (root, offset int) {
	l := level(q)
	j := l - (l-1)/BlockHeight*BlockHeight // q's depth below the block root, 1..BlockHeight
	root = (q+1)>>j - 1
	first := (root+1)<<j - 1 // the root's leftmost descendant j levels down
	return root, 32 * (1<<j - 2 + q - first)
}

// BlockRoots appends to dst the roots of the blocks holding the proof of heap position p (a leaf's
// TreeIndex), top block first (ascending positions), and returns it. The same arithmetic is the SQL
// function merkle_block_roots (sql/migrations), which reads them from Postgres.
func BlockRoots(dst []int, p int) []int {
	for l := 0; l < level(p); l += BlockHeight {
		dst = append(dst, (p+1)>>(level(p)-l)-1)
	}
	return dst
}

// Blocks yields every block of the tree, in ascending order of root position. nodes is reused
// between iterations: copy it to keep it.
func (t *Tree) Blocks() iter.Seq2[int, []byte] {
	return func(yield func(root int, nodes []byte) bool) {
		total := len(t.nodes)
		buf := make([]byte, 0, 32*(1<<(BlockHeight+1)-2))
		for l := 0; 2*(1<<l-1)+1 < total; l += BlockHeight { // while level l has children
			lo := 1<<l - 1
			for r := lo; r < min(2*lo+1, total); r++ {
				buf = buf[:0]
				for j := 1; j <= BlockHeight && (r+1)<<j-1 < total; j++ {
					first := (r+1)<<j - 1
					for q := first; q < min(first+1<<j, total); q++ {
						buf = append(buf, t.nodes[q][:]...)
					}
				}
				if len(buf) > 0 && !yield(r, buf) { // a leaf on level l has nothing below it
					return
				}
			}
		}
	}
}

// AppendProofFromBlocks appends the proof of heap position p, as concatenated 32-byte siblings
// leaf first (what AppendProof writes), to dst, reading it from blocks: the blocks BlockRoots(p)
// names, in that order. It fails when a block is missing or too short, so a damaged store never
// yields a proof.
func AppendProofFromBlocks(dst []byte, p int, blocks [][]byte) ([]byte, error) {
	if p < 0 {
		return dst, fmt.Errorf("merkle: tree index %d", p)
	}
	if want := (level(p) + BlockHeight - 1) / BlockHeight; len(blocks) != want {
		return dst, fmt.Errorf("merkle: tree index %d: %d blocks, want %d", p, len(blocks), want)
	}
	for q := p; q > 0; q = (q - 1) / 2 {
		s := q + 1
		if q%2 == 0 {
			s = q - 1
		}
		_, off := blockOf(s)
		b := blocks[(level(s)-1)/BlockHeight]
		if off+32 > len(b) {
			return dst, fmt.Errorf("merkle: tree index %d: block of %d bytes has no node %d", p, len(b), s)
		}
		dst = append(dst, b[off:off+32]...)
	}
	return dst, nil
}
