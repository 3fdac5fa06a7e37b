package anvil

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
)

// Options tunes Simulate. Zero values mean the defaults.
type Options struct {
	// Users is the number of simulated users (default 50): training nodes, validators and delegators.
	Users int
	// Epochs is the number of epochs to simulate (default 3), starting at the epoch of the chain's head.
	Epochs int
	// Seed picks the users' keys and every random choice: the same seed on the same chain gives the same blocks.
	Seed uint64
	// Progress receives one line per simulated epoch (nil: discarded).
	Progress io.Writer
}

// Summary says what Simulate did.
type Summary struct {
	// FirstEpoch and LastEpoch bound the simulated epochs; both are over and settleable when Simulate returns.
	FirstEpoch, LastEpoch uint64
	// Txs and Blocks count what Simulate sent and mined.
	Txs, Blocks int
	// Head and HeadTime are the last block mined: HeadTime = end(LastEpoch) + Grace.
	Head, HeadTime uint64
	// Actions counts the protocol actions by name (stake, submitModel, purchase, …).
	Actions map[string]int
}

// Roles as Staking numbers them (contracts/src/interfaces/Roles.sol).
const (
	roleNode      uint8 = 1
	roleValidator uint8 = 2
)

// Gas limits per call: generous fixed values instead of an estimate per transaction (a batch is sent
// before any of it is mined, so estimates against the head would be wrong anyway).
const (
	gasTransfer = 100_000
	gasStake    = 250_000
	gasUnstake  = 250_000
	gasWithdraw = 150_000
	gasSigma    = 120_000
	gasSlash    = 150_000
	gasTask     = 250_000
	gasSubmit   = 250_000
	gasScore    = 150_000
	gasList     = 250_000
	gasPurchase = 300_000
	gasFund     = 150_000
)

// Round offsets inside an epoch (seconds after its start), each jittered by up to 15 minutes.
var roundOffsets = [4]uint64{1 * 3600, 7 * 3600, 13 * 3600, 19 * 3600}

// taskNames name the simulated tasks' metadata URIs.
var taskNames = []string{
	"text-to-sql", "medical-qa", "code-completion", "defi-sentiment", "web3-agent",
	"image-caption", "legal-summarize", "math-reasoning", "speech-to-text", "translation-zh-en",
}

// sigmaChoices are the reward shares (ppm) participants pick from.
var sigmaChoices = []uint32{0, 50_000, 100_000, 150_000, 200_000, 250_000, 500_000, 1_000_000}

type userKind int

const (
	kindNode userKind = iota
	kindValidator
	kindDelegator
)

// validatorKind is how a validator scores: near the hidden quality, with a lot of noise, or arbitrarily.
type validatorKind int

const (
	honest validatorKind = iota
	noisy
	dishonest
)

type user struct {
	Account
	idx   int
	kind  userKind
	vkind validatorKind
	// skill is a node's mean model quality in [0, 1].
	skill float64
	// tasks a participant works in.
	tasks      []uint64
	sigmaSet   bool
	sigmaSetAt uint64
}

type stakeKey struct {
	addr common.Address
	task uint64
}

type delegation struct {
	delegator   *user
	task        uint64
	participant *user
	amount      *big.Int
}

type request struct {
	owner       *user
	amount      *big.Int
	id          *big.Int
	availableAt uint64
	done        bool
}

type submission struct {
	id      *big.Int
	task    uint64
	node    *user
	quality float64
	// scores by validator, in the order they were given.
	scorers []*user
	listed  bool
}

type listing struct {
	modelID *big.Int
	seller  *user
	price   *big.Int
	buyers  map[common.Address]bool
}

type sim struct {
	ch   *chain
	d    config.Deployments
	rng  *rand.Rand
	seed uint64

	token   *bindings.FlockToken
	staking *bindings.Staking
	arena   *bindings.TaskArena
	market  *bindings.Marketplace
	dist    *bindings.RewardsDistributor

	admin, slasher Account
	tasks          []uint64
	users          []*user
	participants   map[uint64][]*user // by task, in user order

	role        map[stakeKey]uint8
	stake       map[stakeKey]*big.Int
	bal         map[common.Address]*big.Int
	delegations []*delegation
	requests    []*request
	subs        []*submission // of the current epoch
	prevSubs    []*submission // of the previous epoch, for late scores
	listings    []*listing

	unstakeCooldown, sigmaCooldown uint64
	emissionFunded                 *big.Int
	actions                        map[string]int

	fl flState
}

// Simulate drives realistic protocol activity on the devnet behind c (deployed as d) for opts.Epochs epochs
// from the epoch of the chain's head: users derived from opts.Seed get ETH (anvil_setBalance) and FLOCK
// from the treasury; training nodes and validators stake into tasks and set reward shares, delegators
// delegate; nodes submit models with a hidden quality that validators score (honest ones close to it,
// noisy and dishonest ones not; some re-score); models are listed and bought; stakes are topped up,
// unstaked and withdrawn after the cooldown, delegations undone; the slasher slashes dishonest validators;
// the treasury funds each epoch's emission FundedEpochs ahead. With FLAlliance deployed, FL participants
// (their own users, honest, lazy or dishonest) stake with role FL into one or two FL tasks (ids from
// FLTaskBase), join, and play three FL rounds per epoch (2 h, 8 h and 14 h in): startRound, seedRound
// two blocks later (the roles), proposers submit update hashes (a dishonest one a bad update that honest voters
// reject), voters commit and reveal (some never reveal; in one round in six none does), time warps across
// the commit and reveal windows, finalizeRound (accepted, rejected or void, slashing and funding the
// distributor for the task); delegators back FL participants too. Every Staking,
// TaskArena, Marketplace and IFLAlliance event type and Funded occur (the settlement events do not:
// settlement produces them).
//
// Blocks are mined at explicit timestamps in four rounds per epoch (1 h, 7 h, 13 h and 19 h in, plus jitter),
// the FL rounds between them, and one block in its last second, several transactions each, so the same
// seed on the same chain produces identical blocks. On return the simulated epochs are over and settleable:
// the head is a block at end(LastEpoch) + Grace, and anvil automines again. Simulating again continues from
// the next epoch with the same users (state is read back from the chain), so it does not corrupt anything.
func Simulate(ctx context.Context, c *rpc.Client, d config.Deployments, opts Options) (Summary, error) {
	if opts.Users <= 0 {
		opts.Users = 50
	}
	if opts.Epochs <= 0 {
		opts.Epochs = 3
	}
	if opts.Progress == nil {
		opts.Progress = io.Discard
	}
	ch, err := newChain(ctx, c)
	if err != nil {
		return Summary{}, err
	}
	s := &sim{
		ch: ch, d: d, seed: opts.Seed,
		rng:          rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x636f766579)), // "covey"
		admin:        DevAccount(AdminIndex),
		slasher:      DevAccount(SlasherIndex),
		participants: map[uint64][]*user{},
		role:         map[stakeKey]uint8{},
		stake:        map[stakeKey]*big.Int{},
		bal:          map[common.Address]*big.Int{},
		actions:      map[string]int{},
		// FL choices have their own stream, so the Arena activity of a seed does not depend on them.
		fl: flState{rng: rand.New(rand.NewPCG(opts.Seed^0x666c, opts.Seed))}, // "fl"
	}
	if err := s.bind(); err != nil {
		return Summary{}, err
	}
	if err := ch.setAutomine(ctx, false); err != nil {
		return Summary{}, err
	}
	defer func() {
		// Leave the devnet usable by hand: automining, one second per block from the head.
		ctx := context.WithoutCancel(ctx)
		_ = deterministicTime(ctx, c)
	}()

	start := uint64(0)
	if ch.now > uint64(d.Genesis) {
		start = (ch.now - uint64(d.Genesis)) / EpochLength
		if ch.now-s.epochStart(start) > roundOffsets[len(roundOffsets)-1]-3600 {
			start++ // too late in this epoch for a full day of activity
		}
	}
	last := start + uint64(opts.Epochs) - 1

	if err := s.plan(opts.Users); err != nil {
		return Summary{}, err
	}
	if err := s.load(ctx); err != nil {
		return Summary{}, err
	}
	if err := s.setup(ctx, last); err != nil {
		return Summary{}, err
	}
	for e := start; e <= last; e++ {
		t0, tx0, b0 := time.Now(), ch.txs, ch.blocks
		before := s.snapshot()
		if err := s.epoch(ctx, e); err != nil {
			return Summary{}, fmt.Errorf("epoch %d: %w", e, err)
		}
		fmt.Fprintf(opts.Progress, "epoch %d [%s, %s): %d txs in %d blocks (%s) in %s\n", e,
			time.Unix(int64(s.epochStart(e)), 0).UTC().Format(time.DateTime),
			time.Unix(int64(s.epochStart(e+1)), 0).UTC().Format(time.DateTime),
			ch.txs-tx0, ch.blocks-b0, s.delta(before), time.Since(t0).Round(time.Millisecond))
	}
	settleable := s.epochStart(last+1) + Grace
	head, err := ch.mine(ctx, max(settleable, ch.now+1))
	if err != nil {
		return Summary{}, err
	}
	return Summary{
		FirstEpoch: start, LastEpoch: last,
		Txs: ch.txs, Blocks: ch.blocks,
		Head: head, HeadTime: ch.now,
		Actions: s.actions,
	}, nil
}

func (s *sim) epochStart(e uint64) uint64 { return uint64(s.d.Genesis) + e*EpochLength }

func (s *sim) bind() error {
	addr := func(name string) (common.Address, error) {
		k, ok := s.d.Contracts[name]
		if !ok {
			return common.Address{}, fmt.Errorf("deployments lack %s", name)
		}
		return k.Address, nil
	}
	be := s.ch.eth
	var err error
	var a common.Address
	if a, err = addr(config.FlockToken); err == nil {
		s.token, err = bindings.NewFlockToken(a, be)
	}
	if err == nil {
		if a, err = addr(config.Staking); err == nil {
			s.staking, err = bindings.NewStaking(a, be)
		}
	}
	if err == nil {
		if a, err = addr(config.TaskArena); err == nil {
			s.arena, err = bindings.NewTaskArena(a, be)
		}
	}
	if err == nil {
		if a, err = addr(config.Marketplace); err == nil {
			s.market, err = bindings.NewMarketplace(a, be)
		}
	}
	if err == nil {
		if a, err = addr(config.RewardsDistributor); err == nil {
			s.dist, err = bindings.NewRewardsDistributor(a, be)
		}
	}
	if k, ok := s.d.Contracts[config.FLAlliance]; ok && err == nil {
		s.fl.fl, err = bindings.NewFLAlliance(k.Address, be) // older deployments have none: no FL activity
	}
	return err
}

// plan derives the users and their roles from the seed: about 36% training nodes, 32% validators
// (60% honest, 25% noisy, 15% dishonest, at least one dishonest) and the rest delegators; nodes and
// validators work in one task, a third of them in two. Tasks: 3 + users/25.
func (s *sim) plan(n int) error {
	nTasks := 3 + n/25
	for i := 1; i <= nTasks; i++ {
		s.tasks = append(s.tasks, uint64(i))
	}
	nNodes := max(2, int(math.Round(0.36*float64(n))))
	nVals := max(2, int(math.Round(0.32*float64(n))))
	if nNodes+nVals > n {
		return fmt.Errorf("need at least 4 users, got %d", n)
	}
	perm := s.rng.Perm(n)
	s.users = make([]*user, n)
	for i := range s.users {
		s.users[i] = &user{Account: SimAccount(s.seed, i), idx: i, kind: kindDelegator}
	}
	var vals []*user
	for k, p := range perm {
		u := s.users[p]
		switch {
		case k < nNodes:
			u.kind = kindNode
			u.skill = 0.35 + 0.55*s.rng.Float64()
			u.tasks = s.pickTasks(k)
		case k < nNodes+nVals:
			u.kind = kindValidator
			switch r := s.rng.Float64(); {
			case r < 0.60:
				u.vkind = honest
			case r < 0.85:
				u.vkind = noisy
			default:
				u.vkind = dishonest
			}
			u.tasks = s.pickTasks(k - nNodes)
			vals = append(vals, u)
		}
	}
	hasDishonest := false
	for _, v := range vals {
		hasDishonest = hasDishonest || v.vkind == dishonest
	}
	if !hasDishonest {
		vals[len(vals)-1].vkind = dishonest
	}
	for _, u := range s.users { // user order, so participant lists are deterministic
		for _, t := range u.tasks {
			s.participants[t] = append(s.participants[t], u)
		}
	}
	s.flPlan(n)
	return nil
}

// pickTasks gives the k-th node (or validator) its primary task round-robin, so every task has some,
// and a second one a third of the time.
func (s *sim) pickTasks(k int) []uint64 {
	first := s.tasks[k%len(s.tasks)]
	ts := []uint64{first}
	if len(s.tasks) > 1 && s.rng.Float64() < 1.0/3 {
		second := s.tasks[s.rng.IntN(len(s.tasks))]
		if second != first {
			ts = append(ts, second)
		}
	}
	return ts
}

// load reads back what an earlier run left on the chain: balances, roles and stakes, reward shares,
// cooldowns and the emission funded so far.
func (s *sim) load(ctx context.Context) error {
	call := &bind.CallOpts{Context: ctx}
	var err error
	if s.unstakeCooldown, err = s.staking.UnstakeCooldown(call); err != nil {
		return fmt.Errorf("reading unstake cooldown: %w", err)
	}
	if s.sigmaCooldown, err = s.staking.RewardShareCooldown(call); err != nil {
		return fmt.Errorf("reading reward-share cooldown: %w", err)
	}
	for _, u := range s.users {
		if s.bal[u.Address], err = s.token.BalanceOf(call, u.Address); err != nil {
			return fmt.Errorf("reading balance: %w", err)
		}
		if u.kind == kindDelegator {
			continue
		}
		if u.sigmaSet, err = s.staking.RewardShareInitialized(call, u.Address); err != nil {
			return fmt.Errorf("reading reward share: %w", err)
		}
		if u.sigmaSetAt, err = s.staking.RewardShareSetAt(call, u.Address); err != nil {
			return fmt.Errorf("reading reward share: %w", err)
		}
		for _, t := range u.tasks {
			k := stakeKey{u.Address, t}
			tid := new(big.Int).SetUint64(t)
			if s.role[k], err = s.staking.RoleOf(call, u.Address, tid); err != nil {
				return fmt.Errorf("reading role: %w", err)
			}
			if s.stake[k], err = s.staking.StakeOf(call, u.Address, tid); err != nil {
				return fmt.Errorf("reading stake: %w", err)
			}
			if r := s.role[k]; r != 0 && r != u.role() {
				// An earlier run with another user count gave this address another role here: the
				// contract would refuse this plan's actions, so the task is left alone.
				s.stake[k] = new(big.Int)
			}
		}
	}
	s.emissionFunded = new(big.Int)
	it, err := s.dist.FilterFunded(&bind.FilterOpts{Start: s.d.DeployBlock, Context: ctx},
		[]common.Address{s.d.Treasury}, []*big.Int{new(big.Int)})
	if err != nil {
		return fmt.Errorf("reading emission funding: %w", err)
	}
	defer it.Close()
	for it.Next() {
		s.emissionFunded.Add(s.emissionFunded, it.Event.Amount)
	}
	if err := it.Error(); err != nil {
		return err
	}
	if s.fl.fl != nil {
		return s.flLoad(ctx)
	}
	return nil
}

// setup creates the missing tasks and gives every user ETH, FLOCK and allowances.
func (s *sim) setup(ctx context.Context, last uint64) error {
	call := &bind.CallOpts{Context: ctx}
	var reqs []txReq
	for _, t := range s.tasks {
		ok, err := s.arena.TaskExists(call, new(big.Int).SetUint64(t))
		if err != nil {
			return fmt.Errorf("reading task %d: %w", t, err)
		}
		if ok {
			continue
		}
		tid := new(big.Int).SetUint64(t)
		uri := fmt.Sprintf("ipfs://covey-devnet/tasks/%d-%s.json", t, taskNames[(t-1)%uint64(len(taskNames))])
		start, end := uint64(s.d.Genesis), s.epochStart(last+365)
		reqs = append(reqs, s.tx(s.admin, gasTask, "createTask", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.arena.CreateTask(o, tid, uri, start, end)
		}))
	}
	eth := new(big.Int).Mul(big.NewInt(1000), ether)
	maxApproval := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, u := range s.users {
		if err := s.ch.setBalance(ctx, u.Address, eth); err != nil {
			return err
		}
		target := flock(50_000)
		if u.kind == kindDelegator {
			target = flock(20_000)
		}
		if s.bal[u.Address].Cmp(target) < 0 {
			amt := new(big.Int).Sub(target, s.bal[u.Address])
			to := u.Address
			s.bal[to] = target
			reqs = append(reqs, s.tx(s.admin, gasTransfer, "transfer", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.token.Transfer(o, to, amt)
			}))
		}
		for _, spender := range []common.Address{s.d.Contracts[config.Staking].Address, s.d.Contracts[config.Marketplace].Address} {
			a, err := s.token.Allowance(call, u.Address, spender)
			if err != nil {
				return fmt.Errorf("reading allowance: %w", err)
			}
			if a.Cmp(flock(1_000_000_000)) >= 0 {
				continue
			}
			reqs = append(reqs, s.tx(u.Account, gasTransfer, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.token.Approve(o, spender, maxApproval)
			}))
		}
	}
	if s.fl.fl != nil {
		more, err := s.flSetup(ctx)
		if err != nil {
			return err
		}
		reqs = append(reqs, more...)
	}
	_, err := s.ch.run(ctx, s.ch.now+BlockTime, reqs)
	return err
}

// tx counts an action and builds its request.
func (s *sim) tx(from Account, gas uint64, action string, send func(*bind.TransactOpts) (*types.Transaction, error)) txReq {
	s.actions[action]++
	return newTx(from, gas, action, send)
}

// epoch simulates one epoch in four rounds and a last block in the epoch's final second.
func (s *sim) epoch(ctx context.Context, e uint64) error {
	s.prevSubs, s.subs = s.subs, nil
	rounds := []func(e, ts uint64) []txReq{s.round0, s.round1, s.round2, s.round3}
	for i, r := range rounds {
		ts := s.epochStart(e) + roundOffsets[i] + uint64(s.rng.IntN(900))
		if ts <= s.ch.now {
			ts = s.ch.now + BlockTime
		}
		if _, err := s.ch.run(ctx, ts, r(e, ts)); err != nil {
			return fmt.Errorf("round %d: %w", i, err)
		}
		if i < len(flSlotOffsets) && s.fl.fl != nil {
			if err := s.flSlot(ctx, i, max(s.epochStart(e)+flSlotOffsets[i], s.ch.now+BlockTime)); err != nil {
				return fmt.Errorf("FL round %d: %w", i, err)
			}
		}
	}
	// The spec's edge: a change in the last second of an epoch counts for one second (§2), and this
	// block is the epoch's snapshot block.
	if last := s.epochStart(e+1) - 1; last > s.ch.now {
		if _, err := s.ch.run(ctx, last, s.lastSecond()); err != nil {
			return fmt.Errorf("last second: %w", err)
		}
	}
	return nil
}

// lastSecond: one stake top-up and one delegation in the epoch's final second.
func (s *sim) lastSecond() []txReq {
	var reqs []txReq
	var parts []*user
	for _, u := range s.users {
		if u.kind != kindDelegator {
			parts = append(parts, u)
		}
	}
	if len(parts) > 0 {
		u := parts[s.rng.IntN(len(parts))]
		reqs = append(reqs, s.stakeTx(u, u.tasks[s.rng.IntN(len(u.tasks))])...)
	}
	for _, u := range s.users {
		if u.kind == kindDelegator {
			reqs = append(reqs, s.delegateTx(u)...)
			break
		}
	}
	return reqs
}

// round0: emission funding, first stakes and reward shares, delegations, late scores.
func (s *sim) round0(e, ts uint64) []txReq {
	var reqs []txReq
	target := new(big.Int)
	for k := uint64(0); k < e+FundedEpochs; k++ {
		target.Add(target, Emission(k))
	}
	if s.emissionFunded.Cmp(target) < 0 {
		amt := new(big.Int).Sub(target, s.emissionFunded)
		s.emissionFunded.Set(target)
		dist := s.d.Contracts[config.RewardsDistributor].Address
		reqs = append(reqs,
			s.tx(s.admin, gasTransfer, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.token.Approve(o, dist, amt)
			}),
			s.tx(s.admin, gasFund, "fund", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.dist.Fund(o, new(big.Int), amt)
			}))
	}
	for _, u := range s.users {
		if u.kind == kindDelegator {
			continue
		}
		for _, t := range u.tasks {
			if s.stakeOf(u, t).Sign() == 0 {
				reqs = append(reqs, s.stakeTx(u, t)...)
			}
		}
		if !u.sigmaSet {
			reqs = append(reqs, s.sigmaTx(u, ts)...)
		}
	}
	for _, u := range s.users {
		if u.kind == kindDelegator && (len(s.delegations) == 0 || s.rng.Float64() < 0.7) {
			reqs = append(reqs, s.delegateTx(u)...)
		}
	}
	// Late scores: a few validators score last epoch's submissions now (they do not count, §5).
	for _, sub := range s.prevSubs {
		if s.rng.Float64() >= 0.1 {
			continue
		}
		for _, v := range s.participants[sub.task] {
			if v.kind == kindValidator && s.stakeOf(v, sub.task).Sign() > 0 {
				reqs = append(reqs, s.scoreTx(v, sub))
				break
			}
		}
	}
	return reqs
}

// round1: model submissions, stake top-ups, more delegations.
func (s *sim) round1(e, ts uint64) []txReq {
	var reqs []txReq
	for _, u := range s.users {
		if u.kind != kindNode {
			continue
		}
		for _, t := range u.tasks {
			if s.stakeOf(u, t).Sign() == 0 || s.rng.Float64() >= 0.85 {
				continue
			}
			reqs = append(reqs, s.submitTx(u, t, e))
			if s.rng.Float64() < 0.3 {
				reqs = append(reqs, s.submitTx(u, t, e))
			}
		}
	}
	for _, u := range s.users {
		switch u.kind {
		case kindDelegator:
			if s.rng.Float64() < 0.25 {
				reqs = append(reqs, s.delegateTx(u)...)
			}
		default:
			for _, t := range u.tasks {
				if s.rng.Float64() < 0.1 {
					reqs = append(reqs, s.stakeTx(u, t)...)
				}
			}
		}
	}
	return reqs
}

// round2: scores, listings, unstake requests and undelegations.
func (s *sim) round2(e, ts uint64) []txReq {
	var reqs []txReq
	for _, v := range s.users {
		if v.kind != kindValidator {
			continue
		}
		for _, sub := range s.subs {
			if !contains(v.tasks, sub.task) || s.stakeOf(v, sub.task).Sign() == 0 || s.rng.Float64() >= 0.85 {
				continue
			}
			reqs = append(reqs, s.scoreTx(v, sub))
		}
	}
	for _, sub := range s.subs {
		if s.rng.Float64() < 0.35 {
			reqs = append(reqs, s.listTx(sub))
		}
	}
	for _, u := range s.users {
		if u.kind == kindDelegator {
			continue
		}
		for _, t := range u.tasks {
			st := s.stakeOf(u, t)
			if st.Sign() == 0 || s.rng.Float64() >= 0.12 {
				continue
			}
			amt := new(big.Int).Set(st)
			if s.rng.Float64() >= 0.15 { // mostly partial: 10–60%
				amt.Mul(amt, big.NewInt(int64(10+s.rng.IntN(51)))).Quo(amt, big.NewInt(100))
			}
			if amt.Sign() > 0 {
				reqs = append(reqs, s.unstakeTx(u, t, amt))
			}
		}
	}
	for _, dl := range s.delegations {
		if dl.amount.Sign() == 0 || s.rng.Float64() >= 0.15 {
			continue
		}
		amt := new(big.Int).Set(dl.amount)
		if s.rng.Float64() < 0.5 {
			amt.Quo(amt, big.NewInt(2))
		}
		if amt.Sign() > 0 {
			reqs = append(reqs, s.undelegateTx(dl, amt))
		}
	}
	return reqs
}

// round3: re-scores, purchases, withdrawals, slashes and reward-share changes.
func (s *sim) round3(e, ts uint64) []txReq {
	var reqs []txReq
	for _, sub := range s.subs {
		for _, v := range append([]*user(nil), sub.scorers...) {
			if s.stakeOf(v, sub.task).Sign() > 0 && s.rng.Float64() < 0.12 {
				reqs = append(reqs, s.scoreTx(v, sub))
			}
		}
	}
	if len(s.listings) > 0 {
		for range 2 + len(s.users)/10 {
			l := s.listings[s.rng.IntN(len(s.listings))]
			b := s.users[s.rng.IntN(len(s.users))]
			if b == l.seller || l.buyers[b.Address] || s.bal[b.Address].Cmp(l.price) < 0 {
				continue
			}
			l.buyers[b.Address] = true
			s.bal[b.Address].Sub(s.bal[b.Address], l.price)
			id := l.modelID
			reqs = append(reqs, s.tx(b.Account, gasPurchase, "purchase", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.market.Purchase(o, id)
			}))
		}
	}
	for _, r := range s.requests {
		if r.done || r.availableAt > ts {
			continue
		}
		r.done = true
		s.bal[r.owner.Address].Add(s.bal[r.owner.Address], r.amount)
		id := r.id
		reqs = append(reqs, s.tx(r.owner.Account, gasWithdraw, "withdraw", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.staking.Withdraw(o, id)
		}))
	}
	for _, u := range s.users {
		for _, t := range u.tasks {
			st := s.stakeOf(u, t)
			p := 0.0
			switch {
			case u.kind == kindValidator && u.vkind == dishonest:
				p = 0.6
			case u.kind == kindNode:
				p = 0.03 // a node caught submitting a copied model
			}
			if st.Sign() == 0 || s.rng.Float64() >= p {
				continue
			}
			amt := new(big.Int).Mul(st, big.NewInt(int64(5+s.rng.IntN(16))))
			amt.Quo(amt, big.NewInt(100))
			if amt.Sign() == 0 {
				continue
			}
			st.Sub(st, amt)
			acct, tid := u.Address, new(big.Int).SetUint64(t)
			reqs = append(reqs, s.tx(s.slasher, gasSlash, "slash", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return s.staking.Slash(o, acct, tid, amt)
			}))
		}
	}
	for _, u := range s.users {
		if u.kind != kindDelegator && u.sigmaSet && u.sigmaSetAt+s.sigmaCooldown <= ts && s.rng.Float64() < 0.15 {
			reqs = append(reqs, s.sigmaTx(u, ts)...)
		}
	}
	return reqs
}

func (s *sim) stakeOf(u *user, t uint64) *big.Int {
	k := stakeKey{u.Address, t}
	if s.stake[k] == nil {
		s.stake[k] = new(big.Int)
	}
	return s.stake[k]
}

// amount is a random amount in [lo, hi) FLOCK with two decimals.
func (s *sim) amount(lo, hi int64) *big.Int {
	cents := lo*100 + s.rng.Int64N((hi-lo)*100)
	return new(big.Int).Mul(big.NewInt(cents), new(big.Int).Quo(ether, big.NewInt(100)))
}

// role is the Staking role of a participant.
func (u *user) role() uint8 {
	if u.kind == kindValidator {
		return roleValidator
	}
	return roleNode
}

func (s *sim) stakeTx(u *user, t uint64) []txReq {
	role := u.role()
	amt := s.amount(1000, 5000)
	if role == roleValidator {
		amt = s.amount(2000, 8000)
	}
	k := stakeKey{u.Address, t}
	if r := s.role[k]; r != 0 && r != role {
		return nil // an earlier run with another plan took this role: leave it
	}
	if s.bal[u.Address].Cmp(amt) < 0 {
		return nil
	}
	s.role[k] = role
	s.bal[u.Address].Sub(s.bal[u.Address], amt)
	s.stakeOf(u, t).Add(s.stakeOf(u, t), amt)
	tid := new(big.Int).SetUint64(t)
	return []txReq{s.tx(u.Account, gasStake, "stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.staking.Stake(o, tid, role, amt)
	})}
}

func (s *sim) unstakeTx(u *user, t uint64, amt *big.Int) txReq {
	st := s.stakeOf(u, t)
	st.Sub(st, amt)
	tid := new(big.Int).SetUint64(t)
	r := &request{owner: u, amount: amt}
	s.requests = append(s.requests, r)
	req := s.tx(u.Account, gasUnstake, "requestUnstake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.staking.RequestUnstake(o, tid, amt)
	})
	req.done = func(rc *types.Receipt) error {
		ev, err := findLog(rc, s.staking.ParseUnstakeRequested)
		if err != nil {
			return err
		}
		r.id, r.availableAt = ev.RequestId, ev.AvailableAt
		return nil
	}
	return req
}

func (s *sim) sigmaTx(u *user, ts uint64) []txReq {
	sigma := sigmaChoices[s.rng.IntN(len(sigmaChoices))]
	u.sigmaSet, u.sigmaSetAt = true, ts
	return []txReq{s.tx(u.Account, gasSigma, "setRewardShare", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.staking.SetRewardShare(o, sigma)
	})}
}

// delegateTx backs a random participant of a random task.
func (s *sim) delegateTx(u *user) []txReq {
	t := s.tasks[s.rng.IntN(len(s.tasks))]
	var cands []*user
	for _, p := range s.participants[t] {
		if s.role[stakeKey{p.Address, t}] != 0 {
			cands = append(cands, p)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	p := cands[s.rng.IntN(len(cands))]
	amt := s.amount(100, 2000)
	if s.bal[u.Address].Cmp(amt) < 0 {
		return nil
	}
	s.bal[u.Address].Sub(s.bal[u.Address], amt)
	var dl *delegation
	for _, x := range s.delegations {
		if x.delegator == u && x.task == t && x.participant == p {
			dl = x
		}
	}
	if dl == nil {
		dl = &delegation{delegator: u, task: t, participant: p, amount: new(big.Int)}
		s.delegations = append(s.delegations, dl)
	}
	dl.amount.Add(dl.amount, amt)
	tid, to := new(big.Int).SetUint64(t), p.Address
	return []txReq{s.tx(u.Account, gasStake, "delegate", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.staking.Delegate(o, tid, to, amt)
	})}
}

func (s *sim) undelegateTx(dl *delegation, amt *big.Int) txReq {
	dl.amount.Sub(dl.amount, amt)
	u := dl.delegator
	tid, to := new(big.Int).SetUint64(dl.task), dl.participant.Address
	r := &request{owner: u, amount: amt}
	s.requests = append(s.requests, r)
	req := s.tx(u.Account, gasUnstake, "undelegate", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.staking.Undelegate(o, tid, to, amt)
	})
	req.done = func(rc *types.Receipt) error {
		ev, err := findLog(rc, s.staking.ParseUndelegated)
		if err != nil {
			return err
		}
		r.id, r.availableAt = ev.RequestId, ev.AvailableAt
		return nil
	}
	return req
}

// submitTx submits a model whose hidden quality is the node's skill plus noise.
func (s *sim) submitTx(u *user, t, e uint64) txReq {
	q := clamp01(u.skill + 0.08*s.rng.NormFloat64())
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], s.rng.Uint64())
	hash := crypto.Keccak256Hash(u.Address.Bytes(), new(big.Int).SetUint64(t).Bytes(), new(big.Int).SetUint64(e).Bytes(), b[:])
	uri := fmt.Sprintf("ipfs://covey-devnet/models/%x", hash[:16])
	sub := &submission{task: t, node: u, quality: q}
	s.subs = append(s.subs, sub)
	tid := new(big.Int).SetUint64(t)
	req := s.tx(u.Account, gasSubmit, "submitModel", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.arena.SubmitModel(o, tid, hash, uri)
	})
	req.done = func(rc *types.Receipt) error {
		ev, err := findLog(rc, s.arena.ParseModelSubmitted)
		if err != nil {
			return err
		}
		sub.id = ev.SubmissionId
		return nil
	}
	return req
}

// scoreTx scores sub as validator v would: honest ones near the hidden quality, noisy ones far off,
// dishonest ones arbitrarily (random, or inverted).
func (s *sim) scoreTx(v *user, sub *submission) txReq {
	var x float64
	switch v.vkind {
	case honest:
		x = sub.quality + 0.02*s.rng.NormFloat64()
	case noisy:
		x = sub.quality + 0.12*s.rng.NormFloat64()
	default:
		if s.rng.Float64() < 0.5 {
			x = s.rng.Float64()
		} else {
			x = 1 - sub.quality
		}
	}
	score := uint32(math.Round(clamp01(x) * 1_000_000))
	if !containsUser(sub.scorers, v) {
		sub.scorers = append(sub.scorers, v)
	}
	return s.tx(v.Account, gasScore, "submitScore", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.arena.SubmitScore(o, sub.id, score)
	})
}

func (s *sim) listTx(sub *submission) txReq {
	l := &listing{seller: sub.node, price: s.amount(5, 50), buyers: map[common.Address]bool{}}
	sub.listed = true
	tid := new(big.Int).SetUint64(sub.task)
	req := s.tx(sub.node.Account, gasList, "listModel", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.market.ListModel(o, tid, sub.id, l.price)
	})
	req.done = func(rc *types.Receipt) error {
		ev, err := findLog(rc, s.market.ParseModelListed)
		if err != nil {
			return err
		}
		l.modelID = ev.ModelId
		s.listings = append(s.listings, l)
		return nil
	}
	return req
}

// snapshot and delta report the actions of one epoch.
func (s *sim) snapshot() map[string]int {
	m := make(map[string]int, len(s.actions))
	for k, v := range s.actions {
		m[k] = v
	}
	return m
}

func (s *sim) delta(before map[string]int) string {
	out := ""
	for _, k := range []string{"stake", "delegate", "submitModel", "submitScore", "listModel", "purchase",
		"requestUnstake", "undelegate", "withdraw", "slash", "setRewardShare", "fund",
		"join", "leave", "startRound", "seedRound", "submitUpdate", "commitVote", "revealVote", "finalizeRound"} {
		if n := s.actions[k] - before[k]; n > 0 {
			if out != "" {
				out += ", "
			}
			out += fmt.Sprintf("%s %d", k, n)
		}
	}
	return out
}

// findLog returns the first log of rc that parse accepts.
func findLog[T any](rc *types.Receipt, parse func(types.Log) (*T, error)) (*T, error) {
	for _, l := range rc.Logs {
		if ev, err := parse(*l); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("no matching event in transaction %s", rc.TxHash)
}

func clamp01(x float64) float64 { return min(1, max(0, x)) }

func contains(ts []uint64, t uint64) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func containsUser(us []*user, u *user) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}
