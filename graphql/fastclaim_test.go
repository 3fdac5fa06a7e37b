package graphql

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
)

// TestClaimPlanMatchesGraphQLGo: every claim document the fast path recognizes is answered byte
// for byte as graphql-go answers it, for accounts in every claim state of the fixture; the
// documents it must not take are left to graphql-go.
func TestClaimPlanMatchesGraphQLGo(t *testing.T) {
	env := newEnv(t, Options{})
	s := env.srv
	all := `account block settledEpoch cumulativeAmount claimed epoch root acceptedCumulativeAmount claimable proof distributor calldata __typename`
	planned := []struct{ doc, op string }{
		{`query($a: Address!) { claim(account: $a) { ` + all + ` } }`, ""},
		{`query Mine($a: Address!) { mine: claim(account: $a) { amount: claimable, proof calldata # comment
			who: account } }`, "Mine"},
		{`query Mine($a: Address!) { claim(account: $a) { root epoch } }`, ""},
		{`{ claim(account: "ACCOUNT") { ` + all + ` } }`, ""},
	}
	accounts := []string{alice, bob, carol, dave, eve, treasury, "0x" + strings.Repeat("99", 20), strings.ToUpper(alice[2:])}
	for _, p := range planned {
		for _, a := range accounts {
			if !strings.HasPrefix(a, "0x") {
				a = "0x" + a
			}
			doc := strings.ReplaceAll(p.doc, "ACCOUNT", a)
			plan := planOf(doc, p.op)
			if plan == nil {
				t.Fatalf("not planned: %s", doc)
			}
			vars := map[string]any{"a": a}
			got, ok := s.execClaim(context.Background(), plan, vars)
			if !ok {
				t.Fatalf("fast path declined %s for %s", doc, a)
			}
			want := s.schema.Exec(context.Background(), doc, p.op, vars)
			if len(want.Errors) > 0 {
				t.Fatalf("graphql-go: %v", want.Errors)
			}
			if !bytes.Equal(got, want.Data) {
				t.Fatalf("%s for %s:\n fast %s\n gql  %s", doc, a, got, want.Data)
			}
		}
	}
	// Through HTTP: the same answer as the golden claim query's, with its variables.
	d := env.data(t, `query($a: Address!) { claim(account: $a) { account claimable } }`, map[string]any{"a": alice})
	if d["claim"].(map[string]any)["account"] == nil {
		t.Fatalf("claim over HTTP: %v", d)
	}
	notPlanned := []struct{ doc, op string }{
		{`query($a: Address!) { claim(account: $a) @include(if: true) { account } }`, ""},
		{`query($a: Address!) { claim(account: $a) { ...F } } fragment F on Claim { account }`, ""},
		{`query($a: Address!) { claim(account: $a) { account } status { chainId } }`, ""},
		{`query($a: Address!) { claim(account: $a) { account account } }`, ""},
		{`query($a: Address!, $b: Int) { claim(account: $a) { account } }`, ""},
		{`query($a: Address) { claim(account: $a) { account } }`, ""},
		{`query($a: Address!) { claim(account: "0x` + strings.Repeat("a1", 20) + `") { account } }`, ""},
		{`query A($a: Address!) { claim(account: $a) { account } }`, "B"},
		{`query($a: Address!) { claim(account: $a) { nope } }`, ""},
		{`query($a: Address!) { account(address: $a) { address } }`, ""},
		{`{ claim(account: "0x\u0041") { account } }`, ""},
		{`subscription($a: Address!) { claimable(account: $a) { account } }`, ""},
	}
	for _, p := range notPlanned {
		if planOf(p.doc, p.op) != nil {
			t.Errorf("planned: %s", p.doc)
		}
	}
	// A variable that is not a valid address is left to graphql-go, which reports it.
	plan := planOf(planned[0].doc, "")
	for _, bad := range []any{nil, 5, "0x123", "0xA1a1a1a1A1A1A1A1A1a1a1a1a1a1A1A1a1A1a1a1"} {
		if _, ok := s.execClaim(context.Background(), plan, map[string]any{"a": bad}); ok {
			t.Errorf("fast path answered for %v", bad)
		}
	}
	_, out := env.post(t, planned[0].doc, map[string]any{"a": "0x123"})
	if code, _ := errCode(t, out); code != CodeBadUserInput {
		t.Fatalf("bad address through the planned document: %v", out)
	}
}

// planOf reads src as check does and plans it (nil for what does not read).
func planOf(src, operationName string) *claimPlan {
	d, _ := parseDoc(src)
	return planClaim(d, operationName)
}

// TestClaimAmountNotUint256 (issue 20.7): an accepted cumulative amount the database holds but no
// uint256 can (2^256, numeric(78,0) allows it) is an INTERNAL error of the claim field, through the
// fast path and through graphql-go alike, with the cause in the log; calldata no longer panics
// (the fast path's panic dropped the connection without an answer).
func TestClaimAmountNotUint256(t *testing.T) {
	env := newEnv(t, Options{})
	tooBig := new(big.Int).Lsh(big.NewInt(1), 256).String()
	if _, err := env.pool.Exec(context.Background(), `UPDATE merkle_leaves SET cumulative = $1 WHERE chain_id = $2 AND epoch = 1 AND account = $3`, tooBig, testChain, alice); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`{ claim(account: "` + alice + `") { account calldata } }`,                    // the fast path
		`{ claim(account: "` + alice + `") { account calldata } status { chainId } }`, // graphql-go
	} {
		status, out := env.post(t, q, nil)
		if code, msg := errCode(t, out); status != 200 || code != CodeInternal || msg != internalMessage || out["data"] != nil {
			t.Errorf("%s: %d %s %q %v", q, status, code, msg, out["data"])
		}
	}
	if logs := env.logs.String(); !strings.Contains(logs, "not a uint256") || strings.Contains(logs, "panic") {
		t.Errorf("log:\n%s", logs)
	}
}
