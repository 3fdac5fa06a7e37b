// Package npmtest gives tests the pinned JavaScript packages of a folder (its package.json and
// package-lock.json): real clients such as graphql-js, graphql-ws, viem and playwright-core, installed
// with npm ci the first time and whenever the lockfile changes, never mocked.
package npmtest

import (
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
