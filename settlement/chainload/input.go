package chainload

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement/engine"
)

// input builds epoch e's engine input from the decoded events of the contracts in set, in blocks up
// to snapshot, by settlement.Load's rules (see there): the stake, delegation, reward-share, submission,
// score and purchase lists as they are; tasks from TaskCreated, FLTaskCreated and every reference, FL
// when FLAlliance created it, a stake has role FL or a round of it was finalized; FL rounds with their
// RoleAssigned participants (in chain order), Submitted and first reveal up to the finalization's
// block (a round with no participant is left out, as Load's join leaves it); Funded events of FL tasks
// sent by the configured FLAlliance or by the contract that created the task.
func (ev *events) input(e uint64, set map[string]config.Contract, snapshot uint64) (*engine.EpochInput, error) {
	in := &engine.EpochInput{Epoch: e}
	ours := map[common.Address]bool{}
	for _, c := range set {
		ours[c.Address] = true
	}
	keep := func(a at) bool { return a.pos.Block <= snapshot && ours[a.contract] }
	taskIDs := map[string]*big.Int{}
	flTasks := map[string]bool{}
	note := func(t *big.Int) { taskIDs[t.String()] = t }

	for _, r := range ev.stakes {
		if !keep(r.at) {
			continue
		}
		note(r.task)
		if engine.Role(r.role) == engine.RoleFL {
			flTasks[r.task.String()] = true
		}
		in.StakeChanges = append(in.StakeChanges, engine.StakeChange{Account: r.account, Task: r.task, Role: engine.Role(r.role), NewStake: r.newStake, Position: r.pos})
	}
	for _, r := range ev.delegations {
		if keep(r.at) {
			note(r.task)
			in.DelegationChanges = append(in.DelegationChanges, engine.DelegationChange{Delegator: r.delegator, Participant: r.participant,
				Task: r.task, NewDelegation: r.newDelegation, Position: r.pos})
		}
	}
	for _, r := range ev.shares {
		if !keep(r.at) {
			continue
		}
		if r.sigma > 1_000_000 {
			return nil, fmt.Errorf("RewardShareSet at block %d: sigma_ppm %d out of range", r.pos.Block, r.sigma)
		}
		in.RewardShares = append(in.RewardShares, engine.RewardShareChange{Account: r.account, SigmaPpm: r.sigma, Position: r.pos})
	}
	creator := map[string]at{} // FL task → the FLTaskCreated that created it first
	for _, r := range ev.tasks {
		if !keep(r.at) {
			continue
		}
		note(r.task)
		if r.fl {
			k := r.task.String()
			flTasks[k] = true
			if c, ok := creator[k]; !ok || r.pos.Block < c.pos.Block || (r.pos.Block == c.pos.Block && r.pos.LogIndex < c.pos.LogIndex) {
				creator[k] = r.at
			}
		}
	}
	for _, r := range ev.submissions {
		if keep(r.at) {
			note(r.task)
			in.Submissions = append(in.Submissions, engine.Submission{ID: r.id, Task: r.task, Node: r.node, Position: r.pos})
		}
	}
	for _, r := range ev.scores {
		if keep(r.at) {
			in.Scores = append(in.Scores, engine.Score{Submission: r.submission, Validator: r.validator, Score: r.score, Position: r.pos})
		}
	}
	for _, r := range ev.purchases {
		if keep(r.at) {
			note(r.task)
			in.Purchases = append(in.Purchases, engine.Purchase{Task: r.task, Net: r.net, Position: r.pos})
		}
	}
	rounds, err := ev.rounds(keep)
	if err != nil {
		return nil, err
	}
	for _, rd := range rounds {
		note(rd.Task)
		flTasks[rd.Task.String()] = true
	}
	in.FLRounds = rounds
	configuredFL, hasFL := set[config.FLAlliance]
	for _, r := range ev.funded {
		if !keep(r.at) || !flTasks[r.task.String()] {
			continue
		}
		c, created := creator[r.task.String()]
		if !(hasFL && r.from == lower(configuredFL.Address)) && !(created && r.from == lower(c.contract)) {
			continue
		}
		in.SlashFunds = append(in.SlashFunds, engine.SlashFund{Task: r.task, Amount: r.amount, Position: r.pos})
	}
	in.Tasks = Tasks(taskIDs, flTasks)
	return in, nil
}

// Tasks lists the tasks by id (the engine's Tasks), FL when fl says so and Arena otherwise.
func Tasks(ids map[string]*big.Int, fl map[string]bool) []engine.Task {
	out := make([]engine.Task, 0, len(ids))
	for k, id := range ids {
		kind := engine.TaskArena
		if fl[k] {
			kind = engine.TaskFL
		}
		out = append(out, engine.Task{ID: id, Kind: kind})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID.Cmp(out[j].ID) < 0 })
	return out
}

// rounds joins each kept RoundFinalized with its round's participants, submissions and reveals up to
// the finalization's block.
func (ev *events) rounds(keep func(at) bool) ([]engine.FLRound, error) {
	var out []engine.FLRound
	for _, f := range ev.finalized {
		if !keep(f.at) {
			continue
		}
		rd := engine.FLRound{Task: f.task, Round: uint64(f.key.round), Outcome: engine.FLOutcome(f.outcome), Position: f.pos}
		for _, r := range ev.roles[f.key] {
			if r.pos.Block > f.pos.Block {
				break
			}
			switch r.flRole {
			case 1:
				first, ok := ev.updates[f.key][r.participant]
				rd.Proposers = append(rd.Proposers, engine.FLProposer{Account: r.participant, Submitted: ok && first.Block <= f.pos.Block})
			case 2:
				v := engine.FLVoter{Account: r.participant}
				for _, vote := range ev.votes[f.key] {
					if vote.voter == r.participant {
						if vote.pos.Block <= f.pos.Block {
							v.Revealed, v.Accept = true, vote.accept
						}
						break
					}
				}
				rd.Voters = append(rd.Voters, v)
			default:
				return nil, fmt.Errorf("FL rounds: task %s round %d: %s has flRole %d", f.task, f.key.round, r.participant, r.flRole)
			}
		}
		if len(rd.Proposers)+len(rd.Voters) == 0 {
			continue // no RoleAssigned row: Load's join yields no row for the round either
		}
		out = append(out, rd)
	}
	return out, nil
}
