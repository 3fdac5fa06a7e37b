package chainload

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement/engine"
)

// Reader reads the protocol's logs from a Source and keeps what it decoded, so each epoch after the
// first re-reads only the logs past its cursor. It is not safe for concurrent use.
type Reader struct {
	src    Source
	ev     *events
	addrs  []common.Address // the contracts whose logs are in ev, sorted
	from   uint64           // the block their logs are read from
	next   uint64           // every log of addrs in [from, next) is in ev (when loaded)
	loaded bool
	known  []Block // headers seen (blocks with logs, snapshots), by number: bounds for FindSnapshot
}

// NewReader starts a reader with nothing read.
func NewReader(src Source) *Reader { return &Reader{src: src, ev: newEvents()} }

// Epoch is one epoch's engine input as read from the chain.
type Epoch struct {
	Input    *engine.EpochInput
	Snapshot Block // the last block with time < end (§1)
	Head     Block // the head the snapshot was searched below
	Events   int   // protocol events the reader has decoded so far
}

// NotYetError says the chain has not reached an epoch's end, so its snapshot block is not known.
type NotYetError struct {
	Epoch    uint64
	HeadTime int64
	End      int64
}

func (e *NotYetError) Error() string {
	return fmt.Sprintf("epoch %d has not ended on the chain: the head's time is %d, the epoch ends at %d", e.Epoch, e.HeadTime, e.End)
}

// Next is the first block whose logs the reader does not hold yet.
func (r *Reader) Next() uint64 { return r.next }

// Load returns epoch e's input for the contracts in set (name → address and start block) under policy
// p: it finds the snapshot block on the chain, reads the logs it does not hold yet up to it, and
// builds the input by settlement.Load's rules. A set other than the one read so far is read afresh.
func (r *Reader) Load(ctx context.Context, p *engine.Policy, set map[string]config.Contract, e uint64) (*Epoch, error) {
	if len(set) == 0 {
		return nil, errors.New("no contracts to read")
	}
	end := p.EpochEnd(e)
	head, err := r.src.Head(ctx)
	if err != nil {
		return nil, err
	}
	if head.Time < end {
		return nil, &NotYetError{Epoch: e, HeadTime: head.Time, End: end}
	}
	lo, hi := r.bounds(end, head.Number)
	snap, err := FindSnapshot(ctx, r.src, end, lo, hi)
	if err != nil {
		return nil, err
	}
	r.remember(snap)
	addrs, from := contractsOf(set)
	if r.loaded && (!slices.Equal(addrs, r.addrs) || from != r.from) {
		*r = Reader{src: r.src, ev: newEvents(), known: r.known}
	}
	if !r.loaded {
		r.addrs, r.from, r.next, r.loaded = addrs, from, from, true
	}
	if snap.Number >= r.next {
		if err := r.read(ctx, r.next, snap.Number); err != nil {
			return nil, err
		}
	}
	in, err := r.ev.input(e, set, snap.Number)
	if err != nil {
		return nil, err
	}
	return &Epoch{Input: in, Snapshot: snap, Head: head, Events: r.ev.count}, nil
}

// read decodes the logs of r.addrs in [from, to] with their blocks' times; next becomes to+1.
func (r *Reader) read(ctx context.Context, from, to uint64) error {
	ls, err := logs(ctx, r.src, r.addrs, nil, from, to)
	if err != nil {
		return err
	}
	var nums []uint64
	for i, l := range ls {
		if i == 0 || l.BlockNumber != ls[i-1].BlockNumber {
			nums = append(nums, l.BlockNumber)
		}
	}
	bs, err := r.src.Blocks(ctx, nums)
	if err != nil {
		return err
	}
	for _, l := range ls {
		b, ok := bs[l.BlockNumber]
		if !ok {
			return fmt.Errorf("reading header %d: not found", l.BlockNumber)
		}
		if b.Hash != l.BlockHash.Hex() {
			return fmt.Errorf("a log of block %d names block hash %s, the block's header hashes to %s (a reorg while reading?)",
				l.BlockNumber, l.BlockHash.Hex(), b.Hash)
		}
	}
	for _, l := range ls {
		if err := r.ev.add(l, bs[l.BlockNumber].Time); err != nil {
			*r = Reader{src: r.src, ev: newEvents(), known: r.known} // half a batch decoded: start over next time
			return err
		}
	}
	for _, n := range nums {
		r.remember(bs[n])
	}
	r.next = to + 1
	return nil
}

// bounds returns the tightest known [lo, hi) around end's snapshot: the highest known block with
// time < end (else 0) and the lowest known block with time >= end (else the head).
func (r *Reader) bounds(end int64, head uint64) (lo, hi uint64) {
	hi = head
	i := sort.Search(len(r.known), func(i int) bool { return r.known[i].Time >= end })
	if i > 0 {
		lo = r.known[i-1].Number
	}
	if i < len(r.known) && r.known[i].Number < hi {
		hi = r.known[i].Number
	}
	return lo, hi
}

// remember adds a block to the known headers (kept sorted by number, hence by time).
func (r *Reader) remember(b Block) {
	i := sort.Search(len(r.known), func(i int) bool { return r.known[i].Number >= b.Number })
	if i < len(r.known) && r.known[i].Number == b.Number {
		return
	}
	r.known = slices.Insert(r.known, i, b)
}

// contractsOf is the sorted addresses of a contract set and the lowest start block among them.
func contractsOf(set map[string]config.Contract) ([]common.Address, uint64) {
	var addrs []common.Address
	from := uint64(0)
	first := true
	for _, c := range set {
		if !slices.Contains(addrs, c.Address) {
			addrs = append(addrs, c.Address)
		}
		if first || c.StartBlock < from {
			from, first = c.StartBlock, false
		}
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return a.Cmp(b) })
	return addrs, from
}
