package engine

import (
	"fmt"
	"math/big"
	"testing"
)

// §7: R_p splits between p (o_p + sigma*d_p) and each delegator q ((1 - sigma)*d_qp).
//
// Setup, epoch 0: node A stakes 1 (o 100), del1 delegates 3 to A (d 300, m 400); V1, V2 stake 1.
// t = 400, s = 200: N : V = 60+320 : 60+160 → 633.33 : 366.67 → 633, 367. A is the only node: R_A = 633.
// V1 and V2 agree (F 1 each): 183.5 each, the tie to the lower address → V1 184, V2 183.
func delegationBase(epoch uint64) *fx {
	start := int64(epoch) * 100
	return newFx(epoch, 1).stake(nodeA, 1, RoleNode, 1, 0).deleg(del1, nodeA, 1, 3, 0).
		stake(val1, 1, RoleValidator, 1, 0).stake(val2, 1, RoleValidator, 1, 0).
		sub(1, 1, nodeA, start+10).score(1, val1, 500000, start+20).score(1, val2, 500000, start+21)
}

func TestSection7Delegation(t *testing.T) {
	for _, tc := range []struct {
		name      string
		build     func() *fx
		wantPaid  map[string]string
		wantSigma uint32
	}{
		{
			// sigma 0 (never set): 633 * 100/400 = 158.25, 633 * 300/400 = 474.75 → A 158, del1 475.
			name:     "sigma 0: the delegator earns its stake's reward",
			build:    func() *fx { return delegationBase(0) },
			wantPaid: map[string]string{nodeA: "158", del1: "475", val1: "184", val2: "183"},
		},
		{
			name:      "sigma 1: the participant keeps everything",
			build:     func() *fx { return delegationBase(0).sigma(nodeA, 1000000, -5) },
			wantPaid:  map[string]string{nodeA: "633", val1: "184", val2: "183"},
			wantSigma: 1000000,
		},
		{
			// sigma 0.5: A 100 + 0.5*300 = 250, del1 150 → 395.625, 237.375 → A 396, del1 237.
			name:      "sigma 0.5",
			build:     func() *fx { return delegationBase(0).sigma(nodeA, 500000, 0) },
			wantPaid:  map[string]string{nodeA: "396", del1: "237", val1: "184", val2: "183"},
			wantSigma: 500000,
		},
		{
			// Epoch 1 = [100, 200): sigma 0.5 set at 50, 1.0 set at 100 (the start: it applies), 0 set at 150
			// (during the epoch: next epoch). Stake from t=0 counts the whole epoch.
			name: "the latest value at or before the epoch's start applies",
			build: func() *fx {
				return delegationBase(1).sigma(nodeA, 500000, 50).sigma(nodeA, 1000000, 100).sigma(nodeA, 0, 150)
			},
			wantPaid:  map[string]string{nodeA: "633", val1: "184", val2: "183"},
			wantSigma: 1000000,
		},
		{
			// Two delegators of 1 each and own 1, sigma 0: m = 300, t = 300, s = 200 → N 580, V 420.
			// 580/3 = 193.33 each: the leftover wei to the lowest address, A (0x…a1). V1, V2 210 each.
			name: "equal remainders: the lower address",
			build: func() *fx {
				return newFx(0, 1).stake(nodeA, 1, RoleNode, 1, 0).deleg(del2, nodeA, 1, 1, 0).deleg(del1, nodeA, 1, 1, 0).
					stake(val1, 1, RoleValidator, 1, 0).stake(val2, 1, RoleValidator, 1, 0).
					sub(1, 1, nodeA, 10).score(1, val1, 500000, 20).score(1, val2, 500000, 21)
			},
			wantPaid: map[string]string{nodeA: "194", del1: "193", del2: "193", val1: "210", val2: "210"},
		},
		{
			// del1 backs validator V1 with 1 (V1 m 200): t = 100, s = 300 → N : V = 40+80 : 40+240 → 300 : 700.
			// V1 and V2 both F 1: 700*200/300 = 466.67, 233.33 → V1 467, V2 233. V1's 467 splits 1:1 with del1
			// (sigma 0): 233.5 each, the tie to the lower address → V1 (0x…b1) 234, del1 233.
			name: "delegation to a validator",
			build: func() *fx {
				return newFx(0, 1).stake(nodeA, 1, RoleNode, 1, 0).
					stake(val1, 1, RoleValidator, 1, 0).stake(val2, 1, RoleValidator, 1, 0).deleg(del1, val1, 1, 1, 0).
					sub(1, 1, nodeA, 10).score(1, val1, 500000, 20).score(1, val2, 500000, 21)
			},
			wantPaid: map[string]string{nodeA: "300", val1: "234", del1: "233", val2: "233"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.build().run(t, smallPolicy())
			eqAmounts(t, amounts(r), tc.wantPaid)
			for _, p := range taskRes(t, r, 1).Participants {
				if p.Account == nodeA && p.SigmaPpm != tc.wantSigma {
					t.Errorf("sigma %d want %d", p.SigmaPpm, tc.wantSigma)
				}
			}
		})
	}
}

// §7: the breakdown names the task, the backed role and the participant a delegated amount came through.
func TestSection7Breakdown(t *testing.T) {
	r := delegationBase(0).run(t, smallPolicy())
	for _, a := range r.Accounts {
		var got string
		for _, c := range a.Breakdown {
			got += fmt.Sprintf("[%s %s %s %s %s]", c.Task, c.Role, c.Kind, c.Via, c.Amount)
		}
		want := map[string]string{
			nodeA: "[1 node own  158]",
			del1:  "[1 node delegated " + nodeA + " 475]",
			val1:  "[1 validator own  184]",
			val2:  "[1 validator own  183]",
		}[a.Account]
		if got != want {
			t.Errorf("%s: %s want %s", a.Account, got, want)
		}
	}
}

// §8: the one largest-remainder split.
func TestSection8LargestRemainder(t *testing.T) {
	ints := func(xs ...int64) []*big.Rat {
		var out []*big.Rat
		for _, x := range xs {
			out = append(out, big.NewRat(x, 1))
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		pool    string
		weights []*big.Rat
		want    string // "" when no one may receive
	}{
		{"equal thirds: the tie to the lower index", "10", ints(1, 1, 1), "[4 3 3]"},
		{"the larger remainder wins", "10", ints(1, 2), "[3 7]"},
		{"remainders 2/7, 6/7, 6/7: two leftover wei to the later two", "10", ints(3, 2, 2), "[4 3 3]"},
		{"rational weights on different denominators", "100", []*big.Rat{big.NewRat(1, 3), big.NewRat(1, 3), big.NewRat(1, 3)}, "[34 33 33]"},
		{"mixed rationals: 1/2 : 1/3 : 1/6 of 7 = 3.5, 2.33, 1.17", "7", []*big.Rat{big.NewRat(1, 2), big.NewRat(1, 3), big.NewRat(1, 6)}, "[4 2 1]"},
		{"zero weights get nothing", "7", ints(0, 1, 0), "[0 7 0]"},
		{"more parties than wei", "5", ints(1, 1, 1, 1, 1, 1, 1), "[1 1 1 1 1 0 0]"},
		{"empty pool", "0", ints(1, 2), "[0 0]"},
		{"wei-sized pool", "1000000000000000000000001", ints(1, 1), "[500000000000000000000001 500000000000000000000000]"},
		{"all weights zero: no one may receive", "9", ints(0, 0), ""},
		{"no parties: no one may receive", "9", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			shares, ok, err := splitLargestRemainder(bi(tc.pool), tc.weights)
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				if tc.want != "" {
					t.Fatalf("not ok, want %s", tc.want)
				}
				return
			}
			if got := fmt.Sprint(shares); got != tc.want {
				t.Fatalf("got %s want %s", got, tc.want)
			}
		})
	}
}

// §8: the fee, and every pool no one may receive, go to the treasury.
func TestSection8FeeAndResiduals(t *testing.T) {
	for _, tc := range []struct {
		name        string
		policy      func(*Policy)
		build       func() *fx
		wantPaid    map[string]string
		wantFee     string
		wantUnalloc string
		wantTreas   string // the treasury's breakdown
	}{
		{
			// P = 1001, fee floor(1001 * 0.05) = 50; 951 splits 475.5 : 475.5 → node pool 476 (tie), V 475.
			// No submissions: both pools to the treasury.
			name:      "fee phi, then both pools for no one",
			policy:    func(p *Policy) { p.Phi, p.Emission0 = ratOf("0.05"), big.NewInt(1001) },
			build:     func() *fx { return newFx(0, 1).stake(nodeA, 1, RoleNode, 1, 0).stake(val1, 1, RoleValidator, 1, 0) },
			wantPaid:  map[string]string{treasury: "1001"},
			wantFee:   "50",
			wantTreas: "[1  fee 50][1 node treasury 476][1 validator treasury 475]",
		},
		{
			// Fee 0.05 of the delegation example's pool 1000 = 50; 950 → N : V = 380 : 220 → 601.67, 348.33
			// → 602, 348 → A gets 602 with sigma 0: 150.5, 451.5 → the tie to the lower address A (0x…a1):
			// A 151, del1 451; V1, V2 174 each.
			name:      "fee with payouts",
			policy:    func(p *Policy) { p.Phi = ratOf("0.05") },
			build:     func() *fx { return delegationBase(0) },
			wantPaid:  map[string]string{nodeA: "151", del1: "451", val1: "174", val2: "174", treasury: "50"},
			wantFee:   "50",
			wantTreas: "[1  fee 50]",
		},
		{
			name:        "no task with stake: the emission to the treasury",
			build:       func() *fx { return newFx(0, 1, 2).stake(nodeA, 1, RoleNode, 5, 100) },
			wantPaid:    map[string]string{treasury: "1000"},
			wantFee:     "0",
			wantUnalloc: "1000",
			wantTreas:   "[<nil>  treasury 1000]",
		},
		{
			name:        "no tasks at all",
			build:       func() *fx { return newFx(0) },
			wantPaid:    map[string]string{treasury: "1000"},
			wantFee:     "0",
			wantUnalloc: "1000",
			wantTreas:   "[<nil>  treasury 1000]",
		},
		{
			// Task 2 has revenue but no stake: its pool (500) goes to the treasury whole.
			name: "revenue of a task without stake",
			build: func() *fx {
				return newFx(0, 1, 2).stake(nodeA, 1, RoleNode, 1, 0).stake(val1, 1, RoleValidator, 1, 0).buy(2, 500, 10)
			},
			wantPaid:  map[string]string{treasury: "1500"},
			wantFee:   "0",
			wantTreas: "[1 node treasury 500][1 validator treasury 500][2  treasury 500]",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := smallPolicy()
			if tc.policy != nil {
				tc.policy(p)
			}
			r := tc.build().run(t, p)
			eqAmounts(t, amounts(r), tc.wantPaid)
			if r.TreasuryFees.String() != tc.wantFee {
				t.Errorf("fees %s want %s", r.TreasuryFees, tc.wantFee)
			}
			if tc.wantUnalloc == "" {
				tc.wantUnalloc = "0"
			}
			if r.Unallocated.String() != tc.wantUnalloc {
				t.Errorf("unallocated %s want %s", r.Unallocated, tc.wantUnalloc)
			}
			var got string
			for _, a := range r.Accounts {
				if a.Account == treasury {
					for _, c := range a.Breakdown {
						got += fmt.Sprintf("[%v %s %s %s]", c.Task, c.Role, c.Kind, c.Amount)
					}
				}
			}
			if got != tc.wantTreas {
				t.Errorf("treasury breakdown %s want %s", got, tc.wantTreas)
			}
		})
	}
}
