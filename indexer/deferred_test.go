package indexer

import (
	"context"
	"errors"
	mrand "math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
)

// secondaryIndexes lists the definitions of the non-unique indexes of the event and derived tables.
func secondaryIndexes(t testing.TB, pool *pgxpool.Pool) []string {
	t.Helper()
	rows, err := pool.Query(context.Background(), `SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
		WHERE NOT i.indisunique AND (c.relname LIKE 'ev\_%' OR c.relname IN ('stake_current', 'delegation_current', 'reward_share_current', 'claimed_total'))
		ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return defs
}

func countDeferred(t testing.TB, pool *pgxpool.Pool) int {
	t.Helper()
	var n int
	if err := pool.QueryRow(context.Background(), "SELECT count(*) FROM deferred_indexes").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// derivedDeferredSince reads deferred_derived's block for the test chain; false when not deferred.
func derivedDeferredSince(t testing.TB, pool *pgxpool.Pool) (int64, bool) {
	t.Helper()
	var since int64
	err := pool.QueryRow(context.Background(), "SELECT since_block FROM deferred_derived").Scan(&since)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, false
	}
	if err != nil {
		t.Fatal(err)
	}
	return since, true
}

// countDerived counts the rows of the derived tables.
func countDerived(t testing.TB, pool *pgxpool.Pool) int {
	t.Helper()
	var n int
	if err := pool.QueryRow(context.Background(), `SELECT (SELECT count(*) FROM stake_current) + (SELECT count(*) FROM delegation_current)
		+ (SELECT count(*) FROM reward_share_current) + (SELECT count(*) FROM claimed_total)`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestDeferredIndexes: a backfill estimated above the threshold drops the secondary indexes (recorded
// in deferred_indexes, primary keys kept), writes the same rows as a backfill that keeps them, and
// builds exactly the same indexes again before RunUntilSynced returns.
func TestDeferredIndexes(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(31, 32))
	emitRandom(c, r, 1500, 30)
	cfg := testConfig(c)
	cfg.Indexer.InitialRange = 4
	cfg.Indexer.MaxRange = 16
	want := freshDump(t, cfg)

	pool := pgtest.New(t)
	before := secondaryIndexes(t, pool)
	if len(before) < 20 {
		t.Fatalf("only %d secondary indexes before the backfill", len(before))
	}
	during, listed := len(before), 0 // the fewest indexes and most listed seen after a commit
	derivedCommits, changed := 0, 0  // commits seen with derived state deferred; derived rows changed meanwhile
	var first int
	syncIndex(t, cfg, pool, WithDeferIndexes(100), withAnalyzeMin(1), withAfterCommit(func(uint64) {
		during, listed = min(during, len(secondaryIndexes(t, pool))), max(listed, countDeferred(t, pool))
		if _, ok := derivedDeferredSince(t, pool); ok {
			if n := countDerived(t, pool); derivedCommits == 0 {
				first = n
			} else if n != first {
				changed++
			}
			derivedCommits++
		}
	}))
	if during != 0 || listed != len(before) {
		t.Errorf("during the backfill: %d secondary indexes left, %d listed as deferred; want 0 and %d", during, listed, len(before))
	}
	if derivedCommits < 3 || changed != 0 {
		t.Errorf("derived state deferred at %d commits, derived rows changed at %d of them; want several and 0", derivedCommits, changed)
	}
	if _, ok := derivedDeferredSince(t, pool); ok {
		t.Error("derived state still deferred after the backfill caught up")
	}
	if after := secondaryIndexes(t, pool); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("indexes after the backfill differ:\n%s\nwant:\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
	}
	if n := countDeferred(t, pool); n != 0 {
		t.Errorf("%d indexes still listed as deferred", n)
	}
	// Every table the API queries that holds rows has planner statistics (ANALYZE ran on it).
	rows, err := pool.Query(context.Background(), `SELECT c.relname FROM pg_class c
		WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
		  AND (c.relname LIKE 'ev\_%' OR c.relname IN ('blocks', 'stake_current', 'delegation_current', 'reward_share_current', 'claimed_total'))
		  AND NOT EXISTS (SELECT 1 FROM pg_statistic s WHERE s.starelid = c.oid)`)
	if err != nil {
		t.Fatal(err)
	}
	unanalyzed, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	var withRows []string
	for _, tbl := range unanalyzed {
		var has bool
		if err := pool.QueryRow(context.Background(), "SELECT EXISTS (SELECT 1 FROM "+pgx.Identifier{tbl}.Sanitize()+")").Scan(&has); err != nil {
			t.Fatal(err)
		}
		if has {
			withRows = append(withRows, tbl)
		}
	}
	if len(withRows) > 0 {
		t.Errorf("tables with rows but no planner statistics after the backfill: %v", withRows)
	}
	diffDumps(t, dump(t, pool), want)
}

// TestDeferredIndexesSmallBackfill: below the threshold nothing is dropped.
func TestDeferredIndexesSmallBackfill(t *testing.T) {
	c := startAnvil(t)
	emitRandom(c, mrand.New(mrand.NewPCG(33, 34)), 200, 20)
	cfg := testConfig(c)
	pool := pgtest.New(t)
	before := len(secondaryIndexes(t, pool))
	dropped := false
	syncIndex(t, cfg, pool, withAfterCommit(func(uint64) {
		if len(secondaryIndexes(t, pool)) != before {
			dropped = true
		}
	}))
	if dropped {
		t.Error("a 200-log backfill dropped indexes (default threshold 250,000 logs)")
	}
}

// TestDeferredIndexesCrash stops a backfill with deferred indexes at random points (context cancelled
// mid-fetch/COPY/commit, database faults before COMMIT, and once while the indexes are being built)
// and restarts it: the end state has every index back, nothing listed, and the rows of an
// uninterrupted run.
func TestDeferredIndexesCrash(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(35, 36))
	emitRandom(c, r, 2000, 30)
	cfg := testConfig(c)
	cfg.Indexer.InitialRange = 2
	cfg.Indexer.MaxRange = 8
	want := freshDump(t, cfg)

	pool := pgtest.New(t)
	before := secondaryIndexes(t, pool)
	errInjected := errors.New("injected database fault")
	sawDeferred, sawDerived := false, false
	for i := 0; i < 12; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		// The stop is timed from the run's first commit, not its start: on a loaded machine a start
		// alone can take longer than the delay, and then no run ever got as far as deferring.
		var arm sync.Once
		stopAfter := time.Duration(20+r.IntN(150)) * time.Millisecond
		opts := []testOpt{WithDeferIndexes(100), withAfterCommit(func(uint64) {
			arm.Do(func() { time.AfterFunc(stopAfter, cancel) })
			if countDeferred(t, pool) > 0 {
				sawDeferred = true
			}
			if _, ok := derivedDeferredSince(t, pool); ok {
				sawDerived = true
			}
		})}
		if i%3 == 1 {
			k := r.IntN(4)
			opts = append(opts, withBeforeCommit(func(ctx context.Context, to uint64) error {
				if k--; k == -1 {
					return errInjected
				}
				return nil
			}))
		}
		ix := newTestIndexer(t, cfg, pool, opts...)
		err := ix.RunUntilSynced(ctx)
		t.Logf("run %d: %v (deferred listed: %d)", i, err, countDeferred(t, pool))
		cancel()
		ix.Close()
	}
	if !sawDeferred || !sawDerived {
		t.Fatalf("no run deferred the indexes (%v) or the derived state (%v)", sawDeferred, sawDerived)
	}
	// A restart with deferral off still builds what an earlier run left listed.
	syncIndex(t, cfg, pool, WithDeferIndexes(0))
	if after := secondaryIndexes(t, pool); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("indexes after the restarts differ:\n%s\nwant:\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
	}
	if n := countDeferred(t, pool); n != 0 {
		t.Errorf("%d indexes still listed as deferred", n)
	}
	diffDumps(t, dump(t, pool), want)
}

// TestDeferredDerivedReorg: the derived tables are exact through block h1 when a backfill defers them;
// the backfill stops, the chain reorganizes below h1, and the next run rolls back past h1 (lowering the
// deferred block) and catches up: the database equals a fresh index of the new chain.
func TestDeferredDerivedReorg(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(37, 38))
	emitRandom(c, r, 200, 10)
	snap := c.snapshot()
	emitRandom(c, r, 200, 10)
	cfg := testConfig(c)
	cfg.Indexer.MaxRange = 16
	cfg.Chain.ReorgBound = 2048
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool, WithDeferIndexes(0))
	h1 := c.head()
	emitRandom(c, r, 1500, 30)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	commits := 0
	ix := newTestIndexer(t, cfg, pool, WithDeferIndexes(100), withAfterCommit(func(uint64) {
		if commits++; commits == 3 {
			cancel()
		}
	}))
	err := ix.RunUntilSynced(ctx)
	cancel()
	ix.Close()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("the stopped backfill returned %v", err)
	}
	since, ok := derivedDeferredSince(t, pool)
	if !ok || since != int64(h1) {
		t.Fatalf("after the stopped backfill: derived deferred %v since %d, want since %d", ok, since, h1)
	}
	replaceTail(c, snap, r, 120) // below h1, and longer than the indexed chain
	syncIndex(t, cfg, pool, WithDeferIndexes(100))
	if _, ok := derivedDeferredSince(t, pool); ok {
		t.Error("derived state still deferred after catching up")
	}
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
}

// TestRestoreIndexesAfterKillDuringBuild: a build interrupted mid-way (its transaction rolled back)
// leaves the index listed and absent; the next restore builds it; one built by someone else meanwhile
// is not an error.
func TestRestoreIndexesAfterKillDuringBuild(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	before := secondaryIndexes(t, pool)
	n, err := deferIndexes(ctx, pool, []string{"ev_staked", "ev_delegated", "stake_current"})
	if err != nil || n == 0 {
		t.Fatalf("deferIndexes: %d, %v", n, err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := restoreIndexes(cctx, pool, 2); err == nil {
		t.Fatal("restore with a cancelled context reported success")
	}
	if got := countDeferred(t, pool); got != n {
		t.Fatalf("after an interrupted restore %d listed, want %d", got, n)
	}
	// Someone (a migration, an operator) created one of them meanwhile.
	var def string
	if err := pool.QueryRow(ctx, "SELECT definition FROM deferred_indexes ORDER BY name LIMIT 1").Scan(&def); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, def); err != nil {
		t.Fatal(err)
	}
	built, err := restoreIndexes(ctx, pool, 2)
	if err != nil || built != n {
		t.Fatalf("restore: built %d, err %v; want %d", built, err, n)
	}
	if after := secondaryIndexes(t, pool); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("indexes after restore differ:\n%s\nwant:\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
	}
}
