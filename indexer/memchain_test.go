package indexer

import (
	"context"
	"math/big"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/memchain"
	"github.com/covey-labs/covey/internal/pgtest"
)

var _ Source = (*memchain.Chain)(nil)

// memChain is an in-memory chain with random protocol events at fixed contract addresses, and the
// config that indexes it.
type memChain struct {
	*memchain.Chain
	ev    *protocolEvents
	r     *mrand.Rand
	addrs map[string]common.Address
	cfg   config.Config
}

func newMemChain(t *testing.T, seed uint64, nodes int) *memChain {
	c := &memChain{Chain: memchain.New(31337, nodes), ev: newProtocolEvents(t), r: mrand.New(mrand.NewPCG(seed, seed+1)), addrs: map[string]common.Address{}}
	c.cfg = config.Defaults()
	c.cfg.Chain.ID = 31337
	c.cfg.Chain.RPC = []string{"memchain:"} // not dialled: the indexer reads the chain WithSource
	c.cfg.Chain.Finality = config.FinalityLatest
	c.cfg.Chain.PollInterval = config.Duration{Duration: 20 * time.Millisecond}
	c.cfg.Chain.ReorgBound = 128
	c.cfg.Contracts = map[string]config.Contract{}
	for i, name := range []string{config.Staking, config.TaskArena, config.Marketplace, config.RewardsDistributor, config.FLAlliance} {
		c.addrs[name] = common.BigToAddress(big.NewInt(int64(0xbe00_0001 + i)))
		c.cfg.Contracts[name] = config.Contract{Address: c.addrs[name]}
	}
	c.cfg.Indexer.InitialRange, c.cfg.Indexer.MinRange, c.cfg.Indexer.MaxRange = 8, 1, 1000
	c.cfg.Indexer.Workers = 4
	c.cfg.Indexer.MaxBackoff = config.Duration{Duration: 100 * time.Millisecond}
	return c
}

// block is the logs of one block: 0 to 3 random protocol events.
func (c *memChain) block() []types.Log {
	var logs []types.Log
	for range c.r.IntN(4) {
		e := c.ev.randomEvent(c.r)
		logs = append(logs, types.Log{Address: c.addrs[e.contract], Topics: e.topics, Data: e.data})
	}
	return logs
}

func (c *memChain) grow(n int) {
	for range n {
		c.Mine(c.block()...)
	}
}

func (c *memChain) blocks(n int) [][]types.Log {
	out := make([][]types.Log, n)
	for i := range out {
		out[i] = c.block()
	}
	return out
}

// fresh is a fresh index of the chain as it is now.
func (c *memChain) fresh(t *testing.T) map[string][]string {
	pool := pgtest.New(t)
	syncIndex(t, c.cfg, pool, WithSource(c))
	return dump(t, pool)
}

// TestLoopOnMemChain drives the indexer's loop on an in-memory chain with two nodes, step by step and
// without a node's timing: a backfill, a reorg of the last blocks, a reorg seen while the other node
// lags below the fork, a chain that gets shorter while that node still lags, and growth again. After
// each step the cursor is at the head, the database equals a fresh index of the chain, and exactly
// the reorgs made were rolled back.
func TestLoopOnMemChain(t *testing.T) {
	c := newMemChain(t, 51, 2)
	c.grow(120)
	pool := pgtest.New(t)
	ix := newTestIndexer(t, c.cfg, pool, WithSource(c))
	reorgs := 0.0
	step := func(what string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		for i := 1; ; i++ {
			if err := ix.RunUntilSynced(ctx); err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			if cursorNumber(t, pool) == uint64(c.Head().Number) {
				break
			}
			if i == 5 {
				t.Fatalf("%s: cursor %d, head %d after 5 runs", what, cursorNumber(t, pool), c.Head().Number)
			}
		}
		diffDumps(t, dump(t, pool), c.fresh(t))
		if got := reorgCount(ix); got != reorgs {
			t.Fatalf("%s: %v reorgs rolled back, want %v", what, got, reorgs)
		}
	}
	step("backfill")

	c.Reorg(5, c.blocks(5)...)
	reorgs++
	step("reorg of the last 5 blocks")

	c.SetLag(1, 12)
	c.Reorg(6, c.blocks(6)...)
	reorgs++
	step("reorg while the other node lags below the fork")

	c.Rollback(4)
	reorgs++
	step("shorter chain while the other node lags")

	c.SetLag(1, 0)
	c.grow(10)
	step("growth")
}
