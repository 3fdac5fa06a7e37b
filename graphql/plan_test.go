package graphql

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// planShapes are documents a plan must answer (each with the variables sent): the benchmarks'
// list queries, and aliases, fragments, partial selections, merged keys and variables around them.
var planShapes = []struct {
	q    string
	vars map[string]any
}{
	{`query($t: BigInt!) { task(id: $t) { id creator leaderboard { epoch account role rank score qualityPpm submission reward } } }`, map[string]any{"t": "1"}},
	{`query($n: Int!, $after: String) { epoch(number: $n) { number status start end root emission revenue totalEpoch totalCumulative
		treasuryResidual leafCount manifestHash policyVersion
		pools { task stakeSeconds emission revenue fee nodePool validatorPool residual }
		leaves(first: 25, after: $after) { nodes { account amount cumulativeAmount } pageInfo { hasNextPage endCursor } } } }`, map[string]any{"n": 1.0}},
	{`query($n: Int!, $after: String) { epoch(number: $n) { number leaves(first: 1, after: $after) { nodes { account } pageInfo { hasNextPage endCursor } } } }`,
		map[string]any{"n": 2.0, "after": "WyIweGExYTFhMWExYTFhMWExYTFhMWExYTFhMWExYTFhMWExYTFhMWExIl0"}},
	{`query($n: Int!) { epoch(number: $n) { number leaves(first: 100, orderBy: amount, orderDirection: DESC) { nodes { account amount cumulativeAmount } pageInfo { hasNextPage endCursor } } } }`, map[string]any{"n": 2.0}},
	{`{ scores(first: 100, orderDirection: DESC) { nodes { task submission validator score blockNumber txHash } } }`, nil},
	{`query($v: BigInt!) { scores(first: 50, task: $v, orderDirection: DESC) { nodes { task submission validator score blockNumber txHash } } }`, map[string]any{"v": "1"}},
	{`query($v: Address!) { purchases(first: 20, buyer: $v) { nodes { model task buyer price fee net blockNumber } } }`, map[string]any{"v": dave}},
	{`query($v: Address!) { submissions(first: 20, node: $v) { nodes { id task node modelHash uri blockNumber } } }`, map[string]any{"v": alice}},
	{`query($a: Address!) { account(address: $a) { rewards { totalCount edges { cursor node { epoch account amount cumulativeAmount parts { task role kind source amount } } } } } }`, map[string]any{"a": alice}},
	{`query($a: Address!) { account(address: $a) { address rewards(first: 1, orderDirection: DESC) { nodes { epoch amount } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`, map[string]any{"a": bob}},
	{`query($a: Address!) { claim(account: $a) { account block settledEpoch cumulativeAmount claimed epoch root acceptedCumulativeAmount claimable proof distributor calldata __typename } }`, map[string]any{"a": alice}},
	{`query Mine($a: Address!) { mine: claim(account: $a) { amount: claimable, proof calldata who: account } }`, map[string]any{"a": carol}},
	{`{ claim(account: "0xB2B2B2B2B2B2B2B2B2B2B2B2B2B2B2B2B2B2B2B2") { account claimable } }`, nil},
	// aliases, fragments (named and inline), repeated and merged keys, partial selections
	{`{ a: task(id: "1") { ...T id } b: task(id: 2) { ... on Task { creator } __typename } } fragment T on Task { id creator lb: leaderboard { rank ...E } }
		fragment E on LeaderboardEntry { account score }`, nil},
	{`{ task(id: "1") { leaderboard { rank } leaderboard { score rank account } } __typename }`, nil},
	{`query($n: Int!) { e: epoch(number: $n) { ... { number } pools { task } p2: pools { residual } leaves(first: 2) { edges { cursor node { account } } totalCount } } }`, map[string]any{"n": 1.0}},
	{`{ epochs(first: 5) { nodes { number status root } } settlementRuns { nodes { id epoch kind status error } } }`, nil},
	{`{ scores(first: 3, orderDirection: ASC) { edges { node { score validator } cursor } pageInfo { hasNextPage } } purchases { totalCount } models { nodes { id seller price } } }`, nil},
	{`query($d: OrderDirection) { scores(first: 2, orderDirection: $d) { nodes { score } } }`, map[string]any{"d": "DESC"}},
	{`query($d: OrderDirection) { scores(first: 2, orderDirection: $d) { nodes { score } } }`, nil},
	{`query($f: Int) { tasks(first: $f) { nodes { id creator metadataURI start end } } }`, map[string]any{"f": 2.0}},
	{`{ scores(where: { score_gte: 820000 }) { totalCount nodes { score blockNumber } } }`, nil},
	{`{ scores(submission: "1", orderDirection: DESC) { totalCount nodes { task submission validator score replaced previousScore blockNumber finality } } }`, nil},
	{`{ missing: epoch(number: 42) { number } task(id: "99") { id } }`, nil},
}

// TestPlanMatchesGraphQLGo: every planShapes document is answered by its plan, byte for byte as
// graphql-go answers it; so is every golden query the plan takes, and whatever the plan declines
// is answered by graphql-go with the same bytes through the handler.
func TestPlanMatchesGraphQLGo(t *testing.T) {
	env := newEnv(t, Options{})
	for _, c := range planShapes {
		got, ok := planAnswer(t, env.srv, c.q, "", c.vars)
		if !ok {
			t.Errorf("not answered by a plan: %s", c.q)
			continue
		}
		matchGraphQLGo(t, env.srv, c.q, c.vars, got)
	}
	files, _ := filepath.Glob("testdata/golden/*.graphql")
	fl, _ := filepath.Glob("testdata/fl/*.graphql")
	planned := 0
	for _, f := range append(files, fl...) {
		q, vars := goldenRequest(t, f)
		if got, ok := planAnswer(t, env.srv, q, "", vars); ok {
			planned++
			matchGraphQLGo(t, env.srv, q, vars, got)
		}
	}
	if planned < len(files)/2 {
		t.Errorf("plans answered %d of %d golden queries", planned, len(files)+len(fl))
	}
}

// TestPlanDeclines: what a plan must not answer goes to graphql-go, whose answer (data and
// errors) the handler then writes.
func TestPlanDeclines(t *testing.T) {
	env := newEnv(t, Options{})
	cases := []struct {
		q    string
		vars map[string]any
	}{
		{`{ task(id: "1") @include(if: true) { id } }`, nil},                           // a directive
		{`{ __schema { queryType { name } } }`, nil},                                   // introspection
		{`{ epoch(number: 1) { leaves(after: "bogus") { nodes { account } } } }`, nil}, // a resolver error
		{`query($n: Int!) { epoch(number: $n) { number } }`, nil},                      // a missing variable
		{`query($n: Int!) { epoch(number: $n) { number } }`, map[string]any{"n": 1.5}}, // a value graphql-go refuses
		{`{ scores(first: 1, blockRange: {from: 6}) { nodes { score } } }`, nil},       // fine: planned, kept as a control
		{`query($r: BlockRange) { scores(blockRange: $r) { nodes { score } } }`, map[string]any{"r": map[string]any{"from": 6, "nope": 1}}},
		{`{ task(id: "1") { uri: metadataURI } s: scores(first: 1, after: "x") { totalCount } }`, nil},
		{`{ claim(account: "0x\u0041") { account } }`, nil},                          // an escape in a string literal
		{`query($n: Int!) { epoch(number: $n) { nope } }`, map[string]any{"n": 1.0}}, // invalid: validation answers
	}
	for _, c := range cases {
		// The handler's whole answer, status included, is what it was without plans.
		status, out := env.post(t, c.q, c.vars)
		env.srv.noPlan = true
		wantStatus, wantOut := env.post(t, c.q, c.vars)
		env.srv.noPlan = false
		if status != wantStatus || !reflect.DeepEqual(out, wantOut) {
			t.Errorf("%s: %d %v; without plans %d %v", c.q, status, out, wantStatus, wantOut)
		}
		want := env.srv.schema.Exec(context.Background(), c.q, "", c.vars)
		if len(want.Errors) == 0 {
			continue
		}
		if got, ok := planAnswer(t, env.srv, c.q, "", c.vars); ok {
			t.Errorf("%s: answered by a plan (%s) where graphql-go reports %v", c.q, got, want.Errors)
		}
	}
	// A field that cannot be planned keeps the whole document on graphql-go.
	for _, q := range []string{`{ task(id: "1") @skip(if: false) { id } }`, `{ __type(name: "Task") { name } }`, `{ a: epoch(number: 1) { number } b: __schema { types { name } } }`} {
		c, qerr := env.srv.check(request{Query: q})
		if qerr != nil {
			t.Fatal(qerr)
		}
		if p, _ := env.srv.planFor(c, request{Query: q}); p != nil {
			t.Errorf("planned: %s", q)
		}
	}
}

// planAnswer checks q as a request does and runs its plan; ok false when there is none or it
// declined.
func planAnswer(t *testing.T, s *Server, q, op string, vars map[string]any) ([]byte, bool) {
	t.Helper()
	req := request{Query: q, OperationName: op, Variables: vars}
	c, qerr := s.check(req)
	if qerr != nil {
		return nil, false
	}
	p, _ := s.planFor(c, req)
	if p == nil {
		return nil, false
	}
	return s.execPlan(context.Background(), p, vars)
}

func matchGraphQLGo(t *testing.T, s *Server, q string, vars map[string]any, got []byte) {
	t.Helper()
	want := s.schema.Exec(context.Background(), q, "", vars)
	if len(want.Errors) > 0 {
		t.Errorf("%s: the plan answered, graphql-go reports %v", q, want.Errors)
		return
	}
	if !bytes.Equal(got, want.Data) {
		t.Errorf("%s:\n plan %s\n gql  %s", strings.Join(strings.Fields(q), " "), got, want.Data)
	}
}

// TestClaimFromDamagedLeafBlock (issue 20.7): a stored leaf that cannot be read back (its block's
// header no longer matches its length) is an INTERNAL error of the claim field, whether a plan or
// graphql-go runs the document, with the cause in the log; calldata does not panic (the former
// claim fast path's panic dropped the connection without an answer). A block cannot hold an
// amount past uint256: its widths are at most 32 bytes.
func TestClaimFromDamagedLeafBlock(t *testing.T) {
	env := newEnv(t, Options{})
	if _, err := env.pool.Exec(context.Background(), `UPDATE leaf_blocks SET leaves = set_byte(leaves, 4, 33) WHERE chain_id = $1 AND epoch = 1`, testChain); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`{ claim(account: "` + alice + `") { account calldata } }`,                    // a plan declines, graphql-go answers
		`{ claim(account: "` + alice + `") @include(if: true) { account calldata } }`, // graphql-go
	} {
		status, out := env.post(t, q, nil)
		if code, msg := errCode(t, out); status != 200 || code != CodeInternal || msg != internalMessage || out["data"] != nil {
			t.Errorf("%s: %d %s %q %v", q, status, code, msg, out["data"])
		}
	}
	if logs := env.logs.String(); !strings.Contains(logs, "damaged leaf block") || strings.Contains(logs, "panic") {
		t.Errorf("log:\n%s", logs)
	}
}

// TestPlanKeepsLimitsAndVariables: a planned document is still held to the limits with each
// request's variables (a size that passed once does not let a larger one through), and a plan
// answers each request with its own variables, never another request's answer.
func TestPlanKeepsLimitsAndVariables(t *testing.T) {
	env := newEnv(t, Options{})
	q := `query($f: Int, $a: Address!) { tasks(first: $f) { nodes { id submissions(first: $f) { nodes { id } } } } account(address: $a) { address } }`
	req := request{Query: q, Variables: map[string]any{"f": 2.0, "a": alice}}
	c, qerr := env.srv.check(req)
	if p, _ := env.srv.planFor(c, req); qerr != nil || p == nil {
		t.Fatalf("not planned: %v", qerr)
	}
	for _, a := range []string{alice, bob, alice} {
		d := env.data(t, q, map[string]any{"f": 2.0, "a": a})
		if got := d["account"].(map[string]any)["address"]; !strings.EqualFold(got.(string), a) {
			t.Fatalf("account %s answered %v", a, got)
		}
	}
	status, out := env.post(t, q, map[string]any{"f": 1000.0, "a": alice})
	if code, _ := errCode(t, out); status != 400 || code != CodeLimit || out["data"] != nil {
		t.Fatalf("10^6 nodes through a planned document: %d %v", status, out)
	}
	// One text, two operations: each operation name has its own plan.
	two := `query A { task(id: "1") { id } } query B { task(id: "2") { id } }`
	for _, op := range []string{"A", "B", "A"} {
		_, out := env.postOp(t, two, op)
		want := map[string]string{"A": "1", "B": "2"}[op]
		if got := out["data"].(map[string]any)["task"].(map[string]any)["id"]; got != want {
			t.Fatalf("operation %s answered task %v", op, got)
		}
	}
}

// TestPlanFieldBudget: the plans remembered hold at most the budget's fields together (a plan
// expands fragments, so small documents can make large plans); reaching it forgets every verdict,
// and a plan larger than the whole budget is not kept: graphql-go answers that document.
func TestPlanFieldBudget(t *testing.T) {
	env := newEnv(t, Options{})
	s := env.srv
	s.planBudget = 30
	planned := func(q string) *plan {
		t.Helper()
		req := request{Query: q}
		c, qerr := s.check(req)
		if qerr != nil {
			t.Fatal(qerr)
		}
		p, _ := s.planFor(c, req)
		return p
	}
	small := `{ task(id: "1") { id creator } }`                                                                      // 3 fields
	frag := `fragment E on LeaderboardEntry { epoch account role rank score qualityPpm submission reward } `         // 8 fields
	large := `{ task(id: "1") { a: leaderboard { ...E } b: leaderboard { ...E } c: leaderboard { ...E } } } ` + frag // 28
	huge := strings.Replace(large, "c: leaderboard { ...E }", "c: leaderboard { ...E } d: leaderboard { ...E }", 1)
	if p := planned(small); p == nil || p.n != 3 {
		t.Fatalf("small: %+v", p)
	}
	if p := planned(large); p == nil || p.n != 28 {
		t.Fatalf("large: %+v", p)
	}
	s.checked.mu.RLock()
	_, kept := s.checked.m["\x00"+small]
	fields := s.checked.fields
	s.checked.mu.RUnlock()
	if kept || fields != 28 {
		t.Fatalf("after the budget was reached: small still remembered %v, %d fields counted", kept, fields)
	}
	if p := planned(huge); p != nil {
		t.Fatalf("a plan of %d fields kept under a budget of 30", p.n)
	}
	want := s.schema.Exec(context.Background(), huge, "", nil)
	var data any
	if err := json.Unmarshal(want.Data, &data); err != nil || len(want.Errors) > 0 {
		t.Fatal(err, want.Errors)
	}
	if got := env.data(t, huge, nil); !reflect.DeepEqual(got, data) {
		t.Fatalf("unplanned document: %v, graphql-go %v", got, data)
	}
}

// TestRewardsFromDamagedLeafBlock: an account's rewards read from a damaged leaf block are refused
// (an internal error, logged), never listed with amounts read from it or without that epoch.
func TestRewardsFromDamagedLeafBlock(t *testing.T) {
	env := newEnv(t, Options{})
	q := `{ account(address: "` + alice + `") { rewards { totalCount nodes { epoch amount cumulativeAmount } } } }`
	if status, out := env.post(t, q, nil); status != 200 || out["errors"] != nil {
		t.Fatalf("before: %d %v\n%s", status, out, env.logs.String())
	}
	if _, err := env.pool.Exec(context.Background(), `UPDATE leaf_blocks SET leaves = set_byte(leaves, 4, 33) WHERE chain_id = $1 AND epoch = 1`, testChain); err != nil {
		t.Fatal(err)
	}
	status, out := env.post(t, q, nil)
	if code, msg := errCode(t, out); status != 200 || code != CodeInternal || msg != internalMessage {
		t.Errorf("%d %s %q %v", status, code, msg, out["data"])
	}
	if logs := env.logs.String(); !strings.Contains(logs, "damaged leaf block") || strings.Contains(logs, "panic") {
		t.Errorf("log:\n%s", logs)
	}
}
