package engine

import (
	"bytes"
	"flag"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json from the current engine")

// randomPolicy varies the parameters that change how splits fall.
func randomPolicy(rng *rand.Rand) *Policy {
	p := smallPolicy()
	p.EpochLength = 86400
	p.Genesis = 1767225600
	p.Emission0 = bi("1074000000000000000000")
	p.Decay = ratOf([]string{"0", "0.1", "0.25"}[rng.Intn(3)])
	p.Gamma = ratOf([]string{"0", "0.1", "0.25", "0.5"}[rng.Intn(4)])
	p.Rho = ratOf([]string{"0.8", "0.5", "1", "0.123"}[rng.Intn(4)])
	p.Tau = ratOf([]string{"0.2", "0.05", "1"}[rng.Intn(3)])
	p.Phi = ratOf([]string{"0", "0", "0.01", "0.333"}[rng.Intn(4)])
	p.MinScores = 1 + rng.Intn(3)
	return p
}

// Properties over a few hundred random epochs: every pool's shares add up to the pool (checkInvariants),
// total out == E_e + sum R_T, and permuting the input order gives byte-identical output.
func TestPropertiesRandomEpochs(t *testing.T) {
	const runs = 300
	var ranked, validatorsPaid, roundsPaid, delegated int
	defer func() {
		// The random inputs must reach every path, or the properties prove little.
		if ranked < runs/4 || validatorsPaid < runs/4 || roundsPaid < runs/10 || delegated < runs/4 {
			t.Errorf("weak coverage: %d ranked, %d validators paid, %d FL rounds paid, %d delegated of %d", ranked, validatorsPaid, roundsPaid, delegated, runs)
		}
	}()
	for seed := int64(1); seed <= runs; seed++ {
		rng := rand.New(rand.NewSource(seed))
		p := randomPolicy(rng)
		epoch := uint64(rng.Intn(100))
		in := randomInput(rng, p, epoch, 1+rng.Intn(3))
		r, err := Compute(p, in)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		checkInvariants(t, r)
		count(r, &ranked, &validatorsPaid, &roundsPaid, &delegated)
		want, err := r.CanonicalJSON()
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < 3; k++ {
			r2, err := Compute(p, shuffled(rng, in))
			if err != nil {
				t.Fatalf("seed %d shuffled: %v", seed, err)
			}
			got, _ := r2.CanonicalJSON()
			if !bytes.Equal(got, want) {
				t.Fatalf("seed %d: output depends on input order", seed)
			}
		}
		// The input is not modified: computing again gives the same bytes.
		r3, _ := Compute(p, in)
		if got, _ := r3.CanonicalJSON(); !bytes.Equal(got, want) {
			t.Fatalf("seed %d: Compute changed its input", seed)
		}
		if t.Failed() {
			t.Fatalf("seed %d failed", seed)
		}
	}
}

// Property of the split alone: shares add up to the pool, each share is within one wei of its exact
// value, and no share exceeds its exact value rounded up.
func TestPropertySplit(t *testing.T) {
	rng := rand.New(rand.NewSource(42))
	for run := 0; run < 500; run++ {
		n := rng.Intn(12)
		weights := make([]*big.Rat, n)
		total := new(big.Rat)
		for i := range weights {
			weights[i] = big.NewRat(rng.Int63n(1000), 1+rng.Int63n(50))
			if rng.Intn(4) == 0 {
				weights[i] = new(big.Rat)
			}
			total.Add(total, weights[i])
		}
		pool := new(big.Int).Rand(rng, bi("100000000000000000000000"))
		shares, ok, err := splitLargestRemainder(pool, weights)
		if err != nil {
			t.Fatal(err)
		}
		if ok != (total.Sign() > 0) {
			t.Fatalf("ok %v with total %s", ok, total)
		}
		if !ok {
			continue
		}
		sum := new(big.Int)
		for i, s := range shares {
			sum.Add(sum, s)
			exact := new(big.Rat).Mul(new(big.Rat).SetInt(pool), new(big.Rat).Quo(weights[i], total))
			diff := new(big.Rat).Sub(new(big.Rat).SetInt(s), exact)
			if diff.Cmp(big.NewRat(-1, 1)) <= 0 || diff.Cmp(big.NewRat(1, 1)) >= 0 {
				t.Fatalf("share %s is not within a wei of %s", s, exact.FloatString(3))
			}
		}
		if sum.Cmp(pool) != 0 {
			t.Fatalf("shares %s != pool %s", sum, pool)
		}
	}
}

// Golden: a fixed, moderately sized epoch under the default policy; its canonical output must not change
// by a byte unless the spec or the engine does (then: go test ./settlement/engine -run Golden -update).
func TestGolden(t *testing.T) {
	p := defaultPolicy(t)
	p.Phi = ratOf("0.02") // exercise the fee too
	rng := rand.New(rand.NewSource(20260112))
	in := randomInput(rng, p, 31, 4)
	r, err := Compute(p, in)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, r)
	got, err := r.CanonicalJSON()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("output differs from %s (%d vs %d bytes); if the change is intended, run with -update", path, len(got), len(want))
	}
	// The seed was chosen so the golden epoch reaches every path: FL rounds paid, several leaderboards, revenue.
	var fl, boards, rounds int
	for _, tr := range r.Tasks {
		if tr.Kind == TaskFL {
			fl++
		}
		if len(tr.Leaderboard) > 1 {
			boards++
		}
		for _, rd := range tr.Rounds {
			if rd.Paid.Sign() > 0 {
				rounds++
			}
		}
	}
	if fl < 1 || boards < 2 || rounds < 2 || len(r.Accounts) < 20 || r.Revenue.Sign() == 0 {
		t.Fatalf("golden input too thin: %d FL tasks, %d leaderboards, %d paid rounds, %d accounts", fl, boards, rounds, len(r.Accounts))
	}
}

func count(r *Result, ranked, validatorsPaid, roundsPaid, delegated *int) {
	var a, b, c, d bool
	for _, t := range r.Tasks {
		a = a || len(t.Leaderboard) > 1
		for _, v := range t.Validators {
			b = b || v.Reward.Sign() > 0
		}
		for _, rd := range t.Rounds {
			c = c || rd.Paid.Sign() > 0
		}
	}
	for _, acc := range r.Accounts {
		for _, cr := range acc.Breakdown {
			d = d || cr.Kind == KindDelegated
		}
	}
	for _, x := range []struct {
		ok bool
		n  *int
	}{{a, ranked}, {b, validatorsPaid}, {c, roundsPaid}, {d, delegated}} {
		if x.ok {
			*x.n++
		}
	}
}

// BenchmarkCompute measures a busy epoch (the golden input's size).
func BenchmarkCompute(b *testing.B) {
	p := defaultPolicy(b)
	in := randomInput(rand.New(rand.NewSource(20260112)), p, 31, 4)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Compute(p, in); err != nil {
			b.Fatal(err)
		}
	}
}
