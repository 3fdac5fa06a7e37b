package merkle

import (
	"bytes"
	mrand "math/rand/v2"
	"testing"
)

// storeBlocks keeps a tree's blocks as a store would: by root position, copied.
func storeBlocks(t *testing.T, tr *Tree) map[int][]byte {
	t.Helper()
	stored := map[int][]byte{}
	nodes := 0
	for root, b := range tr.Blocks() {
		if _, dup := stored[root]; dup {
			t.Fatalf("block %d twice", root)
		}
		if len(b)%32 != 0 || len(b) > 32*(1<<(BlockHeight+1)-2) {
			t.Fatalf("block %d of %d bytes", root, len(b))
		}
		stored[root] = bytes.Clone(b)
		nodes += len(b) / 32
	}
	if want := 2*tr.Len() - 2; nodes != want {
		t.Fatalf("%d leaves: blocks hold %d nodes, want every node but the root (%d)", tr.Len(), nodes, want)
	}
	return stored
}

// TestProofFromBlocksEqualsProof derives every leaf's proof from the stored blocks and compares it
// with the tree's own proof (itself checked against the JS library by TestBuildMatchesNaive and
// TestInteropOpenZeppelin), for every size up to 300 (every shape of partly filled last level and
// block boundary for small trees) and a few large ones.
func TestProofFromBlocksEqualsProof(t *testing.T) {
	r := mrand.New(mrand.NewPCG(7, 19))
	sizes := []int{1000, 1023, 1024, 1025, 4097, 33000}
	for n := 1; n <= 300; n++ {
		sizes = append(sizes, n)
	}
	for _, n := range sizes {
		tr, err := Build(randomLeaves(t, n, r))
		if err != nil {
			t.Fatal(err)
		}
		stored := storeBlocks(t, tr)
		var roots []int
		var got, want []byte
		for i := range n {
			p := tr.TreeIndex(i)
			roots = BlockRoots(roots[:0], p)
			blocks := make([][]byte, len(roots))
			for k, root := range roots {
				if k > 0 && root <= roots[k-1] {
					t.Fatalf("%d leaves, index %d: block roots %v not ascending", n, p, roots)
				}
				if blocks[k] = stored[root]; blocks[k] == nil {
					t.Fatalf("%d leaves, index %d: block %d was not stored", n, p, root)
				}
			}
			if got, err = AppendProofFromBlocks(got[:0], p, blocks); err != nil {
				t.Fatalf("%d leaves, leaf %d: %v", n, i, err)
			}
			if want = tr.AppendProof(want[:0], i); !bytes.Equal(got, want) {
				t.Fatalf("%d leaves, leaf %d (index %d): proof from blocks differs from the tree's", n, i, p)
			}
		}
	}
}

// TestProofFromBlocksRefuses: a missing or short block is an error, never a wrong proof.
func TestProofFromBlocksRefuses(t *testing.T) {
	tr, err := Build(randomLeaves(t, 100, mrand.New(mrand.NewPCG(1, 2))))
	if err != nil {
		t.Fatal(err)
	}
	stored := storeBlocks(t, tr)
	p := tr.TreeIndex(0)
	roots := BlockRoots(nil, p)
	blocks := make([][]byte, len(roots))
	for k, root := range roots {
		blocks[k] = stored[root]
	}
	if _, err := AppendProofFromBlocks(nil, p, blocks[:len(blocks)-1]); err == nil {
		t.Fatal("a missing block was accepted")
	}
	// Cut the leaf's block one byte short of the leaf's sibling (a fixed length would not always be
	// short: the sibling may be the block's first node).
	s := p + 1
	if p%2 == 0 {
		s = p - 1
	}
	_, off := blockOf(s)
	short := append([][]byte(nil), blocks...)
	short[len(short)-1] = short[len(short)-1][:off+31]
	if _, err := AppendProofFromBlocks(nil, p, short); err == nil {
		t.Fatal("a short block was accepted")
	}
	if _, err := AppendProofFromBlocks(nil, -1, nil); err == nil {
		t.Fatal("a negative index was accepted")
	}
}
