package graphql

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestClaimPlanMatchesGraphQLGo: every claim document the fast path recognizes is answered byte
// for byte as graphql-go answers it, for accounts in every claim state of the fixture; the
// documents it must not take are left to graphql-go.
func TestClaimPlanMatchesGraphQLGo(t *testing.T) {
	env := newEnv(t, Options{})
	s := env.srv
	all := `account settledEpoch cumulativeAmount claimed epoch root acceptedCumulativeAmount claimable proof distributor calldata __typename`
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
			plan := planClaim(doc, p.op)
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
		if planClaim(p.doc, p.op) != nil {
			t.Errorf("planned: %s", p.doc)
		}
	}
	// A variable that is not a valid address is left to graphql-go, which reports it.
	plan := planClaim(planned[0].doc, "")
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
