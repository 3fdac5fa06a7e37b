// Package apiseed writes the settled state the API benchmarks query: N accounts with leaves and
// trees (merkle_nodes) in the last two of Epochs settled epochs (all but the last accepted on-chain), claimed
// totals, and Tasks tasks with leaderboards and pools. It is shared by graphql's in-process
// benchmarks (graphql/bench_test.go) and benchrun's API section, so both measure the same data,
// and a database seeded once is reused by either (Ensure checks the account count).
package apiseed

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/leafblock"
	"github.com/covey-labs/covey/merkle"
	coveysql "github.com/covey-labs/covey/sql"
)

// The shape of the seeded state.
const (
	// Epochs settled; every account has a leaf in the last two, and all but the last are accepted
	// (the usual state between settling an epoch and the end of its challenge window), so a claim
	// reads two leaves.
	Epochs = 24
	// Tasks created, each with a Nodes+Validators leaderboard and a pool in every epoch.
	Tasks      = 50
	Nodes      = 100
	Validators = 20
)

// Contract and creator addresses of the seeded events (lowercase, as stored).
var (
	Creator     = "0x" + strings.Repeat("e5", 20)
	Arena       = "0x" + strings.Repeat("02", 20)
	Distributor = "0x" + strings.Repeat("04", 20)
)

// splitmix64 spreads account numbers over the address space (random keys, as real addresses are).
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Addr is account i's lowercase address (0 ≤ i < N has a leaf).
func Addr(i int) string {
	u := uint64(i)
	return fmt.Sprintf("0x%016x%016x%08x", splitmix64(u), splitmix64(u^0x5555), uint32(splitmix64(u^0xaaaa)))
}

// Root is the seeded root of epoch e (other small integers give other fixed hashes).
func Root(e int) string { return fmt.Sprintf("0x%064x", splitmix64(uint64(e)*7919)) }

func numeric(x *big.Int) pgtype.Numeric { return pgtype.Numeric{Int: x, Valid: true} }

// EnsureDatabase creates the database url names when it does not exist (connecting to the
// server's "postgres" database to do so).
func EnsureDatabase(ctx context.Context, url string) error {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return err
	}
	name := cfg.Database
	cfg.Database = "postgres"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil {
		return err
	}
	if !exists {
		if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
			return err
		}
	}
	return nil
}

// Ensure creates (EnsureDatabase), migrates and seeds the database at url for n accounts of
// chain, unless it already holds them; seeded tells whether it wrote anything.
func Ensure(ctx context.Context, url string, chain int64, n int) (seeded bool, err error) {
	if err := EnsureDatabase(ctx, url); err != nil {
		return false, fmt.Errorf("creating the database: %w", err)
	}
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return false, err
	}
	defer pool.Close()
	return Seed(ctx, pool, chain, n)
}

// Seed migrates the database and writes the state described in the package comment, unless it
// already holds it for n accounts.
func Seed(ctx context.Context, pool *pgxpool.Pool, chain int64, n int) (bool, error) {
	if err := migrate(ctx, pool); err != nil {
		return false, err
	}
	var have *int64
	_ = pool.QueryRow(ctx, `SELECT max(leaf_count) FROM settlement_epochs WHERE chain_id = $1`, chain).Scan(&have)
	var first *int32 // leaves sit at heap positions n-1 … 2n-2: a database seeded before trees were stored has 0 … n-1
	_ = pool.QueryRow(ctx, `SELECT min(tree_index) FROM merkle_leaves WHERE chain_id = $1 AND epoch = $2`, chain, Epochs).Scan(&first)
	if have != nil && *have == int64(n) && first != nil && *first == int32(n-1) {
		return false, nil
	}
	s := &seeder{pool: pool, chain: chain, n: n, head: int64(Epochs*100 + 10), e18: new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)}
	for _, step := range []func(context.Context) error{
		s.truncate,
		s.blocks,
		s.tasks,
		s.epochs,
		s.poolsAndLeaderboards,
		s.leavesAndRewards,
		s.claimed,
	} {
		if err := step(ctx); err != nil {
			return false, err
		}
	}
	if _, err := pool.Exec(ctx, "VACUUM ANALYZE"); err != nil {
		return false, err
	}
	return true, nil
}

// seeder writes the seeded state of one chain for n accounts.
type seeder struct {
	pool  *pgxpool.Pool
	chain int64
	n     int
	head  int64 // the cursor block
	e18   *big.Int
}

// truncate empties every table the seed writes.
func (s *seeder) truncate(ctx context.Context) error {
	for _, t := range []string{"leaf_blocks", "leaf_ranks", "merkle_nodes", "epoch_reward_parts", "epoch_pools", "epoch_leaderboard", "settlement_runs",
		"settlement_epochs", "claimed_total", "ev_root_accepted", "ev_root_proposed", "ev_task_created", "blocks", "cursors"} {
		if _, err := s.pool.Exec(ctx, "TRUNCATE "+t+" CASCADE"); err != nil {
			return err
		}
	}
	return nil
}

// blocks writes every block up to the head (the last 64 safe, the others finalized) and the cursor at it.
func (s *seeder) blocks(ctx context.Context) error {
	if _, err := s.pool.Exec(ctx, `INSERT INTO blocks (chain_id, number, hash, parent_hash, time, finality)
		SELECT $1, g, '0x' || lpad(to_hex(g), 64, '0'), '0x' || lpad(to_hex(g - 1), 64, '0'), 1700000000 + 2 * g,
			CASE WHEN g <= $2 - 64 THEN 'finalized' ELSE 'safe' END
		FROM generate_series(1, $2) g`, s.chain, s.head); err != nil {
		return err
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO cursors (chain_id, block_number, block_hash) VALUES ($1, $2, '0x' || lpad(to_hex($2::bigint), 64, '0'))`, s.chain, s.head)
	return err
}

// blockHash is block n's seeded hash.
func blockHash(n int64) string { return fmt.Sprintf("0x%064x", n) }

// event inserts one row of an event table: the log columns, then extra's columns with args.
func (s *seeder) event(ctx context.Context, table string, block, logIndex int64, contract string, extra string, args ...any) error {
	base := []any{s.chain, block, blockHash(block), 1700000000 + 2*block, fmt.Sprintf("0x%064x", block<<16|logIndex), logIndex, contract}
	ph := ""
	for i := range args {
		ph += fmt.Sprintf(", $%d", len(base)+i+1)
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO `+table+` (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index, contract, `+extra+`)
		VALUES ($1, $2, $3, $4, $5, 0, $6, $7`+ph+`)`, append(base, args...)...)
	return err
}

// tasks creates the Arena tasks in block 1.
func (s *seeder) tasks(ctx context.Context) error {
	for t := 1; t <= Tasks; t++ {
		if err := s.event(ctx, "ev_task_created", 1, int64(t), Arena, "task_id, creator, metadata_uri, start, \"end\"", t, Creator, fmt.Sprintf("ipfs://task-%d", t), 1700000000, 1800000000); err != nil {
			return err
		}
	}
	return nil
}

// epochs settles every epoch, proposes its root and accepts all but the last one's.
func (s *seeder) epochs(ctx context.Context) error {
	n, e18 := s.n, s.e18
	for e := 1; e <= Epochs; e++ {
		block := int64(e * 100)
		total := new(big.Int).Mul(big.NewInt(int64(n)*int64(e)*1000), e18)
		if err := settledEpoch(ctx, s.pool, s.chain, int64(e), block, blockHash(block), total, n, Root(e)); err != nil {
			return err
		}
		if err := s.event(ctx, "ev_root_proposed", block+1, 0, Distributor, "epoch, root, total_cumulative, manifest_hash, valid_at, proposer",
			e, Root(e), numeric(total), Root(2000+e), 1700000000+2*block+3600, Creator); err != nil {
			return err
		}
		if e < Epochs {
			if err := s.event(ctx, "ev_root_accepted", block+50, 0, Distributor, "epoch, root, total_cumulative, manifest_hash",
				e, Root(e), numeric(total), Root(2000+e)); err != nil {
				return err
			}
		}
	}
	return nil
}

// settledEpoch writes epoch e's settlement_epochs row: snapshot at block (hash), n leaves of total
// cumulative amount under root, and fixed values for what no query of the benchmarks reads.
func settledEpoch(ctx context.Context, pool *pgxpool.Pool, chain, e, block int64, hash string, total *big.Int, n int, root string) error {
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	_, err := pool.Exec(ctx, `INSERT INTO settlement_epochs (chain_id, epoch, epoch_start, epoch_end, snapshot_block, snapshot_hash, policy_version,
		policy_hash, engine_version, input_hash, emission, revenue, total_epoch, total_cumulative, treasury_residual, leaf_count,
		root, manifest_hash, manifest_path, manifest) VALUES ($1,$2,$3,$4,$5,$6,'v1',$7,'engine-1',$8,$9,$10,$11,$12,0,$13,$14,$15,$16,'{}')`,
		chain, e, 1700000000+(e-1)*3600, 1700000000+e*3600, block, hash, Root(int(-e)), Root(int(1000+e)),
		numeric(new(big.Int).Mul(big.NewInt(1_000_000), e18)), numeric(new(big.Int).Mul(big.NewInt(9), e18)),
		numeric(new(big.Int).Mul(big.NewInt(int64(n)*1000), e18)), numeric(total), n, root, Root(int(2000+e)),
		fmt.Sprintf("manifests/epoch-%d.json", e))
	return err
}

// Leaves are the n leaves of epoch e: account Addr(i), a cumulative amount growing with e.
func Leaves(n, e int) []merkle.Leaf {
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	leaves := make([]merkle.Leaf, n)
	for i := range leaves {
		leaves[i] = merkle.Leaf{Account: common.HexToAddress(Addr(i)),
			Amount: new(big.Int).Mul(big.NewInt(int64(splitmix64(uint64(i))%1_000_000+1)*int64(e)), e18)}
	}
	return leaves
}

// StoreEpoch writes what settlement stores for an epoch whose root is tree's (over leaves, as
// merkle.Build made it): its settlement_epochs row (snapshot at block, hash) and its tree
// (merkle_leaves and merkle_nodes). A claim is then served against the epoch's root once the
// chain's RootAccepted for it is indexed: the synthetic chain's, in benchrun's scale section.
func StoreEpoch(ctx context.Context, pool *pgxpool.Pool, chain, epoch, block int64, hash string, leaves []merkle.Leaf, tree *merkle.Tree) error {
	total := new(big.Int)
	for _, l := range leaves {
		total.Add(total, l.Amount)
	}
	root := tree.Root()
	if err := settledEpoch(ctx, pool, chain, epoch, block, hash, total, len(leaves), common.Hash(root).Hex()); err != nil {
		return fmt.Errorf("storing epoch %d: %w", epoch, err)
	}
	// As a first epoch would: each account is paid its whole cumulative amount.
	return storeTree(ctx, pool, chain, epoch, leaves, func(i int) *big.Int { return leaves[i].Amount }, tree)
}

// VerifyClaim checks an answer to ClaimQuery for leaf's account: it must be epoch's claim, with
// root and a proof of leaf under it (a claim that would pay out on-chain, not an empty answer).
func VerifyClaim(raw []byte, epoch uint64, root [32]byte, leaf merkle.Leaf) error {
	var a struct {
		Data struct {
			Claim struct {
				Epoch                    *uint64
				Root                     *common.Hash
				AcceptedCumulativeAmount string
				Proof                    []common.Hash
			}
		}
	}
	_ = json.Unmarshal(raw, &a)
	cl := a.Data.Claim
	proof := make([][32]byte, len(cl.Proof))
	for i, p := range cl.Proof {
		proof[i] = p
	}
	if cl.Epoch == nil || *cl.Epoch != epoch || cl.Root == nil || *cl.Root != root || cl.AcceptedCumulativeAmount != leaf.Amount.String() ||
		!merkle.Verify(root, leaf, proof) {
		return fmt.Errorf("not epoch %d's claim with a proof of root %x: %s", epoch, root, raw)
	}
	return nil
}

// storeTree writes an epoch's leaves (leaf_blocks and leaf_ranks: accounts, the epoch's amount of
// leaf i, cumulative amounts, heap positions) and merkle_nodes.
func storeTree(ctx context.Context, pool *pgxpool.Pool, chain, e int64, leaves []merkle.Leaf, amount func(i int) *big.Int, tree *merkle.Tree) error {
	ls := make([]leafblock.Leaf, len(leaves))
	for i, l := range leaves {
		ls[i] = leafblock.Leaf{Account: l.Account, TreeIndex: uint32(tree.TreeIndex(i))}
		if ls[i].Amount.SetFromBig(amount(i)) || ls[i].Cumulative.SetFromBig(l.Amount) {
			return fmt.Errorf("leaf %d of epoch %d: amount past uint256", i, e)
		}
	}
	slices.SortFunc(ls, func(a, b leafblock.Leaf) int { return bytes.Compare(a.Account[:], b.Account[:]) })
	if err := leafblock.Write(ctx, pool, chain, e, ls); err != nil {
		return err
	}
	next, stop := iter.Pull2(tree.Blocks())
	defer stop()
	_, err := pool.CopyFrom(ctx, pgx.Identifier{"merkle_nodes"}, []string{"chain_id", "epoch", "block", "nodes"},
		pgx.CopyFromFunc(func() ([]any, error) {
			root, nodes, ok := next()
			if !ok {
				return nil, nil
			}
			return []any{chain, e, int32(root), nodes}, nil
		}))
	return err
}

// poolsAndLeaderboards writes every task's pools and leaderboard in every epoch.
func (s *seeder) poolsAndLeaderboards(ctx context.Context) error {
	e18 := s.e18
	var lb, pools [][]any
	for e := 1; e <= Epochs; e++ {
		for t := 1; t <= Tasks; t++ {
			pools = append(pools, []any{s.chain, int64(e), numeric(big.NewInt(int64(t))), numeric(big.NewInt(432000)),
				numeric(new(big.Int).Mul(big.NewInt(20000), e18)), numeric(e18), numeric(big.NewInt(1000)),
				numeric(new(big.Int).Mul(big.NewInt(14000), e18)), numeric(new(big.Int).Mul(big.NewInt(6000), e18)), numeric(big.NewInt(0))})
			for r := 0; r < Nodes+Validators; r++ {
				acct := Addr((t*1000 + r) % s.n)
				row := []any{s.chain, int64(e), numeric(big.NewInt(int64(t))), acct, int16(1), nil, nil, nil, nil,
					numeric(new(big.Int).Mul(big.NewInt(int64(1000-r)), e18))}
				if r < Nodes {
					row[5], row[6], row[8] = int32(r), int64(900000-r*1000), numeric(big.NewInt(int64(e*100000+t*1000+r)))
				} else {
					row[4], row[7] = int16(2), int64(1000000-r)
				}
				lb = append(lb, row)
			}
		}
	}
	if _, err := s.pool.CopyFrom(ctx, pgx.Identifier{"epoch_pools"}, []string{"chain_id", "epoch", "task_id", "stake_seconds", "emission",
		"revenue", "fee", "node_pool", "validator_pool", "residual"}, pgx.CopyFromRows(pools)); err != nil {
		return err
	}
	_, err := s.pool.CopyFrom(ctx, pgx.Identifier{"epoch_leaderboard"}, []string{"chain_id", "epoch", "task_id", "account", "role", "rank",
		"score", "quality_ppm", "submission_id", "reward"}, pgx.CopyFromRows(lb))
	return err
}

// leavesAndRewards streams the leaves (amounts included) and trees of the last two epochs. Each
// epoch's tree is a real one over its leaves (so leaves sit where settlement puts them and a claim
// reads the blocks it would), though the seeded roots are fixed hashes: nothing here verifies.
func (s *seeder) leavesAndRewards(ctx context.Context) error {
	for e := Epochs - 1; e <= Epochs; e++ {
		leaves := Leaves(s.n, e)
		tree, err := merkle.Build(leaves)
		if err != nil {
			return err
		}
		// Each account is paid the same every epoch: its amount is its cumulative amount over e.
		perEpoch := func(i int) *big.Int { return new(big.Int).Quo(leaves[i].Amount, big.NewInt(int64(e))) }
		if err := storeTree(ctx, s.pool, s.chain, int64(e), leaves, perEpoch, tree); err != nil {
			return err
		}
	}
	return nil
}

// claimed writes a claimed total for every fifth account.
func (s *seeder) claimed(ctx context.Context) error {
	i := 0
	_, err := s.pool.CopyFrom(ctx, pgx.Identifier{"claimed_total"}, []string{"chain_id", "account", "amount", "block_number", "log_index"},
		pgx.CopyFromFunc(func() ([]any, error) {
			if i >= s.n {
				return nil, nil
			}
			row := []any{s.chain, Addr(i), numeric(new(big.Int).Mul(big.NewInt(int64(splitmix64(uint64(i))%1000+1)), s.e18)), int64(s.head - 1), int32(i / 5)}
			i += 5
			return row, nil
		}))
	return err
}

// migrate brings a new or kept database to the current schema (a kept one gains later indexes).
func migrate(ctx context.Context, pool *pgxpool.Pool) error { return coveysql.Migrate(ctx, pool) }
