package engine

import (
	"math/big"
	"testing"
)

// §2: SS = sum b_k * dt_k over the pieces inside [start, end); a change at t counts from t.
func TestSection2StakeSeconds(t *testing.T) {
	const start, end = 100, 200
	pt := func(tm int64, blk uint64, bal int64) balancePoint {
		return balancePoint{Position{Time: tm, Block: blk}, big.NewInt(bal)}
	}
	for _, tc := range []struct {
		name string
		pts  []balancePoint
		want string
	}{
		{"no changes", nil, "0"},
		{"staked before the epoch counts all of it: 5*100", []balancePoint{pt(50, 1, 5)}, "500"},
		{"staked at the start: 5*100", []balancePoint{pt(100, 1, 5)}, "500"},
		{"staked in the last second counts one second: 5*1", []balancePoint{pt(199, 1, 5)}, "5"},
		{"staked at the end does not count", []balancePoint{pt(200, 1, 5)}, "0"},
		{"stake, unstake request, slash: 5*30 + 2*30 + 0*20", []balancePoint{pt(120, 1, 5), pt(150, 2, 2), pt(180, 3, 0)}, "210"},
		{"unsorted input gives the same: 5*30 + 2*30", []balancePoint{pt(180, 3, 0), pt(120, 1, 5), pt(150, 2, 2)}, "210"},
		{"two changes in one second: the later log wins, 7*50", []balancePoint{pt(150, 9, 7), pt(150, 8, 5)}, "350"},
		{"before and at the start: 9*100", []balancePoint{pt(50, 1, 3), pt(100, 2, 9)}, "900"},
		{"unstake before the epoch: 0", []balancePoint{pt(10, 1, 3), pt(20, 2, 0)}, "0"},
		{"changes after the end are ignored: 4*100", []balancePoint{pt(0, 1, 4), pt(250, 2, 100)}, "400"},
		{"wei-sized balances stay exact: 10^24 * 99 + 1", []balancePoint{
			{Position{Time: 101, Block: 1}, bi("1000000000000000000000000")}, pt(199, 2, 1)}, "98000000000000000000000001"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := stakeSeconds(tc.pts, start, end).String(); got != tc.want {
				t.Fatalf("got %s want %s", got, tc.want)
			}
		})
	}
}

// §2 through Compute: own and delegated stake-seconds, m_p = o_p + d_p, participants are those with m_p > 0.
func TestSection2Participants(t *testing.T) {
	// Epoch 1 = [100, 200). A stakes 2 at 50 (o = 200), del1 delegates 3 to A at 150 (d = 150), V1 stakes in the
	// last second (o = 1), V2 staked and fully unstaked before the epoch (not a participant), V3 stakes after
	// the end (not a participant).
	f := newFx(1, 1).
		stake(nodeA, 1, RoleNode, 2, 50).
		deleg(del1, nodeA, 1, 3, 150).
		stake(val1, 1, RoleValidator, 1, 199).
		stake(val2, 1, RoleValidator, 4, 10).stake(val2, 1, RoleValidator, 0, 20).
		stake(val3, 1, RoleValidator, 4, 200)
	r := f.run(t, smallPolicy())
	tr := taskRes(t, r, 1)
	got := map[string][3]string{}
	for _, p := range tr.Participants {
		got[p.Account] = [3]string{p.Own.String(), p.Delegated.String(), p.Stake.String()}
	}
	want := map[string][3]string{nodeA: {"200", "150", "350"}, val1: {"1", "0", "1"}}
	if len(got) != len(want) || got[nodeA] != want[nodeA] || got[val1] != want[val1] {
		t.Fatalf("participants %v want %v", got, want)
	}
	if tr.StakeSeconds.String() != "351" || tr.NodeStake.String() != "350" || tr.ValidatorStake.String() != "1" {
		t.Fatalf("S_T %s t %s s %s", tr.StakeSeconds, tr.NodeStake, tr.ValidatorStake)
	}
}
