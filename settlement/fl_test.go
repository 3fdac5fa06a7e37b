package settlement

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/settlement/engine"
)

var (
	flAddr      = addr(104) // the configured FLAlliance
	otherFLAddr = addr(105) // an FLAlliance settlement is not configured for
	fl1, fl2    = addr(11), addr(12)
	fl3         = addr(13)
	flDeleg     = addr(14)
)

// flPart is a participant of a started round: flRole 1 proposer, 2 voter, with its round-start stake.
type flPart struct {
	acct  string
	role  int
	stake int64
}

// flSlash is a loss at finalization: reason 1 rejected proposer, 2 vote against the outcome.
type flSlash struct {
	acct     string
	amount   int64
	reason   int
	newStake int64
}

// flTask writes FLTaskCreated from contract (and mirrors an FL task).
func (f *chainFixture) flTask(contract string, id int64) {
	f.ev("ev_fl_task_created", contract, []string{"task_id", "creator", "rounds", "min_stake", "commit_duration", "reveal_duration"},
		id, addr(99), 100, "1", 60, 60)
	if !f.tasks[fmt.Sprint(id)] {
		f.tasks[fmt.Sprint(id)] = true
		f.in.Tasks = append(f.in.Tasks, engine.Task{ID: big.NewInt(id), Kind: engine.TaskFL})
	}
}

// flStart writes RoundStarted and one RoleAssigned per participant, in order.
func (f *chainFixture) flStart(contract string, task, round int64, parts ...flPart) {
	f.ev("ev_round_started", contract, []string{"task_id", "round", "seed", "commit_end", "reveal_end", "participants"},
		task, round, hash(task*1000+round), f.time+60, f.time+120, len(parts))
	for _, p := range parts {
		f.ev("ev_role_assigned", contract, []string{"task_id", "round", "participant", "fl_role", "stake"}, task, round, p.acct, p.role, fmt.Sprint(p.stake))
	}
}

func (f *chainFixture) flSubmit(contract string, task, round int64, proposer string) {
	f.ev("ev_update_submitted", contract, []string{"task_id", "round", "proposer", "update_hash"}, task, round, proposer, hash(round+7))
}

func (f *chainFixture) flCommit(contract string, task, round int64, voter string) {
	f.ev("ev_vote_committed", contract, []string{"task_id", "round", "voter", "commitment"}, task, round, voter, hash(round+9))
}

func (f *chainFixture) flReveal(contract string, task, round int64, voter string, accept bool, stake int64) {
	f.ev("ev_vote_revealed", contract, []string{"task_id", "round", "voter", "accept", "stake"}, task, round, voter, accept, fmt.Sprint(stake))
}

// flFinalize writes finalizeRound's logs in the contract's order: per loser Staking's Slashed (role FL,
// recipient FLAlliance) then ParticipantSlashed; Funded (from FLAlliance) of 90% of the total; RoundFinalized.
// Slashes and the funding are mirrored as stake changes and a slash fund when mirror is set (the loader
// must see them); the round itself is mirrored by the caller (want).
func (f *chainFixture) flFinalize(contract string, mirror bool, task, round int64, outcome engine.FLOutcome, stakeFor, stakeAgainst, voterStake int64, slashes ...flSlash) {
	var total int64
	for _, s := range slashes {
		p := f.pos()
		f.ev("ev_slashed", stakingAddr, []string{"account", "task_id", "role", "amount", "new_stake", "recipient", "slasher"},
			s.acct, task, 3, fmt.Sprint(s.amount), fmt.Sprint(s.newStake), contract, contract)
		if mirror {
			f.in.StakeChanges = append(f.in.StakeChanges, engine.StakeChange{Account: s.acct, Task: big.NewInt(task), Role: engine.RoleFL,
				NewStake: big.NewInt(s.newStake), Position: p})
		}
		f.ev("ev_participant_slashed", contract, []string{"task_id", "round", "account", "amount", "reason"}, task, round, s.acct, fmt.Sprint(s.amount), s.reason)
		total += s.amount
	}
	toPool := total * 9 / 10
	if toPool > 0 {
		p := f.pos()
		f.ev("ev_funded", distributorAdr, []string{"from", "task_id", "amount", "total_funded"}, contract, task, fmt.Sprint(toPool), "0")
		if mirror {
			f.in.SlashFunds = append(f.in.SlashFunds, engine.SlashFund{Task: big.NewInt(task), Amount: big.NewInt(toPool), Position: p})
		}
	}
	f.ev("ev_round_finalized", contract, []string{"task_id", "round", "outcome", "stake_for", "stake_against", "voter_stake", "slashed_total", "to_pool", "to_treasury"},
		task, round, int64(outcome), fmt.Sprint(stakeFor), fmt.Sprint(stakeAgainst), fmt.Sprint(voterStake), fmt.Sprint(total), fmt.Sprint(toPool), fmt.Sprint(total-toPool))
}

// flRound mirrors the finalized round the last flFinalize wrote (its RoundFinalized is the previous log).
func (f *chainFixture) flRound(task, round int64, outcome engine.FLOutcome, proposers []engine.FLProposer, voters []engine.FLVoter) {
	p := f.pos()
	p.LogIndex--
	f.in.FLRounds = append(f.in.FLRounds, engine.FLRound{Task: big.NewInt(task), Round: uint64(round), Outcome: outcome,
		Proposers: proposers, Voters: voters, Position: p})
}

// flStakes opens the worked example (FL task 1001, before epoch 0): fl1 own 100 wei with 100 delegated by
// flDeleg (sigma 0), fl2 own 200, fl3 own 300.
func (f *chainFixture) flStakes(contract string) {
	f.at(testGenesis - 50)
	f.flTask(contract, 1001)
	f.stake(fl1, 1001, engine.RoleFL, big.NewInt(100))
	f.delegate(flDeleg, fl1, 1001, big.NewInt(100))
	f.stake(fl2, 1001, engine.RoleFL, big.NewInt(200))
	f.stake(fl3, 1001, engine.RoleFL, big.NewInt(300))
}

// flWorkedExample writes three rounds of task 1001 in epoch 0 (L = 3600 s from testGenesis = G):
//
//   - round 1, finalized at G+1000: fl1 proposes and submits; fl2 reveals accept (200); fl3 commits and
//     never reveals. Accepted 200:0, no slash. Paid: fl1, fl2.
//   - round 2, finalized at G+2000: fl2 proposes a bad update; fl1 (100) and fl3 (300) reveal reject.
//     Rejected: fl2 loses 20 (reason 1, stake 200 → 180); 18 fund the pool. Paid: fl1, fl3.
//   - round 3, finalized at G+3000: fl3 proposes; fl1 reveals accept (100), fl2 reject (180). Rejected:
//     fl3 loses 30 (reason 1, 300 → 270), fl1 loses 10 (reason 2, 100 → 90); 36 fund the pool. Paid: fl2.
func (f *chainFixture) flWorkedExample(contract string, mirror bool) {
	g := testGenesis
	f.at(g + 100)
	f.flStart(contract, 1001, 1, flPart{fl1, 1, 100}, flPart{fl2, 2, 200}, flPart{fl3, 2, 300})
	f.at(g + 200)
	f.flSubmit(contract, 1001, 1, fl1)
	f.flCommit(contract, 1001, 1, fl2)
	f.flCommit(contract, 1001, 1, fl3)
	f.at(g + 500)
	f.flReveal(contract, 1001, 1, fl2, true, 200)
	f.at(g + 1000)
	f.flFinalize(contract, mirror, 1001, 1, engine.OutcomeAccepted, 200, 0, 500)
	if mirror {
		f.flRound(1001, 1, engine.OutcomeAccepted, []engine.FLProposer{{Account: fl1, Submitted: true}},
			[]engine.FLVoter{{Account: fl2, Revealed: true, Accept: true}, {Account: fl3}})
	}

	f.flRound2(contract)
	f.flFinalize(contract, mirror, 1001, 2, engine.OutcomeRejected, 0, 400, 400, flSlash{fl2, 20, 1, 180})
	if mirror {
		f.flRound(1001, 2, engine.OutcomeRejected, []engine.FLProposer{{Account: fl2, Submitted: true}},
			[]engine.FLVoter{{Account: fl3, Revealed: true}, {Account: fl1, Revealed: true}})
	}

	f.at(g + 2100)
	f.flStart(contract, 1001, 3, flPart{fl1, 2, 100}, flPart{fl2, 2, 180}, flPart{fl3, 1, 300})
	f.flSubmit(contract, 1001, 3, fl3)
	f.flCommit(contract, 1001, 3, fl1)
	f.flCommit(contract, 1001, 3, fl2)
	f.at(g + 2500)
	f.flReveal(contract, 1001, 3, fl1, true, 100)
	f.flReveal(contract, 1001, 3, fl2, false, 180)
	f.at(g + 3000)
	f.flFinalize(contract, mirror, 1001, 3, engine.OutcomeRejected, 100, 180, 280, flSlash{fl3, 30, 1, 270}, flSlash{fl1, 10, 2, 90})
	if mirror {
		f.flRound(1001, 3, engine.OutcomeRejected, []engine.FLProposer{{Account: fl3, Submitted: true}},
			[]engine.FLVoter{{Account: fl1, Revealed: true, Accept: true}, {Account: fl2, Revealed: true}})
	}
}

// flRound2 writes round 2 of task 1001 up to its finalization at G+2000: fl2 proposes and submits, fl1
// (100) and fl3 (300) reveal reject.
func (f *chainFixture) flRound2(contract string) {
	g := testGenesis
	f.at(g + 1100)
	f.flStart(contract, 1001, 2, flPart{fl3, 2, 300}, flPart{fl2, 1, 200}, flPart{fl1, 2, 100})
	f.flSubmit(contract, 1001, 2, fl2)
	f.flCommit(contract, 1001, 2, fl1)
	f.flCommit(contract, 1001, 2, fl3)
	f.at(g + 1500)
	f.flReveal(contract, 1001, 2, fl3, false, 300)
	f.flReveal(contract, 1001, 2, fl1, false, 100)
	f.at(g + 2000)
}

// flQuorumExample writes two rounds of task 1001 in epoch 0 that slash nobody (§11):
//
//   - round 1, finalized at G+1000, void: fl1 proposes and submits; fl2 and fl3 commit and never reveal.
//     Nobody is slashed. Paid: fl1 (the only active participant).
//   - round 2, finalized at G+2000, rejected with slashRate 0: fl2 proposes and submits; fl1 (100) and fl3
//     (300) reveal reject. fl2 is the rule's loser though nothing is taken (no Slashed, no ParticipantSlashed,
//     no Funded). Paid: fl1, fl3.
func (f *chainFixture) flQuorumExample(contract string) {
	g := testGenesis
	f.at(g + 100)
	f.flStart(contract, 1001, 1, flPart{fl1, 1, 100}, flPart{fl2, 2, 200}, flPart{fl3, 2, 300})
	f.flSubmit(contract, 1001, 1, fl1)
	f.flCommit(contract, 1001, 1, fl2)
	f.flCommit(contract, 1001, 1, fl3)
	f.at(g + 1000)
	f.flFinalize(contract, true, 1001, 1, engine.OutcomeVoid, 0, 0, 500)
	f.flRound(1001, 1, engine.OutcomeVoid, []engine.FLProposer{{Account: fl1, Submitted: true}},
		[]engine.FLVoter{{Account: fl2}, {Account: fl3}})

	f.flRound2(contract)
	f.flFinalize(contract, true, 1001, 2, engine.OutcomeRejected, 0, 400, 400)
	f.flRound(1001, 2, engine.OutcomeRejected, []engine.FLProposer{{Account: fl2, Submitted: true}},
		[]engine.FLVoter{{Account: fl3, Revealed: true}, {Account: fl1, Revealed: true}})
}

// TestLoadFLRounds is §11 at the loader: indexed FL events become the engine's FL tasks, rounds (roles,
// submissions, reveals) and slash funds exactly as the hand-built mirror says (compared through the
// order-independent input hash), and the engine's payout on what was loaded is the worked example.
func TestLoadFLRounds(t *testing.T) {
	at := func(a string) config.Contract { return config.Contract{Address: common.HexToAddress(a)} }
	configured := map[string]config.Contract{
		config.Staking: at(stakingAddr), config.TaskArena: at(arenaAddr), config.Marketplace: at(marketAddr),
		config.RewardsDistributor: at(distributorAdr), config.FLAlliance: at(flAddr),
	}
	// Worked example, emission 1000 wei, phi 0, only FL task 1001 (it takes all of E_e):
	//   m_p (stake-seconds): fl1 o = 100*3000 + 90*600 = 354000, d = 100*3600 = 360000, m = 714000;
	//   fl2 = 200*2000 + 180*1600 = 688000; fl3 = 300*3000 + 270*600 = 1062000.
	//   R_T = 18 + 36 = 54; P_T = 1054 → rounds 352 (lower round gets the leftover), 351, 351.
	//   Round 1: fl1 352*714/1402 = 179.26, fl2 172.74 → 179, 173. Round 2: fl1 351*714/1776 = 141.11,
	//   fl3 209.89 → 141, 210. Round 3: fl2 351. R_fl1 = 320 → own 354000 : delegated 360000 =
	//   158.66 : 161.34 → fl1 159, flDeleg 161. fl2 173 + 351 = 524. fl3 210. Total 1054.
	workedPaid := map[string]string{fl1: "159", flDeleg: "161", fl2: "524", fl3: "210"}
	for _, tc := range []struct {
		name      string
		contracts map[string]config.Contract
		write     func(f *chainFixture)
		rounds    int
		funds     string            // sum of the loaded slash funds
		paid      map[string]string // nil: not checked
	}{
		{
			name:   "worked example: accepted and rejected rounds, slashes fund the pool",
			write:  func(f *chainFixture) { f.flStakes(flAddr); f.flWorkedExample(flAddr, true) },
			rounds: 3, funds: "54", paid: workedPaid,
		},
		{
			// §11 quorum and "slashed in it": P_T = 1000 (no slash funds) → 500 per round. m_p: fl1 o 360000 +
			// d 360000 = 720000, fl3 1080000. Round 1 (void) pays fl1 500; round 2 (rejected, nothing taken) pays
			// fl1 : fl3 = 2 : 3 → 200, 300, not the proposer fl2. fl1 700 → own : delegated 1 : 1 → 350, 350.
			name:   "a void round and a loser with nothing taken: fl1 350, flDeleg 350, fl3 300, fl2 0",
			write:  func(f *chainFixture) { f.flStakes(flAddr); f.flQuorumExample(flAddr) },
			rounds: 2, funds: "0", paid: map[string]string{fl1: "350", flDeleg: "350", fl3: "300"},
		},
		{
			name:      "worked example with configured contracts",
			contracts: configured,
			write:     func(f *chainFixture) { f.flStakes(flAddr); f.flWorkedExample(flAddr, true) },
			rounds:    3, funds: "54", paid: workedPaid,
		},
		{
			// Funded for the FL task from the treasury, and from FLAlliance for an Arena task, are no slash funds.
			name: "other funding is not slash proceeds",
			write: func(f *chainFixture) {
				f.flStakes(flAddr)
				f.task(7)
				f.stake(nodeA, 7, engine.RoleNode, big.NewInt(50))
				f.at(testGenesis + 10)
				f.ev("ev_funded", distributorAdr, []string{"from", "task_id", "amount", "total_funded"}, addr(99), 1001, "500", "0")
				f.ev("ev_funded", distributorAdr, []string{"from", "task_id", "amount", "total_funded"}, flAddr, 7, "500", "0")
				f.flWorkedExample(flAddr, true)
			},
			rounds: 3, funds: "54",
		},
		{
			// With configured contracts another FLAlliance's events do not count; its task is not known.
			name:      "another FLAlliance is ignored when contracts are configured",
			contracts: configured,
			write: func(f *chainFixture) {
				f.flStakes(flAddr)
				f.at(testGenesis - 40)
				f.ev("ev_fl_task_created", otherFLAddr, []string{"task_id", "creator", "rounds", "min_stake", "commit_duration", "reveal_duration"},
					2002, addr(99), 100, "1", 60, 60)
				f.flWorkedExample(flAddr, true)
				f.at(testGenesis + 3100)
				f.flStart(otherFLAddr, 2002, 1, flPart{fl1, 1, 100}, flPart{fl2, 2, 200})
				f.flSubmit(otherFLAddr, 2002, 1, fl1)
				f.flFinalize(otherFLAddr, false, 2002, 1, engine.OutcomeVoid, 0, 0, 200)
				f.ev("ev_funded", distributorAdr, []string{"from", "task_id", "amount", "total_funded"}, otherFLAddr, 2002, "45", "0")
			},
			rounds: 3, funds: "54",
		},
		{
			// A round finalized after the snapshot block is not loaded; one finalized in epoch 1 is
			// loaded (the engine leaves it to epoch 1) but its funding counts in epoch 1 only.
			name: "rounds of later epochs",
			write: func(f *chainFixture) {
				f.flStakes(flAddr)
				f.flWorkedExample(flAddr, true)
				f.at(testGenesis + testL + 5)
				f.flStart(flAddr, 1001, 4, flPart{fl1, 1, 90}, flPart{fl2, 2, 180})
				f.flSubmit(flAddr, 1001, 4, fl1)
				f.flFinalize(flAddr, true, 1001, 4, engine.OutcomeRejected, 0, 180, 180, flSlash{fl1, 9, 1, 81})
				f.flRound(1001, 4, engine.OutcomeRejected, []engine.FLProposer{{Account: fl1, Submitted: true}}, []engine.FLVoter{{Account: fl2}})
			},
			rounds: 4, funds: "62", paid: workedPaid,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			pool := pgtest.New(t)
			f := newFixture(t, pool)
			tc.write(f)
			if f.time < testGenesis+testL-1 {
				f.at(testGenesis + testL - 1)
			}
			f.head(testGenesis + 3*testL)
			snap := uint64(f.block)
			if tc.name == "rounds of later epochs" {
				// Something after the snapshot that must not be loaded: round 5 finalized later.
				f.at(testGenesis + 3*testL + 10)
				f.flStart(flAddr, 1001, 5, flPart{fl1, 1, 81}, flPart{fl2, 2, 180})
				f.flFinalize(flAddr, false, 1001, 5, engine.OutcomeRejected, 0, 180, 180, flSlash{fl1, 8, 1, 73})
				f.head(testGenesis + 3*testL + 20)
			}
			src := testSource()
			src.Contracts = tc.contracts
			in, _, err := LoadEvents(ctx, pool, src, 0, snap)
			if err != nil {
				t.Fatal(err)
			}
			f.in.Epoch = 0
			if len(in.FLRounds) != tc.rounds {
				t.Errorf("loaded %d FL rounds, want %d", len(in.FLRounds), tc.rounds)
			}
			sum := new(big.Int)
			for _, s := range in.SlashFunds {
				sum.Add(sum, s.Amount)
			}
			if sum.String() != tc.funds {
				t.Errorf("slash funds %s, want %s", sum, tc.funds)
			}
			for _, task := range in.Tasks {
				if want := f.tasks[task.ID.String()]; !want {
					t.Errorf("loaded unknown task %s", task.ID)
				}
			}
			got, err := InputHash(in)
			if err != nil {
				t.Fatal(err)
			}
			want, err := InputHash(f.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("loaded input differs from the mirror:\n got tasks %v\n rounds %+v\n funds %+v\nwant tasks %v\n rounds %+v\n funds %+v",
					in.Tasks, in.FLRounds, in.SlashFunds, f.in.Tasks, f.in.FLRounds, f.in.SlashFunds)
			}
			if tc.paid == nil {
				return
			}
			p := testPolicy(t)
			p.Emission0 = big.NewInt(1000)
			r, err := engine.Compute(p, in)
			if err != nil {
				t.Fatal(err)
			}
			paid := sortedAccounts(r)
			for a, v := range tc.paid {
				if paid[a] != v {
					t.Errorf("%s paid %s, want %s (all: %v)", a, paid[a], v, paid)
				}
			}
			if len(paid) != len(tc.paid) {
				t.Errorf("paid %v, want exactly %v", paid, tc.paid)
			}
			for _, a := range r.Accounts {
				for _, c := range a.Breakdown {
					if c.Role != engine.RoleFL || c.Task.Int64() != 1001 {
						t.Errorf("%s credit %+v: want role FL in task 1001", a.Account, c)
					}
				}
			}
		})
	}
}
