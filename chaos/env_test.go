package chaos

import (
	"github.com/covey-labs/covey/internal/syncbuf"

	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/internal/chaintest"
	"github.com/covey-labs/covey/internal/pgtest"
	coveysql "github.com/covey-labs/covey/sql"
)

// env is one isolated covey installation: a working directory (with node_modules linked and an anvil/
// directory, as the binary expects), its environment and the binary.
type env struct {
	t       testing.TB
	bin     string
	dir     string
	environ []string
}

// newEnv prepares a working directory; set DATABASE_URL (and REDIS_URL) with setenv.
func newEnv(t testing.TB) *env {
	t.Helper()
	root := repoRoot(t)
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(root, "node_modules"), filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "anvil"), 0o755); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, bin: coveyBinary(t), dir: dir}
	for _, kv := range os.Environ() {
		// The suite decides where covey connects: never inherit these.
		if strings.HasPrefix(kv, "DATABASE_URL=") || strings.HasPrefix(kv, "REDIS_URL=") || strings.HasPrefix(kv, "COVEY_") {
			continue
		}
		e.environ = append(e.environ, kv)
	}
	e.setenv("COVEY_PUBLISHER_KEY", hexutil.Encode(crypto.FromECDSA(anvil.DevAccount(anvil.RootProposerIndex).Key)))
	e.setenv("COVEY_LOG_LEVEL", "info")
	return e
}

// setenv sets (or replaces) a variable of the covey processes' environment.
func (e *env) setenv(key, value string) {
	e.unsetenv(key)
	e.environ = append(e.environ, key+"="+value)
}

// unsetenv removes a variable from the environment of the covey processes started from now on.
func (e *env) unsetenv(key string) {
	out := e.environ[:0:0]
	for _, kv := range e.environ {
		if !strings.HasPrefix(kv, key+"=") {
			out = append(out, kv)
		}
	}
	e.environ = out
}

// path is a path inside the working directory.
func (e *env) path(rel string) string { return filepath.Join(e.dir, rel) }

// run executes covey and fails the test on a non-zero exit.
func (e *env) run(args ...string) string {
	e.t.Helper()
	out, err := e.try(args...)
	if err != nil {
		e.t.Fatalf("covey %s: %v\n%s", strings.Join(args, " "), err, lastLines(out, 30))
	}
	return out
}

// try executes covey (at most 5 minutes) and returns its combined output and exit error.
func (e *env) try(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.bin, args...)
	cmd.Dir = e.dir
	cmd.Env = e.environ
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// exitCode is the process exit code of an error from try (0 for nil, -1 if not an exit).
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	return -1
}

// proc is a covey process running in the background.
type proc struct {
	t testing.TB
	// metrics is the base URL of its metrics listener when the test gave it one (startAPI does).
	metrics string
	args    []string
	cmd     *exec.Cmd
	out     *syncbuf.Buffer
	done    chan struct{}
	err     error
}

// start runs covey in the background; it is killed (SIGKILL) when the test ends if still running.
func (e *env) start(args ...string) *proc {
	e.t.Helper()
	cmd := exec.Command(e.bin, args...)
	cmd.Dir = e.dir
	cmd.Env = e.environ
	p := &proc{t: e.t, args: args, cmd: cmd, out: &syncbuf.Buffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.out, p.out
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	go func() { p.err = cmd.Wait(); close(p.done) }()
	e.t.Cleanup(func() { p.kill() })
	return p
}

// kill sends SIGKILL (a crash: no deferred cleanup, no graceful shutdown) and waits for the process.
func (p *proc) kill() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// interrupt sends SIGINT (graceful stop) and waits up to 15 s, then kills.
func (p *proc) interrupt() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-p.done:
	case <-time.After(15 * time.Second):
		p.t.Logf("covey %s did not stop on SIGINT within 15s; killing", strings.Join(p.args, " "))
		p.kill()
	}
}

// exited says whether the process has ended.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// wait waits for the process to end, up to d; ok is false on timeout.
func (p *proc) wait(d time.Duration) (err error, ok bool) {
	select {
	case <-p.done:
		return p.err, true
	case <-time.After(d):
		return nil, false
	}
}

// output is what the process printed so far.
func (p *proc) output() string { return p.out.String() }

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// countLines counts output lines containing sub.
func countLines(s, sub string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			n++
		}
	}
	return n
}

// freePort is a TCP port free on 127.0.0.1 a moment ago.
func freePort(t testing.TB) int { return chaintest.FreePort(t) }

// database is a fresh, migrated database on the test server, dropped when the test ends or on drop().
type database struct {
	t    testing.TB
	name string
	url  string
	pool *pgxpool.Pool
	once sync.Once
}

// newDatabase creates a migrated database. Unlike pgtest.NewURL it can be dropped early, so scenarios
// with many rounds do not accumulate databases.
func newDatabase(t testing.TB) *database {
	t.Helper()
	ctx := context.Background()
	admin := pgtest.AdminURL(t)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "covey_chaos_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connecting to the test server: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("creating database: %v", err)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	d := &database{t: t, name: name, url: u.String()}
	t.Cleanup(d.drop)
	pc, err := pgxpool.ParseConfig(d.url)
	if err != nil {
		t.Fatal(err)
	}
	pc.MaxConns = 4
	if d.pool, err = pgxpool.NewWithConfig(ctx, pc); err != nil {
		t.Fatal(err)
	}
	if err := coveysql.Migrate(ctx, d.pool); err != nil {
		t.Fatalf("migrating %s: %v", name, err)
	}
	return d
}

// drop closes the pool and drops the database (idempotent).
func (d *database) drop() {
	d.once.Do(func() {
		if d.pool != nil {
			d.pool.Close()
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, pgtest.AdminURL(d.t))
		if err != nil {
			return
		}
		defer c.Close(ctx)
		_, _ = c.Exec(ctx, "DROP DATABASE IF EXISTS "+d.name+" WITH (FORCE)")
	})
}

// waitFor polls cond every 50 ms until it returns true or d passes; it returns the last error seen.
func waitFor(d time.Duration, cond func() (bool, error)) error {
	deadline := time.Now().Add(d)
	var last error
	for {
		ok, err := cond()
		if ok {
			return nil
		}
		if err != nil {
			last = err
		}
		if time.Now().After(deadline) {
			if last == nil {
				last = errors.New("condition not met")
			}
			return fmt.Errorf("after %s: %w", d, last)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
