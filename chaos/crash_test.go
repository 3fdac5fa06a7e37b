package chaos

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// TestCrashIndexBackfill (scenario 1a): kill -9 of `covey index` at random points of a backfill of a
// simulated devnet, one to four times per round, then a restart to the head: the database equals an
// uninterrupted index. After every kill the partial database must already be exact: every row at or
// below the cursor equals the reference, and nothing lies above it.
func TestCrashIndexBackfill(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	e := newEnv(t)
	dn := startDevnet(t, e)
	epochs := 4
	if long {
		epochs = 12
	}
	sum := dn.simulate(t, 40, epochs, seed)
	t.Logf("devnet: %d transactions in %d blocks, head %d", sum.Txs, sum.Blocks, sum.Head)

	cfg := dn.config()
	// Tiny ranges: the backfill is many small batches, so kills land between and inside commits.
	cfg.Indexer.InitialRange, cfg.Indexer.MinRange, cfg.Indexer.MaxRange, cfg.Indexer.Workers = 1, 1, 3, 2
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	want := newOracle(t, dn.config()).index()
	t.Logf("reference index: %d rows", rowCount(want))

	// Calibrate: one uninterrupted run, timed, must itself equal the reference.
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	t0 := time.Now()
	e.run("index", "--config", cfgPath, "--until-synced")
	clean := time.Since(t0)
	if d := diffDumps(dump(t, db.pool, false), want); d != "" {
		t.Fatalf("an uninterrupted run differs from the reference:\n%s", d)
	}
	db.drop()
	t.Logf("uninterrupted backfill: %s", clean.Round(time.Millisecond))

	n := rounds(t, 5, 50)
	kills, midway, empty, complete := 0, 0, 0, 0
	total := 0
	for table, rows := range want {
		if table != "cursor" && !isDerived(table) {
			total += len(rows)
		}
	}
	for round := 0; round < n; round++ {
		db := newDatabase(t)
		e.setenv("DATABASE_URL", db.url)
		for k := 0; k < 1+r.IntN(4); k++ {
			p := e.start("index", "--config", cfgPath)
			time.Sleep(time.Duration(r.Int64N(int64(clean) + 1)))
			p.kill()
			kills++
			switch _, rows := checkPrefix(t, db.pool, want); {
			case rows == 0:
				empty++
			case rows == total:
				complete++
			default:
				midway++
			}
		}
		e.run("index", "--config", cfgPath, "--until-synced")
		if d := diffDumps(dump(t, db.pool, false), want); d != "" {
			t.Fatalf("round %d: after kills and a restart the index differs from an uninterrupted one:\n%s", round, d)
		}
		if d := sweepRawLogs(t, db.pool, dn.d.RPCURL, cfg); d != "" {
			t.Fatalf("round %d: raw_logs differ from an eth_getLogs sweep:\n%s", round, d)
		}
		db.drop()
	}
	t.Logf("%d rounds, %d kills (%d before the first commit, %d mid-backfill, %d after the last), nothing lost or duplicated",
		n, kills, empty, midway, complete)
	if midway == 0 {
		t.Errorf("no kill landed mid-backfill: the rounds did not test what they claim")
	}
}

// checkPrefix asserts the invariant of a crashed index: the event tables and raw_logs hold exactly the
// reference's rows up to the cursor (none above it, none missing, none twice). It returns the cursor
// and the number of event/raw rows.
func checkPrefix(t testing.TB, pool *pgxpool.Pool, want map[string][]string) (uint64, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// A killed process' backend may still be finishing what it was sent (a COMMIT goes through even
	// though the client is gone): wait until no backend but ours works on the database, or the cursor
	// and the tables are read from two different states (rows seemingly above the cursor: O1).
	if err := waitFor(30*time.Second, func() (bool, error) {
		var n int
		err := pool.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
			AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state IS DISTINCT FROM 'idle'`).Scan(&n)
		return err == nil && n == 0, fmt.Errorf("%d backends still busy (%v)", n, err)
	}); err != nil {
		t.Fatalf("after a kill: %v", err)
	}
	cur, _, ok := cursorOf(ctx, pool)
	got := dump(t, pool, false)
	rows := 0
	for table, wrows := range want {
		if table == "cursor" || isDerived(table) {
			continue
		}
		var wantPrefix []string
		for _, row := range wrows {
			if ok && blockOf(t, row) <= cur {
				wantPrefix = append(wantPrefix, row)
			}
		}
		rows += len(got[table])
		if strings.Join(got[table], "\n") != strings.Join(wantPrefix, "\n") {
			t.Fatalf("crashed index is not exact up to its cursor (%d, ok=%v):\n%s", cur, ok,
				diffDumps(map[string][]string{table: got[table]}, map[string][]string{table: wantPrefix}))
		}
	}
	return cur, rows
}

func isDerived(table string) bool {
	for _, d := range derivedTableNames {
		if d == table {
			return true
		}
	}
	return false
}

// blockOf reads block_number from a row's text form "(chain_id,block_number,...)".
func blockOf(t testing.TB, row string) uint64 {
	parts := strings.SplitN(strings.TrimPrefix(row, "("), ",", 3)
	if len(parts) < 2 {
		t.Fatalf("unexpected row %q", row)
	}
	n, err := strconv.ParseUint(parts[1], 10, 64)
	if err != nil {
		t.Fatalf("row %q: block number: %v", row, err)
	}
	return n
}

// fmtDur rounds a duration for logs.
func fmtDur(d time.Duration) string { return fmt.Sprint(d.Round(time.Millisecond)) }
