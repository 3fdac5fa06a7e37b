package settlement

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/settlement/engine"
)

// BenchmarkSettle1M measures the part of settlement that grows with the number of accounts: the
// cumulative leaves, the tree, and storing the leaves (amounts included) and the tree's nodes by COPY
// in one transaction (pruning superseded trees as Store does). Each iteration is an epoch, accepted on-chain
// after it is stored. It reports the database bytes each epoch adds (pg_database_size after the
// commit minus before, averaged: the tables the benchmark writes; epoch_reward_parts, pools and
// leaderboards come on top and grow with activity, not with accounts), the part of it that is history
// kept for every epoch (leaf_blocks and leaf_ranks with their indexes, averaged over the epochs run), the bytes of
// merkle_nodes after the last epoch (total proof storage, which stays at about three trees however
// many epochs run: the pruned trees' space is vacuumed between epochs, untimed, as autovacuum does
// between real epochs hours apart) and the process's peak RSS. The epoch pays every account, in account order as the engine
// yields them, generated as Cumulate reads them (the engine's own result is not what is measured);
// half of them were paid before. COVEY_BENCH_ACCOUNTS changes the size (default 1,000,000);
// COVEY_BENCH_SIZES=1 logs every relation's size per account and epoch. E.g.
//
//	COVEY_BENCH_ACCOUNTS=100000 go test ./settlement/ -run '^$' -bench Settle1M -benchtime 5x
//	COVEY_BENCH_ACCOUNTS=10000000 go test ./settlement/ -run '^$' -bench Settle1M -benchtime 1x -timeout 1h
//
// TestStreamedRootIsInMemoryRoot checks at 1M accounts that these leaves give the root of the
// in-memory reference path.
func BenchmarkSettle1M(b *testing.B) {
	n := benchSize(b)
	ctx := context.Background()
	pool := pgtest.New(b)
	prev := benchPrevious(n)
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
		leaves, tree := benchTree(b, prev, n)
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
			i, hash(1), leaves.Len(), common.Hash(tree.Tree.Root()).Hex()); err != nil {
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
		// Epochs come hours apart, and autovacuum marks a pruned tree's space free long before the
		// next one is stored; here they come seconds apart, so the benchmark does it itself.
		if _, err := pool.Exec(ctx, `VACUUM merkle_nodes`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.StopTimer()
	var trees int64
	if err := pool.QueryRow(ctx, `SELECT pg_total_relation_size('merkle_nodes')`).Scan(&trees); err != nil {
		b.Fatal(err)
	}
	var history int64
	if err := pool.QueryRow(ctx, `SELECT pg_total_relation_size('leaf_blocks') + pg_total_relation_size('leaf_ranks')`).Scan(&history); err != nil {
		b.Fatal(err)
	}
	if os.Getenv("COVEY_BENCH_SIZES") != "" {
		logSizes(ctx, b, pool, n)
	}
	b.ReportMetric(float64(added)/float64(b.N)/1e6, "db-MB/epoch")
	b.ReportMetric(float64(history)/float64(b.N)/1e6, "history-MB/epoch")
	b.ReportMetric(float64(trees)/1e6, "trees-MB")
	b.ReportMetric(treeT.Seconds()/float64(b.N), "leaves+tree-s/op")
	b.ReportMetric(storeT.Seconds()/float64(b.N), "store-s/op")
	b.ReportMetric(leavesT.Seconds()/float64(b.N), "leaves-copy-s/op")
	b.ReportMetric(float64(n), "accounts")
	if rss, err := peakRSS(); err == nil {
		b.ReportMetric(float64(rss)/1e6, "peak-RSS-MB")
	}
}

// BenchmarkSettleTree is BenchmarkSettle1M's leaves and tree alone, without the database: the part
// of settlement that is this process's own CPU and memory (storing is mostly Postgres's), e.g.
//
//	COVEY_BENCH_ACCOUNTS=10000000 go test ./settlement/ -run '^$' -bench SettleTree -benchtime 1x
func BenchmarkSettleTree(b *testing.B) {
	n := benchSize(b)
	prev := benchPrevious(n)
	b.ResetTimer()
	for range b.N {
		benchTree(b, prev, n)
	}
	b.StopTimer()
	b.ReportMetric(float64(n), "accounts")
	if rss, err := peakRSS(); err == nil {
		b.ReportMetric(float64(rss)/1e6, "peak-RSS-MB")
	}
}

// benchSize is COVEY_BENCH_ACCOUNTS, 1,000,000 by default: the benchmarks' size, and the size at which
// TestStreamedRootIsInMemoryRoot checks them against the in-memory path.
func benchSize(tb testing.TB) int {
	v := os.Getenv("COVEY_BENCH_ACCOUNTS")
	if v == "" {
		return 1_000_000
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		tb.Fatalf("COVEY_BENCH_ACCOUNTS=%q: want a number of accounts", v)
	}
	return n
}

// benchAccount is the i-th of n accounts in ascending order (the leading 8 bytes grow with i, the
// rest are mixed) and what it earns in the benchmark's epoch.
func benchAccount(i, n int) (common.Address, uint64) {
	var a common.Address
	binary.BigEndian.PutUint64(a[:8], uint64(i)*(math.MaxUint64/uint64(n)))
	x := uint64(i)*0x9e3779b97f4a7c15 + 1
	x ^= x >> 31
	x *= 0xbf58476d1ce4e5b9
	binary.BigEndian.PutUint64(a[8:16], x)
	binary.BigEndian.PutUint32(a[16:], uint32(x>>17))
	return a, uint64(i%100_000+1) * 1e13
}

// benchAccounts gives the epoch's n account results in the engine's order, made when asked (one
// amount reused: Cumulate keeps none).
func benchAccounts(n int) func(i int) engine.AccountResult {
	amt := new(big.Int)
	return func(i int) engine.AccountResult {
		a, v := benchAccount(i, n)
		return engine.AccountResult{Account: accountHex(a), Amount: amt.SetUint64(v)}
	}
}

// benchTree is the benchmark's epoch: its leaves and tree.
func benchTree(tb testing.TB, prev *Balances, n int) (*Leaves, *Tree) {
	leaves, err := Cumulate(prev, n, benchAccounts(n))
	if err != nil {
		tb.Fatal(err)
	}
	tree, err := BuildTree(&leaves.Balances)
	if err != nil {
		tb.Fatal(err)
	}
	return leaves, tree
}

// benchPrevious is what every other account had before: three times its epoch amount.
func benchPrevious(n int) *Balances {
	p := &Balances{Accounts: make([]common.Address, 0, (n+1)/2), Amounts: make([]uint256.Int, 0, (n+1)/2)}
	for i := 0; i < n; i += 2 {
		a, v := benchAccount(i, n)
		p.add(a, uint256.NewInt(3*v))
	}
	return p
}

// peakRSS is this process's peak resident set size (VmHWM), in bytes.
func peakRSS() (int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/self/status")
}

// logSizes logs the size of every relation of more than 100 kB, per account and epoch run: where an
// epoch's bytes go.
func logSizes(ctx context.Context, b *testing.B, pool *pgxpool.Pool, n int) {
	rows, err := pool.Query(ctx, `SELECT c.relname, pg_relation_size(c.oid) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
		WHERE s.nspname = current_schema() AND pg_relation_size(c.oid) > 100000 ORDER BY 2 DESC`)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var name string
	var size int64
	_, err = pgx.ForEachRow(rows, []any{&name, &size}, func() error {
		b.Logf("%-28s %9.1f MB %7.1f B/account/epoch", name, float64(size)/1e6, float64(size)/float64(n)/float64(b.N))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}
