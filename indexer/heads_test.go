package indexer

import (
	"context"
	mrand "math/rand/v2"
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

// TestBatchesStampTheHeartbeat: a backfill reads the head once and then commits batch after batch; each
// commit stamps chain_heads.seen_at again, so a long backfill never looks like a silent indexer. It fails
// when only the reading of the head stamps it (every commit sees the same seen_at).
func TestBatchesStampTheHeartbeat(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(3, 5))
	for i := 0; i < 30; i++ {
		c.emit(c.randomEvent(r))
	}
	pool := pgtest.New(t)
	cfg := testConfig(c)
	cfg.Indexer.InitialRange, cfg.Indexer.MaxRange, cfg.Indexer.Workers = 1, 1, 1
	var stamps []time.Time
	ix := newTestIndexer(t, cfg, pool, WithTargetLogs(1), withAfterCommit(func(uint64) {
		var seen time.Time
		if err := pool.QueryRow(context.Background(), `SELECT seen_at FROM chain_heads WHERE chain_id = $1`, cfg.Chain.ID).Scan(&seen); err != nil {
			t.Error(err)
		}
		stamps = append(stamps, seen)
	}))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatal(err)
	}
	if len(stamps) < 5 {
		t.Fatalf("only %d commits: the test needs a backfill of many batches", len(stamps))
	}
	for i := 1; i < len(stamps); i++ {
		if !stamps[i].After(stamps[i-1]) {
			t.Fatalf("commit %d of %d left seen_at at %s (the commit before: %s): batches do not stamp the heartbeat", i, len(stamps), stamps[i], stamps[i-1])
		}
	}
}
