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

// smallFS mounts a tmpfs of size bytes at a temporary directory (root only) and unmounts it when the
// test ends. It skips the test where mounting is not possible.
func smallFS(t *testing.T, size int64) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("disk full: mounting a size-limited tmpfs needs root")
	}
	dir := filepath.Join(t.TempDir(), "small")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", fmt.Sprintf("size=%d", size), "covey-chaos-small", dir).CombinedOutput(); err != nil {
		t.Skipf("disk full: cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Logf("umount %s: %v %s; detaching lazily", dir, err, out)
			_ = exec.Command("umount", "-l", dir).Run()
		}
	})
	return dir
}

// freeBytes is what an unprivileged writer may still write on the filesystem holding dir.
func freeBytes(t testing.TB, dir string) int64 {
	t.Helper()
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		t.Fatal(err)
	}
	return int64(st.Bavail) * st.Bsize
}

// fill writes a ballast file leaving about leave bytes free, and returns its path.
func fill(t testing.TB, dir string, leave int64) string {
	t.Helper()
	path := filepath.Join(dir, "ballast")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	for n := freeBytes(t, dir) - leave; n > 0; n -= int64(len(buf)) {
		if _, err := f.Write(buf[:min(int64(len(buf)), n)]); err != nil {
			break // full already
		}
	}
	return path
}

// TestDiskFull (scenario 4): the indexer's database lives in a tablespace on a 48 MB filesystem
// (tmpfs) of a private Postgres. While `covey index` follows a chain producing events, the filesystem is
// filled (a ballast file leaves 64 KB): every batch then fails to extend a table. covey must say so
// clearly (the error names the disk), keep running, write nothing partial — the database stays exact
// up to its cursor — and, once the ballast is deleted, catch up by itself to a database equal to a
// fresh index.
func TestDiskFull(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	small := smallFS(t, 48<<20)
	pg := startPrivatePG(t, "")
	// The tablespace directory must belong to the server's user (embeddedpg runs it as nobody under root).
	var st syscall.Stat_t
	if err := syscall.Stat(pg.opts.DataDir, &st); err != nil {
		t.Fatal(err)
	}
	ts := filepath.Join(small, "ts")
	if err := os.Mkdir(ts, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(ts, int(st.Uid), int(st.Gid)); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, pg.url)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`CREATE TABLESPACE small LOCATION '` + ts + `'`, `CREATE DATABASE covey TABLESPACE small`} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	admin.Close(ctx)
	dbURL, pool := coveyDB(t, pg.url)
	c, _, _, ix := indexingChain(t, r, dbURL)
	head, hash := c.head()
	if err := waitCursorAt(t, pool, head, hash, time.Minute); err != nil {
		t.Fatalf("before the disk filled: %v\n%s", err, lastLines(ix.output(), 10))
	}

	// Fill the disk while events keep coming; wait for covey to report it.
	ballast := fill(t, small, 64<<10)
	t.Logf("filesystem filled: %d bytes free", freeBytes(t, small))
	before, _, _ := cursorOf(ctx, pool)
	prod := c.produce(seed, 50*time.Millisecond)
	defer prod.halt()
	const diskErr = "No space left on device"
	if err := waitFor(2*time.Minute, func() (bool, error) {
		if ix.exited() {
			return false, fmt.Errorf("covey index exited: %v", ix.err)
		}
		return strings.Contains(ix.output(), diskErr), fmt.Errorf("no %q in the indexer's output yet", diskErr)
	}); err != nil {
		t.Fatalf("disk full: %v\n%s", err, lastLines(ix.output(), 10))
	}
	time.Sleep(3 * time.Second) // a few more failing batches
	prod.halt()
	time.Sleep(2 * time.Second)
	if ix.exited() {
		t.Fatalf("covey index exited on a full disk: %v\n%s", ix.err, lastLines(ix.output(), 10))
	}
	firstErr := firstLineWith(ix.output(), diskErr)
	t.Logf("covey index reports: %s", firstErr)
	if !strings.Contains(firstErr, "level=ERROR") || !strings.Contains(firstErr, "disk full") {
		t.Errorf("a full disk is reported at ERROR, saying the disk is full; got: %s", firstErr)
	}
	head, hash = c.head()
	stuck, _, _ := cursorOf(ctx, pool)
	t.Logf("while full: cursor %d -> %d, chain head %d (%d blocks produced), %d failed steps", before, stuck, head, prod.sent,
		countLines(ix.output(), diskErr))
	if stuck >= head {
		t.Fatalf("the indexer reached the head (%d) on a full disk: the disk was not full", head)
	}
	want := newOracle(t, c.config()).index()
	checkPrefix(t, pool, want) // nothing partial, nothing above the cursor

	// Free the space: covey resumes by itself.
	if err := os.Remove(ballast); err != nil {
		t.Fatal(err)
	}
	if err := waitCursorAt(t, pool, head, hash, 2*time.Minute); err != nil {
		t.Fatalf("after space was freed: %v\n%s", err, lastLines(ix.output(), 10))
	}
	if ix.exited() {
		t.Fatalf("covey index exited: %v", ix.err)
	}
	if d := diffDumps(dump(t, pool, false), want); d != "" {
		t.Fatalf("after the disk was full the database differs from a fresh index:\n%s", d)
	}
	ix.interrupt()
}
