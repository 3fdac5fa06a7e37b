package indexer

import (
	"context"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

// freshDump indexes the current canonical chain into a new database and dumps it.
func freshDump(t *testing.T, cfg config.Config) map[string][]string {
	t.Helper()
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	return dump(t, pool)
}

// replaceTail reverts the chain to snap and emits n new blocks with different events (a reorg).
func replaceTail(c *testChain, snap string, r *mrand.Rand, blocks int) {
	c.revert(snap)
	for i := 0; i < blocks; i++ {
		c.emit(c.randomEvent(r))
	}
}

// TestReorgAtHead: the indexer is at the head when the last 1, 5 or 64 blocks are replaced (by a longer
// and, for 5, by a shorter chain); after catching up the DB equals a fresh index of the canonical chain.
func TestReorgAtHead(t *testing.T) {
	for _, tc := range []struct{ depth, replacement int }{{1, 2}, {5, 7}, {5, 2}, {64, 66}} {
		t.Run(fmt.Sprintf("depth%d_to%d", tc.depth, tc.replacement), func(t *testing.T) {
			c := startAnvil(t)
			r := mrand.New(mrand.NewPCG(uint64(tc.depth), uint64(tc.replacement)))
			emitRandom(c, r, 60, 4)
			snap, snapHead := c.snapshot(), c.head()
			for i := 0; i < tc.depth; i++ {
				c.emit(c.randomEvent(r)) // one tx, one block
			}
			if got := c.head() - snapHead; got != uint64(tc.depth) {
				t.Fatalf("reorg depth %d, want %d", got, tc.depth)
			}
			cfg := testConfig(c)
			pool := pgtest.New(t)
			syncIndex(t, cfg, pool)
			before := dump(t, pool)
			replaceTail(c, snap, r, tc.replacement)
			reg := newTestIndexer(t, cfg, pool)
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			if err := reg.RunUntilSynced(ctx); err != nil {
				t.Fatal(err)
			}
			got := dump(t, pool)
			if fmt.Sprint(got["cursor"]) == fmt.Sprint(before["cursor"]) {
				t.Fatal("cursor did not move after the reorg")
			}
			diffDumps(t, got, freshDump(t, cfg))
			if n := testutilCount(reg); n < 1 {
				t.Errorf("reorgs metric = %v, want >= 1", n)
			}
		})
	}
}

// TestReorgDuringBackfill: the chain reorganizes below the indexed block while the indexer is mid-way
// through a backfill with parallel workers.
func TestReorgDuringBackfill(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(3, 4))
	emitRandom(c, r, 200, 3)
	base := c.head()
	snap := c.snapshot()
	for i := 0; i < 60; i++ {
		c.emit(c.randomEvent(r))
	}
	cfg := testConfig(c)
	cfg.Indexer.InitialRange = 4
	cfg.Indexer.MaxRange = 8
	pool := pgtest.New(t)
	fired := false
	hook := func(to uint64) {
		if !fired && to >= base+30 {
			fired = true
			replaceTail(c, snap, r, 70) // 30+ indexed blocks become stale
		}
	}
	ix := newTestIndexer(t, cfg, pool, withAfterCommit(hook))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatal(err)
	}
	if !fired {
		t.Fatal("the reorg never fired")
	}
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
	if n := testutilCount(ix); n < 1 {
		t.Errorf("reorgs metric = %v, want >= 1", n)
	}
}

// TestReorgWhileStopped: the chain reorganizes (anvil_rollback) while no indexer runs.
func TestReorgWhileStopped(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(5, 6))
	emitRandom(c, r, 80, 4)
	cfg := testConfig(c)
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	c.call(nil, "anvil_rollback", 5)
	for i := 0; i < 6; i++ {
		c.emit(c.randomEvent(r))
	}
	syncIndex(t, cfg, pool)
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
}

// TestReorgTooDeep: a reorg deeper than reorg_bound stops with ReorgTooDeepError and changes nothing.
func TestReorgTooDeep(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(8, 9))
	emitRandom(c, r, 40, 3)
	snap := c.snapshot()
	for i := 0; i < 10; i++ {
		c.emit(c.randomEvent(r))
	}
	cfg := testConfig(c)
	cfg.Chain.ReorgBound = 3
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	before := dumpAll(t, pool)
	replaceTail(c, snap, r, 12)
	ix := newTestIndexer(t, cfg, pool)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := ix.RunUntilSynced(ctx)
	var deep *ReorgTooDeepError
	if !errors.As(err, &deep) {
		t.Fatalf("err = %v, want ReorgTooDeepError", err)
	}
	t.Logf("error: %v", err)
	diffDumps(t, dumpAll(t, pool), before)
}

// dumpAll is dump plus the blocks table.
func dumpAll(t *testing.T, pool *pgxpool.Pool) map[string][]string {
	d := dump(t, pool)
	rows, err := pool.Query(context.Background(), "SELECT b::text FROM blocks b ORDER BY number")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		_ = rows.Scan(&s)
		d["blocks"] = append(d["blocks"], s)
	}
	return d
}
