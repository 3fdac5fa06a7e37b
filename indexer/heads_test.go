package indexer

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/covey-labs/covey/internal/pgtest"
)

// TestHeadsRecordedAtEveryPoll: the following indexer stamps chain_heads at every poll, so its seen_at
// moves on while no block arrives (the heartbeat the API's /readyz bounds), and after a clock warp
// (evm_increaseTime) and three blocks mined at once it holds the new head's number, hash and warped time
// exactly as the node reports them. It fails without recordHeads (no row) or when the row is written
// only on commits (seen_at stands still on an idle chain).
func TestHeadsRecordedAtEveryPoll(t *testing.T) {
	c := startAnvil(t)
	pool := pgtest.New(t)
	cfg := testConfig(c)
	running(t, newTestIndexer(t, cfg, pool))
	ctx := context.Background()

	type row struct {
		number, time int64
		hash         string
		seenAt       time.Time
	}
	read := func() (row, bool) {
		var r row
		err := pool.QueryRow(ctx, `SELECT number, hash, time, seen_at FROM chain_heads WHERE chain_id = $1`, cfg.Chain.ID).
			Scan(&r.number, &r.hash, &r.time, &r.seenAt)
		return r, err == nil
	}
	waitRow := func(what string, ok func(row) bool) row {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			if r, found := read(); found && ok(r) {
				return r
			}
			if time.Now().After(deadline) {
				r, _ := read()
				t.Fatalf("chain_heads never showed %s: %+v", what, r)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}

	idle := c.head()
	first := waitRow("the head", func(r row) bool { return r.number == int64(idle) })
	later := waitRow("a later poll", func(r row) bool { return r.seenAt.After(first.seenAt) })
	if later.number != first.number || later.hash != first.hash {
		t.Fatalf("no block was mined, yet the recorded head moved: %+v then %+v", first, later)
	}

	c.call(nil, "evm_increaseTime", hexutil.Uint64(1_000_000))
	c.mine(3)
	var head struct {
		Number hexutil.Uint64 `json:"number"`
		Hash   string         `json:"hash"`
		Time   hexutil.Uint64 `json:"timestamp"`
	}
	c.call(&head, "eth_getBlockByNumber", "latest", false)
	if uint64(head.Number) != idle+3 {
		t.Fatalf("anvil's head is %d, want %d", head.Number, idle+3)
	}
	got := waitRow("the mined head", func(r row) bool { return r.number == int64(head.Number) })
	if got.hash != head.Hash || got.time != int64(head.Time) || got.time < first.time+1_000_000 {
		t.Fatalf("recorded head %+v, the node's %d %s at %d (warped from %d)", got, head.Number, head.Hash, head.Time, first.time)
	}
}
