package chainload

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/chainrpc"
)

// Source is what chainload reads from the chain, Shovel-style: the logs of a set of addresses over a
// block range (with a topic0 among topic0s, any when empty), blocks' hashes and times, and the head.
// FromPool reads through chainrpc (several RPCs, failover, adaptive ranges, a fast log decoder);
// FromClient through one go-ethereum client (*ethclient.Client, the simulated backend's).
type Source interface {
	Logs(ctx context.Context, addrs []common.Address, topic0s []common.Hash, from, to uint64) ([]types.Log, error)
	Blocks(ctx context.Context, nums []uint64) (map[uint64]Block, error)
	Head(ctx context.Context) (Block, error)
}

// BlockSource is the part of a Source FindSnapshot needs.
type BlockSource interface {
	Blocks(ctx context.Context, nums []uint64) (map[uint64]Block, error)
}

// HeaderSource reads go-ethereum headers by number (nil: the latest); *ethclient.Client fits.
type HeaderSource interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Client is a go-ethereum client FromClient reads through.
type Client interface {
	HeaderSource
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// FromClient is a Source over one go-ethereum client: log ranges split when the node refuses them,
// headers fetched a few at a time.
func FromClient(c Client) Source { return clientSource{c} }

// HeaderBlocks is a BlockSource over go-ethereum headers (settlement's snapshot search on the SQL path).
func HeaderBlocks(h HeaderSource) BlockSource { return clientSource{headerOnly{h}} }

type headerOnly struct{ HeaderSource }

func (headerOnly) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, errors.New("a header source reads no logs")
}

type clientSource struct{ c Client }

// maxRange is the widest eth_getLogs range asked for at once; a failing range is halved down to one
// block before the error is returned (providers cap ranges and result sizes), and the width doubles
// again after each answer.
const maxRange = 50_000

// headerWorkers bound the header requests in flight.
const headerWorkers = 8

func (s clientSource) Logs(ctx context.Context, addrs []common.Address, topic0s []common.Hash, from, to uint64) ([]types.Log, error) {
	var topics [][]common.Hash
	if len(topic0s) > 0 {
		topics = [][]common.Hash{topic0s}
	}
	var out []types.Log
	width := uint64(maxRange)
	for lo := from; lo <= to; {
		hi := min(to, lo+width-1)
		got, err := s.c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: addrs, Topics: topics})
		if err != nil {
			if ctx.Err() != nil || width == 1 {
				return nil, fmt.Errorf("reading logs of blocks %d-%d: %w", lo, hi, err)
			}
			width = max(1, width/2)
			continue
		}
		out = append(out, got...)
		if hi == to {
			break
		}
		lo, width = hi+1, min(maxRange, width*2)
	}
	return out, nil
}

func (s clientSource) Head(ctx context.Context) (Block, error) {
	h, err := s.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return Block{}, fmt.Errorf("reading the head: %w", err)
	}
	return blockOf(h), nil
}

// Blocks reads the headers of the given blocks, a few at a time.
func (s clientSource) Blocks(ctx context.Context, nums []uint64) (map[uint64]Block, error) {
	out := make(map[uint64]Block, len(nums))
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
				h, err := s.c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
				if err == nil && (h == nil || h.Number == nil || h.Number.Uint64() != n) {
					err = errors.New("the node answered another block")
				}
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = fmt.Errorf("reading header %d: %w", n, err)
					cancel()
				}
				if err == nil {
					out[n] = blockOf(h)
				}
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

func blockOf(h *types.Header) Block {
	return Block{Number: h.Number.Uint64(), Hash: h.Hash().Hex(), Time: int64(h.Time)}
}

// FromPool is a Source over a chainrpc pool: the logs with its adaptive ranges (fetches of about
// 4,000 logs, split where a provider refuses), headers in batches.
func FromPool(p *chainrpc.Pool) Source {
	return poolSource{p: p, ranges: chainrpc.NewRanges(2_000, 1, 100_000, 0)}
}

type poolSource struct {
	p      *chainrpc.Pool
	ranges *chainrpc.Ranges
}

func (s poolSource) Logs(ctx context.Context, addrs []common.Address, topic0s []common.Hash, from, to uint64) ([]types.Log, error) {
	var out []types.Log
	for lo := from; lo <= to; {
		span, _ := s.ranges.Next()
		hi := min(to, lo+span-1)
		ls, _, err := s.p.Logs(ctx, lo, hi, chainrpc.Filter{Addresses: addrs, Topics: topic0s}, s.ranges)
		if err != nil {
			return nil, err
		}
		out = append(out, ls...)
		if hi == to {
			break
		}
		lo = hi + 1
	}
	return out, nil
}

func (s poolSource) Blocks(ctx context.Context, nums []uint64) (map[uint64]Block, error) {
	hs, err := s.p.Headers(ctx, nums)
	if err != nil {
		return nil, err
	}
	out := make(map[uint64]Block, len(nums))
	for _, n := range nums {
		h := hs[n]
		if h == nil {
			return nil, fmt.Errorf("reading header %d: no RPC has the block", n)
		}
		out[n] = poolBlock(h)
	}
	return out, nil
}

func (s poolSource) Head(ctx context.Context) (Block, error) {
	h, err := s.p.Latest(ctx)
	if err != nil {
		return Block{}, fmt.Errorf("reading the head: %w", err)
	}
	return poolBlock(h), nil
}

func poolBlock(h *chainrpc.Header) Block {
	return Block{Number: uint64(h.Number), Hash: h.Hash.Hex(), Time: int64(h.Time)}
}

// logs reads every log of addrs in [from, to] from src, in chain order, removed logs dropped; a log
// outside the range is the node's error.
func logs(ctx context.Context, src Source, addrs []common.Address, topic0s []common.Hash, from, to uint64) ([]types.Log, error) {
	got, err := src.Logs(ctx, addrs, topic0s, from, to)
	if err != nil {
		return nil, err
	}
	out := got[:0:0]
	for _, l := range got {
		if l.Removed {
			continue
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("reading logs of blocks %d-%d: the node returned a log of block %d", from, to, l.BlockNumber)
		}
		out = append(out, l)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].BlockNumber != out[j].BlockNumber {
			return out[i].BlockNumber < out[j].BlockNumber
		}
		return out[i].Index < out[j].Index
	})
	return out, nil
}

// Logs reads every log of addrs with a topic0 among topic0s in blocks [from, to] from src, in chain order.
func Logs(ctx context.Context, src Source, addrs []common.Address, topic0s []common.Hash, from, to uint64) ([]types.Log, error) {
	return logs(ctx, src, addrs, topic0s, from, to)
}
