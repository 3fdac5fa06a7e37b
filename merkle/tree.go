package merkle

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"sync/atomic"
	"unsafe"

	"github.com/ethereum/go-ethereum/common"
)

// Leaf is one claim: Account may claim Amount (a uint256, never a float).
type Leaf struct {
	Account common.Address
	Amount  *big.Int
}

// Tree is an immutable StandardMerkleTree over (address, uint256) leaves. Leaves keep the
// index they had in the input to Build (or in the dump's values for Load); Proof and Leaf
// take that index.
type Tree struct {
	nodes     [][32]byte // heap layout, len 2n-1; nodes[0] is the root
	treeIndex []uint32   // original index -> position of its leaf in nodes
	accounts  []common.Address
	amounts   [][32]byte // big-endian uint256, as abi.encode writes it
	index     addrIndex
}

// maxLeaves keeps heap positions within uint32 and original indices within int32.
const maxLeaves = 1 << 30

var (
	// ErrEmpty is returned for an empty leaf set: OpenZeppelin refuses it too, and a root over
	// nothing would let nobody claim anything.
	ErrEmpty = errors.New("merkle: no leaves")
	// ErrDuplicateAccount is returned when an account has two leaves. Both would be claimable
	// on-chain unless the contract tracks claims per leaf, so covey allows one leaf per account.
	ErrDuplicateAccount = errors.New("duplicate account")
	// ErrInvalidAmount is returned for a nil, negative or > 2^256-1 amount, which abi.encode
	// cannot represent as a uint256.
	ErrInvalidAmount = errors.New("invalid amount")
	// ErrNotFound is returned by ProofFor for an account that has no leaf.
	ErrNotFound = errors.New("account not in tree")
)

// amountBytes validates a uint256 and returns it big-endian, as abi.encode lays it out.
func amountBytes(a *big.Int) (out [32]byte, err error) {
	if a == nil || a.Sign() < 0 || a.BitLen() > 256 {
		return out, ErrInvalidAmount
	}
	a.FillBytes(out[:])
	return out, nil
}

// Build hashes leaves, sorts them and builds the tree exactly like
// StandardMerkleTree.of(values, ["address", "uint256"]). It refuses an empty set, invalid
// amounts and duplicate accounts; errors name the offending input index. Build copies what it
// needs, so leaves may be reused afterwards.
func Build(leaves []Leaf) (*Tree, error) {
	n := len(leaves)
	if n == 0 {
		return nil, ErrEmpty
	}
	if n > maxLeaves {
		return nil, fmt.Errorf("merkle: %d leaves exceed the maximum of %d", n, maxLeaves)
	}
	t := &Tree{accounts: make([]common.Address, n), amounts: make([][32]byte, n)}
	lh := make([][32]byte, n)
	var firstBad atomic.Int64
	firstBad.Store(int64(n))
	parallelFor(n, func(lo, hi int, h *hasher) {
		for i := lo; i < hi; i++ {
			a := leaves[i].Amount
			if a == nil || a.Sign() < 0 || a.BitLen() > 256 {
				for cur := firstBad.Load(); int64(i) < cur && !firstBad.CompareAndSwap(cur, int64(i)); cur = firstBad.Load() {
				}
				return
			}
			t.accounts[i] = leaves[i].Account
			a.FillBytes(t.amounts[i][:])
			h.leaf(&lh[i], &t.accounts[i], &t.amounts[i])
		}
	})
	if i := int(firstBad.Load()); i < n {
		return nil, fmt.Errorf("merkle: leaf %d (%s): amount %v: %w", i, leaves[i].Account.Hex(), leaves[i].Amount, ErrInvalidAmount)
	}
	ix, dup, i, j := newAddrIndex(t.accounts)
	if dup {
		return nil, fmt.Errorf("merkle: leaves %d and %d: %s: %w", i, j, t.accounts[i].Hex(), ErrDuplicateAccount)
	}
	t.index = ix

	order := sortedOrder(lh)
	t.nodes = make([][32]byte, 2*n-1)
	t.treeIndex = make([]uint32, n)
	last := 2*n - 2
	parallelFor(n, func(lo, hi int, _ *hasher) {
		for k := lo; k < hi; k++ {
			o := order[k]
			t.nodes[last-k] = lh[o]
			t.treeIndex[o] = uint32(last - k)
		}
	})
	hashInternal(t.nodes)
	return t, nil
}

// hashInternal fills nodes[0 : n-1] from the leaves at the end, one heap level at a time
// (deepest first) so that every level is hashed in parallel from completed children.
func hashInternal(nodes [][32]byte) {
	internal := len(nodes) / 2 // n-1
	if internal == 0 {
		return
	}
	for d := bits.Len(uint(internal)) - 1; d >= 0; d-- {
		lo := 1<<d - 1
		hi := min(1<<(d+1)-1, internal)
		parallelFor(hi-lo, func(a, b int, h *hasher) {
			for i := lo + a; i < lo+b; i++ {
				h.node(&nodes[i], &nodes[2*i+1], &nodes[2*i+2])
			}
		})
	}
}

// Root is the value to publish on-chain.
func (t *Tree) Root() [32]byte { return t.nodes[0] }

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.treeIndex) }

// Leaf returns leaf i (original index) with a fresh Amount the caller may modify.
func (t *Tree) Leaf(i int) Leaf {
	return Leaf{Account: t.accounts[i], Amount: new(big.Int).SetBytes(t.amounts[i][:])}
}

// TreeIndex returns the position of leaf i (original index) in the heap array, the
// "treeIndex" of the standard-v1 dump.
func (t *Tree) TreeIndex(i int) int { return int(t.treeIndex[i]) }

// Index returns the original index of account's leaf, so callers need not keep their own map.
func (t *Tree) Index(account common.Address) (int, bool) {
	if t.accounts == nil { // built by BuildSorted, which keeps no accounts
		return -1, false
	}
	i := t.index.lookup(t.accounts, account)
	return i, i >= 0
}

// proofLen is the depth of heap position p: the number of siblings on its path to the root.
func proofLen(p uint32) int { return bits.Len32(p+1) - 1 }

// appendProof appends the sibling path of heap position p, leaf first, as getProof does.
func (t *Tree) appendProof(dst [][32]byte, p uint32) [][32]byte {
	for p > 0 {
		s := p + 1 // odd positions are left children
		if p%2 == 0 {
			s = p - 1
		}
		dst = append(dst, t.nodes[s])
		p = (p - 1) / 2
	}
	return dst
}

// Proof returns the proof for leaf i (original index), identical to getProof(i) in JS and
// accepted by OpenZeppelin's MerkleProof.verify. It panics if i is out of range, like a slice.
func (t *Tree) Proof(i int) [][32]byte {
	p := t.treeIndex[i]
	return t.appendProof(make([][32]byte, 0, proofLen(p)), p)
}

// AppendProof appends the proof of leaf i (original index) to dst as concatenated 32-byte
// siblings — the bytea/bytes32[] form — and returns the extended slice. Streaming every proof
// through one reused buffer is the cheapest way to store them all (no per-proof allocation, no
// n·log(n)·32 bytes held in memory); AllProofs is the random-access alternative.
func (t *Tree) AppendProof(dst []byte, i int) []byte {
	for p := t.treeIndex[i]; p > 0; p = (p - 1) / 2 {
		s := p + 1
		if p%2 == 0 {
			s = p - 1
		}
		dst = append(dst, t.nodes[s][:]...)
	}
	return dst
}

// EachProof calls fn with every leaf's original index and proof (concatenated 32-byte
// siblings), in tree order, stopping at the first error. Walking the leaves in tree order
// keeps reads of the tree sequential and cache-resident, which makes this the fastest way to
// store every proof (for example COPY into a bytea column). proof is reused between calls:
// copy it to keep it.
func (t *Tree) EachProof(fn func(i int, proof []byte) error) error {
	n := t.Len()
	byPos := make([]uint32, n) // leaf position - (n-1) -> original index
	for i, p := range t.treeIndex {
		byPos[int(p)-(n-1)] = uint32(i)
	}
	buf := make([]byte, 0, 32*proofLen(uint32(2*n-2)))
	for k, i := range byPos {
		buf = buf[:0]
		for p := uint32(n - 1 + k); p > 0; p = (p - 1) / 2 {
			s := p + 1
			if p%2 == 0 {
				s = p - 1
			}
			buf = append(buf, t.nodes[s][:]...)
		}
		if err := fn(int(i), buf); err != nil {
			return err
		}
	}
	return nil
}

// ProofFor returns account's amount and proof, which is what a claim needs; it fails with
// ErrNotFound if the account has no leaf.
func (t *Tree) ProofFor(account common.Address) (*big.Int, [][32]byte, error) {
	i, ok := t.Index(account)
	if !ok {
		return nil, nil, fmt.Errorf("merkle: %s: %w", account.Hex(), ErrNotFound)
	}
	return t.Leaf(i).Amount, t.Proof(i), nil
}

// Proofs holds every proof of a tree in one flat allocation, which is how they are stored or
// served in bulk: a million [][32]byte slices would cost a million allocations. Proofs are laid
// out in heap order (the order of the leaves in the tree), so that filling them walks the tree
// and the output sequentially; At(i) finds proof i (original index) by arithmetic.
type Proofs struct {
	nodes     [][32]byte
	treeIndex []uint32 // shared with the Tree, immutable
	first     uint32   // heap position of the first leaf, n-1
	deep      uint32   // heap position of the first leaf on the deepest level
	depth     int      // proof length of a leaf on the deepest level
}

// offset is where the proof of heap position p starts: leaves before the deepest level have
// proofs one sibling shorter than those on it.
func (ps *Proofs) offset(p uint32) int {
	o := int(p-ps.first) * (ps.depth - 1)
	if p > ps.deep {
		o += int(p - max(ps.deep, ps.first))
	}
	return o
}

// Len is the number of proofs, one per leaf.
func (ps *Proofs) Len() int { return len(ps.treeIndex) }

// At returns the proof of leaf i (original index). It aliases the set's storage (capacity is
// clipped, so appending to it copies); do not modify it.
func (ps *Proofs) At(i int) [][32]byte {
	p := ps.treeIndex[i]
	o := ps.offset(p)
	e := o + proofLen(p)
	return ps.nodes[o:e:e]
}

// Bytes returns the proof of leaf i as its siblings' 32-byte hashes concatenated — the form
// stored in a bytea column — aliasing the set's storage without a copy; do not modify it.
func (ps *Proofs) Bytes(i int) []byte {
	p := ps.At(i)
	if len(p) == 0 {
		return []byte{}
	}
	return unsafe.Slice(&p[0][0], 32*len(p))
}

// AllProofs computes the proof of every leaf in parallel.
func (t *Tree) AllProofs() *Proofs {
	n := t.Len()
	last := uint32(2*n - 2)
	depth := proofLen(last)
	ps := &Proofs{treeIndex: t.treeIndex, first: uint32(n - 1), deep: uint32(1)<<depth - 1, depth: depth}
	if n == 1 {
		return ps // a single leaf is the root: its proof is empty
	}
	ps.nodes = make([][32]byte, ps.offset(last+1))
	parallelFor(n, func(lo, hi int, _ *hasher) {
		for p := ps.first + uint32(lo); p < ps.first+uint32(hi); p++ {
			o := ps.offset(p)
			t.appendProof(ps.nodes[o:o:o+proofLen(p)], p)
		}
	})
	return ps
}

// LeafHash returns the leaf value OpenZeppelin's MerkleProof.verify is called with for l:
// keccak256(bytes.concat(keccak256(abi.encode(account, amount)))).
func LeafHash(l Leaf) ([32]byte, error) {
	var out [32]byte
	amt, err := amountBytes(l.Amount)
	if err != nil {
		return out, fmt.Errorf("merkle: amount %v: %w", l.Amount, err)
	}
	newHasher().leaf(&out, &l.Account, &amt)
	return out, nil
}

// Verify reports whether proof proves l under root, as StandardMerkleTree.verify and the
// on-chain MerkleProof.verify do. An invalid amount never verifies.
func Verify(root [32]byte, l Leaf, proof [][32]byte) bool {
	amt, err := amountBytes(l.Amount)
	if err != nil {
		return false
	}
	h := newHasher()
	var cur [32]byte
	h.leaf(&cur, &l.Account, &amt)
	for i := range proof {
		h.node(&cur, &cur, &proof[i])
	}
	return cur == root
}
