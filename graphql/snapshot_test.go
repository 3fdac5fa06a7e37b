package graphql

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
)

// snapshotQuery reads two root fields (status, account, purchases) whose answers all change with
// the commits below. Status's statements run one after another (head first, the cursor later),
// so a commit after the head's statement lands between two reads of the same request.
const snapshotQuery = `{
	status { head { number } indexed { number } }
	account(address: "0xa1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1") { stakes { task amount } rewardShare { sigmaPpm } }
	purchases { totalCount nodes { buyer blockNumber } }
}`

// advanceTo11 is the indexer committing block 11: a new stake, a new reward share and a purchase,
// the derived rows and the cursor, in one transaction.
func advanceTo11(t *testing.T, env *testEnv) {
	t.Helper()
	ctx := context.Background()
	tx, err := env.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	stmts := []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO blocks (chain_id, number, hash, parent_hash, time, finality) VALUES ($1, 11, $2, $3, $4, 'unsafe')`,
			[]any{testChain, blockHash(11), blockHash(10), blockTime(11)}},
		{`INSERT INTO ev_staked (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index, contract, account, task_id, role, amount, new_stake)
			VALUES ($1, 11, $2, $3, $4, 0, 0, $5, $6, 1, 1, $7, $8)`, []any{testChain, blockHash(11), blockTime(11), txHash(11, 0), staking, alice, e18(919), e18(999)}},
		{`UPDATE stake_current SET amount = $3, block_number = 11, log_index = 0 WHERE chain_id = $1 AND account = $2 AND task_id = 1`,
			[]any{testChain, alice, e18(999)}},
		{`INSERT INTO ev_reward_share_set (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index, contract, account, sigma_ppm, previous_ppm)
			VALUES ($1, 11, $2, $3, $4, 0, 1, $5, $6, 300000, 200000)`, []any{testChain, blockHash(11), blockTime(11), txHash(11, 1), staking, alice}},
		{`UPDATE reward_share_current SET sigma_ppm = 300000, block_number = 11, log_index = 1 WHERE chain_id = $1 AND account = $2`, []any{testChain, alice}},
		{`INSERT INTO ev_model_purchased (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index, contract, model_id, task_id, buyer, price, fee, net)
			VALUES ($1, 11, $2, $3, $4, 0, 2, $5, 1, 1, $6, $7, $8, $9)`, []any{testChain, blockHash(11), blockTime(11), txHash(11, 2), market, eve, e18(10), e18(1), e18(9)}},
		{`UPDATE cursors SET block_number = 11, block_hash = $2 WHERE chain_id = $1`, []any{testChain, blockHash(11)}},
	}
	for _, s := range stmts {
		if _, err := tx.Exec(ctx, s.sql, s.args...); err != nil {
			t.Fatalf("%s: %v", s.sql, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

// rollbackTo4 is the indexer's reorg rollback (indexer/store.go rollbackTo) to block 4 in one
// transaction: every event and block above 4 deleted, the derived tables recomputed from the
// events that remain, the cursor moved back.
func rollbackTo4(t *testing.T, env *testEnv) {
	t.Helper()
	ctx := context.Background()
	tx, err := env.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	var stmts []string
	for _, tbl := range []string{"ev_task_created", "ev_staked", "ev_unstake_requested", "ev_slashed", "ev_delegated", "ev_undelegated",
		"ev_reward_share_set", "ev_model_submitted", "ev_score_submitted", "ev_model_listed", "ev_model_purchased",
		"ev_root_proposed", "ev_root_accepted", "ev_claimed"} {
		stmts = append(stmts, "DELETE FROM "+tbl+" WHERE chain_id = $1 AND block_number > 4")
	}
	stmts = append(stmts,
		`DELETE FROM blocks WHERE chain_id = $1 AND number > 4`,
		`DELETE FROM stake_current WHERE chain_id = $1`,
		`INSERT INTO stake_current (chain_id, account, task_id, role, amount, block_number, log_index)
			SELECT DISTINCT ON (account, task_id) $1, account, task_id, role, new_stake, block_number, log_index FROM (
				SELECT account, task_id, role, new_stake, block_number, log_index FROM ev_staked WHERE chain_id = $1
				UNION ALL SELECT account, task_id, role, new_stake, block_number, log_index FROM ev_unstake_requested WHERE chain_id = $1
				UNION ALL SELECT account, task_id, role, new_stake, block_number, log_index FROM ev_slashed WHERE chain_id = $1) x
			ORDER BY account, task_id, block_number DESC, log_index DESC`,
		`DELETE FROM reward_share_current WHERE chain_id = $1`,
		`INSERT INTO reward_share_current (chain_id, account, sigma_ppm, block_number, log_index)
			SELECT DISTINCT ON (account) $1, account, sigma_ppm, block_number, log_index FROM ev_reward_share_set WHERE chain_id = $1
			ORDER BY account, block_number DESC, log_index DESC`,
		`DELETE FROM claimed_total WHERE chain_id = $1 AND block_number > 4`,
		`UPDATE cursors SET block_number = 4, block_hash = '`+blockHash(4)+`' WHERE chain_id = $1`,
	)
	for _, s := range stmts {
		if _, err := tx.Exec(ctx, s, testChain); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestSnapshotRequest commits a change on another connection between two reads of one request
// (after status's first statement, before its cursor statement and, most likely, the others) and
// checks the answer is the state before the commit, whole. Without the snapshot (noSnapshot, how
// every read ran before snapshot.go) the same interleaving answers a mix of both states that
// never existed: status.head from before the reorg rollback with status.indexed after it, and so
// on. That half proves the straddle was possible, and that the first half can fail.
func TestSnapshotRequest(t *testing.T) {
	for _, c := range []struct {
		name   string
		commit func(*testing.T, *testEnv)
	}{{"advance", advanceTo11}, {"reorg rollback", rollbackTo4}} {
		for _, snap := range []bool{true, false} {
			name := c.name + "/snapshot"
			if !snap {
				name = c.name + "/per-read connections (before)"
			}
			t.Run(name, func(t *testing.T) {
				env := newEnv(t, Options{})
				env.srv.noSnapshot = !snap
				answer := func() string {
					b, _ := json.Marshal(env.data(t, snapshotQuery, nil))
					return string(b)
				}
				before := answer()
				var once sync.Once
				fired := false
				env.srv.afterRead = func(_ context.Context, sql string) {
					if strings.Contains(sql, "AND TRUE ORDER BY number DESC") { // status.head, read before status.indexed
						once.Do(func() { c.commit(t, env); fired = true })
					}
				}
				during := answer()
				env.srv.afterRead = nil
				after := answer()
				if !fired {
					t.Fatal("the commit never ran between the request's reads: the test proved nothing")
				}
				if before == after {
					t.Fatalf("the commit changed nothing the query reads: %s", after)
				}
				if snap && during != before {
					t.Fatalf("one request read two states:\nbefore: %s\ngot:    %s\nafter:  %s", before, during, after)
				}
				if !snap && (during == before || during == after) {
					t.Fatalf("without the snapshot the interleaved request was expected to mix the states, got one:\n%s", during)
				}
				t.Logf("before %s\nduring %s\nafter  %s", before, during, after)
			})
		}
	}
}
