package settlement

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

// awkwardPolicyFile is a policy file name that takes every branch of the documented string rule:
// named escapes, other C0 controls, U+2028/U+2029, HTML-looking and non-ASCII characters.
const awkwardPolicyFile = "pol\"icy\\<&>/\b\f\n\r\t\x01\x1f é ✓ \u2028\u2029 😀.json"

// TestManifestCanonicalFormIsTheDocumented: docs/auditors.md's rules for the manifest's bytes,
// implemented again in another language from the text alone (scripts/manifest-canonical.mjs: its own
// JSON reader and writer, no JSON.stringify), give byte-identical manifests: Arena and FL epochs, the
// first epoch (empty previous hashes) and a later one, contracts with start blocks, and a policy file
// name that exercises every escape. A field out of alphabetical order in Manifest, a changed escape or
// number rule, or a doc that no longer says how the bytes are made fails here.
func TestManifestCanonicalFormIsTheDocumented(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("the independent re-serializer needs node on PATH: not found")
	}
	ctx := context.Background()
	pool := pgtest.New(t)
	f := newFixture(t, pool)
	f.flStakes(flAddr)
	f.epochActivity(0)
	f.flWorkedExample(flAddr, false)
	f.epochActivity(1)
	f.head(testGenesis + 2*testL + 61)
	s := newSettler(t, pool, "")
	s.PolicyFile = awkwardPolicyFile
	at := func(a string, start uint64) config.Contract {
		return config.Contract{Address: common.HexToAddress(a), StartBlock: start}
	}
	s.Source.Contracts = map[string]config.Contract{
		config.Staking: at(stakingAddr, 3), config.TaskArena: at(arenaAddr, 0), config.Marketplace: at(marketAddr, 12),
		config.RewardsDistributor: at(distributorAdr, 7), config.FLAlliance: at(flAddr, 1_000_000_000_000),
	}
	outs, err := s.SettleAll(ctx)
	if err != nil || len(outs) != 2 {
		t.Fatalf("settling: %d epochs, %v", len(outs), err)
	}
	dir := t.TempDir()
	for e := range 2 {
		var b []byte
		if err := pool.QueryRow(ctx, `SELECT manifest FROM settlement_epochs WHERE epoch = $1`, e).Scan(&b); err != nil {
			t.Fatal(err)
		}
		m, err := ParseManifest(b)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Tasks) < 2 || m.Policy.File != awkwardPolicyFile || m.Contracts[config.FLAlliance].StartBlock != "1000000000000" {
			t.Fatalf("epoch %d: the manifest does not hold what this test exercises: %s", e, b)
		}
		if (e == 0) != (m.PreviousManifestHash == "") {
			t.Fatalf("epoch %d: previousManifestHash %q", e, m.PreviousManifestHash)
		}
		path := filepath.Join(dir, "m.json")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		root, _ := filepath.Abs("..")
		out, err := exec.Command(node, filepath.Join(root, "scripts", "manifest-canonical.mjs"), path).Output()
		if err != nil {
			t.Fatalf("node: %v", err)
		}
		if !bytes.Equal(out, b) {
			i := 0
			for i < len(out) && i < len(b) && out[i] == b[i] {
				i++
			}
			t.Fatalf("epoch %d: the documented rules give other bytes from offset %d:\n covey: %q\n rules: %q", e, i,
				b[i:min(len(b), i+80)], out[i:min(len(out), i+80)])
		}
	}
}

// A manifest of another format is refused by name, not with a confusing field error.
func TestParseManifestNamesItsFormat(t *testing.T) {
	_, err := ParseManifest([]byte(`{"format":"covey-manifest/1","engineVersion":"x"}`))
	if err == nil || !strings.Contains(err.Error(), `manifest format "covey-manifest/1": this covey reads "covey-manifest/2"`) {
		t.Fatalf("got %v", err)
	}
}
