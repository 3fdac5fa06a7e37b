package sql_test

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/internal/pgtest"
	coveysql "github.com/covey-labs/covey/sql"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// A database migrated before a lower-numbered migration existed (each component numbers in its own
// range) must take that migration on the next start, not refuse to start.
func TestMigrateAppliesALowerMigrationAddedLater(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t) // fully migrated
	if _, err := pool.Exec(ctx, `DROP TABLE undecodable_logs; DELETE FROM goose_db_version WHERE version_id = 5`); err != nil {
		t.Fatal(err)
	}
	if err := coveysql.Migrate(ctx, pool); err != nil {
		t.Fatalf("migrating with a missing lower migration: %v", err)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM undecodable_logs`).Scan(&n); err != nil {
		t.Fatalf("the lower migration was not applied: %v", err)
	}
	// Concurrent starts: every process migrates under the advisory lock; none fails.
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() { errs <- coveysql.Migrate(ctx, pool) }()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// An index a backfill dropped (listed in deferred_indexes, indexer/deferred.go) is built before
// pending migrations run: a migration may refer to it.
func TestMigrateBuildsDeferredIndexesFirst(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	const idx = "ev_staked_account_block"
	var def string
	if err := pool.QueryRow(ctx, `SELECT pg_get_indexdef(to_regclass($1))`, idx).Scan(&def); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO deferred_indexes (name, table_name, definition) VALUES ($1, 'ev_staked', $2)`, idx, def); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `DROP INDEX `+idx); err != nil {
		t.Fatal(err)
	}
	// Nothing pending: nothing is built (that is the indexer's job once caught up).
	if err := coveysql.Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	var exists bool
	if err := pool.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, idx).Scan(&exists); err != nil || exists {
		t.Fatalf("index built with no migration pending (exists %v, err %v)", exists, err)
	}
	if _, err := pool.Exec(ctx, `DROP TABLE undecodable_logs; DELETE FROM goose_db_version WHERE version_id = 5`); err != nil {
		t.Fatal(err)
	}
	if err := coveysql.Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	var got string
	var listed int
	if err := pool.QueryRow(ctx, `SELECT coalesce(pg_get_indexdef(to_regclass($1)), ''), (SELECT count(*) FROM deferred_indexes)`, idx).Scan(&got, &listed); err != nil {
		t.Fatal(err)
	}
	if got != def || listed != 0 {
		t.Errorf("after migrating: index %q (want %q), %d still listed", got, def, listed)
	}
}

// Every text column compares bytewise (00900_bytewise_text.sql): a table added by a later migration
// without COLLATE "C" would sort and index its hex through strcoll again, and comparing it with a
// bytewise column under another non-default collation would be an error.
func TestEveryTextColumnIsBytewise(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	rows, err := pool.Query(ctx, `SELECT c.relname || '.' || a.attname
		FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v') AND a.attnum > 0 AND NOT a.attisdropped
		  AND a.atttypid = 'text'::regtype AND a.attcollation <> 'pg_catalog."C"'::regcollation
		ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	cols, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) > 0 {
		t.Fatalf("text columns without COLLATE \"C\": %v", cols)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.atttypid = 'text'::regtype`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n < 100 {
		t.Fatalf("only %d text columns in the schema: the check looked in the wrong place", n)
	}
}
