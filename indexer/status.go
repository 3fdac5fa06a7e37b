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
	ChainID          int64  `json:"chain_id"`
	Head             uint64 `json:"head"`
	Safe             uint64 `json:"safe"`
	Finalized        uint64 `json:"finalized"`
	IndexedBlock     uint64 `json:"indexed_block"`
	IndexedBlockHash string `json:"indexed_block_hash"`
	LogsTotal        int64  `json:"logs_total"`
	// Events counts every event of the protocol contracts' ABIs, by name: from its ev_ table, or from raw_logs
	// (by topic0) for an event without a table of its own. An event never emitted counts 0.
	Events     map[string]int64 `json:"events"`
	LagBlocks  uint64           `json:"lag_blocks"`
	LagSeconds int64            `json:"lag_seconds"`
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
		s.IndexedBlockHash = hexutil.Encode(cur.hash[:])
	}
	if err := pool.QueryRow(ctx, "SELECT count(*) FROM raw_logs WHERE chain_id = $1", s.ChainID).Scan(&s.LogsTotal); err != nil {
		return s, fmt.Errorf("counting logs: %w", err)
	}
	all, err := DefaultRegistry()
	if err != nil {
		return s, err
	}
	if s.Events, err = countEvents(ctx, pool, s.ChainID, all); err != nil {
		return s, err
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

// countEvents counts every event of all: the ones with a table in their table, the others in raw_logs, where
// the indexer keeps every fetched log.
func countEvents(ctx context.Context, db DBTX, chainID int64, all *Registry) (map[string]int64, error) {
	reg, err := all.bind(ctx, db)
	if err != nil {
		return nil, err
	}
	out := map[string]int64{}
	var rawOnly []string
	byTopic := map[string]string{}
	for _, e := range all.Events() {
		if _, ok := reg.Lookup(e.ID); ok {
			var n int64
			if err := db.QueryRow(ctx, fmt.Sprintf("SELECT count(*) FROM %s WHERE chain_id = $1", ident(e.Table)), chainID).Scan(&n); err != nil {
				return nil, fmt.Errorf("counting %s: %w", e.Table, err)
			}
			out[e.Name] = n
			continue
		}
		out[e.Name] = 0
		t := hexutil.Encode(e.ID[:])
		rawOnly, byTopic[t] = append(rawOnly, t), e.Name
	}
	if len(rawOnly) == 0 {
		return out, nil
	}
	rows, err := db.Query(ctx, "SELECT topic0, count(*) FROM raw_logs WHERE chain_id = $1 AND topic0 = ANY($2) GROUP BY topic0", chainID, rawOnly)
	if err != nil {
		return nil, fmt.Errorf("counting events without a table: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		var n int64
		if err := rows.Scan(&t, &n); err != nil {
			return nil, fmt.Errorf("counting events without a table: %w", err)
		}
		out[byTopic[t]] = n
	}
	return out, rows.Err()
}
