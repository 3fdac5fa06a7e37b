package engine

import (
	"math/big"
	"strings"
	"testing"
)

// Inconsistent inputs are errors, never silently paid.
func TestComputeRejectsBadInput(t *testing.T) {
	for _, tc := range []struct {
		name    string
		build   func() *fx
		wantErr string
	}{
		{"delegation to an address without a role", func() *fx { return newFx(0, 1).deleg(del1, nodeA, 1, 1, 0) }, "no role"},
		{"self delegation", func() *fx { return newFx(0, 1).stake(nodeA, 1, RoleNode, 1, 0).deleg(nodeA, nodeA, 1, 1, 0) }, "itself"},
		{"two roles in a task", func() *fx { return newFx(0, 1).stake(nodeA, 1, RoleNode, 1, 0).stake(nodeA, 1, RoleValidator, 1, 5) }, "has role"},
		{"FL role in an Arena task", func() *fx { return newFx(0, 1).stake(nodeA, 1, RoleFL, 1, 0) }, "is not a role of arena task"},
		{"unknown task", func() *fx { return newFx(0, 1).stake(nodeA, 2, RoleNode, 1, 0) }, "not in Tasks"},
		{"task listed twice", func() *fx { return newFx(0, 1, 1) }, "listed twice"},
		{"duplicate event position", func() *fx {
			f := newFx(0, 1).stake(nodeA, 1, RoleNode, 1, 0).stake(nodeB, 1, RoleNode, 1, 0)
			f.in.StakeChanges[1].Position = f.in.StakeChanges[0].Position
			return f
		}, "share block"},
		{"score above 1e6", func() *fx { return newFx(0, 1).score(1, val1, 1000001, 0) }, "score 1000001"},
		{"sigma above 1e6", func() *fx { return newFx(0, 1).sigma(nodeA, 1000001, 0) }, "sigmaPpm"},
		{"bad address", func() *fx { return newFx(0, 1).stake("0xnothex", 1, RoleNode, 1, 0) }, "invalid address"},
		{"negative stake", func() *fx { return newFx(0, 1).stake(nodeA, 1, RoleNode, -1, 0) }, "not a uint256"},
		{"missing amount", func() *fx {
			f := newFx(0, 1).buy(1, 1, 0)
			f.in.Purchases[0].Net = nil
			return f
		}, "missing amount"},
		{"purchase for an FL task", func() *fx { return newFx(0).flTask(5).buy(5, 1, 0) }, "FL task"},
		{"slash fund for an Arena task", func() *fx {
			f := newFx(0, 1)
			f.in.SlashFunds = append(f.in.SlashFunds, SlashFund{Task: big.NewInt(1), Amount: big.NewInt(1), Position: f.pos(0)})
			return f
		}, "not an FL task"},
		{"submission id twice", func() *fx { return newFx(0, 1).sub(1, 1, nodeA, 0).sub(1, 1, nodeB, 1) }, "appears twice"},
		{"FL round twice", func() *fx {
			f := newFx(0).flTask(5)
			f.in.FLRounds = []FLRound{{Task: big.NewInt(5), Round: 1, Outcome: OutcomeAccepted, Position: f.pos(1)},
				{Task: big.NewInt(5), Round: 1, Outcome: OutcomeAccepted, Position: f.pos(2)}}
			return f
		}, "appears twice"},
		{"FL round with an unknown outcome", func() *fx {
			f := newFx(0).flTask(5)
			f.in.FLRounds = []FLRound{{Task: big.NewInt(5), Round: 1, Outcome: 4, Position: f.pos(1)}}
			return f
		}, "unknown outcome 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Compute(smallPolicy(), &tc.build().in)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
	if _, err := Compute(nil, &EpochInput{}); err == nil {
		t.Fatal("nil policy accepted")
	}
	if _, err := Compute(smallPolicy(), &EpochInput{Epoch: 1 << 62}); err == nil || !strings.Contains(err.Error(), "beyond int64") {
		t.Fatalf("epoch overflow: %v", err)
	}
	bad := smallPolicy()
	bad.Rho = ratOf("0")
	if _, err := Compute(bad, &EpochInput{}); err == nil {
		t.Fatal("invalid policy accepted")
	}
}
