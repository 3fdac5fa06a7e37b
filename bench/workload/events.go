package workload

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// weights is the relative frequency of each event, shaped like a busy protocol: scores, stakes,
// delegations and claims dominate; admin events are rare. Events missing here (added to an interface
// later) get defaultWeight and generic values, so the workload always covers every event type.
var weights = map[string]float64{
	"Staked": 120, "UnstakeRequested": 30, "Withdrawn": 25, "Slashed": 8, "Delegated": 90,
	"Undelegated": 25, "RewardShareSet": 15, "CooldownsSet": 0.05,
	"TaskCreated": 2, "ModelSubmitted": 60, "ScoreSubmitted": 180,
	"ModelListed": 20, "ModelPurchased": 60, "FeeSet": 0.05,
	"Funded": 15, "RootProposed": 0.5, "RootAccepted": 0.4, "RootRevoked": 0.1, "Claimed": 100,
	"TimelockSet":   0.05,
	"FLTaskCreated": 0.5, "RoundStarted": 3, "RoleAssigned": 40, "UpdateSubmitted": 12,
	"VoteCommitted": 30, "VoteRevealed": 28, "RoundFinalized": 3, "ParticipantSlashed": 6,
}

const defaultWeight = 1

// eventKind is one event type of one contract, with its generator.
type eventKind struct {
	contract string
	ev       abi.Event
	weight   float64
	nonIdx   abi.Arguments
}

// Key is "Contract.Event", the key of the per-type counts.
func (k *eventKind) Key() string { return k.contract + "." + k.ev.Name }

// Event is one generated event, encoded for the emitter.
type Event struct {
	Contract string
	Kind     string // "Contract.Event"
	Record   Record
}

// world is the generator's model of the protocol: accounts, tasks, balances and counters, so the
// values look like a running protocol (running stake balances, increasing ids, claims under roots).
type world struct {
	rng      *rand.Rand
	accounts []common.Address
	kinds    []*eventKind
	cum      []float64 // cumulative weights over kinds
	missing  map[string]bool

	// protocol addresses used as argument values (recipients, callers).
	distributor, treasury, slasher, proposer, guardian common.Address

	tasks       []*big.Int // AI Arena task ids created so far
	nextTask    uint64
	submissions []uint64 // task id (index into tasks) per submission id-1
	models      []uint64 // task id per model id-1
	nextRequest uint64
	stakes      map[stakeKey]*big.Int
	stakers     []stakeKey
	byTask      map[uint64]*[2][]int // Arena task → its node and validator stakers (account indexes)
	delegs      map[delegKey]*big.Int
	delegList   []delegKey
	pending     []pendingWithdraw
	sigma       map[common.Address]uint32
	scores      map[[2]uint64]uint32 // (submission, validator index) -> score
	funded      *big.Int
	claimed     map[common.Address]*big.Int
	epoch       uint64
	root        [32]byte
	proposed    bool
	cumulative  *big.Int
	flTasks     []flTask
	nextFLTask  uint64
	// idBase offsets submission and model ids (0 in a whole-chain world; a block's own range in
	// BlockSource, so that independently generated blocks do not reuse ids).
	idBase uint64
}

type stakeKey struct {
	acct int
	task uint64
}
type delegKey struct {
	delegator, participant int
	task                   uint64
}
type pendingWithdraw struct {
	acct   int
	task   uint64
	req    uint64
	amount *big.Int
}
type flTask struct {
	id        uint64
	round     uint32
	assigned  map[common.Address]bool // this round's participants
	finalized bool                    // this round's RoundFinalized was emitted
}

// staker is a random staker of Arena task t in role index r (0 node, 1 validator), or any account
// when it has none yet.
func (w *world) staker(t uint64, r int) common.Address {
	if st := w.byTask[t]; st != nil && len(st[r]) > 0 {
		return w.accounts[st[r][w.rng.IntN(len(st[r]))]]
	}
	_, a := w.acct()
	return a
}

// arenaRole is an account's role in every Arena task it stakes in: node (1) or validator (2).
func arenaRole(acct int) uint8 { return uint8(1 + acct%2) }

var ether = big.NewInt(1_000_000_000_000_000_000)

func newWorld(seed uint64, accounts int, abis []ContractABI, addrs map[string]common.Address) *world {
	w := &world{rng: rand.New(rand.NewPCG(seed, 0xc0ffee)), nextTask: 1, nextFLTask: 1_000_001}
	w.clearState()
	w.accounts = make([]common.Address, accounts)
	var b [16]byte
	for i := range w.accounts {
		binary.BigEndian.PutUint64(b[:8], seed)
		binary.BigEndian.PutUint64(b[8:], uint64(i))
		w.accounts[i] = common.BytesToAddress(crypto.Keccak256(b[:])[12:])
	}
	w.distributor = addrs["RewardsDistributor"]
	w.treasury = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	w.proposer = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	w.guardian = common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	w.slasher = common.HexToAddress("0x90F79bf6EB2c4f870365E96eaB0A2C7c4Bf5a1E5")
	for _, c := range abis {
		for _, e := range c.Events {
			wt, ok := weights[e.Name]
			if !ok {
				wt = defaultWeight
			}
			k := &eventKind{contract: c.Contract, ev: e, weight: wt, nonIdx: e.Inputs.NonIndexed()}
			w.kinds = append(w.kinds, k)
		}
	}
	total := 0.0
	for _, k := range w.kinds {
		total += k.weight
		w.cum = append(w.cum, total)
	}
	return w
}

// clearState empties the protocol model: no stakes, delegations, scores, claims or funds yet.
func (w *world) clearState() {
	w.missing = map[string]bool{}
	w.stakes = map[stakeKey]*big.Int{}
	w.byTask = map[uint64]*[2][]int{}
	w.delegs = map[delegKey]*big.Int{}
	w.sigma = map[common.Address]uint32{}
	w.scores = map[[2]uint64]uint32{}
	w.funded = new(big.Int)
	w.claimed = map[common.Address]*big.Int{}
	w.cumulative = new(big.Int)
}

// setupOrder is how the chain starts: admin setup, the first tasks and stakes, a root accepted and
// one revoked, so that after firstKinds every event type is present even in the smallest workload.
var setupOrder = []string{
	"CooldownsSet", "FeeSet", "TimelockSet", "TaskCreated", "FLTaskCreated", "RoundStarted", "Funded",
	"Staked", "Delegated", "ModelSubmitted", "ModelListed", "RootProposed", "RootAccepted", "RootProposed",
	"RootRevoked",
}

// firstKinds is the setup sequence followed by every other kind once, in name order.
func (w *world) firstKinds() []*eventKind {
	byName := map[string]*eventKind{}
	for _, k := range w.kinds {
		byName[k.ev.Name] = k
	}
	var ks []*eventKind
	seen := map[*eventKind]bool{}
	for _, n := range setupOrder {
		if k, ok := byName[n]; ok {
			ks = append(ks, k)
			seen[k] = true
		}
	}
	rest := []*eventKind{}
	for _, k := range w.kinds {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.SliceStable(rest, func(i, j int) bool { return rest[i].Key() < rest[j].Key() })
	return append(ks, rest...)
}

func (w *world) pick() *eventKind {
	x := w.rng.Float64() * w.cum[len(w.cum)-1]
	i := sort.SearchFloat64s(w.cum, x)
	if i >= len(w.kinds) {
		i = len(w.kinds) - 1
	}
	return w.kinds[i]
}

func (w *world) acct() (int, common.Address) {
	i := w.rng.IntN(len(w.accounts))
	return i, w.accounts[i]
}

func (w *world) tokens(lo, hi int64) *big.Int {
	// an amount in [lo, hi) FLOCK with 18 decimals of noise, so amounts are not round numbers
	n := new(big.Int).Mul(big.NewInt(lo+w.rng.Int64N(hi-lo)), ether)
	return n.Add(n, big.NewInt(w.rng.Int64N(1_000_000_000_000_000)))
}

func (w *world) hash() [32]byte {
	var h [32]byte
	for i := 0; i < 4; i++ {
		binary.BigEndian.PutUint64(h[8*i:], w.rng.Uint64())
	}
	return h
}

func (w *world) cid() string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz234567"
	var b strings.Builder
	b.WriteString("ipfs://bafybei")
	for i := 0; i < 52; i++ {
		b.WriteByte(alphabet[w.rng.IntN(len(alphabet))])
	}
	return b.String()
}

func (w *world) task() *big.Int {
	if len(w.tasks) == 0 {
		return w.newTask()
	}
	return w.tasks[w.rng.IntN(len(w.tasks))]
}

func (w *world) newTask() *big.Int {
	t := new(big.Int).SetUint64(w.nextTask)
	w.nextTask++
	w.tasks = append(w.tasks, t)
	return t
}

func (w *world) fl() *flTask {
	if len(w.flTasks) == 0 {
		w.flTasks = append(w.flTasks, flTask{id: w.nextFLTask})
		w.nextFLTask++
	}
	return &w.flTasks[w.rng.IntN(len(w.flTasks))]
}

func u(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// values returns the named argument values of one event of kind k at block time ts (nil: none this
// time, the world has nothing it could be about).
func (w *world) values(k *eventKind, ts uint64) map[string]any {
	if gen, ok := valueMakers[k.ev.Name]; ok {
		return gen(w, k.ev.Name, ts)
	}
	return map[string]any{}
}

// valueMakers makes the values of each event the world keeps state for, by event name.
var valueMakers = map[string]func(w *world, name string, ts uint64) map[string]any{
	"Staked":             (*world).stakedValues,
	"UnstakeRequested":   (*world).unstakeValues,
	"Slashed":            (*world).unstakeValues,
	"Withdrawn":          (*world).withdrawnValues,
	"Delegated":          (*world).delegatedValues,
	"Undelegated":        (*world).undelegatedValues,
	"RewardShareSet":     (*world).rewardShareSetValues,
	"CooldownsSet":       (*world).cooldownsSetValues,
	"TaskCreated":        (*world).taskCreatedValues,
	"ModelSubmitted":     (*world).modelSubmittedValues,
	"ScoreSubmitted":     (*world).scoreSubmittedValues,
	"ModelListed":        (*world).modelListedValues,
	"ModelPurchased":     (*world).modelPurchasedValues,
	"FeeSet":             (*world).feeSetValues,
	"Funded":             (*world).fundedEventValues,
	"RootProposed":       (*world).rootProposedValues,
	"RootAccepted":       (*world).rootDecidedValues,
	"RootRevoked":        (*world).rootDecidedValues,
	"Claimed":            (*world).claimedEventValues,
	"TimelockSet":        (*world).timelockSetValues,
	"FLTaskCreated":      (*world).flTaskCreatedValues,
	"RoundStarted":       (*world).roundStartedValues,
	"RoleAssigned":       (*world).flRoundEventValues,
	"UpdateSubmitted":    (*world).flRoundEventValues,
	"VoteCommitted":      (*world).flRoundEventValues,
	"VoteRevealed":       (*world).flRoundEventValues,
	"ParticipantSlashed": (*world).flRoundEventValues,
	"RoundFinalized":     (*world).flRoundEventValues,
}

// stakedValues adds to a staker's stake (a new staker joins its task's nodes or validators).
func (w *world) stakedValues(name string, ts uint64) map[string]any {
	a, addr := w.acct()
	t := w.task().Uint64()
	key := stakeKey{a, t}
	amt := w.tokens(10, 50_000)
	s, ok := w.stakes[key]
	if !ok {
		s = new(big.Int)
		w.stakes[key] = s
		w.stakers = append(w.stakers, key)
		if w.byTask[t] == nil {
			w.byTask[t] = &[2][]int{}
		}
		w.byTask[t][arenaRole(a)-1] = append(w.byTask[t][arenaRole(a)-1], a)
	}
	s.Add(s, amt)
	return map[string]any{"account": addr, "taskId": u(t), "role": arenaRole(a), "amount": amt, "newStake": new(big.Int).Set(s)}
}

// unstakeValues takes part of a stake: a request to withdraw it later, or a slash.
func (w *world) unstakeValues(name string, ts uint64) map[string]any {
	if len(w.stakers) == 0 {
		return nil
	}
	key := w.stakers[w.rng.IntN(len(w.stakers))]
	s := w.stakes[key]
	if s.Sign() == 0 {
		return nil
	}
	div := int64(4)
	if name == "Slashed" {
		div = 20
	}
	amt := new(big.Int).Div(s, big.NewInt(1+w.rng.Int64N(div)))
	s.Sub(s, amt)
	v := map[string]any{"account": w.accounts[key.acct], "taskId": u(key.task), "role": arenaRole(key.acct), "amount": amt, "newStake": new(big.Int).Set(s)}
	if name == "Slashed" {
		v["recipient"], v["slasher"] = w.distributor, w.slasher
		return v
	}
	w.nextRequest++
	v["requestId"], v["availableAt"] = u(w.nextRequest), ts+7*86400
	w.pending = append(w.pending, pendingWithdraw{key.acct, key.task, w.nextRequest, amt})
	return v
}

// withdrawnValues pays out a pending withdrawal.
func (w *world) withdrawnValues(name string, ts uint64) map[string]any {
	if len(w.pending) == 0 {
		return nil
	}
	i := w.rng.IntN(len(w.pending))
	p := w.pending[i]
	w.pending[i] = w.pending[len(w.pending)-1]
	w.pending = w.pending[:len(w.pending)-1]
	return map[string]any{"account": w.accounts[p.acct], "taskId": u(p.task), "requestId": u(p.req), "amount": p.amount}
}

// delegatedValues adds to a delegation to a staker (never to oneself).
func (w *world) delegatedValues(name string, ts uint64) map[string]any {
	if len(w.stakers) == 0 {
		return nil
	}
	d, daddr := w.acct()
	p := w.stakers[w.rng.IntN(len(w.stakers))]
	if d == p.acct { // nobody delegates to itself
		d = (d + 1) % len(w.accounts)
		daddr = w.accounts[d]
	}
	key := delegKey{d, p.acct, p.task}
	amt := w.tokens(1, 10_000)
	s, ok := w.delegs[key]
	if !ok {
		s = new(big.Int)
		w.delegs[key] = s
		w.delegList = append(w.delegList, key)
	}
	s.Add(s, amt)
	return map[string]any{"delegator": daddr, "taskId": u(p.task), "participant": w.accounts[p.acct], "amount": amt, "newDelegation": new(big.Int).Set(s)}
}

// undelegatedValues takes part of a delegation, to be withdrawn later.
func (w *world) undelegatedValues(name string, ts uint64) map[string]any {
	if len(w.delegList) == 0 {
		return nil
	}
	key := w.delegList[w.rng.IntN(len(w.delegList))]
	s := w.delegs[key]
	if s.Sign() == 0 {
		return nil
	}
	amt := new(big.Int).Div(s, big.NewInt(1+w.rng.Int64N(3)))
	s.Sub(s, amt)
	w.nextRequest++
	w.pending = append(w.pending, pendingWithdraw{key.delegator, key.task, w.nextRequest, amt})
	return map[string]any{"delegator": w.accounts[key.delegator], "taskId": u(key.task), "participant": w.accounts[key.participant],
		"amount": amt, "newDelegation": new(big.Int).Set(s), "requestId": u(w.nextRequest), "availableAt": ts + 7*86400}
}

// rewardShareSetValues changes an account's reward share.
func (w *world) rewardShareSetValues(name string, ts uint64) map[string]any {
	_, addr := w.acct()
	prev := w.sigma[addr]
	next := uint32(w.rng.IntN(500_001))
	w.sigma[addr] = next
	return map[string]any{"account": addr, "sigmaPpm": next, "previousPpm": prev}
}

// cooldownsSetValues is the Staking cooldowns.
func (w *world) cooldownsSetValues(name string, ts uint64) map[string]any {
	return map[string]any{"unstakeCooldown": uint64(7 * 86400), "rewardShareCooldown": uint64(3 * 86400)}
}

// taskCreatedValues opens a new Arena task for two weeks.
func (w *world) taskCreatedValues(name string, ts uint64) map[string]any {
	t := w.newTask()
	_, creator := w.acct()
	return map[string]any{"taskId": t, "creator": creator, "metadataURI": w.cid(), "start": ts, "end": ts + 14*86400}
}

// modelSubmittedValues is a submission by one of the task's nodes.
func (w *world) modelSubmittedValues(name string, ts uint64) map[string]any {
	t := w.task()
	node := w.staker(t.Uint64(), 0)
	w.submissions = append(w.submissions, t.Uint64())
	return map[string]any{"taskId": t, "submissionId": u(w.idBase + uint64(len(w.submissions))), "node": node, "modelHash": w.hash(), "uri": w.cid()}
}

// scoreSubmittedValues scores a submission, mostly by one of its task's validators.
func (w *world) scoreSubmittedValues(name string, ts uint64) map[string]any {
	if len(w.submissions) == 0 {
		return nil
	}
	sub := uint64(1 + w.rng.IntN(len(w.submissions)))
	vi, val := w.acct()
	if vs := w.byTask[w.submissions[sub-1]]; vs != nil && len(vs[1]) > 0 { // mostly the task's own validators
		vi = vs[1][w.rng.IntN(len(vs[1]))]
		val = w.accounts[vi]
	}
	score := uint32(w.rng.IntN(1_000_001))
	prev, replaced := w.scores[[2]uint64{sub, uint64(vi)}]
	w.scores[[2]uint64{sub, uint64(vi)}] = score
	return map[string]any{"taskId": u(w.submissions[sub-1]), "submissionId": u(w.idBase + sub), "validator": val, "score": score, "replaced": replaced, "previousScore": prev}
}

// modelListedValues lists a submission's model.
func (w *world) modelListedValues(name string, ts uint64) map[string]any {
	if len(w.submissions) == 0 {
		return nil
	}
	sub := uint64(1 + w.rng.IntN(len(w.submissions)))
	_, seller := w.acct()
	w.models = append(w.models, w.submissions[sub-1])
	return map[string]any{"modelId": u(w.idBase + uint64(len(w.models))), "taskId": u(w.submissions[sub-1]), "seller": seller, "submissionId": u(w.idBase + sub), "price": w.tokens(1, 500)}
}

// modelPurchasedValues buys a listed model (2.5% fee).
func (w *world) modelPurchasedValues(name string, ts uint64) map[string]any {
	if len(w.models) == 0 {
		return nil
	}
	m := uint64(1 + w.rng.IntN(len(w.models)))
	_, buyer := w.acct()
	price := w.tokens(1, 500)
	fee := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(25_000)), big.NewInt(1_000_000))
	return map[string]any{"modelId": u(w.idBase + m), "taskId": u(w.models[m-1]), "buyer": buyer, "price": price, "fee": fee, "net": new(big.Int).Sub(price, fee)}
}

// feeSetValues is the marketplace fee.
func (w *world) feeSetValues(name string, ts uint64) map[string]any {
	return map[string]any{"feePpm": uint32(25_000)}
}

// fundedEventValues funds the distributor, from the treasury or for a task.
func (w *world) fundedEventValues(name string, ts uint64) map[string]any {
	amt := w.tokens(1_000, 100_000)
	w.funded.Add(w.funded, amt)
	from, task := w.treasury, big.NewInt(0)
	if w.rng.IntN(3) > 0 {
		_, from = w.acct()
		task = w.task()
	}
	return map[string]any{"from": from, "taskId": task, "amount": amt, "totalFunded": new(big.Int).Set(w.funded)}
}

// rootProposedValues proposes the next epoch's root.
func (w *world) rootProposedValues(name string, ts uint64) map[string]any {
	w.epoch++
	w.root, w.proposed = w.hash(), true
	w.cumulative.Add(w.cumulative, w.tokens(1_000, 50_000))
	return map[string]any{"epoch": u(w.epoch), "root": w.root, "totalCumulative": new(big.Int).Set(w.cumulative), "manifestHash": w.hash(), "validAt": ts + 86400, "proposer": w.proposer}
}

// rootDecidedValues accepts or revokes the proposed root.
func (w *world) rootDecidedValues(name string, ts uint64) map[string]any {
	if !w.proposed {
		return nil
	}
	w.proposed = false
	if name == "RootRevoked" {
		return map[string]any{"epoch": u(w.epoch), "root": w.root, "guardian": w.guardian}
	}
	return map[string]any{"epoch": u(w.epoch), "root": w.root, "totalCumulative": new(big.Int).Set(w.cumulative), "manifestHash": w.hash()}
}

// claimedEventValues claims part of an account's rewards, now and then by another caller.
func (w *world) claimedEventValues(name string, ts uint64) map[string]any {
	_, addr := w.acct()
	amt := w.tokens(1, 2_000)
	c, ok := w.claimed[addr]
	if !ok {
		c = new(big.Int)
		w.claimed[addr] = c
	}
	c.Add(c, amt)
	caller := addr
	if w.rng.IntN(4) == 0 {
		_, caller = w.acct()
	}
	return map[string]any{"account": addr, "root": w.root, "amount": amt, "cumulativeClaimed": new(big.Int).Set(c), "caller": caller}
}

// timelockSetValues is the distributor's timelock.
func (w *world) timelockSetValues(name string, ts uint64) map[string]any {
	return map[string]any{"timelock": uint64(86400)}
}

// flTaskCreatedValues creates an FL task.
func (w *world) flTaskCreatedValues(name string, ts uint64) map[string]any {
	t := flTask{id: w.nextFLTask}
	w.nextFLTask++
	w.flTasks = append(w.flTasks, t)
	_, creator := w.acct()
	return map[string]any{"taskId": u(t.id), "creator": creator, "rounds": uint32(50 + w.rng.IntN(200)), "minStake": w.tokens(100, 1_000), "commitDuration": uint64(3600), "revealDuration": uint64(1800)}
}

// roundStartedValues starts the next round of an FL task.
func (w *world) roundStartedValues(name string, ts uint64) map[string]any {
	t := w.fl()
	t.round++
	t.assigned, t.finalized = map[common.Address]bool{}, false
	return map[string]any{"taskId": u(t.id), "round": t.round, "seed": w.hash(), "commitEnd": ts + 3600, "revealEnd": ts + 5400, "participants": uint32(5 + w.rng.IntN(60))}
}

// flRoundEventValues is an event within an FL task's current round (each participant assigned once, the round finalized once).
func (w *world) flRoundEventValues(name string, ts uint64) map[string]any {
	t := w.fl()
	_, who := w.acct()
	v := map[string]any{"taskId": u(t.id), "round": t.round}
	switch name {
	case "RoleAssigned":
		if t.finalized || t.assigned[who] { // a round assigns each participant once, before it is finalized
			return nil
		}
		if t.assigned == nil {
			t.assigned = map[common.Address]bool{}
		}
		t.assigned[who] = true
		v["participant"], v["flRole"], v["stake"] = who, uint8(1+w.rng.IntN(2)), w.tokens(100, 20_000)
	case "UpdateSubmitted":
		v["proposer"], v["updateHash"] = who, w.hash()
	case "VoteCommitted":
		v["voter"], v["commitment"] = who, w.hash()
	case "VoteRevealed":
		v["voter"], v["accept"], v["stake"] = who, w.rng.IntN(4) > 0, w.tokens(100, 20_000)
	case "ParticipantSlashed":
		v["account"], v["amount"], v["reason"] = who, w.tokens(1, 100), uint8(1+w.rng.IntN(2))
	case "RoundFinalized":
		if t.finalized {
			return nil
		}
		t.finalized = true
		sf, sa := w.tokens(10_000, 500_000), w.tokens(1_000, 300_000)
		slashed := w.tokens(1, 5_000)
		pool := new(big.Int).Div(new(big.Int).Mul(slashed, big.NewInt(8)), big.NewInt(10))
		voters := new(big.Int).Add(new(big.Int).Add(sf, sa), w.tokens(1, 200_000))
		outcome := uint8(2) // FLAlliance.OUTCOME_*: 1 accepted, 2 rejected, 3 void (below a 1/3 quorum)
		if revealed := new(big.Int).Add(sf, sa); new(big.Int).Mul(revealed, big.NewInt(3)).Cmp(voters) < 0 {
			outcome = 3
		} else if sf.Cmp(sa) > 0 {
			outcome = 1
		}
		v["outcome"], v["stakeFor"], v["stakeAgainst"], v["voterStake"] = outcome, sf, sa, voters
		v["slashedTotal"], v["toPool"], v["toTreasury"] = slashed, pool, new(big.Int).Sub(slashed, pool)
	}
	return v
}

// generic returns a plausible value of ABI type t, for arguments no generator knows.
func (w *world) generic(t abi.Type) any {
	switch t.T {
	case abi.AddressTy:
		_, a := w.acct()
		return a
	case abi.BoolTy:
		return w.rng.IntN(2) == 1
	case abi.StringTy:
		return w.cid()
	case abi.BytesTy:
		h := w.hash()
		return h[:]
	case abi.FixedBytesTy:
		if t.Size == 32 {
			return w.hash()
		}
	case abi.UintTy:
		switch t.Size {
		case 8:
			return uint8(w.rng.IntN(4))
		case 16:
			return uint16(w.rng.IntN(1000))
		case 32:
			return uint32(w.rng.IntN(1_000_000))
		case 64:
			return uint64(w.rng.Int64N(1 << 40))
		default:
			return w.tokens(1, 10_000)
		}
	case abi.IntTy:
		if t.Size > 64 {
			return big.NewInt(w.rng.Int64N(1<<40) - 1<<39)
		}
	}
	// anything else: the zero value of the Go type the ABI package expects
	return abiZero(t)
}

func abiZero(t abi.Type) any { return reflect.New(t.GetType()).Elem().Interface() }

// encode turns named values into the emitter record of k: topic0 = event ID, indexed arguments as
// topics, the rest ABI-encoded as data.
func (w *world) encode(k *eventKind, vals map[string]any) (Record, error) {
	r := Record{Topics: [][32]byte{k.ev.ID}}
	var nonIdx []any
	for _, in := range k.ev.Inputs {
		v, ok := vals[in.Name]
		if !ok {
			if !w.missing[k.Key()+"."+in.Name] {
				w.missing[k.Key()+"."+in.Name] = true
			}
			v = w.generic(in.Type)
		}
		if in.Indexed {
			t, err := abi.MakeTopics([]any{v})
			if err != nil {
				return r, fmt.Errorf("%s.%s: %w", k.Key(), in.Name, err)
			}
			r.Topics = append(r.Topics, [32]byte(t[0][0]))
			continue
		}
		nonIdx = append(nonIdx, v)
	}
	data, err := k.nonIdx.Pack(nonIdx...)
	if err != nil {
		return r, fmt.Errorf("encoding %s: %w", k.Key(), err)
	}
	r.Data = data
	return r, nil
}

// next generates one event of kind k (or, when k's preconditions do not hold yet, e.g. a withdrawal
// with nothing pending, of a weighted random kind that can happen).
func (w *world) next(k *eventKind, ts uint64) (Event, error) {
	for tries := 0; ; tries++ {
		vals := w.values(k, ts)
		if vals != nil {
			r, err := w.encode(k, vals)
			return Event{Contract: k.contract, Kind: k.Key(), Record: r}, err
		}
		if tries > 1000 {
			return Event{}, fmt.Errorf("no event kind can be generated (last tried %s)", k.Key())
		}
		k = w.pick()
	}
}

// Missing lists the arguments that got generic values because no generator names them: a hint that an
// interface changed (the workload is still valid).
func (w *world) Missing() []string {
	var out []string
	for m := range w.missing {
		out = append(out, m)
	}
	sort.Strings(out)
	return out
}
