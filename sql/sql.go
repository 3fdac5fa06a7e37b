// Package sql holds covey's Postgres schema as versioned goose migrations, embedded in the
// binary so that `covey migrate` and every service start-up bring any database to the same shape.
package sql

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"

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
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("applying migrations: %w", err)
	}
	return nil
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
