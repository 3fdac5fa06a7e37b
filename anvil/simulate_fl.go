package anvil

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
)

// FL Alliance on the devnet (REWARDS.md §11). FL task ids start at FLTaskBase, far above the Arena's
// task ids (1..3+users/25), so the two never collide; FL participants are their own simulated users
// (SimAccount indices from flUserBase), so adding FL activity leaves the Arena users as they were.
const (
	// FLTaskBase is the first simulated FL task id (1001, and 1002 with 30 or more users).
	FLTaskBase = 1001
	// FLCommitDuration and FLRevealDuration are the simulated FL tasks' windows (seconds).
	FLCommitDuration = 1800
	FLRevealDuration = 1800
	// flRounds is each simulated FL task's number of rounds: enough for years of devnet epochs.
	flRounds = 100_000
	// flUserBase offsets FL participants' SimAccount indices: FL task k's member j is index
	// flUserBase + 1000*k + j.
	flUserBase = 1 << 20
	// roleFL is Staking's role of an FL participant (Roles.FL).
	roleFL uint8 = 3
	// flProposer is FLAlliance's flRole of a proposer (a voter is 2).
	flProposer uint8 = 1
	// flMaxOpenUnstakes is Staking.MAX_OPEN_UNSTAKES.
	flMaxOpenUnstakes = 8
)

// FLMinStake is the simulated FL tasks' minimum own stake to join a round.
var FLMinStake = flock(1000)

// flSlotOffsets are when the FL rounds of an epoch start (seconds after its start): between the Arena's
// activity rounds, each taking about an hour (commit window, reveal window, finalization).
var flSlotOffsets = [3]uint64{2 * 3600, 8 * 3600, 14 * 3600}

// flMaxMembers is FLAlliance.MAX_MEMBERS: a task's members never leave across Simulate calls (each call
// knows only its own users), so a devnet resumed epoch after epoch fills its tasks; past it, join reverts
// (TooManyMembers) and new users stay out.
const flMaxMembers = 128

// Gas limits of FL calls. startRound and finalizeRound loop over the participants (up to MAX_MEMBERS =
// 128): 4M covered a young task only, and a devnet resumed epoch after epoch reverted at its 11th-13th
// epoch. anvil charges the gas used, so the limits are generous.
const (
	gasFLTask     = 300_000
	gasJoin       = 200_000
	gasLeave      = 150_000
	gasStartRound = 20_000_000
	gasUpdate     = 150_000
	gasCommit     = 150_000
	gasReveal     = 150_000
	gasFinalize   = 20_000_000
	// gasFLUnstake covers requestUnstake with the open-request bookkeeping.
	gasFLUnstake = 250_000
	// flOfflineOneIn: one round in flOfflineOneIn has every voter offline during its reveal window (a void round).
	flOfflineOneIn = 6
)

// flKind is how an FL participant behaves: honest ones propose good updates and vote the truth, lazy ones
// often skip a proposal or never reveal, dishonest ones propose bad updates and vote against the truth.
type flKind int

const (
	flHonest flKind = iota
	flLazy
	flDishonest
)

func (k flKind) String() string {
	return [...]string{"honest", "lazy", "dishonest"}[k]
}

type flUser struct {
	Account
	task       uint64
	kind       flKind
	disabled   bool // an earlier run gave the address another role in the task
	sigmaSet   bool
	sigmaSetAt uint64
}

// flRound is a round in progress: its roles (from RoleAssigned) and what each voter committed.
type flRound struct {
	task                 uint64
	round                uint32
	commitEnd, revealEnd uint64
	roles                map[common.Address]uint8
	good                 bool // no bad update was submitted and at least one update was
	votes                map[common.Address]flVote
	// dodgers are dishonest proposers that submitted a bad update and will try the slash dodge: request an
	// unstake of all their stake before the round is finalized (Staking keeps it slashable, FLAlliance holds
	// its payout until finalization, so the slash is taken from the request).
	dodgers []*flUser
}

type flVote struct {
	accept bool
	salt   [32]byte
}

// flState is the simulator's FL part; fl is nil on deployments without FLAlliance (nothing FL happens).
type flState struct {
	fl    *bindings.FLAlliance
	rng   *rand.Rand
	tasks []uint64
	users []*flUser
	// delegated is set once a delegator has backed an FL participant.
	delegated bool
}

// flPlan derives the FL tasks and participants: one task (two with 30 or more users), each with
// max(4, min(8, users/8)) members, 60% honest, 20% lazy and 20% dishonest (at least one lazy and one
// dishonest per task).
func (s *sim) flPlan(n int) {
	if s.fl.fl == nil {
		return
	}
	nTasks := 1
	if n >= 30 {
		nTasks = 2
	}
	per := max(4, min(8, n/8))
	for k := range nTasks {
		t := uint64(FLTaskBase + k)
		s.fl.tasks = append(s.fl.tasks, t)
		var members []*flUser
		for j := range per {
			u := &flUser{Account: SimAccount(s.seed, flUserBase+1000*k+j), task: t}
			switch r := s.fl.rng.Float64(); {
			case r < 0.6:
				u.kind = flHonest
			case r < 0.8:
				u.kind = flLazy
			default:
				u.kind = flDishonest
			}
			members = append(members, u)
		}
		has := func(k flKind) bool {
			for _, u := range members {
				if u.kind == k {
					return true
				}
			}
			return false
		}
		if !has(flLazy) {
			members[0].kind = flLazy
		}
		if !has(flDishonest) {
			members[len(members)-1].kind = flDishonest
		}
		s.fl.users = append(s.fl.users, members...)
	}
}

// flLoad reads back the FL participants' balances, roles and reward shares.
func (s *sim) flLoad(ctx context.Context) error {
	call := &bind.CallOpts{Context: ctx}
	for _, u := range s.fl.users {
		var err error
		if s.bal[u.Address], err = s.token.BalanceOf(call, u.Address); err != nil {
			return fmt.Errorf("reading balance: %w", err)
		}
		if u.sigmaSet, err = s.staking.RewardShareInitialized(call, u.Address); err != nil {
			return fmt.Errorf("reading reward share: %w", err)
		}
		if u.sigmaSetAt, err = s.staking.RewardShareSetAt(call, u.Address); err != nil {
			return fmt.Errorf("reading reward share: %w", err)
		}
		r, err := s.staking.RoleOf(call, u.Address, new(big.Int).SetUint64(u.task))
		if err != nil {
			return fmt.Errorf("reading role: %w", err)
		}
		u.disabled = r != 0 && r != roleFL
	}
	for _, dl := range s.delegations {
		if dl.task >= FLTaskBase {
			s.fl.delegated = true
		}
	}
	return nil
}

// flSetup creates the missing FL tasks and gives the FL participants ETH, FLOCK and an allowance.
func (s *sim) flSetup(ctx context.Context) ([]txReq, error) {
	call := &bind.CallOpts{Context: ctx}
	var reqs []txReq
	for _, t := range s.fl.tasks {
		tid := new(big.Int).SetUint64(t)
		task, err := s.fl.fl.TaskOf(call, tid)
		if err != nil {
			return nil, fmt.Errorf("reading FL task %d: %w", t, err)
		}
		if task.Exists {
			continue
		}
		reqs = append(reqs, s.tx(s.admin, gasFLTask, "createFLTask", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.fl.fl.CreateFLTask(o, tid, flRounds, FLMinStake, FLCommitDuration, FLRevealDuration)
		}))
	}
	eth := new(big.Int).Mul(big.NewInt(1000), ether)
	maxApproval := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	stakingAddr := s.d.Contracts[config.Staking].Address
	for _, u := range s.fl.users {
		if err := s.ch.setBalance(ctx, u.Address, eth); err != nil {
			return nil, err
		}
		if target := flock(50_000); s.bal[u.Address].Cmp(target) < 0 {
			amt := new(big.Int).Sub(target, s.bal[u.Address])
			to := u.Address
			s.bal[to] = target
			reqs = append(reqs, s.tx(s.admin, gasTransfer, "transfer", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.token.Transfer(o, to, amt)
			}))
		}
		a, err := s.token.Allowance(call, u.Address, stakingAddr)
		if err != nil {
			return nil, fmt.Errorf("reading allowance: %w", err)
		}
		if a.Cmp(flock(1_000_000_000)) < 0 {
			reqs = append(reqs, s.tx(u.Account, gasTransfer, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.token.Approve(o, stakingAddr, maxApproval)
			}))
		}
	}
	return reqs, nil
}

// flSlot runs one FL round of every FL task starting at ts: stakes, joins and delegations first; then
// startRound, and seedRound two blocks later (the roles); proposers submit update hashes and voters commit; a warp past commitEnd for the reveals;
// a warp past revealEnd for finalizeRound (which slashes and funds the distributor).
func (s *sim) flSlot(ctx context.Context, slot int, ts uint64) error {
	prep, active, err := s.flPrepareTasks(ctx, slot, ts)
	if err != nil {
		return err
	}
	if _, err := s.ch.run(ctx, ts, prep); err != nil {
		return fmt.Errorf("FL preparation: %w", err)
	}
	if len(active) == 0 {
		return nil
	}
	rounds, err := s.flStartRounds(ctx, active)
	if err != nil {
		return err
	}
	if err := s.flProposeAndCommit(ctx, rounds); err != nil {
		return err
	}
	if err := s.flRevealRounds(ctx, rounds); err != nil {
		return err
	}
	return s.flFinalizeRounds(ctx, rounds)
}

// flPrepareTasks is the preparation of every FL task with rounds to go (an open round finalized,
// withdrawals, stakes, joins; delegations in the first slot) and the tasks whose next round can start
// (two members or more).
func (s *sim) flPrepareTasks(ctx context.Context, slot int, ts uint64) ([]txReq, []uint64, error) {
	var prep []txReq
	var active []uint64
	for _, t := range s.fl.tasks {
		reqs, starts, err := s.flPrepareTask(ctx, t, slot, ts)
		if err != nil {
			return nil, nil, err
		}
		prep = append(prep, reqs...)
		if starts {
			active = append(active, t)
		}
	}
	if slot == 1 {
		prep = append(prep, s.flDelegations(ctx)...)
	}
	return prep, active, nil
}

// flPrepareTask prepares FL task t's next round and says whether it can start.
func (s *sim) flPrepareTask(ctx context.Context, t uint64, slot int, ts uint64) ([]txReq, bool, error) {
	call := &bind.CallOpts{Context: ctx}
	tid := new(big.Int).SetUint64(t)
	task, err := s.fl.fl.TaskOf(call, tid)
	if err != nil {
		return nil, false, fmt.Errorf("reading FL task %d: %w", t, err)
	}
	if task.CurrentRound >= task.Rounds {
		return nil, false, nil
	}
	var prep []txReq
	open := false // a round of t still open (payouts of its participants' unstake requests are held)
	if task.CurrentRound > 0 {
		r, err := s.fl.fl.RoundOf(call, tid, task.CurrentRound)
		if err != nil {
			return nil, false, fmt.Errorf("reading FL round: %w", err)
		}
		if !r.Finalized {
			if r.RevealEnd > ts {
				return nil, false, nil // an interrupted earlier run's round still open: leave it
			}
			open = true
			prep = append(prep, s.flFinalizeTx(t))
		}
	}
	for _, u := range s.fl.users {
		if u.task != t || u.disabled || open {
			continue
		}
		w, err := s.flWithdrawals(ctx, u, tid, ts)
		if err != nil {
			return nil, false, err
		}
		prep = append(prep, w...)
	}
	reqs, members, err := s.flPrepare(ctx, t, slot)
	if err != nil {
		return nil, false, err
	}
	return append(prep, reqs...), members >= 2, nil
}

// flStartRounds starts a round of every active task, mines the block whose hash seeds the roles (the
// block after startRound's, readable from the block after it on) and seeds each round.
func (s *sim) flStartRounds(ctx context.Context, active []uint64) ([]*flRound, error) {
	start := make([]txReq, len(active))
	for i, t := range active {
		start[i] = s.flStartTx(t)
	}
	if _, err := s.ch.run(ctx, s.ch.now+BlockTime, start); err != nil {
		return nil, fmt.Errorf("FL round start: %w", err)
	}
	if _, err := s.ch.mine(ctx, s.ch.now+BlockTime); err != nil {
		return nil, fmt.Errorf("FL seed block: %w", err)
	}
	rounds := make([]*flRound, len(active))
	seed := make([]txReq, len(active))
	for i, t := range active {
		rd := &flRound{task: t, roles: map[common.Address]uint8{}, votes: map[common.Address]flVote{}}
		rounds[i] = rd
		tid := new(big.Int).SetUint64(t)
		seed[i] = s.tx(s.admin, gasStartRound, "seedRound", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.fl.fl.SeedRound(o, tid)
		})
		seed[i].done = func(rc *types.Receipt) error { return s.flReadStart(rc, rd) }
	}
	if _, err := s.ch.run(ctx, s.ch.now+BlockTime, seed); err != nil {
		return nil, fmt.Errorf("FL round seeding: %w", err)
	}
	return rounds, nil
}

// flProposeAndCommit sends the proposals and commits, a minute into the commit window.
func (s *sim) flProposeAndCommit(ctx context.Context, rounds []*flRound) error {
	var work []txReq
	for _, rd := range rounds {
		work = append(work, s.flWork(rd)...)
	}
	if _, err := s.ch.run(ctx, s.ch.now+60, work); err != nil {
		return fmt.Errorf("FL proposals and commits: %w", err)
	}
	return nil
}

// flRevealRounds sends the reveals (and the dodges), warping past every round's commitEnd.
func (s *sim) flRevealRounds(ctx context.Context, rounds []*flRound) error {
	var revealAt uint64
	var reveals []txReq
	for _, rd := range rounds {
		revealAt = max(revealAt, rd.commitEnd+30)
		reveals = append(reveals, s.flReveals(rd)...)
		dodges, err := s.flDodges(ctx, rd)
		if err != nil {
			return err
		}
		reveals = append(reveals, dodges...)
	}
	if _, err := s.ch.run(ctx, revealAt, reveals); err != nil {
		return fmt.Errorf("FL reveals: %w", err)
	}
	return nil
}

// flFinalizeRounds finalizes every round, warping past every round's revealEnd.
func (s *sim) flFinalizeRounds(ctx context.Context, rounds []*flRound) error {
	var finalizeAt uint64
	fin := make([]txReq, len(rounds))
	for i, rd := range rounds {
		finalizeAt = max(finalizeAt, rd.revealEnd+30)
		fin[i] = s.flFinalizeTx(rd.task)
	}
	if _, err := s.ch.run(ctx, finalizeAt, fin); err != nil {
		return fmt.Errorf("FL finalization: %w", err)
	}
	return nil
}

// flFinalizeTx is the admin's finalizeRound of task t's current round.
func (s *sim) flFinalizeTx(t uint64) txReq {
	tid := new(big.Int).SetUint64(t)
	return s.tx(s.admin, gasFinalize, "finalizeRound", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.fl.fl.FinalizeRound(o, tid)
	})
}

// flPrepare stakes (first stakes and top-ups back above twice the minimum), sets reward shares, joins
// non-members and lets a lazy member leave now and then; it returns the members the next round will have.
func (s *sim) flPrepare(ctx context.Context, t uint64, slot int) ([]txReq, int, error) {
	call := &bind.CallOpts{Context: ctx}
	tid := new(big.Int).SetUint64(t)
	var reqs []txReq
	members := 0
	type st struct {
		u      *flUser
		stake  *big.Int
		member bool
	}
	var us []st
	all, err := s.fl.fl.MembersOf(call, tid)
	if err != nil {
		return nil, 0, fmt.Errorf("reading members: %w", err)
	}
	free := flMaxMembers - len(all)
	for _, u := range s.fl.users {
		if u.task != t || u.disabled {
			continue
		}
		stake, err := s.staking.StakeOf(call, u.Address, tid)
		if err != nil {
			return nil, 0, fmt.Errorf("reading stake: %w", err)
		}
		m, err := s.fl.fl.IsMember(call, tid, u.Address)
		if err != nil {
			return nil, 0, fmt.Errorf("reading membership: %w", err)
		}
		us = append(us, st{u, stake, m})
		if m {
			members++
		}
	}
	for _, x := range us {
		u := x.u
		low := new(big.Int).Mul(FLMinStake, big.NewInt(2))
		if x.stake.Cmp(low) < 0 || s.fl.rng.Float64() < 0.05 {
			amt := s.flAmount(2000, 6000)
			if s.bal[u.Address].Cmp(amt) >= 0 {
				s.bal[u.Address].Sub(s.bal[u.Address], amt)
				x.stake = new(big.Int).Add(x.stake, amt)
				reqs = append(reqs, s.tx(u.Account, gasStake, "stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
					return s.staking.Stake(o, tid, roleFL, amt)
				}))
			}
		}
		if !u.sigmaSet {
			sigma := sigmaChoices[s.fl.rng.IntN(len(sigmaChoices))]
			u.sigmaSet = true
			reqs = append(reqs, s.tx(u.Account, gasSigma, "setRewardShare", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.staking.SetRewardShare(o, sigma)
			}))
		}
		switch {
		case !x.member && x.stake.Cmp(FLMinStake) >= 0 && free > 0:
			members++
			free--
			reqs = append(reqs, s.tx(u.Account, gasJoin, "join", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.fl.fl.Join(o, tid)
			}))
		case x.member && u.kind == flLazy && slot == 2 && members > 3 && s.fl.rng.Float64() < 0.5:
			// A lazy member sits the last round of the day out (it joins again in the next epoch).
			members--
			reqs = append(reqs, s.tx(u.Account, gasLeave, "leave", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.fl.fl.Leave(o, tid)
			}))
		}
	}
	return reqs, members, nil
}

// flDelegations: delegators back FL participants that already hold the FL role (at least one ever).
func (s *sim) flDelegations(ctx context.Context) []txReq {
	call := &bind.CallOpts{Context: ctx}
	var cands []*flUser
	for _, u := range s.fl.users {
		if u.disabled {
			continue
		}
		if r, err := s.staking.RoleOf(call, u.Address, new(big.Int).SetUint64(u.task)); err == nil && r == roleFL {
			cands = append(cands, u)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	var reqs []txReq
	for _, d := range s.users {
		if d.kind != kindDelegator || (s.fl.delegated && s.fl.rng.Float64() >= 0.2) {
			continue
		}
		p := cands[s.fl.rng.IntN(len(cands))]
		amt := s.flAmount(200, 3000)
		if s.bal[d.Address].Cmp(amt) < 0 {
			continue
		}
		s.fl.delegated = true
		s.bal[d.Address].Sub(s.bal[d.Address], amt)
		var dl *delegation
		for _, x := range s.delegations {
			if x.delegator == d && x.task == p.task && x.participant != nil && x.participant.Address == p.Address {
				dl = x
			}
		}
		if dl == nil {
			// The Arena's undelegation loop works on any delegation: it needs only the participant's address.
			dl = &delegation{delegator: d, task: p.task, participant: &user{Account: p.Account}, amount: new(big.Int)}
			s.delegations = append(s.delegations, dl)
		}
		dl.amount.Add(dl.amount, amt)
		tid, to := new(big.Int).SetUint64(p.task), p.Address
		reqs = append(reqs, s.tx(d.Account, gasStake, "delegate", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.staking.Delegate(o, tid, to, amt)
		}))
	}
	return reqs
}

func (s *sim) flStartTx(t uint64) txReq {
	tid := new(big.Int).SetUint64(t)
	return s.tx(s.admin, gasStartRound, "startRound", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.fl.fl.StartRound(o, tid)
	})
}

// flReadStart reads a seeded round's number, windows and roles from its seedRound receipt.
func (s *sim) flReadStart(rc *types.Receipt, rd *flRound) error {
	found := false
	for _, l := range rc.Logs {
		if ev, err := s.fl.fl.ParseRoundStarted(*l); err == nil {
			rd.round, rd.commitEnd, rd.revealEnd, found = ev.Round, ev.CommitEnd, ev.RevealEnd, true
		} else if ev, err := s.fl.fl.ParseRoleAssigned(*l); err == nil {
			rd.roles[ev.Participant] = ev.FlRole
		}
	}
	if !found {
		return fmt.Errorf("no RoundStarted in transaction %s", rc.TxHash)
	}
	return nil
}

// flWork: proposers submit (honest ones a good update most of the time, lazy ones less often, dishonest
// ones a bad one); the round is good when an update came and none was bad; voters commit their vote
// (the truth, or its opposite for dishonest ones).
func (s *sim) flWork(rd *flRound) []txReq {
	var reqs []txReq
	tid := new(big.Int).SetUint64(rd.task)
	submitted, bad := 0, false
	for _, u := range s.fl.users {
		if u.task != rd.task || rd.roles[u.Address] != flProposer {
			continue
		}
		p := [...]float64{flHonest: 0.9, flLazy: 0.6, flDishonest: 0.9}[u.kind]
		if s.fl.rng.Float64() >= p {
			continue
		}
		submitted++
		bad = bad || u.kind == flDishonest
		if u.kind == flDishonest {
			rd.dodgers = append(rd.dodgers, u)
		}
		h := crypto.Keccak256Hash(u.Address.Bytes(), tid.Bytes(), big.NewInt(int64(rd.round)).Bytes(),
			[]byte(u.kind.String()), big.NewInt(int64(s.fl.rng.Uint32())).Bytes())
		reqs = append(reqs, s.tx(u.Account, gasUpdate, "submitUpdate", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.fl.fl.SubmitUpdate(o, tid, h)
		}))
	}
	rd.good = submitted > 0 && !bad
	for _, u := range s.fl.users {
		if u.task != rd.task || rd.roles[u.Address] == 0 || rd.roles[u.Address] == flProposer {
			continue
		}
		p := [...]float64{flHonest: 0.95, flLazy: 0.8, flDishonest: 0.9}[u.kind]
		if s.fl.rng.Float64() >= p {
			continue
		}
		v := flVote{accept: rd.good != (u.kind == flDishonest), salt: s.flSalt()}
		rd.votes[u.Address] = v
		c := flCommitment(v.accept, v.salt)
		reqs = append(reqs, s.tx(u.Account, gasCommit, "commitVote", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.fl.fl.CommitVote(o, tid, c)
		}))
	}
	return reqs
}

// flReveals: most voters reveal; lazy ones often never do, and some honest ones forget. Now and then a
// round's voters are all offline during its reveal window: it finalizes void (REWARDS.md §11 quorum) and
// nobody in it is slashed.
func (s *sim) flReveals(rd *flRound) []txReq {
	if s.fl.rng.IntN(flOfflineOneIn) == 0 {
		return nil
	}
	var reqs []txReq
	tid := new(big.Int).SetUint64(rd.task)
	for _, u := range s.fl.users {
		v, ok := rd.votes[u.Address]
		if u.task != rd.task || !ok {
			continue
		}
		p := [...]float64{flHonest: 0.93, flLazy: 0.5, flDishonest: 0.9}[u.kind]
		if s.fl.rng.Float64() >= p {
			continue
		}
		reqs = append(reqs, s.tx(u.Account, gasReveal, "revealVote", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.fl.fl.RevealVote(o, tid, v.accept, v.salt)
		}))
	}
	return reqs
}

// flDodges: the round's dishonest proposers request an unstake of everything they have in the task while the
// round that will slash them is open (unless they already have the most open requests Staking allows).
func (s *sim) flDodges(ctx context.Context, rd *flRound) ([]txReq, error) {
	call := &bind.CallOpts{Context: ctx}
	tid := new(big.Int).SetUint64(rd.task)
	var reqs []txReq
	for _, u := range rd.dodgers {
		st, err := s.staking.StakeOf(call, u.Address, tid)
		if err != nil {
			return nil, fmt.Errorf("reading stake: %w", err)
		}
		open, err := s.staking.OpenUnstakesOf(call, u.Address, tid)
		if err != nil {
			return nil, fmt.Errorf("reading open unstakes: %w", err)
		}
		if st.Sign() == 0 || len(open) >= flMaxOpenUnstakes {
			continue
		}
		reqs = append(reqs, s.tx(u.Account, gasFLUnstake, "requestUnstake", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.staking.RequestUnstake(o, tid, st)
		}))
	}
	return reqs, nil
}

// flWithdrawals withdraws an FL participant's matured unstake requests in task t (what slashes left of them),
// read from Staking so a resumed run finds them too; FLAlliance holds those made during a round of t the user
// takes part in until it is finalized, so the caller (keeping it simple) only asks when t has no open round.
func (s *sim) flWithdrawals(ctx context.Context, u *flUser, tid *big.Int, ts uint64) ([]txReq, error) {
	call := &bind.CallOpts{Context: ctx}
	open, err := s.staking.OpenUnstakesOf(call, u.Address, tid)
	if err != nil {
		return nil, fmt.Errorf("reading open unstakes: %w", err)
	}
	var reqs []txReq
	for _, id := range open {
		r, err := s.staking.RequestOf(call, id)
		if err != nil {
			return nil, fmt.Errorf("reading request %s: %w", id, err)
		}
		if r.AvailableAt > ts {
			continue
		}
		s.bal[u.Address] = new(big.Int).Add(s.bal[u.Address], r.Amount)
		reqs = append(reqs, s.tx(u.Account, gasWithdraw, "withdraw", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.staking.Withdraw(o, id)
		}))
	}
	return reqs, nil
}

// flCommitment is FLAlliance.commitmentOf: keccak256(abi.encode(accept, salt)).
func flCommitment(accept bool, salt [32]byte) [32]byte {
	var b [64]byte
	if accept {
		b[31] = 1
	}
	copy(b[32:], salt[:])
	return crypto.Keccak256Hash(b[:])
}

// flSalt is a vote's secret salt, from the FL random stream.
func (s *sim) flSalt() [32]byte {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], s.fl.rng.Uint64())
	binary.BigEndian.PutUint64(b[8:], s.fl.rng.Uint64())
	return crypto.Keccak256Hash(b[:])
}

// flAmount is a random amount in [lo, hi) FLOCK with two decimals, from the FL random stream.
func (s *sim) flAmount(lo, hi int64) *big.Int {
	cents := lo*100 + s.fl.rng.Int64N((hi-lo)*100)
	return new(big.Int).Mul(big.NewInt(cents), new(big.Int).Quo(ether, big.NewInt(100)))
}
