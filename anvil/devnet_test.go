package anvil

import (
	"encoding/binary"
	"io/fs"
	"math/big"
	"net"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
)

// protocolEvents are the events the simulator must produce: every event of IStaking, ITaskArena,
// IMarketplace and IFLAlliance (plus FLAlliance's membership events), and Funded (contract name → event names).
var protocolEvents = map[string][]string{
	config.Staking: {"Staked", "UnstakeRequested", "Withdrawn", "Slashed", "WithdrawalSlashed", "Delegated", "Undelegated",
		"RewardShareSet", "CooldownsSet"},
	config.TaskArena:          {"TaskCreated", "ModelSubmitted", "ScoreSubmitted"},
	config.Marketplace:        {"ModelListed", "ModelPurchased", "FeeSet"},
	config.RewardsDistributor: {"Funded"},
	config.FLAlliance: {"FLTaskCreated", "RoundStarted", "RoleAssigned", "UpdateSubmitted", "VoteCommitted",
		"VoteRevealed", "RoundFinalized", "ParticipantSlashed", "MemberJoined", "MemberLeft"},
}

func contractABIs(t *testing.T) map[string]*abi.ABI {
	t.Helper()
	out := map[string]*abi.ABI{}
	for name, md := range map[string]interface{ GetAbi() (*abi.ABI, error) }{
		config.FlockToken:         bindings.FlockTokenMetaData,
		config.Staking:            bindings.StakingMetaData,
		config.TaskArena:          bindings.TaskArenaMetaData,
		config.Marketplace:        bindings.MarketplaceMetaData,
		config.RewardsDistributor: bindings.RewardsDistributorMetaData,
		config.FLAlliance:         bindings.FLAllianceMetaData,
	} {
		a, err := md.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		out[name] = a
	}
	return out
}

// tlog adapts t.Log to an io.Writer for progress lines.
type tlog struct{ t *testing.T }

func (w tlog) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startDevnet brings up a fresh devnet on a free port with its state in a temporary directory.
func startDevnet(t *testing.T) (DevnetOptions, config.Deployments, *rpc.Client) {
	t.Helper()
	dir := t.TempDir()
	o := DevnetOptions{StateDir: dir, Deployments: dir + "/deployments.json", Port: freePort(t), Log: tlog{t}}
	d, err := Up(t.Context(), o)
	t.Cleanup(func() {
		if err := Down(o); err != nil {
			t.Error(err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := rpc.DialContext(t.Context(), d.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return o, d, c
}

// sweep reads every log of the protocol contracts and returns the count per "Contract.Event" and a hash
// of all logs (address, topics, data, block number, indexes) in chain order.
func sweep(t *testing.T, c *rpc.Client, d config.Deployments) (map[string]int, common.Hash) {
	t.Helper()
	abis := contractABIs(t)
	names := map[common.Address]string{}
	var addrs []common.Address
	for name, k := range d.Contracts {
		names[k.Address] = name
		addrs = append(addrs, k.Address)
	}
	logs, err := ethclient.NewClient(c).FilterLogs(t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.DeployBlock), Addresses: addrs,
	})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	h := crypto.NewKeccakState()
	for _, l := range logs {
		name := names[l.Address]
		ev, err := abis[name].EventByID(l.Topics[0])
		if err != nil {
			t.Fatalf("%s log with unknown topic %s", name, l.Topics[0])
		}
		counts[name+"."+ev.Name]++
		h.Write(l.Address.Bytes())
		for _, tp := range l.Topics {
			h.Write(tp.Bytes())
		}
		h.Write(l.Data)
		h.Write(binary.BigEndian.AppendUint64(nil, l.BlockNumber))
		h.Write(binary.BigEndian.AppendUint64(nil, uint64(l.TxIndex)))
		h.Write(binary.BigEndian.AppendUint64(nil, uint64(l.Index)))
	}
	var sum common.Hash
	h.Read(sum[:])
	return counts, sum
}

func headTime(t *testing.T, c *rpc.Client) (uint64, uint64) {
	t.Helper()
	h, err := ethclient.NewClient(c).HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Number.Uint64(), h.Time
}

func TestSimulateProducesEveryEventDeterministically(t *testing.T) {
	ctx := t.Context()
	opts := Options{Users: 50, Epochs: 3, Seed: 1, Progress: tlog{t}}

	o, d, c := startDevnet(t)
	sum, err := Simulate(ctx, c, d, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("simulated epochs %d..%d: %d txs in %d blocks; actions %v", sum.FirstEpoch, sum.LastEpoch, sum.Txs, sum.Blocks, sum.Actions)
	counts, hash1 := sweep(t, c, d)
	t.Logf("events: %v", counts)
	for contract, evs := range protocolEvents {
		for _, ev := range evs {
			if counts[contract+"."+ev] == 0 {
				t.Errorf("no %s.%s event", contract, ev)
			}
		}
	}
	checkDetails(t, c, d)
	checkFL(t, c, d)
	if sum.FirstEpoch != 0 || sum.LastEpoch != 2 {
		t.Errorf("simulated epochs %d..%d, want 0..2", sum.FirstEpoch, sum.LastEpoch)
	}
	settleable := uint64(d.Genesis) + 3*EpochLength + Grace
	head, now := headTime(t, c)
	if now < settleable || sum.HeadTime != now || sum.Head != head {
		t.Errorf("head %d at %d (summary: %d at %d), want a block at >= %d (end of epoch 2 + grace)", head, now, sum.Head, sum.HeadTime, settleable)
	}

	// Up against the running devnet reuses it.
	again, err := Up(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, d) {
		t.Errorf("Up on a running devnet redeployed:\n got %+v\nwant %+v", again, d)
	}
	if h, _ := headTime(t, c); h != head {
		t.Errorf("Up on a running devnet mined: head %d, was %d", h, head)
	}

	// The same seed on a fresh devnet yields the same logs.
	_, d2, c2 := startDevnet(t)
	if !reflect.DeepEqual(d2.Contracts, d.Contracts) {
		t.Errorf("fresh devnets differ: %v vs %v", d2.Contracts, d.Contracts)
	}
	if _, err := Simulate(ctx, c2, d2, opts); err != nil {
		t.Fatal(err)
	}
	counts2, hash2 := sweep(t, c2, d2)
	if hash1 != hash2 {
		t.Errorf("same seed, different logs: %s vs %s\n%v\n%v", hash1, hash2, counts, counts2)
	}
	if head2, now2 := headTime(t, c2); head2 != head || now2 != now {
		t.Errorf("same seed, different heads: %d at %d vs %d at %d", head2, now2, head, now)
	}
	h1, err := ethclient.NewClient(c).HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	h2, err := ethclient.NewClient(c2).HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h1.Hash() != h2.Hash() {
		t.Errorf("same seed, different head block hashes: %s vs %s", h1.Hash(), h2.Hash())
	}

	// Simulating on: the next epoch continues with the same users.
	more, err := Simulate(ctx, c2, d2, Options{Users: 50, Epochs: 1, Seed: 1, Progress: tlog{t}})
	if err != nil {
		t.Fatal(err)
	}
	if more.FirstEpoch != 3 || more.LastEpoch != 3 {
		t.Errorf("continued with epochs %d..%d, want 3..3", more.FirstEpoch, more.LastEpoch)
	}
	if _, now := headTime(t, c2); now < uint64(d.Genesis)+4*EpochLength+Grace {
		t.Errorf("after the continuation the head is at %d, before end(3) + grace", now)
	}
}

// TestDevnetResumesFromState stops a simulated devnet and starts it again from its state file: same
// contracts, same history, blocks stamped one second after the old head, and the simulation goes on.
func TestDevnetResumesFromState(t *testing.T) {
	ctx := t.Context()
	o, d, c := startDevnet(t)
	if _, err := Simulate(ctx, c, d, Options{Users: 8, Epochs: 1, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	head, now := headTime(t, c)
	before, hash := sweep(t, c, d)
	if err := Down(o); err != nil {
		t.Fatal(err)
	}
	if _, err := probe(ctx, d.RPCURL); err == nil {
		t.Fatal("devnet still answers after Down")
	}
	again, err := Up(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, d) {
		t.Fatalf("restarted devnet redeployed:\n got %+v\nwant %+v", again, d)
	}
	c2, err := rpc.DialContext(ctx, d.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if h, n := headTime(t, c2); h != head || n != now {
		t.Errorf("restarted head %d at %d, want %d at %d", h, n, head, now)
	}
	after, hash2 := sweep(t, c2, d)
	if hash2 != hash {
		t.Errorf("logs after restart %v, before %v", after, before)
	}
	if err := c2.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	if h, n := headTime(t, c2); h != head+1 || n != now+1 {
		t.Errorf("block mined after restart: %d at %d, want %d at %d", h, n, head+1, now+1)
	}
	sum, err := Simulate(ctx, c2, d, Options{Users: 8, Epochs: 1, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if sum.FirstEpoch != 1 {
		t.Errorf("first simulated epoch after restart %d, want 1", sum.FirstEpoch)
	}
}

// checkDetails asserts what event counts alone do not show: re-scores, emission and marketplace funding,
// and several transactions per block.
func checkDetails(t *testing.T, c *rpc.Client, d config.Deployments) {
	t.Helper()
	eth := ethclient.NewClient(c)
	arena, err := bindings.NewTaskArena(d.Contracts[config.TaskArena].Address, eth)
	if err != nil {
		t.Fatal(err)
	}
	scores, err := arena.FilterScoreSubmitted(&bind.FilterOpts{Context: t.Context()}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var replaced int
	blocks := map[uint64]int{}
	for scores.Next() {
		if scores.Event.Replaced {
			replaced++
		}
		blocks[scores.Event.Raw.BlockNumber]++
	}
	if err := scores.Error(); err != nil {
		t.Fatal(err)
	}
	if replaced == 0 {
		t.Error("no re-score (ScoreSubmitted with replaced)")
	}
	busiest := 0
	for _, n := range blocks {
		busiest = max(busiest, n)
	}
	if busiest < 2 {
		t.Error("no block holds several scores")
	}
	dist, err := bindings.NewRewardsDistributor(d.Contracts[config.RewardsDistributor].Address, eth)
	if err != nil {
		t.Fatal(err)
	}
	funded, err := dist.FilterFunded(&bind.FilterOpts{Context: t.Context()}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var emission, revenue int
	for funded.Next() {
		if funded.Event.TaskId.Sign() == 0 {
			emission++
		} else {
			revenue++
		}
	}
	if err := funded.Error(); err != nil {
		t.Fatal(err)
	}
	if emission == 0 || revenue == 0 {
		t.Errorf("Funded: %d for emission, %d from the marketplace; want both", emission, revenue)
	}
	// Every epoch ends with a block in its last second (the snapshot block, with a stake change).
	head, _ := headTime(t, c)
	lastSecond := map[uint64]bool{}
	for n := d.DeployBlock; n <= head; n++ {
		h, err := eth.HeaderByNumber(t.Context(), new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		if (h.Time+1-uint64(d.Genesis))%EpochLength == 0 {
			lastSecond[(h.Time-uint64(d.Genesis))/EpochLength] = true
		}
	}
	for e := uint64(0); e < 3; e++ {
		if !lastSecond[e] {
			t.Errorf("no block in the last second of epoch %d", e)
		}
	}
	t.Logf("re-scores %d; Funded: emission %d, marketplace %d; scores in %d blocks", replaced, emission, revenue, len(blocks))
}

// checkFL asserts the FL stories the event counts alone do not show: accepted and rejected rounds,
// both slash reasons, committed votes never revealed, slashed stake funding the distributor for the FL
// task, FL stake with role FL, delegation to an FL participant, and FL task ids apart from Arena ids.
func checkFL(t *testing.T, c *rpc.Client, d config.Deployments) {
	t.Helper()
	ctx := t.Context()
	eth := ethclient.NewClient(c)
	flAddr := d.Contracts[config.FLAlliance].Address
	fl, err := bindings.NewFLAlliance(flAddr, eth)
	if err != nil {
		t.Fatal(err)
	}
	opts := func() *bind.FilterOpts { return &bind.FilterOpts{Context: ctx} }

	flTasks := map[uint64]bool{}
	created, err := fl.FilterFLTaskCreated(opts(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for created.Next() {
		flTasks[created.Event.TaskId.Uint64()] = true
	}
	arena, err := bindings.NewTaskArena(d.Contracts[config.TaskArena].Address, eth)
	if err != nil {
		t.Fatal(err)
	}
	for id := range flTasks {
		if ok, err := arena.TaskExists(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(id)); err != nil || ok {
			t.Errorf("FL task %d is also an Arena task (%v)", id, err)
		}
		if id < FLTaskBase {
			t.Errorf("FL task id %d below FLTaskBase", id)
		}
	}

	outcomes := map[uint8]int{}
	fin, err := fl.FilterRoundFinalized(opts(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for fin.Next() {
		ev := fin.Event
		outcomes[ev.Outcome]++
		// REWARDS.md §11: void without a reveal or below 1/3 of the voters' stake (nobody slashed), else
		// accepted iff for > against.
		revealed := new(big.Int).Add(ev.StakeFor, ev.StakeAgainst)
		want := uint8(2)
		switch {
		case revealed.Sign() == 0 || new(big.Int).Mul(revealed, big.NewInt(3)).Cmp(ev.VoterStake) < 0:
			want = 3
		case ev.StakeFor.Cmp(ev.StakeAgainst) > 0:
			want = 1
		}
		if ev.Outcome != want || (want == 3 && ev.SlashedTotal.Sign() != 0) {
			t.Errorf("round %d of task %s: outcome %d (want %d) with stake for %s against %s of %s, slashed %s",
				ev.Round, ev.TaskId, ev.Outcome, want, ev.StakeFor, ev.StakeAgainst, ev.VoterStake, ev.SlashedTotal)
		}
		if new(big.Int).Add(ev.ToPool, ev.ToTreasury).Cmp(ev.SlashedTotal) != 0 {
			t.Errorf("round %d of task %s: pool %s + treasury %s != slashed %s", ev.Round, ev.TaskId, ev.ToPool, ev.ToTreasury, ev.SlashedTotal)
		}
	}
	if outcomes[1] == 0 || outcomes[2] == 0 || outcomes[3] == 0 {
		t.Errorf("FL rounds: %d accepted, %d rejected, %d void; want all three", outcomes[1], outcomes[2], outcomes[3])
	}

	reasons := map[uint8]int{}
	sl, err := fl.FilterParticipantSlashed(opts(), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for sl.Next() {
		reasons[sl.Event.Reason]++
	}
	if reasons[1] == 0 || reasons[2] == 0 {
		t.Errorf("FL slashes by reason %v: want rejected proposers (1) and votes against the outcome (2)", reasons)
	}

	type key struct {
		task  uint64
		round uint32
		voter common.Address
	}
	committed := map[key]bool{}
	com, err := fl.FilterVoteCommitted(opts(), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for com.Next() {
		committed[key{com.Event.TaskId.Uint64(), com.Event.Round, com.Event.Voter}] = true
	}
	rev, err := fl.FilterVoteRevealed(opts(), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	revealed := 0
	for rev.Next() {
		k := key{rev.Event.TaskId.Uint64(), rev.Event.Round, rev.Event.Voter}
		if !committed[k] {
			t.Errorf("reveal without commit: %+v", k)
		}
		delete(committed, k)
		revealed++
	}
	if len(committed) == 0 || revealed == 0 {
		t.Errorf("FL votes: %d revealed, %d committed and never revealed; want both", revealed, len(committed))
	}

	dist, err := bindings.NewRewardsDistributor(d.Contracts[config.RewardsDistributor].Address, eth)
	if err != nil {
		t.Fatal(err)
	}
	funded, err := dist.FilterFunded(opts(), []common.Address{flAddr}, nil)
	if err != nil {
		t.Fatal(err)
	}
	flFunds := 0
	for funded.Next() {
		if !flTasks[funded.Event.TaskId.Uint64()] {
			t.Errorf("FLAlliance funded task %s, not an FL task", funded.Event.TaskId)
		}
		flFunds++
	}
	if flFunds == 0 {
		t.Error("no Funded from FLAlliance (slashed stake to the pool)")
	}

	staking, err := bindings.NewStaking(d.Contracts[config.Staking].Address, eth)
	if err != nil {
		t.Fatal(err)
	}
	staked, err := staking.FilterStaked(opts(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	flStakes := 0
	for staked.Next() {
		if flTasks[staked.Event.TaskId.Uint64()] {
			if staked.Event.Role != 3 {
				t.Errorf("stake in FL task %s with role %d", staked.Event.TaskId, staked.Event.Role)
			}
			flStakes++
		}
	}
	del, err := staking.FilterDelegated(opts(), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	flDelegations := 0
	for del.Next() {
		if flTasks[del.Event.TaskId.Uint64()] {
			flDelegations++
		}
	}
	if flStakes == 0 || flDelegations == 0 {
		t.Errorf("FL stakes %d, delegations to FL participants %d; want both", flStakes, flDelegations)
	}
	t.Logf("FL: tasks %v, rounds %d accepted / %d rejected / %d void, slashes by reason %v, %d reveals, %d unrevealed commits, %d pool fundings, %d stakes, %d delegations",
		flTasks, outcomes[1], outcomes[2], outcomes[3], reasons, revealed, len(committed), flFunds, flStakes, flDelegations)
}

// TestDevnetKeepsFewStatesOnDisk mines past anvil's 500 in-memory states and checks that the states it
// then writes to disk stay inside StateDir and number at most PersistedStates: without the cap anvil
// keeps up to 3,600 under the home directory, which filled the disk during a 2-hour soak.
func TestDevnetKeepsFewStatesOnDisk(t *testing.T) {
	o, _, c := startDevnet(t)
	for range 8 {
		if err := c.CallContext(t.Context(), nil, "anvil_mine", "0x64"); err != nil {
			t.Fatal(err)
		}
	}
	var files int
	err := filepath.WalkDir(filepath.Join(o.StateDir, "states"), func(_ string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			files++
		}
		return err
	})
	if err != nil {
		t.Fatalf("anvil wrote no historical states under StateDir: %v", err)
	}
	if files == 0 || files > PersistedStates {
		t.Errorf("%d historical states on disk under StateDir after 800 blocks, want 1..%d", files, PersistedStates)
	}
}
