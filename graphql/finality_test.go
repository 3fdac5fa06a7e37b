package graphql

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"testing"
)

// replayed is account state rebuilt in Go from the event tables, independently of the API's SQL.
type replayed struct {
	stakes     map[string][]string // account -> "task/ROLE/amount", sorted
	made, recv map[string][]string // account -> "delegator/participant/task/amount", sorted
	sigma      map[string]int64
}

// replay applies every staking event at or below head, in chain order, as the contracts do:
// each event carries the key's new value.
func replay(t *testing.T, env *testEnv, head int64) replayed {
	t.Helper()
	ctx := context.Background()
	type ev struct {
		block, log int64
		apply      func()
	}
	var evs []ev
	stake := map[[2]string][2]string{} // (account, task) -> (role, amount)
	deleg := map[[3]string]string{}    // (delegator, participant, task) -> amount
	sigma := map[string]int64{}
	read := func(sql string, scan func(block, log int64, vals []string)) {
		rows, err := env.pool.Query(ctx, sql, testChain, head)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var b, l int64
			vals := make([]string, 4)
			dest := []any{&b, &l}
			for i := range vals {
				dest = append(dest, &vals[i])
			}
			if err := rows.Scan(dest...); err != nil {
				t.Fatal(err)
			}
			scan(b, l, vals)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	for _, tbl := range []string{"ev_staked", "ev_unstake_requested", "ev_slashed"} {
		read(`SELECT block_number, log_index::bigint, account, task_id::text, role::text, new_stake::text FROM `+tbl+
			` WHERE chain_id = $1 AND block_number <= $2`, func(b, l int64, v []string) {
			evs = append(evs, ev{b, l, func() { stake[[2]string{v[0], v[1]}] = [2]string{v[2], v[3]} }})
		})
	}
	for _, tbl := range []string{"ev_delegated", "ev_undelegated"} {
		read(`SELECT block_number, log_index::bigint, delegator, participant, task_id::text, new_delegation::text FROM `+tbl+
			` WHERE chain_id = $1 AND block_number <= $2`, func(b, l int64, v []string) {
			evs = append(evs, ev{b, l, func() { deleg[[3]string{v[0], v[1], v[2]}] = v[3] }})
		})
	}
	read(`SELECT block_number, log_index::bigint, account, sigma_ppm::text, '', '' FROM ev_reward_share_set WHERE chain_id = $1 AND block_number <= $2`,
		func(b, l int64, v []string) {
			evs = append(evs, ev{b, l, func() {
				var p int64
				fmt.Sscan(v[1], &p)
				sigma[v[0]] = p
			}})
		})
	sort.Slice(evs, func(i, j int) bool {
		return evs[i].block < evs[j].block || evs[i].block == evs[j].block && evs[i].log < evs[j].log
	})
	for _, e := range evs {
		e.apply()
	}
	r := replayed{stakes: map[string][]string{}, made: map[string][]string{}, recv: map[string][]string{}, sigma: sigma}
	for k, v := range stake {
		if v[1] != "0" {
			var role int32
			fmt.Sscan(v[0], &role)
			r.stakes[k[0]] = append(r.stakes[k[0]], k[1]+"/"+roleName(role)+"/"+v[1])
		}
	}
	for k, v := range deleg {
		if v != "0" {
			s := k[0] + "/" + k[1] + "/" + k[2] + "/" + v
			r.made[k[0]] = append(r.made[k[0]], s)
			r.recv[k[1]] = append(r.recv[k[1]], s)
		}
	}
	for _, m := range []map[string][]string{r.stakes, r.made, r.recv} {
		for _, v := range m {
			sort.Strings(v)
		}
	}
	return r
}

const finalityAccountsQuery = `query($a: [Address!]!, $b: Int, $f: Finality) { accounts(addresses: $a, block: $b, minFinality: $f) {
	address block stakes { task role amount } delegationsMade { delegator participant task amount }
	delegationsReceived { delegator participant task amount } rewardShare { sigmaPpm } } }`

// TestMinFinalityIsTheReplay: account state read with minFinality equals the replay of the events
// up to the highest indexed block of that finality (the fixture marks 1-5 finalized, 6-8 safe,
// 9-10 unsafe), also combined with `block` (the lower wins), and after the indexer marks more
// blocks final; event lists keep exactly the events at or below that head.
func TestMinFinalityIsTheReplay(t *testing.T) {
	env := newEnv(t, Options{})
	accts := []string{alice, bob, carol, dave, eve}
	check := func(t *testing.T, block *int, fin string, want int64) {
		t.Helper()
		vars := map[string]any{"a": accts, "f": fin}
		if block != nil {
			vars["b"] = *block
		}
		d := env.data(t, finalityAccountsQuery, vars)
		exp := replay(t, env, want)
		for _, a := range d["accounts"].([]any) {
			a := a.(map[string]any)
			addr := strings.ToLower(a["address"].(string))
			if got := a["block"]; got != float64(want) {
				t.Fatalf("%s: block %v, want %d", fin, got, want)
			}
			var stakes, made, recv []string
			for _, s := range a["stakes"].([]any) {
				s := s.(map[string]any)
				stakes = append(stakes, fmt.Sprintf("%s/%s/%s", s["task"], s["role"], s["amount"]))
			}
			dl := func(list []any) (out []string) {
				for _, x := range list {
					x := x.(map[string]any)
					out = append(out, fmt.Sprintf("%s/%s/%s/%s", strings.ToLower(x["delegator"].(string)), strings.ToLower(x["participant"].(string)), x["task"], x["amount"]))
				}
				sort.Strings(out)
				return out
			}
			made, recv = dl(a["delegationsMade"].([]any)), dl(a["delegationsReceived"].([]any))
			sort.Strings(stakes)
			if fmt.Sprint(stakes) != fmt.Sprint(exp.stakes[addr]) || fmt.Sprint(made) != fmt.Sprint(exp.made[addr]) ||
				fmt.Sprint(recv) != fmt.Sprint(exp.recv[addr]) {
				t.Errorf("%s %s: got stakes %v made %v received %v, replay to %d: %v %v %v", fin, addr, stakes, made, recv, want,
					exp.stakes[addr], exp.made[addr], exp.recv[addr])
			}
			if got := a["rewardShare"].(map[string]any)["sigmaPpm"]; got != float64(exp.sigma[addr]) {
				t.Errorf("%s %s: sigma %v, replay %d", fin, addr, got, exp.sigma[addr])
			}
		}
		// The event lists: every event at or below the head, none above, each at least that final.
		if block != nil {
			return // lists take minFinality alone
		}
		for _, l := range []struct{ field, table string }{{"tasks", "ev_task_created"}, {"submissions", "ev_model_submitted"},
			{"scores", "ev_score_submitted"}, {"purchases", "ev_model_purchased"}, {"models", "ev_model_listed"}} {
			q := `query($f: Finality) { ` + l.field + `(minFinality: $f, first: 100) { totalCount nodes { blockNumber finality } } }`
			got := env.data(t, q, map[string]any{"f": fin})[l.field].(map[string]any)
			var n int64
			if err := env.pool.QueryRow(context.Background(), `SELECT count(*) FROM `+l.table+` WHERE chain_id = $1 AND block_number <= $2`,
				testChain, finalityBound(block, want)).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if got["totalCount"] != float64(n) || len(got["nodes"].([]any)) != int(n) {
				t.Errorf("%s(minFinality: %s): %v, want the %d events at or below %d", l.field, fin, got, n, want)
			}
			for _, x := range got["nodes"].([]any) {
				x := x.(map[string]any)
				if x["blockNumber"].(float64) > float64(want) || fin == "FINALIZED" && x["finality"] != "FINALIZED" ||
					fin == "SAFE" && x["finality"] == "UNSAFE" {
					t.Errorf("%s(minFinality: %s) returned %v (head %d)", l.field, fin, x, want)
				}
			}
		}
	}
	ip := func(n int) *int { return &n }
	t.Run("safe", func(t *testing.T) { check(t, nil, "SAFE", 8) })
	t.Run("finalized", func(t *testing.T) { check(t, nil, "FINALIZED", 5) })
	t.Run("unsafe is the latest", func(t *testing.T) { check(t, ip(10), "UNSAFE", 10) })
	t.Run("block above the head", func(t *testing.T) { check(t, ip(7), "FINALIZED", 5) })
	t.Run("block below the head", func(t *testing.T) { check(t, ip(3), "SAFE", 3) })
	// Without minFinality the latest state is the *_current tables: minFinality UNSAFE and the
	// replay to the cursor agree with it.
	t.Run("unsafe equals the derived tables", func(t *testing.T) {
		latest := env.data(t, strings.NewReplacer(", minFinality: $f", "", ", $f: Finality", "").Replace(finalityAccountsQuery), map[string]any{"a": accts})
		unsafe := env.data(t, finalityAccountsQuery, map[string]any{"a": accts, "f": "UNSAFE"})
		a, _ := json.Marshal(latest)
		b, _ := json.Marshal(unsafe)
		if string(a) != string(b) {
			t.Fatalf("latest %s\nunsafe %s", a, b)
		}
	})
	t.Run("follows the indexer's marks", func(t *testing.T) {
		if _, err := env.pool.Exec(context.Background(), `UPDATE blocks SET finality = 'finalized' WHERE chain_id = $1 AND number <= 7`, testChain); err != nil {
			t.Fatal(err)
		}
		check(t, nil, "FINALIZED", 7)
		// Epoch 1's snapshot (block 6) is now finalized, epoch 2's (block 8) is not.
		d := env.data(t, `{ task(id: "1") { leaderboard(minFinality: FINALIZED) { epoch } } }`, nil)
		for _, e := range d["task"].(map[string]any)["leaderboard"].([]any) {
			if e.(map[string]any)["epoch"] != float64(1) {
				t.Fatalf("leaderboard(minFinality: FINALIZED) with blocks 1-7 finalized: %v, want epoch 1", d)
			}
		}
		if len(d["task"].(map[string]any)["leaderboard"].([]any)) == 0 {
			t.Fatalf("leaderboard(minFinality: FINALIZED) with blocks 1-7 finalized is empty, want epoch 1")
		}
		if _, err := env.pool.Exec(context.Background(), `UPDATE blocks SET finality = 'unsafe' WHERE chain_id = $1`, testChain); err != nil {
			t.Fatal(err)
		}
		check(t, nil, "SAFE", 0) // nothing is safe yet: the state before any event
	})
}

func finalityBound(block *int, head int64) int64 {
	if block != nil && int64(*block) < head {
		return int64(*block)
	}
	return head
}

// TestMinFinalityCached: with the response cache, the same document with another minFinality
// (a variable, or a literal) is its own entry: each answer matches what it asked.
func TestMinFinalityCached(t *testing.T) {
	rdb, prefix := testRedis(t)
	env := newEnv(t, Options{Redis: rdb, RedisPrefix: prefix})
	q := `query($f: Finality) { account(address: "` + alice + `", minFinality: $f) { block rewardShare { sigmaPpm } } }`
	ask := func(vars map[string]any) (string, string) {
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		resp, err := http.Post(env.http.URL+"/graphql", "application/json", strings.NewReader(string(body)))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(out["data"])
		return resp.Header.Get("X-Cache"), string(b)
	}
	want := map[string]string{
		"SAFE":      `{"account":{"block":8,"rewardShare":{"sigmaPpm":100000}}}`,
		"FINALIZED": `{"account":{"block":5,"rewardShare":{"sigmaPpm":100000}}}`,
		"":          `{"account":{"block":null,"rewardShare":{"sigmaPpm":200000}}}`,
	}
	for round := 0; round < 2; round++ {
		for _, f := range []string{"SAFE", "FINALIZED", ""} {
			vars := map[string]any{"f": f}
			if f == "" {
				vars = nil
			}
			status, got := ask(vars)
			if got != want[f] {
				t.Fatalf("round %d minFinality %q (cache %s): %s, want %s", round, f, status, got, want[f])
			}
			if round == 1 && status != "HIT" {
				t.Errorf("round 2 minFinality %q: cache %s, want HIT", f, status)
			}
		}
	}
}

// TestDerivedDeferredReadsEvents: while the indexer has deferred the derived tables for a backfill
// (a deferred_derived row; the tables may be behind the events), stakes, delegations, reward shares
// and claimed totals are read from the events: the answers equal those the up-to-date tables gave,
// with the tables emptied. Without the row the emptied tables show (so the check could fail).
func TestDerivedDeferredReadsEvents(t *testing.T) {
	env := newEnv(t, Options{})
	ctx := context.Background()
	q := strings.NewReplacer(", minFinality: $f", "", ", $f: Finality", "", "address block", "address block claim { claimed claimable }").Replace(finalityAccountsQuery)
	vars := map[string]any{"a": []string{alice, bob, carol, dave, eve}}
	want, _ := json.Marshal(env.data(t, q, vars))
	if !strings.Contains(string(want), `"amount"`) || strings.Count(string(want), `"claimed":"0"`) == 5 {
		t.Fatalf("the fixture has no stakes or no claims to compare: %s", want)
	}
	for _, tbl := range []string{"stake_current", "delegation_current", "reward_share_current", "claimed_total"} {
		if _, err := env.pool.Exec(ctx, "DELETE FROM "+tbl); err != nil {
			t.Fatal(err)
		}
	}
	stale, _ := json.Marshal(env.data(t, q, vars))
	if string(stale) == string(want) {
		t.Fatalf("emptying the derived tables changed no answer: %s", stale)
	}
	if _, err := env.pool.Exec(ctx, "INSERT INTO deferred_derived (chain_id, since_block) VALUES ($1, -1)", testChain); err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(env.data(t, q, vars))
	if string(got) != string(want) {
		t.Fatalf("with derived state deferred:\n got %s\nwant %s", got, want)
	}
}
