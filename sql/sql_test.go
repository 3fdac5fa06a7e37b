package sql_test

import (
	"context"
	"testing"

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
