package settlement

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/merkle"
	"github.com/covey-labs/covey/settlement/engine"
)

// AccountLeaf is one account's line of a settled epoch: what it received in the epoch and its
// cumulative leaf amount after it (spec §9).
type AccountLeaf struct {
	Account    string // lowercase 0x hex
	Amount     *big.Int
	Cumulative *big.Int
}

// ErrCumulativeDecrease is returned when a new tree would lower an account's cumulative amount:
// such a root could be front-run by claims under the old one and is never built.
var ErrCumulativeDecrease = fmt.Errorf("cumulative amount decreases")

// Cumulate adds an epoch's amounts to the previous cumulative amounts. Every account ever paid
// keeps a leaf (with amount 0 in epochs it earns nothing). The result is sorted by account.
func Cumulate(prev map[string]*big.Int, accounts []engine.AccountResult) ([]AccountLeaf, error) {
	at := make(map[string]int, len(prev)+len(accounts))
	out := make([]AccountLeaf, 0, len(prev)+len(accounts))
	for a, c := range prev {
		if c == nil || c.Sign() < 0 {
			return nil, fmt.Errorf("previous cumulative of %s is invalid", a)
		}
		at[a] = len(out)
		out = append(out, AccountLeaf{Account: a, Amount: new(big.Int), Cumulative: new(big.Int).Set(c)})
	}
	for _, r := range accounts {
		a := strings.ToLower(r.Account)
		if r.Amount == nil || r.Amount.Sign() < 0 {
			return nil, fmt.Errorf("%s: invalid epoch amount %v", a, r.Amount)
		}
		if i, ok := at[a]; ok {
			out[i].Amount.Add(out[i].Amount, r.Amount)
			out[i].Cumulative.Add(out[i].Cumulative, r.Amount)
			continue
		}
		at[a] = len(out)
		out = append(out, AccountLeaf{Account: a, Amount: new(big.Int).Set(r.Amount), Cumulative: new(big.Int).Set(r.Amount)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Account < out[j].Account })
	return out, nil
}

// CheckNoDecrease refuses leaves that would lower (or drop) any cumulative amount of a previously
// published tree (account → cumulative).
func CheckNoDecrease(published map[string]*big.Int, leaves []AccountLeaf) error {
	seen := make(map[string]*big.Int, len(leaves))
	for _, l := range leaves {
		seen[l.Account] = l.Cumulative
	}
	var bad []string
	for a, old := range published {
		now, ok := seen[a]
		switch {
		case !ok:
			bad = append(bad, fmt.Sprintf("%s: %s -> (no leaf)", a, old))
		case now.Cmp(old) < 0:
			bad = append(bad, fmt.Sprintf("%s: %s -> %s", a, old, now))
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

// Tree is the cumulative tree of an epoch; proofs and heap positions come from it leaf by leaf.
type Tree struct {
	Tree *merkle.Tree
}

// BuildTree builds the OpenZeppelin StandardMerkleTree over (account, cumulative) of leaves.
func BuildTree(leaves []AccountLeaf) (*Tree, error) {
	ml := make([]merkle.Leaf, len(leaves))
	for i, l := range leaves {
		ml[i] = merkle.Leaf{Account: common.HexToAddress(l.Account), Amount: l.Cumulative}
	}
	t, err := merkle.Build(ml)
	if err != nil {
		return nil, fmt.Errorf("building tree: %w", err)
	}
	return &Tree{Tree: t}, nil
}
