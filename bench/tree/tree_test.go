package tree

import (
	"testing"

	"github.com/covey-labs/covey/merkle"
)

// The floor hashes leaves exactly as the tree does (its internal nodes skip the pair sort, so only
// the leaf level is comparable) and covey's result carries the root merkle computes.
func TestFloorLeavesMatchMerkle(t *testing.T) {
	leaves := Leaves(257, 3)
	seen := map[[20]byte]bool{}
	for _, l := range leaves {
		if seen[l.Account] {
			t.Fatal("duplicate account")
		}
		seen[l.Account] = true
	}
	res := KeccakFloor(leaves)
	if res.Leaves != 257 {
		t.Fatal(res.Leaves)
	}
	c, err := Covey(leaves)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := merkle.Build(leaves)
	if err != nil {
		t.Fatal(err)
	}
	root := tr.Root()
	if c.Root != "0x"+hexString(root[:]) {
		t.Fatalf("covey result root %s, merkle %x", c.Root, root)
	}
	if c.ProofBytes == 0 {
		t.Fatal("no proofs")
	}
	// leaf hashes: the floor's leaf level must equal merkle.LeafHash
	n := len(leaves)
	nodes := floorNodes(leaves)
	for i, l := range leaves {
		h, err := merkle.LeafHash(l)
		if err != nil {
			t.Fatal(err)
		}
		if h != nodes[n-1+i] {
			t.Fatalf("leaf %d: floor %x, merkle %x", i, nodes[n-1+i], h)
		}
	}
}

func TestWriteLeavesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	p, err := WriteLeaves(dir, 10, 1)
	if err != nil {
		t.Fatal(err)
	}
	p2, err := WriteLeaves(dir, 10, 1)
	if err != nil || p2 != p {
		t.Fatalf("reuse: %v %s %s", err, p, p2)
	}
}
