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
	bb := ix.newBatchBuilder(uses, logs)
	b := bb.b
	b.from, b.to, b.blocks, b.first, b.lastH = from, to, blocks, hs[from], hs[to]
	for i := range logs {
		l := &logs[i]
		h := hs[l.BlockNumber]
		if err := checkLog(l, h, from, to); err != nil {
			return nil, err
		}
		base := bb.rawRow(l, h)
		e := bb.evs[i]
		if e == nil {
			continue
		}
		cols, err := bb.eventRow(e, l, base)
		if err != nil {
			// The log stays in raw_logs; it gets no event row, and settlement refuses any epoch
			// whose snapshot covers it (see undecodableLog), so nothing is paid on incomplete data
			// while everything else keeps being indexed.
			b.bad = append(b.bad, undecodableLog{block: l.BlockNumber, index: uint64(l.Index), tx: l.TxHash, address: l.Address,
				event: e.Name, err: err.Error()})
			continue
		}
		bb.addDerived(e, l, cols)
	}
	return b, nil
}

// batchBuilder encodes one batch's logs into its COPY buffers.
type batchBuilder struct {
	b     *batch
	chain int64
	uses  map[*Event][]derivedUse // what the derived tables read of each event
	evs   []*Event                // each log's event; nil when the registry has none for its topic0
	sizes map[*Event]int          // an upper bound of each ev_ table's rows in bytes
	raw   *copyBuf
	bufs  map[*Event]*copyBuf
	plans map[*Event]wordPlan
}

// newBatchBuilder looks up every log's event and sizes every buffer once from the logs (exactly for
// raw_logs, an upper bound for the ev_ tables): growing them by appending was a fifth of the fetch
// workers' CPU (copying and zeroing).
func (ix *Indexer) newBatchBuilder(uses map[*Event][]derivedUse, logs []types.Log) *batchBuilder {
	bb := &batchBuilder{chain: ix.cfg.Chain.ID, uses: uses, evs: make([]*Event, len(logs)), sizes: map[*Event]int{},
		bufs: map[*Event]*copyBuf{}, plans: map[*Event]wordPlan{}}
	rawSize := 0
	for i := range logs {
		l := &logs[i]
		rawSize += rawRowSize(l)
		if len(l.Topics) > 0 {
			if e, ok := ix.reg.Lookup(l.Topics[0]); ok {
				bb.evs[i] = e
				bb.sizes[e] += eventRowBound(e) + len(l.Data)
			}
		}
	}
	bb.raw = &copyBuf{b: make([]byte, 0, rawSize)}
	bb.b = &batch{raw: []*copyBuf{bb.raw}, events: map[*Event][]*copyBuf{}, derived: make([]*derivedAcc, len(derivedTables)), nlogs: len(logs)}
	return bb
}

// checkLog refuses a log whose block is not the header's (another fork: chainrpc.ErrChainMoved) or
// outside the range asked for.
func checkLog(l *types.Log, h *chainrpc.Header, from, to uint64) error {
	if h == nil || l.BlockHash != h.Hash || l.Removed {
		var hh common.Hash
		if h != nil {
			hh = h.Hash
		}
		return fmt.Errorf("log %d/%d has block hash %s, header has %s: %w", l.BlockNumber, l.Index, l.BlockHash, hh, chainrpc.ErrChainMoved)
	}
	if l.BlockNumber < from || l.BlockNumber > to {
		return fmt.Errorf("node returned a log of block %d for range %d-%d", l.BlockNumber, from, to)
	}
	return nil
}

// rawRow writes l's raw_logs row and returns its base columns, which the event row copies.
func (bb *batchBuilder) rawRow(l *types.Log, h *chainrpc.Header) []byte {
	if l.Data == nil {
		l.Data = []byte{}
	}
	mark := len(bb.raw.b)
	bb.raw.rawLog(bb.chain, l, int64(h.Time))
	return bb.raw.b[mark+2 : mark+baseRowSize]
}

// eventRow writes l's ev_ row, from its words when the event's word plan fits the log (fast) or from
// go-ethereum's unpacking otherwise, and returns the column values the derived tables read (nil when
// none reads e). On error nothing is written.
func (bb *batchBuilder) eventRow(e *Event, l *types.Log, base []byte) ([]any, error) {
	plan, ok := bb.plans[e]
	if !ok {
		plan = planWords(e)
		bb.plans[e] = plan
	}
	fast := plan.valid(e, l)
	var vals []any
	var err error
	if !fast {
		if vals, err = e.unpack(l); err != nil {
			return nil, err
		}
	}
	var cols []any
	if uses := bb.uses[e]; len(uses) > 0 {
		if cols, err = derivedValues(e, l, vals, &plan, fast, uses); err != nil && fast {
			// The first failing column in Columns order names the error, as before.
			if vals, err = e.unpack(l); err == nil {
				_, err = e.values(l, vals)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	return cols, bb.appendRow(e, &plan, base, l, vals, fast)
}

// appendRow writes the row into e's buffer (made at its bound on first use); a half-written row is dropped.
func (bb *batchBuilder) appendRow(e *Event, plan *wordPlan, base []byte, l *types.Log, vals []any, fast bool) error {
	buf := bb.bufs[e]
	if buf == nil {
		buf = &copyBuf{b: make([]byte, 0, bb.sizes[e])}
		bb.bufs[e] = buf
		bb.b.events[e] = []*copyBuf{buf}
	}
	mark, rows := len(buf.b), buf.rows
	var err error
	if fast {
		err = buf.wordRow(e, plan, base, l)
	} else {
		err = buf.eventRow(e, base, l, vals)
	}
	if err != nil {
		buf.b, buf.rows = buf.b[:mark], rows
	}
	return err
}

// addDerived hands the derived tables that read e the columns they read of l.
func (bb *batchBuilder) addDerived(e *Event, l *types.Log, cols []any) {
	for _, u := range bb.uses[e] {
		dv := make([]any, len(u.pos))
		for k, p := range u.pos {
			dv[k] = cols[p]
		}
		if bb.b.derived[u.d] == nil {
			bb.b.derived[u.d] = &derivedAcc{}
		}
		bb.b.derived[u.d].add(len(derivedTables[u.d].keys), u.kinds, dv, int64(l.BlockNumber), int64(l.Index))
	}
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
