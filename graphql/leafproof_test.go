package graphql

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestLeavesReadProofsOnlyWhenSelected (issue 19): Epoch.leaves computes the Merkle proof of each
// leaf (a subquery over merkle_nodes per leaf) only when the query selects proof, under nodes or
// edges.node, whether a plan (plan.go) or graphql-go (the directive) answers it. Without proof no
// statement computes one and the page is the same; with proof every leaf's verifies against the
// epoch's root; two sibling selections of the same page, one with proofs and one without, each get
// theirs.
func TestLeavesReadProofsOnlyWhenSelected(t *testing.T) {
	env := newEnv(t, Options{CacheTTL: -1})
	proofReads := func(q string) (int64, map[string]any) {
		before := env.queries.proofs.Load()
		d := env.data(t, q, nil)
		return env.queries.proofs.Load() - before, d
	}
	for _, how := range []string{"", " @include(if: true)"} { // a plan, then graphql-go
		n, d := proofReads(`{ epoch(number: 1) { root leaves(first: 3)` + how + ` { nodes { account amount cumulativeAmount } edges { node { account } } } } }`)
		if n != 0 {
			t.Errorf("leaves without proof%s: %d statements computed proofs", how, n)
		}
		if nodes := d["epoch"].(map[string]any)["leaves"].(map[string]any)["nodes"].([]any); len(nodes) != len(epoch1Leaves) {
			t.Fatalf("leaves without proof%s: %v", how, nodes)
		}
		for _, q := range []string{
			`{ epoch(number: 1) { root leaves(first: 3)` + how + ` { nodes { account cumulativeAmount proof } } } }`,
			`{ epoch(number: 1) { root leaves(first: 3)` + how + ` { edges { node { account cumulativeAmount proof } } } } }`,
		} {
			n, d := proofReads(q)
			if n == 0 {
				t.Errorf("%s: no statement computed proofs", q)
			}
			checkLeafProofs(t, q, d["epoch"].(map[string]any))
		}
	}
	// Sibling selections with the same arguments: one batch must not serve the other.
	d := env.data(t, `{ epochs(first: 2) { nodes { root a: leaves(first: 3) { nodes { account } } b: leaves(first: 3) { nodes { account cumulativeAmount proof } } } } }`, nil)
	for _, e := range d["epochs"].(map[string]any)["nodes"].([]any) {
		e := e.(map[string]any)
		checkLeafProofs(t, "sibling b", map[string]any{"root": e["root"], "leaves": e["b"]})
		for _, n := range e["a"].(map[string]any)["nodes"].([]any) {
			if _, has := n.(map[string]any)["proof"]; has {
				t.Fatalf("sibling a answered a proof it did not select: %v", n)
			}
		}
	}
}

// checkLeafProofs: every leaf of epoch's page (nodes or edges) has a proof that verifies against the
// epoch's root.
func checkLeafProofs(t *testing.T, what string, epoch map[string]any) {
	t.Helper()
	root := common.HexToHash(epoch["root"].(string))
	page := epoch["leaves"].(map[string]any)
	var leaves []map[string]any
	for _, n := range asList(page["nodes"]) {
		leaves = append(leaves, n.(map[string]any))
	}
	for _, e := range asList(page["edges"]) {
		leaves = append(leaves, e.(map[string]any)["node"].(map[string]any))
	}
	if len(leaves) == 0 {
		t.Fatalf("%s: no leaves", what)
	}
	for _, l := range leaves {
		var proof []common.Hash
		for _, p := range asList(l["proof"]) {
			proof = append(proof, common.HexToHash(p.(string)))
		}
		if len(proof) == 0 || !verifyProof(proof, root, leafHash(l["account"].(string), big10(l["cumulativeAmount"].(string)))) {
			t.Fatalf("%s: leaf %v: proof does not verify against %s", what, l, root.Hex())
		}
	}
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}
