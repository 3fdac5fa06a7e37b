package indexer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// Deferred indexes. Inserting a row into a table with secondary indexes inserts into every index, at a
// random place for hex-text keys: during a backfill that was about 45% of Postgres's CPU, and Postgres
// (one writing connection, the batches applied in order) is what bounds backfill speed. So a backfill
// of many logs drops the secondary indexes of the tables it writes (the event tables and the derived
// tables; never a primary key, a unique index or one backing a constraint) and builds them again, each
// with one sort, once it has caught up.
//
// Nothing else changes meaning: every query the API and settlement run still returns the same rows
// while the indexes are missing, only slower (settlement reads by primary key), and readiness
// (StatusReport.DeferredIndexes) stays false until they are back. Each index is dropped in the same
// transaction that records its definition in deferred_indexes and created in the one that deletes the
// record, so a kill at any moment leaves the list exact; the next catch-up builds whatever is listed,
// and sql.Migrate builds it before applying a migration (which might refer to it).

// Deferred derived state. The derived tables' upserts (derived.go: the latest event per key, one
// upsert per table and batch) were about a third of the writing connection's time in a backfill, for
// rows most of which the next batches overwrite. The same backfill that defers the indexes records in
// deferred_derived the block through which the derived tables are exact, its batches skip the upserts,
// and on catching up one INSERT ... SELECT per table folds in every event above that block, in the
// transaction that deletes the record. A batch decides inside its own transaction, under the chain's
// advisory lock, so every event is folded exactly once whoever writes it (another indexer process
// keeps upserting: rows only move forward, which is harmless). While the record exists the API reads
// stakes, delegations, reward shares and claimed totals from the events themselves: same answers,
// slower (graphql/state.go), and the indexer is not ready.

// defaultDeferMinLogs is the size of backfill (estimated logs to go) from which the indexes are
// deferred; below it the rebuild would cost about what it saves.
const defaultDeferMinLogs = 250_000

// WithDeferIndexes sets how many logs a backfill must be estimated to hold before the secondary
// indexes are dropped for it and built once caught up (default 250,000; 0 disables deferral).
func WithDeferIndexes(minLogs int) Option { return func(o *options) { o.deferMinLogs = minLogs } }

// deferTables are the tables whose secondary indexes a backfill may defer: the ones it writes per log.
func (ix *Indexer) deferTables() []string {
	t := make([]string, 0, len(ix.reg.events)+len(derivedTables))
	for _, e := range ix.reg.events {
		t = append(t, e.Table)
	}
	for _, d := range derivedTables {
		t = append(t, d.table)
	}
	return t
}

// maybeDefer drops the secondary indexes when the sync ahead, estimated from the density of the logs
// fetched so far (logs in blocks), is large and at least twice the logs already stored (rebuilding
// indexes costs in proportion to everything stored). Failure only costs speed: it is logged.
func (ix *Indexer) maybeDefer(ctx context.Context, logs, blocks, ahead uint64) {
	if ix.opts.deferMinLogs <= 0 || blocks == 0 {
		return
	}
	est := float64(logs) / float64(blocks) * float64(ahead)
	ix.log.Debug("estimating the backfill", "logs", logs, "blocks", blocks, "ahead", ahead, "estimated_logs", int64(est))
	if est < float64(ix.opts.deferMinLogs) {
		return
	}
	var stored int64
	if err := ix.pool.QueryRow(ctx, `SELECT coalesce((SELECT n_live_tup FROM pg_stat_user_tables WHERE relid = to_regclass('raw_logs')), 0)`).Scan(&stored); err != nil {
		ix.log.Warn("deciding whether to defer indexes", "err", err)
		return
	}
	if est < 2*float64(stored) {
		return
	}
	if err := ix.deferDerived(ctx); err != nil {
		ix.log.Warn("deferring derived state for the backfill (continuing to maintain it)", "err", err)
	}
	n, err := deferIndexes(ctx, ix.pool, ix.deferTables())
	if err != nil {
		ix.log.Warn("deferring secondary indexes for the backfill (continuing with them)", "err", err)
		return
	}
	if n > 0 {
		ix.deferred = true
		ix.log.Info("secondary indexes dropped for the backfill; they are built again once caught up", "indexes", n, "estimated_logs", int64(est))
	}
}

// deferDerived records that the derived tables are exact through the current cursor and that the
// batches after it leave them alone (kept as it is when already recorded: its block is older).
func (ix *Indexer) deferDerived(ctx context.Context) error {
	chain := ix.cfg.Chain.ID
	tx, err := ix.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(context.Background()) }()
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", lockKey(chain)); err != nil {
		return fmt.Errorf("locking chain: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO deferred_derived (chain_id, since_block)
		SELECT $1, coalesce((SELECT block_number FROM cursors WHERE chain_id = $1), -1)
		ON CONFLICT (chain_id) DO NOTHING`, chain); err != nil {
		return fmt.Errorf("recording deferred derived state: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	ix.derivedDeferred = true
	return nil
}

// derivedSkipped says, inside a batch's transaction (which holds the chain lock), whether the batch
// leaves the derived tables to restoreDerived. Only asked while this process may have deferred them.
func (ix *Indexer) derivedSkipped(ctx context.Context, tx DBTX) (bool, error) {
	if !ix.derivedDeferred {
		return false, nil
	}
	var yes bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM deferred_derived WHERE chain_id = $1)", ix.cfg.Chain.ID).Scan(&yes); err != nil {
		return false, fmt.Errorf("reading deferred derived state: %w", err)
	}
	return yes, nil
}

// restoreDerived folds every event above the recorded block into the derived tables and deletes the
// record, in one transaction under the chain lock; a no-op query when nothing is recorded.
func (ix *Indexer) restoreDerived(ctx context.Context) error {
	chain := ix.cfg.Chain.ID
	t0 := time.Now()
	tx, err := ix.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("restoring derived state: %w", err)
	}
	defer func() { _ = tx.Rollback(context.Background()) }()
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", lockKey(chain)); err != nil {
		return fmt.Errorf("locking chain: %w", err)
	}
	var since int64
	err = tx.QueryRow(ctx, "SELECT since_block FROM deferred_derived WHERE chain_id = $1 FOR UPDATE", chain).Scan(&since)
	if errors.Is(err, pgx.ErrNoRows) {
		ix.derivedDeferred = false
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading deferred derived state: %w", err)
	}
	cur, err := readCursor(ctx, tx, chain)
	if err != nil {
		return err
	}
	if cur.ok && int64(cur.number) > since {
		if _, err := tx.Exec(ctx, "SET LOCAL work_mem = '128MB'"); err != nil {
			return err
		}
		for _, d := range derivedTables {
			if err := d.applyRange(ctx, tx, chain, since, int64(cur.number)); err != nil {
				return err
			}
		}
	}
	if _, err := tx.Exec(ctx, "DELETE FROM deferred_derived WHERE chain_id = $1", chain); err != nil {
		return fmt.Errorf("restoring derived state: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("restoring derived state: %w", err)
	}
	ix.derivedDeferred = false
	ix.log.Info("derived state folded in after the backfill", "from_block", since+1, "to_block", cur.number, "took", time.Since(t0).Round(time.Millisecond))
	return nil
}

// deferIndexes drops the secondary indexes of tables, recording each in deferred_indexes, in one
// transaction. It waits at most a few seconds for readers' locks, then gives up (nothing changed).
func deferIndexes(ctx context.Context, db interface {
	Begin(context.Context) (pgx.Tx, error)
}, tables []string) (int, error) {
	tx, err := db.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer func() { _ = tx.Rollback(context.Background()) }()
	if _, err := tx.Exec(ctx, "SET LOCAL lock_timeout = '3s'"); err != nil {
		return 0, err
	}
	rows, err := tx.Query(ctx, `SELECT i.indexrelid::regclass::text, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid)
		FROM pg_index i
		WHERE i.indrelid IN (SELECT to_regclass(t) FROM unnest($1::text[]) t)
		  AND NOT i.indisprimary AND NOT i.indisunique AND NOT i.indisexclusion AND i.indisvalid
		  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
		ORDER BY 1`, tables)
	if err != nil {
		return 0, fmt.Errorf("listing secondary indexes: %w", err)
	}
	type idx struct{ name, table, def string }
	var list []idx
	for rows.Next() {
		var x idx
		if err := rows.Scan(&x.name, &x.table, &x.def); err != nil {
			rows.Close()
			return 0, err
		}
		list = append(list, x)
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, x := range list {
		if _, err := tx.Exec(ctx, `INSERT INTO deferred_indexes (name, table_name, definition) VALUES ($1, $2, $3)
			ON CONFLICT (name) DO UPDATE SET table_name = excluded.table_name, definition = excluded.definition`, x.name, x.table, x.def); err != nil {
			return 0, fmt.Errorf("recording index %s: %w", x.name, err)
		}
		if _, err := tx.Exec(ctx, "DROP INDEX "+x.name); err != nil { // x.name is regclass output: quoted as needed
			return 0, fmt.Errorf("dropping index %s: %w", x.name, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, err
	}
	return len(list), nil
}

// restoreAfterBackfill puts back what a backfill deferred, once caught up: it folds the derived state
// in while the event tables' indexes are built (two at a time: the machine is otherwise idle then, and
// the fold reads only the event tables) and then analyzed (analyzeAfterBulk's work, done here so it
// fills the core the fold leaves idle), then builds and analyzes the derived tables, whose indexes must
// wait for their rows. Every part commits with its own record, so a failure is retried by the next
// catch-up; a failed ANALYZE only costs speed (logged, and retried by analyzeAfterBulk).
func (ix *Indexer) restoreAfterBackfill(ctx context.Context) error {
	t0 := time.Now()
	var foldErr error
	var wg sync.WaitGroup
	if ix.derivedDeferred {
		wg.Add(1)
		go func() {
			defer wg.Done()
			foldErr = ix.restoreDerived(ctx)
		}()
	}
	derived := make([]string, len(derivedTables))
	for i, d := range derivedTables {
		derived[i] = d.table
	}
	var idxErr, anErr error
	if ix.deferred {
		idxErr = ix.restoreDeferred(ctx, derived)
	}
	analyze := ix.unanalyzed >= ix.analyzeMin()
	if analyze && idxErr == nil {
		anErr = ix.analyzeTables(ctx, append(ix.deferTables()[:len(ix.reg.events):len(ix.reg.events)], "blocks"))
	}
	wg.Wait()
	if err := errors.Join(foldErr, idxErr); err != nil {
		return err
	}
	if ix.deferred {
		if err := ix.restoreDeferred(ctx, nil); err != nil {
			return err
		}
	}
	if analyze && anErr == nil {
		anErr = ix.analyzeTables(ctx, derived)
	}
	if analyze {
		if anErr != nil {
			ix.log.Warn("refreshing planner statistics after backfill", "err", anErr)
			return nil
		}
		ix.log.Info("planner statistics refreshed after backfill", "logs", ix.unanalyzed, "tables", len(ix.deferTables())+1, "took", time.Since(t0).Round(time.Millisecond))
		ix.unanalyzed = 0
	}
	return nil
}

// restoreDeferred builds every index listed in deferred_indexes except those of the tables in skip (two
// at a time), each in its own transaction with the deletion of its record. It is a no-op query when
// nothing is listed; with nothing skipped it clears ix.deferred.
func (ix *Indexer) restoreDeferred(ctx context.Context, skip []string) error {
	t0 := time.Now()
	n, err := restoreIndexes(ctx, ix.pool, 2, skip...)
	if n > 0 {
		ix.log.Info("secondary indexes built after the backfill", "indexes", n, "took", time.Since(t0).Round(time.Millisecond))
	}
	if err != nil {
		return fmt.Errorf("building deferred indexes: %w", err)
	}
	if len(skip) == 0 {
		ix.deferred = false
	}
	return nil
}

// restoreIndexes builds the listed indexes with up to parallel connections, largest tables first, except
// those of the tables in skip.
func restoreIndexes(ctx context.Context, db interface {
	DBTX
	Begin(context.Context) (pgx.Tx, error)
}, parallel int, skip ...string) (int, error) {
	rows, err := db.Query(ctx, `SELECT name FROM deferred_indexes WHERE NOT (table_name = ANY($1::text[]))
		ORDER BY coalesce(pg_relation_size(to_regclass(table_name)), 0) DESC, name`, append([]string{}, skip...))
	if err != nil {
		return 0, fmt.Errorf("listing deferred indexes: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return 0, fmt.Errorf("listing deferred indexes: %w", err)
	}
	if len(names) == 0 {
		return 0, nil
	}
	work := make(chan string)
	var (
		mu    sync.Mutex
		errs  []error
		built int
		wg    sync.WaitGroup
	)
	for w := 0; w < max(1, parallel); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range work {
				ok, err := restoreIndex(ctx, db, name)
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else if ok {
					built++
				}
				mu.Unlock()
			}
		}()
	}
	for _, n := range names {
		select {
		case work <- n:
		case <-ctx.Done():
		}
	}
	close(work)
	wg.Wait()
	if ctx.Err() != nil {
		errs = append(errs, ctx.Err())
	}
	return built, errors.Join(errs...)
}

// restoreIndex builds one listed index and deletes its record in one transaction; false when another
// process built it first.
func restoreIndex(ctx context.Context, db interface {
	Begin(context.Context) (pgx.Tx, error)
}, name string) (bool, error) {
	tx, err := db.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer func() { _ = tx.Rollback(context.Background()) }()
	var def string
	err = tx.QueryRow(ctx, "SELECT definition FROM deferred_indexes WHERE name = $1 FOR UPDATE", name).Scan(&def)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("reading deferred index %s: %w", name, err)
	}
	// The sort of a build runs in maintenance_work_mem (Postgres's memory, default 64 MB).
	if _, err := tx.Exec(ctx, "SET LOCAL maintenance_work_mem = '128MB'"); err != nil {
		return false, err
	}
	if _, err := tx.Exec(ctx, ifNotExists(def)); err != nil {
		return false, fmt.Errorf("building index %s: %w", name, err)
	}
	if _, err := tx.Exec(ctx, "DELETE FROM deferred_indexes WHERE name = $1", name); err != nil {
		return false, err
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("building index %s: %w", name, err)
	}
	return true, nil
}

// ifNotExists turns pg_get_indexdef's "CREATE INDEX name ON ..." into "CREATE INDEX IF NOT EXISTS
// name ON ...", so an index somebody already rebuilt is not an error.
func ifNotExists(def string) string {
	for _, p := range []string{"CREATE INDEX ", "CREATE UNIQUE INDEX "} {
		if strings.HasPrefix(def, p) && !strings.HasPrefix(def, p+"IF NOT EXISTS ") {
			return p + "IF NOT EXISTS " + def[len(p):]
		}
	}
	return def
}
