package settlement

import (
	"context"
	"errors"
	"testing"

	"github.com/covey-labs/covey/internal/pgtest"
)

// An epoch whose snapshot covers a protocol log the indexer could not decode is not settled: its
// input would be incomplete, and money computed from it could be wrong. A log after the snapshot
// does not block it.
func TestSettleRefusesUndecodableLogsBeforeSnapshot(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	f := newFixture(t, pool)
	s := newSettler(t, pool, t.TempDir())
	f.epochActivity(0)
	f.head(testGenesis + testL + 61)

	var snapshot int64
	if err := pool.QueryRow(ctx, `SELECT max(number) FROM blocks WHERE time < $1`, testGenesis+testL).Scan(&snapshot); err != nil {
		t.Fatal(err)
	}
	record := func(block int64) {
		t.Helper()
		if _, err := pool.Exec(ctx, `INSERT INTO undecodable_logs (chain_id, block_number, log_index, tx_hash, address, event, error)
			VALUES ($1, $2, 0, $3, $4, 'Staked', 'length insufficient')`, testChain, block, hash(block), addr(1)); err != nil {
			t.Fatal(err)
		}
	}
	record(snapshot + 1) // after the snapshot: irrelevant to epoch 0
	record(snapshot)
	if _, err := s.Settle(ctx, 0); !errors.Is(err, ErrUndecodableLogs) {
		t.Fatalf("settling over an undecodable log: want ErrUndecodableLogs, got %v", err)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM settlement_epochs`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d epochs stored (err %v)", n, err)
	}
	if _, err := pool.Exec(ctx, `DELETE FROM undecodable_logs WHERE block_number = $1`, snapshot); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Settle(ctx, 0); err != nil {
		t.Fatalf("with only a later undecodable log: %v", err)
	}
}
