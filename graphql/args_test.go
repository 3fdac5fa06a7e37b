package graphql

import (
	"encoding/json"
	"strings"
	"testing"
)

// wsErrors reads until a message for id and returns the errors of its `error` message.
func (w *wsClient) wsErrors(id string) []map[string]any {
	w.t.Helper()
	m := w.message(id)
	if m.Type != "error" {
		w.t.Fatalf("expected an error message for %s, got %s %s", id, m.Type, m.Payload)
	}
	var errs []map[string]any
	if err := json.Unmarshal(m.Payload, &errs); err != nil {
		w.t.Fatal(err)
	}
	return errs
}

// TestSubscriptionBadArgument (issue 17.11): claimable with a bad address, as a literal or a
// variable, is refused before graphql-go's Subscribe with one BAD_USER_INPUT naming the argument or
// variable; nothing panics (it answered BAD_USER_INPUT plus INTERNAL and logged "graphql resolver
// panic: index out of range [0] with length 0"), and the connection serves the next subscription.
func TestSubscriptionBadArgument(t *testing.T) {
	env := newEnv(t, Options{})
	ws := dialWS(t, env)
	for _, c := range []struct {
		id, query string
		vars      map[string]any
		ext, want string
	}{
		{"lit", `subscription { claimable(account: "0x123") { cumulativeAmount } }`, nil, "argument", "claimable.account"},
		{"var", `subscription($a: Address!) { claimable(account: $a) { cumulativeAmount } }`, map[string]any{"a": "0x123"}, "variable", "a"},
	} {
		ws.subscribe(c.id, c.query, c.vars)
		errs := ws.wsErrors(c.id)
		if len(errs) != 1 {
			t.Fatalf("%s: %d errors: %v", c.id, len(errs), errs)
		}
		ext, _ := errs[0]["extensions"].(map[string]any)
		if ext["code"] != CodeBadUserInput || ext[c.ext] != c.want {
			t.Fatalf("%s: %v", c.id, errs[0])
		}
	}
	ws.subscribe("ok", `subscription($a: Address!) { claimable(account: $a) { account } }`, map[string]any{"a": alice})
	if d := ws.nextData("ok"); !strings.EqualFold(d["claimable"].(map[string]any)["account"].(string), alice) {
		t.Fatalf("good subscription: %v", d)
	}
	if logs := env.logs.String(); strings.Contains(logs, "panic") {
		t.Fatalf("the server panicked:\n%s", logs)
	}
}

// TestNoServerDetailsInSchema (SECURITY.md, anonymous API client; issue 17.10): the API does not
// tell where the server keeps its files (Epoch.manifestPath) or which host and process ran a
// settlement (SettlementRun.runner); asking for them is a validation error.
func TestNoServerDetailsInSchema(t *testing.T) {
	env := newEnv(t, Options{})
	for _, q := range []string{`{ epochs { nodes { manifestPath } } }`, `{ settlementRuns { nodes { runner } } }`} {
		if _, out := env.post(t, q, nil); out["errors"] == nil || out["data"] != nil {
			t.Errorf("%s: %v", q, out)
		}
	}
	for _, field := range []string{"manifestPath", "runner"} {
		if strings.Contains(Schema(), "  "+field+":") {
			t.Errorf("the schema still has %s", field)
		}
	}
}
