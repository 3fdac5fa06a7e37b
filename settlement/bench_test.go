package settlement

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/settlement/engine"
)

// BenchmarkSettle1M measures the part of settlement that grows with the number of accounts: the
// cumulative leaves, the tree, and storing rewards, leaves and the tree's nodes by COPY in one
// transaction (pruning superseded trees as Store does). Each iteration is an epoch, accepted on-chain
// after it is stored. It reports the database bytes each epoch adds (pg_database_size after the
// commit minus before, averaged: the tables the benchmark writes; epoch_reward_parts, pools and
// leaderboards come on top and grow with activity, not with accounts) and the bytes of merkle_nodes
// after the last epoch (total proof storage, which stays at about three trees however many epochs
// run). COVEY_BENCH_ACCOUNTS changes the size (default 1,000,000), e.g.
//
//	COVEY_BENCH_ACCOUNTS=100000 go test ./settlement/ -run '^$' -bench Settle1M -benchtime 5x
func BenchmarkSettle1M(b *testing.B) {
	n := 1_000_000
	if v := os.Getenv("COVEY_BENCH_ACCOUNTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	pool := pgtest.New(b)
	accounts := make([]engine.AccountResult, n)
	prev := make(map[string]*big.Int, n/2)
	for i := range accounts {
		a := fmt.Sprintf("0x%040x", uint64(i)*0x9e3779b97f4a7c15+1)
		amt := new(big.Int).Mul(big.NewInt(int64(i%100_000+1)), big.NewInt(1e13))
		accounts[i] = engine.AccountResult{Account: a, Amount: amt}
		if i%2 == 0 {
			prev[a] = new(big.Int).Mul(amt, big.NewInt(3))
		}
	}
	b.ResetTimer()
	var treeT, storeT, leavesT time.Duration
	var added int64
	dbSize := func() int64 {
		var v int64
		if err := pool.QueryRow(ctx, `SELECT pg_database_size(current_database())`).Scan(&v); err != nil {
			b.Fatal(err)
		}
		return v
	}
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		leaves, err := Cumulate(prev, accounts)
		if err != nil {
			b.Fatal(err)
		}
		tree, err := BuildTree(leaves)
		if err != nil {
			b.Fatal(err)
		}
		treeT += time.Since(t0)
		p := &Prepared{Loaded: &Loaded{Epoch: uint64(i)}, Leaves: leaves, Tree: tree}
		b.StopTimer()
		size0 := dbSize()
		b.StartTimer()
		t1 := time.Now()
		tx, err := pool.Begin(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO settlement_epochs (chain_id, epoch, epoch_start, epoch_end, snapshot_block, snapshot_hash,
			policy_version, policy_hash, engine_version, input_hash, emission, revenue, total_epoch, total_cumulative, treasury_residual,
			leaf_count, root, manifest_hash, manifest) VALUES (1, $1, 0, 0, 0, $2, '1', $2, 'bench', $2, 0, 0, 0, 0, 0, $3, $4, $2, '')`,
			i, hash(1), len(leaves), common.Hash(tree.Tree.Root()).Hex()); err != nil {
			b.Fatal(err)
		}
		if err := storeRewards(ctx, tx, 1, p); err != nil {
			b.Fatal(err)
		}
		tr := time.Now()
		if err := storeLeaves(ctx, tx, 1, uint64(i), p); err != nil {
			b.Fatal(err)
		}
		leavesT += time.Since(tr)
		if err := keepTrees(ctx, tx, 1); err != nil {
			b.Fatal(err)
		}
		if err := tx.Commit(ctx); err != nil {
			b.Fatal(err)
		}
		storeT += time.Since(t1)
		b.StopTimer()
		added += dbSize() - size0
		if _, err := pool.Exec(ctx, `INSERT INTO ev_root_accepted (chain_id, block_number, block_hash, block_time, tx_hash, tx_index,
			log_index, contract, epoch, root, total_cumulative, manifest_hash) VALUES (1, $1::bigint, $2, 0, $2, 0, 0, '0x00', $1::bigint, $3, 0, $2)`,
			i, hash(1), common.Hash(tree.Tree.Root()).Hex()); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.StopTimer()
	var trees int64
	if err := pool.QueryRow(ctx, `SELECT pg_total_relation_size('merkle_nodes')`).Scan(&trees); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(added)/float64(b.N)/1e6, "db-MB/epoch")
	b.ReportMetric(float64(trees)/1e6, "trees-MB")
	b.ReportMetric(treeT.Seconds()/float64(b.N), "leaves+tree-s/op")
	b.ReportMetric(storeT.Seconds()/float64(b.N), "store-s/op")
	b.ReportMetric(leavesT.Seconds()/float64(b.N), "leaves-copy-s/op")
	b.ReportMetric(float64(n), "accounts")
}
