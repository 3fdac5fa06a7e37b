package settlement

import (
	"math/big"
	"testing"
)

func balancesOf(t testing.TB, m map[string]*big.Int) *Balances {
	t.Helper()
	b, err := BalancesOf(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
