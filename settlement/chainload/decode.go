package chainload

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/settlement/engine"
)

// at is where a decoded log sits and which contract emitted it.
type at struct {
	contract common.Address
	pos      engine.Position
}

// The decoded events settlement reads, one slice per indexer table they mirror (settlement.Load).
type (
	stakeRow struct { // Staked, UnstakeRequested, Slashed
		at
		account  string
		task     *big.Int
		role     uint8
		newStake *big.Int
	}
	delegationRow struct { // Delegated, Undelegated
		at
		delegator, participant string
		task, newDelegation    *big.Int
	}
	shareRow struct { // RewardShareSet
		at
		account string
		sigma   uint32
	}
	taskRow struct { // TaskCreated, FLTaskCreated
		at
		task *big.Int
		fl   bool
	}
	submissionRow struct { // ModelSubmitted
		at
		task, id *big.Int
		node     string
	}
	scoreRow struct { // ScoreSubmitted
		at
		submission *big.Int
		validator  string
		score      uint32
	}
	purchaseRow struct { // ModelPurchased
		at
		task, net *big.Int
	}
	fundedRow struct { // Funded
		at
		from         string
		task, amount *big.Int
	}
	roundKey struct {
		contract common.Address
		task     string
		round    uint32
	}
	finalizedRow struct { // RoundFinalized
		at
		key     roundKey
		task    *big.Int
		outcome uint8
	}
	roleRow struct { // RoleAssigned
		at
		participant string
		flRole      uint8
	}
	voteRow struct { // VoteRevealed
		at
		voter  string
		accept bool
	}
)

// events is everything decoded so far, each list in chain order.
type events struct {
	stakes      []stakeRow
	delegations []delegationRow
	shares      []shareRow
	tasks       []taskRow
	submissions []submissionRow
	scores      []scoreRow
	purchases   []purchaseRow
	funded      []fundedRow
	finalized   []finalizedRow
	roles       map[roundKey][]roleRow
	updates     map[roundKey]map[string]engine.Position // proposer → its first UpdateSubmitted
	votes       map[roundKey][]voteRow
	count       int
}

func newEvents() *events {
	return &events{roles: map[roundKey][]roleRow{}, updates: map[roundKey]map[string]engine.Position{}, votes: map[roundKey][]voteRow{}}
}

// decoder turns one log into rows; the bindings' Parse functions check topic0, the topic count and the data.
type decoder func(ev *events, l types.Log, a at) error

var (
	staking, _     = bindings.NewStakingFilterer(common.Address{}, nil)
	arena, _       = bindings.NewTaskArenaFilterer(common.Address{}, nil)
	market, _      = bindings.NewMarketplaceFilterer(common.Address{}, nil)
	distributor, _ = bindings.NewRewardsDistributorFilterer(common.Address{}, nil)
	flAlliance, _  = bindings.NewFLAllianceFilterer(common.Address{}, nil)
)

func lower(a common.Address) string { return strings.ToLower(a.Hex()) }

// decoders maps topic0 to the decoder of every event settlement reads.
var decoders = func() map[common.Hash]decoder {
	id := func(md interface{ GetAbi() (*abi.ABI, error) }, name string) common.Hash {
		a, err := md.GetAbi()
		if err != nil {
			panic(err)
		}
		ev, ok := a.Events[name]
		if !ok {
			panic("no event " + name)
		}
		return ev.ID
	}
	stake := func(account common.Address, task *big.Int, role uint8, newStake *big.Int) func(*events, at) {
		return func(ev *events, a at) {
			ev.stakes = append(ev.stakes, stakeRow{a, lower(account), task, role, newStake})
		}
	}
	return map[common.Hash]decoder{
		id(bindings.StakingMetaData, "Staked"): func(ev *events, l types.Log, a at) error {
			e, err := staking.ParseStaked(l)
			if err == nil {
				stake(e.Account, e.TaskId, e.Role, e.NewStake)(ev, a)
			}
			return err
		},
		id(bindings.StakingMetaData, "UnstakeRequested"): func(ev *events, l types.Log, a at) error {
			e, err := staking.ParseUnstakeRequested(l)
			if err == nil {
				stake(e.Account, e.TaskId, e.Role, e.NewStake)(ev, a)
			}
			return err
		},
		id(bindings.StakingMetaData, "Slashed"): func(ev *events, l types.Log, a at) error {
			e, err := staking.ParseSlashed(l)
			if err == nil {
				stake(e.Account, e.TaskId, e.Role, e.NewStake)(ev, a)
			}
			return err
		},
		id(bindings.StakingMetaData, "Delegated"): func(ev *events, l types.Log, a at) error {
			e, err := staking.ParseDelegated(l)
			if err == nil {
				ev.delegations = append(ev.delegations, delegationRow{a, lower(e.Delegator), lower(e.Participant), e.TaskId, e.NewDelegation})
			}
			return err
		},
		id(bindings.StakingMetaData, "Undelegated"): func(ev *events, l types.Log, a at) error {
			e, err := staking.ParseUndelegated(l)
			if err == nil {
				ev.delegations = append(ev.delegations, delegationRow{a, lower(e.Delegator), lower(e.Participant), e.TaskId, e.NewDelegation})
			}
			return err
		},
		id(bindings.StakingMetaData, "RewardShareSet"): func(ev *events, l types.Log, a at) error {
			e, err := staking.ParseRewardShareSet(l)
			if err == nil {
				ev.shares = append(ev.shares, shareRow{a, lower(e.Account), e.SigmaPpm})
			}
			return err
		},
		id(bindings.TaskArenaMetaData, "TaskCreated"): func(ev *events, l types.Log, a at) error {
			e, err := arena.ParseTaskCreated(l)
			if err == nil {
				ev.tasks = append(ev.tasks, taskRow{a, e.TaskId, false})
			}
			return err
		},
		id(bindings.TaskArenaMetaData, "ModelSubmitted"): func(ev *events, l types.Log, a at) error {
			e, err := arena.ParseModelSubmitted(l)
			if err == nil {
				ev.submissions = append(ev.submissions, submissionRow{a, e.TaskId, e.SubmissionId, lower(e.Node)})
			}
			return err
		},
		id(bindings.TaskArenaMetaData, "ScoreSubmitted"): func(ev *events, l types.Log, a at) error {
			e, err := arena.ParseScoreSubmitted(l)
			if err == nil {
				ev.scores = append(ev.scores, scoreRow{a, e.SubmissionId, lower(e.Validator), e.Score})
			}
			return err
		},
		id(bindings.MarketplaceMetaData, "ModelPurchased"): func(ev *events, l types.Log, a at) error {
			e, err := market.ParseModelPurchased(l)
			if err == nil {
				ev.purchases = append(ev.purchases, purchaseRow{a, e.TaskId, e.Net})
			}
			return err
		},
		id(bindings.RewardsDistributorMetaData, "Funded"): func(ev *events, l types.Log, a at) error {
			e, err := distributor.ParseFunded(l)
			if err == nil {
				ev.funded = append(ev.funded, fundedRow{a, lower(e.From), e.TaskId, e.Amount})
			}
			return err
		},
		id(bindings.FLAllianceMetaData, "FLTaskCreated"): func(ev *events, l types.Log, a at) error {
			e, err := flAlliance.ParseFLTaskCreated(l)
			if err == nil {
				ev.tasks = append(ev.tasks, taskRow{a, e.TaskId, true})
			}
			return err
		},
		id(bindings.FLAllianceMetaData, "RoundFinalized"): func(ev *events, l types.Log, a at) error {
			e, err := flAlliance.ParseRoundFinalized(l)
			if err == nil {
				k := roundKey{a.contract, e.TaskId.String(), e.Round}
				ev.finalized = append(ev.finalized, finalizedRow{a, k, e.TaskId, e.Outcome})
			}
			return err
		},
		id(bindings.FLAllianceMetaData, "RoleAssigned"): func(ev *events, l types.Log, a at) error {
			e, err := flAlliance.ParseRoleAssigned(l)
			if err == nil {
				k := roundKey{a.contract, e.TaskId.String(), e.Round}
				ev.roles[k] = append(ev.roles[k], roleRow{a, lower(e.Participant), e.FlRole})
			}
			return err
		},
		id(bindings.FLAllianceMetaData, "UpdateSubmitted"): func(ev *events, l types.Log, a at) error {
			e, err := flAlliance.ParseUpdateSubmitted(l)
			if err == nil {
				k := roundKey{a.contract, e.TaskId.String(), e.Round}
				if ev.updates[k] == nil {
					ev.updates[k] = map[string]engine.Position{}
				}
				if _, seen := ev.updates[k][lower(e.Proposer)]; !seen {
					ev.updates[k][lower(e.Proposer)] = a.pos
				}
			}
			return err
		},
		id(bindings.FLAllianceMetaData, "VoteRevealed"): func(ev *events, l types.Log, a at) error {
			e, err := flAlliance.ParseVoteRevealed(l)
			if err == nil {
				k := roundKey{a.contract, e.TaskId.String(), e.Round}
				ev.votes[k] = append(ev.votes[k], voteRow{a, lower(e.Voter), e.Accept})
			}
			return err
		},
	}
}()

// add decodes one log (in chain order) into ev; a log of an event settlement reads that does not
// decode is an error (settlement refuses such an epoch too), any other log is skipped.
func (ev *events) add(l types.Log, blockTime int64) error {
	if len(l.Topics) == 0 {
		return nil
	}
	dec, ok := decoders[l.Topics[0]]
	if !ok {
		return nil
	}
	a := at{contract: l.Address, pos: engine.Position{Time: blockTime, Block: l.BlockNumber, LogIndex: uint64(l.Index)}}
	if err := dec(ev, l, a); err != nil {
		return fmt.Errorf("undecodable log at block %d index %d of %s (topic0 %s): %w", l.BlockNumber, l.Index, lower(l.Address), strings.ToLower(l.Topics[0].Hex()), err)
	}
	ev.count++
	return nil
}
