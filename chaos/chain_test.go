package chaos

import (
	"context"
	"crypto/rand"
	"math/big"
	mrand "math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/internal/chaintest"
)

// devAccount is anvil's unlocked account 0 (the emitter chain sends from it).
var devAccount = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

// emitterChain is an anvil chain with an Emitter (internal/chaintest/Emitter.sol) at each protocol contract
// address of the config: it can produce any protocol event, valid or not, in any block, so reorgs can
// replace history with different events.
type emitterChain struct {
	t testing.TB
	*chaintest.Anvil
	emitters map[string]common.Address // contract name -> emitter address
	events   []eventSpec               // protocol events the indexer decodes, by name
	snaps    []string                  // evm_snapshot ids, oldest first
	// tame keeps integers below 2^31 (epochs, ids, amounts): values a real deployment produces. Without
	// it, integers span the whole uint256 range, which the indexer must store but the API need not show.
	tame bool
	// deployed is the block the last emitter was deployed in: no reorg may reach it.
	deployed uint64
}

// eventSpec is one protocol event and the contract that emits it.
type eventSpec struct {
	contract string
	ev       abi.Event
}

// protocolContracts are the contracts the indexer requires (config.Validate).
var protocolContracts = []string{config.Staking, config.TaskArena, config.Marketplace, config.RewardsDistributor}

// newEmitterChain starts anvil (with extra flags, e.g. --slots-in-an-epoch) and deploys the emitters.
func newEmitterChain(t testing.TB, anvilFlags ...string) *emitterChain {
	t.Helper()
	c := &emitterChain{t: t, Anvil: chaintest.StartAnvil(t, anvilFlags...), emitters: map[string]common.Address{}}
	indexedTopics(t)
	metas := map[string]*bind.MetaData{config.Staking: bindings.StakingMetaData, config.TaskArena: bindings.TaskArenaMetaData,
		config.Marketplace: bindings.MarketplaceMetaData, config.RewardsDistributor: bindings.RewardsDistributorMetaData}
	seen := map[common.Hash]bool{}
	for _, name := range protocolContracts {
		a, err := metas[name].GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range a.Events {
			if _, ok := indexedEvents[ev.ID]; ok && !seen[ev.ID] {
				seen[ev.ID] = true
				c.events = append(c.events, eventSpec{contract: name, ev: ev})
			}
		}
	}
	sort.Slice(c.events, func(i, j int) bool { return c.events[i].ev.Name < c.events[j].ev.Name })
	if len(c.events) < 10 {
		t.Fatalf("only %d protocol events found in the bindings", len(c.events))
	}
	for _, name := range protocolContracts {
		c.emitters[name] = c.deploy(chaintest.EmitterCode())
	}
	c.deployed, _ = c.head()
	return c
}

func (c *emitterChain) call(result any, method string, args ...any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.RPC.CallContext(ctx, result, method, args...); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *emitterChain) deploy(code []byte) common.Address {
	c.t.Helper()
	var txh common.Hash
	c.call(&txh, "eth_sendTransaction", map[string]any{"from": devAccount, "data": hexutil.Bytes(code), "gas": hexutil.Uint64(1_000_000)})
	rc := c.receipt(txh)
	if rc.Status != 1 || rc.ContractAddress == nil {
		c.t.Fatal("deploying the emitter failed")
	}
	return *rc.ContractAddress
}

type receipt struct {
	ContractAddress *common.Address `json:"contractAddress"`
	Status          hexutil.Uint64  `json:"status"`
	BlockNumber     hexutil.Uint64  `json:"blockNumber"`
}

func (c *emitterChain) receipt(txh common.Hash) receipt {
	c.t.Helper()
	for i := 0; i < 1000; i++ {
		var rc *receipt
		c.call(&rc, "eth_getTransactionReceipt", txh)
		if rc != nil {
			return *rc
		}
		time.Sleep(5 * time.Millisecond)
	}
	c.t.Fatalf("no receipt for %s", txh)
	return receipt{}
}

// config is the covey configuration indexing this chain's emitters (ranges and timings for tests).
func (c *emitterChain) config(rpcs ...string) config.Config {
	cfg := config.Defaults()
	cfg.Chain.ID = 31337
	cfg.Chain.Name = "chaos"
	if len(rpcs) == 0 {
		rpcs = []string{c.URL}
	}
	cfg.Chain.RPC = rpcs
	cfg.Chain.Finality = config.FinalityLatest
	cfg.Chain.PollInterval = config.Duration{Duration: 100 * time.Millisecond}
	cfg.Contracts = map[string]config.Contract{}
	for name, a := range c.emitters {
		cfg.Contracts[name] = config.Contract{Address: a}
	}
	cfg.Indexer.InitialRange, cfg.Indexer.MinRange, cfg.Indexer.MaxRange = 8, 1, 64
	cfg.Indexer.Workers = 2
	cfg.Indexer.MaxBackoff = config.Duration{Duration: 2 * time.Second}
	return cfg
}

// record is one emitter record: topics and data, emitted repeat times (Emitter.sol's calldata format).
type record struct {
	contract string
	topics   []common.Hash
	data     []byte
}

func (r record) encode() []byte {
	h := new(big.Int).SetUint64(uint64(len(r.topics)) | 1<<8)
	h.Or(h, new(big.Int).Lsh(big.NewInt(int64(len(r.data))), 40))
	out := common.LeftPadBytes(h.Bytes(), 32)
	for i := 0; i < 4; i++ {
		var tp common.Hash
		if i < len(r.topics) {
			tp = r.topics[i]
		}
		out = append(out, tp[:]...)
	}
	out = append(out, r.data...)
	if pad := len(r.data) % 32; pad != 0 {
		out = append(out, make([]byte, 32-pad)...)
	}
	return out
}

// randomEvent is a random, well-formed instance of a random protocol event. Key spaces are small so
// derived state (stake_current, ...) sees the same keys again and again.
func (c *emitterChain) randomEvent(r *mrand.Rand) record {
	c.t.Helper()
	spec := c.events[r.IntN(len(c.events))]
	topics := []common.Hash{spec.ev.ID}
	var nonIdx []any
	for _, in := range spec.ev.Inputs {
		v := randomValue(r, in.Type, c.tame)
		if in.Indexed {
			tp, err := abi.MakeTopics([]any{v})
			if err != nil {
				c.t.Fatalf("%s.%s: %v", spec.ev.Name, in.Name, err)
			}
			topics = append(topics, tp[0][0])
		} else {
			nonIdx = append(nonIdx, v)
		}
	}
	data, err := spec.ev.Inputs.NonIndexed().Pack(nonIdx...)
	if err != nil {
		c.t.Fatalf("packing %s: %v", spec.ev.Name, err)
	}
	return record{contract: spec.contract, topics: topics, data: data}
}

var smallAddrs = func() []common.Address {
	var a []common.Address
	for i := 1; i <= 5; i++ {
		a = append(a, common.BigToAddress(big.NewInt(int64(i*0x1111))))
	}
	return a
}()

func randomValue(r *mrand.Rand, t abi.Type, tame bool) any {
	switch t.T {
	case abi.UintTy:
		if tame {
			v := r.Int64N(1 << 31)
			switch t.Size {
			case 8:
				return uint8(v)
			case 16:
				return uint16(v)
			case 32:
				return uint32(v)
			case 64:
				return uint64(v)
			}
			return big.NewInt(v)
		}
		switch t.Size {
		case 8:
			return uint8(r.IntN(256))
		case 16:
			return uint16(r.IntN(1 << 16))
		case 32:
			return r.Uint32()
		case 64:
			return uint64(r.Int64())
		}
		switch r.IntN(4) {
		case 0:
			return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(t.Size)), big.NewInt(1))
		case 1:
			return big.NewInt(int64(r.IntN(4)))
		default:
			b := make([]byte, 1+r.IntN(t.Size/8))
			_, _ = rand.Read(b)
			return new(big.Int).SetBytes(b)
		}
	case abi.IntTy:
		return big.NewInt(r.Int64N(1000) - 500)
	case abi.AddressTy:
		return smallAddrs[r.IntN(len(smallAddrs))]
	case abi.FixedBytesTy:
		var h [32]byte
		_, _ = rand.Read(h[:])
		return h
	case abi.BoolTy:
		return r.IntN(2) == 1
	case abi.StringTy:
		return []string{"", "ipfs://bafy", "ünïcødé ✓", strings.Repeat("x", 300)}[r.IntN(4)]
	case abi.BytesTy:
		b := make([]byte, r.IntN(70))
		_, _ = rand.Read(b)
		return b
	}
	panic("chaos: no random value for type " + t.String())
}

// txFor is the transaction (from the unlocked dev account) emitting recs at one emitter.
func (c *emitterChain) txFor(contract string, recs []record) map[string]any {
	var data []byte
	for _, r := range recs {
		data = append(data, r.encode()...)
	}
	return map[string]any{"from": devAccount, "to": c.emitters[contract], "data": hexutil.Bytes(data), "gas": hexutil.Uint64(30_000_000)}
}

// emit mines one block per call holding up to `per` random events (one transaction per contract
// involved: with automine each transaction is its own block, so this sends one transaction).
func (c *emitterChain) emitBlock(r *mrand.Rand, per int) {
	c.t.Helper()
	first := c.randomEvent(r)
	recs := []record{first}
	for i := 1; i < per; i++ {
		if ev := c.randomEvent(r); ev.contract == first.contract {
			recs = append(recs, ev)
		}
	}
	c.sendTx(c.txFor(first.contract, recs))
}

// sendTx sends and waits for a transaction; a reverted one fails the test.
func (c *emitterChain) sendTx(tx map[string]any) receipt {
	c.t.Helper()
	var txh common.Hash
	c.call(&txh, "eth_sendTransaction", tx)
	rc := c.receipt(txh)
	if rc.Status != 1 {
		c.t.Fatalf("transaction %s reverted", txh)
	}
	return rc
}

// emitBlocks mines n blocks of random events (some empty).
func (c *emitterChain) emitBlocks(r *mrand.Rand, n int) {
	c.t.Helper()
	for i := 0; i < n; i++ {
		if r.IntN(5) == 0 {
			c.mine(1)
			continue
		}
		c.emitBlock(r, 1+r.IntN(4))
	}
}

func (c *emitterChain) mine(n int) {
	c.t.Helper()
	c.call(nil, "anvil_mine", hexutil.Uint64(n))
}

// head is the latest block number and hash.
func (c *emitterChain) head() (uint64, common.Hash) {
	c.t.Helper()
	return c.block("latest")
}

// block is the number and hash of a block by tag ("latest", "safe", "finalized") or hex number; zero
// when the chain has none.
func (c *emitterChain) block(tag string) (uint64, common.Hash) {
	c.t.Helper()
	var h *struct {
		Number hexutil.Uint64 `json:"number"`
		Hash   common.Hash    `json:"hash"`
	}
	c.call(&h, "eth_getBlockByNumber", tag, false)
	if h == nil {
		return 0, common.Hash{}
	}
	return uint64(h.Number), h.Hash
}

// reorg replaces the last depth blocks (anvil_reorg) with depth new blocks holding random events at
// random offsets: same length, different history.
func (c *emitterChain) reorg(r *mrand.Rand, depth int) {
	c.t.Helper()
	var pairs [][2]any
	for i := 0; i < 1+r.IntN(depth+1); i++ {
		ev := c.randomEvent(r)
		pairs = append(pairs, [2]any{c.txFor(ev.contract, []record{ev}), r.IntN(depth)})
	}
	c.call(nil, "anvil_reorg", depth, pairs)
}

// rollback removes the last depth blocks (anvil_rollback): a shorter chain.
func (c *emitterChain) rollback(depth int) {
	c.t.Helper()
	c.call(nil, "anvil_rollback", depth)
}

// revertLatest reverts to the most recent snapshot (consuming it); false when there is none.
func (c *emitterChain) revertLatest() bool {
	c.t.Helper()
	if len(c.snaps) == 0 {
		return false
	}
	id := c.snaps[len(c.snaps)-1]
	c.snaps = c.snaps[:len(c.snaps)-1]
	var ok bool
	c.call(&ok, "evm_revert", id)
	return ok
}

// devnet is the protocol's real devnet (anvil.Up: real contracts, deployed and wired) in the env's
// working directory, stopped when the test ends.
type devnet struct {
	d    config.Deployments
	opts anvil.DevnetOptions
	rpc  *rpc.Client
}

// devnetWithDatabase is the common start of a scenario on the real protocol: the seed, a covey
// installation, its devnet and a fresh database it is pointed at (DATABASE_URL).
func devnetWithDatabase(t *testing.T) (uint64, *env, *devnet, *database) {
	t.Helper()
	_, seed := newRand(t)
	e := newEnv(t)
	dn := startDevnet(t, e)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	return seed, e, dn, db
}

func startDevnet(t testing.TB, e *env) *devnet {
	t.Helper()
	opts := anvil.DevnetOptions{Root: e.dir, StateDir: e.path(".covey/anvil"), Deployments: e.path("anvil/deployments.json"), Port: freePort(t)}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := anvil.Up(ctx, opts)
	t.Cleanup(func() { _ = anvil.Down(opts) })
	if err != nil {
		t.Fatalf("devnet up: %v", err)
	}
	c, err := rpc.Dial(d.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &devnet{d: d, opts: opts, rpc: c}
}

// simulate runs the protocol simulator for epochs epochs.
func (dn *devnet) simulate(t testing.TB, users, epochs int, seed uint64) anvil.Summary {
	t.Helper()
	s, err := dn.trySimulate(users, epochs, seed)
	if err != nil {
		t.Fatalf("simulate: %v", err)
	}
	return s
}

// trySimulate is simulate returning the simulator's error.
func (dn *devnet) trySimulate(users, epochs int, seed uint64) (anvil.Summary, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	return anvil.Simulate(ctx, dn.rpc, dn.d, anvil.Options{Users: users, Epochs: epochs, Seed: seed})
}

// warp moves chain time forward and mines a block.
func (dn *devnet) warp(t testing.TB, seconds uint64) {
	t.Helper()
	var h struct {
		Timestamp hexutil.Uint64 `json:"timestamp"`
	}
	if err := dn.rpc.Call(&h, "eth_getBlockByNumber", "latest", false); err != nil {
		t.Fatal(err)
	}
	if err := dn.rpc.Call(nil, "evm_setNextBlockTimestamp", uint64(h.Timestamp)+seconds); err != nil {
		t.Fatal(err)
	}
	if err := dn.rpc.Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
}

// head is the devnet's latest block number.
func (dn *devnet) head(t testing.TB) uint64 {
	t.Helper()
	var n hexutil.Uint64
	if err := dn.rpc.Call(&n, "eth_blockNumber"); err != nil {
		t.Fatal(err)
	}
	return uint64(n)
}

// config is the covey configuration of the devnet (config.Devnet) with test timings.
func (dn *devnet) config() config.Config {
	cfg := config.Devnet(dn.d)
	cfg.Chain.PollInterval = config.Duration{Duration: 100 * time.Millisecond}
	cfg.Indexer.MaxBackoff = config.Duration{Duration: 2 * time.Second}
	return cfg
}

// producer emits a block of random events every interval until stopped, from its own goroutine (it
// never fails the test: a failed send is counted and retried on the next tick).
type producer struct {
	c      *emitterChain
	stop   chan struct{}
	done   chan struct{}
	sent   int
	failed int
	last   common.Hash // the last transaction sent (zero if none)
}

func (c *emitterChain) produce(seed uint64, every time.Duration) *producer {
	p := &producer{c: c, stop: make(chan struct{}), done: make(chan struct{})}
	r := mrand.New(mrand.NewPCG(seed, 77))
	go func() {
		defer close(p.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
			}
			ev := c.randomEventNoFail(r)
			var txh common.Hash
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			err := c.RPC.CallContext(ctx, &txh, "eth_sendTransaction", c.txFor(ev.contract, []record{ev}))
			cancel()
			if err != nil {
				p.failed++
				continue
			}
			p.sent++
			p.last = txh
		}
	}()
	return p
}

// halt stops the producer and waits for its last transaction to be mined. anvil answers
// eth_sendTransaction before it mines the block (automine mines it just after), so without this wait
// a test reading the head right after halt can miss the last block: it then waits for the indexer at
// a head the chain has already left, or compares the database with an oracle that indexed one more
// block (this made TestTwoIndexers flake).
func (p *producer) halt() {
	select {
	case <-p.stop:
	default:
		close(p.stop)
	}
	<-p.done
	if p.last == (common.Hash{}) {
		return
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		var rc *receipt
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := p.c.RPC.CallContext(ctx, &rc, "eth_getTransactionReceipt", p.last)
		cancel()
		if err == nil && rc != nil {
			return
		}
	}
	p.c.t.Errorf("the producer's last transaction %s was not mined within 30 s", p.last)
}

// randomEventNoFail is randomEvent for goroutines other than the test's (the event specs are fixed,
// so packing cannot fail for values randomValue makes).
func (c *emitterChain) randomEventNoFail(r *mrand.Rand) record {
	spec := c.events[r.IntN(len(c.events))]
	topics := []common.Hash{spec.ev.ID}
	var nonIdx []any
	for _, in := range spec.ev.Inputs {
		v := randomValue(r, in.Type, c.tame)
		if in.Indexed {
			tp, err := abi.MakeTopics([]any{v})
			if err != nil {
				panic(err)
			}
			topics = append(topics, tp[0][0])
		} else {
			nonIdx = append(nonIdx, v)
		}
	}
	data, err := spec.ev.Inputs.NonIndexed().Pack(nonIdx...)
	if err != nil {
		panic(err)
	}
	return record{contract: spec.contract, topics: topics, data: data}
}
