package graphql

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// Proofs are derived from the stored tree (merkle_nodes). A tree no longer kept gives a null
// epoch.leaves proof; the accepted epoch's tree missing or damaged gives the claim an error:
// never an empty or wrong proof.
func TestProofsFromStoredTree(t *testing.T) {
	env := newEnv(t, Options{Distributor: common.HexToAddress(distrib)})
	ctx := context.Background()
	const leaves = `{ epoch(number: 1) { leaves(first: 3) { nodes { account proof } } } }`
	for _, n := range env.data(t, leaves, nil)["epoch"].(map[string]any)["leaves"].(map[string]any)["nodes"].([]any) {
		if p, _ := n.(map[string]any)["proof"].([]any); len(p) == 0 {
			t.Fatalf("kept tree: leaf %v without a proof", n)
		}
	}
	// Damaged: the block is cut short. The claim against accepted epoch 1 fails instead of answering.
	if _, err := env.pool.Exec(ctx, `UPDATE merkle_nodes SET nodes = substring(nodes FROM 1 FOR 64) WHERE epoch = 1`); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`query($a: Address!) { claim(account: $a) { proof calldata } }`,                    // a plan
		`query($a: Address!) { claim(account: $a) @include(if: true) { proof calldata } }`, // graphql-go
	} {
		code, out := env.post(t, q, map[string]any{"a": alice})
		if out["errors"] == nil {
			t.Fatalf("claim from a damaged tree answered (%d): %v", code, out["data"])
		}
	}
	// Superseded (pruned): the leaves read with a null proof.
	if _, err := env.pool.Exec(ctx, `DELETE FROM merkle_nodes WHERE epoch = 1`); err != nil {
		t.Fatal(err)
	}
	for _, n := range env.data(t, leaves, nil)["epoch"].(map[string]any)["leaves"].(map[string]any)["nodes"].([]any) {
		if p := n.(map[string]any)["proof"]; p != nil {
			t.Fatalf("pruned tree: leaf %v has a proof", n)
		}
	}
}
