package settlement

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/settlement/engine"
	"github.com/covey-labs/covey/settlement/policy"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

const (
	testChain   = int64(31337)
	testGenesis = int64(1_800_000_000)
	testL       = int64(3600)
)

func addr(n int) string   { return fmt.Sprintf("0x%040x", 0xa0000+n) }
func hash(n int64) string { return fmt.Sprintf("0x%064x", n) }

var (
	nodeA, nodeB   = addr(1), addr(2)
	valX, valY     = addr(3), addr(4)
	delegD         = addr(5)
	stakingAddr    = addr(100)
	arenaAddr      = addr(101)
	marketAddr     = addr(102)
	distributorAdr = addr(103)
)

func testPolicy(t testing.TB) *engine.Policy {
	t.Helper()
	p, err := engine.LoadPolicy(bytes.NewReader(policy.V1))
	if err != nil {
		t.Fatal(err)
	}
	p.Genesis, p.EpochLength, p.Grace = testGenesis, testL, 60
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	return p
}

// chainFixture writes indexer-shaped rows: blocks, events and the cursor, and mirrors every event
// into a hand-built engine input so tests can compare the loader's view with the truth.
type chainFixture struct {
	t     testing.TB
	pool  *pgxpool.Pool
	ctx   context.Context
	block int64
	time  int64
	log   int
	in    *engine.EpochInput
	tasks map[string]bool
}

func newFixture(t testing.TB, pool *pgxpool.Pool) *chainFixture {
	return &chainFixture{t: t, pool: pool, ctx: context.Background(), block: 100, time: testGenesis - 100,
		in: &engine.EpochInput{}, tasks: map[string]bool{}}
}

// at moves to a new block with the given timestamp (stored in blocks).
func (f *chainFixture) at(ts int64) {
	f.t.Helper()
	f.block++
	f.time = ts
	f.log = 0
	if _, err := f.pool.Exec(f.ctx, `INSERT INTO blocks (chain_id, number, hash, parent_hash, time, finality) VALUES ($1,$2,$3,$4,$5,'finalized')`,
		testChain, f.block, hash(f.block), hash(f.block-1), ts); err != nil {
		f.t.Fatal(err)
	}
}

// head sets the indexer cursor at a new block with time ts.
func (f *chainFixture) head(ts int64) {
	f.t.Helper()
	f.at(ts)
	if _, err := f.pool.Exec(f.ctx, `INSERT INTO cursors (chain_id, block_number, block_hash) VALUES ($1,$2,$3)
		ON CONFLICT (chain_id) DO UPDATE SET block_number = EXCLUDED.block_number, block_hash = EXCLUDED.block_hash`,
		testChain, f.block, hash(f.block)); err != nil {
		f.t.Fatal(err)
	}
}

func (f *chainFixture) pos() engine.Position {
	return engine.Position{Time: f.time, Block: uint64(f.block), LogIndex: uint64(f.log)}
}

func (f *chainFixture) ev(table, contract string, cols []string, vals ...any) {
	f.t.Helper()
	all := append([]string{"chain_id", "block_number", "block_hash", "block_time", "tx_hash", "tx_index", "log_index", "contract"}, cols...)
	args := append([]any{testChain, f.block, hash(f.block), f.time, hash(f.block*1000 + int64(f.log)), 0, f.log, contract}, vals...)
	ph := make([]string, len(all))
	for i := range ph {
		ph[i] = fmt.Sprintf("$%d", i+1)
		if all[i] == "end" || all[i] == "from" {
			all[i] = `"` + all[i] + `"`
		}
	}
	q := fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", table, strings.Join(all, ","), strings.Join(ph, ","))
	if _, err := f.pool.Exec(f.ctx, q, args...); err != nil {
		f.t.Fatalf("%s: %v", table, err)
	}
	f.log++
}

func wei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func (f *chainFixture) task(id int64) {
	f.ev("ev_task_created", arenaAddr, []string{"task_id", "creator", "metadata_uri", "start", "end"}, id, addr(99), "ipfs://t", 0, 0)
	if !f.tasks[fmt.Sprint(id)] {
		f.tasks[fmt.Sprint(id)] = true
		f.in.Tasks = append(f.in.Tasks, engine.Task{ID: big.NewInt(id), Kind: engine.TaskArena})
	}
}

func (f *chainFixture) stake(acct string, task int64, role engine.Role, newStake *big.Int) {
	p := f.pos()
	f.ev("ev_staked", stakingAddr, []string{"account", "task_id", "role", "amount", "new_stake"}, acct, task, int(role), newStake.String(), newStake.String())
	f.in.StakeChanges = append(f.in.StakeChanges, engine.StakeChange{Account: acct, Task: big.NewInt(task), Role: role, NewStake: newStake, Position: p})
}

func (f *chainFixture) unstake(acct string, task int64, role engine.Role, newStake *big.Int) {
	p := f.pos()
	f.ev("ev_unstake_requested", stakingAddr, []string{"account", "task_id", "role", "amount", "new_stake", "request_id", "available_at"},
		acct, task, int(role), "1", newStake.String(), 1, 0)
	f.in.StakeChanges = append(f.in.StakeChanges, engine.StakeChange{Account: acct, Task: big.NewInt(task), Role: role, NewStake: newStake, Position: p})
}

func (f *chainFixture) delegate(q, pp string, task int64, newDel *big.Int) {
	p := f.pos()
	f.ev("ev_delegated", stakingAddr, []string{"delegator", "task_id", "participant", "amount", "new_delegation"}, q, task, pp, newDel.String(), newDel.String())
	f.in.DelegationChanges = append(f.in.DelegationChanges, engine.DelegationChange{Delegator: q, Participant: pp, Task: big.NewInt(task), NewDelegation: newDel, Position: p})
}

func (f *chainFixture) share(acct string, ppm uint32) {
	p := f.pos()
	f.ev("ev_reward_share_set", stakingAddr, []string{"account", "sigma_ppm", "previous_ppm"}, acct, int64(ppm), 0)
	f.in.RewardShares = append(f.in.RewardShares, engine.RewardShareChange{Account: acct, SigmaPpm: ppm, Position: p})
}

func (f *chainFixture) submit(task, sub int64, node string) {
	p := f.pos()
	f.ev("ev_model_submitted", arenaAddr, []string{"task_id", "submission_id", "node", "model_hash", "uri"}, task, sub, node, hash(sub), "ipfs://m")
	f.in.Submissions = append(f.in.Submissions, engine.Submission{ID: big.NewInt(sub), Task: big.NewInt(task), Node: node, Position: p})
}

func (f *chainFixture) score(task, sub int64, val string, score uint32) {
	p := f.pos()
	f.ev("ev_score_submitted", arenaAddr, []string{"task_id", "submission_id", "validator", "score", "replaced", "previous_score"}, task, sub, val, int64(score), false, 0)
	f.in.Scores = append(f.in.Scores, engine.Score{Submission: big.NewInt(sub), Validator: val, Score: score, Position: p})
}

func (f *chainFixture) purchase(task int64, net *big.Int) {
	p := f.pos()
	f.ev("ev_model_purchased", marketAddr, []string{"model_id", "task_id", "buyer", "price", "fee", "net"}, 1, task, addr(77), net.String(), "0", net.String())
	f.in.Purchases = append(f.in.Purchases, engine.Purchase{Task: big.NewInt(task), Net: net, Position: p})
}

// epochActivity writes a realistic epoch: two tasks, nodes, validators, a delegator with a reward
// share, submissions, scores (one re-score) and a purchase.
func (f *chainFixture) epochActivity(e int64) {
	start := testGenesis + e*testL
	if e == 0 {
		f.at(start - 50)
		f.task(1)
		f.task(2)
		f.share(nodeA, 200_000)
		f.stake(nodeA, 1, engine.RoleNode, wei(100))
		f.stake(nodeB, 1, engine.RoleNode, wei(50))
		f.stake(valX, 1, engine.RoleValidator, wei(80))
		f.at(start - 10)
		f.stake(valY, 1, engine.RoleValidator, wei(40))
		f.delegate(delegD, nodeA, 1, wei(30))
		f.stake(nodeB, 2, engine.RoleNode, wei(10))
	}
	sub := 10*e + 1
	f.at(start + 100)
	f.submit(1, sub, nodeA)
	f.submit(1, sub+1, nodeB)
	f.at(start + 200)
	f.score(1, sub, valX, 900_000)
	f.score(1, sub, valY, 850_000)
	f.score(1, sub+1, valX, 700_000)
	f.at(start + 300)
	f.score(1, sub+1, valY, 720_000)
	f.score(1, sub+1, valX, 710_000) // re-score replaces
	f.purchase(1, wei(3))
	if e == 1 {
		f.at(start + 1000)
		f.unstake(nodeB, 2, engine.RoleNode, wei(0))
	}
	f.at(start + testL - 1) // the snapshot block: last before the end
}

func testSource() Source {
	return Source{ChainID: testChain, Finality: config.FinalityLatest, Contracts: nil}
}

func newSettler(t testing.TB, pool *pgxpool.Pool, dir string) *Settler {
	return &Settler{Pool: pool, Policy: testPolicy(t), PolicyFile: "settlement/policy/v1.json", Source: testSource(),
		ManifestDir: dir, Runner: "test"}
}

func sortedAccounts(r *engine.Result) map[string]string {
	m := map[string]string{}
	for _, a := range r.Accounts {
		m[a.Account] = a.Amount.String()
	}
	return m
}
