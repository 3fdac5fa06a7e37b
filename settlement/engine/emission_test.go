package engine

import (
	"math/big"
	"testing"
)

// §3: E_e = floor(emission0 * (1 - decay)^floor(e / decayEvery)).
func TestSection3Emission(t *testing.T) {
	p := defaultPolicy(t) // 1074 FLOCK, decay 0.10 every 30 epochs
	for _, tc := range []struct {
		epoch uint64
		want  string
	}{
		{0, "1074000000000000000000"},
		{29, "1074000000000000000000"},
		{30, "966600000000000000000"},  // 1074 * 0.9
		{59, "966600000000000000000"},  // still one step
		{60, "869940000000000000000"},  // 1074 * 0.81
		{90, "782946000000000000000"},  // 1074 * 0.729
		{300, "374480644667400000000"}, // 1074 * 0.9^10 = 1074 * 0.3486784401 = 374.4806446674 FLOCK, exact in wei
	} {
		got := p.Emission(tc.epoch)
		// Independent check: 1074e18 * 9^k / 10^k with integer arithmetic.
		k := big.NewInt(int64(tc.epoch / 30))
		ref := new(big.Int).Mul(bi("1074000000000000000000"), new(big.Int).Exp(big.NewInt(9), k, nil))
		ref.Quo(ref, new(big.Int).Exp(big.NewInt(10), k, nil))
		if got.Cmp(ref) != 0 {
			t.Errorf("epoch %d: got %s, integer reference %s", tc.epoch, got, ref)
		}
		if got.String() != tc.want {
			t.Errorf("epoch %d: got %s want %s", tc.epoch, got, tc.want)
		}
	}
	// A rounding case: emission0 7 wei, decay 0.5: epoch 30 → floor(3.5) = 3, epoch 60 → floor(1.75) = 1.
	q := smallPolicy()
	q.Emission0, q.Decay = big.NewInt(7), ratOf("0.5")
	if a, b := q.Emission(30).String(), q.Emission(60).String(); a != "3" || b != "1" {
		t.Errorf("7 wei decayed: %s, %s", a, b)
	}
	// Far epochs stay exact and reach zero without error.
	if got := q.Emission(30 * 100); got.Sign() != 0 {
		t.Errorf("7 * 0.5^100 = %s", got)
	}
}

// §3: the task split by S_T (largest remainder, ties to the lower task id) and P_T = E_T + R_T.
func TestSection3TaskSplit(t *testing.T) {
	for _, tc := range []struct {
		name     string
		build    func() *fx
		wantE    map[int64]string
		wantPool map[int64]string
	}{
		{
			// S_1 = 100, S_2 = 200: 1000/3 = 333.33, 2000/3 = 666.67; the leftover wei goes to task 2 (2/3 > 1/3).
			name: "by stake, leftover to the larger remainder",
			build: func() *fx {
				return newFx(0, 1, 2).stake(nodeA, 1, RoleNode, 1, 0).stake(nodeB, 2, RoleNode, 2, 0)
			},
			wantE:    map[int64]string{1: "333", 2: "667"},
			wantPool: map[int64]string{1: "333", 2: "667"},
		},
		{
			// Three equal tasks: 333.33 each, the leftover wei to the lowest task id.
			name: "equal stake, tie to the lower task id",
			build: func() *fx {
				return newFx(0, 3, 1, 2).stake(nodeA, 3, RoleNode, 1, 0).stake(nodeA, 1, RoleNode, 1, 0).stake(nodeA, 2, RoleNode, 1, 0)
			},
			wantE: map[int64]string{1: "334", 2: "333", 3: "333"},
		},
		{
			// Task 2 has no stake: it gets no emission, but its revenue (in the epoch only) makes its pool.
			name: "revenue adds to the pool; a task without stake gets no emission",
			build: func() *fx {
				return newFx(0, 1, 2).stake(nodeA, 1, RoleNode, 1, 0).
					buy(1, 10, 50).buy(2, 7, 99).buy(2, 1000, 100).buy(1, 1000, -5)
			},
			wantE:    map[int64]string{1: "1000", 2: "0"},
			wantPool: map[int64]string{1: "1010", 2: "7"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.build().run(t, smallPolicy())
			for id, want := range tc.wantE {
				if got := taskRes(t, r, id).Emission.String(); got != want {
					t.Errorf("E_%d = %s want %s", id, got, want)
				}
			}
			for id, want := range tc.wantPool {
				if got := taskRes(t, r, id).Pool.String(); got != want {
					t.Errorf("P_%d = %s want %s", id, got, want)
				}
			}
		})
	}
}
