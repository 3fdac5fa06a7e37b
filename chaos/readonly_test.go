package chaos

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// setReadOnly turns the private cluster's default_transaction_read_only on or off for every session,
// the open ones included (ALTER SYSTEM + reload): each new transaction then refuses writes with
// SQLSTATE 25006, as on a hot standby.
func setReadOnly(t testing.TB, admin *pgx.Conn, on bool) {
	t.Helper()
	ctx := context.Background()
	v := "off"
	if on {
		v = "on"
	}
	for _, q := range []string{`ALTER SYSTEM SET default_transaction_read_only = ` + v, `SELECT pg_reload_conf()`} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// TestReadOnlyPostgres (scenario 4): the private cluster under `covey index` and `covey serve` turns
// read-only (default_transaction_read_only, what a standby or a failover gone wrong looks like) for a
// few seconds while the chain keeps producing events, then accepts writes again. covey must say so
// clearly at ERROR, keep running, write nothing partial — the database stays exact up to its cursor —
// keep answering reads through the API, and catch up by itself to a database equal to a fresh index.
func TestReadOnlyPostgres(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	pg := startPrivatePG(t, "")
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, pg.url)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	// The admin session keeps writing whatever the server's default says.
	for _, q := range []string{`SET default_transaction_read_only = off`, `CREATE DATABASE covey`} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	dbURL, pool := coveyDB(t, pg.url)
	c, e, cfgPath, ix := indexingChain(t, r, dbURL)
	head, hash := c.head()
	if err := waitCursorAt(t, pool, head, hash, time.Minute); err != nil {
		t.Fatalf("before the fault: %v\n%s", err, lastLines(ix.output(), 10))
	}
	api, base := startAPI(t, e, "--config", cfgPath)
	probe := probeAPI(base+"/graphql", 100*time.Millisecond)
	probeOn := true
	defer func() {
		if probeOn {
			probe.halt()
		}
	}()

	// Read-only while events keep coming; wait for covey to report it.
	probe.setPhase("read-only")
	setReadOnly(t, admin, true)
	before, _, _ := cursorOf(ctx, pool)
	prod := c.produce(seed, 50*time.Millisecond)
	defer prod.halt()
	const roErr = "SQLSTATE 25006"
	if err := waitFor(2*time.Minute, func() (bool, error) {
		if ix.exited() {
			return false, fmt.Errorf("covey index exited: %v", ix.err)
		}
		return strings.Contains(ix.output(), roErr), fmt.Errorf("no %q in the indexer's output yet", roErr)
	}); err != nil {
		t.Fatalf("read-only: %v\n%s", err, lastLines(ix.output(), 10))
	}
	d := 3 * time.Second
	if long {
		d = 10 * time.Second
	}
	time.Sleep(d) // more failing steps while blocks keep coming
	prod.halt()
	time.Sleep(2 * time.Second)
	for _, p := range []*proc{ix, api} {
		if p.exited() {
			t.Fatalf("covey %s exited on a read-only database: %v\n%s", p.args[0], p.err, lastLines(p.output(), 10))
		}
	}
	firstErr := firstLineWith(ix.output(), roErr)
	t.Logf("covey index reports: %s", firstErr)
	if !strings.Contains(firstErr, "level=ERROR") || !strings.Contains(firstErr, "database is read-only") {
		t.Errorf("a read-only database is reported at ERROR, saying it is read-only; got: %s", firstErr)
	}
	head, hash = c.head()
	stuck, _, _ := cursorOf(ctx, pool)
	t.Logf("while read-only: cursor %d -> %d, chain head %d (%d blocks produced), %d failed steps", before, stuck, head, prod.sent,
		countLines(ix.output(), roErr))
	if stuck != before {
		t.Errorf("the cursor moved %d -> %d on a read-only database", before, stuck)
	}
	if stuck >= head {
		t.Fatalf("the indexer reached the head (%d) on a read-only database: it was not read-only", head)
	}
	want := newOracle(t, c.config()).index()
	checkPrefix(t, pool, want) // nothing partial, nothing above the cursor
	n, res := indexedBlock(base + "/graphql")
	if n < 0 || uint64(n) != stuck {
		t.Errorf("the API on a read-only database: indexed block %d, want the cursor %d (%s)", n, stuck, res.String())
	}

	// Writable again: covey resumes by itself.
	probe.setPhase("after")
	setReadOnly(t, admin, false)
	if err := waitCursorAt(t, pool, head, hash, 2*time.Minute); err != nil {
		t.Fatalf("after the database accepted writes again: %v\n%s", err, lastLines(ix.output(), 10))
	}
	time.Sleep(time.Second)
	probe.halt()
	probeOn = false
	if ix.exited() {
		t.Fatalf("covey index exited: %v", ix.err)
	}
	t.Logf("API while read-only: %s; after: %s", probe.report("read-only"), probe.report("after"))
	if probe.ok["read-only"] == 0 {
		t.Errorf("the API answered no read while the database was read-only: %s", probe.report("read-only"))
	}
	if probe.ok["after"] == 0 || probe.bad["after"] > 0 {
		t.Errorf("the API did not answer every read once the database accepted writes: %s\n%s", probe.report("after"), lastLines(api.output(), 10))
	}
	if d := diffDumps(dump(t, pool, false), want); d != "" {
		t.Fatalf("after the database was read-only it differs from a fresh index:\n%s", d)
	}
	ix.interrupt()
}
