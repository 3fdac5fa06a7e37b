package indexer

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/chainrpc"
)

// Source is the chain as the indexer reads it, declared where it is consumed (Shovel's Source): a
// *chainrpc.Pool over chain.rpc in production, an in-memory chain in tests (internal/memchain), so the
// loop's rules (reorgs, lagging nodes, shorter chains, finality) can be driven block by block without
// a node. "Endpoints" are the nodes behind it: several RPCs, or one.
type Source interface {
	// Latest is the head: the highest among the endpoints (a lagging one's lower head is no shorter
	// chain).
	Latest(ctx context.Context) (*chainrpc.Header, error)
	// HeaderByTag is the "latest", "safe" or "finalized" block, nil when not served.
	HeaderByTag(ctx context.Context, tag string) (*chainrpc.Header, error)
	// HeaderByNumber is block n, nil when no endpoint has it.
	HeaderByNumber(ctx context.Context, n uint64) (*chainrpc.Header, error)
	// Headers are blocks nums, with a nil entry for a block no endpoint has.
	Headers(ctx context.Context, nums []uint64) (map[uint64]*chainrpc.Header, error)
	// Logs are f's logs over [from, to] in the parts they were answered in, each part with the
	// answering endpoint's header of its last block; r adapts the range (see chainrpc.Ranges).
	Logs(ctx context.Context, from, to uint64, f chainrpc.Filter, r *chainrpc.Ranges) ([]types.Log, []chainrpc.LogPart, error)
	// LogsAt is one answer for [from, to], asked first of endpoint start (mod their number): the
	// logsBloom check asks another endpoint than the first answer's.
	LogsAt(ctx context.Context, start, from, to uint64, f chainrpc.Filter) (*chainrpc.LogsAnswer, error)
	// Poll is every endpoint's hash of block n and its head: reorgs are confirmed, forks judged and
	// shorter chains told from lagging nodes on it.
	Poll(ctx context.Context, n uint64) (*chainrpc.Poll, error)

	// For Check, at start:

	// ChainIDs is every endpoint's chain id (errs[i] when endpoint i did not answer).
	ChainIDs(ctx context.Context) (ids []uint64, errs []error)
	// Code is the code at addr in the latest block.
	Code(ctx context.Context, addr common.Address) ([]byte, error)
	// Endpoints names the endpoints (without secrets).
	Endpoints() []chainrpc.EndpointStatus
}
