package graphql

import (
	"fmt"
	"math/big"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// whereInputs are the Go where structs by the schema's input type.
var whereInputs = map[string]struct {
	typ  any
	cols map[string]column
}{
	"LeafWhere":       {leafWhere{}, leafColumns},
	"ScoreWhere":      {scoreWhere{}, scoreColumns},
	"PurchaseWhere":   {purchaseWhere{}, purchaseColumns},
	"ModelWhere":      {modelWhere{}, modelColumns},
	"SubmissionWhere": {submissionWhere{}, submissionColumns},
}

// TestWhereInputs: every where input of the schema is a Go struct whose every field names a column
// of its list with an operator, each field set at once becomes one condition with one bound
// parameter (values never enter the SQL text), and every orderBy enum value is a column.
func TestWhereInputs(t *testing.T) {
	s := &Server{opts: Options{MaxFirst: 10}}
	inputs := regexp.MustCompile(`(?s)input (\w+Where) \{(.*?)\}`).FindAllStringSubmatch(schemaSDL, -1)
	if len(inputs) != len(whereInputs) {
		t.Fatalf("schema has %d where inputs, the test knows %d", len(inputs), len(whereInputs))
	}
	for _, in := range inputs {
		w, ok := whereInputs[in[1]]
		if !ok {
			t.Fatalf("no Go struct for %s", in[1])
		}
		fields := strings.Fields(in[2])
		v := reflect.New(reflect.TypeOf(w.typ))
		set := fillWhere(t, v.Elem())
		if set != len(fields)/2 {
			t.Errorf("%s: %d Go fields, %d in the schema", in[1], set, len(fields)/2)
		}
		c := &cond{}
		if err := s.applyWhere(c, v.Interface(), w.cols); err != nil {
			t.Fatal(err)
		}
		if len(c.where) != set || len(c.args) != set {
			t.Errorf("%s: %d fields set gave %d conditions and %d parameters", in[1], set, len(c.where), len(c.args))
		}
		for _, sql := range c.where {
			if !regexp.MustCompile(`^[a-z_.]+ (=|>|>=|<|<=) (ANY\()?\$\d+::(numeric|bigint|text)(\[\]\))?$`).MatchString(sql) {
				t.Errorf("%s: condition %q", in[1], sql)
			}
		}
	}
	for _, enum := range regexp.MustCompile(`(?s)enum (\w+)OrderBy \{(.*?)\}`).FindAllStringSubmatch(schemaSDL, -1) {
		w, ok := whereInputs[enum[1]+"Where"]
		if !ok {
			t.Fatalf("%sOrderBy without a where input", enum[1])
		}
		for _, v := range strings.Fields(enum[2]) {
			if _, ok := w.cols[v]; !ok {
				t.Errorf("%sOrderBy.%s is no column", enum[1], v)
			}
		}
	}
}

// fillWhere sets every field of a where struct (embedded ones included) and counts them.
func fillWhere(t *testing.T, v reflect.Value) int {
	n := 0
	for i := range v.NumField() {
		f := v.Field(i)
		if v.Type().Field(i).Anonymous {
			n += fillWhere(t, f)
			continue
		}
		one := map[reflect.Type]reflect.Value{
			reflect.TypeFor[BigInt]():    reflect.ValueOf(bigOf("7")),
			reflect.TypeFor[Address]():   reflect.ValueOf(addrOf(alice)),
			reflect.TypeFor[int32]():     reflect.ValueOf(int32(7)),
			reflect.TypeFor[Timestamp](): reflect.ValueOf(Timestamp{7}),
		}
		e := f.Type().Elem()
		if e.Kind() == reflect.Slice {
			sl := reflect.MakeSlice(e, 2, 2)
			sl.Index(0).Set(one[e.Elem()])
			sl.Index(1).Set(one[e.Elem()])
			p := reflect.New(e)
			p.Elem().Set(sl)
			f.Set(p)
		} else {
			p := reflect.New(e)
			p.Elem().Set(one[e])
			f.Set(p)
		}
		n++
	}
	return n
}

// leafRows seeds 30 more leaves into epoch 2 with many equal amounts (beyond 64 bits) and returns
// each account's amount and cumulative amount.
func leafRows(t *testing.T, env *testEnv) map[string][2]*big.Int {
	f := &fixture{t: t, pool: env.pool}
	out := map[string][2]*big.Int{}
	for _, l := range epoch2Leaves {
		out[l.account] = [2]*big.Int{nil, l.amount}
	}
	unit := big10("1000000000000000000000000000000") // 10^30
	for i := range 30 {
		acct := fmt.Sprintf("0x%040x", 0x1000+i*7919%97)
		amount := new(big.Int).Mul(unit, big.NewInt(int64(i%4+1)))
		cum := new(big.Int).Add(amount, big.NewInt(int64(i%3)))
		f.leaf(2, acct, amount.String(), cum.String(), 10+i)
		out[acct] = [2]*big.Int{amount, cum}
	}
	var prev1 = map[string]*big.Int{}
	for _, l := range epoch1Leaves {
		prev1[l.account] = l.amount
	}
	for _, l := range epoch2Leaves {
		out[l.account] = [2]*big.Int{new(big.Int).Sub(l.amount, prev1[l.account]), l.amount}
	}
	return out
}

// walk pages through a connection with first/after and with last/before, `size` at a time, and
// returns both walks' node keys in list order; every page's totalCount must be total.
func walk(t *testing.T, env *testEnv, query string, vars map[string]any, path []string, key string, size int) (fwd, bwd []string) {
	t.Helper()
	conn := func(v map[string]any) map[string]any {
		d := env.data(t, query, v)
		for _, p := range path {
			d = d[p].(map[string]any)
		}
		return d
	}
	with := func(extra ...any) map[string]any {
		v := map[string]any{}
		for k, x := range vars {
			v[k] = x
		}
		for i := 0; i < len(extra); i += 2 {
			v[extra[i].(string)] = extra[i+1]
		}
		return v
	}
	var cursor any
	for range 100 {
		c := conn(with("first", size, "after", cursor))
		for _, n := range c["nodes"].([]any) {
			fwd = append(fwd, n.(map[string]any)[key].(string))
		}
		pi := c["pageInfo"].(map[string]any)
		if !pi["hasNextPage"].(bool) {
			break
		}
		cursor = pi["endCursor"]
	}
	cursor = nil
	for range 100 {
		c := conn(with("last", size, "before", cursor))
		var page []string
		for _, n := range c["nodes"].([]any) {
			page = append(page, n.(map[string]any)[key].(string))
		}
		bwd = append(page, bwd...)
		pi := c["pageInfo"].(map[string]any)
		if !pi["hasPreviousPage"].(bool) {
			break
		}
		cursor = pi["startCursor"]
	}
	return fwd, bwd
}

// TestLeavesOrderByWalks: an epoch's leaves in every orderBy and direction, walked 4 at a time
// forward and backward, are every leaf once, in the order of the field (exact uint256, ties broken by
// account in the same direction), whichever way they are walked.
func TestLeavesOrderByWalks(t *testing.T) {
	env := newEnv(t, Options{})
	rows := leafRows(t, env)
	const q = `query($first: Int, $after: String, $last: Int, $before: String, $by: LeafOrderBy, $dir: OrderDirection) {
		epoch(number: 2) { leaves(first: $first, after: $after, last: $last, before: $before, orderBy: $by, orderDirection: $dir) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { account amount cumulativeAmount } } } }`
	for _, by := range []string{"account", "amount", "cumulativeAmount"} {
		for _, dir := range []string{"ASC", "DESC"} {
			fwd, bwd := walk(t, env, q, map[string]any{"by": by, "dir": dir}, []string{"epoch", "leaves"}, "account", 4)
			want := make([]string, 0, len(rows))
			for a := range rows {
				want = append(want, strings.ToLower(a))
			}
			slices.SortFunc(want, func(a, b string) int {
				c := 0
				switch by {
				case "amount":
					c = rows[a][0].Cmp(rows[b][0])
				case "cumulativeAmount":
					c = rows[a][1].Cmp(rows[b][1])
				}
				if c == 0 {
					c = strings.Compare(a, b)
				}
				if dir == "DESC" {
					c = -c
				}
				return c
			})
			lower := func(xs []string) []string {
				out := make([]string, len(xs))
				for i, x := range xs {
					out[i] = strings.ToLower(x)
				}
				return out
			}
			if got := lower(fwd); !slices.Equal(got, want) {
				t.Errorf("orderBy %s %s, forward:\n got  %v\n want %v", by, dir, got, want)
			}
			if got := lower(bwd); !slices.Equal(got, want) {
				t.Errorf("orderBy %s %s, backward:\n got  %v\n want %v", by, dir, got, want)
			}
		}
	}
}

// TestEventOrderByWalks: scores by score and purchases by price, walked 3 at a time both ways, in the
// field's order with ties in chain order, every row once.
func TestEventOrderByWalks(t *testing.T) {
	env := newEnv(t, Options{})
	f := &fixture{t: t, pool: env.pool}
	type row struct {
		value      *big.Int
		block, log int64
	}
	var scores, purchases []row
	// The fixture's own rows.
	scores = append(scores, row{big.NewInt(800000), 5, 0}, row{big.NewInt(850000), 7, 2})
	purchases = append(purchases, row{big10(e18(10)), 7, 0})
	for i := range int64(20) {
		block, log := 2+i%8, 50+i
		score := 100000 * (i % 3)
		f.ev("ev_score_submitted", block, log, arena, "task_id", "3", "submission_id", "1", "validator", carol, "score", score,
			"replaced", false, "previous_score", 0)
		scores = append(scores, row{big.NewInt(score), block, log})
		price := new(big.Int).Mul(big10("1000000000000000000000000000000"), big.NewInt(i%4))
		f.ev("ev_model_purchased", block, 100+i, market, "model_id", "1", "task_id", "1", "buyer", dave, "price", price.String(),
			"fee", "0", "net", price.String())
		purchases = append(purchases, row{price, block, 100 + i})
	}
	for _, c := range []struct {
		name, query string
		rows        []row
	}{
		{"scores", `query($first: Int, $after: String, $last: Int, $before: String, $dir: OrderDirection) {
			scores(first: $first, after: $after, last: $last, before: $before, orderBy: score, orderDirection: $dir) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { key: txHash score blockNumber logIndex } } }`, scores},
		{"purchases", `query($first: Int, $after: String, $last: Int, $before: String, $dir: OrderDirection) {
			purchases(first: $first, after: $after, last: $last, before: $before, orderBy: price, orderDirection: $dir) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { key: txHash price blockNumber logIndex } } }`, purchases},
	} {
		for _, dir := range []string{"ASC", "DESC"} {
			want := slices.Clone(c.rows)
			slices.SortFunc(want, func(a, b row) int {
				x := a.value.Cmp(b.value)
				if x == 0 {
					x = cmpInts(a.block, b.block, a.log, b.log)
				}
				if dir == "DESC" {
					x = -x
				}
				return x
			})
			wantKeys := make([]string, len(want))
			for i, r := range want {
				wantKeys[i] = txHash(r.block, r.log)
			}
			fwd, bwd := walk(t, env, c.query, map[string]any{"dir": dir}, []string{c.name}, "key", 3)
			if !slices.Equal(fwd, wantKeys) || !slices.Equal(bwd, wantKeys) {
				t.Errorf("%s by value %s:\n forward  %v\n backward %v\n want     %v", c.name, dir, fwd, bwd, wantKeys)
			}
		}
	}
}

func cmpInts(pairs ...int64) int {
	for i := 0; i < len(pairs); i += 2 {
		if pairs[i] != pairs[i+1] {
			if pairs[i] < pairs[i+1] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// TestWhereRefusals: an `_in` list longer than the first limit is a LIMIT error, and a cursor made
// under one orderBy (or the natural order) is refused under another.
func TestWhereRefusals(t *testing.T) {
	env := newEnv(t, Options{MaxFirst: 3})
	_, out := env.post(t, `{ scores(where: { validator_in: ["`+alice+`", "`+bob+`", "`+carol+`", "`+dave+`"] }) { totalCount } }`, nil)
	if code, msg := errCode(t, out); code != "LIMIT" || !strings.Contains(msg, "validator_in may list at most 3") {
		t.Errorf("4 validators: %s %s", code, msg)
	}
	for _, q := range []string{
		`{ epoch(number: 2) { leaves(where: { amount_gt: "-1" }) { totalCount } } }`,
		`{ scores(where: { validator_in: ["0x12"] }) { totalCount } }`,
		`{ scores(orderBy: value) { totalCount } }`,
		`{ purchases(where: { price_gt: "1; DROP TABLE ev_model_purchased" }) { totalCount } }`,
	} {
		if code, _ := errCode(t, func() map[string]any { _, out := env.post(t, q, nil); return out }()); code != "BAD_USER_INPUT" && code != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("%s: %s", q, code)
		}
	}
	d := env.data(t, `{ epoch(number: 2) { byAmount: leaves(first: 1, orderBy: amount) { pageInfo { endCursor } }
		byAccount: leaves(first: 1) { pageInfo { endCursor } } } }`, nil)["epoch"].(map[string]any)
	amountCursor := d["byAmount"].(map[string]any)["pageInfo"].(map[string]any)["endCursor"]
	accountCursor := d["byAccount"].(map[string]any)["pageInfo"].(map[string]any)["endCursor"]
	for _, c := range []struct {
		by     string
		cursor any
	}{{"cumulativeAmount", amountCursor}, {"account", amountCursor}, {"amount", accountCursor}} {
		_, out := env.post(t, `query($c: String, $by: LeafOrderBy) { epoch(number: 2) { leaves(after: $c, orderBy: $by) { totalCount } } }`,
			map[string]any{"c": c.cursor, "by": c.by})
		if code, msg := errCode(t, out); code != "BAD_USER_INPUT" || !strings.Contains(msg, "invalid cursor") {
			t.Errorf("cursor under orderBy %s: %s %s", c.by, code, msg)
		}
	}
}
