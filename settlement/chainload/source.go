package chainload

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Source is what chainload needs from the chain: the logs of a set of addresses over a block range,
// and block headers by number (nil: the latest). *ethclient.Client, chainrpc's client and the
// simulated backend's client fit.
type Source interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// maxRange is the widest eth_getLogs range asked for at once; a failing range is halved down to one
// block before the error is returned (providers cap ranges and result sizes), and the width doubles
// again after each answer.
const maxRange = 50_000

// headerWorkers bound the header requests in flight.
const headerWorkers = 8

// logs reads every log of addrs in [from, to], in chain order, splitting ranges a node refuses.
func logs(ctx context.Context, src Source, addrs []common.Address, from, to uint64) ([]types.Log, error) {
	return Logs(ctx, src, addrs, nil, from, to)
}

// Logs reads every log of addrs matching topics (as in eth_getLogs) in blocks [from, to], in chain
// order, splitting the ranges a node refuses.
func Logs(ctx context.Context, src Source, addrs []common.Address, topics [][]common.Hash, from, to uint64) ([]types.Log, error) {
	var out []types.Log
	width := uint64(maxRange)
	for lo := from; lo <= to; {
		hi := min(to, lo+width-1)
		got, err := src.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: addrs, Topics: topics})
		if err != nil {
			if ctx.Err() != nil || width == 1 {
				return nil, fmt.Errorf("reading logs of blocks %d-%d: %w", lo, hi, err)
			}
			width = max(1, width/2)
			continue
		}
		for _, l := range got {
			if l.Removed {
				continue
			}
			if l.BlockNumber < lo || l.BlockNumber > hi {
				return nil, fmt.Errorf("reading logs of blocks %d-%d: the node returned a log of block %d", lo, hi, l.BlockNumber)
			}
			out = append(out, l)
		}
		if hi == to {
			break
		}
		lo, width = hi+1, min(maxRange, width*2)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].BlockNumber != out[j].BlockNumber {
			return out[i].BlockNumber < out[j].BlockNumber
		}
		return out[i].Index < out[j].Index
	})
	return out, nil
}

// header reads block n's header and checks the node answered for that block.
func header(ctx context.Context, src HeaderSource, n uint64) (*types.Header, error) {
	h, err := src.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("reading header %d: %w", n, err)
	}
	if h == nil || h.Number == nil || h.Number.Uint64() != n {
		return nil, fmt.Errorf("reading header %d: the node answered another block", n)
	}
	return h, nil
}

// headers reads the headers of the given blocks, a few at a time.
func headers(ctx context.Context, src Source, nums []uint64) (map[uint64]*types.Header, error) {
	out := make(map[uint64]*types.Header, len(nums))
	var mu sync.Mutex
	var firstErr error
	work := make(chan uint64)
	var wg sync.WaitGroup
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range min(headerWorkers, len(nums)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range work {
				h, err := header(ctx, src, n)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
					cancel()
				}
				out[n] = h
				mu.Unlock()
			}
		}()
	}
feed:
	for _, n := range nums {
		select {
		case work <- n:
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
