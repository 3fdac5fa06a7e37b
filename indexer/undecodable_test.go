package indexer

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/internal/pgtest"
)

// A log whose topic0 names a protocol event but whose data does not fit it must neither stop the
// indexer (every later event would be withheld) nor vanish: it stays in raw_logs, is recorded in
// undecodable_logs, and everything around it is indexed.
func TestUndecodableLogIsRecordedAndIndexingGoesOn(t *testing.T) {
	c := startAnvil(t)
	a := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	good1 := c.event("Staked", a, big.NewInt(1), uint8(1), big.NewInt(5), big.NewInt(5))
	bad := c.event("Staked", a, big.NewInt(1), uint8(1), big.NewInt(6), big.NewInt(11))
	bad.data = bad.data[:len(bad.data)-32] // one word short
	good2 := c.event("Staked", a, big.NewInt(1), uint8(1), big.NewInt(7), big.NewInt(18))
	c.emit(good1)
	snap := c.snapshot()
	c.emit(bad)
	c.emit(good2)
	pool := pgtest.New(t)
	cfg := testConfig(c)
	syncIndex(t, cfg, pool)

	ctx := context.Background()
	if n := countRows(t, pool, "ev_staked"); n != 2 {
		t.Fatalf("ev_staked has %d rows, want the 2 decodable ones", n)
	}
	var event, msg string
	var block int64
	if err := pool.QueryRow(ctx, `SELECT block_number, event, error FROM undecodable_logs`).Scan(&block, &event, &msg); err != nil {
		t.Fatalf("undecodable log not recorded: %v", err)
	}
	if event != "Staked" || msg == "" {
		t.Fatalf("recorded %q %q", event, msg)
	}
	var raw int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM raw_logs WHERE block_number = $1`, block).Scan(&raw); err != nil || raw != 1 {
		t.Fatalf("raw log of block %d: %d rows, err %v", block, raw, err)
	}
	var stake string
	if err := pool.QueryRow(ctx, `SELECT amount::text FROM stake_current WHERE account = $1`, "0x00000000000000000000000000000000000000aa").Scan(&stake); err != nil || stake != "18" {
		t.Fatalf("derived stake %q (err %v), want 18 from the last decodable event", stake, err)
	}
	// A reorg that removes the bad log's block removes its record with everything else of that block.
	c.revert(snap)
	c.mine(4)
	syncIndex(t, cfg, pool)
	if n := countRows(t, pool, "undecodable_logs"); n != 0 {
		t.Fatalf("%d undecodable rows survive a reorg that removed their block", n)
	}
	if n := countRows(t, pool, "ev_staked"); n != 1 {
		t.Fatalf("after the reorg ev_staked has %d rows, want 1", n)
	}
}
