package synthchain

import (
	"context"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/bench/workload"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/indexer"
	"github.com/covey-labs/covey/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func newChain(t testing.TB, spec workload.Spec) *Chain {
	t.Helper()
	repo, err := workload.FindRepo(".")
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(repo, spec)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// serve starts the chain's JSON-RPC server for the test and returns its URL.
func serve(t testing.TB, c *Chain) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	url, done, err := c.Serve(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return url
}

func allLogs(t testing.TB, c *Chain) []Log {
	t.Helper()
	var out []Log
	for n := uint64(0); n <= c.Head(); n++ {
		ls, err := c.Logs(n)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ls...)
	}
	return out
}

// The same seed gives the same chain, hash for hash and log for log; another seed another chain.
func TestDeterministic(t *testing.T) {
	spec := workload.Spec{Events: 2_050, EventsPerBlock: 100, TrailingBlocks: 3}
	a, b := newChain(t, spec), newChain(t, spec)
	if a.Head() != 1+21+3 || a.LastEventBlock() != 22 {
		t.Fatalf("head %d, last event block %d; want 25, 22", a.Head(), a.LastEventBlock())
	}
	for n := uint64(0); n <= a.Head(); n++ {
		ha, _ := a.Header(n)
		hb, _ := b.Header(n)
		if !reflect.DeepEqual(ha, hb) {
			t.Fatalf("block %d: headers differ: %+v vs %+v", n, ha, hb)
		}
	}
	// Generated in another order (a cold cache, blocks backwards) the logs are the same.
	la := allLogs(t, a)
	var lb []Log
	for n := b.Head(); n <= b.Head(); n-- {
		ls, err := b.Logs(n)
		if err != nil {
			t.Fatal(err)
		}
		lb = append(ls, lb...)
	}
	if len(la) != 2_050 {
		t.Fatalf("%d logs, want 2050", len(la))
	}
	if !reflect.DeepEqual(la, lb) {
		t.Fatal("the same seed served different logs")
	}
	spec.Seed = 2
	c := newChain(t, spec)
	if c.Hash(5) == a.Hash(5) {
		t.Fatal("another seed, the same hash")
	}
	lc := allLogs(t, c)
	if reflect.DeepEqual(la[:100], lc[:100]) {
		t.Fatal("another seed, the same logs")
	}
}

// Over JSON-RPC, every block's parentHash is the previous block's hash, a hash finds its block, the
// tags are the head, the bloom holds every log's address and topics, and there is nothing past the head.
func TestHashesLinkOverRPC(t *testing.T) {
	c := newChain(t, workload.Spec{Events: 1_000, EventsPerBlock: 100})
	ec, err := ethclient.Dial(serve(t, c))
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	ctx := context.Background()
	if id, err := ec.ChainID(ctx); err != nil || id.Int64() != workload.ChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}
	if n, err := ec.BlockNumber(ctx); err != nil || n != c.Head() {
		t.Fatalf("block number %d, %v; want %d", n, err, c.Head())
	}
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(c.Head())})
	if err != nil {
		t.Fatal(err)
	}
	byBlock := map[uint64][]types.Log{}
	for _, l := range logs {
		byBlock[l.BlockNumber] = append(byBlock[l.BlockNumber], l)
	}
	var prev *types.Header
	for n := uint64(0); n <= c.Head(); n++ {
		h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		if h.Number.Uint64() != n || h.Time != workload.Genesis+2*n {
			t.Fatalf("block %d: number %d, time %d", n, h.Number, h.Time)
		}
		if prev != nil && h.ParentHash != c.Hash(n-1) {
			t.Fatalf("block %d: parent %s, block %d is %s", n, h.ParentHash, n-1, c.Hash(n-1))
		}
		var byHash struct {
			Number string      `json:"number"`
			Hash   common.Hash `json:"hash"`
		}
		if err := ec.Client().CallContext(ctx, &byHash, "eth_getBlockByHash", c.Hash(n), false); err != nil || byHash.Hash != c.Hash(n) {
			t.Fatalf("block %d by hash: %+v, %v", n, byHash, err)
		}
		for _, l := range byBlock[n] {
			if l.BlockHash != c.Hash(n) || !types.BloomLookup(h.Bloom, l.Address) || !types.BloomLookup(h.Bloom, l.Topics[0]) || !types.BloomLookup(h.Bloom, l.Topics[len(l.Topics)-1]) {
				t.Fatalf("block %d: log %d not in the block's hash or bloom", n, l.Index)
			}
		}
		if n > c.LastEventBlock() && h.Bloom != (types.Bloom{}) {
			t.Fatalf("empty block %d has a bloom", n)
		}
		prev = h
	}
	for _, tag := range []string{"latest", "safe", "finalized"} {
		var h struct {
			Hash common.Hash `json:"hash"`
		}
		if err := ec.Client().CallContext(ctx, &h, "eth_getBlockByNumber", tag, false); err != nil || h.Hash != c.Hash(c.Head()) {
			t.Fatalf("%s: %s, %v", tag, h.Hash, err)
		}
	}
	if _, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(c.Head()+1)); err != ethereum.NotFound {
		t.Fatalf("past the head: %v, want not found", err)
	}
	var unknown map[string]any
	if err := ec.Client().CallContext(ctx, &unknown, "eth_getBlockByHash", common.Hash{1}, false); err != nil || unknown != nil {
		t.Fatalf("unknown hash: %v, %v", unknown, err)
	}
}

// Every log decodes with the contracts' Go bindings, under the event its topic0 names, and every
// contract emits.
func TestLogsDecodeWithBindings(t *testing.T) {
	c := newChain(t, workload.Spec{Events: 4_000})
	metas := map[string]*bind.MetaData{
		"Staking": bindings.StakingMetaData, "TaskArena": bindings.TaskArenaMetaData, "Marketplace": bindings.MarketplaceMetaData,
		"RewardsDistributor": bindings.RewardsDistributorMetaData, "FLAlliance": bindings.FLAllianceMetaData,
	}
	byAddr := map[common.Address]*bind.BoundContract{}
	abis := map[common.Address]string{}
	for name, addr := range c.src.Contracts() {
		a, err := metas[name].GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		byAddr[addr] = bind.NewBoundContract(addr, *a, nil, nil, nil)
		abis[addr] = name
	}
	counts := map[string]int{}
	for _, l := range allLogs(t, c) {
		bc := byAddr[l.Address]
		if bc == nil {
			t.Fatalf("log from %s, not a protocol address", l.Address)
		}
		a, _ := metas[abis[l.Address]].GetAbi()
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			t.Fatalf("%s log %d/%d: %v", abis[l.Address], l.BlockNumber, l.Index, err)
		}
		vals := map[string]any{}
		tl := types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data}
		if err := bc.UnpackLogIntoMap(vals, ev.Name, tl); err != nil {
			t.Fatalf("%s.%s at %d/%d does not decode: %v", abis[l.Address], ev.Name, l.BlockNumber, l.Index, err)
		}
		if len(vals) != len(ev.Inputs) {
			t.Fatalf("%s.%s decoded %d of %d arguments", abis[l.Address], ev.Name, len(vals), len(ev.Inputs))
		}
		counts[abis[l.Address]]++
	}
	if len(counts) != len(metas) {
		t.Fatalf("events by contract %v: some contract emits nothing", counts)
	}
}

// eth_getLogs with random address, topic and range filters answers exactly what a brute-force filter
// over every log of the chain selects.
func TestGetLogsMatchesBruteForce(t *testing.T) {
	c := newChain(t, workload.Spec{Events: 3_000, EventsPerBlock: 150})
	ec, err := ethclient.Dial(serve(t, c))
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	all := allLogs(t, c)
	addrs := []common.Address{}
	for _, a := range c.src.Contracts() {
		addrs = append(addrs, a)
	}
	addrs = append(addrs, common.Address{0xde, 0xad})
	r := rand.New(rand.NewPCG(7, 7))
	pickTopic := func(pos int) common.Hash {
		for {
			l := all[r.IntN(len(all))]
			if pos < len(l.Topics) {
				return l.Topics[pos]
			}
		}
	}
	answered := 0
	for i := 0; i < 200; i++ {
		// Filters around a random log (its block, address and topics, or others), so that many select some.
		s := all[r.IntN(len(all))]
		q := ethereum.FilterQuery{}
		from := r.Uint64N(c.Head() + 1)
		if r.IntN(3) > 0 {
			from = s.BlockNumber - r.Uint64N(min(s.BlockNumber, 3))
		}
		to := from + r.Uint64N(c.Head()+3-from)
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
		for _, a := range addrs {
			if r.IntN(3) == 0 || a == s.Address && r.IntN(2) == 0 {
				q.Addresses = append(q.Addresses, a)
			}
		}
		for pos := 0; pos < r.IntN(4); pos++ {
			var alts []common.Hash
			if pos < len(s.Topics) && r.IntN(3) > 0 {
				alts = append(alts, s.Topics[pos])
			}
			if r.IntN(3) == 0 {
				alts = append(alts, pickTopic(pos))
			}
			q.Topics = append(q.Topics, alts) // no alternatives: a wildcard (null)
		}
		got, err := ec.FilterLogs(context.Background(), q)
		if err != nil {
			t.Fatalf("query %d %+v: %v", i, q, err)
		}
		f := Filter{Addresses: q.Addresses, Topics: q.Topics}
		var want []Log
		for _, l := range all {
			if l.BlockNumber >= from && l.BlockNumber <= to && bruteMatch(&f, &l) {
				want = append(want, l)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("query %d %+v: %d logs, brute force %d", i, q, len(got), len(want))
		}
		if len(got) > 0 {
			answered++
		}
		for j := range got {
			g, w := got[j], want[j]
			if g.BlockNumber != w.BlockNumber || g.Index != w.Index || g.Address != w.Address || !reflect.DeepEqual(g.Topics, w.Topics) ||
				string(g.Data) != string(w.Data) || g.TxHash != w.TxHash || g.TxIndex != w.TxIndex || g.BlockHash != w.BlockHash {
				t.Fatalf("query %d: log %d is %d/%d, brute force %d/%d", i, j, g.BlockNumber, g.Index, w.BlockNumber, w.Index)
			}
		}
	}
	if answered < 60 {
		t.Fatalf("only %d of 200 filters selected any log: the filters test too little", answered)
	}
	// A range backwards is refused with a clear error.
	_, err = ec.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(5), ToBlock: big.NewInt(4)})
	if err == nil {
		t.Fatal("fromBlock > toBlock answered")
	}
}

// bruteMatch is the eth_getLogs rule written out on its own: every address and topic position checked.
func bruteMatch(f *Filter, l *Log) bool {
	okAddr := len(f.Addresses) == 0
	for _, a := range f.Addresses {
		okAddr = okAddr || a == l.Address
	}
	if !okAddr {
		return false
	}
	for i, alts := range f.Topics {
		if i >= len(l.Topics) {
			return false
		}
		ok := len(alts) == 0
		for _, h := range alts {
			ok = ok || h == l.Topics[i]
		}
		if !ok {
			return false
		}
	}
	return true
}

// covey's indexer indexes the synthetic chain into Postgres: status counts exactly the events served,
// at the chain's head hash.
func TestIndexerIndexesSyntheticChain(t *testing.T) {
	c := newChain(t, workload.Spec{Events: 6_000, EventsPerBlock: 40})
	url := serve(t, c)
	pool := pgtest.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	indexChain(ctx, t, c, url, pool)
	client, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	st, err := indexer.Status(ctx, pool, client)
	if err != nil {
		t.Fatal(err)
	}
	total := int64(0)
	for _, n := range st.Events {
		total += n
	}
	if total != int64(c.Events()) || st.LogsTotal != int64(c.Events()) {
		t.Fatalf("status counts %d events (%d logs), the chain served %d", total, st.LogsTotal, c.Events())
	}
	if st.IndexedBlock != c.Head() || st.IndexedBlockHash != c.Hash(c.Head()).Hex() || st.Head != c.Head() {
		t.Fatalf("indexed block %d %s (head %d), want %d %s", st.IndexedBlock, st.IndexedBlockHash, st.Head, c.Head(), c.Hash(c.Head()).Hex())
	}
	// Per type: the events of the ev_staked table are the Staked logs served.
	staked := 0
	for _, l := range allLogs(t, c) {
		if l.Topics[0] == stakedTopic(t) {
			staked++
		}
	}
	var rows int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM ev_staked`).Scan(&rows); err != nil || rows != staked || staked == 0 {
		t.Fatalf("ev_staked holds %d rows (%v), the chain served %d Staked events", rows, err, staked)
	}
}

// indexChain runs covey's indexer over the chain served at url until it has synced.
func indexChain(ctx context.Context, t *testing.T, c *Chain, url string, pool *pgxpool.Pool) {
	t.Helper()
	cfg := config.Defaults()
	cfg.Chain.ID = workload.ChainID
	cfg.Chain.RPC = []string{url}
	cfg.Chain.Finality = config.FinalityLatest
	cfg.Chain.ReorgBound = 128
	cfg.Chain.PollInterval = config.Duration{Duration: 20 * time.Millisecond}
	cfg.Contracts = map[string]config.Contract{}
	for n, a := range c.src.Contracts() {
		cfg.Contracts[n] = config.Contract{Address: a, StartBlock: c.StartBlock()}
	}
	cfg.Indexer.InitialRange, cfg.Indexer.MaxRange = 16, 64 // several ranges, fetched by several workers
	ix, err := indexer.New(cfg, pool, indexer.WithRegisterer(prometheus.NewRegistry()))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatalf("RunUntilSynced: %v", err)
	}
}

func stakedTopic(t testing.TB) common.Hash {
	a, err := bindings.StakingMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a.Events["Staked"].ID
}

// BenchmarkBlock is the source's own cost: one 200-event block generated, encoded and its bloom built
// (go test -run '^$' -bench Block -cpu 1 ./bench/synthchain).
func BenchmarkBlock(b *testing.B) {
	c := newChain(b, workload.Spec{Events: 1_000_000})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := c.Logs(uint64(2 + i%5000)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(c.Spec().EventsPerBlock*b.N)/b.Elapsed().Seconds(), "events/s")
}
