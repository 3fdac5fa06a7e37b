package engine

import (
	"errors"
	"math/big"
	"sort"
)

// splitLargestRemainder is the one split of §8, used by every split in the engine (epoch → tasks,
// task → pools, pool → participants, participant → delegators, FL task → rounds → participants).
//
// It divides pool wei by the exact rational weights: share_i = floor(pool * W_i / sum W), then the
// leftover wei go one each to the largest fractional remainders. Ties go to the lower index, so the
// caller orders the entries by its tie rule (lower address, lower task id, node pool first). The shares
// always add up to pool. ok is false when the weights sum to zero (no one may receive the pool); the
// caller then sends the pool to the treasury.
func splitLargestRemainder(pool *big.Int, weights []*big.Rat) (shares []*big.Int, ok bool, err error) {
	if pool.Sign() < 0 {
		return nil, false, errors.New("split: negative pool")
	}
	// Bring the weights to integers over one common denominator (the lcm of the denominators).
	lcm := big.NewInt(1)
	g := new(big.Int)
	for _, w := range weights {
		if w.Sign() < 0 {
			return nil, false, errors.New("split: negative weight")
		}
		d := w.Denom()
		g.GCD(nil, nil, lcm, d)
		lcm.Mul(lcm, new(big.Int).Quo(d, g))
	}
	ints := make([]*big.Int, len(weights))
	total := new(big.Int)
	for i, w := range weights {
		n := new(big.Int).Quo(lcm, w.Denom())
		n.Mul(n, w.Num())
		ints[i] = n
		total.Add(total, n)
	}
	if total.Sign() == 0 {
		return nil, false, nil
	}
	shares = make([]*big.Int, len(weights))
	rems := make([]*big.Int, len(weights))
	given := new(big.Int)
	for i, n := range ints {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(pool, n), total, new(big.Int))
		shares[i], rems[i] = q, r
		given.Add(given, q)
	}
	left := new(big.Int).Sub(pool, given)
	if left.Sign() < 0 || left.Cmp(big.NewInt(int64(len(weights)))) > 0 {
		return nil, false, errors.New("split: leftover out of range")
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return rems[order[a]].Cmp(rems[order[b]]) > 0 // stable: equal remainders keep the lower index first
	})
	k := left.Int64()
	for i := int64(0); i < k; i++ {
		j := order[i]
		if rems[j].Sign() == 0 {
			return nil, false, errors.New("split: leftover wei without a remainder")
		}
		shares[j].Add(shares[j], big.NewInt(1))
	}
	return shares, true, nil
}
