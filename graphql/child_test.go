package graphql

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/covey-labs/covey/internal/pgtest"
)

// A real server process for tests that measure it from outside (its memory in /proc): the test
// binary started again with childServeEnv set serves the seeded database at childDBEnv through
// Server.Serve, the http.Server covey serve runs, and prints its address.
const (
	childServeEnv = "COVEY_GRAPHQL_TEST_CHILD"
	childDBEnv    = "COVEY_GRAPHQL_TEST_CHILD_DB"
	// childMaxInFlightEnv and childMaxQueuedEnv set Options.MaxInFlight and MaxQueued.
	childMaxInFlightEnv = "COVEY_GRAPHQL_TEST_CHILD_MAX_IN_FLIGHT"
	childMaxQueuedEnv   = "COVEY_GRAPHQL_TEST_CHILD_MAX_QUEUED"
	// childReadDelayEnv injects a slow database: every read statement takes that much longer.
	childReadDelayEnv = "COVEY_GRAPHQL_TEST_CHILD_READ_DELAY"
)

// serveChild is the child's main: it serves until SIGTERM.
func serveChild() int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	pool, err := pgxpool.New(ctx, os.Getenv(childDBEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer pool.Close()
	maxInFlight, _ := strconv.Atoi(os.Getenv(childMaxInFlightEnv))
	maxQueued, _ := strconv.Atoi(os.Getenv(childMaxQueuedEnv))
	srv, err := NewServer(pool, Options{ChainID: testChain, MaxInFlight: maxInFlight, MaxQueued: maxQueued,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if d, err := time.ParseDuration(os.Getenv(childReadDelayEnv)); err == nil {
		srv.afterRead = func(context.Context, string) { time.Sleep(d) }
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	mln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	// /metrics as cmd/covey serves it: the process's (goroutines) and the API's.
	go func() {
		_ = http.Serve(mln, promhttp.HandlerFor(prometheus.Gatherers{prometheus.DefaultGatherer, srv.Gatherer()}, promhttp.HandlerOpts{}))
	}()
	fmt.Println("metrics", mln.Addr())
	fmt.Println("listening", ln.Addr())
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// childServer is a server process started by startChild.
type childServer struct {
	pid     int
	addr    string
	metrics string // its /metrics listener's address
}

// startChild starts a server process over a fresh seeded database, with covey serve's garbage
// collector setting (GOGC=400, cmd/covey/serve.go) and env added to its environment, and stops it
// when the test ends.
func startChild(t *testing.T, env ...string) *childServer {
	t.Helper()
	u := pgtest.NewURL(t)
	pool, err := pgxpool.New(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	seed(t, pool)
	pool.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), childServeEnv+"=1", childDBEnv+"="+u, "GOGC=400"), env...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Signal(syscall.SIGTERM); _ = cmd.Wait() })
	lines := make(chan string, 1)
	c := &childServer{pid: cmd.Process.Pid}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "metrics "); ok {
				c.metrics = a // printed before "listening"
			}
			if a, ok := strings.CutPrefix(sc.Text(), "listening "); ok {
				lines <- a
			}
		}
	}()
	select {
	case a := <-lines:
		c.addr = a
		return c
	case <-time.After(30 * time.Second):
		t.Fatal("the server process did not start")
		return nil
	}
}

// memKB reads a field of the process's /proc status in KiB (VmRSS: resident now, VmHWM: its peak).
func (c *childServer) memKB(t *testing.T, field string) int {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", c.pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("no %s in /proc/%d/status", field, c.pid)
	return 0
}

// resetPeak starts VmHWM over from the current RSS (Linux's clear_refs 5).
func (c *childServer) resetPeak(t *testing.T) {
	t.Helper()
	if err := os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", c.pid), []byte("5"), 0); err != nil {
		t.Fatal(err)
	}
}
