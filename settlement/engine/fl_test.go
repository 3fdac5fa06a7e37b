package engine

import (
	"math/big"
	"testing"
)

func (f *fx) slashFund(task, amount int64, t int64) *fx {
	f.in.SlashFunds = append(f.in.SlashFunds, SlashFund{Task: big.NewInt(task), Amount: big.NewInt(amount), Position: f.pos(t)})
	return f
}

func (f *fx) round(task int64, round uint64, outcome FLOutcome, t int64, proposers []FLProposer, voters []FLVoter) *fx {
	f.in.FLRounds = append(f.in.FLRounds, FLRound{Task: big.NewInt(task), Round: round, Outcome: outcome, Proposers: proposers, Voters: voters, Position: f.pos(t)})
	return f
}

const (
	accepted = OutcomeAccepted
	rejected = OutcomeRejected
	void     = OutcomeVoid
)

// §11: FL tasks share the emission by stake; the pool (emission + slashed stake to the pool) after the fee
// splits equally between the rounds finalized in the epoch, each round by m_p among its active, unslashed
// participants; a participant's round rewards are added up and split with its delegators once.
func TestSection11FLAlliance(t *testing.T) {
	// FL task 5: fl1 stakes 1 (o 100) and del1 delegates 1 to it (m 200), fl2 stakes 2 (m 200), fl3 3 (m 300).
	base := func() *fx {
		return newFx(0).flTask(5).stake(fl1, 5, RoleFL, 1, 0).deleg(del1, fl1, 5, 1, 0).
			stake(fl2, 5, RoleFL, 2, 0).stake(fl3, 5, RoleFL, 3, 0)
	}
	// Round 1 accepted: fl1 proposed, fl2 voted accept (paid), fl3 voted reject (slashed).
	// Round 2 rejected: fl2 proposed (slashed), fl1 voted reject (paid), fl3 did not reveal (inactive).
	// Round 3 finalizes in epoch 1: not this epoch's.
	rounds := func(f *fx) *fx {
		return f.round(5, 1, accepted, 40, []FLProposer{{fl1, true}}, []FLVoter{{fl2, true, true}, {fl3, true, false}}).
			round(5, 2, rejected, 60, []FLProposer{{fl2, true}}, []FLVoter{{fl1, true, false}, {fl3, false, false}}).
			round(5, 3, accepted, 120, []FLProposer{{fl3, true}}, nil)
	}
	for _, tc := range []struct {
		name       string
		build      func() *fx
		policy     func(*Policy)
		wantPaid   map[string]string
		wantRounds string
	}{
		{
			// P = 1000 + 30 (slash fund at t=50; the one at t=150 is next epoch's) = 1030 → 515 per round.
			// Round 1: fl1 200, fl2 200 → 257.5 each → fl1 258 (lower address), fl2 257. Round 2: fl1 515.
			// fl1's 773 splits o 100 : d 100 (sigma 0) → 386.5 each → the lower address del1 (0x…c1) 387, fl1 386.
			name:       "rounds, slashing and delegation",
			build:      func() *fx { return rounds(base().slashFund(5, 30, 50).slashFund(5, 99, 150)) },
			wantPaid:   map[string]string{del1: "387", fl1: "386", fl2: "257"},
			wantRounds: "1:515/515/0 2:515/515/0",
		},
		{
			// Fee 0.1 of 1030 = 103; 927 → rounds 464 (the lower round number), 463.
			// Round 1: 232 fl1, 232 fl2. Round 2: fl1 463. fl1 695 → 347.5 → del1 348, fl1 347.
			name:       "fee first, leftover wei to the lower round",
			build:      func() *fx { return rounds(base().slashFund(5, 30, 50)) },
			policy:     func(p *Policy) { p.Phi = ratOf("0.1") },
			wantPaid:   map[string]string{del1: "348", fl1: "347", fl2: "232", treasury: "103"},
			wantRounds: "1:464/464/0 2:463/463/0",
		},
		{
			// Round 1: the proposer did not submit and no one revealed: its 500 go to the treasury.
			// Round 2 (accepted): fl3 proposed (300), fl2 voted accept (200) → 300, 200.
			name: "a round with no one to pay",
			build: func() *fx {
				return base().
					round(5, 1, accepted, 40, []FLProposer{{fl1, false}}, []FLVoter{{fl2, false, true}}).
					round(5, 2, accepted, 41, []FLProposer{{fl3, true}}, []FLVoter{{fl2, true, true}})
			},
			wantPaid:   map[string]string{fl3: "300", fl2: "200", treasury: "500"},
			wantRounds: "1:500/0/500 2:500/500/0",
		},
		{
			// §11 quorum: a void round (no reveal, or below flQuorum) has no losers and pays its active participants.
			// P = 1000 → 500 per round. Round 1 void: fl1 proposed and submitted (200), fl2 revealed reject (200),
			// fl3 revealed accept (300): all active, none slashed → 500 * 200/700 = 142.86, 142.86, 214.29 →
			// fl1 143, fl2 143 (leftover wei to the lower addresses), fl3 214. Round 2 void with no reveal: fl2
			// submitted (200), fl1 and fl3 did not reveal → fl2 500. fl1 143 → 71.5 each → del1 72, fl1 71.
			name: "a void round pays its active participants: 500 → 143/143/214, 500 → fl2",
			build: func() *fx {
				return base().
					round(5, 1, void, 40, []FLProposer{{fl1, true}}, []FLVoter{{fl2, true, false}, {fl3, true, true}}).
					round(5, 2, void, 41, []FLProposer{{fl2, true}}, []FLVoter{{fl1, false, false}, {fl3, false, false}})
			},
			wantPaid:   map[string]string{del1: "72", fl1: "71", fl2: "643", fl3: "214"},
			wantRounds: "1:500/500/0 2:500/500/0",
		},
		{
			// "Slashed in it" is the rule's loser whether or not stake was left to take (slashRate 0, or an earlier
			// slash emptied it): the engine reads no slash amount. Round 1 rejected: proposer fl1 (submitted) and
			// fl3, who revealed accept, lose; fl2 revealed reject → fl2 gets all 500. Round 2 accepted: fl2 voted
			// reject and loses even if nothing was taken; fl3 proposed → fl3 500.
			name: "slashed in it whatever was taken: 1000 → fl2 500, fl3 500",
			build: func() *fx {
				return base().
					round(5, 1, rejected, 40, []FLProposer{{fl1, true}}, []FLVoter{{fl2, true, false}, {fl3, true, true}}).
					round(5, 2, accepted, 41, []FLProposer{{fl3, true}}, []FLVoter{{fl2, true, false}, {fl1, false, false}})
			},
			policy:     func(p *Policy) { p.SlashRate = ratOf("0") },
			wantPaid:   map[string]string{fl2: "500", fl3: "500"},
			wantRounds: "1:500/500/0 2:500/500/0",
		},
		{
			// SECURITY.md, a coalition of FL voters: fl3 (300) outvotes fl2 (200) in every round and rejects.
			// Proposer fl1 and accept voter fl2 are the losers; 135 of their slashed stake reached the pool (t=50).
			// P = 1000 + 135 = 1135 → rounds 568, 567, each paid to its only active non-loser, fl3: fl3 takes all.
			name: "a majority coalition rejecting every round takes the whole pool: 1000 + 135 slashed → fl3 1135",
			build: func() *fx {
				return base().slashFund(5, 135, 50).
					round(5, 1, rejected, 40, []FLProposer{{fl1, true}}, []FLVoter{{fl2, true, true}, {fl3, true, false}}).
					round(5, 2, rejected, 60, []FLProposer{{fl1, true}}, []FLVoter{{fl2, true, true}, {fl3, true, false}})
			},
			wantPaid:   map[string]string{fl3: "1135"},
			wantRounds: "1:568/568/0 2:567/567/0",
		},
		{
			name:     "no finalized round: the pool to the treasury",
			build:    func() *fx { return base().round(5, 3, accepted, 120, []FLProposer{{fl3, true}}, nil) },
			wantPaid: map[string]string{treasury: "1000"},
		},
		{
			// Arena task 1 (node A 1, V1 1 → S 200) and FL task 5 (S 700) share 1000: 222.22, 777.78 → 222, 778.
			// The arena pools have no eligible work → treasury 222. FL: 778 / 2 rounds = 389 each;
			// round 1 fl1 194.5 → 195, fl2 194; round 2 fl1 389 → fl1 584 → 292 each (del1, fl1).
			name: "Arena and FL tasks share the emission by stake",
			build: func() *fx {
				f := rounds(base())
				f.in.Tasks = append(f.in.Tasks, Task{ID: big.NewInt(1), Kind: TaskArena})
				return f.stake(nodeA, 1, RoleNode, 1, 0).stake(val1, 1, RoleValidator, 1, 0)
			},
			wantPaid:   map[string]string{del1: "292", fl1: "292", fl2: "194", treasury: "222"},
			wantRounds: "1:389/389/0 2:389/389/0",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := smallPolicy()
			if tc.policy != nil {
				tc.policy(p)
			}
			r := tc.build().run(t, p)
			eqAmounts(t, amounts(r), tc.wantPaid)
			var got string
			for i, rd := range taskRes(t, r, 5).Rounds {
				if i > 0 {
					got += " "
				}
				got += big.NewInt(int64(rd.Round)).String() + ":" + rd.Share.String() + "/" + rd.Paid.String() + "/" + rd.Residual.String()
			}
			if got != tc.wantRounds {
				t.Errorf("rounds %q want %q", got, tc.wantRounds)
			}
		})
	}
}
