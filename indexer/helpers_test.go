package indexer

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/internal/chaintest"
	"github.com/covey-labs/covey/internal/pgtest"
)

func TestMain(m *testing.M) {
	if os.Getenv("INDEXER_DEBUG") != "" {
		slog.SetLogLoggerLevel(slog.LevelDebug)
	}
	pgtest.Main(m)
}

// devAccount is anvil's unlocked account 0.
var devAccount = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

// testChain is an anvil instance with one Emitter per protocol contract.
type testChain struct {
	*protocolEvents
	url      string
	rpc      *rpc.Client
	emitters map[string]common.Address // config contract name -> emitter address
	pid      int                       // anvil's process id
}

// protocolEvents encodes the core protocol events with the contracts' ABIs.
type protocolEvents struct {
	t     testing.TB
	abis  map[string]abi.ABI // config contract name -> its interface events
	owner map[string]string  // event name -> contract name
}

func newProtocolEvents(t testing.TB) *protocolEvents {
	t.Helper()
	p := &protocolEvents{t: t, abis: map[string]abi.ABI{}, owner: map[string]string{}}
	// In a fixed order, the first contract declaring an event owns it (RoleGranted is every contract's), so a
	// seeded test emits from the same emitter every run.
	for _, c := range []struct {
		name string
		meta *bind.MetaData
	}{{config.Staking, bindings.StakingMetaData}, {config.TaskArena, bindings.TaskArenaMetaData},
		{config.Marketplace, bindings.MarketplaceMetaData}, {config.RewardsDistributor, bindings.RewardsDistributorMetaData},
		{config.FLAlliance, bindings.FLAllianceMetaData}} {
		a, err := c.meta.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		p.abis[c.name] = *a
		for _, e := range a.Events {
			if _, taken := p.owner[e.Name]; !taken && slices.Contains(coreEvents, e.Name) {
				p.owner[e.Name] = c.name
			}
		}
	}
	return p
}

func findUp(t testing.TB, rel string) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("%s not found above the working directory", rel)
		}
		dir = parent
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func startAnvil(t testing.TB, extra ...string) *testChain {
	t.Helper()
	// The platform binary itself: node_modules/.bin/anvil is a node wrapper whose child would outlive a kill.
	bin := findUp(t, "node_modules/.bin/anvil")
	if p := filepath.Join(filepath.Dir(filepath.Dir(bin)), "@foundry-rs", "anvil-linux-amd64", "bin", "anvil"); fileExists(p) {
		bin = p
	}
	var c *testChain
	for attempt := 0; attempt < 3 && c == nil; attempt++ {
		port := freePort(t)
		args := append([]string{"--port", fmt.Sprint(port), "--host", "127.0.0.1", "--silent", "--gas-limit", "100000000"}, extra...)
		cmd := exec.Command(bin, args...)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
		if err := cmd.Start(); err != nil {
			t.Fatalf("starting anvil: %v", err)
		}
		t.Cleanup(func() {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // the whole group: wrapper and child
			_, _ = cmd.Process.Wait()
		})
		url := fmt.Sprintf("http://127.0.0.1:%d", port)
		cl, err := rpc.Dial(url)
		if err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			var id hexutil.Uint64
			if err := cl.Call(&id, "eth_chainId"); err == nil {
				c = &testChain{protocolEvents: newProtocolEvents(t), url: url, rpc: cl, pid: cmd.Process.Pid}
				break
			}
			time.Sleep(30 * time.Millisecond)
		}
	}
	if c == nil {
		t.Fatal("anvil did not start")
	}
	t.Cleanup(c.rpc.Close)
	c.emitters = map[string]common.Address{}
	for _, name := range []string{config.Staking, config.TaskArena, config.Marketplace, config.RewardsDistributor, config.FLAlliance} {
		c.emitters[name] = c.deploy(chaintest.EmitterCode())
	}
	return c
}

func (c *testChain) call(result any, method string, args ...any) {
	c.t.Helper()
	if err := c.rpc.Call(result, method, args...); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *testChain) deploy(code []byte) common.Address {
	c.t.Helper()
	var txh common.Hash
	c.call(&txh, "eth_sendTransaction", map[string]any{"from": devAccount, "data": hexutil.Bytes(code), "gas": hexutil.Uint64(1_000_000)})
	rc := c.receipt(txh)
	if rc.Status != 1 {
		c.t.Fatal("deploy failed")
	}
	return *rc.ContractAddress
}

type receipt struct {
	ContractAddress *common.Address `json:"contractAddress"`
	Status          hexutil.Uint64  `json:"status"`
	BlockNumber     hexutil.Uint64  `json:"blockNumber"`
}

func (c *testChain) receipt(txh common.Hash) receipt {
	c.t.Helper()
	for i := 0; i < 500; i++ {
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

// emitted is one log to emit: the event, its topics and data.
type emitted struct {
	contract string
	topics   []common.Hash
	data     []byte
	repeat   int
}

// encode builds an emitter record.
func (e emitted) record() []byte {
	rep := e.repeat
	if rep == 0 {
		rep = 1
	}
	h := new(big.Int).SetUint64(uint64(len(e.topics)) | uint64(rep)<<8)
	h.Or(h, new(big.Int).Lsh(big.NewInt(int64(len(e.data))), 40))
	out := common.LeftPadBytes(h.Bytes(), 32)
	for i := 0; i < 4; i++ {
		var t common.Hash
		if i < len(e.topics) {
			t = e.topics[i]
		}
		out = append(out, t[:]...)
	}
	out = append(out, e.data...)
	if pad := len(e.data) % 32; pad != 0 {
		out = append(out, make([]byte, 32-pad)...)
	}
	return out
}

// emit sends one transaction per contract involved (one block each with automine), returning the block.
func (c *testChain) emit(logs ...emitted) {
	c.t.Helper()
	by := map[string][]byte{}
	var order []string
	for _, l := range logs {
		if _, ok := by[l.contract]; !ok {
			order = append(order, l.contract)
		}
		by[l.contract] = append(by[l.contract], l.record()...)
	}
	for _, name := range order {
		var txh common.Hash
		c.call(&txh, "eth_sendTransaction", map[string]any{"from": devAccount, "to": c.emitters[name], "data": hexutil.Bytes(by[name]), "gas": hexutil.Uint64(90_000_000)})
		if rc := c.receipt(txh); rc.Status != 1 {
			c.t.Fatalf("emit tx %s failed", txh)
		}
	}
}

// event encodes a protocol event with the given argument values (in ABI order).
func (c *protocolEvents) event(name string, args ...any) emitted {
	c.t.Helper()
	contract, ok := c.owner[name]
	if !ok {
		c.t.Fatalf("unknown event %s", name)
	}
	ev := c.abis[contract].Events[name]
	topics := []common.Hash{ev.ID}
	var nonIdx []any
	for i, in := range ev.Inputs {
		if in.Indexed {
			tp, err := abi.MakeTopics([]any{args[i]})
			if err != nil {
				c.t.Fatalf("%s.%s: %v", name, in.Name, err)
			}
			topics = append(topics, tp[0][0])
		} else {
			nonIdx = append(nonIdx, args[i])
		}
	}
	data, err := ev.Inputs.NonIndexed().Pack(nonIdx...)
	if err != nil {
		c.t.Fatalf("packing %s: %v", name, err)
	}
	return emitted{contract: contract, topics: topics, data: data}
}

// randomEvent makes a random instance of a random protocol event; small key spaces so derived state
// sees repeated keys.
func (c *protocolEvents) randomEvent(r *mrand.Rand) emitted {
	var names []string
	for n := range c.owner {
		names = append(names, n)
	}
	sort.Strings(names)
	name := names[r.IntN(len(names))]
	ev := c.abis[c.owner[name]].Events[name]
	args := make([]any, len(ev.Inputs))
	for i, in := range ev.Inputs {
		args[i] = randomValue(r, in.Type)
	}
	return c.event(name, args...)
}

var smallAddrs = func() []common.Address {
	var a []common.Address
	for i := 1; i <= 5; i++ {
		a = append(a, common.BigToAddress(big.NewInt(int64(i*0x1111))))
	}
	return a
}()

func randomValue(r *mrand.Rand, t abi.Type) any {
	switch t.T {
	case abi.UintTy:
		switch t.Size {
		case 8:
			return uint8(r.IntN(256))
		case 32:
			return r.Uint32()
		case 64:
			return uint64(r.Int64())
		}
		switch r.IntN(4) {
		case 0:
			return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
		case 1:
			return big.NewInt(int64(r.IntN(4)))
		default:
			b := make([]byte, 1+r.IntN(32))
			_, _ = rand.Read(b)
			return new(big.Int).SetBytes(b)
		}
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
	}
	panic("type " + t.String())
}

func (c *testChain) head() uint64 {
	var n hexutil.Uint64
	c.call(&n, "eth_blockNumber")
	return uint64(n)
}

func (c *testChain) mine(n int) {
	c.t.Helper()
	c.call(nil, "anvil_mine", hexutil.Uint64(n))
}

func (c *testChain) snapshot() string {
	var id string
	c.call(&id, "evm_snapshot")
	return id
}

func (c *testChain) revert(id string) {
	var ok bool
	c.call(&ok, "evm_revert", id)
	if !ok {
		c.t.Fatal("evm_revert failed")
	}
}

// testConfig is a devnet-like config for the chain at url.
func testConfig(c *testChain, urls ...string) config.Config {
	cfg := config.Defaults()
	cfg.Chain.ID = 31337
	if len(urls) == 0 {
		urls = []string{c.url}
	}
	cfg.Chain.RPC = urls
	cfg.Chain.Finality = config.FinalityLatest
	cfg.Chain.PollInterval = config.Duration{Duration: 20 * time.Millisecond}
	cfg.Chain.ReorgBound = 128
	cfg.Contracts = map[string]config.Contract{}
	for name, a := range c.emitters {
		cfg.Contracts[name] = config.Contract{Address: a}
	}
	cfg.Indexer.InitialRange = 8
	cfg.Indexer.MinRange = 1
	cfg.Indexer.MaxRange = 1000
	cfg.Indexer.Workers = 4
	cfg.Indexer.MaxBackoff = config.Duration{Duration: 100 * time.Millisecond}
	return cfg
}

func newTestIndexer(t testing.TB, cfg config.Config, pool *pgxpool.Pool, opts ...testOpt) *Indexer {
	t.Helper()
	options := []Option{WithRegisterer(prometheus.NewRegistry()), WithRequestTimeout(3 * time.Second)}
	var h hooks
	for _, o := range opts {
		o.setup(&options, &h)
	}
	ix, err := New(cfg, pool, options...)
	if err != nil {
		t.Fatal(err)
	}
	ix.hooks = h
	t.Cleanup(ix.Close)
	return ix
}

// running runs ix in follow mode until the test ends; an error other than its end fails the test.
func running(t *testing.T, ix *Indexer) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
}

func syncIndex(t testing.TB, cfg config.Config, pool *pgxpool.Pool, opts ...testOpt) {
	t.Helper()
	ix := newTestIndexer(t, cfg, pool, opts...)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatalf("RunUntilSynced: %v", err)
	}
}

// dump renders the indexed state (logs, events, derived tables, cursor) for equality checks; blocks are
// left out because which headers get stored depends on how the index got there.
func dump(t testing.TB, pool *pgxpool.Pool) map[string][]string {
	t.Helper()
	ctx := context.Background()
	tables := []string{"raw_logs", "stake_current", "delegation_current", "reward_share_current", "claimed_total", "withdrawal_current"}
	for _, e := range coreEvents {
		tables = append(tables, "ev_"+SnakeCase(e))
	}
	out := map[string][]string{}
	for _, tb := range tables {
		rows, err := pool.Query(ctx, fmt.Sprintf("SELECT t::text FROM %s t ORDER BY 1", tb))
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out[tb] = append(out[tb], s)
		}
		rows.Close()
	}
	var n int64
	var h string
	if err := pool.QueryRow(ctx, "SELECT block_number, block_hash FROM cursors").Scan(&n, &h); err == nil {
		out["cursor"] = []string{fmt.Sprint(n, h)}
	}
	return out
}

func diffDumps(t testing.TB, got, want map[string][]string) {
	t.Helper()
	keys := map[string]bool{}
	for k := range got {
		keys[k] = true
	}
	for k := range want {
		keys[k] = true
	}
	bad := 0
	for k := range keys {
		g, w := got[k], want[k]
		if strings.Join(g, "\n") != strings.Join(w, "\n") {
			bad++
			t.Errorf("table %s differs: got %d rows, want %d", k, len(g), len(w))
			for i := 0; i < len(g) || i < len(w); i++ {
				var a, b string
				if i < len(g) {
					a = g[i]
				}
				if i < len(w) {
					b = w[i]
				}
				if a != b {
					t.Errorf("  first difference at row %d:\n   got  %s\n   want %s", i, a, b)
					break
				}
			}
		}
	}
}

func countRows(t testing.TB, pool *pgxpool.Pool, table string) int {
	var n int
	if err := pool.QueryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
