package e2e

import (
	"bytes"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/settlement"
)

// docBlocks are the ```sh blocks of a Markdown file that follow a "<!-- commands: ... -->" marker.
func docBlocks(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)<!-- commands:[^>]*-->\\s*```sh\\n(.*?)```")
	var out []string
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		out = append(out, m[1])
	}
	return out
}

// TestAuditorsDocCommands runs every command docs/auditors.md gives an auditor, as written: the
// verification block as a bash script (build the binary from the clone, then, in an empty directory with
// no database, no config and no node_modules, verify every epoch, one epoch, and one with two RPCs and the
// expected policy) against a devnet whose distributor holds an accepted and a pending root and records
// where the manifests are served; the guard line until it has verified the pending root; and the tree
// block (covey's root equals @openzeppelin/merkle-tree's, and a proof comes out).
func TestAuditorsDocCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	root := repoRoot(t)
	blocks := docBlocks(t, filepath.Join(root, "docs", "auditors.md"))
	if len(blocks) != 3 {
		t.Fatalf("docs/auditors.md has %d marked command blocks, this test runs 3 (verify, guard, tree)", len(blocks))
	}
	dn := simulatedDevnet(t, 15, 2, 23)
	settled := t.TempDir()
	pool, pol, outs := settledDevnet(t, dn, settled)
	if len(outs) < 2 {
		t.Fatalf("settled %d epochs", len(outs))
	}
	served := t.TempDir()
	for e := uint64(0); e < 2; e++ {
		b, err := os.ReadFile(settlement.ManifestPath(settled, e))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(served, fmt.Sprintf("%d.json", e)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(served)))
	t.Cleanup(srv.Close)
	dist := newDistributor(t, dn)
	admin, _ := bind.NewKeyedTransactorWithChainID(anvil.DevAccount(anvil.AdminIndex).Key, big.NewInt(dn.d.ChainID))
	dist.mined(dist.c.SetManifestBaseURI(admin, srv.URL+"/"))
	for e := uint64(0); e < 2; e++ {
		r, mh, total := settledEpoch(t, pool, e)
		dist.propose(e, r, mh, total)
		if e == 0 {
			dist.accept()
		}
	}
	hash, err := pol.Hash()
	if err != nil {
		t.Fatal(err)
	}
	hook := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	t.Cleanup(hook.Close)
	auditDir := t.TempDir()
	environ := []string{"AUDIT_DIR=" + auditDir, "RPC_URL=" + dn.d.RPCURL, "RPC_URL_2=" + strings.Replace(dn.d.RPCURL, "127.0.0.1", "localhost", 1),
		"DISTRIBUTOR=" + dist.addr.Hex(), "EPOCH=1", "POLICY_HASH=" + hash.Hex(), "WEBHOOK_URL=" + hook.URL, "HOME=" + auditDir}
	// The Go toolchain's own settings (caches included: the build is the auditor's first step, not a
	// test of a cold module cache); nothing of covey's (no DATABASE_URL, no config).
	for _, k := range []string{"GOCACHE", "GOPATH", "GOMODCACHE", "GOFLAGS", "GOPROXY", "GOTOOLCHAIN"} {
		v, err := exec.Command("go", "env", k).Output()
		if err != nil {
			t.Fatal(err)
		}
		environ = append(environ, k+"="+strings.TrimSpace(string(v)))
	}
	environ = append(environ, "PATH="+os.Getenv("PATH"))
	if _, err := os.Stat(filepath.Join(filepath.Dir(auditDir), "node_modules")); err == nil {
		t.Fatalf("%s has node_modules above it", auditDir)
	}

	// The verification block, as written.
	cmd := exec.Command("bash", "-eu", "-c", blocks[0])
	cmd.Dir, cmd.Env = root, environ
	out, err := cmd.CombinedOutput()
	if err != nil || strings.Count(string(out), "epoch 1 verified: root") != 3 || !strings.Contains(string(out), "epoch 0 verified: root") {
		t.Fatalf("the verification block: %v\n%s", err, out)
	}

	// The guard line, until it has verified the pending root.
	var buf bytes.Buffer
	cmd = exec.Command("bash", "-eu", "-c", "exec "+strings.TrimSpace(blocks[1]))
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = auditDir, environ, &buf, &buf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(buf.String(), "guard: pending root verified") {
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatalf("the guard line did not verify the pending root:\n%s", buf.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	_ = cmd.Wait()
	if _, err := os.Stat(filepath.Join(auditDir, "guard.json")); err != nil {
		t.Fatalf("the guard kept no state: %v", err)
	}

	// The tree block, on the leaves of epoch 1.
	m, err := settlement.ParseManifest(mustRead(t, filepath.Join(served, "1.json")))
	if err != nil {
		t.Fatal(err)
	}
	var csv strings.Builder
	for _, a := range m.Accounts {
		fmt.Fprintf(&csv, "%s,%s\n", a.Account, a.Cumulative)
	}
	if err := os.WriteFile(filepath.Join(auditDir, "amounts.csv"), []byte(csv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command("bash", "-eu", "-c", blocks[2])
	cmd.Dir = auditDir
	cmd.Env = append(environ, "ACCOUNT="+m.Accounts[0].Account, "NODE_PATH="+filepath.Join(root, "node_modules"))
	out, err = cmd.CombinedOutput()
	if err != nil || strings.Count(string(out), m.Root) < 2 || !strings.Contains(string(out), "proof") {
		t.Fatalf("the tree block (root %s twice, then a proof): %v\n%s", m.Root, err, out)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
