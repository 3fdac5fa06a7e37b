// Package memchain is an in-memory chain that serves what the indexer reads through its Source
// (indexer.Source; chainrpc's types): blocks of logs a test appends, reorganizes and rolls back, behind
// one or more nodes that may lag behind the chain. The indexer's loop — reorgs, lagging nodes, shorter
// chains, finality tags — can then be driven block by block, without anvil, without timing. Anvil
// remains the reference: this chain answers as a well-behaved node does, and never injects faults.
package memchain

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/covey-labs/covey/chainrpc"
)

// Depths of the "safe" and "finalized" tags below the head, as anvil reports them.
const (
	SafeDepth      = 32
	FinalizedDepth = 64
)

// genesisTime is block 0's timestamp; blocks follow every 2 s.
const genesisTime = 1_700_000_000

// Chain is the chain and its nodes. Safe for concurrent use: the indexer's fetchers read while a test
// appends or reorganizes.
type Chain struct {
	mu     sync.Mutex
	id     uint64
	blocks []block // by number, from the genesis block
	lags   []uint64
	minted uint64 // blocks ever made: salts the hashes, so a replaced block never gets its old hash back
}

type block struct {
	h    chainrpc.Header
	logs []types.Log
}

// New is a chain holding only its genesis block, served by nodes nodes (at least one) that are all
// at its head.
func New(chainID uint64, nodes int) *Chain {
	c := &Chain{id: chainID, lags: make([]uint64, max(1, nodes))}
	c.blocks = []block{c.make(0, common.Hash{}, nil)}
	return c
}

// make builds block n on parent holding logs (only Address, Topics and Data are read from them).
func (c *Chain) make(n uint64, parent common.Hash, logs []types.Log) block {
	c.minted++
	var salt [16]byte
	binary.BigEndian.PutUint64(salt[:8], n)
	binary.BigEndian.PutUint64(salt[8:], c.minted)
	hw := crypto.NewKeccakState()
	hw.Write(parent[:])
	hw.Write(salt[:])
	for _, l := range logs {
		hw.Write(l.Address[:])
		for _, t := range l.Topics {
			hw.Write(t[:])
		}
		hw.Write(l.Data)
	}
	b := block{h: chainrpc.Header{Number: hexutil.Uint64(n), ParentHash: parent, Time: hexutil.Uint64(genesisTime + 2*n)}}
	_, _ = hw.Read(b.h.Hash[:])
	for i, l := range logs {
		tx := crypto.Keccak256Hash(b.h.Hash[:], []byte(fmt.Sprint(i)))
		b.logs = append(b.logs, types.Log{Address: l.Address, Topics: l.Topics, Data: append([]byte{}, l.Data...), BlockNumber: n,
			BlockHash: b.h.Hash, BlockTimestamp: uint64(b.h.Time), TxHash: tx, TxIndex: uint(i), Index: uint(i)})
		b.h.Bloom.Add(l.Address[:])
		for _, t := range l.Topics {
			b.h.Bloom.Add(t[:])
		}
	}
	return b
}

// Mine appends a block holding logs (one transaction each) and returns its number.
func (c *Chain) Mine(logs ...types.Log) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	top := c.blocks[len(c.blocks)-1].h
	c.blocks = append(c.blocks, c.make(uint64(top.Number)+1, top.Hash, logs))
	return uint64(top.Number) + 1
}

// Reorg replaces the last depth blocks by len(blocks) new ones holding those logs: as long as before
// (an ordinary reorg), shorter or longer.
func (c *Chain) Reorg(depth int, blocks ...[]types.Log) {
	c.Rollback(depth)
	for _, logs := range blocks {
		c.Mine(logs...)
	}
}

// Rollback drops the last depth blocks (never the genesis block): a shorter chain.
func (c *Chain) Rollback(depth int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.blocks = c.blocks[:max(1, len(c.blocks)-depth)]
}

// SetLag makes node i serve the chain as it was lag blocks ago: its head is that much lower and it
// lacks the blocks above.
func (c *Chain) SetLag(node int, lag uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lags[node] = lag
}

// Head is the chain's head (what a node without lag serves).
func (c *Chain) Head() chainrpc.Header {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.blocks[len(c.blocks)-1].h
}

// headOf is node i's head number; best the highest among the nodes, and a node that has it. Locked.
func (c *Chain) headOf(i int) uint64 {
	top := uint64(len(c.blocks) - 1)
	return top - min(top, c.lags[i])
}

func (c *Chain) best() (uint64, int) {
	var n uint64
	node := 0
	for i := range c.lags {
		if h := c.headOf(i); h > n {
			n, node = h, i
		}
	}
	return n, node
}

// header is block n as the nodes serve it (nil when none has it). Locked.
func (c *Chain) header(n uint64) *chainrpc.Header {
	if best, _ := c.best(); n > best {
		return nil
	}
	h := c.blocks[n].h
	return &h
}

// Latest is the highest head among the nodes.
func (c *Chain) Latest(ctx context.Context) (*chainrpc.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	best, _ := c.best()
	return c.header(best), nil
}

// HeaderByTag serves "latest", "safe" (SafeDepth below it) and "finalized" (FinalizedDepth below).
func (c *Chain) HeaderByTag(ctx context.Context, tag string) (*chainrpc.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	best, _ := c.best()
	switch tag {
	case "latest":
		return c.header(best), nil
	case "safe":
		return c.header(best - min(best, SafeDepth)), nil
	case "finalized":
		return c.header(best - min(best, FinalizedDepth)), nil
	}
	return nil, fmt.Errorf("memchain: unknown block tag %q", tag)
}

// HeaderByNumber is block n, nil when no node has it.
func (c *Chain) HeaderByNumber(ctx context.Context, n uint64) (*chainrpc.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.header(n), nil
}

// Headers are blocks nums, nil for those no node has.
func (c *Chain) Headers(ctx context.Context, nums []uint64) (map[uint64]*chainrpc.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[uint64]*chainrpc.Header, len(nums))
	for _, n := range nums {
		out[n] = c.header(n)
	}
	return out, nil
}

// LogsAt is f's logs over [from, to] with block to's header, from the node with the highest head;
// chainrpc.ErrLagging when no node has block to.
func (c *Chain) LogsAt(ctx context.Context, start, from, to uint64, f chainrpc.Filter) (*chainrpc.LogsAnswer, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	best, node := c.best()
	if to > best {
		return nil, fmt.Errorf("block %d: %w", to, chainrpc.ErrLagging)
	}
	a := &chainrpc.LogsAnswer{Logs: []types.Log{}, Tip: c.header(to), Endpoint: node}
	for n := from; n <= to; n++ {
		for _, l := range c.blocks[n].logs {
			if matches(f, &l) {
				l.Topics = append([]common.Hash{}, l.Topics...)
				a.Logs = append(a.Logs, l)
			}
		}
	}
	return a, nil
}

// Logs is LogsAt in one part; it tells r the density it saw.
func (c *Chain) Logs(ctx context.Context, from, to uint64, f chainrpc.Filter, r *chainrpc.Ranges) ([]types.Log, []chainrpc.LogPart, error) {
	a, err := c.LogsAt(ctx, 0, from, to, f)
	if err != nil {
		return nil, nil, err
	}
	if r != nil {
		r.Observe(to-from+1, len(a.Logs))
	}
	return a.Logs, []chainrpc.LogPart{{From: from, To: to, Tip: a.Tip, Endpoint: a.Endpoint}}, nil
}

func matches(f chainrpc.Filter, l *types.Log) bool {
	addr := len(f.Addresses) == 0
	for _, a := range f.Addresses {
		addr = addr || a == l.Address
	}
	topic := len(f.Topics) == 0
	for _, t := range f.Topics {
		topic = topic || len(l.Topics) > 0 && l.Topics[0] == t
	}
	return addr && topic
}

// Poll is every node's hash of block n (nil above its head) and its head.
func (c *Chain) Poll(ctx context.Context, n uint64) (*chainrpc.Poll, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := len(c.lags)
	r := &chainrpc.Poll{N: n, Hashes: make([]*common.Hash, k), Heads: make([]uint64, k), Failed: make([]bool, k)}
	for i := range c.lags {
		r.Heads[i] = c.headOf(i)
		if n <= r.Heads[i] {
			h := c.blocks[n].h.Hash
			r.Hashes[i] = &h
		}
	}
	return r, nil
}

// ChainIDs is the chain id, from every node.
func (c *Chain) ChainIDs(ctx context.Context) ([]uint64, []error) {
	ids := make([]uint64, len(c.lags))
	for i := range ids {
		ids[i] = c.id
	}
	return ids, make([]error, len(ids))
}

// Code is one byte of code at every address: every address is a contract here.
func (c *Chain) Code(ctx context.Context, addr common.Address) ([]byte, error) {
	return []byte{0xfe}, nil
}

// Endpoints names the nodes mem0, mem1, ...
func (c *Chain) Endpoints() []chainrpc.EndpointStatus {
	out := make([]chainrpc.EndpointStatus, len(c.lags))
	for i := range out {
		out[i] = chainrpc.EndpointStatus{Name: fmt.Sprintf("mem%d", i)}
	}
	return out
}
