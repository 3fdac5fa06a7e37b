package indexer

import (
	"context"
	"testing"

	"github.com/covey-labs/covey/internal/pgtest"
)

// TestIsReadOnly: a write refused by a read-only transaction (what a standby or
// default_transaction_read_only gives every write of the indexer) is recognised, so the step-failure
// log says so at ERROR instead of a generic retry warning; other errors are not.
func TestIsReadOnly(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	tx, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SET TRANSACTION READ ONLY`); err != nil {
		t.Fatal(err)
	}
	_, err = tx.Exec(ctx, `CREATE TABLE readonly_probe (x int)`)
	if err == nil {
		t.Fatal("a read-only transaction accepted a write")
	}
	if !isReadOnly(err) || isDiskFull(err) {
		t.Errorf("isReadOnly(%v) = %v, isDiskFull = %v; want true, false", err, isReadOnly(err), isDiskFull(err))
	}
	_, err = pool.Exec(ctx, `SELECT 1/0`)
	if err == nil || isReadOnly(err) {
		t.Errorf("isReadOnly(%v) = true for a division by zero", err)
	}
}
