package indexer

import (
	"context"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
)

// BenchmarkWriteBatch measures the database side alone: decode + COPY + derived state + cursor for
// batches of 5000 synthetic protocol logs (no RPC), reported as events/s.
func BenchmarkWriteBatch(b *testing.B) {
	pool, pgPID := singleConnPool(b)
	if q := os.Getenv("BENCH_ALTER"); q != "" { // experiments: BENCH_ALTER='ALTER TABLE ...'
		if _, err := pool.Exec(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
	cfg := config.Defaults()
	cfg.Chain.ID = 31337
	cfg.Chain.RPC = []string{"http://127.0.0.1:1"}
	cfg.Contracts = map[string]config.Contract{}
	for i, n := range []string{config.Staking, config.TaskArena, config.Marketplace, config.RewardsDistributor} {
		cfg.Contracts[n] = config.Contract{Address: common.BigToAddress(big.NewInt(int64(i + 1)))}
	}
	ix := newTestIndexer(b, cfg, pool)
	_ = ix.reg
	r := mrand.New(mrand.NewPCG(1, 2))
	if err := ix.Check(context.Background()); err == nil {
		b.Fatal("expected Check to fail without an RPC")
	}
	all, _ := DefaultRegistry()
	bound, err := all.bind(context.Background(), pool)
	if err != nil {
		b.Fatal(err)
	}
	ix.reg, ix.topics, ix.tables = bound, bound.Topics(), map[string]*Event{}
	for _, e := range bound.events {
		ix.tables[e.Table] = e
	}

	var abis []abi.ABI
	for _, m := range []*bind.MetaData{bindings.StakingMetaData, bindings.TaskArenaMetaData, bindings.MarketplaceMetaData, bindings.RewardsDistributorMetaData} {
		a, _ := m.GetAbi()
		abis = append(abis, *a)
	}
	names := []string{"Staked", "ScoreSubmitted", "Delegated", "ModelPurchased", "Claimed"}
	find := func(n string) abi.Event {
		for _, a := range abis {
			if e, ok := a.Events[n]; ok {
				return e
			}
		}
		panic(n)
	}
	const perBatch, blocksPerBatch = 5000, 10
	block := uint64(1)
	cur := cursor{}
	b.ResetTimer()
	total := 0
	start := time.Now()
	pg0, go0 := procCPU(pgPID), selfCPU()
	var goGen float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		g0 := selfCPU()
		var logs []types.Log
		from, to := block, block+blocksPerBatch-1
		var blocks []*chainrpc.Header
		var prev common.Hash = cur.hash
		hs := map[uint64]*chainrpc.Header{}
		for n := from; n <= to; n++ {
			h := &chainrpc.Header{Number: hexU(n), ParentHash: prev, Time: hexU(1_700_000_000 + n)}
			h.Hash = common.BigToHash(new(big.Int).SetUint64(n*7919 + 1))
			prev = h.Hash
			hs[n] = h
			blocks = append(blocks, h)
		}
		for k := 0; k < perBatch; k++ {
			ev := find(names[k%len(names)])
			args := make([]any, len(ev.Inputs))
			for j, in := range ev.Inputs {
				args[j] = randomValue(r, in.Type)
			}
			topics := []common.Hash{ev.ID}
			var nonIdx []any
			for j, in := range ev.Inputs {
				if in.Indexed {
					tp, _ := abi.MakeTopics([]any{args[j]})
					topics = append(topics, tp[0][0])
				} else {
					nonIdx = append(nonIdx, args[j])
				}
			}
			data, _ := ev.Inputs.NonIndexed().Pack(nonIdx...)
			n := from + uint64(k%blocksPerBatch)
			logs = append(logs, types.Log{Address: common.BigToAddress(big.NewInt(1)), Topics: topics, Data: data, BlockNumber: n,
				BlockHash: hs[n].Hash, TxHash: common.BigToHash(big.NewInt(int64(k))), Index: uint(k)})
		}
		goGen += selfCPU() - g0
		b.StartTimer()
		bt, err := ix.buildBatch(from, to, blocks, hs, logs)
		if err != nil {
			b.Fatal(err)
		}
		if err := ix.commit(context.Background(), cur, bt, heads{latest: bt.to}, nil); err != nil {
			b.Fatal(err)
		}
		cur = cursor{number: bt.to, hash: bt.lastH.Hash, ok: true}
		block += blocksPerBatch
		total += perBatch
	}
	b.ReportMetric(float64(total)/time.Since(start).Seconds(), "events/s(wall)")
	b.ReportMetric((procCPU(pgPID)-pg0)/float64(total)*1e6, "pg_cpu_us/event")
	b.ReportMetric((selfCPU()-go0-goGen)/float64(total)*1e6, "go_cpu_us/event")
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "events/s")
}

func hexU(n uint64) hexutil.Uint64 { return hexutil.Uint64(n) }
