package graphql

import (
	"fmt"
	"strings"
	"testing"
)

// fragmentBomb is a document whose operation spreads F<n>, each F<i> spreading F<i-1> twice: 2^n
// copies of F0's selection in n+1 fragments.
func fragmentBomb(n int, f0 string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "query { ...F%d }\nfragment F0 on Query { %s }\n", n, f0)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	return b.String()
}

// TestFragmentBombMeasuredOnce: the document checks look into each fragment once (per list
// multiplier), not once per spread. A 2^30 fragment bomb hung the server's check for good (chaos
// TestHostileGraphQL: no answer within 30 s) once list sizes were counted, because the "is a list
// sized by a variable" walk and the list-item count expanded every spread; with 2^62 spreads here
// an expanding walk would never finish.
func TestFragmentBombMeasuredOnce(t *testing.T) {
	for _, tc := range []struct {
		f0   string
		want int // nodes, capped at limit+1
	}{
		{`status { chainId }`, 0},
		{`tasks(first: 3) { nodes { id } }`, 20_001},
	} {
		d, err := parseDoc(fragmentBomb(62, tc.f0))
		if err != nil {
			t.Fatal(err)
		}
		op := d.operation("")
		if d.sizedByVariables(op) {
			t.Fatalf("%s: sized by variables", tc.f0)
		}
		if n := d.nodes(op, nil, 100, 20_000); n != tc.want {
			t.Fatalf("%s: %d list items, want %d", tc.f0, n, tc.want)
		}
	}
	// Exact where it fits: 2^3 copies of 3 tasks, each with 5 submissions.
	d, err := parseDoc(fragmentBomb(3, `tasks(first: 3) { nodes { submissions(first: 5) { nodes { id } } } }`))
	if err != nil {
		t.Fatal(err)
	}
	if n := d.nodes(d.operation(""), nil, 100, 20_000); n != 8*(3+3*5) {
		t.Fatalf("%d list items, want %d", n, 8*(3+3*5))
	}

	// Over HTTP: the bomb is refused with a coded error.
	env := newEnv(t, Options{})
	_, out := env.post(t, fragmentBomb(30, `status { chainId }`), nil)
	if code, msg := errCode(t, out); code != CodeLimit {
		t.Fatalf("fragment bomb: got %s %q, want %s", code, msg, CodeLimit)
	}
}

// TestEveryOperationMeasured (SECURITY.md, anonymous API client): graphql-go validates every
// operation of a document, so each is held to the depth and complexity limits, not only the one
// operationName selects (a cheap Small beside an unselected 2,500-alias Big ran before).
func TestEveryOperationMeasured(t *testing.T) {
	env := newEnv(t, Options{})
	var big strings.Builder
	for i := range 2500 {
		fmt.Fprintf(&big, "a%d: status { chainId } ", i)
	}
	deep := "status " + strings.Repeat("{ head ", 14) + strings.Repeat("}", 14)
	for _, c := range []struct{ other, limit string }{
		{"query Big { " + big.String() + "}", "complexity"},
		{"query Deep { " + deep + " }", "depth"},
	} {
		doc := "query Small { status { chainId } } " + c.other
		code, out := env.postOp(t, doc, "Small")
		errs, _ := out["errors"].([]any)
		if len(errs) == 0 {
			t.Fatalf("%s: answered %d %v", c.limit, code, out["data"])
		}
		ext, _ := errs[0].(map[string]any)["extensions"].(map[string]any)
		if ext["code"] != CodeLimit || ext["limit"] != c.limit {
			t.Fatalf("%s: got %v", c.limit, errs[0])
		}
	}
	// Two small operations still run, whichever is selected.
	for _, op := range []string{"A", "B"} {
		if code, out := env.postOp(t, `query A { status { chainId } } query B { epochs { nodes { number } } }`, op); code != 200 || out["errors"] != nil {
			t.Fatalf("%s: %d %v", op, code, out["errors"])
		}
	}
}
