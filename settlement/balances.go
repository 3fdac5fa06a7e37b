package settlement

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
)

// Balances are accounts' uint256 amounts in strictly ascending account order, as two flat arrays:
// 52 bytes an account where a map of hex strings to big.Ints costs ~200, with no pointer for the
// collector to scan. Epochs of 10M accounts settle in a few GB because every account-sized set
// (the previous cumulative amounts, the new leaves) is kept this way and joined in account order.
type Balances struct {
	Accounts []common.Address
	Amounts  []uint256.Int
}

// Len is the number of accounts.
func (b *Balances) Len() int { return len(b.Accounts) }

// Get returns account's amount (binary search).
func (b *Balances) Get(a common.Address) (*uint256.Int, bool) {
	i := sort.Search(len(b.Accounts), func(i int) bool { return bytes.Compare(b.Accounts[i][:], a[:]) >= 0 })
	if i < len(b.Accounts) && b.Accounts[i] == a {
		return &b.Amounts[i], true
	}
	return nil, false
}

// Total is the sum of the amounts (exact: it may exceed 2^256).
func (b *Balances) Total() *big.Int {
	total, x := new(big.Int), new(big.Int)
	for i := range b.Amounts {
		b.Amounts[i].IntoBig(&x)
		total.Add(total, x)
	}
	return total
}

func (b *Balances) add(a common.Address, v *uint256.Int) {
	b.Accounts = append(b.Accounts, a)
	b.Amounts = append(b.Amounts, *v)
}

// sorted reports whether the accounts are in ascending order (duplicates allowed).
func (b *Balances) sorted() bool {
	for i := 1; i < len(b.Accounts); i++ {
		if bytes.Compare(b.Accounts[i-1][:], b.Accounts[i][:]) > 0 {
			return false
		}
	}
	return true
}

// byAccount sorts Balances by account, moving both arrays.
type byAccount struct{ *Balances }

func (b byAccount) Less(i, j int) bool { return bytes.Compare(b.Accounts[i][:], b.Accounts[j][:]) < 0 }
func (b byAccount) Swap(i, j int) {
	b.Accounts[i], b.Accounts[j] = b.Accounts[j], b.Accounts[i]
	b.Amounts[i], b.Amounts[j] = b.Amounts[j], b.Amounts[i]
}

// sortUnique orders b by account, refusing an account listed twice (rows read back from a table
// keyed by account never repeat one: a repetition is damage, not something to add up).
func (b *Balances) sortUnique(what string) error {
	if !b.sorted() {
		sort.Sort(byAccount{b})
	}
	for i := 1; i < len(b.Accounts); i++ {
		if b.Accounts[i-1] == b.Accounts[i] {
			return fmt.Errorf("%s: account %s listed twice", what, accountHex(b.Accounts[i]))
		}
	}
	return nil
}

// sortSum orders b by account and adds up the amounts of an account listed more than once.
func (b *Balances) sortSum() error {
	if !b.sorted() {
		sort.Sort(byAccount{b})
	}
	k := 0
	for i := range b.Accounts {
		if k > 0 && b.Accounts[k-1] == b.Accounts[i] {
			if _, over := b.Amounts[k-1].AddOverflow(&b.Amounts[k-1], &b.Amounts[i]); over {
				return fmt.Errorf("%s: amount exceeds 2^256-1", accountHex(b.Accounts[i]))
			}
			continue
		}
		b.Accounts[k], b.Amounts[k] = b.Accounts[i], b.Amounts[i]
		k++
	}
	b.Accounts, b.Amounts = b.Accounts[:k], b.Amounts[:k]
	return nil
}

// accountHex is an account as the tables and manifests write it: 0x and 40 lowercase hex digits.
func accountHex(a common.Address) string { return hexutil.Encode(a[:]) }

// parseAccount parses 0x and 40 hex digits (in any case, as the lowercasing path before it did),
// refusing anything else.
func parseAccount(s string) (common.Address, error) {
	var a common.Address
	rest, ok := strings.CutPrefix(s, "0x")
	if !ok {
		rest, ok = strings.CutPrefix(s, "0X")
	}
	if !ok || len(rest) != 40 {
		return a, fmt.Errorf("account %q: want 0x and 40 hex digits", s)
	}
	if _, err := hex.Decode(a[:], []byte(rest)); err != nil {
		return a, fmt.Errorf("account %q: want 0x and 40 hex digits", s)
	}
	return a, nil
}

// toUint256 converts an amount; it is not ok for nil, negative or over 256 bits.
func toUint256(x *big.Int) (v uint256.Int, ok bool) {
	if x == nil || x.Sign() < 0 {
		return v, false
	}
	return v, !v.SetFromBig(x)
}

// BalancesOf gathers readable (account → amount) pairs into Balances: for small sets built by hand
// (tests, tools). An account given twice in different cases is refused, as are invalid amounts.
func BalancesOf(amounts map[string]*big.Int) (*Balances, error) {
	b := &Balances{}
	for s, x := range amounts {
		a, err := parseAccount(s)
		if err != nil {
			return nil, err
		}
		v, ok := toUint256(x)
		if !ok {
			return nil, fmt.Errorf("%s: invalid amount %v", s, x)
		}
		b.add(a, &v)
	}
	if err := b.sortUnique("balances"); err != nil {
		return nil, err
	}
	return b, nil
}
