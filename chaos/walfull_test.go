package chaos

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// walOnSmallFS moves the stopped private cluster's pg_wal onto dir (a small filesystem) and leaves a
// symlink in its place, what initdb --waldir makes; the server's user owns the new directory.
func walOnSmallFS(t *testing.T, pg *privatePG, dir string) string {
	t.Helper()
	var st syscall.Stat_t
	if err := syscall.Stat(pg.opts.DataDir, &st); err != nil {
		t.Fatal(err)
	}
	wal := filepath.Join(dir, "pg_wal")
	old := filepath.Join(pg.opts.DataDir, "pg_wal")
	if out, err := exec.Command("cp", "-a", old, wal).CombinedOutput(); err != nil {
		t.Fatalf("copying pg_wal: %v %s", err, out)
	}
	if err := os.RemoveAll(old); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(wal, old); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("chown", "-R", fmt.Sprintf("%d:%d", st.Uid, st.Gid), wal).CombinedOutput(); err != nil {
		t.Fatalf("chown pg_wal: %v %s", err, out)
	}
	return wal
}

// TestWALFull (scenario 4): the private cluster's pg_wal lives on a 128 MB filesystem (tmpfs). While
// `covey index` follows a chain producing events, the filesystem is filled (a ballast file leaves
// 64 KB) and WAL is pushed past its current segment: Postgres cannot create the next segment and
// PANICs (expected: it cannot go on without WAL). covey must stay up, retrying; once the ballast is
// deleted and the cluster restarted (crash recovery), covey reconnects and catches up by itself, to a
// database equal to a fresh index: nothing lost, nothing twice.
func TestWALFull(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	small := smallFS(t, 128<<20)
	pg := startPrivatePG(t, "")
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, pg.url)
	if err != nil {
		t.Fatal(err)
	}
	// Few WAL segments between checkpoints, so the WAL stays well below the filesystem's size.
	for _, q := range []string{`ALTER SYSTEM SET max_wal_size = '64MB'`, `ALTER SYSTEM SET min_wal_size = '32MB'`} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	admin.Close(ctx)
	pg.stop()
	wal := walOnSmallFS(t, pg, small)
	pg.start()
	admin, err = pgx.Connect(ctx, pg.url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(ctx, `CREATE DATABASE covey`); err != nil {
		t.Fatal(err)
	}
	admin.Close(ctx)
	dbURL, pool := coveyDB(t, pg.url)
	c, _, _, ix := indexingChain(t, r, dbURL)
	head, hash := c.head()
	if err := waitCursorAt(t, pool, head, hash, time.Minute); err != nil {
		t.Fatalf("before the WAL filled: %v\n%s", err, lastLines(ix.output(), 10))
	}
	pool.Close()
	before, _ := os.ReadDir(wal)
	logged := len(ix.output())

	// Fill the WAL's filesystem while events keep coming, then push the WAL into a new segment.
	ballast := fill(t, small, 64<<10)
	t.Logf("pg_wal filled: %d segments/files, %d bytes free", len(before), freeBytes(t, small))
	prod := c.produce(seed, 50*time.Millisecond)
	defer prod.halt()
	switches := 0
	if err := waitFor(2*time.Minute, func() (bool, error) {
		conn, err := pgx.Connect(ctx, pg.url)
		if err != nil {
			return true, nil // the server is down (or refuses: in recovery)
		}
		defer conn.Close(ctx)
		_, err = conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS walfill (x int); INSERT INTO walfill SELECT generate_series(1, 10000); SELECT pg_switch_wal()`)
		if err != nil {
			t.Logf("WAL push %d: %v", switches+1, err)
			return true, nil
		}
		switches++
		return false, fmt.Errorf("Postgres still writes WAL after %d segment switches", switches)
	}); err != nil {
		t.Fatalf("WAL full: %v", err)
	}
	faultAt := time.Now()
	d := 3 * time.Second
	if long {
		d = 10 * time.Second
	}
	time.Sleep(d) // covey's steps fail meanwhile, blocks keep coming
	logb, _ := os.ReadFile(filepath.Join(pg.opts.DataDir, "server.log"))
	var panics []string
	for _, l := range strings.Split(string(logb), "\n") {
		if strings.Contains(l, "PANIC") || strings.Contains(l, "FATAL") || strings.Contains(l, "terminated by signal") || strings.Contains(l, "shutting down") || strings.Contains(l, "shut down") || strings.Contains(l, "startup process") {
			panics = append(panics, l)
		}
	}
	t.Logf("Postgres after %d WAL switches on a full pg_wal (running: %v):\n%s", switches, pg.running(), lastLines(strings.Join(panics, "\n"), 12))
	if len(panics) == 0 {
		t.Fatalf("Postgres reported no failure to write WAL: the WAL was not full\n%s", lastLines(string(logb), 20))
	}
	if ix.exited() {
		t.Fatalf("covey index exited with its database down: %v\n%s", ix.err, lastLines(ix.output(), 10))
	}
	prod.halt()

	// Free the space and restart the cluster (crash recovery): covey resumes by itself.
	if err := os.Remove(ballast); err != nil {
		t.Fatal(err)
	}
	pg.kill()
	pg.start()
	down := time.Since(faultAt)
	pool = (&privatePG{t: t, url: dbURL}).pool()
	head, hash = c.head()
	if err := waitCursorAt(t, pool, head, hash, 2*time.Minute); err != nil {
		t.Fatalf("after the cluster was restarted with space: %v\n%s", err, lastLines(ix.output(), 10))
	}
	if ix.exited() {
		t.Fatalf("covey index exited: %v", ix.err)
	}
	out := ix.output()[logged:]
	fails := countLines(out, "level=WARN") + countLines(out, "level=ERROR")
	t.Logf("covey index: %d failed steps logged in %s down (%d blocks produced meanwhile); first and last:\n%s\n%s", fails, down.Round(100*time.Millisecond), prod.sent,
		strings.SplitN(out, "\n", 2)[0], lastLines(out, 1))
	if fails == 0 {
		t.Errorf("covey logged no failed step while its database was down: the fault did not reach it")
	}
	if d := diffDumps(dump(t, pool, false), newOracle(t, c.config()).index()); d != "" {
		t.Fatalf("after the WAL was full the database differs from a fresh index:\n%s", d)
	}
	ix.interrupt()
}
