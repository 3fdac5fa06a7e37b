package graphql

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/covey-labs/covey/internal/leafblock"
)

// rankLeaves adds 600 leaves to epoch 2 (19 blocks, two leaf_ranks rows per order), their accounts
// spread among the fixture's, with five amounts (zero included, past 64 bits) and cumulative amounts
// tying in groups, so pages cross blocks, rank rows and runs of equal amounts.
func rankLeaves(t *testing.T, env *testEnv) {
	t.Helper()
	var unit uint256.Int // 10^30
	if err := unit.SetFromDecimal("1000000000000000000000000000000"); err != nil {
		t.Fatal(err)
	}
	var add []leafblock.Leaf
	for i := range 600 {
		l := leafblock.Leaf{Account: common.HexToAddress(fmt.Sprintf("0x%016x%024x", uint64(i+1)*0x9e3779b97f4a7c15, i)), TreeIndex: uint32(10 + i)}
		l.Amount.Mul(uint256.NewInt(uint64(i%5)), &unit)
		l.Cumulative.AddUint64(&l.Amount, uint64(i%3))
		add = append(add, l)
	}
	if err := leafblock.Put(context.Background(), env.pool, testChain, 2, add...); err != nil {
		t.Fatal(err)
	}
}

const rankPageQuery = `query($first: Int, $after: String, $last: Int, $before: String, $by: LeafOrderBy, $dir: OrderDirection, $where: LeafWhere) {
	epochs(first: 2, orderDirection: DESC) { nodes { number leaves(first: $first, after: $after, last: $last, before: $before, orderBy: $by, orderDirection: $dir, where: $where) {
	totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { account amount cumulativeAmount treeIndex } } } } } }`

// TestLeafPagesByRankMatchTheView: every unfiltered page of an epoch's leaves (read by rank, decoded
// in Go), in each order and direction, walked forward and backward 29 and 40 at a time across leaf
// blocks, rank rows and ties in amount, and pages after cursors that name no leaf of an epoch (in a
// batch of two epochs, one read by rank and one not), is byte for byte the page the merkle_leaves
// view gives under a filter every leaf passes (the SQL order and cursor condition).
func TestLeafPagesByRankMatchTheView(t *testing.T) {
	env := newEnv(t, Options{CacheTTL: -1})
	rankLeaves(t, env)
	pageOf := func(vars map[string]any, where any) (string, map[string]any) {
		v := map[string]any{"where": where}
		for k, x := range vars {
			v[k] = x
		}
		d := env.data(t, rankPageQuery, v)
		b, _ := json.Marshal(d)
		return string(b), d["epochs"].(map[string]any)["nodes"].([]any)[0].(map[string]any)["leaves"].(map[string]any)
	}
	check := func(vars map[string]any) map[string]any {
		t.Helper()
		got, page := pageOf(vars, nil)
		want, _ := pageOf(vars, map[string]any{"amount_gte": "0"})
		if got != want {
			t.Fatalf("%v:\n by rank %s\n view    %s", vars, got, want)
		}
		return page
	}
	pages := 0
	for _, by := range []string{"account", "amount", "cumulativeAmount"} {
		for _, dir := range []string{"ASC", "DESC"} {
			for _, size := range []int{29, 40} {
				for _, way := range [][2]string{{"first", "after"}, {"last", "before"}} {
					var cursor any
					for {
						page := check(map[string]any{"by": by, "dir": dir, way[0]: size, way[1]: cursor})
						pages++
						info := page["pageInfo"].(map[string]any)
						if way[0] == "first" && !info["hasNextPage"].(bool) || way[0] == "last" && !info["hasPreviousPage"].(bool) {
							break
						}
						cursor = info["endCursor"]
						if way[0] == "last" {
							cursor = info["startCursor"]
						}
					}
				}
			}
		}
	}
	if pages < 200 {
		t.Fatalf("%d pages walked", pages)
	}
	for _, c := range []struct{ order, value, account string }{
		{"amount", "5", alice},                                        // alice's leaf, another amount
		{"cumulativeAmount", "7", treasury},                           // epoch 1's treasury cumulative amount
		{"amount", "0", "0x00000000000000000000000000000000000000ff"}, // no leaf
		{"", "", strings.ToUpper(alice[:2]) + alice[2:]},
		{"", "", "0x0000000000000000000000000000000000000001"},
		{"", "", bob},
	} {
		vals := []string{c.account}
		if c.order != "" {
			vals = []string{c.value, c.account}
		}
		by := c.order
		if by == "" {
			by = "account"
		}
		for _, dir := range []string{"ASC", "DESC"} {
			check(map[string]any{"by": by, "dir": dir, "first": 40, "after": encodeCursor(c.order, vals)})
			check(map[string]any{"by": by, "dir": dir, "last": 40, "before": encodeCursor(c.order, vals)})
		}
	}
}

// TestLeafPageFromDamagedBlockOrRanks: a page whose leaves sit in a damaged block, or whose order
// permutation is damaged (two entries swapped), is an internal error, never a page with wrong
// amounts or out of order.
func TestLeafPageFromDamagedBlockOrRanks(t *testing.T) {
	env := newEnv(t, Options{CacheTTL: -1})
	rankLeaves(t, env)
	ctx := context.Background()
	q := `query($by: LeafOrderBy, $after: String) { epoch(number: 2) { leaves(first: 40, orderBy: $by, after: $after) { nodes { account amount } } } }`
	var after string // the cursor of the leaf at account-order position 150
	if err := env.pool.QueryRow(ctx, `SELECT account FROM merkle_leaves WHERE chain_id = $1 AND epoch = 2 ORDER BY account OFFSET 150 LIMIT 1`,
		testChain).Scan(&after); err != nil {
		t.Fatal(err)
	}
	pages := []map[string]any{{"by": "amount"}, {"by": "account", "after": encodeCursor("", []string{after})}}
	for _, v := range pages {
		if status, out := env.post(t, q, v); status != 200 || out["errors"] != nil {
			t.Fatalf("before: %v %d %v", v, status, out)
		}
	}
	damage := []string{
		// Ranks 0 (an amount of zero) and 300 (a larger one) of the amount order swapped.
		`UPDATE leaf_ranks SET ranks = overlay(overlay(ranks PLACING substring(ranks FROM 1201 FOR 4) FROM 1 FOR 4)
			PLACING substring(ranks FROM 1 FOR 4) FROM 1201 FOR 4) WHERE chain_id = $1 AND epoch = 2 AND kind = 'a' AND block = 0`,
		// Block 5 (positions 160-191), neither the last nor the cursor's, with an amount width past 32.
		`UPDATE leaf_blocks SET leaves = set_byte(leaves, 3, 33) WHERE chain_id = $1 AND epoch = 2 AND block = 5`,
	}
	for i, v := range pages {
		if _, err := env.pool.Exec(ctx, damage[i], testChain); err != nil {
			t.Fatal(err)
		}
		status, out := env.post(t, q, v)
		if code, msg := errCode(t, out); status != 200 || code != CodeInternal || msg != internalMessage {
			t.Errorf("%v: %d %s %q %v", v, status, code, msg, out["data"])
		}
	}
	if logs := env.logs.String(); !strings.Contains(logs, "damaged leaf block") || !strings.Contains(logs, "out of order") || strings.Contains(logs, "panic") {
		t.Errorf("log:\n%s", logs)
	}
}
