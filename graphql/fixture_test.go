package graphql

import (
	"github.com/covey-labs/covey/internal/syncbuf"

	"context"
	"fmt"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/leafblock"
	"github.com/covey-labs/covey/internal/pgtest"
)

func TestMain(m *testing.M) {
	if os.Getenv(childServeEnv) != "" {
		os.Exit(serveChild())
	}
	pgtest.Main(m)
}

const testChain = 31337

// Fixture accounts (lowercase, as stored).
var (
	alice    = "0x" + strings.Repeat("a1", 20)
	bob      = "0x" + strings.Repeat("b2", 20)
	carol    = "0x" + strings.Repeat("c3", 20)
	dave     = "0x" + strings.Repeat("d4", 20)
	eve      = "0x" + strings.Repeat("e5", 20)
	treasury = "0x" + strings.Repeat("7e", 20)
	staking  = "0x" + strings.Repeat("01", 20)
	arena    = "0x" + strings.Repeat("02", 20)
	market   = "0x" + strings.Repeat("03", 20)
	distrib  = "0x" + strings.Repeat("04", 20)
)

// fixedNow is the wall clock the tests run at (block 10's time + 30s).
var fixedNow = time.Unix(blockTime(10)+30, 0)

func blockHash(n int64) string { return crypto.Keccak256Hash([]byte(fmt.Sprintf("block %d", n))).Hex() }
func txHash(n, i int64) string {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("tx %d %d", n, i))).Hex()
}
func blockTime(n int64) int64 { return 1_700_000_000 + 2*n }

// e18 is x * 10^18 as a decimal string.
func e18(x int64) string { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)).String() }

type fixture struct {
	t    testing.TB
	pool *pgxpool.Pool
}

func (f *fixture) exec(sql string, args ...any) {
	f.t.Helper()
	if _, err := f.pool.Exec(context.Background(), sql, args...); err != nil {
		f.t.Fatalf("%s: %v", sql, err)
	}
}

// leaf stores one leaf of a settled epoch (leaf_blocks, written again with it); amounts in decimal.
func (f *fixture) leaf(epoch int64, account, amount, cumulative string, treeIndex int) {
	f.t.Helper()
	l := leafblock.Leaf{Account: common.HexToAddress(account), TreeIndex: uint32(treeIndex)}
	if err := l.Amount.SetFromDecimal(amount); err != nil {
		f.t.Fatal(err)
	}
	if err := l.Cumulative.SetFromDecimal(cumulative); err != nil {
		f.t.Fatal(err)
	}
	if err := leafblock.Put(context.Background(), f.pool, testChain, epoch, l); err != nil {
		f.t.Fatal(err)
	}
}

// ev inserts one event row; cols alternate name, value.
func (f *fixture) ev(table string, block, logIndex int64, contract string, cols ...any) {
	f.t.Helper()
	names := []string{"chain_id", "block_number", "block_hash", "block_time", "tx_hash", "tx_index", "log_index", "contract"}
	args := []any{testChain, block, blockHash(block), blockTime(block), txHash(block, logIndex), 0, logIndex, contract}
	for i := 0; i < len(cols); i += 2 {
		names = append(names, `"`+cols[i].(string)+`"`)
		args = append(args, cols[i+1])
	}
	ph := make([]string, len(args))
	for i := range args {
		ph[i] = fmt.Sprintf("$%d", i+1)
	}
	f.exec("INSERT INTO "+table+" ("+strings.Join(names, ",")+") VALUES ("+strings.Join(ph, ",")+")", args...)
}

// Leaf hashing as in OpenZeppelin's StandardMerkleTree over (address, uint256).
func leafHash(account string, amount *big.Int) common.Hash {
	enc := append(common.LeftPadBytes(common.HexToAddress(account).Bytes(), 32), common.LeftPadBytes(amount.Bytes(), 32)...)
	return crypto.Keccak256Hash(crypto.Keccak256(enc))
}

func hashPair(a, b common.Hash) common.Hash {
	if strings.Compare(a.Hex(), b.Hex()) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// verifyProof is MerkleProof.verify with sorted-pair hashing.
func verifyProof(proof []common.Hash, root, leaf common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

type testLeaf struct {
	account string
	amount  *big.Int
}

// tree3 builds the 3-leaf tree root = H(H(l0, l1), l2) and each leaf's proof.
func tree3(leaves []testLeaf) (common.Hash, [][]common.Hash) {
	l := make([]common.Hash, 3)
	for i, x := range leaves {
		l[i] = leafHash(x.account, x.amount)
	}
	n01 := hashPair(l[0], l[1])
	root := hashPair(n01, l[2])
	return root, [][]common.Hash{{l[1], l[2]}, {l[0], l[2]}, {n01}}
}

func big10(s string) *big.Int { x, _ := new(big.Int).SetString(s, 10); return x }

// Settled amounts (uint256 beyond 64 bits on purpose).
var (
	epoch1Leaves = []testLeaf{{alice, big10("123456789012345678901234567890")}, {bob, big10("2000000000000000000000")}, {treasury, big10("5")}}
	epoch2Leaves = []testLeaf{{alice, big10("223456789012345678901234567890")}, {bob, big10("3000000000000000000000")}, {treasury, big10("7")}}
	aliceClaimed = big10("23456789012345678901234567890")
)

// seed writes the deterministic fixture: 10 blocks of events (finalized 1-5, safe 6-8, unsafe
// 9-10), the derived current state at block 10, and two settled epochs (1 accepted on-chain).
func seed(t testing.TB, pool *pgxpool.Pool) {
	f := &fixture{t: t, pool: pool}
	for n := int64(1); n <= 10; n++ {
		fin := "finalized"
		if n > 5 {
			fin = "safe"
		}
		if n > 8 {
			fin = "unsafe"
		}
		f.exec(`INSERT INTO blocks (chain_id, number, hash, parent_hash, time, finality) VALUES ($1,$2,$3,$4,$5,$6)`,
			testChain, n, blockHash(n), blockHash(n-1), blockTime(n), fin)
	}
	f.exec(`INSERT INTO cursors (chain_id, block_number, block_hash) VALUES ($1, 10, $2)`, testChain, blockHash(10))
	// The indexer last saw block 13 (safe 8, finalized 5) at fixedNow - 5 s: three blocks ahead of its cursor.
	f.exec(`INSERT INTO chain_heads (chain_id, number, hash, time, safe, finalized, seen_at) VALUES ($1, 13, $2, $3, 8, 5, to_timestamp($4))`,
		testChain, blockHash(13), blockTime(13), fixedNow.Unix()-5)

	f.ev("ev_task_created", 1, 0, arena, "task_id", "1", "creator", eve, "metadata_uri", "ipfs://task-1", "start", blockTime(1), "end", blockTime(1)+86400)
	f.ev("ev_task_created", 1, 1, arena, "task_id", "2", "creator", eve, "metadata_uri", "ipfs://task-2", "start", blockTime(1), "end", blockTime(1)+172800)
	f.ev("ev_staked", 2, 0, staking, "account", alice, "task_id", "1", "role", 1, "amount", e18(100), "new_stake", e18(100))
	f.ev("ev_staked", 2, 1, staking, "account", bob, "task_id", "1", "role", 2, "amount", e18(50), "new_stake", e18(50))
	f.ev("ev_delegated", 3, 0, staking, "delegator", carol, "task_id", "1", "participant", alice, "amount", e18(30), "new_delegation", e18(30))
	f.ev("ev_reward_share_set", 3, 1, staking, "account", alice, "sigma_ppm", 100000, "previous_ppm", 0)
	f.ev("ev_model_submitted", 4, 0, arena, "task_id", "1", "submission_id", "1", "node", alice, "model_hash", crypto.Keccak256Hash([]byte("model-1")).Hex(), "uri", "ipfs://model-1")
	f.ev("ev_staked", 4, 1, staking, "account", alice, "task_id", "1", "role", 1, "amount", e18(20), "new_stake", e18(120))
	f.ev("ev_staked", 4, 2, staking, "account", alice, "task_id", "2", "role", 2, "amount", e18(5), "new_stake", e18(5))
	f.ev("ev_score_submitted", 5, 0, arena, "task_id", "1", "submission_id", "1", "validator", bob, "score", 800000, "replaced", false, "previous_score", 0)
	f.ev("ev_unstake_requested", 5, 1, staking, "account", alice, "task_id", "1", "role", 1, "amount", e18(40), "new_stake", e18(80), "request_id", "1", "available_at", blockTime(5)+3600)
	f.ev("ev_model_listed", 6, 0, market, "model_id", "1", "task_id", "1", "seller", alice, "submission_id", "1", "price", e18(10))
	f.ev("ev_model_purchased", 7, 0, market, "model_id", "1", "task_id", "1", "buyer", dave, "price", e18(10), "fee", e18(1), "net", e18(9))
	f.ev("ev_slashed", 7, 1, staking, "account", bob, "task_id", "1", "role", 2, "amount", e18(10), "new_stake", e18(40), "recipient", treasury, "slasher", eve)
	f.ev("ev_score_submitted", 7, 2, arena, "task_id", "1", "submission_id", "1", "validator", bob, "score", 850000, "replaced", true, "previous_score", 800000)
	f.ev("ev_undelegated", 8, 0, staking, "delegator", carol, "task_id", "1", "participant", alice, "amount", e18(10), "new_delegation", e18(20), "request_id", "2", "available_at", blockTime(8)+3600)
	f.ev("ev_unstake_requested", 8, 1, staking, "account", alice, "task_id", "2", "role", 2, "amount", e18(5), "new_stake", "0", "request_id", "3", "available_at", blockTime(8)+3600)

	root1, proofs1 := tree3(epoch1Leaves)
	root2, proofs2 := tree3(epoch2Leaves)
	manifest1 := crypto.Keccak256Hash([]byte("manifest-1")).Hex()
	f.ev("ev_root_proposed", 8, 2, distrib, "epoch", "1", "root", root1.Hex(), "total_cumulative", sum(epoch1Leaves).String(), "manifest_hash", manifest1, "valid_at", blockTime(9), "proposer", eve)
	f.ev("ev_root_accepted", 9, 0, distrib, "epoch", "1", "root", root1.Hex(), "total_cumulative", sum(epoch1Leaves).String(), "manifest_hash", manifest1)
	f.ev("ev_reward_share_set", 9, 1, staking, "account", alice, "sigma_ppm", 200000, "previous_ppm", 100000)
	// Withdrawal requests as they stand: alice's first unstake slashed by 10 (block 9), carol's
	// undelegation withdrawn (block 10), alice's second unstake pending.
	f.ev("ev_withdrawal_slashed", 9, 2, staking, "account", alice, "task_id", "1", "request_id", "1", "amount", e18(10), "new_amount", e18(30), "recipient", treasury, "slasher", eve)
	f.ev("ev_withdrawn", 10, 1, staking, "account", carol, "task_id", "1", "request_id", "2", "amount", e18(10))
	f.ev("ev_claimed", 10, 0, distrib, "account", alice, "root", root1.Hex(), "amount", aliceClaimed.String(), "cumulative_claimed", aliceClaimed.String(), "caller", alice)

	// Derived state at block 10, as the indexer keeps it.
	f.exec(`INSERT INTO stake_current (chain_id, account, task_id, role, amount, block_number, log_index) VALUES
		($1, $2, 1, 1, $4, 5, 1), ($1, $3, 1, 2, $5, 7, 1), ($1, $2, 2, 2, 0, 8, 1)`, testChain, alice, bob, e18(80), e18(40))
	f.exec(`INSERT INTO delegation_current (chain_id, delegator, task_id, participant, amount, block_number, log_index) VALUES ($1, $2, 1, $3, $4, 8, 0)`,
		testChain, carol, alice, e18(20))
	f.exec(`INSERT INTO reward_share_current (chain_id, account, sigma_ppm, block_number, log_index) VALUES ($1, $2, 200000, 9, 1)`, testChain, alice)
	f.exec(`INSERT INTO claimed_total (chain_id, account, amount, block_number, log_index) VALUES ($1, $2, $3, 10, 0)`, testChain, alice, aliceClaimed.String())
	seedPower(f)

	for i, ep := range []struct {
		leaves []testLeaf
		root   common.Hash
		proofs [][]common.Hash
		prev   []testLeaf
	}{{epoch1Leaves, root1, proofs1, nil}, {epoch2Leaves, root2, proofs2, epoch1Leaves}} {
		e := int64(i + 1)
		h := func(s string) string { return crypto.Keccak256Hash([]byte(fmt.Sprintf("%s-%d", s, e))).Hex() }
		f.exec(`INSERT INTO settlement_epochs (chain_id, epoch, epoch_start, epoch_end, snapshot_block, snapshot_hash, policy_version,
			policy_hash, engine_version, input_hash, emission, revenue, total_epoch, total_cumulative, treasury_residual, leaf_count,
			root, manifest_hash, manifest_path, manifest) VALUES ($1,$2,$3,$4,$5,$6,'v1',$7,'engine-1',$8,$9,$10,$11,$12,$13,3,$14,$15,$16,'{}')`,
			testChain, e, blockTime(0)+(e-1)*3600, blockTime(0)+e*3600, 4+e*2, blockHash(4+e*2), h("policy"), h("input"),
			e18(1000), e18(9), new(big.Int).Sub(sum(ep.leaves), sum(ep.prev)).String(), sum(ep.leaves).String(), "1",
			ep.root.Hex(), h("manifest"), fmt.Sprintf("manifests/epoch-%d.json", e))
		// tree3's heap (merkle/blocks.go): root, n01, l2, l0, l1; block 0 holds the two levels below the root.
		var lh [3]common.Hash
		for j, l := range ep.leaves {
			lh[j] = leafHash(l.account, l.amount)
		}
		block := slices.Concat(hashPair(lh[0], lh[1]).Bytes(), lh[2].Bytes(), lh[0].Bytes(), lh[1].Bytes())
		f.exec(`INSERT INTO merkle_nodes (chain_id, epoch, block, nodes) VALUES ($1,$2,0,$3)`, testChain, e, block)
		for j, l := range ep.leaves {
			prev := new(big.Int)
			if ep.prev != nil {
				prev = ep.prev[j].amount
			}
			f.leaf(e, l.account, new(big.Int).Sub(l.amount, prev).String(), l.amount.String(), []int{3, 4, 2}[j])
		}
		f.exec(`INSERT INTO epoch_reward_parts (chain_id, epoch, account, task_id, role, kind, source, amount) VALUES
			($1,$2,$3,1,1,'own','',$5), ($1,$2,$4,1,2,'own','',$6), ($1,$2,$3,1,1,'delegated',$7,'1000')`,
			testChain, e, alice, bob, e18(700), e18(200), carol)
		f.exec(`INSERT INTO epoch_pools (chain_id, epoch, task_id, stake_seconds, emission, revenue, fee, node_pool, validator_pool, residual)
			VALUES ($1,$2,1,$3,$4,$5,$6,$7,$8,0)`, testChain, e, "432000", e18(1000), e18(9), e18(1), e18(700), e18(300))
		f.exec(`INSERT INTO epoch_leaderboard (chain_id, epoch, task_id, account, role, rank, score, quality_ppm, submission_id, reward) VALUES
			($1,$2,1,$3,1,0,$5,NULL,1,$6), ($1,$2,1,$4,2,NULL,NULL,1000000,NULL,$7)`, testChain, e, alice, bob, 800000+e*10000, e18(700), e18(300))
		f.exec(`INSERT INTO settlement_runs (chain_id, epoch, kind, status, root, manifest_hash, input_hash, runner, started_at, finished_at,
			load_ms, compute_ms, tree_ms, store_ms) VALUES ($1,$2,'settle','stored',$3,$4,$5,'test',to_timestamp($6),to_timestamp($6+2),1,2,3,4)`,
			testChain, e, ep.root.Hex(), h("manifest"), h("input"), blockTime(10)+e*10)
	}
}

func sum(ls []testLeaf) *big.Int {
	s := new(big.Int)
	for _, l := range ls {
		s.Add(s, l.amount)
	}
	return s
}

// queryCounter counts SQL statements through the pool's tracer.
// queryCounter counts a request's reads (n) and, of them, those that compute leaves' proofs
// (proofs: merkle_siblings, proofExpr).
type queryCounter struct{ n, proofs atomic.Int64 }

func (q *queryCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	q.count(ctx, d.SQL)
	return ctx
}

// count counts a request's read: a statement in a request snapshot (snapshot.go; the server's
// polling reads are not a request's), not the snapshot's BEGIN or ROLLBACK.
func (q *queryCounter) count(ctx context.Context, sql string) {
	if snapshotOf(ctx) != nil && !strings.HasPrefix(sql, "BEGIN") && sql != "ROLLBACK" {
		q.n.Add(1)
	}
	if strings.Contains(sql, "merkle_siblings(") {
		q.proofs.Add(1)
	}
}
func (q *queryCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// TraceBatchQuery counts each read of a batch (a request snapshot sends BEGIN and its first read
// as one).
func (q *queryCounter) TraceBatchQuery(ctx context.Context, _ *pgx.Conn, d pgx.TraceBatchQueryData) {
	q.count(ctx, d.SQL)
}

// TraceBatchStart is part of pgx.BatchTracer.
func (q *queryCounter) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	return ctx
}

// TraceBatchEnd is part of pgx.BatchTracer.
func (q *queryCounter) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData) {}

type testEnv struct {
	srv     *Server
	http    *httptest.Server
	pool    *pgxpool.Pool
	queries *queryCounter
	logs    *syncbuf.Buffer
}

// newEnv starts a server on a fresh seeded database.
func newEnv(t testing.TB, opts Options) *testEnv {
	t.Helper()
	u := pgtest.NewURL(t)
	cfg, err := pgxpool.ParseConfig(u)
	if err != nil {
		t.Fatal(err)
	}
	qc := &queryCounter{}
	cfg.ConnConfig.Tracer = qc
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	seed(t, pool)
	return startEnv(t, pool, qc, opts)
}

func startEnv(t testing.TB, pool *pgxpool.Pool, qc *queryCounter, opts Options) *testEnv {
	t.Helper()
	logs := &syncbuf.Buffer{}
	opts.ChainID = testChain
	if opts.Contracts == nil {
		opts.Contracts = fixtureContracts
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(logs, nil))
	}
	srv, err := NewServer(pool, opts)
	if err != nil {
		t.Fatal(err)
	}
	srv.now = func() time.Time { return fixedNow }
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(func() { hs.Close(); srv.Close() })
	return &testEnv{srv: srv, http: hs, pool: pool, queries: qc, logs: logs}
}
