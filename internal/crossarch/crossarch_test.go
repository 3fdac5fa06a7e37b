// Package crossarch proves that settlement does not depend on the machine: the reward engine's
// golden test (byte-for-byte amounts, pools and leaderboards) and the Merkle tree's tests are
// compiled for arm64 and run under qemu-user, where Go may fuse float multiply-adds differently.
package crossarch

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// qemu finds Debian's qemu-user binary for arm64 (package qemu-user-static, installed by `make tools`).
func qemu(t *testing.T) string {
	for _, name := range []string{"qemu-aarch64-static", "qemu-aarch64"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("qemu-user-static is not installed (make tools installs it); the cross-architecture check cannot run")
	}
	t.Skip("qemu-user-static not installed: run `make tools` (apt-get install qemu-user-static)")
	return ""
}

func TestGoldenOnArm64(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles and emulates arm64 test binaries")
	}
	if runtime.GOARCH == "arm64" {
		t.Skip("already on arm64: the ordinary test run is the arm64 run")
	}
	emu := qemu(t)
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ pkg, run string }{
		// The engine's golden test compares the canonical JSON of a busy epoch byte for byte with
		// testdata/golden.json, written on amd64; the property tests check sums and order independence.
		{"settlement/engine", "Golden|Property|Section"},
		// Roots and proofs of the tree (the interop test needs node, which is amd64 here: excluded).
		{"merkle", "^Test[^I]"},
	} {
		bin := filepath.Join(t.TempDir(), strings.ReplaceAll(c.pkg, "/", "_")+".arm64.test")
		build := exec.Command("go", "test", "-c", "-o", bin, "./"+c.pkg)
		build.Dir = root
		build.Env = append(os.Environ(), "GOARCH=arm64", "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("cross-compiling %s: %v\n%s", c.pkg, err, out)
		}
		run := exec.Command(emu, bin, "-test.run", c.run, "-test.count=1")
		run.Dir = filepath.Join(root, c.pkg) // the test reads testdata/ relative to its package
		out, err := run.CombinedOutput()
		if err != nil {
			t.Fatalf("%s on arm64: %v\n%s", c.pkg, err, out)
		}
		if !strings.Contains(string(out), "PASS") {
			t.Fatalf("%s on arm64 did not report PASS:\n%s", c.pkg, out)
		}
		t.Logf("%s: arm64 under %s: PASS", c.pkg, filepath.Base(emu))
	}
}
