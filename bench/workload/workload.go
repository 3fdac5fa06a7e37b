// Package workload builds, caches and serves the benchmark chain: an anvil chain whose protocol
// contract addresses emit N events of every type of contracts/src/interfaces, ABI-encoded exactly like
// the real events, in a few minutes for a million events.
//
// The real contracts would need one transaction per event (hours for 1M on anvil). Instead a tiny
// hand-assembled raw-log emitter (emitter.go) is placed with anvil_setCode at fixed protocol addresses;
// each transaction to it carries hundreds of pre-encoded events and each block a few such
// transactions. Logs come from the configured addresses with the real ABI shapes (topic0 = event ID,
// indexed arguments as topics, the rest ABI-encoded), so an indexer cannot tell the difference; values
// follow a small model of a running protocol (events.go). The chain is dumped with anvil's
// --dump-state into bench/.cache/<name>/ with workload.json (addresses, range, events per type) and
// deployments.json (config.Deployments, so `covey` and config.Devnet target it as the devnet), and
// reused as long as the spec and the generator version are the same.
package workload

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/config"
)

// GeneratorVersion changes whenever the generator's output would change for the same Spec, so stale
// caches are rebuilt. 3: the events are a protocol the reward engine accepts and pays (Arena stakes as
// node or validator, submissions by the task's nodes and scores mostly by its validators, no
// self-delegation, each FL participant assigned once per round, each round finalized once), so the
// verify section recomputes every epoch of the workload with real trees.
const GeneratorVersion = 3

// ChainID and Genesis are the devnet's (anvil package): the bench chain looks like the devnet.
const (
	ChainID = 31337
	Genesis = 1767225600
)

// Addresses are the fixed protocol addresses of the bench chain ("be" for bench, then the index).
var Addresses = map[string]common.Address{
	"Staking":            common.HexToAddress("0xbe00000000000000000000000000000000000001"),
	"TaskArena":          common.HexToAddress("0xbe00000000000000000000000000000000000002"),
	"Marketplace":        common.HexToAddress("0xbe00000000000000000000000000000000000003"),
	"RewardsDistributor": common.HexToAddress("0xbe00000000000000000000000000000000000004"),
	"FLAlliance":         common.HexToAddress("0xbe00000000000000000000000000000000000005"),
}

// Spec says what to build. Zero values take the defaults (Defaults).
type Spec struct {
	// Events is the number of protocol events (≥ the number of event types).
	Events int `json:"events"`
	// Seed drives every value; the same Spec yields the same chain.
	Seed uint64 `json:"seed"`
	// EventsPerBlock and EventsPerTx shape the chain: a block's events are grouped by contract and
	// split into transactions of at most EventsPerTx events.
	EventsPerBlock int `json:"eventsPerBlock"`
	EventsPerTx    int `json:"eventsPerTx"`
	// BlockTime is the seconds between blocks (Base: 2).
	BlockTime uint64 `json:"blockTime"`
	// Accounts is the size of the account pool values are drawn from (default Events/20, ≥ 1000).
	Accounts int `json:"accounts"`
	// TrailingBlocks are empty blocks mined after the last event (default 64).
	TrailingBlocks int `json:"trailingBlocks"`
	// Contracts limits the emitting contracts (default: all of Interfaces).
	Contracts []string `json:"contracts,omitempty"`
}

// Defaults fills the zero fields of s.
func (s Spec) Defaults() Spec {
	if s.Events == 0 {
		s.Events = 1_000_000
	}
	if s.Seed == 0 {
		s.Seed = 1
	}
	if s.EventsPerBlock == 0 {
		s.EventsPerBlock = 200
	}
	if s.EventsPerTx == 0 {
		s.EventsPerTx = 100
	}
	if s.BlockTime == 0 {
		s.BlockTime = 2
	}
	if s.Accounts == 0 {
		s.Accounts = max(1000, s.Events/20)
	}
	if s.TrailingBlocks == 0 {
		s.TrailingBlocks = 64
	}
	if len(s.Contracts) == 0 {
		s.Contracts = ContractNames()
	}
	sort.Strings(s.Contracts)
	return s
}

// Name is the cache directory name of s: its size and a hash of the spec and generator version.
func (s Spec) Name() string {
	s = s.Defaults()
	b, _ := json.Marshal(struct {
		V int
		S Spec
	}{GeneratorVersion, s})
	h := sha256.Sum256(b)
	return fmt.Sprintf("events-%d-%s", s.Events, hex.EncodeToString(h[:4]))
}

// Workload is workload.json: what a cached chain holds.
type Workload struct {
	Name             string                    `json:"name"`
	GeneratorVersion int                       `json:"generatorVersion"`
	Spec             Spec                      `json:"spec"`
	ChainID          int64                     `json:"chainId"`
	Contracts        map[string]common.Address `json:"contracts"`
	// StartBlock is the "deployment" block (emitters placed); events are in (StartBlock,
	// LastEventBlock], followed by TrailingBlocks empty blocks up to Head, so that indexers that stay a
	// finality distance behind the head (Ponder: 30 blocks on an unknown chain) still backfill every
	// event in their historical mode.
	StartBlock     uint64 `json:"startBlock"`
	LastEventBlock uint64 `json:"lastEventBlock"`
	Head           uint64 `json:"head"`
	HeadHash       string `json:"headHash"`
	Blocks         int    `json:"blocks"`
	Txs            int    `json:"txs"`
	Events         int    `json:"events"`
	// EventsByType counts events per "Contract.Event"; EventsByContract per contract.
	EventsByType     map[string]int `json:"eventsByType"`
	EventsByContract map[string]int `json:"eventsByContract"`
	// ABIs are the interface artifacts the events were encoded from, with their sha256.
	ABIs map[string]string `json:"abis"`
	// GenericArgs lists event arguments filled with generic values (no named generator).
	GenericArgs  []string  `json:"genericArgs,omitempty"`
	StateFile    string    `json:"stateFile"`
	StateBytes   int64     `json:"stateBytes"`
	AnvilVersion string    `json:"anvilVersion"`
	GeneratedAt  time.Time `json:"generatedAt"`
	BuildSeconds float64   `json:"buildSeconds"`
	// Dir is where the workload lives (not stored).
	Dir string `json:"-"`
}

// EventsFor counts the events emitted by the given contracts (all when names is empty): what an
// indexer configured with those contracts must index.
func (w *Workload) EventsFor(names []string) int {
	if len(names) == 0 {
		return w.Events
	}
	n := 0
	for _, c := range names {
		n += w.EventsByContract[c]
	}
	return n
}

// Deployments is the bench chain as config.Deployments, served at rpcURL: `covey` reads it like
// anvil/deployments.json, and config.Devnet(d) is a ready indexer config for it.
func (w *Workload) Deployments(rpcURL string) config.Deployments {
	d := config.Deployments{
		ChainID: w.ChainID, RPCURL: rpcURL, DeployBlock: w.StartBlock, Contracts: map[string]config.Contract{},
		Treasury:     common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
		RootProposer: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		Guardian:     common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
		Genesis:      Genesis,
	}
	for n, a := range w.Contracts {
		d.Contracts[n] = config.Contract{Address: a, StartBlock: w.StartBlock}
	}
	return d
}

// Load reads the workload cached in dir.
func Load(dir string) (*Workload, error) {
	b, err := os.ReadFile(filepath.Join(dir, "workload.json"))
	if err != nil {
		return nil, err
	}
	var w Workload
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("parsing %s/workload.json: %w", dir, err)
	}
	w.Dir = dir
	if _, err := os.Stat(filepath.Join(dir, w.StateFile)); err != nil {
		return nil, fmt.Errorf("workload %s has no state file: %w", dir, err)
	}
	return &w, nil
}

// Options are where things are and where progress goes.
type Options struct {
	// Repo is the repository root (contracts/out, node_modules).
	Repo string
	// CacheDir holds the workloads (default <Repo>/bench/.cache).
	CacheDir string
	// Log receives progress lines (nil: discarded).
	Log io.Writer
}

func (o Options) resolve() (Options, error) {
	if o.Repo == "" {
		wd, _ := os.Getwd()
		r, err := FindRepo(wd)
		if err != nil {
			return o, err
		}
		o.Repo = r
	}
	if o.CacheDir == "" {
		o.CacheDir = filepath.Join(o.Repo, "bench", ".cache")
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o, nil
}

// Ensure returns the cached workload for spec, building it first when it is missing.
func Ensure(ctx context.Context, spec Spec, opts Options) (*Workload, error) {
	opts, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	spec = spec.Defaults()
	dir := filepath.Join(opts.CacheDir, spec.Name())
	if w, err := Load(dir); err == nil {
		fmt.Fprintf(opts.Log, "workload: reusing %s (%d events, blocks %d..%d, head %d)\n", dir, w.Events, w.StartBlock+1, w.LastEventBlock, w.Head)
		return w, nil
	}
	return Build(ctx, spec, dir, opts)
}

// Build generates the workload for spec into dir (replacing what is there).
func Build(ctx context.Context, spec Spec, dir string, opts Options) (*Workload, error) {
	opts, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	spec = spec.Defaults()
	abis, err := LoadABIs(opts.Repo, spec.Contracts)
	if err != nil {
		return nil, err
	}
	kinds := 0
	for _, a := range abis {
		kinds += len(a.Events)
	}
	if spec.Events < kinds {
		return nil, fmt.Errorf("workload: %d events cannot cover %d event types", spec.Events, kinds)
	}
	bin, err := AnvilBinary(opts.Repo)
	if err != nil {
		return nil, err
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	tmp := dir + ".tmp"
	_ = os.RemoveAll(tmp)
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return nil, err
	}
	start := time.Now()
	statePath := filepath.Join(tmp, "state.json")
	node, err := StartAnvil(ctx, bin, filepath.Join(tmp, "anvil-build.log"), "--no-mining", "--silent", "--dump-state", statePath)
	if err != nil {
		return nil, err
	}
	defer node.Kill()
	c, err := rpc.DialContext(ctx, node.URL)
	if err != nil {
		return nil, err
	}
	defer c.Close()

	w := &Workload{
		Name: spec.Name(), GeneratorVersion: GeneratorVersion, Spec: spec, ChainID: ChainID,
		Contracts: map[string]common.Address{}, EventsByType: map[string]int{}, EventsByContract: map[string]int{},
		ABIs: map[string]string{}, StateFile: "state.json", Dir: dir,
	}
	for _, a := range abis {
		w.Contracts[a.Contract] = Addresses[a.Contract]
		b, err := os.ReadFile(a.Path)
		if err != nil {
			return nil, err
		}
		h := sha256.Sum256(b)
		rel, _ := filepath.Rel(opts.Repo, a.Path)
		w.ABIs[rel] = hex.EncodeToString(h[:])
	}
	if err := generate(ctx, c, spec, abis, w, opts.Log); err != nil {
		return nil, err
	}
	w.AnvilVersion = anvilVersion(bin)
	fmt.Fprintf(opts.Log, "workload: %d events in %d blocks (%d txs) in %.1fs; dumping state\n", w.Events, w.Blocks, w.Txs, time.Since(start).Seconds())
	if err := node.Stop(10 * time.Minute); err != nil {
		return nil, err
	}
	st, err := os.Stat(statePath)
	if err != nil {
		return nil, fmt.Errorf("anvil wrote no state dump: %w", err)
	}
	w.StateBytes = st.Size()
	w.GeneratedAt = time.Now().UTC().Truncate(time.Second)
	w.BuildSeconds = time.Since(start).Seconds()
	b, _ := json.MarshalIndent(w, "", "  ")
	if err := os.WriteFile(filepath.Join(tmp, "workload.json"), append(b, '\n'), 0o644); err != nil {
		return nil, err
	}
	if err := config.WriteDeployments(filepath.Join(tmp, "deployments.json"), w.Deployments("http://127.0.0.1:8545")); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, err
	}
	fmt.Fprintf(opts.Log, "workload: built %s in %.1fs (state %.0f MB)\n", dir, w.BuildSeconds, float64(w.StateBytes)/1e6)
	return w, nil
}

func anvilVersion(bin string) string {
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		return "unknown"
	}
	line, _, _ := strings.Cut(string(out), "\n")
	return strings.TrimSpace(line)
}

// Serve starts anvil on the cached workload (state loaded, automine on so the head-latency runs can
// add blocks) and writes <dir>/deployments.json for its URL. Stop the node when done.
func Serve(ctx context.Context, w *Workload, opts Options) (*Node, error) {
	opts, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	bin, err := AnvilBinary(opts.Repo)
	if err != nil {
		return nil, err
	}
	n, err := StartAnvil(ctx, bin, filepath.Join(w.Dir, "anvil-serve.log"), "--silent", "--load-state", filepath.Join(w.Dir, w.StateFile))
	if err != nil {
		return nil, err
	}
	c, err := rpc.DialContext(ctx, n.URL)
	if err != nil {
		n.Kill()
		return nil, err
	}
	defer c.Close()
	var head hexutil.Uint64
	if err := c.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		n.Kill()
		return nil, err
	}
	if uint64(head) != w.Head {
		n.Kill()
		return nil, fmt.Errorf("served chain is at block %d, the workload says %d: delete %s and rebuild", head, w.Head, w.Dir)
	}
	if err := config.WriteDeployments(filepath.Join(w.Dir, "deployments.json"), w.Deployments(n.URL)); err != nil {
		n.Kill()
		return nil, err
	}
	return n, nil
}

// generated is one block ready to send: the calldata of each transaction, by contract.
type generated struct {
	number, ts uint64
	txs        []genTx
}

type genTx struct {
	to    common.Address
	input []byte
	gas   uint64
}

// generate drives the chain: emitters placed at the protocol addresses (block StartBlock), then one
// block per EventsPerBlock events.
func generate(ctx context.Context, c *rpc.Client, spec Spec, abis []ContractABI, w *Workload, log io.Writer) error {
	code := hexutil.Encode(EmitterCode())
	for _, a := range abis {
		if err := c.CallContext(ctx, nil, "anvil_setCode", Addresses[a.Contract], code); err != nil {
			return fmt.Errorf("anvil_setCode: %w", err)
		}
	}
	var senders []common.Address
	if err := c.CallContext(ctx, &senders, "eth_accounts"); err != nil || len(senders) == 0 {
		return fmt.Errorf("eth_accounts: %v (anvil has no unlocked accounts)", err)
	}
	for _, s := range senders {
		if err := c.CallContext(ctx, nil, "anvil_setBalance", s, "0x"+strings.Repeat("f", 30)); err != nil {
			return fmt.Errorf("anvil_setBalance: %w", err)
		}
	}
	var head hexutil.Uint64
	if err := c.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return err
	}
	ts := uint64(Genesis) + spec.BlockTime*(uint64(head)+1)
	if err := c.CallContext(ctx, nil, "evm_mine", ts); err != nil {
		return fmt.Errorf("evm_mine: %w", err)
	}
	w.StartBlock = uint64(head) + 1

	world := newWorld(spec.Seed, spec.Accounts, abis, Addresses)
	blocks := make(chan generated, 16)
	genErr := make(chan error, 1)
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		genErr <- produce(gctx, world, spec, w, blocks)
		close(blocks)
	}()

	nonces := make([]uint64, len(senders))
	next := 0
	started := time.Now()
	lastLog := started
	for b := range blocks {
		batch := make([]rpc.BatchElem, len(b.txs))
		for i, tx := range b.txs {
			s := next % len(senders)
			next++
			batch[i] = rpc.BatchElem{Method: "eth_sendTransaction", Args: []any{map[string]any{
				"from": senders[s], "to": tx.to, "input": hexutil.Bytes(tx.input),
				"gas": hexutil.Uint64(tx.gas), "nonce": hexutil.Uint64(nonces[s]),
			}}, Result: new(common.Hash)}
			nonces[s]++
		}
		if err := c.BatchCallContext(ctx, batch); err != nil {
			return fmt.Errorf("sending block %d: %w", b.number, err)
		}
		for _, e := range batch {
			if e.Error != nil {
				return fmt.Errorf("sending a transaction of block %d: %w", b.number, e.Error)
			}
		}
		if err := c.CallContext(ctx, nil, "evm_mine", b.ts); err != nil {
			return fmt.Errorf("mining block %d: %w", b.number, err)
		}
		w.Blocks++
		w.Txs += len(b.txs)
		w.Head = b.number
		if time.Since(lastLog) > 10*time.Second {
			lastLog = time.Now()
			fmt.Fprintf(log, "workload: block %d, %d txs, %.0f events/s\n", b.number, w.Txs, float64(w.eventsUpTo(b.number, spec))/time.Since(started).Seconds())
		}
	}
	if err := <-genErr; err != nil {
		return err
	}
	w.LastEventBlock = w.Head
	if err := verify(ctx, c, w); err != nil {
		return err
	}
	if spec.TrailingBlocks > 0 {
		if err := c.CallContext(ctx, nil, "evm_setNextBlockTimestamp", hexutil.Uint64(uint64(Genesis)+spec.BlockTime*(w.Head+1))); err != nil {
			return fmt.Errorf("evm_setNextBlockTimestamp: %w", err)
		}
		if err := c.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(spec.TrailingBlocks), hexutil.Uint64(spec.BlockTime)); err != nil {
			return fmt.Errorf("anvil_mine: %w", err)
		}
		w.Head += uint64(spec.TrailingBlocks)
		w.Blocks += spec.TrailingBlocks
	}
	var hb struct {
		Number hexutil.Uint64 `json:"number"`
		Hash   common.Hash    `json:"hash"`
	}
	if err := c.CallContext(ctx, &hb, "eth_getBlockByNumber", "latest", false); err != nil {
		return err
	}
	if uint64(hb.Number) != w.Head {
		return fmt.Errorf("head is %d, expected %d", hb.Number, w.Head)
	}
	w.HeadHash = hb.Hash.Hex()
	w.GenericArgs = world.Missing()
	return nil
}

func (w *Workload) eventsUpTo(block uint64, spec Spec) int {
	return min(w.Spec.Events, int(block-w.StartBlock)*spec.EventsPerBlock)
}

// produce generates and encodes the blocks (on its own goroutine, ahead of the sender).
func produce(ctx context.Context, world *world, spec Spec, w *Workload, out chan<- generated) error {
	first := world.firstKinds()
	number := w.StartBlock
	emitted := 0
	for emitted < spec.Events {
		number++
		ts := uint64(Genesis) + spec.BlockTime*number
		n := min(spec.EventsPerBlock, spec.Events-emitted)
		byContract := map[string][]Record{}
		var order []string
		for i := 0; i < n; i++ {
			var k *eventKind
			if emitted < len(first) {
				k = first[emitted]
			} else {
				k = world.pick()
			}
			ev, err := world.next(k, ts)
			if err != nil {
				return err
			}
			if _, ok := byContract[ev.Contract]; !ok {
				order = append(order, ev.Contract)
			}
			byContract[ev.Contract] = append(byContract[ev.Contract], ev.Record)
			w.EventsByType[ev.Kind]++
			w.EventsByContract[ev.Contract]++
			w.Events++
			emitted++
		}
		g := generated{number: number, ts: ts}
		for _, name := range order {
			recs := byContract[name]
			for lo := 0; lo < len(recs); lo += spec.EventsPerTx {
				hi := min(lo+spec.EventsPerTx, len(recs))
				var input []byte
				gas := uint64(21_000 + 10_000)
				for _, r := range recs[lo:hi] {
					input = AppendRecord(input, r)
					gas += RecordGas(r)
				}
				g.txs = append(g.txs, genTx{to: Addresses[name], input: input, gas: gas})
			}
		}
		select {
		case out <- g:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// verify checks on a sample of blocks (first, last and every ~100th) that every transaction succeeded
// and that the blocks carry the expected number of logs.
func verify(ctx context.Context, c *rpc.Client, w *Workload) error {
	per := w.Spec.EventsPerBlock
	check := func(n uint64) error {
		var receipts []struct {
			Status hexutil.Uint64 `json:"status"`
			Logs   []struct {
				Address common.Address `json:"address"`
			} `json:"logs"`
		}
		if err := c.CallContext(ctx, &receipts, "eth_getBlockReceipts", hexutil.Uint64(n)); err != nil {
			return fmt.Errorf("verifying block %d: %w", n, err)
		}
		logs := 0
		for _, r := range receipts {
			if r.Status != 1 {
				return fmt.Errorf("block %d: a transaction failed: the emitter or its gas limit is wrong", n)
			}
			logs += len(r.Logs)
		}
		want := per
		if n == w.LastEventBlock {
			want = w.Events - per*int(w.LastEventBlock-w.StartBlock-1)
		}
		if logs != want {
			return fmt.Errorf("block %d has %d logs, expected %d", n, logs, want)
		}
		return nil
	}
	step := max(1, uint64(w.Blocks/100))
	for n := w.StartBlock + 1; n <= w.LastEventBlock; n += step {
		if err := check(n); err != nil {
			return err
		}
	}
	if err := check(w.LastEventBlock); err != nil {
		return err
	}
	return nil
}
