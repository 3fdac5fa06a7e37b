package workload

import (
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
)

// BlockSource generates a chain's events block by block, each block on its own from (seed, block
// number), with the generator and encoding of Build: a synthetic chain of any length can then be served
// with memory that does not grow with it (bench/synthchain serves one over JSON-RPC, past the size an
// in-memory anvil holds). Each block's events are a protocol of their own (a fresh model seeded by the
// block, ids in a range of the block's), so a block never refers to state of another block: the chain
// is for indexing and storage measurements, not for recomputing epochs (Build's chain is).
type BlockSource struct {
	spec  Spec
	tmpl  *world
	start uint64
	count uint64 // blocks with events
}

// flTaskBase puts FL Alliance task ids above every Arena task id of a BlockSource chain.
const flTaskBase = 1_000_000_000_000

// NewBlockSource loads the ABIs of spec's contracts (from the repository root repo) and prepares the
// chain whose events fill blocks start+1 .. LastEventBlock, EventsPerBlock each (the last block fewer).
func NewBlockSource(repo string, spec Spec, start uint64) (*BlockSource, error) {
	spec = spec.Defaults()
	if spec.EventsPerBlock <= 0 || spec.EventsPerTx <= 0 {
		return nil, fmt.Errorf("block source: events per block (%d) and per transaction (%d) must be positive", spec.EventsPerBlock, spec.EventsPerTx)
	}
	abis, err := LoadABIs(repo, spec.Contracts)
	if err != nil {
		return nil, err
	}
	addrs := map[string]common.Address{}
	for _, a := range abis {
		addrs[a.Contract] = Addresses[a.Contract]
	}
	per := uint64(spec.EventsPerBlock)
	return &BlockSource{spec: spec, tmpl: newWorld(spec.Seed, spec.Accounts, abis, addrs), start: start,
		count: (uint64(spec.Events) + per - 1) / per}, nil
}

// Spec is the spec the source generates (defaults filled in).
func (s *BlockSource) Spec() Spec { return s.spec }

// StartBlock is the block before the first event block; LastEventBlock the last block with events.
func (s *BlockSource) StartBlock() uint64     { return s.start }
func (s *BlockSource) LastEventBlock() uint64 { return s.start + s.count }

// Contracts are the emitting contracts' addresses by name.
func (s *BlockSource) Contracts() map[string]common.Address {
	out := map[string]common.Address{}
	for _, n := range s.spec.Contracts {
		out[n] = Addresses[n]
	}
	return out
}

// BlockEvent is one event of a block in log order, with the index of the transaction that emits it.
type BlockEvent struct {
	Event
	Address common.Address
	Tx      int
}

// Block returns the events of block number (none outside StartBlock+1 .. LastEventBlock), grouped by
// contract in order of first appearance and split into transactions of at most EventsPerTx events, as
// Build sends them.
func (s *BlockSource) Block(number uint64) ([]BlockEvent, error) {
	if number <= s.start || number > s.LastEventBlock() {
		return nil, nil
	}
	per := uint64(s.spec.EventsPerBlock)
	i := number - s.start // 1-based
	n := per
	if i == s.count {
		n = uint64(s.spec.Events) - per*(s.count-1)
	}
	w := s.blockWorld(number)
	ts := uint64(Genesis) + s.spec.BlockTime*number
	byContract := map[string][]Event{}
	var order []string
	for j := uint64(0); j < n; j++ {
		ev, err := w.next(w.pick(), ts)
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", number, err)
		}
		if _, ok := byContract[ev.Contract]; !ok {
			order = append(order, ev.Contract)
		}
		byContract[ev.Contract] = append(byContract[ev.Contract], ev)
	}
	out := make([]BlockEvent, 0, n)
	tx := 0
	for _, c := range order {
		evs := byContract[c]
		for lo := 0; lo < len(evs); lo += s.spec.EventsPerTx {
			for _, ev := range evs[lo:min(lo+s.spec.EventsPerTx, len(evs))] {
				out = append(out, BlockEvent{Event: ev, Address: Addresses[c], Tx: tx})
			}
			tx++
		}
	}
	return out, nil
}

// blockWorld is a fresh protocol model for block number: the shared accounts and event kinds, an
// empty state, a generator seeded by (seed, number), and ids in the block's own range.
func (s *BlockSource) blockWorld(number uint64) *world {
	t := s.tmpl
	base := number * uint64(max(1000, s.spec.EventsPerBlock+2))
	w := &world{
		rng: rand.New(rand.NewPCG(s.spec.Seed, 1<<63|number)), accounts: t.accounts, kinds: t.kinds, cum: t.cum,
		distributor: t.distributor, treasury: t.treasury, slasher: t.slasher, proposer: t.proposer, guardian: t.guardian,
		nextTask: base + 1, nextFLTask: flTaskBase + base + 1, nextRequest: base, epoch: base, idBase: base,
	}
	w.clearState()
	return w
}

// Publication is the distributor's RootProposed and RootAccepted of (epoch, root, total) at time ts,
// as one transaction's events: a root proposed and accepted in one block. A chain of BlockSource
// blocks carries random roots no tree stands behind; a synthetic chain ends with one publication
// of a real tree so claims can be served over it (bench/synthchain's Publish).
func (s *BlockSource) Publication(epoch uint64, root [32]byte, total *big.Int, ts uint64) ([]BlockEvent, error) {
	w := s.blockWorld(0)
	var out []BlockEvent
	for _, name := range []string{"RootProposed", "RootAccepted"} {
		var k *eventKind
		for _, c := range w.kinds {
			if c.contract == "RewardsDistributor" && c.ev.Name == name {
				k = c
			}
		}
		if k == nil {
			return nil, fmt.Errorf("publication: the workload has no RewardsDistributor.%s", name)
		}
		vals := map[string]any{"epoch": u(epoch), "root": root, "totalCumulative": total, "manifestHash": root, "validAt": ts, "proposer": w.proposer}
		r, err := w.encode(k, vals)
		if err != nil {
			return nil, err
		}
		out = append(out, BlockEvent{Event: Event{Contract: k.contract, Kind: k.Key(), Record: r}, Address: Addresses[k.contract]})
	}
	return out, nil
}
