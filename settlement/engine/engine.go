package engine

import (
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"sort"
)

// taskState is one task while the engine works on it.
type taskState struct {
	id    *big.Int
	kind  TaskKind
	roles map[string]Role
	own   map[string][]balancePoint            // account → own stake changes
	deleg map[string]map[string][]balancePoint // participant → delegator → delegation changes
	parts map[string]*participant              // participants (m_p > 0)
	subs  []*Submission                        // submissions made in the epoch
	rnds  []*FLRound                           // rounds finalized in the epoch
	res   *TaskResult
}

// participant is §2's p: own stake-seconds o, delegated d = sum dq, m = o + d.
type participant struct {
	account string
	role    Role
	o, d, m *big.Int
	dq      map[string]*big.Int
	sigma   uint32
	reward  *big.Int
}

// computation carries one Compute call.
type computation struct {
	p          *Policy
	start, end int64
	tasks      map[string]*taskState
	order      []*taskState // by task id
	sigma      map[string]uint32
	credits    map[string][]Credit
	res        *Result
	subs       map[string]*Submission        // all submissions by id
	scores     map[string]map[string]scoreAt // submission → validator → its latest score in the epoch
}

// Compute runs the reward specification for one epoch. It is a pure function of its arguments: the
// same policy and the same inputs (in any order) give the same Result, byte for byte. It returns an
// error for inconsistent inputs and whenever the amounts out would not equal E_e + sum R_T.
func Compute(p *Policy, in *EpochInput) (*Result, error) {
	if p == nil || in == nil {
		return nil, errNilInput
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	if in.Epoch >= uint64((math.MaxInt64-p.Genesis)/p.EpochLength) {
		return nil, fmt.Errorf("epoch %d is beyond int64 chain time", in.Epoch)
	}
	hash, err := p.Hash()
	if err != nil {
		return nil, err
	}
	treasury, _ := normAddress(p.Treasury)
	c := &computation{
		p: p, start: p.EpochStart(in.Epoch), end: p.EpochEnd(in.Epoch),
		tasks: map[string]*taskState{}, sigma: map[string]uint32{}, credits: map[string][]Credit{},
		subs: map[string]*Submission{}, scores: map[string]map[string]scoreAt{},
	}
	c.res = &Result{
		Epoch: in.Epoch, Start: c.start, End: c.end, PolicyHash: hash.Hex(), Treasury: treasury,
		Emission: p.Emission(in.Epoch), Revenue: new(big.Int), TreasuryFees: new(big.Int),
		TreasuryResidual: new(big.Int), Unallocated: new(big.Int),
	}
	if err := c.load(in); err != nil {
		return nil, fmt.Errorf("epoch %d input: %w", in.Epoch, err)
	}
	c.stakes()
	if err := c.splitEmission(); err != nil {
		return nil, err
	}
	for _, t := range c.order {
		if err := c.payTask(t); err != nil {
			return nil, fmt.Errorf("task %s: %w", t.id, err)
		}
	}
	if err := c.finish(); err != nil {
		return nil, err
	}
	return c.res, nil
}

// load validates and groups the inputs.
func (c *computation) load(in *EpochInput) error {
	if err := c.loadTasks(in.Tasks); err != nil {
		return err
	}
	pos := positions{} // every event's position, each used once
	if err := c.loadStakes(in.StakeChanges, pos); err != nil {
		return err
	}
	if err := c.loadDelegations(in.DelegationChanges, pos); err != nil {
		return err
	}
	if err := c.loadRewardShares(in.RewardShares, pos); err != nil {
		return err
	}
	if err := c.loadArena(in, pos); err != nil {
		return err
	}
	return c.loadFL(in, pos)
}

// loadTasks makes every task's state, in id order.
func (c *computation) loadTasks(tasks []Task) error {
	for i, t := range tasks {
		if err := checkID(fmt.Sprintf("task %d", i), t.ID); err != nil {
			return err
		}
		if t.Kind != TaskArena && t.Kind != TaskFL {
			return fmt.Errorf("task %s: unknown kind %d", t.ID, t.Kind)
		}
		k := t.ID.String()
		if _, dup := c.tasks[k]; dup {
			return fmt.Errorf("task %s listed twice", k)
		}
		ts := &taskState{
			id: new(big.Int).Set(t.ID), kind: t.Kind, roles: map[string]Role{},
			own: map[string][]balancePoint{}, deleg: map[string]map[string][]balancePoint{},
			parts: map[string]*participant{},
		}
		ts.res = &TaskResult{
			Task: ts.id, Kind: t.Kind, StakeSeconds: new(big.Int), NodeStake: new(big.Int), ValidatorStake: new(big.Int),
			Emission: new(big.Int), Revenue: new(big.Int), Pool: new(big.Int), Fee: new(big.Int),
			NodePool: new(big.Int), ValidatorPool: new(big.Int), Residual: new(big.Int),
			Leaderboard: []LeaderboardEntry{}, Validators: []ValidatorResult{}, Participants: []ParticipantResult{},
			Rounds: []RoundResult{},
		}
		c.tasks[k] = ts
		c.order = append(c.order, ts)
	}
	sort.Slice(c.order, func(i, j int) bool { return c.order[i].id.Cmp(c.order[j].id) < 0 })
	return nil
}

// task is the state of the task an input (named by what) refers to; it must be in Tasks.
func (c *computation) task(what string, id *big.Int) (*taskState, error) {
	if err := checkID(what, id); err != nil {
		return nil, err
	}
	t, ok := c.tasks[id.String()]
	if !ok {
		return nil, fmt.Errorf("%s: task %s is not in Tasks", what, id)
	}
	return t, nil
}

// loadStakes records each participant's role and own-stake history per task; an account keeps one role
// in a task, and the role must be one of the task's kind.
func (c *computation) loadStakes(changes []StakeChange, pos positions) error {
	for i, s := range changes {
		what := fmt.Sprintf("stake change %d", i)
		t, err := c.task(what, s.Task)
		if err != nil {
			return err
		}
		acct, err := normAddress(s.Account)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if err := checkAmount(what, s.NewStake); err != nil {
			return err
		}
		switch {
		case t.kind == TaskArena && (s.Role == RoleNode || s.Role == RoleValidator):
		case t.kind == TaskFL && s.Role == RoleFL:
		default:
			return fmt.Errorf("%s: role %d is not a role of %s task %s", what, s.Role, t.kind, t.id)
		}
		if r, ok := t.roles[acct]; ok && r != s.Role {
			return fmt.Errorf("%s: %s has role %s and %s in task %s", what, acct, r, s.Role, t.id)
		}
		if err := pos.add(what, s.Position); err != nil {
			return err
		}
		t.roles[acct] = s.Role
		t.own[acct] = append(t.own[acct], balancePoint{s.Position, s.NewStake})
	}
	return nil
}

// loadDelegations records each delegation's history per task and participant; a delegation goes to
// another account that has a role in the task.
func (c *computation) loadDelegations(changes []DelegationChange, pos positions) error {
	for i, d := range changes {
		what := fmt.Sprintf("delegation change %d", i)
		t, err := c.task(what, d.Task)
		if err != nil {
			return err
		}
		q, err := normAddress(d.Delegator)
		if err != nil {
			return fmt.Errorf("%s: delegator: %w", what, err)
		}
		pp, err := normAddress(d.Participant)
		if err != nil {
			return fmt.Errorf("%s: participant: %w", what, err)
		}
		if q == pp {
			return fmt.Errorf("%s: %s delegates to itself", what, q)
		}
		if err := checkAmount(what, d.NewDelegation); err != nil {
			return err
		}
		if err := pos.add(what, d.Position); err != nil {
			return err
		}
		if t.deleg[pp] == nil {
			t.deleg[pp] = map[string][]balancePoint{}
		}
		t.deleg[pp][q] = append(t.deleg[pp][q], balancePoint{d.Position, d.NewDelegation})
	}
	for _, t := range c.order {
		for pp := range t.deleg {
			if t.roles[pp] == RoleNone {
				return fmt.Errorf("delegation to %s in task %s, which has no stake change there (no role)", pp, t.id)
			}
		}
	}
	return nil
}

// loadRewardShares keeps each account's reward share: the latest at or before the epoch's start.
func (c *computation) loadRewardShares(shares []RewardShareChange, pos positions) error {
	type shareAt struct {
		pos   Position
		sigma uint32
	}
	latest := map[string]shareAt{}
	for i, s := range shares {
		what := fmt.Sprintf("reward share %d", i)
		acct, err := normAddress(s.Account)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if s.SigmaPpm > ppm {
			return fmt.Errorf("%s: sigmaPpm %d > 1000000", what, s.SigmaPpm)
		}
		if err := pos.add(what, s.Position); err != nil {
			return err
		}
		if s.Time > c.start {
			continue
		}
		if prev, ok := latest[acct]; !ok || prev.pos.less(s.Position) {
			latest[acct] = shareAt{s.Position, s.SigmaPpm}
		}
	}
	for a, s := range latest {
		c.sigma[a] = s.sigma
	}
	return nil
}

// stakes computes §2 for every task: o_p, d_qp, d_p, m_p, the participants and S_T.
func (c *computation) stakes() {
	for _, t := range c.order {
		for acct, role := range t.roles {
			p := &participant{account: acct, role: role, d: new(big.Int), dq: map[string]*big.Int{}, sigma: c.sigma[acct]}
			p.o = stakeSeconds(t.own[acct], c.start, c.end)
			for q, pts := range t.deleg[acct] {
				ss := stakeSeconds(pts, c.start, c.end)
				if ss.Sign() > 0 {
					p.dq[q] = ss
					p.d.Add(p.d, ss)
				}
			}
			p.m = new(big.Int).Add(p.o, p.d)
			if p.m.Sign() == 0 {
				continue
			}
			t.parts[acct] = p
			t.res.StakeSeconds.Add(t.res.StakeSeconds, p.m)
			switch role {
			case RoleNode:
				t.res.NodeStake.Add(t.res.NodeStake, p.m)
			case RoleValidator:
				t.res.ValidatorStake.Add(t.res.ValidatorStake, p.m)
			}
		}
	}
}

// splitEmission is §3: E_e over the tasks by S_T, ties to the lower task id; none with stake → treasury.
func (c *computation) splitEmission() error {
	weights := make([]*big.Rat, len(c.order))
	for i, t := range c.order {
		weights[i] = new(big.Rat).SetInt(t.res.StakeSeconds)
	}
	shares, ok, err := splitLargestRemainder(c.res.Emission, weights)
	if err != nil {
		return fmt.Errorf("emission split: %w", err)
	}
	if !ok {
		c.res.Unallocated.Set(c.res.Emission)
		c.toTreasury(nil, RoleNone, KindTreasury, c.res.Emission)
		return nil
	}
	for i, t := range c.order {
		t.res.Emission = shares[i]
	}
	return nil
}

// payTask is §4–§8 (Arena) or §11 (FL) for one task.
func (c *computation) payTask(t *taskState) error {
	r := t.res
	r.Pool.Add(r.Emission, r.Revenue)
	c.res.Revenue.Add(c.res.Revenue, r.Revenue)
	// §8: the fee comes off first.
	fee := new(big.Int).Mul(r.Pool, c.p.Phi.Num())
	r.Fee = fee.Quo(fee, c.p.Phi.Denom())
	c.toTreasury(t.id, RoleNone, KindFee, r.Fee)
	rest := new(big.Int).Sub(r.Pool, r.Fee)
	var err error
	if t.kind == TaskFL {
		err = c.payFL(t, rest)
	} else {
		err = c.payArena(t, rest)
	}
	if err != nil {
		return err
	}
	// §7: each participant's reward, split once with its delegators.
	accts := slices.Sorted(maps.Keys(t.parts))
	for _, a := range accts {
		p := t.parts[a]
		if p.reward == nil {
			p.reward = new(big.Int)
		}
		kept, err := c.payDelegation(t, p)
		if err != nil {
			return err
		}
		r.Participants = append(r.Participants, ParticipantResult{
			Account: a, Role: p.role, Own: p.o, Delegated: p.d, Stake: p.m, SigmaPpm: p.sigma,
			Reward: p.reward, Kept: kept,
		})
	}
	return nil
}

// payDelegation is §7: R_p split between p (weight o_p + sigma*d_p) and each delegator q
// (weight (1 - sigma)*d_qp), scaled by 1e6 to stay in integers; ties to the lower address.
func (c *computation) payDelegation(t *taskState, p *participant) (*big.Int, error) {
	names := []string{p.account}
	for q := range p.dq {
		names = append(names, q)
	}
	sort.Strings(names)
	weights := make([]*big.Rat, len(names))
	self := -1
	for i, n := range names {
		if n == p.account {
			self = i
			w := new(big.Int).Mul(p.o, big.NewInt(ppm))
			w.Add(w, new(big.Int).Mul(p.d, big.NewInt(int64(p.sigma))))
			weights[i] = new(big.Rat).SetInt(w)
			continue
		}
		w := new(big.Int).Mul(p.dq[n], big.NewInt(int64(ppm-p.sigma)))
		weights[i] = new(big.Rat).SetInt(w)
	}
	shares, ok, err := splitLargestRemainder(p.reward, weights)
	if err != nil {
		return nil, fmt.Errorf("delegation split of %s: %w", p.account, err)
	}
	if !ok { // the weights sum to 1e6 * m_p > 0, so this cannot happen
		return nil, fmt.Errorf("delegation split of %s: zero total weight", p.account)
	}
	for i, n := range names {
		if i == self {
			c.credit(n, Credit{Task: t.id, Role: p.role, Kind: KindOwn, Amount: shares[i]})
		} else {
			c.credit(n, Credit{Task: t.id, Role: p.role, Kind: KindDelegated, Via: p.account, Amount: shares[i]})
		}
	}
	return shares[self], nil
}

func (c *computation) credit(acct string, cr Credit) {
	if cr.Amount.Sign() == 0 {
		return
	}
	c.credits[acct] = append(c.credits[acct], cr)
}

// toTreasury credits the treasury; every call is a fee or a pool no one may receive (§8).
func (c *computation) toTreasury(task *big.Int, role Role, kind CreditKind, amount *big.Int) {
	if amount.Sign() == 0 {
		return
	}
	if kind == KindFee {
		c.res.TreasuryFees.Add(c.res.TreasuryFees, amount)
	} else {
		c.res.TreasuryResidual.Add(c.res.TreasuryResidual, amount)
	}
	c.credit(c.res.Treasury, Credit{Task: task, Role: role, Kind: kind, Amount: new(big.Int).Set(amount)})
}

// finish builds the per-account output and checks that every wei of E_e + sum R_T is accounted for.
func (c *computation) finish() error {
	total := new(big.Int)
	for _, a := range slices.Sorted(maps.Keys(c.credits)) {
		crs := c.credits[a]
		sort.SliceStable(crs, func(i, j int) bool { return creditLess(crs[i], crs[j]) })
		merged := []Credit{}
		sum := new(big.Int)
		for _, cr := range crs {
			sum.Add(sum, cr.Amount)
			if n := len(merged); n > 0 && creditKeyEqual(merged[n-1], cr) {
				merged[n-1].Amount.Add(merged[n-1].Amount, cr.Amount)
				continue
			}
			cr.Amount = new(big.Int).Set(cr.Amount)
			merged = append(merged, cr)
		}
		total.Add(total, sum)
		c.res.Accounts = append(c.res.Accounts, AccountResult{Account: a, Amount: sum, Breakdown: merged})
	}
	if c.res.Accounts == nil {
		c.res.Accounts = []AccountResult{}
	}
	for _, t := range c.order {
		c.res.Tasks = append(c.res.Tasks, *t.res)
	}
	if c.res.Tasks == nil {
		c.res.Tasks = []TaskResult{}
	}
	in := new(big.Int).Add(c.res.Emission, c.res.Revenue)
	if total.Cmp(in) != 0 {
		return fmt.Errorf("accounting: paid %s wei but E_e + sum R_T = %s", total, in)
	}
	return nil
}

func creditLess(a, b Credit) bool {
	switch {
	case (a.Task == nil) != (b.Task == nil):
		return a.Task == nil
	case a.Task != nil && a.Task.Cmp(b.Task) != 0:
		return a.Task.Cmp(b.Task) < 0
	case a.Role != b.Role:
		return a.Role < b.Role
	case a.Kind != b.Kind:
		return a.Kind < b.Kind
	}
	return a.Via < b.Via
}

func creditKeyEqual(a, b Credit) bool {
	return !creditLess(a, b) && !creditLess(b, a)
}
