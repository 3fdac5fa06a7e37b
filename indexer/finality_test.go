package indexer

import (
	"context"
	"fmt"
	mrand "math/rand/v2"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

func cursorNumber(t *testing.T, pool *pgxpool.Pool) uint64 {
	t.Helper()
	var n int64
	if err := pool.QueryRow(context.Background(), "SELECT block_number FROM cursors").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return uint64(n)
}

func (c *testChain) tag(tag string) uint64 {
	var h *chainrpc.Header
	c.call(&h, "eth_getBlockByNumber", tag, false)
	return uint64(h.Number)
}

// TestFinality: the target head follows chain.finality (anvil: safe = latest-32, finalized = latest-64)
// or latest-confirmations; with follow_unsafe the indexer reaches latest, marks blocks by finality and
// promotes them as the safe and finalized heads advance.
func TestFinality(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(31, 32))
	emitRandom(c, r, 150, 2)
	c.mine(10)
	for _, tc := range []struct {
		finality string
		conf     uint64
		want     func() uint64
	}{
		{config.FinalitySafe, 0, func() uint64 { return c.tag("safe") }},
		{config.FinalityFinalized, 0, func() uint64 { return c.tag("finalized") }},
		{config.FinalityLatest, 5, func() uint64 { return c.head() - 5 }},
	} {
		t.Run(fmt.Sprintf("%s_%d", tc.finality, tc.conf), func(t *testing.T) {
			cfg := testConfig(c)
			cfg.Chain.Finality, cfg.Chain.Confirmations = tc.finality, tc.conf
			pool := pgtest.New(t)
			syncIndex(t, cfg, pool)
			if got, want := cursorNumber(t, pool), tc.want(); got != want {
				t.Fatalf("indexed to %d, want %d", got, want)
			}
		})
	}

	cfg := testConfig(c)
	cfg.Chain.Finality, cfg.Chain.FollowUnsafe = config.FinalitySafe, true
	cfg.Chain.ReorgBound = 16
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	head, safe, fin := c.head(), c.tag("safe"), c.tag("finalized")
	if got := cursorNumber(t, pool); got != head {
		t.Fatalf("follow_unsafe indexed to %d, want latest %d", got, head)
	}
	checkMarks := func(safe, fin uint64) (unsafe int) {
		rows, err := pool.Query(context.Background(), "SELECT number, finality FROM blocks ORDER BY number")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var n int64
			var f string
			_ = rows.Scan(&n, &f)
			want := "unsafe"
			if uint64(n) <= fin {
				want = "finalized"
			} else if uint64(n) <= safe {
				want = "safe"
			}
			if f != want {
				t.Errorf("block %d marked %s, want %s (safe %d, finalized %d)", n, f, want, safe, fin)
			}
			if f == "unsafe" {
				unsafe++
			}
		}
		return unsafe
	}
	if checkMarks(safe, fin) == 0 {
		t.Fatal("no block marked unsafe past the safe head")
	}
	c.mine(100)
	syncIndex(t, cfg, pool)
	if n := checkMarks(c.tag("safe"), c.tag("finalized")); n == 0 {
		t.Log("ok: new unsafe tail only")
	}
	var stale int
	_ = pool.QueryRow(context.Background(), `SELECT count(*) FROM blocks b WHERE number < $1 AND finality = 'finalized'
		AND NOT EXISTS (SELECT 1 FROM raw_logs r WHERE r.block_number = b.number)`, int64(min(c.tag("finalized"), c.head()-cfg.Chain.ReorgBound))).Scan(&stale)
	if stale != 0 {
		t.Fatalf("%d finalized headers without logs below the reorg window were not pruned", stale)
	}
	var withLogs, logBlocks int
	_ = pool.QueryRow(context.Background(), "SELECT count(*) FROM blocks b WHERE EXISTS (SELECT 1 FROM raw_logs r WHERE r.block_number = b.number)").Scan(&withLogs)
	_ = pool.QueryRow(context.Background(), "SELECT count(DISTINCT block_number) FROM raw_logs").Scan(&logBlocks)
	if withLogs != logBlocks {
		t.Fatalf("headers of blocks with logs: %d stored, %d blocks have logs", withLogs, logBlocks)
	}
	var oldUnsafe int
	_ = pool.QueryRow(context.Background(), "SELECT count(*) FROM blocks WHERE number <= $1 AND finality <> 'finalized'", int64(head)).Scan(&oldUnsafe)
	if oldUnsafe != 0 {
		t.Fatalf("%d blocks at or below the old head %d not promoted to finalized", oldUnsafe, head)
	}
}
