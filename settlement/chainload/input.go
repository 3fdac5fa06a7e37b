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
	b := newInputBuilder(ev, e, set, snapshot)
	b.stakeChanges()
	b.delegationChanges()
	if err := b.rewardShares(); err != nil {
		return nil, err
	}
	b.tasksCreated()
	b.submissions()
	b.scores()
	b.purchases()
	if err := b.flRounds(); err != nil {
		return nil, err
	}
	b.slashFunds() // after every step that marks a task FL or names its creator
	b.in.Tasks = Tasks(b.taskIDs, b.flTasks)
	return b.in, nil
}

// inputBuilder holds one input: the events, which of them count, the input being built and what the
// steps learn about tasks along the way.
type inputBuilder struct {
	ev      *events
	set     map[string]config.Contract
	keep    func(at) bool // at or below the snapshot, from a contract of set
	in      *engine.EpochInput
	taskIDs map[string]*big.Int // every task id seen, by its decimal string
	flTasks map[string]bool     // tasks that are FL
	creator map[string]at       // FL task → the FLTaskCreated that created it first
}

func newInputBuilder(ev *events, e uint64, set map[string]config.Contract, snapshot uint64) *inputBuilder {
	ours := map[common.Address]bool{}
	for _, c := range set {
		ours[c.Address] = true
	}
	return &inputBuilder{
		ev: ev, set: set, in: &engine.EpochInput{Epoch: e},
		keep:    func(a at) bool { return a.pos.Block <= snapshot && ours[a.contract] },
		taskIDs: map[string]*big.Int{}, flTasks: map[string]bool{}, creator: map[string]at{},
	}
}

// note records a task id any event references.
func (b *inputBuilder) note(t *big.Int) { b.taskIDs[t.String()] = t }

// stakeChanges takes the stake events as they are; a stake with role FL makes its task FL.
func (b *inputBuilder) stakeChanges() {
	for _, r := range b.ev.stakes {
		if !b.keep(r.at) {
			continue
		}
		b.note(r.task)
		if engine.Role(r.role) == engine.RoleFL {
			b.flTasks[r.task.String()] = true
		}
		b.in.StakeChanges = append(b.in.StakeChanges, engine.StakeChange{Account: r.account, Task: r.task, Role: engine.Role(r.role), NewStake: r.newStake, Position: r.pos})
	}
}

// delegationChanges takes the delegation events as they are.
func (b *inputBuilder) delegationChanges() {
	for _, r := range b.ev.delegations {
		if b.keep(r.at) {
			b.note(r.task)
			b.in.DelegationChanges = append(b.in.DelegationChanges, engine.DelegationChange{Delegator: r.delegator, Participant: r.participant,
				Task: r.task, NewDelegation: r.newDelegation, Position: r.pos})
		}
	}
}

// rewardShares takes the reward-share events (sigma in parts per million).
func (b *inputBuilder) rewardShares() error {
	for _, r := range b.ev.shares {
		if !b.keep(r.at) {
			continue
		}
		if r.sigma > 1_000_000 {
			return fmt.Errorf("RewardShareSet at block %d: sigma_ppm %d out of range", r.pos.Block, r.sigma)
		}
		b.in.RewardShares = append(b.in.RewardShares, engine.RewardShareChange{Account: r.account, SigmaPpm: r.sigma, Position: r.pos})
	}
	return nil
}

// tasksCreated notes every created task; an FL one is FL, and its first creation names its creator.
func (b *inputBuilder) tasksCreated() {
	for _, r := range b.ev.tasks {
		if !b.keep(r.at) {
			continue
		}
		b.note(r.task)
		if r.fl {
			k := r.task.String()
			b.flTasks[k] = true
			if c, ok := b.creator[k]; !ok || r.pos.Block < c.pos.Block || (r.pos.Block == c.pos.Block && r.pos.LogIndex < c.pos.LogIndex) {
				b.creator[k] = r.at
			}
		}
	}
}

// submissions takes the submissions as they are.
func (b *inputBuilder) submissions() {
	for _, r := range b.ev.submissions {
		if b.keep(r.at) {
			b.note(r.task)
			b.in.Submissions = append(b.in.Submissions, engine.Submission{ID: r.id, Task: r.task, Node: r.node, Position: r.pos})
		}
	}
}

// scores takes the scores as they are.
func (b *inputBuilder) scores() {
	for _, r := range b.ev.scores {
		if b.keep(r.at) {
			b.in.Scores = append(b.in.Scores, engine.Score{Submission: r.submission, Validator: r.validator, Score: r.score, Position: r.pos})
		}
	}
}

// purchases takes the purchases (their net amount).
func (b *inputBuilder) purchases() {
	for _, r := range b.ev.purchases {
		if b.keep(r.at) {
			b.note(r.task)
			b.in.Purchases = append(b.in.Purchases, engine.Purchase{Task: r.task, Net: r.net, Position: r.pos})
		}
	}
}

// flRounds takes the finalized FL rounds (events.rounds); each round's task is FL.
func (b *inputBuilder) flRounds() error {
	rounds, err := b.ev.rounds(b.keep)
	if err != nil {
		return err
	}
	for _, rd := range rounds {
		b.note(rd.Task)
		b.flTasks[rd.Task.String()] = true
	}
	b.in.FLRounds = rounds
	return nil
}

// slashFunds takes the Funded events of FL tasks sent by the configured FLAlliance or by the contract
// that created the task.
func (b *inputBuilder) slashFunds() {
	configuredFL, hasFL := b.set[config.FLAlliance]
	for _, r := range b.ev.funded {
		if !b.keep(r.at) || !b.flTasks[r.task.String()] {
			continue
		}
		c, created := b.creator[r.task.String()]
		if !(hasFL && r.from == lower(configuredFL.Address)) && !(created && r.from == lower(c.contract)) {
			continue
		}
		b.in.SlashFunds = append(b.in.SlashFunds, engine.SlashFund{Task: r.task, Amount: r.amount, Position: r.pos})
	}
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
