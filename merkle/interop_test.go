package merkle

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// ozScript locates node and the interop script, skipping the test when the JS side is absent.
func ozScript(t *testing.T) (node, script string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("interop with @openzeppelin/merkle-tree needs node on PATH: not found")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules/@openzeppelin/merkle-tree/package.json")); err != nil {
		t.Skip("interop needs node_modules/@openzeppelin/merkle-tree (run npm ci at the repository root): not found")
	}
	return node, filepath.Join(root, "scripts/oz-tree.mjs")
}

func runNode(t *testing.T, node string, args ...string) {
	t.Helper()
	cmd := exec.Command(node, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node %v: %v\n%s", args, err, out)
	}
}

type jsResult struct {
	Root     string          `json:"root"`
	Proofs   [][]string      `json:"proofs"`
	Dump     json.RawMessage `json:"dump"`
	Verified int             `json:"verified"`
}

func hexProof(p [][32]byte) []string {
	s := make([]string, len(p))
	for i := range p {
		s[i] = hx(p[i])
	}
	return s
}

func compareProofs(t *testing.T, what string, tr *Tree, js [][]string) {
	t.Helper()
	if len(js) != tr.Len() {
		t.Fatalf("%s: %d proofs from JS, want %d", what, len(js), tr.Len())
	}
	all := tr.AllProofs()
	for i := range js {
		got := hexProof(all.At(i))
		if fmt.Sprint(got) != fmt.Sprint(js[i]) {
			t.Fatalf("%s: proof %d:\n go %v\n js %v", what, i, got, js[i])
		}
	}
}

// TestInteropOpenZeppelin checks, for several sizes and random sets, that the Go tree and
// @openzeppelin/merkle-tree 1.0.8 agree on the root and on every proof, that Go's dump is
// byte-identical to JSON.stringify(dump()), that StandardMerkleTree.load() accepts Go's dump
// and verifies Go's proofs, and that Load accepts the JS dump.
func TestInteropOpenZeppelin(t *testing.T) {
	node, script := ozScript(t)
	r := mrand.New(mrand.NewPCG(11, 12))
	sizes := []int{1, 2, 3, 1023, 1024, 1025}
	for range 3 {
		sizes = append(sizes, 1+r.IntN(2000))
	}
	for _, n := range sizes {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			dir := t.TempDir()
			leaves := randomLeaves(t, n, r)
			values := make([][2]string, n)
			for i, l := range leaves {
				values[i] = [2]string{"0x" + hex.EncodeToString(l.Account[:]), l.Amount.String()}
			}
			writeJSON(t, filepath.Join(dir, "leaves.json"), values)

			// JS builds from the same values.
			runNode(t, node, script, "build", filepath.Join(dir, "leaves.json"), filepath.Join(dir, "js.json"))
			var js jsResult
			readJSONFile(t, filepath.Join(dir, "js.json"), &js)

			tr, err := Build(leaves)
			if err != nil {
				t.Fatal(err)
			}
			if hx(tr.Root()) != js.Root {
				t.Fatalf("root: go %s, js %s", hx(tr.Root()), js.Root)
			}
			compareProofs(t, "go vs js", tr, js.Proofs)
			goDump, err := tr.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(goDump, js.Dump) {
				t.Fatalf("dump differs from JSON.stringify(dump()):\n go %.300s\n js %.300s", goDump, js.Dump)
			}

			// JS's dump loads in Go.
			lt, err := Load(bytes.NewReader(js.Dump))
			if err != nil {
				t.Fatalf("Load(js dump): %v", err)
			}
			if lt.Root() != tr.Root() {
				t.Fatal("Load(js dump): root differs")
			}
			compareProofs(t, "loaded js dump", lt, js.Proofs)

			// Go's dump loads in JS and Go's proofs verify there.
			if err := os.WriteFile(filepath.Join(dir, "go-dump.json"), goDump, 0o644); err != nil {
				t.Fatal(err)
			}
			goProofs := make([][]string, n)
			for i := range n {
				goProofs[i] = hexProof(tr.Proof(i))
			}
			writeJSON(t, filepath.Join(dir, "go-proofs.json"), goProofs)
			runNode(t, node, script, "load", filepath.Join(dir, "go-dump.json"), filepath.Join(dir, "js-load.json"), filepath.Join(dir, "go-proofs.json"))
			var jl jsResult
			readJSONFile(t, filepath.Join(dir, "js-load.json"), &jl)
			if jl.Root != hx(tr.Root()) {
				t.Fatalf("StandardMerkleTree.load(go dump).root = %s, want %s", jl.Root, hx(tr.Root()))
			}
			if jl.Verified != n {
				t.Fatalf("StandardMerkleTree.verify accepted %d of %d Go proofs", jl.Verified, n)
			}
			compareProofs(t, "js loaded go dump", tr, jl.Proofs)
		})
	}
}

// TestInteropForeignRepresentations feeds the JS library values the way other tools write them
// (EIP-55 checksummed addresses, hex amounts): the dump stores them verbatim, and Load must
// still accept it and produce the same tree as Build.
func TestInteropForeignRepresentations(t *testing.T) {
	node, script := ozScript(t)
	dir := t.TempDir()
	var values [][2]string
	var leaves []Leaf
	for i := range 50 {
		var a common.Address
		rand.Read(a[:])
		amt := big.NewInt(int64(i) * 1_000_000_007)
		s := amt.String()
		if i%2 == 0 {
			s = "0x" + amt.Text(16)
		}
		values = append(values, [2]string{a.Hex(), s})
		leaves = append(leaves, Leaf{a, amt})
	}
	writeJSON(t, filepath.Join(dir, "leaves.json"), values)
	runNode(t, node, script, "build", filepath.Join(dir, "leaves.json"), filepath.Join(dir, "js.json"))
	var js jsResult
	readJSONFile(t, filepath.Join(dir, "js.json"), &js)
	lt, err := Load(bytes.NewReader(js.Dump))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := Build(leaves)
	if err != nil {
		t.Fatal(err)
	}
	if lt.Root() != tr.Root() || hx(tr.Root()) != js.Root {
		t.Fatalf("roots: loaded %s, built %s, js %s", hx(lt.Root()), hx(tr.Root()), js.Root)
	}
	compareProofs(t, "foreign", lt, js.Proofs)
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readJSONFile(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}
