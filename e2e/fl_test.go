package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
)

// TestFLAllianceEndToEnd is the FL Alliance stage (REWARDS.md §11) on a real devnet through the binary:
// simulated FL rounds are indexed; a rejected round slashed its proposers on-chain; the slashed stake sent
// to the distributor is exactly epoch 0's revenue of that FL task in the settlement; an honest participant
// (a voter that revealed with the outcome) is paid with role FL, and after settle, propose and accept its
// claim through the distributor binding pays exactly its settled amount; `covey verify` reproduces the epoch.
func TestFLAllianceEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	e := newEnv(t)
	ctx := context.Background()
	d, client := e.devnetUp()
	if _, ok := d.Contracts[config.FLAlliance]; !ok {
		t.Fatal("deployments lack FLAlliance")
	}

	e.run("simulate", "--users", "30", "--epochs", "1", "--seed", "3")
	e.run("index", "--until-synced")
	e.acceptEpoch(ctx, client, 0)
	// One more simulated epoch: the dodgers of epoch 0 withdraw their matured unstake requests (what the slash left).
	e.run("simulate", "--users", "30", "--epochs", "1", "--seed", "3")
	e.run("index", "--until-synced")

	pool, err := pgxpool.New(ctx, envValue(e.environ, "DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	fl := strings.ToLower(d.Contracts[config.FLAlliance].Address.Hex())
	epochEnd := int64(d.Genesis) + anvil.EpochLength

	// A rejected round in epoch 0: every proposer slashed (reason 1) through Staking.slashTo to FLAlliance,
	// ParticipantSlashed adding up to the round's slashed total.
	var task, round int64
	var slashed, toPool string
	err = pool.QueryRow(ctx, `SELECT task_id::bigint, round, slashed_total::text, to_pool::text FROM ev_round_finalized
		WHERE contract = $1 AND outcome = 2 AND slashed_total > 0 AND block_time < $2 ORDER BY block_number, log_index LIMIT 1`, fl, epochEnd).
		Scan(&task, &round, &slashed, &toPool)
	if err != nil {
		t.Fatalf("no rejected round with a slash in epoch 0: %v", err)
	}
	var proposers, slashedProposers int
	var slashSum string
	if err := pool.QueryRow(ctx, `SELECT
			(SELECT count(*) FROM ev_role_assigned WHERE contract = $1 AND task_id = $2 AND round = $3 AND fl_role = 1),
			(SELECT count(*) FROM ev_participant_slashed WHERE contract = $1 AND task_id = $2 AND round = $3 AND reason = 1),
			(SELECT coalesce(sum(amount), 0)::text FROM ev_participant_slashed WHERE contract = $1 AND task_id = $2 AND round = $3)`,
		fl, task, round).Scan(&proposers, &slashedProposers, &slashSum); err != nil {
		t.Fatal(err)
	}
	if proposers == 0 || slashedProposers != proposers || slashSum != slashed {
		t.Errorf("task %d round %d: %d proposers, %d slashed as rejected proposers, slashes sum %s vs slashed_total %s",
			task, round, proposers, slashedProposers, slashSum, slashed)
	}
	// Every ParticipantSlashed is what Staking took in the same transaction: active stake (Slashed, role FL) plus
	// open unstake requests (WithdrawalSlashed), all sent to FLAlliance.
	var mismatched int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM ev_participant_slashed p
		WHERE p.contract = $1 AND p.task_id = $2 AND p.round = $3 AND p.amount <>
			(SELECT coalesce(sum(s.amount), 0) FROM ev_slashed s WHERE s.tx_hash = p.tx_hash AND s.account = p.account
				AND s.task_id = p.task_id AND s.role = 3 AND s.recipient = $1)
			+ (SELECT coalesce(sum(w.amount), 0) FROM ev_withdrawal_slashed w WHERE w.tx_hash = p.tx_hash
				AND w.account = p.account AND w.task_id = p.task_id AND w.recipient = $1)`,
		fl, task, round).Scan(&mismatched); err != nil {
		t.Fatal(err)
	}
	if mismatched != 0 {
		t.Errorf("task %d round %d: %d ParticipantSlashed differ from Staking's Slashed + WithdrawalSlashed", task, round, mismatched)
	}
	checkDodge(t, ctx, pool, d, client, fl, epochEnd)

	// The slashed stake funds epoch 0's pool of the task: revenue = sum of FLAlliance's Funded = sum of to_pool.
	var funded, toPools, revenue string
	if err := pool.QueryRow(ctx, `SELECT
			(SELECT coalesce(sum(amount), 0)::text FROM ev_funded WHERE "from" = $1 AND task_id = $2 AND block_time < $3),
			(SELECT coalesce(sum(to_pool), 0)::text FROM ev_round_finalized WHERE contract = $1 AND task_id = $2 AND block_time < $3),
			(SELECT revenue::text FROM epoch_pools WHERE chain_id = $4 AND epoch = 0 AND task_id = $2)`,
		fl, task, epochEnd, d.ChainID).Scan(&funded, &toPools, &revenue); err != nil {
		t.Fatal(err)
	}
	if funded == "0" || funded != toPools || revenue != funded {
		t.Errorf("task %d epoch 0: Funded from FLAlliance %s, rounds' to_pool %s, settled revenue %s; want all equal and > 0", task, funded, toPools, revenue)
	}

	// An honest participant: a voter of an epoch-0 round of the task that revealed with the outcome. Its
	// reward has role FL in the task; it claims exactly its settled amount.
	var honest string
	if err := pool.QueryRow(ctx, `SELECT v.voter FROM ev_vote_revealed v JOIN ev_round_finalized f ON f.contract = v.contract
		AND f.task_id = v.task_id AND f.round = v.round
		WHERE v.contract = $1 AND v.task_id = $2 AND f.outcome IN (1, 2) AND v.accept = (f.outcome = 1) AND f.block_time < $3
		ORDER BY v.block_number, v.log_index LIMIT 1`, fl, task, epochEnd).Scan(&honest); err != nil {
		t.Fatalf("no honest voter in task %d: %v", task, err)
	}
	var flPart, amount, cumulative string
	var proof []byte
	if err := pool.QueryRow(ctx, `SELECT
			(SELECT coalesce(sum(amount), 0)::text FROM epoch_reward_parts WHERE chain_id = $1 AND epoch = 0 AND account = $2 AND task_id = $3 AND role = 3),
			(SELECT amount::text FROM epoch_rewards WHERE chain_id = $1 AND epoch = 0 AND account = $2)`,
		d.ChainID, honest, task).Scan(&flPart, &amount); err != nil {
		t.Fatal(err)
	}
	if flPart == "0" || flPart != amount {
		t.Errorf("honest FL participant %s: FL part %s of epoch amount %s; want all of it, > 0", honest, flPart, amount)
	}
	if err := pool.QueryRow(ctx, `SELECT cumulative::text, merkle_proof(chain_id, epoch, tree_index) FROM merkle_leaves WHERE chain_id = $1 AND epoch = 0 AND account = $2`,
		d.ChainID, honest).Scan(&cumulative, &proof); err != nil {
		t.Fatal(err)
	}
	dist, err := bindings.NewRewardsDistributor(d.Contracts[config.RewardsDistributor].Address, client)
	if err != nil {
		t.Fatal(err)
	}
	token, err := bindings.NewFlockToken(d.Contracts[config.FlockToken].Address, client)
	if err != nil {
		t.Fatal(err)
	}
	var path [][32]byte
	for i := 0; i+32 <= len(proof); i += 32 {
		var h [32]byte
		copy(h[:], proof[i:i+32])
		path = append(path, h)
	}
	acct := common.HexToAddress(honest)
	cum, _ := new(big.Int).SetString(cumulative, 10)
	before, err := token.BalanceOf(&bind.CallOpts{Context: ctx}, acct)
	if err != nil {
		t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(anvil.DevAccount(9).Key, big.NewInt(d.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	opts.Context = ctx
	opts.GasLimit = 300_000
	tx, err := dist.Claim(opts, acct, cum, path)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := bind.WaitMined(ctx, client, tx)
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("claim for %s reverted: %v", honest, err)
	}
	after, err := token.BalanceOf(&bind.CallOpts{Context: ctx}, acct)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.String() != amount || cumulative != amount {
		t.Errorf("claim for %s paid %s; settled %s, leaf %s", honest, got, amount, cumulative)
	}
	t.Logf("task %d round %d rejected: slashed %s (pool %s); epoch 0 FL revenue %s; honest %s claimed %s", task, round, slashed, toPool, revenue, honest, amount)

	// The API tells the same story: the round rejected with its slashes, the honest voter paid, its FL reward.
	apiPort := freePort(t)
	stopAPI := e.start("serve", "--listen", fmt.Sprintf("127.0.0.1:%d", apiPort))
	defer stopAPI()
	api := fmt.Sprintf("http://127.0.0.1:%d/graphql", apiPort)
	waitHTTP(t, api)
	var gq struct {
		Data struct {
			FlRound struct {
				Outcome, SlashedTotal, ToPool string
				SettledEpoch                  *int
				Participants                  []struct {
					Account, Role, Slashed string
					SlashReason            *string
					Paid                   bool
				}
			}
			Account struct {
				Rewards struct {
					Nodes []struct {
						Epoch int
						Parts []struct{ Task, Role, Amount string }
					}
				}
			}
		}
		Errors []json.RawMessage
	}
	gqlPost(t, api, fmt.Sprintf(`{ flRound(task: "%d", round: %d) { outcome slashedTotal toPool settledEpoch
		participants { account role slashed slashReason paid } }
		account(address: %q) { rewards { nodes { epoch parts { task role amount } } } } }`, task, round, honest), &gq)
	if len(gq.Errors) > 0 {
		t.Fatalf("GraphQL errors: %s", gq.Errors)
	}
	r := gq.Data.FlRound
	if r.Outcome != "REJECTED" || r.SlashedTotal != slashed || r.ToPool != toPool || r.SettledEpoch == nil || *r.SettledEpoch != 0 {
		t.Errorf("API round %d of task %d: %+v; want REJECTED, slashed %s, pool %s, settled epoch 0", round, task, r, slashed, toPool)
	}
	for _, p := range r.Participants {
		if p.Role == "PROPOSER" && (p.SlashReason == nil || *p.SlashReason != "REJECTED_PROPOSER" || p.Slashed == "0" || p.Paid) {
			t.Errorf("API: proposer of a rejected round %+v", p)
		}
	}
	checkVoidRound(t, ctx, pool, api, fl, epochEnd)

	flReward := false
	for _, n := range gq.Data.Account.Rewards.Nodes {
		for _, p := range n.Parts {
			flReward = flReward || (n.Epoch == 0 && p.Role == "FL" && p.Task == fmt.Sprint(task) && p.Amount == amount)
		}
	}
	if !flReward {
		t.Errorf("API: %s has no FL reward part of %s in task %d epoch 0: %+v", honest, amount, task, gq.Data.Account.Rewards)
	}

	// flTask.members is the contract's member list (MemberJoined/MemberLeft indexed).
	flc, err := bindings.NewFLAlliance(d.Contracts[config.FLAlliance].Address, client)
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := flc.MembersOf(&bind.CallOpts{Context: ctx}, big.NewInt(task))
	if err != nil {
		t.Fatal(err)
	}
	var mq struct {
		Data struct {
			FlTask struct{ Members []struct{ Account string } }
		}
		Errors []json.RawMessage
	}
	gqlPost(t, api, fmt.Sprintf(`{ flTask(id: "%d") { members { account } } }`, task), &mq)
	if len(mq.Errors) > 0 {
		t.Fatalf("GraphQL errors: %s", mq.Errors)
	}
	want := map[string]bool{}
	for _, a := range onChain {
		want[a.Hex()] = true
	}
	got := map[string]bool{}
	for _, m := range mq.Data.FlTask.Members {
		got[m.Account] = true
	}
	if len(onChain) == 0 || len(got) != len(want) || len(mq.Data.FlTask.Members) != len(onChain) {
		t.Errorf("API members of task %d: %v; FLAlliance.membersOf: %v", task, mq.Data.FlTask.Members, onChain)
	}
	for a := range want {
		if !got[a] {
			t.Errorf("API members of task %d lack %s (FLAlliance.membersOf: %v)", task, a, onChain)
		}
	}

	if out := e.run("verify", "--epoch", "0", "--manifest", ".covey/manifests/"); !strings.Contains(out, "verified") {
		t.Fatalf("verify epoch 0:\n%s", out)
	}
}

// checkDodge: the simulator's dishonest proposers request an unstake of everything while the round that rejects
// their update is open (the slash dodge). On chain the slash still takes the full rate of their round-start
// stake, from the pending request (WithdrawalSlashed); the index reports the request reduced by it
// (withdrawal_current), the withdrawal (in the next simulated epoch) pays only the rest, and the slash is in the
// epoch's settled FL revenue.
func checkDodge(t *testing.T, ctx context.Context, pool *pgxpool.Pool, d config.Deployments, client *ethclient.Client, fl string, epochEnd int64) {
	t.Helper()
	rows, err := pool.Query(ctx, `SELECT p.task_id::bigint, p.round, p.account, p.amount::text, r.stake::text, w.request_id::text,
			w.amount::text, w.new_amount::text, c.requested::text, c.amount::text, c.withdrawn, p.block_time < $2,
			(SELECT coalesce(sum(x.amount), 0)::text FROM ev_withdrawn x WHERE x.contract = w.contract AND x.request_id = w.request_id)
		FROM ev_participant_slashed p
		JOIN ev_role_assigned r ON r.contract = p.contract AND r.task_id = p.task_id AND r.round = p.round AND r.participant = p.account
		JOIN ev_withdrawal_slashed w ON w.tx_hash = p.tx_hash AND w.account = p.account AND w.task_id = p.task_id AND w.recipient = $1
		JOIN withdrawal_current c ON c.contract = w.contract AND c.request_id = w.request_id
		WHERE p.contract = $1 ORDER BY p.block_number, p.log_index`, fl, epochEnd)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	flc, err := bindings.NewFLAlliance(d.Contracts[config.FLAlliance].Address, client)
	if err != nil {
		t.Fatal(err)
	}
	dodges, inEpoch0 := 0, 0
	var dodgedTasks []int64
	for rows.Next() {
		var task, round int64
		var acct, slashedAmt, stake, reqID, took, left, requested, current, paid string
		var withdrawn, epoch0 bool
		if err := rows.Scan(&task, &round, &acct, &slashedAmt, &stake, &reqID, &took, &left, &requested, &current, &withdrawn, &epoch0, &paid); err != nil {
			t.Fatal(err)
		}
		dodges++
		if epoch0 {
			inEpoch0++
			dodgedTasks = append(dodgedTasks, task)
		}
		rd, err := flc.RoundOf(&bind.CallOpts{Context: ctx}, big.NewInt(task), uint32(round))
		if err != nil {
			t.Fatal(err)
		}
		st, _ := new(big.Int).SetString(stake, 10)
		full := new(big.Int).Div(new(big.Int).Mul(st, big.NewInt(int64(rd.SlashRatePpm))), big.NewInt(1_000_000))
		if slashedAmt != full.String() {
			t.Errorf("dodger %s task %d round %d: slashed %s, want the full %d ppm of its round-start stake %s = %s",
				acct, task, round, slashedAmt, rd.SlashRatePpm, stake, full)
		}
		rq, _ := new(big.Int).SetString(requested, 10)
		tk, _ := new(big.Int).SetString(took, 10)
		if want := new(big.Int).Sub(rq, tk).String(); left != want || current != want {
			t.Errorf("dodger %s request %s: requested %s, slashed %s, left %s, indexed %s; want %s", acct, reqID, requested, took, left, current, want)
		}
		if epoch0 && (!withdrawn || paid != current) {
			t.Errorf("dodger %s request %s: withdrawn %v, paid %s; the slash left %s", acct, reqID, withdrawn, paid, current)
		}
		t.Logf("dodge: %s task %d round %d requested %s, slashed %s of it (full slash %s); request holds %s, withdrawn %v",
			acct, task, round, requested, took, slashedAmt, current, withdrawn)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if inEpoch0 == 0 {
		t.Fatalf("the simulation made no slash dodge attempt in epoch 0 (%d in all)", dodges)
	}
	// The index's pending own stake per (account, task) is Staking's (requests less slashes less withdrawals).
	stk, err := bindings.NewStaking(d.Contracts[config.Staking].Address, client)
	if err != nil {
		t.Fatal(err)
	}
	prow, err := pool.Query(ctx, `SELECT owner, task_id::text, coalesce(sum(amount) FILTER (WHERE NOT withdrawn), 0)::text
		FROM withdrawal_current WHERE slashable GROUP BY 1, 2`)
	if err != nil {
		t.Fatal(err)
	}
	defer prow.Close()
	checked := 0
	for prow.Next() {
		var owner, task, pending string
		if err := prow.Scan(&owner, &task, &pending); err != nil {
			t.Fatal(err)
		}
		tid, _ := new(big.Int).SetString(task, 10)
		onChain, err := stk.PendingStakeOf(&bind.CallOpts{Context: ctx}, common.HexToAddress(owner), tid)
		if err != nil {
			t.Fatal(err)
		}
		if onChain.String() != pending {
			t.Errorf("pending own stake of %s in task %s: indexed %s, Staking %s", owner, task, pending, onChain)
		}
		checked++
	}
	if err := prow.Err(); err != nil {
		t.Fatal(err)
	}
	if checked == 0 {
		t.Error("no unstake request indexed")
	}

	// Settled: each dodged task's epoch-0 revenue is its rounds' to_pool (slashed totals that include the dodgers').
	for _, task := range dodgedTasks {
		var toPools, revenue, unaccounted string
		if err := pool.QueryRow(ctx, `SELECT
				(SELECT coalesce(sum(to_pool), 0)::text FROM ev_round_finalized WHERE contract = $1 AND task_id = $2 AND block_time < $3),
				(SELECT revenue::text FROM epoch_pools WHERE chain_id = $4 AND epoch = 0 AND task_id = $2),
				(SELECT (sum(f.slashed_total) - (SELECT coalesce(sum(p.amount), 0) FROM ev_participant_slashed p
					WHERE p.contract = $1 AND p.task_id = $2 AND p.block_time < $3))::text
					FROM ev_round_finalized f WHERE f.contract = $1 AND f.task_id = $2 AND f.block_time < $3)`,
			fl, task, epochEnd, d.ChainID).Scan(&toPools, &revenue, &unaccounted); err != nil {
			t.Fatal(err)
		}
		if revenue != toPools || unaccounted != "0" {
			t.Errorf("dodged task %d epoch 0: settled revenue %s, rounds' to_pool %s, slashed totals minus ParticipantSlashed %s",
				task, revenue, toPools, unaccounted)
		}
	}
}

// gqlPost sends a GraphQL query and decodes the response into out.
func gqlPost(t *testing.T, api, query string, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	resp, err := http.Post(api, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("GraphQL response %s: %v", raw, err)
	}
}

// checkVoidRound: a round of epoch 0 whose voters were all offline in its reveal window finalized VOID
// (REWARDS.md §11 quorum): no ParticipantSlashed and nothing slashed; the API pays every proposer that
// submitted, and the settlement gave each of them an FL reward in the task.
func checkVoidRound(t *testing.T, ctx context.Context, pool *pgxpool.Pool, api, fl string, epochEnd int64) {
	t.Helper()
	var task, round, slashes int64
	var slashed string
	err := pool.QueryRow(ctx, `SELECT f.task_id::bigint, f.round, f.slashed_total::text,
			(SELECT count(*) FROM ev_participant_slashed s WHERE s.contract = f.contract AND s.task_id = f.task_id AND s.round = f.round)
		FROM ev_round_finalized f WHERE f.contract = $1 AND f.outcome = 3 AND f.block_time < $2
		ORDER BY f.block_number, f.log_index LIMIT 1`, fl, epochEnd).Scan(&task, &round, &slashed, &slashes)
	if err != nil {
		t.Fatalf("no void round in epoch 0: %v", err)
	}
	if slashed != "0" || slashes != 0 {
		t.Errorf("void round %d of task %d: slashed %s in %d ParticipantSlashed", round, task, slashed, slashes)
	}
	var gq struct {
		Data struct {
			FlRound struct {
				Outcome      string
				Participants []struct {
					Account, Role string
					UpdateHash    *string
					Paid          bool
				}
			}
		}
		Errors []json.RawMessage
	}
	gqlPost(t, api, fmt.Sprintf(`{ flRound(task: "%d", round: %d) { outcome participants { account role updateHash paid } } }`, task, round), &gq)
	if len(gq.Errors) > 0 || gq.Data.FlRound.Outcome != "VOID" {
		t.Fatalf("API void round %d of task %d: %+v %s", round, task, gq.Data.FlRound, gq.Errors)
	}
	submitted := 0
	for _, p := range gq.Data.FlRound.Participants {
		if p.Role != "PROPOSER" || p.UpdateHash == nil {
			continue
		}
		submitted++
		if !p.Paid {
			t.Errorf("API: proposer %s submitted in a void round but is not paid", p.Account)
		}
		var parts int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM epoch_reward_parts WHERE epoch = 0 AND account = $1 AND task_id = $2 AND role = 3 AND amount > 0`,
			strings.ToLower(p.Account), task).Scan(&parts); err != nil || parts == 0 {
			t.Errorf("settlement: proposer %s of void round %d has no FL reward in task %d (%v)", p.Account, round, task, err)
		}
	}
	t.Logf("void round %d of task %d: %d submitting proposers, all paid, nobody slashed", round, task, submitted)
}
