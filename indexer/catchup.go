package indexer

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/chainrpc"
)

// Events new to an index. The indexer asks the node for every event of its registry, but the blocks already
// indexed were fetched by the covey that indexed them, which may have asked for fewer (before 00009 the access-
// control and parameter events were not fetched at all). indexed_events records, per chain, the events whose logs
// every committed block holds; before its first step the indexer fetches each event missing there over the
// blocks already indexed and records it, so the index holds every event from its start block whichever version
// indexed it, with no re-index.

// catchUpChunk is how many blocks one catch-up transaction covers.
const catchUpChunk = 100_000

// catchUpEvents fetches the events indexed_events does not record over [start, cursor] and records them; it
// returns true once there is nothing left to catch up. ErrChainMoved means the indexed blocks are no longer all
// the chain's (a reorg the next step rolls back), errCursorMoved that another indexer moved the cursor: either
// way it is tried again after the step.
func (ix *Indexer) catchUpEvents(ctx context.Context) (bool, error) {
	if ix.caughtUp {
		return true, nil
	}
	chain := ix.cfg.Chain.ID
	rows, err := ix.pool.Query(ctx, "SELECT topic0 FROM indexed_events WHERE chain_id = $1", chain)
	if err != nil {
		return false, fmt.Errorf("reading indexed events: %w", err)
	}
	have, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return false, fmt.Errorf("reading indexed events: %w", err)
	}
	var missing []common.Hash
	for _, t := range ix.topics {
		if !slices.Contains(have, hexutil.Encode(t[:])) {
			missing = append(missing, t)
		}
	}
	if len(missing) == 0 {
		ix.caughtUp = true
		return true, nil
	}
	cur, err := readCursor(ctx, ix.pool, chain)
	if err != nil {
		return false, err
	}
	if cur.ok && cur.number >= ix.start {
		names := ix.eventNames(missing)
		ix.log.Info("fetching events this index did not hold over the blocks already indexed", "events", strings.Join(names, ","),
			"from_block", ix.start, "to_block", cur.number)
		for from := ix.start; from <= cur.number; from += catchUpChunk {
			to := min(from+catchUpChunk-1, cur.number)
			if err := ix.catchUpRange(ctx, cur, from, to, missing); err != nil {
				return false, err
			}
		}
	}
	// Recorded once every chunk is in, under the lock, with the cursor unchanged: a crash before it redoes
	// the catch-up, which replaces what it wrote.
	err = ix.inChainTx(ctx, cur, func(tx pgx.Tx) error {
		for _, t := range missing {
			if _, err := tx.Exec(ctx, "INSERT INTO indexed_events (chain_id, topic0) VALUES ($1, $2) ON CONFLICT DO NOTHING", chain, hexutil.Encode(t[:])); err != nil {
				return fmt.Errorf("recording indexed events: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	ix.caughtUp = true
	return true, nil
}

// catchUpRange fetches the missing events' logs of blocks [from, to] (at or below the cursor cur), checks they
// are the indexed chain's (the cursor block is still the chain's, so is every block below it, and every log's
// block hash is its header's), and replaces the rows of those events in the range with them.
func (ix *Indexer) catchUpRange(ctx context.Context, cur cursor, from, to uint64, missing []common.Hash) error {
	logs, parts, err := ix.src.Logs(ctx, from, to, chainrpc.Filter{Addresses: ix.addrs, Topics: missing}, ix.ranges)
	if err != nil {
		return fmt.Errorf("catching up events: %w", err)
	}
	need := map[uint64]struct{}{from: {}, to: {}, cur.number: {}}
	for i := range logs {
		need[logs[i].BlockNumber] = struct{}{}
	}
	for _, pt := range parts {
		need[pt.To] = struct{}{}
	}
	nums := sortedNumbers(need)
	hs, err := ix.src.Headers(ctx, nums)
	if err != nil {
		return fmt.Errorf("catching up events: reading headers: %w", err)
	}
	for _, n := range nums {
		if hs[n] == nil {
			return fmt.Errorf("catching up events: block %d: %w", n, chainrpc.ErrLagging)
		}
	}
	if hs[cur.number].Hash != cur.hash {
		return fmt.Errorf("catching up events: indexed block %d is no longer the chain's: %w", cur.number, chainrpc.ErrChainMoved)
	}
	for _, pt := range parts {
		if hs[pt.To].Hash != pt.Tip.Hash {
			return fmt.Errorf("catching up events: the logs of blocks up to %d are from another chain: %w", pt.To, chainrpc.ErrChainMoved)
		}
	}
	b, err := ix.buildBatch(from, to, nil, hs, logs) // checks every log's block hash against its header
	if err != nil {
		return fmt.Errorf("catching up events: %w", err)
	}
	hd, err := ix.heads(ctx)
	if err != nil {
		return err
	}
	return ix.inChainTx(ctx, cur, func(tx pgx.Tx) error {
		return ix.replaceEvents(ctx, tx, b, from, to, missing, hs, hd)
	})
}

// replaceEvents writes a catch-up batch in tx: the missing events' raw_logs and ev_ rows of [from, to] are
// replaced (a catch-up redone after a crash writes them again), the headers of their blocks stored, and the
// derived tables they feed folded forward (rows only move forward, so a later event already there stays).
func (ix *Indexer) replaceEvents(ctx context.Context, tx pgx.Tx, b *batch, from, to uint64, missing []common.Hash, hs map[uint64]*chainrpc.Header, hd heads) error {
	chain := ix.cfg.Chain.ID
	topics := make([]string, len(missing))
	var events []*Event
	for i, t := range missing {
		topics[i] = hexutil.Encode(t[:])
		if e, ok := ix.reg.Lookup(t); ok {
			events = append(events, e)
		}
	}
	if _, err := tx.Exec(ctx, "DELETE FROM raw_logs WHERE chain_id = $1 AND block_number BETWEEN $2 AND $3 AND topic0 = ANY($4)",
		chain, int64(from), int64(to), topics); err != nil {
		return fmt.Errorf("catching up events: %w", err)
	}
	for _, e := range events {
		if _, err := tx.Exec(ctx, fmt.Sprintf("DELETE FROM %s WHERE chain_id = $1 AND block_number BETWEEN $2 AND $3", ident(e.Table)),
			chain, int64(from), int64(to)); err != nil {
			return fmt.Errorf("catching up events: %w", err)
		}
	}
	if err := copyRows(ctx, tx, "raw_logs", rawLogColumns, b.raw); err != nil {
		return err
	}
	for _, e := range events {
		if err := copyRows(ctx, tx, e.Table, e.CopyColumns(), b.events[e]); err != nil {
			return err
		}
	}
	for _, u := range b.bad {
		ix.log.Error("undecodable protocol log: kept in raw_logs and undecodable_logs, no event row; epochs covering it will not settle",
			"block", u.block, "log_index", u.index, "tx", u.tx, "address", u.address, "event", u.event, "err", u.err)
		if _, err := tx.Exec(ctx, `INSERT INTO undecodable_logs (chain_id, block_number, log_index, tx_hash, address, event, error)
			VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
			chain, int64(u.block), int64(u.index), hexutil.Encode(u.tx[:]), hexutil.Encode(u.address[:]), u.event, u.err); err != nil {
			return fmt.Errorf("recording undecodable log: %w", err)
		}
	}
	for n, h := range hs {
		if n < from || n > to {
			continue
		}
		if _, err := tx.Exec(ctx, `INSERT INTO blocks (chain_id, number, hash, parent_hash, time, finality) VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT DO NOTHING`, chain, int64(n), hexutil.Encode(h.Hash[:]), hexutil.Encode(h.ParentHash[:]), int64(h.Time), finalityOf(n, hd)); err != nil {
			return fmt.Errorf("catching up events: storing headers: %w", err)
		}
	}
	for _, d := range derivedTables {
		for _, s := range d.sources {
			if slices.ContainsFunc(events, func(e *Event) bool { return e.Table == s.table }) {
				if err := d.applyRange(ctx, tx, chain, int64(from)-1, int64(to)); err != nil {
					return err
				}
				break
			}
		}
	}
	return nil
}

// inChainTx runs f in a transaction holding the chain's advisory lock, after checking the cursor is still cur
// (errCursorMoved otherwise).
func (ix *Indexer) inChainTx(ctx context.Context, cur cursor, f func(pgx.Tx) error) error {
	tx, err := beginBatch(ctx, ix.pool, ix.cfg.Chain.ID, cur)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if err := f(tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// eventNames names topics for the log.
func (ix *Indexer) eventNames(topics []common.Hash) []string {
	out := make([]string, 0, len(topics))
	for _, t := range topics {
		if e, ok := ix.all.Lookup(t); ok {
			out = append(out, e.Name)
		}
	}
	sort.Strings(out)
	return out
}
