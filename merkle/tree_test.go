package merkle

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"math/big"
	mrand "math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func randomLeaves(t testing.TB, n int, r *mrand.Rand) []Leaf {
	t.Helper()
	leaves := make([]Leaf, n)
	for i := range leaves {
		rand.Read(leaves[i].Account[:])
		switch r.IntN(4) {
		case 0:
			leaves[i].Amount = new(big.Int)
		case 1:
			leaves[i].Amount = new(big.Int).Set(maxUint256)
		default:
			b := make([]byte, 1+r.IntN(32))
			rand.Read(b)
			leaves[i].Amount = new(big.Int).SetBytes(b)
		}
	}
	return leaves
}

func hx(h [32]byte) string { return "0x" + hex.EncodeToString(h[:]) }

// naiveTree is a direct transcription of the JS library (prepare + makeMerkleTree), using
// go-ethereum's plain Keccak256 and a stable sort, as an independent reference.
func naiveTree(leaves []Leaf) (tree [][32]byte, treeIndex []int) {
	type hv struct {
		h [32]byte
		i int
	}
	hs := make([]hv, len(leaves))
	for i, l := range leaves {
		enc := make([]byte, 64)
		copy(enc[12:], l.Account[:])
		l.Amount.FillBytes(enc[32:])
		copy(hs[i].h[:], crypto.Keccak256(crypto.Keccak256(enc)))
		hs[i].i = i
	}
	// insertion sort: stable, obviously correct
	for i := 1; i < len(hs); i++ {
		for j := i; j > 0 && bytes.Compare(hs[j-1].h[:], hs[j].h[:]) > 0; j-- {
			hs[j-1], hs[j] = hs[j], hs[j-1]
		}
	}
	tree = make([][32]byte, 2*len(hs)-1)
	treeIndex = make([]int, len(hs))
	for k, v := range hs {
		tree[len(tree)-1-k] = v.h
		treeIndex[v.i] = len(tree) - 1 - k
	}
	for i := len(tree) - 1 - len(hs); i >= 0; i-- {
		a, b := tree[2*i+1], tree[2*i+2]
		if bytes.Compare(a[:], b[:]) > 0 {
			a, b = b, a
		}
		copy(tree[i][:], crypto.Keccak256(a[:], b[:]))
	}
	return tree, treeIndex
}

func TestBuildMatchesNaive(t *testing.T) {
	r := mrand.New(mrand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100, 1023, 1024, 1025, 5000, 20000} {
		leaves := randomLeaves(t, n, r)
		tr, err := Build(leaves)
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		want, wantIdx := naiveTree(leaves)
		if len(tr.nodes) != len(want) {
			t.Fatalf("n=%d: %d nodes, want %d", n, len(tr.nodes), len(want))
		}
		for i := range want {
			if tr.nodes[i] != want[i] {
				t.Fatalf("n=%d: node %d = %s, want %s", n, i, hx(tr.nodes[i]), hx(want[i]))
			}
		}
		all := tr.AllProofs()
		if all.Len() != n {
			t.Fatalf("n=%d: AllProofs has %d", n, all.Len())
		}
		seen := make([]bool, n)
		err = tr.EachProof(func(i int, proof []byte) error {
			if seen[i] || !bytes.Equal(proof, all.Bytes(i)) {
				t.Fatalf("n=%d: EachProof(%d) repeated or differs from Proofs.Bytes", n, i)
			}
			seen[i] = true
			return nil
		})
		if err != nil || slices.Contains(seen, false) {
			t.Fatalf("n=%d: EachProof missed leaves (err %v)", n, err)
		}
		stop := errors.New("stop")
		if calls := 0; tr.EachProof(func(int, []byte) error { calls++; return stop }) != stop || calls != 1 {
			t.Fatalf("n=%d: EachProof did not stop at the first error", n)
		}
		for i, l := range leaves {
			if int(tr.treeIndex[i]) != wantIdx[i] {
				t.Fatalf("n=%d: treeIndex[%d] = %d, want %d", n, i, tr.treeIndex[i], wantIdx[i])
			}
			p := tr.Proof(i)
			if !Verify(tr.Root(), l, p) {
				t.Fatalf("n=%d: proof %d does not verify", n, i)
			}
			ap := all.At(i)
			if len(ap) != len(p) {
				t.Fatalf("n=%d: AllProofs[%d] has %d nodes, Proof has %d", n, i, len(ap), len(p))
			}
			pb := all.Bytes(i)
			if !bytes.Equal(tr.AppendProof([]byte{1}, i)[1:], pb) {
				t.Fatalf("n=%d: AppendProof(%d) differs from Proofs.Bytes", n, i)
			}
			if len(pb) != 32*len(p) {
				t.Fatalf("n=%d: Bytes(%d) has %d bytes for %d siblings", n, i, len(pb), len(p))
			}
			for k := range p {
				if ap[k] != p[k] || !bytes.Equal(pb[32*k:32*k+32], p[k][:]) {
					t.Fatalf("n=%d: AllProofs[%d][%d] differs", n, i, k)
				}
			}
			if tr.TreeIndex(i) != wantIdx[i] {
				t.Fatalf("n=%d: TreeIndex(%d) = %d, want %d", n, i, tr.TreeIndex(i), wantIdx[i])
			}
			amt, p2, err := tr.ProofFor(l.Account)
			if err != nil || amt.Cmp(l.Amount) != 0 || len(p2) != len(p) {
				t.Fatalf("n=%d: ProofFor(%d) = %v, %d nodes, %v", n, i, amt, len(p2), err)
			}
		}
	}
}

// Known values computed once with @openzeppelin/merkle-tree 1.0.8 (see interop_test.go for the
// live comparison): they pin the 1-, 2- and 3-leaf shapes even where node is unavailable.
func TestSmallTrees(t *testing.T) {
	a := common.HexToAddress("0x1111111111111111111111111111111111111111")
	b := common.HexToAddress("0x2222222222222222222222222222222222222222")
	c := common.HexToAddress("0x3333333333333333333333333333333333333333")
	la := Leaf{a, big.NewInt(5000000000000000000)}
	lb := Leaf{b, big.NewInt(2500000000000000000)}
	lc := Leaf{c, big.NewInt(1)}

	// 1 leaf: the root is the leaf hash and the proof is empty.
	t1, err := Build([]Leaf{la})
	if err != nil {
		t.Fatal(err)
	}
	ha, _ := LeafHash(la)
	if t1.Root() != ha || len(t1.Proof(0)) != 0 || !Verify(t1.Root(), la, nil) {
		t.Fatalf("1 leaf: root %s, leaf %s, proof %d", hx(t1.Root()), hx(ha), len(t1.Proof(0)))
	}

	// 2 leaves: each proof is the other leaf, and the root is the sorted-pair hash.
	t2, err := Build([]Leaf{la, lb})
	if err != nil {
		t.Fatal(err)
	}
	hb, _ := LeafHash(lb)
	if p := t2.Proof(0); len(p) != 1 || p[0] != hb {
		t.Fatalf("2 leaves: proof(0) = %v", p)
	}
	if p := t2.Proof(1); len(p) != 1 || p[0] != ha {
		t.Fatalf("2 leaves: proof(1) = %v", p)
	}

	// 3 leaves: the smallest leaf sits at index 4 with a two-node proof; the largest is at
	// index 2 with a one-node proof (the hash of the two others).
	t3, err := Build([]Leaf{la, lb, lc})
	if err != nil {
		t.Fatal(err)
	}
	lens := map[int]int{}
	for i := range 3 {
		lens[len(t3.Proof(i))]++
		if !Verify(t3.Root(), []Leaf{la, lb, lc}[i], t3.Proof(i)) {
			t.Fatalf("3 leaves: proof %d fails", i)
		}
	}
	if lens[1] != 1 || lens[2] != 2 {
		t.Fatalf("3 leaves: proof lengths %v, want one of 1 and two of 2", lens)
	}
	// Pinned: computed by StandardMerkleTree.of([[a,"5000000000000000000"],[b,"2500000000000000000"],[c,"1"]],
	// ["address","uint256"]) with @openzeppelin/merkle-tree 1.0.8.
	if got := hx(t1.Root()); got != "0xeb02c421cfa48976e66dfb29120745909ea3a0f843456c263cf8f1253483e283" {
		t.Errorf("1-leaf root = %s", got)
	}
	if got := hx(t3.Root()); got != "0xd673f832e8ae578ea16450035956e30f27212b91d6cd26edbef07c90546302ff" {
		t.Errorf("3-leaf root = %s", got)
	}
	if got := t3.treeIndex; got[0] != 2 || got[1] != 4 || got[2] != 3 {
		t.Errorf("3-leaf treeIndex = %v, want [2 4 3]", got)
	}
	p := t3.Proof(2)
	if len(p) != 2 || hx(p[0]) != "0xb92c48e9d7abe27fd8dfd6b5dfdbfb1c9a463f80c712b66f3a5180a090cccafc" ||
		hx(p[1]) != "0xeb02c421cfa48976e66dfb29120745909ea3a0f843456c263cf8f1253483e283" {
		t.Errorf("3-leaf proof(2) = %x", p)
	}
}

func TestBuildRefuses(t *testing.T) {
	a := common.HexToAddress("0x1111111111111111111111111111111111111111")
	b := common.HexToAddress("0x2222222222222222222222222222222222222222")
	tooBig := new(big.Int).Lsh(big.NewInt(1), 256)
	cases := []struct {
		name   string
		leaves []Leaf
		want   error
		msg    string
	}{
		{"empty", nil, ErrEmpty, ""},
		{"duplicate same amount", []Leaf{{a, big.NewInt(1)}, {b, big.NewInt(2)}, {a, big.NewInt(1)}}, ErrDuplicateAccount, "leaves 0 and 2"},
		{"duplicate other amount", []Leaf{{b, big.NewInt(1)}, {a, big.NewInt(1)}, {a, big.NewInt(7)}}, ErrDuplicateAccount, "leaves 1 and 2"},
		{"negative", []Leaf{{a, big.NewInt(1)}, {b, big.NewInt(-1)}}, ErrInvalidAmount, "leaf 1"},
		{"nil amount", []Leaf{{a, nil}}, ErrInvalidAmount, "leaf 0"},
		{"2^256", []Leaf{{a, big.NewInt(1)}, {b, tooBig}}, ErrInvalidAmount, "leaf 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Build(c.leaves)
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("err = %v, want %v containing %q", err, c.want, c.msg)
			}
		})
	}
	// A duplicate among many leaves is found by the parallel index and reported as the first pair.
	leaves := randomLeaves(t, 50000, mrand.New(mrand.NewPCG(3, 4)))
	leaves[40000].Account = leaves[123].Account
	leaves[45000].Account = leaves[7].Account
	if _, err := Build(leaves); !errors.Is(err, ErrDuplicateAccount) || !strings.Contains(err.Error(), "leaves 123 and 40000") {
		t.Fatalf("large duplicate: %v", err)
	}
	leaves[45000].Account[0] ^= 1
	leaves[40000].Account[0] ^= 1
	leaves[30000].Amount = big.NewInt(-5)
	leaves[20000].Amount = tooBig
	if _, err := Build(leaves); !errors.Is(err, ErrInvalidAmount) || !strings.Contains(err.Error(), "leaf 20000") {
		t.Fatalf("large invalid amount: %v", err)
	}
}

func TestVerifyRejects(t *testing.T) {
	leaves := randomLeaves(t, 10, mrand.New(mrand.NewPCG(5, 6)))
	tr, err := Build(leaves)
	if err != nil {
		t.Fatal(err)
	}
	p := tr.Proof(3)
	other := Leaf{leaves[3].Account, new(big.Int).Add(leaves[3].Amount, big.NewInt(1))}
	if other.Amount.BitLen() > 256 {
		other.Amount = big.NewInt(0)
	}
	if Verify(tr.Root(), other, p) {
		t.Fatal("a different amount verified")
	}
	if Verify(tr.Root(), leaves[4], p) {
		t.Fatal("another leaf verified with leaf 3's proof")
	}
	if Verify(tr.Root(), Leaf{leaves[3].Account, big.NewInt(-1)}, p) {
		t.Fatal("negative amount verified")
	}
	if _, _, err := tr.ProofFor(common.Address{}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("ProofFor(unknown) = %v", err)
	}
	// Build copied the amounts: mutating the input does not change the tree.
	leaves[3].Amount.SetInt64(42)
	if tr.Leaf(3).Amount.Cmp(big.NewInt(42)) == 0 && tr.Root() == mustRoot(t, leaves) {
		t.Fatal("tree aliases the caller's amounts")
	}
}

func mustRoot(t *testing.T, leaves []Leaf) [32]byte {
	t.Helper()
	tr, err := Build(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return tr.Root()
}

func TestDumpLoadRoundTrip(t *testing.T) {
	for _, n := range []int{1, 2, 3, 1000, 10000} {
		leaves := randomLeaves(t, n, mrand.New(mrand.NewPCG(uint64(n), 9)))
		tr, err := Build(leaves)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := tr.Dump(&buf); err != nil {
			t.Fatal(err)
		}
		j, err := tr.MarshalJSON()
		if err != nil || !bytes.Equal(j, buf.Bytes()) {
			t.Fatalf("MarshalJSON differs from Dump: %v", err)
		}
		lt, err := Load(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("n=%d: load: %v", n, err)
		}
		if lt.Root() != tr.Root() || lt.Len() != n {
			t.Fatalf("n=%d: loaded root/len differ", n)
		}
		for i := range leaves {
			if lt.Leaf(i).Account != leaves[i].Account || lt.Leaf(i).Amount.Cmp(leaves[i].Amount) != 0 {
				t.Fatalf("n=%d: leaf %d differs after load", n, i)
			}
		}
		var again bytes.Buffer
		lt.Dump(&again)
		if !bytes.Equal(again.Bytes(), buf.Bytes()) {
			t.Fatalf("n=%d: re-dump differs", n)
		}
	}
}

func TestLoadRefuses(t *testing.T) {
	a := common.HexToAddress("0x1111111111111111111111111111111111111111")
	b := common.HexToAddress("0x2222222222222222222222222222222222222222")
	c := common.HexToAddress("0x3333333333333333333333333333333333333333")
	tr, err := Build([]Leaf{{a, big.NewInt(10)}, {b, big.NewInt(20)}, {c, big.NewInt(30)}})
	if err != nil {
		t.Fatal(err)
	}
	good, _ := tr.MarshalJSON()
	s := string(good)
	root := hx(tr.Root())
	leaf0 := hx(tr.nodes[tr.treeIndex[0]])
	cases := []struct{ name, doc, msg string }{
		{"format", strings.Replace(s, "standard-v1", "standard-v2", 1), "unknown format"},
		{"no format", strings.Replace(s, `"format":"standard-v1",`, "", 1), "unknown format"},
		{"no encoding", strings.Replace(s, `"leafEncoding":["address","uint256"],`, "", 1), "expected leaf encoding"},
		{"other encoding", strings.Replace(s, `"uint256"]`, `"uint128"]`, 1), "unsupported leaf encoding"},
		{"tampered amount", strings.Replace(s, `"20"]`, `"21"]`, 1), "does not contain the expected value"},
		{"tampered root", strings.Replace(s, root, "0x"+strings.Repeat("ab", 32), 1), "tree[0] is not the hash"},
		{"upper-case leaf", strings.Replace(s, leaf0, "0x"+strings.ToUpper(leaf0[2:]), 1), "not lowercase"},
		{"float amount", strings.Replace(s, `"20"]`, `20.5]`, 1), "values[1]"},
		{"bad address", strings.Replace(s, `"0x2222222222222222222222222222222222222222"`, `"0x22"`, 1), "values[1]"},
		{"not json", "{", "decoding dump"},
		{"empty", `{"format":"standard-v1","leafEncoding":["address","uint256"],"tree":[],"values":[]}`, "no leaves"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.doc == s {
				t.Fatal("test case did not change the document")
			}
			_, err := Load(strings.NewReader(c.doc))
			if err == nil || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("err = %v, want it to mention %q", err, c.msg)
			}
		})
	}
	// A duplicate treeIndex: point value 1 at value 0's leaf.
	ti0 := strings.Index(s, `"treeIndex":`)
	i0 := s[ti0 : ti0+len(`"treeIndex":`)+1]
	rest := s[ti0+len(i0):]
	ti1 := strings.Index(rest, `"treeIndex":`)
	dupDoc := s[:ti0+len(i0)] + rest[:ti1] + i0 + rest[ti1+len(i0):]
	if _, err := Load(strings.NewReader(dupDoc)); err == nil {
		t.Fatal("duplicate treeIndex loaded")
	}
}
