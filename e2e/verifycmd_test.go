package e2e

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/settlement"
	"github.com/covey-labs/covey/settlement/chainload"
	"github.com/covey-labs/covey/settlement/engine"
)

// exitCode is a finished command's exit status (0 when err is nil, -1 when it did not run).
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}

// TestVerifyCommandExitCodes runs the built binary as an auditor would, alone in an empty directory with
// an RPC URL and the distributor's address, manifests fetched from the base URI the distributor records:
// exit 0 for covey's roots; exit 1 with the diff for a root whose manifest was computed without one of the
// chain's events, for a tampered manifest (one account +1 FLOCK, its root and totals made consistent),
// and for an unexpected policy; exit 2 with a one-line reason for a manifest whose hash is not on-chain
// (before anything in it is read), a missing manifest, bad input and an unreachable RPC.
func TestVerifyCommandExitCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	dn := simulatedDevnet(t, 20, 3, 13)
	settled := t.TempDir()
	pool, pol, outs := settledDevnet(t, dn, settled)
	if len(outs) < 3 {
		t.Fatalf("settled %d epochs", len(outs))
	}
	served := t.TempDir()
	srv := httptest.NewServer(http.FileServer(http.Dir(served)))
	t.Cleanup(srv.Close)
	publish := func(e uint64, b []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(served, fmt.Sprintf("%d.json", e)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dist := newDistributor(t, dn)
	admin, _ := bind.NewKeyedTransactorWithChainID(anvil.DevAccount(anvil.AdminIndex).Key, big.NewInt(dn.d.ChainID))
	dist.mined(dist.c.SetManifestBaseURI(admin, srv.URL+"/"))
	honest := map[uint64][]byte{}
	for e := uint64(0); e < 3; e++ {
		b, err := os.ReadFile(settlement.ManifestPath(settled, e))
		if err != nil {
			t.Fatal(err)
		}
		honest[e] = b
		publish(e, b)
		if e < 2 {
			root, mh, total := settledEpoch(t, pool, e)
			dist.propose(e, root, mh, total)
			dist.accept()
		}
	}

	au := auditor(t, newEnv(t).bin)
	base := []string{"verify", "--rpc", dn.d.RPCURL, "--distributor", dist.addr.Hex()}
	run := func(want int, args ...string) string {
		t.Helper()
		out, err := au.try(append(append([]string(nil), base...), args...)...)
		if exitCode(err) != want {
			t.Fatalf("covey %s: exit %d, want %d:\n%s", strings.Join(args, " "), exitCode(err), want, out)
		}
		t.Logf("covey verify %s: exit %d:\n%s", strings.Join(args, " "), want, lastLines(out, 8))
		return out
	}
	if out := run(0, "--epoch", "1"); !strings.Contains(out, "epoch 1 verified: root") || !strings.Contains(out, "2 epoch(s) recomputed") {
		t.Fatalf("verify epoch 1:\n%s", out)
	}
	hash, err := pol.Hash()
	if err != nil {
		t.Fatal(err)
	}
	run(0, "--epoch", "1", "--expect-policy", hash.Hex())
	if out := run(1, "--epoch", "1", "--expect-policy", filepath.Join(repoRoot(t), "settlement/policy/v1.json")); !strings.Contains(out, "policy: the manifest's policy hashes to") {
		t.Fatalf("unexpected policy:\n%s", out)
	}

	// Epoch 2 computed without one of the chain's events (a stake change inside the epoch).
	reader := chainload.NewReader(dn.logs(t))
	prev := settlement.NoPrevious()
	for e := uint64(0); e < 2; e++ {
		p := chainBuild(t, reader, pol, dn, e, prev, nil)
		prev = p.AsPrevious()
	}
	short := chainBuild(t, reader, pol, dn, 2, prev, func(in *engine.EpochInput) {
		for i, s := range in.StakeChanges {
			if s.Time >= pol.EpochStart(2) {
				in.StakeChanges = append(in.StakeChanges[:i], in.StakeChanges[i+1:]...)
				return
			}
		}
		t.Fatal("no stake change in epoch 2")
	})
	publish(2, short.Bytes)
	dist.propose(2, short.Root, short.ManifestHash, short.Leaves.Total())
	if out := run(1, "--epoch", "2"); !strings.Contains(out, "inputHash: published") || !strings.Contains(out, "DOES NOT VERIFY") {
		t.Fatalf("a chain with one more event than the manifest:\n%s", out)
	}

	// A tampered manifest: one account +1 FLOCK, with the root and totals that go with it.
	dist.mined(dist.c.RevokePendingRoot(dist.guardian))
	m, err := settlement.ParseManifest(honest[2])
	if err != nil {
		t.Fatal(err)
	}
	victim := m.Accounts[len(m.Accounts)/2].Account
	forgedRoot, forgedTotal := forge(t, m, victim)
	for i := range m.Accounts {
		if m.Accounts[i].Account == victim {
			m.Accounts[i].Amount = addFlock(m.Accounts[i].Amount)
			m.Accounts[i].Cumulative = addFlock(m.Accounts[i].Cumulative)
		}
	}
	m.TotalEpoch, m.TotalCumulative, m.Root = addFlock(m.TotalEpoch), forgedTotal.String(), strings.ToLower(forgedRoot.Hex())
	tampered, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	publish(2, tampered)
	dist.propose(2, forgedRoot, settlement.ManifestHash(tampered), forgedTotal)
	if out := run(1, "--epoch", "2"); !strings.Contains(out, "account "+victim+": published amount") {
		t.Fatalf("tampered manifest:\n%s", out)
	}

	// The honest manifest is not the one on-chain now: refused before anything in it is read.
	file := filepath.Join(au.dir, "epoch-2.json")
	if err := os.WriteFile(file, honest[2], 0o644); err != nil {
		t.Fatal(err)
	}
	out := run(2, "--epoch", "2", "--manifest", file)
	if !strings.Contains(out, "not the published manifest") || strings.Contains(out, "recomputed") {
		t.Fatalf("a manifest whose hash is not on-chain:\n%s", out)
	}
	if err := os.Remove(filepath.Join(served, "1.json")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--epoch", "2"}, "manifest not found"}, // epoch 1's manifest is gone
		{[]string{"--epoch", "7"}, "no root published"},
		{[]string{}, "give --epoch N or --all"},
	} {
		out := run(2, c.args...)
		if !strings.Contains(out, c.want) {
			t.Errorf("covey verify %v: exit 2 without %q:\n%s", c.args, c.want, out)
		}
	}
	out, err = au.try("verify", "--rpc", "http://127.0.0.1:1", "--distributor", dist.addr.Hex(), "--epoch", "1")
	if exitCode(err) != 2 || !strings.Contains(out, "no RPC answers") || strings.Count(strings.TrimSpace(out), "\n") > 0 {
		t.Fatalf("unreachable RPC: exit %d, want 2 with one line:\n%s", exitCode(err), out)
	}
}

// chainBuild builds epoch e on the chain path on top of prev, after edit changes its input (when not nil).
func chainBuild(t *testing.T, r *chainload.Reader, pol *engine.Policy, dn *devnetChain, e uint64, prev *settlement.Previous,
	edit func(*engine.EpochInput)) *settlement.Prepared {
	t.Helper()
	loaded, err := settlement.LoadChain(context.Background(), r, pol, dn.d.Contracts, e)
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(loaded.Input)
		if loaded.InputHash, err = settlement.InputHash(loaded.Input); err != nil {
			t.Fatal(err)
		}
	}
	p, err := settlement.Build(settlement.BuildInput{ChainID: dn.d.ChainID, Contracts: dn.d.Contracts, Policy: pol,
		PolicyFile: "settlement/policy/v1.json", Loaded: loaded, Previous: prev})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func addFlock(s string) string {
	v, _ := new(big.Int).SetString(s, 10)
	return v.Add(v, big.NewInt(1e18)).String()
}
