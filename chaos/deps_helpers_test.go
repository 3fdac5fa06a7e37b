package chaos

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// redisProc is a private redis-server on 127.0.0.1 (no persistence) that a test can kill, pause and
// restart on the same port.
type redisProc struct {
	t    testing.TB
	port int
	cmd  *exec.Cmd
}

func startRedis(t testing.TB) *redisProc {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Skip("redis-server not installed")
	}
	r := &redisProc{t: t, port: freePort(t)}
	r.start()
	t.Cleanup(r.kill)
	return r
}

func (r *redisProc) url() string { return fmt.Sprintf("redis://127.0.0.1:%d/0", r.port) }

func (r *redisProc) start() {
	r.t.Helper()
	r.cmd = exec.Command("redis-server", "--port", fmt.Sprint(r.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
	r.cmd.Stdout, r.cmd.Stderr = io.Discard, io.Discard
	if err := r.cmd.Start(); err != nil {
		r.t.Fatalf("starting redis-server: %v", err)
	}
	c := redis.NewClient(&redis.Options{Addr: fmt.Sprintf("127.0.0.1:%d", r.port)})
	defer c.Close()
	if err := waitFor(10*time.Second, func() (bool, error) {
		err := c.Ping(context.Background()).Err()
		return err == nil, err
	}); err != nil {
		r.t.Fatalf("redis-server did not start: %v", err)
	}
}

// kill stops redis-server with SIGKILL (idempotent).
func (r *redisProc) kill() {
	if r.cmd != nil && r.cmd.ProcessState == nil {
		_ = r.cmd.Process.Signal(syscall.SIGCONT)
		_ = r.cmd.Process.Signal(syscall.SIGKILL)
		_, _ = r.cmd.Process.Wait()
	}
}

// pause freezes redis-server (SIGSTOP): connections stay open and nothing answers.
func (r *redisProc) pause()  { _ = r.cmd.Process.Signal(syscall.SIGSTOP) }
func (r *redisProc) resume() { _ = r.cmd.Process.Signal(syscall.SIGCONT) }

// gqlResult is one GraphQL answer.
type gqlResult struct {
	Status     int
	RetryAfter string // the Retry-After header
	Data       json.RawMessage
	Errors     []json.RawMessage
	Latency    time.Duration
	Err        error
}

// ok says whether the request succeeded without GraphQL errors.
func (g gqlResult) ok() bool {
	return g.Err == nil && g.Status == 200 && len(g.Errors) == 0 && len(g.Data) > 0
}

// overloaded says whether the API refused the request before executing it because it was at its
// limits (docs/api.md: 503, Retry-After, one error coded OVERLOADED, no data).
func (g gqlResult) overloaded() bool {
	if g.Err != nil || g.Status != http.StatusServiceUnavailable || g.RetryAfter == "" || len(g.Data) > 0 || len(g.Errors) != 1 {
		return false
	}
	var e struct {
		Extensions struct{ Code string } `json:"extensions"`
	}
	return json.Unmarshal(g.Errors[0], &e) == nil && e.Extensions.Code == "OVERLOADED"
}

func (g gqlResult) String() string {
	if g.Err != nil {
		return g.Err.Error()
	}
	var errs []string
	for _, e := range g.Errors {
		errs = append(errs, string(e))
	}
	return fmt.Sprintf("HTTP %d data=%s errors=%s", g.Status, trim(string(g.Data)), trim(strings.Join(errs, ", ")))
}

var apiClient = &http.Client{Timeout: 30 * time.Second}

// gql posts a query and decodes the answer.
func gql(url, query string, vars map[string]any) gqlResult {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	t0 := time.Now()
	resp, err := apiClient.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return gqlResult{Err: err, Latency: time.Since(t0)}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	res := gqlResult{Status: resp.StatusCode, RetryAfter: resp.Header.Get("Retry-After"), Latency: time.Since(t0), Err: err}
	if err == nil {
		var r struct {
			Data   json.RawMessage   `json:"data"`
			Errors []json.RawMessage `json:"errors"`
		}
		if jerr := json.Unmarshal(raw, &r); jerr != nil {
			res.Err = fmt.Errorf("HTTP %d, not JSON: %q", resp.StatusCode, trim(string(raw)))
		} else {
			res.Data, res.Errors = r.Data, r.Errors
		}
	}
	return res
}

// indexedBlock asks the API for its indexed block (status.indexed.number); -1 on failure.
func indexedBlock(url string) (int64, gqlResult) {
	res := gql(url, `{ status { indexed { number } } }`, nil)
	if !res.ok() {
		return -1, res
	}
	var d struct {
		Status struct {
			Indexed *struct {
				Number int64 `json:"number"`
			} `json:"indexed"`
		} `json:"status"`
	}
	if json.Unmarshal(res.Data, &d) != nil || d.Status.Indexed == nil {
		return -1, res
	}
	return d.Status.Indexed.Number, res
}

// startAPI runs `covey serve` on a free port (metrics on another, p.metrics) and waits until it answers.
func startAPI(t testing.TB, e *env, extra ...string) (*proc, string) {
	t.Helper()
	addr, metrics := fmt.Sprintf("127.0.0.1:%d", freePort(t)), fmt.Sprintf("127.0.0.1:%d", freePort(t))
	p := e.start(append([]string{"serve", "--listen", addr, "--metrics", metrics}, extra...)...)
	p.metrics = "http://" + metrics
	base := "http://" + addr
	if err := waitFor(30*time.Second, func() (bool, error) {
		if p.exited() {
			return false, fmt.Errorf("covey serve exited: %s", lastLines(p.output(), 10))
		}
		res := gql(base+"/graphql", `{ status { chainId } }`, nil)
		return res.ok(), res.Err
	}); err != nil {
		t.Fatalf("covey serve did not come up: %v", err)
	}
	return p, base
}

// percentile of sorted durations.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted)-1) * p)
	return sorted[i]
}
