package graphql

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
)

func FuzzParseBigInt(f *testing.F) {
	for _, s := range []string{"0", "1", "007", "-1", "1e18", strings.Repeat("9", 78), maxUint256.String(), "", " 1", "0x10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := ParseBigInt(s)
		if err != nil {
			return
		}
		if x.Sign() < 0 || x.Cmp(maxUint256) > 0 {
			t.Fatalf("%q parsed out of range: %s", s, x)
		}
		y, err := ParseBigInt(x.String())
		if err != nil || y.Cmp(x) != 0 {
			t.Fatalf("round trip of %q: %v %v", s, y, err)
		}
		var b BigInt
		if err := b.UnmarshalGraphQL(s); err != nil {
			t.Fatal(err)
		}
		if out, _ := json.Marshal(b); string(out) != `"`+x.String()+`"` {
			t.Fatalf("marshal %s", out)
		}
	})
}

func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{alice, "0xA1A1a1a1A1A1A1A1A1a1a1a1a1a1A1A1a1A1a1a1", "0xA1a1a1a1A1A1A1A1A1a1a1a1a1a1A1A1a1A1a1a1", "0x123", "0X" + strings.Repeat("F", 40), "0x" + strings.Repeat("g", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddress(s)
		if err != nil {
			return
		}
		if !strings.EqualFold(a.Hex()[2:], s[2:]) {
			t.Fatalf("%q parsed to %s", s, a.Hex())
		}
		b, err := ParseAddress(a.Hex())
		if err != nil || b != a {
			t.Fatalf("checksummed form of %q does not parse back: %v", s, err)
		}
	})
}

func FuzzParseBytes32(f *testing.F) {
	for _, s := range []string{blockHash(1), "0x", "0x" + strings.Repeat("A", 64), "0x" + strings.Repeat("0", 63)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, err := ParseBytes32(s)
		if err != nil {
			return
		}
		if !strings.EqualFold(h.Hex(), s) {
			t.Fatalf("%q parsed to %s", s, h.Hex())
		}
	})
}

func FuzzParseTimestamp(f *testing.F) {
	for _, s := range []string{"1700000000", "2024-01-02T03:04:05Z", "-1", "1.5", "", "9223372036854775807"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sec, err := ParseTimestamp(s)
		if err == nil && sec < 0 {
			t.Fatalf("%q: negative %d", s, sec)
		}
	})
}

func FuzzCursor(f *testing.F) {
	keys := []keyCol{{"a", "bigint"}, {"b", "numeric"}, {"c", "text"}}
	f.Add(encodeCursor("", []string{"1", "2", "x"}), "")
	f.Add(encodeCursor("amount", []string{"1", "2", "x"}), "amount")
	f.Add("WyJ4Il0", "")
	f.Add("", "price")
	f.Add("!!!", "")
	f.Fuzz(func(t *testing.T, c, order string) {
		vals, err := decodeCursor(c, keys, order)
		if err != nil {
			return
		}
		again, err := decodeCursor(encodeCursor(order, vals), keys, order)
		if err != nil || strings.Join(again, "\x00") != strings.Join(vals, "\x00") {
			t.Fatalf("cursor %q does not round-trip", c)
		}
		if order != "" {
			if _, err := decodeCursor(c, keys, ""); err == nil {
				t.Fatalf("cursor %q made under orderBy %q reads under the natural order", c, order)
			}
		}
	})
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{`{ status { chainId } }`, `query Q($a: Address!) { account(address: $a) { ...F } } fragment F on Account { address }`,
		`subscription { head { block } }`, `{ a: status { ... on Status { chainId } } }`, `{ x(s: """a\"""b""") }`, `fragment A on Q { ...A } { ...A }`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseDoc(s)
		if err != nil {
			return
		}
		for _, op := range d.ops {
			depth, complexity := d.measure(op, 10, 100)
			if depth > 11+maxParseNesting || complexity > 10_000_000 {
				t.Fatalf("unbounded measure %d %d", depth, complexity)
			}
		}
	})
}

var (
	fuzzEnvOnce sync.Once
	fuzzEnv     *testEnv
)

// FuzzQuery runs arbitrary documents through the whole query path against the seeded
// database: no panic, every error coded, nothing internal leaked.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{`{ status { chainId } }`, `{ tasks(first: 3) { nodes { id participants { stake } } } }`,
		`{ account(address: "0xa1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1", block: 3) { stakes { amount } claim { proof } } }`,
		`{ epochs(last: 1, before: "WyIzIl0") { nodes { leaves { nodes { proof } } } } }`, `{ submissions(after: "x") { totalCount } }`,
		`{ __schema { types { name } } }`, `{ scores(blockRange: {from: 5, to: 2}) { nodes { score } } }`} {
		f.Add(s, "")
	}
	fuzzEnvOnce.Do(func() { fuzzEnv = newEnv(f, Options{MaxComplexity: 300, Timeout: 0}) })
	env := fuzzEnv
	f.Fuzz(func(t *testing.T, q, op string) {
		res, _ := env.srv.execute(context.Background(), request{Query: q, OperationName: op}, true)
		for _, e := range res.Errors {
			code, _ := e.Extensions["code"].(string)
			switch code {
			case CodeBadUserInput, CodeNotFound, CodeLimit:
			case CodeInternal:
				if e.Message != internalMessage && e.Message != "request canceled" {
					t.Fatalf("internal error leaks: %q", e.Message)
				}
			default:
				t.Fatalf("uncoded error %q for %q", e.Message, q)
			}
			if strings.Contains(e.Message, "SQLSTATE") {
				t.Fatalf("SQL leaked: %q", e.Message)
			}
		}
	})
}
