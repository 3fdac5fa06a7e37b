package graphql

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// webDir holds the pinned JavaScript side of the API's tests (graphql-js): web/package.json.
const webDir = "web"

// webNode runs node on a script of web/ with args and returns its standard output. It installs
// web/'s pinned packages first (npm ci) when they are missing or older than the lockfile, so
// `go test ./graphql/` needs nothing but node and npm on PATH; without node the test is skipped.
func webNode(t testing.TB, script string, args ...string) []byte {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("needs node on PATH (Node.js >= 20 with npm): not found")
	}
	installWeb(t)
	cmd := exec.Command(node, append([]string{script}, args...)...)
	cmd.Dir = webDir
	var stderr lockedWriter
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node %s: %v\n%s", script, err, stderr.String())
	}
	return out
}

// installWeb runs npm ci in web/ unless node_modules is at least as new as package-lock.json.
func installWeb(t testing.TB) {
	t.Helper()
	lock, err := os.Stat(filepath.Join(webDir, "package-lock.json"))
	if err != nil {
		t.Fatal(err)
	}
	if done, err := os.Stat(filepath.Join(webDir, "node_modules", ".package-lock.json")); err == nil && !done.ModTime().Before(lock.ModTime()) {
		return
	}
	cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund")
	cmd.Dir = webDir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm ci in graphql/%s: %v\n%s", webDir, err, out)
	}
}
