// Package floor is the backfill floor: the least work any indexer must do to read the workload, a
// bare go-ethereum eth_getLogs sweep of the range with two workers that ABI-decodes every log into the
// generic unpack maps and throws the result away. An indexer's events/s divided by the floor's says how
// much its storage and bookkeeping cost on top of fetching and decoding.
package floor

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Options describe one sweep.
type Options struct {
	// RPC is the node's HTTP URL.
	RPC string
	// Addresses are the contracts whose logs are fetched.
	Addresses []common.Address
	// From and To are the inclusive block range.
	From, To uint64
	// RangeBlocks is the block span of one eth_getLogs call (default 50).
	RangeBlocks uint64
	// Workers fetch and decode ranges in parallel (default 2).
	Workers int
	// ABIs decode the logs: every event of every ABI, looked up by topic0.
	ABIs []abi.ABI
}

// Result is what a sweep measured.
type Result struct {
	Events    int64   `json:"events"`
	Undecoded int64   `json:"undecoded"`
	Requests  int64   `json:"requests"`
	Seconds   float64 `json:"seconds"`
	PerSecond float64 `json:"eventsPerSecond"`
}

// Sweep fetches every log of the range and decodes it.
func Sweep(ctx context.Context, o Options) (Result, error) {
	if o.RangeBlocks == 0 {
		o.RangeBlocks = 50
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	if o.To < o.From {
		return Result{}, fmt.Errorf("empty range %d..%d", o.From, o.To)
	}
	events := map[common.Hash]*event{}
	for _, a := range o.ABIs {
		for _, e := range a.Events {
			ev := &event{ev: e}
			for _, in := range e.Inputs {
				if in.Indexed {
					ev.indexed = append(ev.indexed, in)
				}
			}
			events[e.ID] = ev
		}
	}
	client, err := ethclient.DialContext(ctx, o.RPC)
	if err != nil {
		return Result{}, err
	}
	defer client.Close()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var next atomic.Uint64
	next.Store(o.From)
	var res Result
	var evs, undecoded, reqs atomic.Int64
	var wg sync.WaitGroup
	var once sync.Once
	var firstErr error
	start := time.Now()
	for i := 0; i < o.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := next.Add(o.RangeBlocks) - o.RangeBlocks
				if lo > o.To || ctx.Err() != nil {
					return
				}
				hi := min(lo+o.RangeBlocks-1, o.To)
				logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{
					FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi), Addresses: o.Addresses,
				})
				reqs.Add(1)
				if err != nil {
					once.Do(func() { firstErr = fmt.Errorf("eth_getLogs %d..%d: %w", lo, hi, err); cancel() })
					return
				}
				n, bad := decode(events, logs)
				evs.Add(n)
				undecoded.Add(bad)
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return res, firstErr
	}
	res.Seconds = time.Since(start).Seconds()
	res.Events, res.Undecoded, res.Requests = evs.Load(), undecoded.Load(), reqs.Load()
	res.PerSecond = float64(res.Events) / res.Seconds
	return res, nil
}

type event struct {
	ev      abi.Event
	indexed abi.Arguments
}

// decode unpacks every log into a fresh map (indexed arguments from the topics, the rest from the
// data), as a generic indexer would before writing, and discards it.
func decode(events map[common.Hash]*event, logs []types.Log) (ok, bad int64) {
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) == 0 {
			bad++
			continue
		}
		e, found := events[l.Topics[0]]
		if !found {
			bad++
			continue
		}
		m := make(map[string]any, len(e.ev.Inputs))
		if err := e.ev.Inputs.UnpackIntoMap(m, l.Data); err != nil {
			bad++
			continue
		}
		if err := abi.ParseTopicsIntoMap(m, e.indexed, l.Topics[1:]); err != nil {
			bad++
			continue
		}
		ok++
	}
	return ok, bad
}
