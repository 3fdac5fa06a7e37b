package graphql

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	dto "github.com/prometheus/client_model/go"
)

func errCode(t testing.TB, out map[string]any) (string, string) {
	t.Helper()
	errs, _ := out["errors"].([]any)
	if len(errs) == 0 {
		t.Fatalf("expected an error, got %v", out)
	}
	e := errs[0].(map[string]any)
	ext, _ := e["extensions"].(map[string]any)
	code, _ := ext["code"].(string)
	return code, e["message"].(string)
}

func TestBadInput(t *testing.T) {
	env := newEnv(t, Options{MaxFirst: 50, MaxComplexity: 500, MaxDepth: 8, MaxBodyBytes: 512 << 10, MaxNodes: 2000})
	aliases := &strings.Builder{}
	aliases.WriteString("{")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(aliases, "a%d: status { chainId } ", i)
	}
	aliases.WriteString("}")
	depth := "{ status " + strings.Repeat("{ head ", 40) + strings.Repeat("}", 41)
	fragBomb := `query { ...F0 } fragment F0 on Query { status { chainId } ...F1 ...F1b }`
	for i := 1; i < 20; i++ {
		fragBomb += fmt.Sprintf(" fragment F%d on Query { status { chainId } ...F%d ...F%db }", i, i+1, i+1)
		fragBomb += fmt.Sprintf(" fragment F%db on Query { status { lagBlocks } ...F%d }", i, i+1)
	}
	fragBomb += " fragment F20 on Query { status { chainId } } fragment F20b on Query { status { chainId } }"
	big := "{ status { chainId } }" + strings.Repeat(" ", 1<<20)
	cases := []struct {
		name        string
		contentType string
		body        string
		status      int
		code        string
		contains    string
	}{
		// Refused before execution (parse, validation, argument values, limits): HTTP 400 without data.
		{"invalid address", "", `{ account(address: "0x123") { address } }`, 400, CodeBadUserInput, "Address"},
		{"bad checksum", "", `{ account(address: "0xA1a1a1a1A1A1A1A1A1a1a1a1a1a1A1A1a1A1a1a1") { address } }`, 400, CodeBadUserInput, "checksum"},
		{"negative first", "", `{ tasks(first: -1) { totalCount } }`, 200, CodeBadUserInput, "negative"},
		{"huge first", "", `{ tasks(first: 51) { totalCount } }`, 200, CodeLimit, "at most 50"},
		{"first and last", "", `{ tasks(first: 1, last: 1) { totalCount } }`, 200, CodeBadUserInput, "either"},
		{"bad cursor", "", `{ tasks(after: "not-a-cursor") { totalCount } }`, 200, CodeBadUserInput, "cursor"},
		{"forged cursor", "", `{ tasks(after: "WyJ4Il0") { totalCount } }`, 200, CodeBadUserInput, "cursor"},
		{"bad BigInt", "", `{ task(id: "-5") { id } }`, 400, CodeBadUserInput, "BigInt"},
		{"BigInt overflow", "", `{ task(id: "` + strings.Repeat("9", 79) + `") { id } }`, 400, CodeBadUserInput, "BigInt"},
		{"bad finality", "", `{ account(address: "0xa1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1", minFinality: SAFER) { block } }`, 400, CodeBadUserInput, "Finality"},
		{"bad finality variable", "application/json", `{"query": "query($f: Finality) { submissions(minFinality: $f) { totalCount } }", "variables": {"f": "safe"}}`, 400, CodeBadUserInput, "Finality"},
		{"future block", "", `{ account(address: "0xa1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1", block: 11) { block } }`, 200, CodeBadUserInput, "not indexed"},
		{"unknown field", "", `{ status { nope } }`, 400, CodeValidationFailed, "nope"},
		{"syntax error", "", `{ status { chainId `, 400, CodeParseFailed, ""},
		{"depth bomb", "", depth, 400, CodeLimit, "depth"},
		{"10000 aliases", "", aliases.String(), 400, CodeLimit, "complexity"},
		{"fragment bomb", "", fragBomb, 400, CodeLimit, "complexity"},
		{"1 MB query", "", big, 413, CodeLimit, "larger"},
		{"malformed JSON", "application/json", `{"query": `, 400, CodeBadUserInput, "JSON"},
		{"wrong content type", "text/plain", `{"query": "{ status { chainId } }"}`, 415, CodeBadUserInput, "Content-Type"},
		{"empty query", "application/json", `{"query": ""}`, 400, CodeBadUserInput, "required"},
		{"subscription over HTTP", "", `subscription { head { block } }`, 400, CodeBadUserInput, "WebSocket"},
		{"too many addresses", "", `{ accounts(addresses: [` + strings.Repeat(`"0xa1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",`, 51) + `]) { address } }`, 200, CodeLimit, "at most 50"},
		{"pages of pages", "", `{ tasks(first: 1000) { nodes { submissions(first: 1000) { nodes { id } } } } }`, 400, CodeLimit, "maximum of 2000 list items"},
		{"pages of default pages", "", `{ tasks { nodes { submissions { nodes { scores { nodes { score } } } } } } }`, 400, CodeLimit, "maximum of 2000 list items"},
		{"pages of pages by variables", "application/json", `{"query": "query($n: Int, $m: Int) { tasks(first: $n) { nodes { submissions(first: $m) { nodes { id } } } } }", "variables": {"n": 50, "m": 50}}`, 400, CodeLimit, "maximum of 2000 list items"},
		{"pages of pages by defaults", "", `query($n: Int = 50) { tasks(first: $n) { edges { node { submissions(first: $n) { nodes { id } } } } } }`, 400, CodeLimit, "maximum of 2000 list items"},
		{"pages of pages in fragments", "", `{ tasks(first: 50) { ...T } } fragment T on TaskConnection { nodes { submissions(first: 50) { nodes { id } } } }`, 400, CodeLimit, "maximum of 2000 list items"},
		{"accounts times pages", "", `{ accounts(addresses: [` + strings.Repeat(`"0xa1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",`, 50) + `]) { submissions(first: 50) { nodes { id } } } }`, 400, CodeLimit, "maximum of 2000 list items"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var status int
			var out map[string]any
			if c.contentType == "" {
				status, out = env.post(t, c.body, nil)
			} else {
				status, out = env.raw(t, c.contentType, []byte(c.body))
			}
			if status != c.status {
				t.Errorf("status %d, want %d (%v)", status, c.status, out)
			}
			if _, hasData := out["data"]; status == 400 && hasData {
				t.Errorf("a request refused before execution answered data: %v", out)
			}
			code, msg := errCode(t, out)
			if code != c.code || !strings.Contains(msg, c.contains) {
				t.Errorf("got %s %q, want %s containing %q", code, msg, c.code, c.contains)
			}
			if strings.Contains(c.contains, "list items") {
				if ext := out["errors"].([]any)[0].(map[string]any)["extensions"].(map[string]any); ext["limit"] != "nodes" {
					t.Errorf("extensions %v, want limit nodes", ext)
				}
			}
			if strings.Contains(strings.ToLower(msg), "sql") || strings.Contains(msg, "goroutine") {
				t.Errorf("error leaks internals: %q", msg)
			}
			// The server still answers a normal query.
			d := env.data(t, `{ status { chainId } }`, nil)
			if d["status"].(map[string]any)["chainId"].(float64) != testChain {
				t.Fatalf("status after bad input: %v", d)
			}
		})
	}
}

func TestInternalErrorsAreGeneric(t *testing.T) {
	env := newEnv(t, Options{})
	if _, err := env.pool.Exec(context.Background(), `DROP TABLE epoch_pools`); err != nil {
		t.Fatal(err)
	}
	_, out := env.post(t, `{ epochs { nodes { number pools { task } } } }`, nil)
	code, msg := errCode(t, out)
	if code != CodeInternal || msg != internalMessage {
		t.Fatalf("got %s %q", code, msg)
	}
	if !strings.Contains(env.logs.String(), "epoch_pools") {
		t.Fatalf("the cause was not logged server-side: %s", env.logs.String())
	}
}

// TestTimeTravel replays the staking events in Go and compares every block's state.
func TestTimeTravel(t *testing.T) {
	env := newEnv(t, Options{})
	ctx := context.Background()
	rows, err := env.pool.Query(ctx, `SELECT block_number, log_index, account, task_id::text, new_stake::text FROM (
		SELECT block_number, log_index, account, task_id, new_stake FROM ev_staked
		UNION ALL SELECT block_number, log_index, account, task_id, new_stake FROM ev_unstake_requested
		UNION ALL SELECT block_number, log_index, account, task_id, new_stake FROM ev_slashed) x ORDER BY 1, 2`)
	if err != nil {
		t.Fatal(err)
	}
	type ev struct {
		block, log          int64
		account, task, amnt string
	}
	var evs []ev
	for rows.Next() {
		var e ev
		if err := rows.Scan(&e.block, &e.log, &e.account, &e.task, &e.amnt); err != nil {
			t.Fatal(err)
		}
		evs = append(evs, e)
	}
	rows.Close()
	for b := int64(0); b <= 10; b++ {
		want := map[string]string{}
		for _, e := range evs {
			if e.block <= b {
				want[e.account+"/"+e.task] = e.amnt
			}
		}
		for k, v := range want {
			if v == "0" {
				delete(want, k)
			}
		}
		d := env.data(t, `query($as: [Address!]!, $b: Int) { accounts(addresses: $as, block: $b) { address stakes { task amount } } }`,
			map[string]any{"as": []string{alice, bob, carol}, "b": b})
		got := map[string]string{}
		for _, a := range d["accounts"].([]any) {
			acc := a.(map[string]any)
			for _, s := range acc["stakes"].([]any) {
				st := s.(map[string]any)
				got[strings.ToLower(acc["address"].(string))+"/"+st["task"].(string)] = st["amount"].(string)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("block %d: got %v, want %v", b, got, want)
		}
	}
	// At the head, time travel agrees with the derived current tables.
	a := env.data(t, `{ x: account(address: "`+alice+`", block: 10) { stakes { task amount } delegationsReceived { amount } rewardShare { sigmaPpm } }
		y: account(address: "`+alice+`") { stakes { task amount } delegationsReceived { amount } rewardShare { sigmaPpm } } }`, nil)
	if fmt.Sprint(a["x"]) != fmt.Sprint(a["y"]) {
		t.Errorf("at head %v != current %v", a["x"], a["y"])
	}
}

// TestPagination walks every page forward and backward, in both orders.
func TestPagination(t *testing.T) {
	env := newEnv(t, Options{})
	// 60 more submissions, several per block, to page through.
	f := &fixture{t: t, pool: env.pool}
	for i := int64(0); i < 60; i++ {
		f.ev("ev_model_submitted", 1+i%10, 100+i, arena, "task_id", "2", "submission_id", fmt.Sprint(100+i), "node", bob,
			"model_hash", blockHash(1000+i), "uri", fmt.Sprintf("ipfs://m%d", i))
	}
	const q = `query($first: Int, $after: String, $last: Int, $before: String, $o: OrderDirection) {
		submissions(task: "2", first: $first, after: $after, last: $last, before: $before, orderDirection: $o) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id blockNumber logIndex } } }`
	for _, order := range []string{"ASC", "DESC"} {
		var fwd []string
		var after any
		for pages := 0; ; pages++ {
			d := env.data(t, q, map[string]any{"first": 7, "after": after, "o": order})["submissions"].(map[string]any)
			if d["totalCount"].(float64) != 60 {
				t.Fatalf("totalCount %v", d["totalCount"])
			}
			for _, n := range d["nodes"].([]any) {
				fwd = append(fwd, n.(map[string]any)["id"].(string))
			}
			pi := d["pageInfo"].(map[string]any)
			if pi["hasPreviousPage"].(bool) != (after != nil) {
				t.Errorf("hasPreviousPage wrong on page %d", pages)
			}
			if !pi["hasNextPage"].(bool) {
				break
			}
			after = pi["endCursor"]
			if pages > 20 {
				t.Fatal("pagination does not end")
			}
		}
		var bwd []string
		var before any
		for pages := 0; ; pages++ {
			d := env.data(t, q, map[string]any{"last": 7, "before": before, "o": order})["submissions"].(map[string]any)
			var page []string
			for _, n := range d["nodes"].([]any) {
				page = append(page, n.(map[string]any)["id"].(string))
			}
			bwd = append(page, bwd...)
			pi := d["pageInfo"].(map[string]any)
			if !pi["hasPreviousPage"].(bool) {
				break
			}
			before = pi["startCursor"]
			if pages > 20 {
				t.Fatal("pagination does not end")
			}
		}
		if len(fwd) != 60 || fmt.Sprint(fwd) != fmt.Sprint(bwd) {
			t.Fatalf("%s: forward %v\nbackward %v", order, fwd, bwd)
		}
		seen := map[string]bool{}
		for _, id := range fwd {
			if seen[id] {
				t.Fatalf("%s: %s twice", order, id)
			}
			seen[id] = true
		}
		// Chain order (block, log index), reversed for DESC.
		ids := append([]string(nil), fwd...)
		sorted := sort.SliceIsSorted(ids, func(i, j int) bool {
			a, b := big10(ids[i]), big10(ids[j])
			ai, bi := a.Int64()-100, b.Int64()-100
			ka, kb := (ai%10)*1000+ai, (bi%10)*1000+bi
			if order == "DESC" {
				return ka > kb
			}
			return ka < kb
		})
		if !sorted {
			t.Errorf("%s: not in chain order: %v", order, fwd)
		}
	}
}

// TestNoNPlusOne: 1000 accounts with nested fields cost a bounded number of queries.
func TestNoNPlusOne(t *testing.T) {
	// Without Redis the server hears notifications on a connection of its own, never through the
	// counted pool.
	env := newEnv(t, Options{})
	if _, err := env.pool.Exec(context.Background(), `INSERT INTO stake_current (chain_id, account, task_id, role, amount, block_number, log_index)
		SELECT $1, '0x' || lpad(to_hex(g), 40, '0'), 1, 1, g * 1000, 1, g FROM generate_series(1, 1000) g`, testChain); err != nil {
		t.Fatal(err)
	}
	addrs := make([]string, 1000)
	for i := range addrs {
		addrs[i] = fmt.Sprintf("0x%040x", i+1)
	}
	const q = `query($as: [Address!]!) { accounts(addresses: $as) {
		address stakes { amount } delegationsMade { amount } delegationsReceived { amount } rewardShare { sigmaPpm }
		claim { claimable } submissions(first: 2) { totalCount nodes { id consensusScore } }
		rewards(first: 1) { nodes { epoch parts { amount } } } } }`
	run := func(n int) int64 {
		before := env.queries.n.Load()
		d := env.data(t, q, map[string]any{"as": addrs[:n]})
		if got := len(d["accounts"].([]any)); got != n {
			t.Fatalf("%d accounts", got)
		}
		st := d["accounts"].([]any)[n-1].(map[string]any)["stakes"].([]any)
		if st[0].(map[string]any)["amount"] != fmt.Sprint(n*1000) {
			t.Fatalf("wrong stake %v", st)
		}
		return env.queries.n.Load() - before
	}
	run(1) // warm the pool's connections
	one, thousand := run(1), run(1000)
	if thousand > one || thousand > 20 {
		t.Fatalf("1 account: %d queries, 1000 accounts: %d queries", one, thousand)
	}
	t.Logf("queries per request: %d (one account: %d)", thousand, one)
}

func TestClaimProofAndCalldata(t *testing.T) {
	env := newEnv(t, Options{Distributor: common.HexToAddress(distrib)})
	for i, l := range epoch1Leaves {
		d := env.data(t, `query($a: Address!) { claim(account: $a) { root proof acceptedCumulativeAmount claimable calldata distributor } }`,
			map[string]any{"a": l.account})["claim"].(map[string]any)
		var proof []common.Hash
		for _, p := range d["proof"].([]any) {
			proof = append(proof, common.HexToHash(p.(string)))
		}
		root := common.HexToHash(d["root"].(string))
		if !verifyProof(proof, root, leafHash(l.account, l.amount)) {
			t.Fatalf("leaf %d: proof does not verify", i)
		}
		want := new(big.Int).Set(l.amount)
		if l.account == alice {
			want.Sub(want, aliceClaimed)
		}
		if d["claimable"] != want.String() {
			t.Errorf("leaf %d: claimable %v, want %s", i, d["claimable"], want)
		}
		raw, _ := hex.DecodeString(strings.TrimPrefix(d["calldata"].(string), "0x"))
		m, err := distributorABI.MethodById(raw[:4])
		if err != nil || m.Name != "claim" {
			t.Fatalf("calldata selector: %v", err)
		}
		args, err := m.Inputs.Unpack(raw[4:])
		if err != nil {
			t.Fatal(err)
		}
		if args[0].(common.Address) != common.HexToAddress(l.account) || args[1].(*big.Int).Cmp(l.amount) != 0 || len(args[2].([][32]byte)) != len(proof) {
			t.Errorf("calldata args %v", args)
		}
	}
	// Claimed more than the accepted leaf (e.g. an accepted root lagging): never negative.
	if _, err := env.pool.Exec(context.Background(), `UPDATE claimed_total SET amount = amount * 100 WHERE account = $1`, alice); err != nil {
		t.Fatal(err)
	}
	d := env.data(t, `{ claim(account: "`+alice+`") { claimable calldata } }`, nil)["claim"].(map[string]any)
	if d["claimable"] != "0" || d["calldata"] != nil {
		t.Fatalf("over-claimed: %v", d)
	}
}

func TestHTTPEndpoints(t *testing.T) {
	env := newEnv(t, Options{CORSOrigins: []string{"https://app.example"}})
	get := func(path string, hdr map[string]string) (*http.Response, string) {
		req, _ := http.NewRequest(http.MethodGet, env.http.URL+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	if r, body := get("/", nil); r.StatusCode != 200 || !strings.Contains(body, "GraphiQL") {
		t.Errorf("graphiql: %d", r.StatusCode)
	}
	if r, _ := get("/healthz", nil); r.StatusCode != 200 {
		t.Errorf("healthz: %d", r.StatusCode)
	}
	if r, body := get("/readyz", nil); r.StatusCode != 200 {
		t.Errorf("readyz: %d %s", r.StatusCode, body)
	}
	if r, body := get("/graphql?query="+urlEscape(`{ status { chainId } }`), map[string]string{"Origin": "https://app.example"}); r.StatusCode != 200 ||
		!strings.Contains(body, "31337") || r.Header.Get("Access-Control-Allow-Origin") != "https://app.example" {
		t.Errorf("GET query: %d %s %v", r.StatusCode, body, r.Header)
	}
	if r, _ := get("/graphql?query="+urlEscape(`{ status { chainId } }`), map[string]string{"Origin": "https://evil.example"}); r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Error("CORS allowed an unlisted origin")
	}
	// Metrics are not on the API's listener (issue 17 item 10): exposing the API exposes nothing else.
	if r, body := get("/metrics", nil); r.StatusCode != http.StatusNotFound || strings.Contains(body, "covey_graphql") {
		t.Errorf("the API serves /metrics: %d", r.StatusCode)
	}
	if fams, err := env.srv.Gatherer().Gather(); err != nil || !hasFamily(fams, "covey_graphql_requests_total") {
		t.Errorf("the API's metrics are not gathered: %v", err)
	}
	if _, err := env.pool.Exec(context.Background(), `DELETE FROM cursors`); err != nil {
		t.Fatal(err)
	}
	if r, _ := get("/readyz", nil); r.StatusCode != 503 {
		t.Errorf("readyz without a cursor: %d", r.StatusCode)
	}
}

func hasFamily(fams []*dto.MetricFamily, name string) bool {
	for _, f := range fams {
		if f.GetName() == name {
			return true
		}
	}
	return false
}

func urlEscape(s string) string {
	var b bytes.Buffer
	for _, c := range []byte(s) {
		if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// introspectionQuery is GraphiQL's, with TypeRef nested nine levels as recent versions send.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }`

func TestIntrospectionAndTimeout(t *testing.T) {
	env := newEnv(t, Options{})
	d := env.data(t, introspectionQuery, nil)
	if d["__schema"].(map[string]any)["subscriptionType"].(map[string]any)["name"] != "Subscription" {
		t.Fatalf("introspection: %v", d["__schema"])
	}
	slow := startEnv(t, env.pool, env.queries, Options{Timeout: time.Nanosecond})
	_, out := slow.post(t, `{ tasks { nodes { id } } }`, nil)
	if code, msg := errCode(t, out); code != CodeLimit || !strings.Contains(msg, "time limit") {
		t.Fatalf("timeout: %s %q", code, msg)
	}
}

// TestListItemLimit (RELIABILITY.md O3): a list nested in lists counts its page size times
// theirs, with first/last from literals, variables, variable defaults or the default page size;
// a document remembered as passing is still refused when its variables ask for too much; ordinary
// pages, even large ones, pass.
func TestListItemLimit(t *testing.T) {
	env := newEnv(t, Options{MaxFirst: 1000, MaxNodes: 2000})
	nested := `query($n: Int, $m: Int) { tasks(first: $n) { totalCount nodes { id submissions(first: $m) { nodes { id } } } } }`
	for _, ok := range []map[string]any{{"n": 10, "m": 10}, {"n": 1000, "m": 0}, {"n": 20, "m": 99}} {
		env.data(t, nested, ok) // 110, 1000 and 2000 items
	}
	for _, bad := range []map[string]any{{"n": 21, "m": 99}, {"n": 1000, "m": 2}, {}} {
		_, out := env.post(t, nested, bad) // 2100, 3000 and 100 + 100*100 (defaults)
		if code, msg := errCode(t, out); code != CodeLimit || !strings.Contains(msg, "2000 list items") {
			t.Fatalf("%v: got %s %q", bad, code, msg)
		}
	}
	env.data(t, `{ tasks(first: 1000) { nodes { id creator leaderboard { account rank } } } }`, nil)
	env.data(t, `{ epochs(first: 10) { nodes { number pools { task } leaves(first: 100) { nodes { account proof } } } } }`, nil)
	env.data(t, `{ accounts(addresses: ["`+alice+`", "`+bob+`"]) { address submissions(first: 100) { nodes { id } } } }`, nil)

	// The amplification queries of chaos TestHostileGraphQL, at the default limits.
	def := newEnv(t, Options{})
	addrs := make([]any, 1000)
	for i := range addrs {
		addrs[i] = alice
	}
	for _, q := range []struct {
		doc  string
		vars map[string]any
	}{
		{`{ tasks(first: 1000) { nodes { id submissions(first: 1000) { totalCount nodes { id uri modelHash } } } } }`, nil},
		{`query($a: [Address!]!) { accounts(addresses: $a) { submissions(first: 1000) { nodes { id } } scoresGiven(first: 1000) { nodes { score } } rewards(first: 1000) { nodes { epoch } } } }`, map[string]any{"a": addrs}},
		{`{ epochs(first: 1000) { nodes { leaves(first: 1000) { nodes { account proof } } } } }`, nil},
	} {
		_, out := def.post(t, q.doc, q.vars)
		if code, msg := errCode(t, out); code != CodeLimit || !strings.Contains(msg, "20000 list items") {
			t.Fatalf("%s: got %s %q", q.doc, code, msg)
		}
	}
}
