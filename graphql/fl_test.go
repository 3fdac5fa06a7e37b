package graphql

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
)

// FL fixture accounts and the FLAlliance contract.
var (
	fran       = "0x" + strings.Repeat("f6", 20)
	gina       = "0x" + strings.Repeat("a7", 20)
	hank       = "0x" + strings.Repeat("b8", 20)
	flAlliance = "0x" + strings.Repeat("05", 20)
)

// seedFL adds FL Alliance task 1001 to the base fixture (all in settled epoch 1): fran, gina and hank
// stake with role FL; round 1 accepted (fran proposed, gina revealed accept, hank never revealed);
// round 2 rejected (gina's update rejected by fran and hank, gina slashed 20, 18 to the pool); round 3
// pending (hank proposed, fran revealed accept); gina dropped from the member list before round 3. fran earned an FL reward in epoch 1, part of it
// delegated through carol.
func seedFL(t testing.TB, pool *pgxpool.Pool) {
	f := &fixture{t: t, pool: pool}
	h := func(s string) string { return crypto.Keccak256Hash([]byte(s)).Hex() }
	f.ev("ev_fl_task_created", 1, 20, flAlliance, "task_id", "1001", "creator", eve, "rounds", 10, "min_stake", e18(1),
		"commit_duration", 1800, "reveal_duration", 1800)
	for i, p := range []struct {
		acct  string
		stake int64
	}{{fran, 100}, {gina, 200}, {hank, 300}} {
		f.ev("ev_staked", 2, int64(20+i), staking, "account", p.acct, "task_id", "1001", "role", 3, "amount", e18(p.stake), "new_stake", e18(p.stake))
	}
	// Members: fran and gina joined; hank joined, left and joined again; gina was dropped before round 3.
	f.ev("ev_member_joined", 2, 24, flAlliance, "task_id", "1001", "account", fran, "stake", e18(100))
	f.ev("ev_member_joined", 2, 25, flAlliance, "task_id", "1001", "account", gina, "stake", e18(200))
	f.ev("ev_member_joined", 2, 26, flAlliance, "task_id", "1001", "account", hank, "stake", e18(300))
	f.ev("ev_member_left", 3, 10, flAlliance, "task_id", "1001", "account", hank, "removed", false)
	f.ev("ev_member_joined", 3, 11, flAlliance, "task_id", "1001", "account", hank, "stake", e18(300))
	f.ev("ev_member_left", 10, 10, flAlliance, "task_id", "1001", "account", gina, "removed", true)
	f.ev("ev_delegated", 2, 23, staking, "delegator", carol, "task_id", "1001", "participant", fran, "amount", e18(50), "new_delegation", e18(50))
	start := func(block, log, round int64, roles ...any) {
		f.ev("ev_round_started", block, log, flAlliance, "task_id", "1001", "round", round, "seed", h(fmt.Sprint("seed", round)),
			"commit_end", blockTime(block)+1800, "reveal_end", blockTime(block)+3600, "participants", len(roles)/3)
		for i := 0; i < len(roles); i += 3 {
			f.ev("ev_role_assigned", block, log+1+int64(i/3), flAlliance, "task_id", "1001", "round", round, "participant", roles[i],
				"fl_role", roles[i+1], "stake", e18(roles[i+2].(int64)))
		}
	}
	start(3, 20, 1, fran, 1, int64(100), gina, 2, int64(200), hank, 2, int64(300))
	f.ev("ev_update_submitted", 4, 20, flAlliance, "task_id", "1001", "round", 1, "proposer", fran, "update_hash", h("update-1"))
	f.ev("ev_vote_committed", 4, 21, flAlliance, "task_id", "1001", "round", 1, "voter", gina, "commitment", h("c-gina-1"))
	f.ev("ev_vote_committed", 4, 22, flAlliance, "task_id", "1001", "round", 1, "voter", hank, "commitment", h("c-hank-1"))
	f.ev("ev_vote_revealed", 5, 20, flAlliance, "task_id", "1001", "round", 1, "voter", gina, "accept", true, "stake", e18(200))
	f.ev("ev_round_finalized", 6, 20, flAlliance, "task_id", "1001", "round", 1, "outcome", 1, "stake_for", e18(200),
		"stake_against", "0", "voter_stake", e18(500), "slashed_total", "0", "to_pool", "0", "to_treasury", "0")

	start(6, 21, 2, gina, 1, int64(200), fran, 2, int64(100), hank, 2, int64(300))
	f.ev("ev_update_submitted", 7, 20, flAlliance, "task_id", "1001", "round", 2, "proposer", gina, "update_hash", h("update-2"))
	f.ev("ev_vote_committed", 7, 21, flAlliance, "task_id", "1001", "round", 2, "voter", fran, "commitment", h("c-fran-2"))
	f.ev("ev_vote_committed", 7, 22, flAlliance, "task_id", "1001", "round", 2, "voter", hank, "commitment", h("c-hank-2"))
	f.ev("ev_vote_revealed", 8, 20, flAlliance, "task_id", "1001", "round", 2, "voter", fran, "accept", false, "stake", e18(100))
	f.ev("ev_vote_revealed", 8, 21, flAlliance, "task_id", "1001", "round", 2, "voter", hank, "accept", false, "stake", e18(300))
	f.ev("ev_slashed", 9, 20, staking, "account", gina, "task_id", "1001", "role", 3, "amount", e18(20), "new_stake", e18(180),
		"recipient", flAlliance, "slasher", flAlliance)
	f.ev("ev_participant_slashed", 9, 21, flAlliance, "task_id", "1001", "round", 2, "account", gina, "amount", e18(20), "reason", 1)
	f.ev("ev_funded", 9, 22, distrib, "from", flAlliance, "task_id", "1001", "amount", e18(18), "total_funded", e18(18))
	f.ev("ev_round_finalized", 9, 23, flAlliance, "task_id", "1001", "round", 2, "outcome", 2, "stake_for", "0",
		"stake_against", e18(400), "voter_stake", e18(400), "slashed_total", e18(20), "to_pool", e18(18), "to_treasury", e18(2))

	start(10, 20, 3, hank, 1, int64(300), fran, 2, int64(100))
	f.ev("ev_update_submitted", 10, 23, flAlliance, "task_id", "1001", "round", 3, "proposer", hank, "update_hash", h("update-3"))
	f.ev("ev_vote_committed", 10, 24, flAlliance, "task_id", "1001", "round", 3, "voter", fran, "commitment", h("c-fran-3"))
	f.ev("ev_vote_revealed", 10, 25, flAlliance, "task_id", "1001", "round", 3, "voter", fran, "accept", true, "stake", e18(100))

	f.exec(`INSERT INTO stake_current (chain_id, account, task_id, role, amount, block_number, log_index) VALUES
		($1, $2, 1001, 3, $5, 2, 20), ($1, $3, 1001, 3, $6, 9, 20), ($1, $4, 1001, 3, $7, 2, 22)`,
		testChain, fran, gina, hank, e18(100), e18(180), e18(300))
	f.exec(`INSERT INTO delegation_current (chain_id, delegator, task_id, participant, amount, block_number, log_index) VALUES ($1, $2, 1001, $3, $4, 2, 23)`,
		testChain, carol, fran, e18(50))
	f.leaf(1, fran, e18(6), e18(6), 5)
	f.leaf(1, carol, e18(2), e18(2), 6)
	f.exec(`INSERT INTO epoch_reward_parts (chain_id, epoch, account, task_id, role, kind, source, amount) VALUES
		($1, 1, $2, 1001, 3, 'own', '', $4), ($1, 1, $3, 1001, 3, 'delegated', $2, $5)`, testChain, fran, carol, e18(6), e18(2))
}

// TestFLGolden runs testdata/fl/*.graphql against the base fixture plus seedFL (runGolden).
func TestFLGolden(t *testing.T) {
	env := newEnv(t, Options{})
	seedFL(t, env.pool)
	runGolden(t, env, "testdata/fl/*.graphql")
}

// TestFLQuorumRounds (REWARDS.md §11 quorum): FL task 1002 has a VOID round (ivan proposed and submitted,
// jack committed and never revealed: nobody slashed, ivan paid) and a REJECTED round in which nothing was
// taken (slashRate 0: no ParticipantSlashed): its proposer ivan is still the rule's loser and unpaid, jack
// who revealed reject is paid. voterStake is the voters' round-start stake, finalized or pending.
func TestFLQuorumRounds(t *testing.T) {
	env := newEnv(t, Options{})
	ivan, jack := "0x"+strings.Repeat("c9", 20), "0x"+strings.Repeat("da", 20)
	f := &fixture{t: t, pool: env.pool}
	h := func(s string) string { return crypto.Keccak256Hash([]byte(s)).Hex() }
	f.ev("ev_fl_task_created", 1, 30, flAlliance, "task_id", "1002", "creator", eve, "rounds", 10, "min_stake", e18(1),
		"commit_duration", 1800, "reveal_duration", 1800)
	round := func(block, log, round int64, outcome int, revealed bool) {
		f.ev("ev_round_started", block, log, flAlliance, "task_id", "1002", "round", round, "seed", h(fmt.Sprint("q", round)),
			"commit_end", blockTime(block)+1800, "reveal_end", blockTime(block)+3600, "participants", 2)
		f.ev("ev_role_assigned", block, log+1, flAlliance, "task_id", "1002", "round", round, "participant", ivan, "fl_role", 1, "stake", e18(70))
		f.ev("ev_role_assigned", block, log+2, flAlliance, "task_id", "1002", "round", round, "participant", jack, "fl_role", 2, "stake", e18(30))
		f.ev("ev_update_submitted", block+1, log, flAlliance, "task_id", "1002", "round", round, "proposer", ivan, "update_hash", h(fmt.Sprint("u", round)))
		f.ev("ev_vote_committed", block+1, log+1, flAlliance, "task_id", "1002", "round", round, "voter", jack, "commitment", h(fmt.Sprint("c", round)))
		against := "0"
		if revealed {
			f.ev("ev_vote_revealed", block+2, log, flAlliance, "task_id", "1002", "round", round, "voter", jack, "accept", false, "stake", e18(30))
			against = e18(30)
		}
		if outcome != 0 {
			f.ev("ev_round_finalized", block+3, log, flAlliance, "task_id", "1002", "round", round, "outcome", outcome, "stake_for", "0",
				"stake_against", against, "voter_stake", e18(30), "slashed_total", "0", "to_pool", "0", "to_treasury", "0")
		}
	}
	round(3, 40, 1, 3, false) // void
	round(6, 40, 2, 2, true)  // rejected, nothing taken
	round(9, 40, 3, 0, false) // pending
	d := env.data(t, `{ flTask(id: "1002") { rounds(orderDirection: ASC) { nodes { round outcome stakeAgainst voterStake slashedTotal
		participants { account role slashed paid } } } } }`, nil)
	got, _ := json.Marshal(d["flTask"].(map[string]any)["rounds"].(map[string]any)["nodes"])
	want := fmt.Sprintf(`[`+
		`{"outcome":"VOID","participants":[{"account":"%[1]s","paid":true,"role":"PROPOSER","slashed":"0"},{"account":"%[2]s","paid":false,"role":"VOTER","slashed":"0"}],"round":1,"slashedTotal":"0","stakeAgainst":"0","voterStake":"%[3]s"},`+
		`{"outcome":"REJECTED","participants":[{"account":"%[1]s","paid":false,"role":"PROPOSER","slashed":"0"},{"account":"%[2]s","paid":true,"role":"VOTER","slashed":"0"}],"round":2,"slashedTotal":"0","stakeAgainst":"%[3]s","voterStake":"%[3]s"},`+
		`{"outcome":"PENDING","participants":[{"account":"%[1]s","paid":false,"role":"PROPOSER","slashed":"0"},{"account":"%[2]s","paid":false,"role":"VOTER","slashed":"0"}],"round":3,"slashedTotal":"0","stakeAgainst":"0","voterStake":"%[3]s"}]`,
		common.HexToAddress(ivan).Hex(), common.HexToAddress(jack).Hex(), e18(30))
	if string(got) != want {
		t.Errorf("rounds of task 1002:\n got %s\nwant %s", got, want)
	}
	for outcome, want := range map[string]string{"VOID": "[1]", "REJECTED": "[2]", "PENDING": "[3]", "ACCEPTED": "[]"} {
		d := env.data(t, `query($o: FLOutcome) { flRounds(task: "1002", outcome: $o) { nodes { round } } }`, map[string]any{"o": outcome})
		var rounds []int
		for _, n := range d["flRounds"].(map[string]any)["nodes"].([]any) {
			rounds = append(rounds, int(n.(map[string]any)["round"].(float64)))
		}
		if g, _ := json.Marshal(rounds); string(g) != want && !(want == "[]" && string(g) == "null") {
			t.Errorf("flRounds(outcome: %s): rounds %s, want %s", outcome, g, want)
		}
	}
}

// TestFLBatched: rounds nested under tasks and participants nested under rounds cost a fixed
// number of queries however many rounds there are.
func TestFLBatched(t *testing.T) {
	env := newEnv(t, Options{})
	seedFL(t, env.pool)
	const q = `{ flTasks { nodes { id roundsStarted participants { account } rounds { totalCount nodes { round participants { account role vote slashed paid } } } } }
		flRounds(first: 50) { nodes { round participants { account } } } }`
	count := func() int64 {
		before := env.queries.n.Load()
		d := env.data(t, q, nil)
		if n := len(d["flRounds"].(map[string]any)["nodes"].([]any)); n != 3 {
			t.Fatalf("%d rounds", n)
		}
		return env.queries.n.Load() - before
	}
	count()
	few := count()
	// Ten more pending rounds of the task, each with two participants.
	f := &fixture{t: t, pool: env.pool}
	for r := int64(4); r < 14; r++ {
		f.ev("ev_round_started", 10, 100+3*r, flAlliance, "task_id", "1001", "round", r, "seed", crypto.Keccak256Hash([]byte(fmt.Sprint(r))).Hex(),
			"commit_end", 1, "reveal_end", 2, "participants", 2)
		f.ev("ev_role_assigned", 10, 101+3*r, flAlliance, "task_id", "1001", "round", r, "participant", fran, "fl_role", 1, "stake", "1")
		f.ev("ev_role_assigned", 10, 102+3*r, flAlliance, "task_id", "1001", "round", r, "participant", gina, "fl_role", 2, "stake", "1")
	}
	before := env.queries.n.Load()
	d := env.data(t, q, nil)
	many := env.queries.n.Load() - before
	if n := len(d["flRounds"].(map[string]any)["nodes"].([]any)); n != 13 {
		t.Fatalf("%d rounds after adding ten", n)
	}
	if many != few || many > 10 {
		t.Fatalf("3 rounds: %d queries, 13 rounds: %d queries", few, many)
	}
	t.Logf("queries per request: %d", many)
}
