package indexer

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/ctxtime"
)

// batch is one fetched, checked and decoded range (or several consecutive ones merged), its rows
// already encoded for COPY.
type batch struct {
	from, to uint64
	raw      []*copyBuf
	events   map[*Event][]*copyBuf
	derived  []*derivedAcc      // by derivedTables index
	blocks   []*chainrpc.Header // sorted by number; includes from and to
	first    *chainrpc.Header   // header of block from (its parent hash must be the cursor's hash)
	lastH    *chainrpc.Header
	nlogs    int
	bad      []undecodableLog
}

// undecodableLog is a log at a protocol address whose topic0 names a known event but whose topics or
// data do not fit it (an ABI mismatch or a contract upgrade): recorded, never silently dropped.
type undecodableLog struct {
	block, index uint64
	tx           common.Hash
	address      common.Address
	event, err   string
}

func (b *batch) last() *chainrpc.Header { return b.lastH }

// merge appends the next consecutive batch (its first block's parent is b's last block).
func (b *batch) merge(n *batch) {
	b.to, b.lastH = n.to, n.lastH
	b.raw = append(b.raw, n.raw...)
	for e, bufs := range n.events {
		b.events[e] = append(b.events[e], bufs...)
	}
	for i, a := range n.derived {
		if a == nil {
			continue
		}
		if b.derived[i] == nil {
			b.derived[i] = &derivedAcc{}
		}
		b.derived[i].merge(a)
	}
	b.blocks = append(b.blocks, n.blocks...)
	b.nlogs += n.nlogs
	b.bad = append(b.bad, n.bad...)
}

// buildBatch checks the logs against their headers and encodes raw_logs and ev_ rows and the derived
// tables' latest events. hs holds the header of every log's block and of from and to.
func (ix *Indexer) buildBatch(from, to uint64, blocks []*chainrpc.Header, hs map[uint64]*chainrpc.Header, logs []types.Log) (*batch, error) {
	uses, err := derivedUses(ix.tables)
	if err != nil {
		return nil, err
	}
	b := &batch{from: from, to: to, blocks: blocks, first: hs[from], lastH: hs[to], events: map[*Event][]*copyBuf{},
		derived: make([]*derivedAcc, len(derivedTables)), nlogs: len(logs)}
	// Every buffer is sized once from the logs (exactly for raw_logs, an upper bound for the ev_
	// tables): growing them by appending was a fifth of the fetch workers' CPU (copying and zeroing).
	evs := make([]*Event, len(logs))
	rawSize := 0
	sizes := map[*Event]int{}
	for i := range logs {
		l := &logs[i]
		rawSize += rawRowSize(l)
		if len(l.Topics) > 0 {
			if e, ok := ix.reg.Lookup(l.Topics[0]); ok {
				evs[i] = e
				sizes[e] += eventRowBound(e) + len(l.Data)
			}
		}
	}
	raw := &copyBuf{b: make([]byte, 0, rawSize)}
	b.raw = []*copyBuf{raw}
	bufs := map[*Event]*copyBuf{}
	plans := map[*Event]wordPlan{}
	chain := ix.cfg.Chain.ID
	for i := range logs {
		l := &logs[i]
		h := hs[l.BlockNumber]
		if h == nil || l.BlockHash != h.Hash || l.Removed {
			var hh common.Hash
			if h != nil {
				hh = h.Hash
			}
			return nil, fmt.Errorf("log %d/%d has block hash %s, header has %s: %w", l.BlockNumber, l.Index, l.BlockHash, hh, chainrpc.ErrChainMoved)
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("node returned a log of block %d for range %d-%d", l.BlockNumber, from, to)
		}
		if l.Data == nil {
			l.Data = []byte{}
		}
		bt := int64(h.Time)
		rawMark := len(raw.b)
		raw.rawLog(chain, l, bt)
		base := raw.b[rawMark+2 : rawMark+baseRowSize] // the base columns, copied into the event row
		if len(l.Topics) == 0 {
			continue
		}
		e := evs[i]
		if e == nil {
			continue
		}
		plan, ok := plans[e]
		if !ok {
			plan = planWords(e)
			plans[e] = plan
		}
		fast := plan.valid(e, l)
		var vals []any
		var err error
		if !fast {
			vals, err = e.unpack(l)
		}
		var cols []any
		if err == nil && len(uses[e]) > 0 {
			if cols, err = derivedValues(e, l, vals, &plan, fast, uses[e]); err != nil {
				// The first failing column in Columns order names the error, as before.
				if fast {
					vals, err = e.unpack(l)
				}
				if err == nil {
					_, err = e.values(l, vals)
				}
			}
		}
		if err == nil {
			buf := bufs[e]
			if buf == nil {
				buf = &copyBuf{b: make([]byte, 0, sizes[e])}
				bufs[e] = buf
				b.events[e] = []*copyBuf{buf}
			}
			mark, rows := len(buf.b), buf.rows
			if fast {
				err = buf.wordRow(e, &plan, base, l)
			} else {
				err = buf.eventRow(e, base, l, vals)
			}
			if err != nil {
				buf.b, buf.rows = buf.b[:mark], rows // drop the half-written row
			}
		}
		if err != nil {
			// The log stays in raw_logs; it gets no event row, and settlement refuses any epoch
			// whose snapshot covers it (see undecodableLog), so nothing is paid on incomplete data
			// while everything else keeps being indexed.
			b.bad = append(b.bad, undecodableLog{block: l.BlockNumber, index: uint64(l.Index), tx: l.TxHash, address: l.Address,
				event: e.Name, err: err.Error()})
			continue
		}
		for _, u := range uses[e] {
			dv := make([]any, len(u.pos))
			for k, p := range u.pos {
				dv[k] = cols[p]
			}
			if b.derived[u.d] == nil {
				b.derived[u.d] = &derivedAcc{}
			}
			b.derived[u.d].add(len(derivedTables[u.d].keys), u.kinds, dv, int64(l.BlockNumber), int64(l.Index))
		}
	}
	return b, nil
}

// derivedValues returns the COPY values (as Event.values makes them) of the columns the derived tables
// read, the others left nil. With fast, the non-indexed ones are decoded from their words by plan (vals
// is nil then).
func derivedValues(e *Event, l *types.Log, vals []any, plan *wordPlan, fast bool, uses []derivedUse) ([]any, error) {
	cols := make([]any, len(e.Columns))
	for _, u := range uses {
		for _, p := range u.pos {
			if cols[p] != nil {
				continue
			}
			c := e.Columns[p]
			var v any
			var err error
			switch {
			case c.Indexed:
				v, err = topicValue(c, l.Topics[c.pos])
			case fast:
				v = wordValue(plan, c, l)
			default:
				v, err = dataValue(c, vals[c.pos])
			}
			if err != nil {
				return nil, err
			}
			cols[p] = v
		}
	}
	return cols, nil
}

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
		if !errors.Is(err, chainrpc.ErrChainMoved) && !errors.Is(err, errSuspectLogs) {
			return nil, err
		}
		lastErr = err
		if err := ctxtime.Sleep(ctx, ix.cfg.Chain.PollInterval.Duration/2, nil); err != nil {
			return nil, err
		}
	}
	return nil, lastErr
}

func (ix *Indexer) fetchOnce(ctx context.Context, from, to uint64, hd heads) (*batch, error) {
	t0 := time.Now()
	defer func() { ix.log.Debug("batch fetched", "from", from, "to", to, "took", time.Since(t0)) }()
	pre, err := ix.src.HeaderByNumber(ctx, to)
	if err != nil {
		return nil, fmt.Errorf("reading header %d: %w", to, err)
	}
	if pre == nil {
		return nil, fmt.Errorf("block %d: %w", to, chainrpc.ErrLagging)
	}
	logs, parts, err := ix.src.Logs(ctx, from, to, ix.filter(), ix.ranges)
	if err != nil {
		return nil, err
	}
	need := map[uint64]struct{}{from: {}, to: {}}
	for i := range logs {
		need[logs[i].BlockNumber] = struct{}{}
	}
	for _, pt := range parts {
		need[pt.To] = struct{}{}
	}
	if ix.verify == config.VerifyBloomsAll {
		for n := from; n <= to && n >= from; n++ {
			need[n] = struct{}{}
		}
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
	nums := sortedNumbers(need)
	hs, err := ix.src.Headers(ctx, nums)
	if err != nil {
		return nil, fmt.Errorf("reading headers: %w", err)
	}
	blocks := make([]*chainrpc.Header, 0, len(nums))
	for _, n := range nums {
		h := hs[n]
		if h == nil {
			return nil, fmt.Errorf("block %d: %w", n, chainrpc.ErrLagging)
		}
		if uint64(h.Number) != n {
			return nil, fmt.Errorf("asked block %d, got %d: %w", n, uint64(h.Number), chainrpc.ErrChainMoved)
		}
		if len(blocks) > 0 {
			if prev := blocks[len(blocks)-1]; uint64(prev.Number)+1 == n && h.ParentHash != prev.Hash {
				return nil, fmt.Errorf("block %d does not link to %d: %w", n, n-1, chainrpc.ErrChainMoved)
			}
		}
		blocks = append(blocks, h)
	}
	if hs[to].Hash != pre.Hash {
		return nil, fmt.Errorf("block %d changed during the fetch: %w", to, chainrpc.ErrChainMoved)
	}
	// Each eth_getLogs answer came with the header of its last block, from the same node: the logs
	// are the chain's only if that block is the one the headers describe (its hash commits to every
	// block below). A node on another fork whose blocks hold none of our logs answers [] with no
	// log hash to compare; without this check its empty answer was committed (a lost log).
	for _, pt := range parts {
		if h := hs[pt.To]; h.Hash != pt.Tip.Hash {
			return nil, fmt.Errorf("eth_getLogs answer for blocks up to %d is from another chain (block hash %s, header %s): %w",
				pt.To, pt.Tip.Hash, h.Hash, chainrpc.ErrChainMoved)
		}
	}
	if ix.verify != config.VerifyBloomsOff {
		if err := ix.verifyBlooms(ctx, blocks, hs, logs, parts); err != nil {
			return nil, err
		}
	}
	return ix.buildBatch(from, to, blocks, hs, logs)
}

// filter selects the protocol's logs: the configured contracts, every event of the registry (set by Check).
func (ix *Indexer) filter() chainrpc.Filter {
	return chainrpc.Filter{Addresses: ix.addrs, Topics: ix.topics}
}

// sortedNumbers lists a set of block numbers in ascending order.
func sortedNumbers(set map[uint64]struct{}) []uint64 {
	nums := make([]uint64, 0, len(set))
	for n := range set {
		nums = append(nums, n)
	}
	sort.Slice(nums, func(i, j int) bool { return nums[i] < nums[j] })
	return nums
}
