// Package synthchain serves a deterministic synthetic chain over JSON-RPC: blocks whose hashes link,
// headers with a true logsBloom, and the protocol's events (bench/workload's generator and encoding, at
// the workload's fixed protocol addresses), each block generated on the fly from (seed, number). It
// answers what covey's indexer asks of a node (eth_chainId, eth_blockNumber, eth_getBlockByNumber and
// ByHash, eth_getLogs with address and topic filters, eth_getCode, batches), with memory that does not
// grow with the chain: backfill can be measured at sizes an in-memory anvil cannot hold (2 GB a million
// events). It is a benchmark source, not a node: there are no transactions, receipts or state.
package synthchain

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/covey-labs/covey/bench/workload"
)

// Chain is the synthetic chain of one workload spec: block 0 is genesis, block StartBlock (1) the
// "deployment", events fill StartBlock+1 .. LastEventBlock, then TrailingBlocks empty blocks up to Head.
type Chain struct {
	src  *workload.BlockSource
	seed uint64
	head uint64

	// pub is the publication Publish put in the first trailing block (nil: none).
	pub *publication

	mu     sync.Mutex
	blooms map[uint64]*types.Bloom // blocks already generated (bounded: bloomCacheSize)
	// fixed holds the bloom bits of the values every block repeats (addresses, topic0): an OR instead
	// of a keccak each time (a third of the generation's CPU otherwise).
	fixed sync.Map // common.Hash → *types.Bloom
}

// bloomCacheSize bounds the blooms kept so a header does not regenerate the block its logs were just
// served from (about 300 bytes each: 20 MB at most).
const bloomCacheSize = 1 << 16

// New prepares the chain of spec (defaults filled in), reading the ABIs from the repository root repo.
func New(repo string, spec workload.Spec) (*Chain, error) {
	src, err := workload.NewBlockSource(repo, spec, 1)
	if err != nil {
		return nil, err
	}
	s := src.Spec()
	return &Chain{src: src, seed: s.Seed, head: src.LastEventBlock() + uint64(s.TrailingBlocks), blooms: map[uint64]*types.Bloom{}}, nil
}

// Spec is the workload spec the chain serves.
func (c *Chain) Spec() workload.Spec { return c.src.Spec() }

// Head is the last block; StartBlock the block before the first event; LastEventBlock the last with events.
func (c *Chain) Head() uint64           { return c.head }
func (c *Chain) StartBlock() uint64     { return c.src.StartBlock() }
func (c *Chain) LastEventBlock() uint64 { return c.src.LastEventBlock() }

// Events is the number of events the chain holds (all contracts, the publication's included).
func (c *Chain) Events() int {
	if c.pub != nil {
		return c.src.Spec().Events + len(c.pub.events)
	}
	return c.src.Spec().Events
}

// Workload describes the chain as a bench workload (no state file: it is served, not loaded), so the
// bench runner can write covey's config for it like for an anvil workload.
func (c *Chain) Workload() *workload.Workload {
	s := c.src.Spec()
	return &workload.Workload{
		Name: fmt.Sprintf("synthetic-%d-seed-%d", s.Events, s.Seed), GeneratorVersion: workload.GeneratorVersion, Spec: s,
		ChainID: workload.ChainID, Contracts: c.src.Contracts(), StartBlock: c.StartBlock(), LastEventBlock: c.LastEventBlock(),
		Head: c.head, HeadHash: c.Hash(c.head).Hex(), Blocks: int(c.head), Events: s.Events,
	}
}

// publication is one block's RootProposed and RootAccepted (Publish).
type publication struct {
	block  uint64
	events []workload.BlockEvent
}

// Publish makes the first block after the events propose and accept root (the distributor's
// RootProposed and RootAccepted, total cumulative amount total) for a new epoch, and returns that
// block and the epoch (the first id of the block's range, above every epoch of the blocks before).
// The root is a real tree's, over leaves the caller stores as settlement would, so the indexed
// chain has an accepted root claims are served against. Call it before serving the chain.
func (c *Chain) Publish(root common.Hash, total *big.Int) (block, epoch uint64, err error) {
	n := c.LastEventBlock() + 1
	if n > c.head {
		return 0, 0, fmt.Errorf("publish: the chain has no block after its events (trailing blocks: 0)")
	}
	epoch = n*uint64(max(1000, c.src.Spec().EventsPerBlock+2)) + 1
	evs, err := c.src.Publication(epoch, root, total, workload.Genesis+c.src.Spec().BlockTime*n)
	if err != nil {
		return 0, 0, err
	}
	c.pub = &publication{block: n, events: evs}
	return n, epoch, nil
}

// lastLogBlock is the last block with logs: the publication's, or the last with events.
func (c *Chain) lastLogBlock() uint64 {
	if c.pub != nil {
		return c.pub.block
	}
	return c.LastEventBlock()
}

// Hash is block n's hash: a keccak of (seed, n) whose last 8 bytes are n, so eth_getBlockByHash finds
// the block without an index. Hash(n-1) is block n's parent hash: the hashes link.
func (c *Chain) Hash(n uint64) common.Hash {
	var b [24]byte
	copy(b[:8], "synthchn")
	binary.BigEndian.PutUint64(b[8:], c.seed)
	binary.BigEndian.PutUint64(b[16:], n)
	var h common.Hash
	copy(h[:24], crypto.Keccak256(b[:])[:24])
	binary.BigEndian.PutUint64(h[24:], n)
	return h
}

// numberOf is the block a hash names, if it is one of this chain's.
func (c *Chain) numberOf(h common.Hash) (uint64, bool) {
	n := binary.BigEndian.Uint64(h[24:])
	return n, n <= c.head && c.Hash(n) == h
}

// Header is block n's header (nil past the head).
func (c *Chain) Header(n uint64) (*Header, error) {
	if n > c.head {
		return nil, nil
	}
	bloom, err := c.bloom(n)
	if err != nil {
		return nil, err
	}
	h := &Header{Number: n, Hash: c.Hash(n), Time: workload.Genesis + c.src.Spec().BlockTime*n, Bloom: *bloom}
	if n > 0 {
		h.ParentHash = c.Hash(n - 1)
	}
	return h, nil
}

// Header is what the chain says of a block.
type Header struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64
	Bloom      types.Bloom
}

// Log is one log of the chain, as eth_getLogs serves it.
type Log struct {
	Address     common.Address
	Topics      []common.Hash
	Data        []byte
	BlockNumber uint64
	BlockHash   common.Hash
	TxHash      common.Hash
	TxIndex     uint
	Index       uint
}

// Logs are block n's logs in order (none outside the event blocks).
func (c *Chain) Logs(n uint64) ([]Log, error) {
	logs, _, err := c.generate(n)
	return logs, err
}

// generate builds block n's logs and bloom, and keeps the bloom for its header.
func (c *Chain) generate(n uint64) ([]Log, *types.Bloom, error) {
	evs, err := c.src.Block(n)
	if c.pub != nil && n == c.pub.block {
		evs = c.pub.events
	}
	if err != nil || len(evs) == 0 {
		return nil, new(types.Bloom), err
	}
	bh := c.Hash(n)
	out := make([]Log, len(evs))
	var bloom types.Bloom
	var txh common.Hash
	for i, ev := range evs {
		if i == 0 || ev.Tx != evs[i-1].Tx {
			txh = c.txHash(bh, ev.Tx)
		}
		l := Log{Address: ev.Address, Data: ev.Record.Data, BlockNumber: n, BlockHash: bh, TxHash: txh, TxIndex: uint(ev.Tx), Index: uint(i)}
		l.Topics = make([]common.Hash, len(ev.Record.Topics))
		c.addFixed(&bloom, common.BytesToHash(l.Address[:]), l.Address[:])
		for j, t := range ev.Record.Topics {
			l.Topics[j] = t
			if j == 0 {
				c.addFixed(&bloom, t, t[:])
			} else {
				bloom.Add(t[:])
			}
		}
		out[i] = l
	}
	c.keepBloom(n, &bloom)
	return out, &bloom, nil
}

// addFixed adds v (keyed by k) to the bloom b from the bits kept for it.
func (c *Chain) addFixed(b *types.Bloom, k common.Hash, v []byte) {
	bits, ok := c.fixed.Load(k)
	if !ok {
		nb := new(types.Bloom)
		nb.Add(v)
		bits, _ = c.fixed.LoadOrStore(k, nb)
	}
	for i, x := range bits.(*types.Bloom) {
		b[i] |= x
	}
}

func (c *Chain) txHash(block common.Hash, tx int) common.Hash {
	var b [40]byte
	copy(b[:32], block[:])
	binary.BigEndian.PutUint64(b[32:], uint64(tx))
	return crypto.Keccak256Hash(b[:])
}

// bloom is block n's logsBloom: every log's address and topics.
func (c *Chain) bloom(n uint64) (*types.Bloom, error) {
	c.mu.Lock()
	b := c.blooms[n]
	c.mu.Unlock()
	if b != nil {
		return b, nil
	}
	_, b, err := c.generate(n)
	return b, err
}

func (c *Chain) keepBloom(n uint64, b *types.Bloom) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.blooms) >= bloomCacheSize {
		for k := range c.blooms { // drop an arbitrary half: cheap, and the next blocks asked are new ones
			delete(c.blooms, k)
			if len(c.blooms) < bloomCacheSize/2 {
				break
			}
		}
	}
	c.blooms[n] = b
}
