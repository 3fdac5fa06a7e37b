package graphql

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// launchedWorkers sums "Workers Launched" over an EXPLAIN (ANALYZE, FORMAT JSON) plan.
func launchedWorkers(node map[string]any) int {
	n := 0
	if w, ok := node["Workers Launched"].(float64); ok {
		n += int(w)
	}
	for _, key := range []string{"Plan", "Plans"} {
		switch v := node[key].(type) {
		case map[string]any:
			n += launchedWorkers(v)
		case []any:
			for _, p := range v {
				if m, ok := p.(map[string]any); ok {
					n += launchedWorkers(m)
				}
			}
		}
	}
	return n
}

// TestClaimStartsNoParallelWorkers: with the derived tables up to date, the claim statement does not
// read ev_claimed at all, so no plan of a large ev_claimed (no index by account: Postgres picks a
// parallel scan, here forced by zero parallel costs) starts workers on a claim. As a lateral join
// behind the EXISTS it launched them on every claim (36 of 40 ms over the scale benchmark's
// 10M-event database).
func TestClaimStartsNoParallelWorkers(t *testing.T) {
	env := newEnv(t, Options{})
	ctx := context.Background()
	if _, err := env.pool.Exec(ctx, `INSERT INTO ev_claimed (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index,
		contract, account, root, amount, cumulative_claimed, caller)
		SELECT $1, 1000 + g, '0x' || lpad(to_hex(g), 64, '0'), 1700000000 + g, '0x' || lpad(to_hex(g), 64, '0'), 0, 0,
			$2, '0x' || lpad(to_hex(g), 40, '0'), '0x' || lpad('', 64, '0'), 1, g, '0x' || lpad(to_hex(g), 40, '0')
		FROM generate_series(1, 20000) g`, testChain, distrib); err != nil {
		t.Fatal(err)
	}
	if _, err := env.pool.Exec(ctx, `ANALYZE ev_claimed`); err != nil {
		t.Fatal(err)
	}
	conn, err := env.pool.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Release()
	for _, set := range []string{"SET parallel_setup_cost = 0", "SET parallel_tuple_cost = 0", "SET min_parallel_index_scan_size = 0", "SET min_parallel_table_scan_size = 0"} {
		if _, err := conn.Exec(ctx, set); err != nil {
			t.Fatal(err)
		}
	}
	defer func() { _, _ = conn.Exec(ctx, "RESET ALL") }()
	var plan []map[string]any
	var raw []byte
	if err := conn.QueryRow(ctx, "EXPLAIN (ANALYZE, FORMAT JSON) "+claimOne, testChain, alice).Scan(&raw); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &plan); err != nil || len(plan) == 0 {
		t.Fatalf("plan %s: %v", raw, err)
	}
	if n := launchedWorkers(plan[0]); n > 0 {
		t.Fatalf("a claim launched %d parallel workers:\n%s", n, raw)
	}
	if e := env.postWith(t, claimEpochQuery, map[string]any{"a": alice}, nil).claimEpoch(t); e != 1 {
		t.Fatalf("claim epoch %d, want 1", e)
	}
}

// scanConds collects the conditions (index condition and filter) of every scan of relation in an
// EXPLAIN (FORMAT JSON) plan, one string a scan.
func scanConds(node map[string]any, relation string) []string {
	var out []string
	if node["Relation Name"] == relation {
		c, _ := node["Index Cond"].(string)
		f, _ := node["Filter"].(string)
		out = append(out, c+" "+f)
	}
	for _, key := range []string{"Plan", "Plans"} {
		switch v := node[key].(type) {
		case map[string]any:
			out = append(out, scanConds(v, relation)...)
		case []any:
			for _, p := range v {
				if m, ok := p.(map[string]any); ok {
					out = append(out, scanConds(m, relation)...)
				}
			}
		}
	}
	return out
}

// TestClaimProofReadsTreePositionAsValue: the claim's proof lookup (merkle_nodes.block =
// ANY(merkle_block_roots(tree_index))) takes the accepted leaf's tree position as a value. Read
// through leaf_find, Postgres substituted the whole decoding of the leaf block into that index
// condition (and into merkle_siblings per row), four times the Postgres CPU of a claim.
func TestClaimProofReadsTreePositionAsValue(t *testing.T) {
	env := newEnv(t, Options{})
	var raw []byte
	if err := env.pool.QueryRow(context.Background(), "EXPLAIN (VERBOSE, FORMAT JSON) "+claimOne, testChain, alice).Scan(&raw); err != nil {
		t.Fatal(err)
	}
	var plan []map[string]any
	if err := json.Unmarshal(raw, &plan); err != nil || len(plan) == 0 {
		t.Fatalf("plan %s: %v", raw, err)
	}
	conds := scanConds(plan[0], "merkle_nodes")
	if len(conds) != 1 {
		t.Fatalf("%d scans of merkle_nodes, want 1:\n%s", len(conds), raw)
	}
	if !strings.Contains(conds[0], "tree_index") || strings.Contains(conds[0], "leaves") || strings.Contains(conds[0], "leaf_") {
		t.Fatalf("the proof's blocks are not read by a tree position value: %s", conds[0])
	}
	if e := env.postWith(t, claimEpochQuery, map[string]any{"a": alice}, nil).claimEpoch(t); e != 1 {
		t.Fatalf("claim epoch %d, want 1", e)
	}
}
