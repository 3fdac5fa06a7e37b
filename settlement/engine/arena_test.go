package engine

import (
	"fmt"
	"math/big"
	"testing"
)

// §4: after the fee, the pool splits N_T : V_T = gamma*(t+s) + (1-2gamma)*t : gamma*(t+s) + (1-2gamma)*s.
func TestSection4NodeValidatorSplit(t *testing.T) {
	for _, tc := range []struct {
		name         string
		gamma        string
		emission     int64
		nodeStake    int64 // stake of one node for the whole epoch (t = 100 * stake)
		valStake     int64
		wantN, wantV string
		wantTreasury string
	}{
		// t = 1000, s = 3000: 0.1*4000 + 0.8*1000 = 1200 vs 400 + 2400 = 2800 → 300 : 700.
		{"gamma 0.1 exact", "0.1", 1000, 10, 30, "300", "700", "1000"},
		// Pool 1001: 300.3 and 700.7, the leftover wei to the validator pool (0.7 > 0.3).
		{"gamma 0.1 rounding", "0.1", 1001, 10, 30, "300", "701", "1001"},
		// gamma 0.5: both weights are (t+s)/2; 500.5 each, the tie goes to the node pool.
		{"gamma 0.5 tie to node pool", "0.5", 1001, 10, 30, "501", "500", "1001"},
		// gamma 0: pure stake proportion 1000 : 3000.
		{"gamma 0 is proportional", "0", 1000, 10, 30, "250", "750", "1000"},
		// No validators (s = 0): gamma still guarantees them 0.1*(t+s) = 100 of 1000... and no one receives it.
		{"no validators: V_T goes to the treasury", "0.1", 1000, 10, 0, "900", "100", "1000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := smallPolicy()
			p.Gamma, p.Emission0 = ratOf(tc.gamma), big.NewInt(tc.emission)
			f := newFx(0, 1).stake(nodeA, 1, RoleNode, tc.nodeStake, 0)
			if tc.valStake > 0 {
				f.stake(val1, 1, RoleValidator, tc.valStake, 0)
			}
			r := f.run(t, p)
			tr := taskRes(t, r, 1)
			if tr.NodePool.String() != tc.wantN || tr.ValidatorPool.String() != tc.wantV {
				t.Fatalf("N %s V %s want %s %s", tr.NodePool, tr.ValidatorPool, tc.wantN, tc.wantV)
			}
			// No submissions: both pools are for no one and go to the treasury.
			eqAmounts(t, amounts(r), map[string]string{treasury: tc.wantTreasury})
		})
	}
}

// arenaBase is the common §5/§6 setup, epoch 0 = [0, 100): nodes A, B, C and validators V1, V2 each stake 1
// for the whole epoch (m = 100 each). t = 300, s = 200: N = 1000 * (50 + 240)/500 = 580, V = 420.
// Submissions: A → 1 (t=10), B → 2 (t=11), C → 3 (t=12).
func arenaBase() *fx {
	f := newFx(0, 1)
	for _, a := range []string{nodeA, nodeB, nodeC} {
		f.stake(a, 1, RoleNode, 1, 0)
	}
	f.stake(val1, 1, RoleValidator, 1, 0).stake(val2, 1, RoleValidator, 1, 0)
	return f.sub(1, 1, nodeA, 10).sub(2, 1, nodeB, 11).sub(3, 1, nodeC, 12)
}

// standardScores: sub 1: 800k/900k → c = 800k (equal weights: the lower one is the smallest with half the
// weight); sub 2: 700k/700k → 700k; sub 3: 800k/800k → 800k.
func standardScores(f *fx) *fx {
	return f.score(1, val1, 800000, 20).score(1, val2, 900000, 21).
		score(2, val1, 700000, 22).score(2, val2, 700000, 23).
		score(3, val1, 800000, 24).score(3, val2, 800000, 25)
}

type lb struct {
	node  string
	score uint32
}

// §5: eligibility, consensus, ranks and node rewards; §6 via the validator amounts.
func TestSection5TrainingNodes(t *testing.T) {
	for _, tc := range []struct {
		name     string
		build    func() *fx
		policy   func(*Policy)
		wantLB   []lb
		wantPaid map[string]string
	}{
		{
			// A and C tie at 800k; A's submission came first → A rank 0, C rank 1, B rank 2.
			// w = 100, 50, 25 (rho 0.5): 580*100/175 = 331.43, 165.71, 82.86 → floors 331, 165, 82, two
			// leftover wei to B (.86) and C (.71): A 331, C 166, B 83.
			// §6: V1 agrees with every consensus (D 0, F 1, v 100); V2 is off by 0.1 on one of three
			// (D 1/30, F 1 - (1/30)/0.2 = 5/6, v 250/3): 420*300/550 = 229.09, 420*250/550 = 190.91 → 229, 191.
			name:     "worked example",
			build:    func() *fx { return standardScores(arenaBase()) },
			wantLB:   []lb{{nodeA, 800000}, {nodeC, 800000}, {nodeB, 700000}},
			wantPaid: map[string]string{nodeA: "331", nodeC: "166", nodeB: "83", val1: "229", val2: "191"},
		},
		{
			// Same block: the tie between A and C is broken by log index (C's log comes first).
			name: "tie broken by log index within a block",
			build: func() *fx {
				f := standardScores(arenaBase())
				f.in.Submissions[0].Position = Position{Time: 10, Block: 900, LogIndex: 5} // A
				f.in.Submissions[2].Position = Position{Time: 10, Block: 900, LogIndex: 4} // C
				return f
			},
			wantLB:   []lb{{nodeC, 800000}, {nodeA, 800000}, {nodeB, 700000}},
			wantPaid: map[string]string{nodeC: "331", nodeA: "166", nodeB: "83", val1: "229", val2: "191"},
		},
		{
			// Both validators re-score B's submission to 900k: B ranks first (w 100), A (50), C (25).
			// V2's deviation stays 0.1 on sub 1: validators unchanged.
			name: "re-score replaces the earlier score",
			build: func() *fx {
				return standardScores(arenaBase()).score(2, val1, 900000, 50).score(2, val2, 900000, 51)
			},
			wantLB:   []lb{{nodeB, 900000}, {nodeA, 800000}, {nodeC, 800000}},
			wantPaid: map[string]string{nodeB: "331", nodeA: "166", nodeC: "83", val1: "229", val2: "191"},
		},
		{
			// V2 corrects its 900k on sub 1 to 800k: both validators now have D = 0, F = 1 → 210 each.
			name: "re-score improves the validator's quality",
			build: func() *fx {
				return standardScores(arenaBase()).score(1, val2, 800000, 60)
			},
			wantLB:   []lb{{nodeA, 800000}, {nodeC, 800000}, {nodeB, 700000}},
			wantPaid: map[string]string{nodeA: "331", nodeC: "166", nodeB: "83", val1: "210", val2: "210"},
		},
		{
			// Only V1 scores: one score per submission < minScores 2 → no eligible submission → N to the treasury;
			// no validator scored an eligible submission → V to the treasury too.
			name: "no eligible node: both pools to the treasury",
			build: func() *fx {
				return arenaBase().score(1, val1, 800000, 20).score(2, val1, 700000, 21).score(3, val1, 800000, 22)
			},
			wantLB:   nil,
			wantPaid: map[string]string{treasury: "1000"},
		},
		{
			// minScores 1: the same single scores make every submission eligible. V1: F = 1; V2 scored nothing: F = 0.
			name: "minScores 1",
			build: func() *fx {
				return arenaBase().score(1, val1, 800000, 20).score(2, val1, 700000, 21).score(3, val1, 800000, 22)
			},
			policy:   func(p *Policy) { p.MinScores = 1 },
			wantLB:   []lb{{nodeA, 800000}, {nodeC, 800000}, {nodeB, 700000}},
			wantPaid: map[string]string{nodeA: "331", nodeC: "166", nodeB: "83", val1: "420"},
		},
		{
			// V3 has no stake: its scores are ignored, so every submission has one participant score → nothing eligible.
			name: "a score from a non-participant validator is ignored",
			build: func() *fx {
				return arenaBase().score(1, val1, 800000, 20).score(1, val3, 800000, 21).
					score(2, val1, 700000, 22).score(2, val3, 700000, 23)
			},
			wantPaid: map[string]string{treasury: "1000"},
		},
		{
			// A's only submission is in epoch 1 (t=150) and scored there: A is not ranked. C 100, B 50:
			// 386.67, 193.33 → C 387, B 193. Validators both agree on subs 2 and 3: 210 each.
			name: "a submission outside the epoch is not eligible",
			build: func() *fx {
				f := arenaBase()
				f.in.Submissions[0].Time = 150
				return f.score(1, val1, 900000, 160).score(1, val2, 900000, 161).
					score(2, val1, 700000, 22).score(2, val2, 700000, 23).
					score(3, val1, 800000, 24).score(3, val2, 800000, 25)
			},
			wantLB:   []lb{{nodeC, 800000}, {nodeB, 700000}},
			wantPaid: map[string]string{nodeC: "387", nodeB: "193", val1: "210", val2: "210"},
		},
		{
			// V2's score of sub 3 comes at t=100, in epoch 1: sub 3 has one score in epoch 0 → not eligible.
			// A (800k) rank 0, B rank 1 → 387, 193. V1: D 0, v 100; V2: (0.1 + 0)/2 = 0.05, F = 0.75, v 75
			// → 420*100/175 = 240, 420*75/175 = 180.
			name: "a score after the epoch does not count",
			build: func() *fx {
				return arenaBase().score(1, val1, 800000, 20).score(1, val2, 900000, 21).
					score(2, val1, 700000, 22).score(2, val2, 700000, 23).
					score(3, val1, 800000, 24).score(3, val2, 800000, 100)
			},
			wantLB:   []lb{{nodeA, 800000}, {nodeB, 700000}},
			wantPaid: map[string]string{nodeA: "387", nodeB: "193", val1: "240", val2: "180"},
		},
		{
			// V2 stakes 3 (m 300): t = 300, s = 400, N : V = 70+240 : 70+320 = 310 : 390 → 442.86, 557.14 → 443, 557.
			// Sub 1: 800k (100) and 900k (300): 2*100 < 400, 2*400 >= 400 → c = 900k. A 253.14, C 126.57, B 63.29
			// → A 253, C 127, B 63. V1: D 1/30, F 5/6, v 250/3; V2: F 1, v 300 → 557*250/1150 = 121.09,
			// 557*900/1150 = 435.91 → 121, 436.
			name: "the median is weighted by the validators' stake",
			build: func() *fx {
				f := standardScores(arenaBase())
				f.in.StakeChanges[4].NewStake = big.NewInt(3)
				return f
			},
			wantLB:   []lb{{nodeA, 900000}, {nodeC, 800000}, {nodeB, 700000}},
			wantPaid: map[string]string{nodeA: "253", nodeC: "127", nodeB: "63", val1: "121", val2: "436"},
		},
		{
			// A has two eligible submissions (700k, then 800k): its epoch score is the best; the earliest among
			// equal bests decides its tie with C. Here A's better one (sub 4, t=30) is later than C's (t=12).
			name: "a node's best submission counts; ties use that submission's position",
			build: func() *fx {
				f := arenaBase().sub(4, 1, nodeA, 30)
				return f.score(1, val1, 700000, 40).score(1, val2, 700000, 41).
					score(4, val1, 800000, 42).score(4, val2, 800000, 43).
					score(2, val1, 600000, 44).score(2, val2, 600000, 45).
					score(3, val1, 800000, 46).score(3, val2, 800000, 47)
			},
			wantLB: []lb{{nodeC, 800000}, {nodeA, 800000}, {nodeB, 600000}},
			// C 331, A 166, B 83; V1 and V2 agree everywhere → 210 each.
			wantPaid: map[string]string{nodeC: "331", nodeA: "166", nodeB: "83", val1: "210", val2: "210"},
		},
		{
			// B has no stake: its submission is ignored although it is scored.
			name: "a node without stake is not ranked",
			build: func() *fx {
				f := standardScores(arenaBase())
				f.in.StakeChanges[1].NewStake = big.NewInt(0) // B
				return f
			},
			// t = 200, s = 200: N = V = 500. A 100, C 50 → 333.33, 166.67 → A 333, C 167.
			// Validators: B's sub no longer eligible; V2 off by 0.1 on one of 2 → D 0.05, F 0.75 → 500*100/175 =
			// 285.71, 214.29 → 286, 214.
			wantLB:   []lb{{nodeA, 800000}, {nodeC, 800000}},
			wantPaid: map[string]string{nodeA: "333", nodeC: "167", val1: "286", val2: "214"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := smallPolicy()
			if tc.policy != nil {
				tc.policy(p)
			}
			r := tc.build().run(t, p)
			tr := taskRes(t, r, 1)
			var got []lb
			for i, e := range tr.Leaderboard {
				if e.Rank != i {
					t.Errorf("rank %d at position %d", e.Rank, i)
				}
				got = append(got, lb{e.Node, e.Score})
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.wantLB) {
				t.Errorf("leaderboard %v want %v", got, tc.wantLB)
			}
			eqAmounts(t, amounts(r), tc.wantPaid)
		})
	}
}

// §5: the weighted median is the smallest score x whose scores <= x carry at least half the weight.
func TestSection5WeightedMedian(t *testing.T) {
	w := func(s uint32, weight int64) weightedScore { return weightedScore{s, big.NewInt(weight)} }
	for _, tc := range []struct {
		name string
		ws   []weightedScore
		want uint32
	}{
		{"single score", []weightedScore{w(42, 7)}, 42},
		{"odd count, equal weights", []weightedScore{w(30, 1), w(10, 1), w(20, 1)}, 20},
		{"two equal weights: the lower score already has half", []weightedScore{w(20, 1), w(10, 1)}, 10},
		{"heavier high score", []weightedScore{w(10, 1), w(20, 5)}, 20},
		{"cumulative 1 of 5 < half, 4 of 5 >= half", []weightedScore{w(50, 3), w(10, 1), w(90, 1)}, 50},
		{"exactly half at a boundary", []weightedScore{w(10, 2), w(20, 1), w(30, 1)}, 10},
		{"just under half", []weightedScore{w(10, 49), w(20, 51)}, 20},
		{"equal scores from several validators", []weightedScore{w(5, 1), w(7, 1), w(7, 1), w(9, 3)}, 7},
		{"wei-sized weights", []weightedScore{
			{0, bi("1000000000000000000000000000")}, {1000000, bi("1000000000000000000000000001")}}, 1000000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := weightedMedian(tc.ws); got != tc.want {
				t.Fatalf("got %d want %d", got, tc.want)
			}
		})
	}
}

// §6: D_j, C_j, F_j = C_j * max(0, 1 - D_j/tau) and the validator split.
func TestSection6ValidatorQuality(t *testing.T) {
	// Nodes A, B (t = 200), validators V1, V2, V3 (s = 300): N : V = 50+160 : 50+240 → 420 : 580.
	// Sub 1 (A): V1 500k, V2 500k, V3 v3score → with v3score >= 500k, c = 500k. Sub 2 (B): V1 600k, V2 700k → 600k.
	// B ranks first: B 280, A 140.
	base := func(v3score uint32) *fx {
		f := newFx(0, 1).stake(nodeA, 1, RoleNode, 1, 0).stake(nodeB, 1, RoleNode, 1, 0)
		for _, v := range []string{val1, val2, val3} {
			f.stake(v, 1, RoleValidator, 1, 0)
		}
		return f.sub(1, 1, nodeA, 10).sub(2, 1, nodeB, 11).
			score(1, val1, 500000, 20).score(1, val2, 500000, 21).score(1, val3, v3score, 22).
			score(2, val1, 600000, 23).score(2, val2, 700000, 24)
	}
	type q struct{ coverage, deviation, quality string }
	for _, tc := range []struct {
		name     string
		build    func() *fx
		policy   func(*Policy)
		want     map[string]q
		wantPaid map[string]string
	}{
		{
			// V1: D 0, C 1, F 1, v 100. V2: D (0 + 0.1)/2 = 1/20, F 0.75, v 75. V3: one of two (C 1/2),
			// D 0.4 >= tau → F 0. 580*100/175 = 331.43, 580*75/175 = 248.57 → 331, 249.
			name:  "zero quality beyond tau",
			build: func() *fx { return base(900000) },
			want: map[string]q{
				val1: {"1", "0", "1"}, val2: {"1", "1/20", "3/4"}, val3: {"1/2", "2/5", "0"},
			},
			wantPaid: map[string]string{nodeA: "140", nodeB: "280", val1: "331", val2: "249"},
		},
		{
			// V3 agrees on the one it scored: D 0 but coverage 1/2 → F 1/2, v 50. Total 225:
			// 257.78, 193.33, 128.89 → floors 578, leftover 2 to V3 (.89) then V1 (.78).
			name:  "coverage scales quality",
			build: func() *fx { return base(500000) },
			want: map[string]q{
				val1: {"1", "0", "1"}, val2: {"1", "1/20", "3/4"}, val3: {"1/2", "0", "1/2"},
			},
			wantPaid: map[string]string{nodeA: "140", nodeB: "280", val1: "258", val2: "193", val3: "129"},
		},
		{
			// tau 0.05: V2's D = 1/20 reaches tau exactly → F 0. Only V1 (and V3 at 1/2) are paid:
			// 580*100/150 = 386.67, 580*50/150 = 193.33 → 387, 193.
			name:   "deviation equal to tau gives zero",
			build:  func() *fx { return base(500000) },
			policy: func(p *Policy) { p.Tau = ratOf("0.05") },
			want: map[string]q{
				val1: {"1", "0", "1"}, val2: {"1", "1/20", "0"}, val3: {"1/2", "0", "1/2"},
			},
			wantPaid: map[string]string{nodeA: "140", nodeB: "280", val1: "387", val3: "193"},
		},
		{
			// Every validator has F = 0: sub 1 V1 0, V2 1M → c = 0; sub 2 V1 1M, V2 0 → c = 0. Each is off by 1
			// on one of two: D = 1/2 > tau. t = s = 200 → N = V = 500; A (earlier) 333.33, B 166.67 → 333, 167.
			name: "no validator with positive weight: V_T to the treasury",
			build: func() *fx {
				return newFx(0, 1).stake(nodeA, 1, RoleNode, 1, 0).stake(nodeB, 1, RoleNode, 1, 0).
					stake(val1, 1, RoleValidator, 1, 0).stake(val2, 1, RoleValidator, 1, 0).
					sub(1, 1, nodeA, 10).sub(2, 1, nodeB, 11).
					score(1, val1, 0, 20).score(1, val2, 1000000, 21).
					score(2, val1, 1000000, 22).score(2, val2, 0, 23)
			},
			want:     map[string]q{val1: {"1", "1/2", "0"}, val2: {"1", "1/2", "0"}},
			wantPaid: map[string]string{nodeA: "333", nodeB: "167", treasury: "500"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := smallPolicy()
			if tc.policy != nil {
				tc.policy(p)
			}
			r := tc.build().run(t, p)
			tr := taskRes(t, r, 1)
			for _, v := range tr.Validators {
				w, ok := tc.want[v.Validator]
				if !ok {
					t.Errorf("unexpected validator %s", v.Validator)
					continue
				}
				got := q{v.Coverage.RatString(), v.Deviation.RatString(), v.Quality.RatString()}
				if got != w {
					t.Errorf("%s: got %+v want %+v", v.Validator, got, w)
				}
			}
			if len(tr.Validators) != len(tc.want) {
				t.Errorf("%d validators, want %d", len(tr.Validators), len(tc.want))
			}
			eqAmounts(t, amounts(r), tc.wantPaid)
		})
	}
}
