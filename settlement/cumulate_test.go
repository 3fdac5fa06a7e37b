package settlement

import (
	"errors"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/merkle"
	"github.com/covey-labs/covey/settlement/engine"
)

func cumulate(prev *Balances, rs []engine.AccountResult) (*Leaves, error) {
	return Cumulate(prev, len(rs), func(i int) engine.AccountResult { return rs[i] })
}

// referenceLeaves is the in-memory path Cumulate replaced, kept as the oracle: a map of lowercase
// hex strings to big.Ints, sorted by string.
func referenceLeaves(prev map[string]*big.Int, accounts []engine.AccountResult) []AccountLeaf {
	at := map[string]int{}
	var out []AccountLeaf
	for a, c := range prev {
		at[a] = len(out)
		out = append(out, AccountLeaf{Account: a, Amount: new(big.Int), Cumulative: new(big.Int).Set(c)})
	}
	for _, r := range accounts {
		a := strings.ToLower(r.Account)
		if i, ok := at[a]; ok {
			out[i].Amount.Add(out[i].Amount, r.Amount)
			out[i].Cumulative.Add(out[i].Cumulative, r.Amount)
			continue
		}
		at[a] = len(out)
		out = append(out, AccountLeaf{Account: a, Amount: new(big.Int).Set(r.Amount), Cumulative: new(big.Int).Set(r.Amount)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Account < out[j].Account })
	return out
}

// referenceTree is merkle.Build over the reference leaves: the in-memory tree with its own index.
func referenceTree(t testing.TB, leaves []AccountLeaf) *merkle.Tree {
	t.Helper()
	ml := make([]merkle.Leaf, len(leaves))
	for i, l := range leaves {
		ml[i] = merkle.Leaf{Account: common.HexToAddress(l.Account), Amount: l.Cumulative}
	}
	tr, err := merkle.Build(ml)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func randomAmount(r *mrand.Rand) *big.Int {
	switch r.IntN(5) {
	case 0:
		return new(big.Int)
	case 1:
		return new(big.Int).Lsh(big.NewInt(r.Int64N(1<<40)+1), uint(64+r.IntN(120))) // beyond 64 and 128 bits
	default:
		return big.NewInt(r.Int64N(1 << 62))
	}
}

// randomEpoch draws a previous set and an epoch over a small pool of accounts, so that they overlap,
// in random order, with some accounts paid twice and some written in upper case.
func randomEpoch(r *mrand.Rand) (map[string]*big.Int, []engine.AccountResult) {
	pool := make([]string, 1+r.IntN(300))
	for i := range pool {
		pool[i] = fmt.Sprintf("0x%040x", r.Uint64()>>r.IntN(64))
		if r.IntN(3) == 0 {
			pool[i] = fmt.Sprintf("0x%08x%032x", r.Uint32(), r.Uint64())
		}
	}
	prev := map[string]*big.Int{}
	for _, a := range pool {
		if r.IntN(2) == 0 {
			prev[a] = randomAmount(r)
		}
	}
	var accounts []engine.AccountResult
	for _, a := range pool {
		for range r.IntN(3) {
			if r.IntN(4) == 0 {
				a = "0x" + strings.ToUpper(a[2:])
			}
			accounts = append(accounts, engine.AccountResult{Account: a, Amount: randomAmount(r)})
		}
	}
	lower := func(a, b engine.AccountResult) int {
		return strings.Compare(strings.ToLower(a.Account), strings.ToLower(b.Account))
	}
	switch r.IntN(3) {
	case 0:
		r.Shuffle(len(accounts), func(i, j int) { accounts[i], accounts[j] = accounts[j], accounts[i] })
	case 1:
		slices.SortFunc(accounts, lower)
	default: // as the engine gives them: in order, once each
		slices.SortFunc(accounts, lower)
		accounts = slices.CompactFunc(accounts, func(a, b engine.AccountResult) bool { return lower(a, b) == 0 })
	}
	return prev, accounts
}

// ordered reports whether accounts are in strictly ascending order (Cumulate's merge-only path).
func ordered(accounts []engine.AccountResult) bool {
	for i := 1; i < len(accounts); i++ {
		if strings.ToLower(accounts[i-1].Account) >= strings.ToLower(accounts[i].Account) {
			return false
		}
	}
	return true
}

// The compact path (Cumulate over Balances, BuildTree with merkle.BuildSorted) gives exactly the
// reference's leaves, amounts, totals, root and heap positions, on random epochs.
func TestCumulateIsReference(t *testing.T) {
	r := mrand.New(mrand.NewPCG(1, 2))
	paths := map[bool]int{}
	defer func() {
		if paths[true] < 50 || paths[false] < 50 {
			t.Errorf("rounds in order %d, out of order %d: both paths need exercising", paths[true], paths[false])
		}
	}()
	for round := range 300 {
		prevMap, accounts := randomEpoch(r)
		paths[ordered(accounts)]++
		want := referenceLeaves(prevMap, accounts)
		prev := balancesOf(t, prevMap)
		got, err := cumulate(prev, accounts)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		list := got.List()
		if len(list) != len(want) {
			t.Fatalf("round %d: %d leaves, reference %d", round, len(list), len(want))
		}
		wantEpoch, wantCum := new(big.Int), new(big.Int)
		for i := range want {
			if list[i].Account != want[i].Account || list[i].Amount.Cmp(want[i].Amount) != 0 || list[i].Cumulative.Cmp(want[i].Cumulative) != 0 {
				t.Fatalf("round %d, leaf %d: %v %v %v, reference %v %v %v", round, i, list[i].Account, list[i].Amount, list[i].Cumulative,
					want[i].Account, want[i].Amount, want[i].Cumulative)
			}
			wantEpoch.Add(wantEpoch, want[i].Amount)
			wantCum.Add(wantCum, want[i].Cumulative)
		}
		if e, c := got.Totals(); e.Cmp(wantEpoch) != 0 || c.Cmp(wantCum) != 0 {
			t.Fatalf("round %d: totals %v %v, reference %v %v", round, e, c, wantEpoch, wantCum)
		}
		if len(want) == 0 {
			continue
		}
		tree, err := BuildTree(&got.Balances)
		if err != nil {
			t.Fatal(err)
		}
		ref := referenceTree(t, want)
		if tree.Tree.Root() != ref.Root() {
			t.Fatalf("round %d: root differs from the in-memory path", round)
		}
		for i := range want {
			if tree.Tree.TreeIndex(i) != ref.TreeIndex(i) {
				t.Fatalf("round %d: leaf %d at %d, in-memory %d", round, i, tree.Tree.TreeIndex(i), ref.TreeIndex(i))
			}
		}
		if err := CheckNoDecrease(prev, got); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
	}
}

// CheckNoDecrease finds a lowered or dropped account wherever it is in the order.
func TestCheckNoDecreaseFindsEveryAccount(t *testing.T) {
	r := mrand.New(mrand.NewPCG(3, 4))
	for round := range 100 {
		prevMap, accounts := randomEpoch(r)
		if len(prevMap) == 0 {
			continue
		}
		got, err := cumulate(balancesOf(t, prevMap), accounts)
		if err != nil {
			t.Fatal(err)
		}
		list := got.List()
		victim := list[r.IntN(len(list))]
		published := map[string]*big.Int{victim.Account: new(big.Int).Add(victim.Cumulative, big.NewInt(1))}
		if err := CheckNoDecrease(balancesOf(t, published), got); !errors.Is(err, ErrCumulativeDecrease) || !strings.Contains(err.Error(), victim.Account) {
			t.Fatalf("round %d: raised %s not refused: %v", round, victim.Account, err)
		}
		missing := fmt.Sprintf("0x%040x", r.Uint64()|1<<63)
		if err := CheckNoDecrease(balancesOf(t, map[string]*big.Int{missing: big.NewInt(1)}), got); !errors.Is(err, ErrCumulativeDecrease) || !strings.Contains(err.Error(), "(no leaf)") {
			t.Fatalf("round %d: dropped account not refused: %v", round, err)
		}
	}
}

// Bad input is refused with the account named, never truncated or wrapped.
func TestCumulateRefusesBadInput(t *testing.T) {
	maxU := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	a := "0x" + strings.Repeat("ab", 20)
	for _, c := range []struct {
		name     string
		prev     map[string]*big.Int
		accounts []engine.AccountResult
		want     string
	}{
		{"negative", nil, []engine.AccountResult{{Account: a, Amount: big.NewInt(-1)}}, "invalid epoch amount -1"},
		{"nil", nil, []engine.AccountResult{{Account: a}}, "invalid epoch amount"},
		{"over 256 bits", nil, []engine.AccountResult{{Account: a, Amount: new(big.Int).Lsh(big.NewInt(1), 256)}}, "invalid epoch amount"},
		{"short account", nil, []engine.AccountResult{{Account: "0xab", Amount: big.NewInt(1)}}, "want 0x and 40 hex digits"},
		{"not hex", nil, []engine.AccountResult{{Account: "0x" + strings.Repeat("zz", 20), Amount: big.NewInt(1)}}, "want 0x and 40 hex digits"},
		{"epoch sum overflows", nil, []engine.AccountResult{{Account: a, Amount: maxU}, {Account: a, Amount: big.NewInt(1)}}, "exceeds 2^256-1"},
		{"cumulative overflows", map[string]*big.Int{a: maxU}, []engine.AccountResult{{Account: a, Amount: big.NewInt(1)}}, "cumulative amount exceeds 2^256-1"},
	} {
		var prev *Balances
		if c.prev != nil {
			prev = balancesOf(t, c.prev)
		}
		if _, err := cumulate(prev, c.accounts); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := BalancesOf(map[string]*big.Int{a: big.NewInt(1), "0x" + strings.ToUpper(a[2:]): big.NewInt(2)}); err == nil || !strings.Contains(err.Error(), "listed twice") {
		t.Errorf("an account twice in two cases: %v", err)
	}
}

// TestStreamedRootIsInMemoryRoot: on the benchmark's own input (1M accounts, or COVEY_BENCH_ACCOUNTS:
// the in-memory path needs ~1 GB a million), the compact leaves and tree give the in-memory path's
// root and positions. At the settlement benchmark's 10M:
//
//	COVEY_BENCH_ACCOUNTS=10000000 go test ./settlement/ -run '^TestStreamedRootIsInMemoryRoot$' -timeout 1h
func TestStreamedRootIsInMemoryRoot(t *testing.T) {
	if testing.Short() {
		t.Skip("1M accounts")
	}
	n := benchSize(t)
	prev := benchPrevious(n)
	_, tree := benchTree(t, prev, n)
	prevMap := make(map[string]*big.Int, prev.Len())
	for i, a := range prev.Accounts {
		prevMap[accountHex(a)] = prev.Amounts[i].ToBig()
	}
	accounts := make([]engine.AccountResult, n)
	result := benchAccounts(n)
	for i := range accounts {
		r := result(i)
		accounts[i] = engine.AccountResult{Account: r.Account, Amount: new(big.Int).Set(r.Amount)}
	}
	want := referenceLeaves(prevMap, accounts)
	ref := referenceTree(t, want)
	if tree.Tree.Root() != ref.Root() || tree.Tree.Len() != n {
		t.Fatalf("root %x (%d leaves), in-memory %x (%d)", tree.Tree.Root(), tree.Tree.Len(), ref.Root(), ref.Len())
	}
	for i := range n {
		if tree.Tree.TreeIndex(i) != ref.TreeIndex(i) {
			t.Fatalf("leaf %d at %d, in-memory %d", i, tree.Tree.TreeIndex(i), ref.TreeIndex(i))
		}
	}
}
