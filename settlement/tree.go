package settlement

import (
	"bytes"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/covey-labs/covey/merkle"
	"github.com/covey-labs/covey/settlement/engine"
)

// AccountLeaf is one account's line of a settled epoch: what it received in the epoch and its
// cumulative leaf amount after it (spec §9), in the readable form manifests and tests use.
type AccountLeaf struct {
	Account    string // lowercase 0x hex
	Amount     *big.Int
	Cumulative *big.Int
}

// Leaves are an epoch's cumulative leaves in account order: the embedded Balances hold each
// account's cumulative amount (the tree's leaves), and what it received in the epoch is that minus
// its previous cumulative amount, derived while walking them (Each) rather than stored, which keeps
// a leaf at 52 bytes.
type Leaves struct {
	Balances
	prev *Balances // the previous cumulative amounts; every account of it has a leaf
}

// Each calls fn with every leaf in account order: its index, account, epoch amount and cumulative
// amount (amount is reused between calls: copy it to keep it). It stops at fn's first error.
func (l *Leaves) Each(fn func(i int, account common.Address, amount, cumulative *uint256.Int) error) error {
	c := l.cursor()
	for c.next() {
		if err := fn(c.i, l.Accounts[c.i], &c.amount, &l.Amounts[c.i]); err != nil {
			return err
		}
	}
	return nil
}

// leafCursor walks the leaves and, in step, the previous amounts to derive each epoch amount.
type leafCursor struct {
	l      *Leaves
	i, j   int // the current leaf; the first previous account not below it
	amount uint256.Int
}

func (l *Leaves) cursor() *leafCursor { return &leafCursor{l: l, i: -1} }

// next moves to the next leaf and derives its epoch amount; false past the last.
func (c *leafCursor) next() bool {
	c.i++
	if c.i >= c.l.Len() {
		return false
	}
	a := &c.l.Accounts[c.i]
	c.amount = c.l.Amounts[c.i]
	if p := c.l.prev; p != nil {
		for c.j < p.Len() && bytes.Compare(p.Accounts[c.j][:], a[:]) < 0 {
			c.j++
		}
		if c.j < p.Len() && p.Accounts[c.j] == *a {
			c.amount.Sub(&c.amount, &p.Amounts[c.j])
		}
	}
	return true
}

// Totals are the sums of the epoch amounts and of the cumulative amounts.
func (l *Leaves) Totals() (epoch, cumulative *big.Int) {
	cumulative = l.Total()
	epoch = new(big.Int).Set(cumulative)
	if l.prev != nil {
		epoch.Sub(epoch, l.prev.Total())
	}
	return epoch, cumulative
}

// List is every leaf in readable form: for small epochs and tests (it costs ~200 bytes a leaf).
func (l *Leaves) List() []AccountLeaf {
	out := make([]AccountLeaf, 0, l.Len())
	_ = l.Each(func(_ int, a common.Address, amount, cumulative *uint256.Int) error {
		out = append(out, AccountLeaf{Account: accountHex(a), Amount: amount.ToBig(), Cumulative: cumulative.ToBig()})
		return nil
	})
	return out
}

// ErrCumulativeDecrease is returned when a new tree would lower an account's cumulative amount:
// such a root could be front-run by claims under the old one and is never built.
var ErrCumulativeDecrease = fmt.Errorf("cumulative amount decreases")

// Cumulate adds an epoch's amounts, the n results result(i), to the previous cumulative amounts
// (nil: none). Every account ever paid keeps a leaf (with amount 0 in epochs it earns nothing).
// Results are read and not kept (their Amount may be reused between calls); an account listed twice,
// in any case, is added up. Results in strictly ascending account order, as the engine gives them,
// are merge-joined with the previous amounts straight into the leaves, in two passes over them
// (count, then fill), so that nothing but the leaves is allocated; others are first gathered
// compactly and sorted.
func Cumulate(prev *Balances, n int, result func(i int) engine.AccountResult) (*Leaves, error) {
	if prev == nil {
		prev = &Balances{}
	}
	at := func(i int) (common.Address, uint256.Int, error) {
		r := result(i)
		a, err := parseAccount(r.Account)
		if err != nil {
			return a, uint256.Int{}, err
		}
		v, ok := toUint256(r.Amount)
		if !ok {
			return a, v, fmt.Errorf("%s: invalid epoch amount %v", strings.ToLower(r.Account), r.Amount)
		}
		return a, v, nil
	}
	size, ordered, err := countUnion(prev, n, at)
	if err != nil {
		return nil, err
	}
	if !ordered {
		ep := &Balances{Accounts: make([]common.Address, 0, n), Amounts: make([]uint256.Int, 0, n)}
		for i := range n {
			a, v, _ := at(i) // valid: countUnion read them all
			ep.add(a, &v)
		}
		if err := ep.sortSum(); err != nil {
			return nil, err
		}
		n, at = ep.Len(), func(i int) (common.Address, uint256.Int, error) { return ep.Accounts[i], ep.Amounts[i], nil }
		size, _, _ = countUnion(prev, n, at)
	}
	return merge(prev, size, n, at)
}

// countUnion reads the n epoch amounts at(i), failing at the first invalid one, and reports whether
// they are in strictly ascending account order and, if so, how many accounts they and prev have.
func countUnion(prev *Balances, n int, at func(i int) (common.Address, uint256.Int, error)) (size int, ordered bool, err error) {
	ordered = true
	j := 0
	var last common.Address
	for i := range n {
		a, _, err := at(i)
		if err != nil {
			return 0, false, err
		}
		if i > 0 && bytes.Compare(last[:], a[:]) >= 0 {
			ordered = false
		}
		last = a
		for j < prev.Len() && bytes.Compare(prev.Accounts[j][:], a[:]) < 0 {
			j++
			size++
		}
		if j < prev.Len() && prev.Accounts[j] == a {
			j++
		}
		size++
	}
	return size + prev.Len() - j, ordered, nil
}

// merge joins prev and the n ordered epoch amounts at(i) into leaves (size accounts).
func merge(prev *Balances, size, n int, at func(i int) (common.Address, uint256.Int, error)) (*Leaves, error) {
	out := &Leaves{Balances: Balances{Accounts: make([]common.Address, 0, size), Amounts: make([]uint256.Int, 0, size)}, prev: prev}
	i := 0
	for k := range n {
		a, v, _ := at(k)
		for i < prev.Len() && bytes.Compare(prev.Accounts[i][:], a[:]) < 0 {
			out.add(prev.Accounts[i], &prev.Amounts[i])
			i++
		}
		if i < prev.Len() && prev.Accounts[i] == a {
			if _, over := v.AddOverflow(&v, &prev.Amounts[i]); over {
				return nil, fmt.Errorf("%s: cumulative amount exceeds 2^256-1", accountHex(a))
			}
			i++
		}
		out.add(a, &v)
	}
	for ; i < prev.Len(); i++ {
		out.add(prev.Accounts[i], &prev.Amounts[i])
	}
	return out, nil
}

// CheckNoDecrease refuses leaves that would lower (or drop) any cumulative amount of a previously
// published tree, walking both in account order.
func CheckNoDecrease(published *Balances, leaves *Leaves) error {
	var bad []string
	j := 0
	for i, a := range published.Accounts {
		for j < leaves.Len() && bytes.Compare(leaves.Accounts[j][:], a[:]) < 0 {
			j++
		}
		old := &published.Amounts[i]
		switch {
		case j == leaves.Len() || leaves.Accounts[j] != a:
			bad = append(bad, fmt.Sprintf("%s: %s -> (no leaf)", accountHex(a), old.Dec()))
		case leaves.Amounts[j].Lt(old):
			bad = append(bad, fmt.Sprintf("%s: %s -> %s", accountHex(a), old.Dec(), leaves.Amounts[j].Dec()))
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		if len(bad) > 10 {
			bad = append(bad[:10], fmt.Sprintf("… and %d more", len(bad)-10))
		}
		return fmt.Errorf("%w: %s", ErrCumulativeDecrease, strings.Join(bad, "; "))
	}
	return nil
}

// Tree is the cumulative tree of an epoch; heap positions and node blocks come from it.
type Tree struct {
	Tree *merkle.Tree
}

// BuildTree builds the OpenZeppelin StandardMerkleTree over (account, amount) of b, with
// merkle.BuildSorted: b is already in account order, and the tree keeps no copy of it.
func BuildTree(b *Balances) (*Tree, error) {
	t, err := merkle.BuildSorted(b.Len(), func(i int) (common.Address, [32]byte) {
		return b.Accounts[i], b.Amounts[i].Bytes32()
	})
	if err != nil {
		return nil, fmt.Errorf("building tree: %w", err)
	}
	return &Tree{Tree: t}, nil
}
