// Package sql holds covey's Postgres schema as versioned goose migrations, embedded in the
// binary so that `covey migrate` and every service start-up bring any database to the same shape.
package sql

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migrationLockID is the Postgres advisory lock goose holds while migrating, so that several
// covey processes starting at once apply each migration exactly once.
const migrationLockID = 0x636f766579 // "covey"

// Migrate applies every pending migration under a session advisory lock. It is safe to call
// concurrently from several processes: one migrates, the others wait and then find nothing to do.
func Migrate(ctx context.Context, pool *pgxpool.Pool) error {
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close()
	return migrateDB(ctx, db)
}

func migrateDB(ctx context.Context, db *sql.DB) error {
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockID(migrationLockID))
	if err != nil {
		return fmt.Errorf("creating migration lock: %w", err)
	}
	// Each component numbers its migrations in its own range (indexer 1–99, settlement 100–199, …), so
	// a new indexer migration can be lower than one already applied: apply it rather than refuse.
	p, err := goose.NewProvider(goose.DialectPostgres, db, mustSub(), goose.WithSessionLocker(locker), goose.WithAllowOutofOrder(true))
	if err != nil {
		return fmt.Errorf("loading migrations: %w", err)
	}
	pending, err := p.HasPending(ctx)
	if err != nil {
		return fmt.Errorf("checking for pending migrations: %w", err)
	}
	if pending {
		if err := buildDeferred(ctx, db); err != nil {
			return err
		}
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("applying migrations: %w", err)
	}
	return nil
}

// buildDeferred builds the indexes a backfill dropped and has not built again yet (deferred_indexes,
// see indexer/deferred.go) before a migration runs: the migration may refer to one of them, or drop a
// column one of them needs, and the schema it expects has them.
func buildDeferred(ctx context.Context, db *sql.DB) error {
	var exists bool
	if err := db.QueryRowContext(ctx, "SELECT to_regclass('deferred_indexes') IS NOT NULL").Scan(&exists); err != nil {
		return fmt.Errorf("looking for deferred indexes: %w", err)
	}
	if !exists {
		return nil
	}
	rows, err := db.QueryContext(ctx, "SELECT name FROM deferred_indexes ORDER BY name")
	if err != nil {
		return fmt.Errorf("listing deferred indexes: %w", err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, n := range names {
		if err := buildOneDeferred(ctx, db, n); err != nil {
			return fmt.Errorf("building deferred index %s before migrating: %w", n, err)
		}
	}
	return nil
}

func buildOneDeferred(ctx context.Context, db *sql.DB, name string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	var def string
	err = tx.QueryRowContext(ctx, "SELECT definition FROM deferred_indexes WHERE name = $1 FOR UPDATE", name).Scan(&def)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // built meanwhile by the indexer
	}
	if err != nil {
		return err
	}
	if rest, ok := strings.CutPrefix(def, "CREATE INDEX "); ok && !strings.HasPrefix(rest, "IF NOT EXISTS ") {
		def = "CREATE INDEX IF NOT EXISTS " + rest
	}
	if _, err := tx.ExecContext(ctx, def); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM deferred_indexes WHERE name = $1", name); err != nil {
		return err
	}
	return tx.Commit()
}

// Version reports the highest applied migration, for `covey status` and readiness checks.
func Version(ctx context.Context, pool *pgxpool.Pool) (int64, error) {
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, db, mustSub())
	if err != nil {
		return 0, fmt.Errorf("loading migrations: %w", err)
	}
	v, err := p.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("reading schema version: %w", err)
	}
	return v, nil
}

func mustSub() fs.FS {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		panic(err) // the embedded directory is fixed at build time
	}
	return sub
}
