package chainrpc

import (
	"context"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// HeaderByNumber is block n, or nil (no error) when no endpoint has it: one that lacks it is lagging,
// and the next endpoint is asked (F6: a lagging node does not fail the caller's step).
func (p *Pool) HeaderByNumber(ctx context.Context, n uint64) (*Header, error) {
	start := p.Start()
	var lacking []*endpoint
	for k := 0; k < len(p.eps); k++ {
		var h *Header
		ep, err := p.callAt(ctx, start+uint64(k), &h, "eth_getBlockByNumber", hexutil.Uint64(n), false)
		if err != nil {
			return nil, err
		}
		if h != nil {
			p.caughtUp(ep)
			for _, l := range lacking {
				if l != ep {
					p.lagged(l, n)
				}
			}
			return h, nil
		}
		lacking = append(lacking, ep)
	}
	return nil, nil
}

// HeaderByTag is the "latest", "safe" or "finalized" block of one endpoint (with failover), nil when
// the node has none. For the head across endpoints, use Latest.
func (p *Pool) HeaderByTag(ctx context.Context, tag string) (*Header, error) {
	var h *Header
	if _, err := p.callAt(ctx, p.Start(), &h, "eth_getBlockByNumber", tag, false); err != nil {
		return nil, err
	}
	return h, nil
}

// Headers fetches many headers with batched eth_getBlockByNumber calls (chunks of 200, up to four at
// once). A block no endpoint has yields a nil entry; a chunk one endpoint lacks blocks of is asked of
// the others first.
func (p *Pool) Headers(ctx context.Context, nums []uint64) (map[uint64]*Header, error) {
	const chunk = 200
	out := make(map[uint64]*Header, len(nums))
	var mu sync.Mutex
	var firstErr error
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i := 0; i < len(nums); i += chunk {
		part := nums[i:min(i+chunk, len(nums))]
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			hs, err := p.headerChunk(ctx, part)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				return
			}
			for j, n := range part {
				out[n] = hs[j]
			}
		}()
	}
	wg.Wait()
	return out, firstErr
}

// headerChunk is one batch of Headers: blocks part, asked of the next endpoints while the one that
// answered lacks some of them (it is lagging).
func (p *Pool) headerChunk(ctx context.Context, part []uint64) ([]*Header, error) {
	hs := make([]*Header, len(part))
	elems := make([]rpc.BatchElem, len(part))
	for j, n := range part {
		elems[j] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(n), false}, Result: &hs[j]}
	}
	epi, err := p.batchAt(ctx, p.Start(), "eth_getBlockByNumber", elems)
	for k := 1; err == nil && k < len(p.eps) && slices.Contains(hs, nil); k++ {
		lagging := p.eps[epi]
		clear(hs)
		if epi, err = p.batchAt(ctx, uint64(epi+1), "eth_getBlockByNumber", elems); err == nil && !slices.Contains(hs, nil) {
			p.lagged(lagging, part[len(part)-1])
		}
	}
	return hs, err
}
