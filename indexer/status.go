package indexer

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/chainrpc"
)

// StatusReport is what `covey status` prints: where the chain is, where the index is, what it holds.
type StatusReport struct {
	ChainID          int64            `json:"chain_id"`
	Head             uint64           `json:"head"`
	Safe             uint64           `json:"safe"`
	Finalized        uint64           `json:"finalized"`
	IndexedBlock     uint64           `json:"indexed_block"`
	IndexedBlockHash string           `json:"indexed_block_hash"`
	LogsTotal        int64            `json:"logs_total"`
	Events           map[string]int64 `json:"events"`
	LagBlocks        uint64           `json:"lag_blocks"`
	LagSeconds       int64            `json:"lag_seconds"`
	// DeferredIndexes counts the secondary indexes a backfill dropped and has not built again yet
	// (deferred.go): until it is 0 the API answers correctly but slowly, so the indexer is not ready.
	DeferredIndexes int64 `json:"deferred_indexes"`
	// DerivedDeferred is true while a backfill leaves the derived tables to be folded in once caught
	// up (deferred.go): the API then answers from the events, and the indexer is not ready.
	DerivedDeferred bool `json:"derived_deferred"`
}

// Status reports the index against the chain. client may be nil (no head, no lag); with a client, the
// chain id comes from it, else from the only cursor in the database.
func Status(ctx context.Context, pool *pgxpool.Pool, client *rpc.Client) (StatusReport, error) {
	var s StatusReport
	s.Events = map[string]int64{}
	var headTime uint64
	if client != nil {
		var id hexutil.Uint64
		if err := client.CallContext(ctx, &id, "eth_chainId"); err != nil {
			return s, fmt.Errorf("reading chain id: %w", err)
		}
		s.ChainID = int64(id)
		for _, tag := range []string{"latest", "safe", "finalized"} {
			var h *chainrpc.Header
			if err := client.CallContext(ctx, &h, "eth_getBlockByNumber", tag, false); err != nil || h == nil {
				continue
			}
			switch tag {
			case "latest":
				s.Head, headTime = uint64(h.Number), uint64(h.Time)
			case "safe":
				s.Safe = uint64(h.Number)
			case "finalized":
				s.Finalized = uint64(h.Number)
			}
		}
	} else {
		err := pool.QueryRow(ctx, "SELECT chain_id FROM cursors ORDER BY chain_id LIMIT 1").Scan(&s.ChainID)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return s, fmt.Errorf("reading cursor: %w", err)
		}
	}
	cur, err := readCursor(ctx, pool, s.ChainID)
	if err != nil {
		return s, err
	}
	if cur.ok {
		s.IndexedBlock = cur.number
		s.IndexedBlockHash = hexLower(cur.hash[:])
	}
	if err := pool.QueryRow(ctx, "SELECT count(*) FROM raw_logs WHERE chain_id = $1", s.ChainID).Scan(&s.LogsTotal); err != nil {
		return s, fmt.Errorf("counting logs: %w", err)
	}
	all, err := DefaultRegistry()
	if err != nil {
		return s, err
	}
	reg, err := all.bind(ctx, pool)
	if err != nil {
		return s, err
	}
	for _, e := range reg.Events() {
		var n int64
		if err := pool.QueryRow(ctx, fmt.Sprintf("SELECT count(*) FROM %s WHERE chain_id = $1", ident(e.Table)), s.ChainID).Scan(&n); err != nil {
			return s, fmt.Errorf("counting %s: %w", e.Table, err)
		}
		s.Events[e.Name] = n
	}
	if err := pool.QueryRow(ctx, "SELECT count(*) FROM deferred_indexes").Scan(&s.DeferredIndexes); err != nil {
		return s, fmt.Errorf("counting deferred indexes: %w", err)
	}
	if err := pool.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM deferred_derived WHERE chain_id = $1)", s.ChainID).Scan(&s.DerivedDeferred); err != nil {
		return s, fmt.Errorf("reading deferred derived state: %w", err)
	}
	if s.Head > s.IndexedBlock {
		s.LagBlocks = s.Head - s.IndexedBlock
	}
	if cur.ok && headTime > 0 {
		var t int64
		if err := pool.QueryRow(ctx, "SELECT time FROM blocks WHERE chain_id = $1 AND number = $2", s.ChainID, int64(cur.number)).Scan(&t); err == nil {
			s.LagSeconds = max(0, int64(headTime)-t)
		}
	}
	return s, nil
}
