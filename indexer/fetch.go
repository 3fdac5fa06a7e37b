package indexer

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// batch is one fetched, checked and decoded range, ready to COPY.
type batch struct {
	from, to uint64
	raw      [][]any
	events   map[*Event][][]any
	blocks   []*header // sorted by number; includes from and to
	first    *header   // header of block from (its parent hash must be the cursor's hash)
	lastH    *header
	nlogs    int
}

func (b *batch) last() *header { return b.lastH }

// fetch reads logs and headers for [from, to] and checks they describe one chain: the header of `to`
// is read before and after the logs (a reorg in between changes it), every log's block hash equals
// its header's, and consecutive headers link by parent hash. A mismatch means the chain moved under
// us: fetch again (a few times, then give up to the loop).
func (ix *Indexer) fetch(ctx context.Context, from, to uint64, hd heads) (*batch, error) {
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		b, err := ix.fetchOnce(ctx, from, to, hd)
		if err == nil {
			return b, nil
		}
		if !errors.Is(err, errChainMoved) {
			return nil, err
		}
		lastErr = err
		if err := sleepCtx(ctx, ix.cfg.Chain.PollInterval.Duration/2); err != nil {
			return nil, err
		}
	}
	return nil, lastErr
}

func (ix *Indexer) fetchOnce(ctx context.Context, from, to uint64, hd heads) (*batch, error) {
	t0 := time.Now()
	defer func() { ix.log.Debug("batch fetched", "from", from, "to", to, "took", time.Since(t0)) }()
	pre, err := ix.rpc.headerByNumber(ctx, to)
	if err != nil {
		return nil, fmt.Errorf("reading header %d: %w", to, err)
	}
	if pre == nil {
		return nil, fmt.Errorf("block %d: %w", to, errLagging)
	}
	logs, err := ix.logs(ctx, from, to)
	if err != nil {
		return nil, err
	}
	need := map[uint64]struct{}{from: {}, to: {}}
	for i := range logs {
		need[logs[i].BlockNumber] = struct{}{}
	}
	// Near the head every block is stored, so a reorg's common ancestor is found exactly.
	if bound := ix.cfg.Chain.ReorgBound; hd.latest <= bound || to+bound >= hd.latest {
		lo := from
		if hd.latest > bound {
			lo = max(from, hd.latest-bound)
		}
		for n := lo; n <= to; n++ {
			need[n] = struct{}{}
		}
	}
	nums := make([]uint64, 0, len(need))
	for n := range need {
		nums = append(nums, n)
	}
	sort.Slice(nums, func(i, j int) bool { return nums[i] < nums[j] })
	hs, err := ix.rpc.headers(ctx, nums)
	if err != nil {
		return nil, fmt.Errorf("reading headers: %w", err)
	}
	blocks := make([]*header, 0, len(nums))
	for _, n := range nums {
		h := hs[n]
		if h == nil {
			return nil, fmt.Errorf("block %d: %w", n, errLagging)
		}
		if uint64(h.Number) != n {
			return nil, fmt.Errorf("asked block %d, got %d: %w", n, uint64(h.Number), errChainMoved)
		}
		if len(blocks) > 0 {
			if prev := blocks[len(blocks)-1]; uint64(prev.Number)+1 == n && h.ParentHash != prev.Hash {
				return nil, fmt.Errorf("block %d does not link to %d: %w", n, n-1, errChainMoved)
			}
		}
		blocks = append(blocks, h)
	}
	if hs[to].Hash != pre.Hash {
		return nil, fmt.Errorf("block %d changed during the fetch: %w", to, errChainMoved)
	}
	b := &batch{from: from, to: to, blocks: blocks, first: hs[from], lastH: hs[to], events: map[*Event][][]any{}, nlogs: len(logs)}
	b.raw = make([][]any, 0, len(logs))
	chain := ix.cfg.Chain.ID
	for i := range logs {
		l := &logs[i]
		h := hs[l.BlockNumber]
		if l.BlockHash != h.Hash || l.Removed {
			return nil, fmt.Errorf("log %d/%d has block hash %s, header has %s: %w", l.BlockNumber, l.Index, l.BlockHash, h.Hash, errChainMoved)
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("node returned a log of block %d for range %d-%d", l.BlockNumber, from, to)
		}
		bh, th, addr := hexLower(l.BlockHash[:]), hexLower(l.TxHash[:]), hexLower(l.Address[:])
		var t [4]any
		for k := 0; k < 4 && k < len(l.Topics); k++ {
			t[k] = hexLower(l.Topics[k][:])
		}
		data := l.Data
		if data == nil {
			data = []byte{}
		}
		bn, bt, txi, li := int64(l.BlockNumber), int64(h.Time), int32(l.TxIndex), int32(l.Index)
		b.raw = append(b.raw, []any{chain, bn, bh, bt, th, txi, li, addr, t[0], t[1], t[2], t[3], data})
		if len(l.Topics) == 0 {
			continue
		}
		e, ok := ix.reg.Lookup(l.Topics[0])
		if !ok {
			continue
		}
		vals, err := e.decode(l)
		if err != nil {
			return nil, fmt.Errorf("decoding log %d/%d (tx %s): %w", l.BlockNumber, l.Index, l.TxHash, err)
		}
		row := make([]any, 0, 8+len(vals))
		row = append(row, chain, bn, bh, bt, th, txi, li, addr)
		row = append(row, vals...)
		b.events[e] = append(b.events[e], row)
	}
	return b, nil
}

// logs reads [from, to] with eth_getLogs, splitting it when the provider refuses the range (following
// the range it suggests, else halving), and adapts the planned range size for later batches.
func (ix *Indexer) logs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	var all []types.Log
	span := to - from + 1
	shrunk := false
	for lo := from; lo <= to; {
		hi := min(to, lo+span-1)
		logs, _, err := ix.rpc.getLogs(ctx, lo, hi, ix.addrs, ix.topics)
		var re *rangeError
		if errors.As(err, &re) {
			n := hi - lo + 1
			next := max(1, n/2)
			if re.hasHint && re.suggest[1] >= lo && re.suggest[1] < hi {
				next = re.suggest[1] - lo + 1
			}
			if n == 1 {
				// One block cannot be split: wait and retry as a plain failure.
				if err := ix.rpc.sleep(ctx, 3); err != nil {
					return nil, err
				}
				continue
			}
			span, shrunk = next, true
			ix.shrink(span)
			ix.log.Debug("shrinking log range", "from", lo, "to", hi, "new_range", span, "err", re.err)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("fetching logs %d-%d: %w", lo, hi, err)
		}
		all = append(all, logs...)
		lo = hi + 1
		if lo == 0 { // wrapped
			break
		}
	}
	if !shrunk && len(all) < ix.opts.targetLogs {
		ix.grow(span)
	} else if len(all) > 2*ix.opts.targetLogs {
		ix.shrink(max(1, span/2))
	}
	return all, nil
}
