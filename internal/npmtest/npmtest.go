// Package npmtest gives tests the pinned JavaScript packages of a folder (its package.json and
// package-lock.json): real clients such as graphql-js, graphql-ws, viem and playwright-core, installed
// with npm ci the first time and whenever the lockfile changes, never mocked.
package npmtest

import (
	"github.com/covey-labs/covey/internal/syncbuf"

	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Install runs npm ci in dir unless its node_modules is at least as new as package-lock.json. Without
// node or npm on PATH the test is skipped, saying so (Node.js >= 20 with npm is a build requirement).
func Install(t testing.TB, dir string) {
	t.Helper()
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("needs %s on PATH (Node.js >= 20 with npm): not found", tool)
		}
	}
	lock, err := os.Stat(filepath.Join(dir, "package-lock.json"))
	if err != nil {
		t.Fatal(err)
	}
	if done, err := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json")); err == nil && !done.ModTime().Before(lock.ModTime()) {
		return
	}
	Run(t, dir, nil, "npm", "ci", "--no-audit", "--no-fund")
}

// Run runs a command in dir with extra environment appended and returns its standard output; it fails
// the test with the command's output when the command fails.
func Run(t testing.TB, dir string, environ []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), environ...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s in %s: %v\n%s%s", name, strings.Join(args, " "), dir, err, out, stderr.String())
	}
	return string(out)
}

// Proc is a long-running command a test watches line by line: a client that prints what it receives.
type Proc struct {
	// Lines are the command's standard output lines, closed when it closes its output.
	Lines  <-chan string
	cmd    *exec.Cmd
	stderr *syncbuf.Buffer
}

// Start runs name in dir with extra environment appended and hands its output over line by line; the
// command is killed when the test ends if it still runs.
func Start(t testing.TB, dir string, environ []string, name string, args ...string) *Proc {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), environ...)
	p := &Proc{cmd: cmd, stderr: &syncbuf.Buffer{}}
	cmd.Stderr = p.stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s %s in %s: %v", name, strings.Join(args, " "), dir, err)
	}
	lines := make(chan string, 256)
	p.Lines = lines
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	return p
}

// Wait waits for the command to exit (read Lines to their end first).
func (p *Proc) Wait() error { return p.cmd.Wait() }

// Stderr is what the command wrote to its standard error so far.
func (p *Proc) Stderr() string { return p.stderr.String() }

// JSONLines decodes each of p's lines as a T (a client printing one JSON value a line); the channel
// closes with p's output, or at the first line that is not a T (failing the test).
func JSONLines[T any](t testing.TB, p *Proc) <-chan T {
	out := make(chan T, 64)
	go func() {
		defer close(out)
		for l := range p.Lines {
			var v T
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Errorf("the client printed %q: %v", l, err)
				return
			}
			out <- v
		}
	}()
	return out
}
