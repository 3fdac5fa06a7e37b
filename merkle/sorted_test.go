package merkle

import (
	"bytes"
	"errors"
	mrand "math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// sortedLeaves returns n random leaves in ascending account order.
func sortedLeaves(t testing.TB, n int, r *mrand.Rand) []Leaf {
	leaves := randomLeaves(t, n, r)
	slices.SortFunc(leaves, func(a, b Leaf) int { return bytes.Compare(a.Account[:], b.Account[:]) })
	return leaves
}

func buildSorted(leaves []Leaf) (*Tree, error) {
	return BuildSorted(len(leaves), func(i int) (common.Address, [32]byte) {
		var amt [32]byte
		leaves[i].Amount.FillBytes(amt[:])
		return leaves[i].Account, amt
	})
}

// BuildSorted hashes the leaf level into place and permutes it there; it must lay out exactly the
// tree Build and the JS reference do, at every size (the parallel paths start at 4096 leaves).
func TestBuildSortedIsBuild(t *testing.T) {
	r := mrand.New(mrand.NewPCG(7, 8))
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 31, 33, 100, 1000, 4097, 20_000} {
		leaves := sortedLeaves(t, n, r)
		want, err := Build(leaves)
		if err != nil {
			t.Fatal(err)
		}
		got, err := buildSorted(leaves)
		if err != nil {
			t.Fatal(err)
		}
		if got.Root() != want.Root() || got.Len() != n {
			t.Fatalf("n=%d: root %s len %d, Build %s", n, hx(got.Root()), got.Len(), hx(want.Root()))
		}
		if !slices.Equal(got.nodes, want.nodes) || !slices.Equal(got.treeIndex, want.treeIndex) {
			t.Fatalf("n=%d: nodes or tree indices differ from Build", n)
		}
		if n <= 100 {
			ref, refIndex := naiveTree(leaves)
			if !slices.Equal(got.nodes, ref) {
				t.Fatalf("n=%d: nodes differ from the reference", n)
			}
			for i := range leaves {
				if got.TreeIndex(i) != refIndex[i] {
					t.Fatalf("n=%d: leaf %d at %d, reference %d", n, i, got.TreeIndex(i), refIndex[i])
				}
			}
		}
		var gb, wb []byte
		for root, b := range got.Blocks() {
			gb = append(append(gb, byte(root)), b...)
		}
		for root, b := range want.Blocks() {
			wb = append(append(wb, byte(root)), b...)
		}
		if !bytes.Equal(gb, wb) {
			t.Fatalf("n=%d: blocks differ from Build's", n)
		}
		if _, ok := got.Index(leaves[0].Account); ok {
			t.Fatalf("n=%d: a BuildSorted tree answered Index", n)
		}
	}
}

// A duplicate or an out-of-order account is refused with the indices, wherever it falls (in any
// worker's chunk or on a chunk boundary).
func TestBuildSortedRefusesOrder(t *testing.T) {
	r := mrand.New(mrand.NewPCG(9, 10))
	leaves := sortedLeaves(t, 20_000, r)
	for _, at := range []int{1, 9_999, 10_000, 10_001, 19_999} {
		dup := slices.Clone(leaves)
		dup[at].Account = dup[at-1].Account
		if _, err := buildSorted(dup); !errors.Is(err, ErrDuplicateAccount) {
			t.Fatalf("duplicate at %d: %v", at, err)
		}
		swapped := slices.Clone(leaves)
		swapped[at-1], swapped[at] = swapped[at], swapped[at-1]
		_, err := buildSorted(swapped)
		if err == nil || errors.Is(err, ErrDuplicateAccount) || !strings.Contains(err.Error(), "ascending") {
			t.Fatalf("swap at %d: %v", at, err)
		}
	}
	if _, err := BuildSorted(0, nil); !errors.Is(err, ErrEmpty) {
		t.Fatal(err)
	}
}
