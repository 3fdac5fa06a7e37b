package indexer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/internal/notify"
)

// cursor is the last fully indexed block. ok is false before the first batch.
type cursor struct {
	number uint64
	hash   common.Hash
	ok     bool
}

// lockKey serializes indexers of one chain: every batch transaction takes this advisory lock, so two
// processes indexing the same chain into one database never interleave.
func lockKey(chainID int64) int64 { return 0x636f7665790000 ^ chainID }

func readCursor(ctx context.Context, db DBTX, chainID int64) (cursor, error) {
	var n int64
	var h string
	err := db.QueryRow(ctx, "SELECT block_number, block_hash FROM cursors WHERE chain_id = $1", chainID).Scan(&n, &h)
	if errors.Is(err, pgx.ErrNoRows) {
		return cursor{}, nil
	}
	if err != nil {
		return cursor{}, fmt.Errorf("reading cursor: %w", err)
	}
	return cursor{number: uint64(n), hash: common.HexToHash(h), ok: true}, nil
}

// recordHeads stores the heads just read and the database's clock as the chain's row of chain_heads:
// the indexer's heartbeat, written at every poll whether or not a block arrived (and stamped again by
// every batch commit, finishBatch). It is not part of a batch: the API learns the indexer is alive and
// how far the chain is even while a batch is fetched.
func recordHeads(ctx context.Context, db DBTX, chainID int64, hd heads) error {
	_, err := db.Exec(ctx, `INSERT INTO chain_heads (chain_id, number, hash, time, safe, finalized, seen_at)
		VALUES ($1, $2, $3, $4, $5, $6, now())
		ON CONFLICT (chain_id) DO UPDATE SET number = excluded.number, hash = excluded.hash, time = excluded.time,
			safe = excluded.safe, finalized = excluded.finalized, seen_at = excluded.seen_at`,
		chainID, int64(hd.latest), hexutil.Encode(hd.latestHash[:]), int64(hd.latestTime), int64(hd.safe), int64(hd.finalized))
	if err != nil {
		return fmt.Errorf("recording the chain's heads: %w", err)
	}
	return nil
}

// errCursorMoved means another writer advanced or rolled back the cursor since the batch was planned.
var errCursorMoved = errors.New("cursor moved under the batch (another indexer for this chain?)")

// beginBatch opens the batch transaction, takes the chain lock and checks the cursor is still want.
func beginBatch(ctx context.Context, db interface {
	Begin(context.Context) (pgx.Tx, error)
}, chainID int64, want cursor) (pgx.Tx, error) {
	tx, err := db.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("beginning batch: %w", err)
	}
	if err := lockBatch(ctx, tx, chainID, want); err != nil {
		_ = tx.Rollback(context.Background())
		return nil, err
	}
	return tx, nil
}

// lockBatch takes the chain lock inside tx and checks the cursor is still want.
func lockBatch(ctx context.Context, tx DBTX, chainID int64, want cursor) error {
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", lockKey(chainID)); err != nil {
		return fmt.Errorf("locking chain: %w", err)
	}
	got, err := readCursor(ctx, tx, chainID)
	if err != nil {
		return err
	}
	if got != want {
		return errCursorMoved
	}
	return nil
}

func finalityOf(n uint64, h heads) string {
	switch {
	case n <= h.finalized:
		return "finalized"
	case n <= h.safe:
		return "safe"
	}
	return "unsafe"
}

// stageRows writes a batch's rows inside tx: raw_logs, undecodable_logs, the ev_ tables and blocks. Rows
// go in with plain COPY (no staging table, no ON CONFLICT): nothing above the cursor can exist, because
// rows are only ever committed together with the cursor that covers them (finishBatch, under the chain
// lock, after checking the cursor is the one the batch extends) and a rollback deletes everything above
// its new cursor. It runs before the chain lock is taken, so the next batch's rows are written while the
// previous batch commits (Indexer.sync); another writer's uncommitted rows for the same blocks make it
// wait for that writer and fail with a unique violation, which is errCursorMoved.
func (ix *Indexer) stageRows(ctx context.Context, tx pgx.Tx, b *batch, hd heads) error {
	err := ix.copyBatch(ctx, tx, b, hd)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" {
		return fmt.Errorf("%w: %w", errCursorMoved, err)
	}
	return err
}

func (ix *Indexer) copyBatch(ctx context.Context, tx pgx.Tx, b *batch, hd heads) error {
	chain := ix.cfg.Chain.ID
	t0 := time.Now()
	var tRaw, tEvents time.Duration
	defer func() {
		ix.log.Debug("batch rows written", "logs", b.nlogs, "raw", tRaw, "events", tEvents, "total", time.Since(t0))
	}()
	if err := copyRows(ctx, tx, "raw_logs", rawLogColumns, b.raw); err != nil {
		return err
	}
	for _, u := range b.bad {
		ix.log.Error("undecodable protocol log: kept in raw_logs and undecodable_logs, no event row; epochs covering it will not settle",
			"block", u.block, "log_index", u.index, "tx", u.tx, "address", u.address, "event", u.event, "err", u.err)
		ix.m.undecodable.Inc()
		if _, err := tx.Exec(ctx, `INSERT INTO undecodable_logs (chain_id, block_number, log_index, tx_hash, address, event, error)
			VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
			chain, int64(u.block), int64(u.index), hexutil.Encode(u.tx[:]), hexutil.Encode(u.address[:]), u.event, u.err); err != nil {
			return fmt.Errorf("recording undecodable log: %w", err)
		}
	}
	tRaw = time.Since(t0)
	for _, e := range ix.reg.events {
		if err := copyRows(ctx, tx, e.Table, e.CopyColumns(), b.events[e]); err != nil {
			return err
		}
	}
	tEvents = time.Since(t0) - tRaw
	blockRows := make([][]any, 0, len(b.blocks))
	for _, h := range b.blocks {
		blockRows = append(blockRows, []any{chain, int64(h.Number), hexutil.Encode(h.Hash[:]), hexutil.Encode(h.ParentHash[:]), int64(h.Time), finalityOf(uint64(h.Number), hd)})
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"blocks"}, []string{"chain_id", "number", "hash", "parent_hash", "time", "finality"}, pgx.CopyFromRows(blockRows)); err != nil {
		return fmt.Errorf("writing blocks: %w", err)
	}
	return nil
}

// finishBatch completes a staged batch inside tx, which holds the chain lock and has checked the cursor:
// the derived state (unless deferred), the cursor, block promotion and the head notification.
func (ix *Indexer) finishBatch(ctx context.Context, tx pgx.Tx, b *batch, hd heads) error {
	chain := ix.cfg.Chain.ID
	tD := time.Now()
	skip, err := ix.derivedSkipped(ctx, tx)
	if err != nil {
		return err
	}
	for i, d := range derivedTables {
		if skip {
			break
		}
		if _, err := d.applyBatch(ctx, tx, chain, b.derived[i]); err != nil {
			return err
		}
	}
	ix.log.Debug("batch derived state written", "logs", b.nlogs, "skipped", skip, "took", time.Since(tD))
	last := b.last()
	if _, err := tx.Exec(ctx, `INSERT INTO cursors (chain_id, block_number, block_hash, updated_at) VALUES ($1, $2, $3, now())
		ON CONFLICT (chain_id) DO UPDATE SET block_number = excluded.block_number, block_hash = excluded.block_hash, updated_at = now()`,
		chain, int64(b.to), hexutil.Encode(last.Hash[:])); err != nil {
		return fmt.Errorf("advancing cursor: %w", err)
	}
	// A backfill reads the head once and then commits for as long as it takes: each commit is a sign of
	// life too (chain_heads.seen_at, the heartbeat /readyz bounds). clock_timestamp, not now(): this
	// transaction may have begun, staging its rows, before the previous batch committed.
	if _, err := tx.Exec(ctx, `UPDATE chain_heads SET seen_at = clock_timestamp() WHERE chain_id = $1`, chain); err != nil {
		return fmt.Errorf("stamping the heartbeat: %w", err)
	}
	if err := promote(ctx, tx, chain, hd); err != nil {
		return err
	}
	if err := notify.Notify(ctx, tx, notify.Head, headEvent(chain, b.from, b.to, last).Payload()); err != nil {
		return fmt.Errorf("notifying: %w", err)
	}
	return nil
}

// promote marks stored blocks safe/finalized as those heads advance.
func promote(ctx context.Context, db DBTX, chain int64, hd heads) error {
	if hd.finalized > 0 {
		if _, err := db.Exec(ctx, `UPDATE blocks SET finality = 'finalized' WHERE chain_id = $1 AND finality <> 'finalized' AND number <= $2`, chain, int64(hd.finalized)); err != nil {
			return fmt.Errorf("promoting blocks: %w", err)
		}
	}
	if hd.safe > 0 {
		if _, err := db.Exec(ctx, `UPDATE blocks SET finality = 'safe' WHERE chain_id = $1 AND finality = 'unsafe' AND number <= $2`, chain, int64(hd.safe)); err != nil {
			return fmt.Errorf("promoting blocks: %w", err)
		}
	}
	return nil
}

var rawLogColumns = []string{"chain_id", "block_number", "block_hash", "block_time", "tx_hash", "tx_index", "log_index", "address", "topic0", "topic1", "topic2", "topic3", "data"}

// eventTables lists every table a rollback must trim, in deletion order.
func (ix *Indexer) eventTables() []string {
	t := []string{"raw_logs", "undecodable_logs"}
	for _, e := range ix.reg.events {
		t = append(t, e.Table)
	}
	return t
}

// rollbackTo deletes everything above block anc and recomputes derived state, in tx. ancHash is the
// new cursor hash; ancOK false means "before the first indexed block" (the cursor row goes away).
func (ix *Indexer) rollbackTo(ctx context.Context, tx pgx.Tx, anc uint64, ancHash common.Hash, ancOK bool) error {
	chain := ix.cfg.Chain.ID
	for _, t := range ix.eventTables() {
		if _, err := tx.Exec(ctx, fmt.Sprintf("DELETE FROM %s WHERE chain_id = $1 AND block_number > $2", ident(t)), chain, int64(anc)); err != nil {
			return fmt.Errorf("rolling back %s: %w", t, err)
		}
	}
	if _, err := tx.Exec(ctx, "DELETE FROM blocks WHERE chain_id = $1 AND number > $2", chain, int64(anc)); err != nil {
		return fmt.Errorf("rolling back blocks: %w", err)
	}
	for _, d := range derivedTables {
		if err := d.rollback(ctx, tx, chain, anc); err != nil {
			return err
		}
	}
	// Deferred derived state holds nothing above since_block; after this rollback nothing above anc.
	if _, err := tx.Exec(ctx, "UPDATE deferred_derived SET since_block = least(since_block, $2) WHERE chain_id = $1", chain, int64(anc)); err != nil {
		return fmt.Errorf("rolling back deferred derived state: %w", err)
	}
	if !ancOK {
		_, err := tx.Exec(ctx, "DELETE FROM cursors WHERE chain_id = $1", chain)
		return err
	}
	_, err := tx.Exec(ctx, `UPDATE cursors SET block_number = $2, block_hash = $3, updated_at = now() WHERE chain_id = $1`,
		chain, int64(anc), hexutil.Encode(ancHash[:]))
	return err
}

// prune drops stored headers nobody needs any more: finalized, more than reorg_bound below the cursor
// (the ancestor search never looks there) and without logs. It runs when caught up, so the per-block
// headers stored near the head do not accumulate forever.
func (ix *Indexer) prune(ctx context.Context, cur cursor, hd heads) error {
	bound := ix.cfg.Chain.ReorgBound
	if cur.number <= bound || hd.finalized == 0 {
		return nil
	}
	below := min(hd.finalized, cur.number-bound)
	_, err := ix.pool.Exec(ctx, `DELETE FROM blocks b WHERE b.chain_id = $1 AND b.number < $2 AND b.finality = 'finalized'
		AND NOT EXISTS (SELECT 1 FROM raw_logs r WHERE r.chain_id = b.chain_id AND r.block_number = b.number)`, ix.cfg.Chain.ID, int64(below))
	if err != nil {
		return fmt.Errorf("pruning blocks: %w", err)
	}
	return nil
}

// headEvent announces the cursor's block and the first block of the batch that brought it there: on
// Postgres in the batch transaction, on Redis after it.
func headEvent(chain int64, from, block uint64, last *chainrpc.Header) notify.HeadEvent {
	return notify.HeadEvent{ChainID: chain, From: from, Block: block, Hash: hexutil.Encode(last.Hash[:]), Time: uint64(last.Time)}
}
