package merkle

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
)

// Format is the dump format written by StandardMerkleTree.dump() and accepted by load().
const Format = "standard-v1"

// leafEncoding is the only encoding this package speaks.
var leafEncoding = [2]string{"address", "uint256"}

// Dump writes the tree as a standard-v1 JSON document, byte-identical to
// JSON.stringify(tree.dump()) of the JS library when its values were given as lowercase hex
// addresses and decimal strings (the library stores values verbatim; that is how we render
// them, matching the database conventions):
//
//	{"format":"standard-v1","leafEncoding":["address","uint256"],"tree":["0x…",…],
//	 "values":[{"value":["0x…","123"],"treeIndex":5},…]}
//
// values are in original (input) order.
func (t *Tree) Dump(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	buf := make([]byte, 0, 256)
	buf = append(buf, `{"format":"standard-v1","leafEncoding":["address","uint256"],"tree":[`...)
	for i := range t.nodes {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `"0x`...)
		buf = hex.AppendEncode(buf, t.nodes[i][:])
		buf = append(buf, '"')
		if len(buf) > 128 {
			bw.Write(buf)
			buf = buf[:0]
		}
	}
	buf = append(buf, `],"values":[`...)
	var amt big.Int
	for i := range t.accounts {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `{"value":["0x`...)
		buf = hex.AppendEncode(buf, t.accounts[i][:])
		buf = append(buf, `","`...)
		buf = amt.SetBytes(t.amounts[i][:]).Append(buf, 10)
		buf = append(buf, `"],"treeIndex":`...)
		buf = fmt.Appendf(buf, "%d}", t.treeIndex[i])
		bw.Write(buf)
		buf = buf[:0]
	}
	buf = append(buf, "]}"...)
	bw.Write(buf)
	return bw.Flush()
}

// MarshalJSON renders the standard-v1 dump, so a Tree can be embedded in other JSON.
func (t *Tree) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(t.nodes)*69 + len(t.accounts)*100)
	if err := t.Dump(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// dumpJSON mirrors the standard-v1 document.
type dumpJSON struct {
	Format       *string         `json:"format"`
	LeafEncoding []string        `json:"leafEncoding"`
	Tree         []string        `json:"tree"`
	Values       []dumpValueJSON `json:"values"`
}

type dumpValueJSON struct {
	Value     []json.RawMessage `json:"value"`
	TreeIndex *int64            `json:"treeIndex"`
}

// Load reads a standard-v1 dump (from this package or from StandardMerkleTree.dump()) and
// validates it the way StandardMerkleTree.load() does — every value's leaf hash must be at its
// treeIndex and every internal node must be the hash of its children — plus what the JS library
// takes for granted: exactly 2n-1 nodes, distinct leaf positions, one leaf per account. The
// loaded tree keeps the dump's node order, so its root is the dump's root even if the leaves
// were not sorted.
func Load(r io.Reader) (*Tree, error) {
	var d dumpJSON
	dec := json.NewDecoder(r)
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("merkle: decoding dump: %w", err)
	}
	if d.Format == nil || *d.Format != Format {
		f := "<missing>"
		if d.Format != nil {
			f = *d.Format
		}
		return nil, fmt.Errorf("merkle: unknown format %q", f)
	}
	if d.LeafEncoding == nil {
		return nil, errors.New("merkle: expected leaf encoding")
	}
	if len(d.LeafEncoding) != 2 || d.LeafEncoding[0] != leafEncoding[0] || d.LeafEncoding[1] != leafEncoding[1] {
		return nil, fmt.Errorf("merkle: unsupported leaf encoding %q, want %q", d.LeafEncoding, leafEncoding)
	}
	n := len(d.Values)
	if n == 0 {
		return nil, ErrEmpty
	}
	if n > maxLeaves {
		return nil, fmt.Errorf("merkle: %d leaves exceed the maximum of %d", n, maxLeaves)
	}
	if len(d.Tree) != 2*n-1 {
		return nil, fmt.Errorf("merkle: tree has %d nodes, want %d for %d values", len(d.Tree), 2*n-1, n)
	}
	t := &Tree{
		nodes:     make([][32]byte, 2*n-1),
		treeIndex: make([]uint32, n),
		accounts:  make([]common.Address, n),
		amounts:   make([][32]byte, n),
	}
	for i, s := range d.Tree {
		if err := decodeNode(&t.nodes[i], s); err != nil {
			return nil, fmt.Errorf("merkle: tree[%d]: %w", i, err)
		}
	}
	used := make([]bool, n)
	for i, v := range d.Values {
		if err := t.loadValue(i, v, d.Tree, used); err != nil {
			return nil, fmt.Errorf("merkle: values[%d]: %w", i, err)
		}
	}
	// Leaf hashes must match their nodes (as _validateValueAt does); checked in parallel.
	var bad atomic.Int64
	bad.Store(-1)
	parallelFor(n, func(lo, hi int, h *hasher) {
		var lh [32]byte
		for i := lo; i < hi; i++ {
			h.leaf(&lh, &t.accounts[i], &t.amounts[i])
			if lh != t.nodes[t.treeIndex[i]] {
				bad.CompareAndSwap(-1, int64(i))
				return
			}
		}
	})
	if i := bad.Load(); i >= 0 {
		return nil, fmt.Errorf("merkle: values[%d]: merkle tree does not contain the expected value", i)
	}
	if i := firstInvalidNode(t.nodes); i >= 0 {
		return nil, fmt.Errorf("merkle: tree[%d] is not the hash of its children: merkle tree is invalid", i)
	}
	ix, dup, i, j := newAddrIndex(t.accounts)
	if dup {
		return nil, fmt.Errorf("merkle: values %d and %d: %s: %w", i, j, t.accounts[i].Hex(), ErrDuplicateAccount)
	}
	t.index = ix
	return t, nil
}

// loadValue parses values[i] of a dump into t.
func (t *Tree) loadValue(i int, v dumpValueJSON, tree []string, used []bool) error {
	n := len(used)
	if len(v.Value) != 2 {
		return fmt.Errorf("value has %d elements, want 2 (address, uint256)", len(v.Value))
	}
	var s string
	if err := json.Unmarshal(v.Value[0], &s); err != nil {
		return fmt.Errorf("address: want a hex string, got %s", v.Value[0])
	}
	a, err := parseAddress(s, false)
	if err != nil {
		return err
	}
	t.accounts[i] = a
	amt, err := parseDumpAmount(v.Value[1])
	if err != nil {
		return err
	}
	if t.amounts[i], err = amountBytes(amt); err != nil {
		return fmt.Errorf("amount %s: %w", amt, err)
	}
	if v.TreeIndex == nil {
		return errors.New("missing treeIndex")
	}
	p := *v.TreeIndex
	if p < int64(n-1) || p > int64(2*n-2) {
		return fmt.Errorf("treeIndex %d is not a leaf position (%d..%d)", p, n-1, 2*n-2)
	}
	if used[p-int64(n-1)] {
		return fmt.Errorf("treeIndex %d used twice", p)
	}
	used[p-int64(n-1)] = true
	// The JS library compares leaf nodes as strings against its lowercase hex leaf hash.
	if ls := tree[p]; ls != strings.ToLower(ls) {
		return fmt.Errorf("tree[%d]: leaf node is not lowercase hex", p)
	}
	t.treeIndex[i] = uint32(p)
	return nil
}

// parseDumpAmount accepts what the JS library's abi encoder accepts for a uint256 that can
// round-trip through JSON: a decimal string, a 0x-hex string, or an integer JSON number.
func parseDumpAmount(raw json.RawMessage) (*big.Int, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		s = string(raw) // a JSON number
		if !isDecimal(s) {
			return nil, fmt.Errorf("amount %s: want a decimal string or an integer", raw)
		}
	}
	if rest, ok := strings.CutPrefix(s, "0x"); ok && rest != "" && isHex(rest) {
		v, _ := new(big.Int).SetString(rest, 16)
		return v, nil
	}
	if !isDecimal(s) {
		return nil, fmt.Errorf("amount %q: want a decimal string", s)
	}
	v, _ := new(big.Int).SetString(s, 10)
	return v, nil
}

// decodeNode parses a 0x-prefixed 32-byte hex node.
func decodeNode(dst *[32]byte, s string) error {
	rest, ok := strings.CutPrefix(s, "0x")
	if !ok || len(rest) != 64 {
		return fmt.Errorf("node %q: want 0x and 64 hex digits", s)
	}
	if _, err := hex.Decode(dst[:], []byte(rest)); err != nil {
		return fmt.Errorf("node %q: %w", s, err)
	}
	return nil
}

// firstInvalidNode returns the lowest internal node that is not the sorted-pair hash of its
// children, or -1 (isValidMerkleTree in the JS library).
func firstInvalidNode(nodes [][32]byte) int {
	internal := len(nodes) / 2
	var bad atomic.Int64
	bad.Store(int64(internal))
	parallelFor(internal, func(lo, hi int, h *hasher) {
		var want [32]byte
		for i := lo; i < hi; i++ {
			h.node(&want, &nodes[2*i+1], &nodes[2*i+2])
			if want != nodes[i] {
				for cur := bad.Load(); int64(i) < cur && !bad.CompareAndSwap(cur, int64(i)); cur = bad.Load() {
				}
				return
			}
		}
	})
	if i := int(bad.Load()); i < internal {
		return i
	}
	return -1
}
