package indexer

import (
	"context"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
)

// BenchmarkBackfill indexes a chain holding BENCH_EVENTS (default 200000) protocol events spread over
// blocks of 500 mixed events, from anvil into a fresh database per iteration, and reports events/s and
// the process's peak RSS. Run: go test ./indexer -run '^$' -bench Backfill -benchtime 3x
// (BENCH_VERIFY_BLOOMS=off|head|all compares the cost of indexer.verify_blooms).
func BenchmarkBackfill(b *testing.B) {
	total := 200_000
	if v, err := strconv.Atoi(os.Getenv("BENCH_EVENTS")); err == nil && v > 0 {
		total = v
	}
	c := startAnvil(b)
	r := mrand.New(mrand.NewPCG(1, 1))
	addr := func() common.Address { return smallAddrs[r.IntN(len(smallAddrs))] }
	perBlock := 500
	for done := 0; done < total; done += perBlock {
		var logs []emitted
		for k := 0; k < perBlock/50; k++ {
			var e emitted
			switch k % 5 {
			case 0:
				e = c.event("Staked", addr(), big.NewInt(int64(r.IntN(50))), uint8(1), big.NewInt(r.Int64()), big.NewInt(r.Int64()))
			case 1:
				e = c.event("ScoreSubmitted", big.NewInt(1), big.NewInt(int64(r.IntN(1000))), addr(), uint32(r.IntN(1_000_000)), false, uint32(0))
			case 2:
				e = c.event("Delegated", addr(), big.NewInt(int64(r.IntN(50))), addr(), big.NewInt(r.Int64()), big.NewInt(r.Int64()))
			case 3:
				e = c.event("ModelPurchased", big.NewInt(int64(r.IntN(100))), big.NewInt(1), addr(), big.NewInt(r.Int64()), big.NewInt(3), big.NewInt(r.Int64()))
			default:
				var root [32]byte
				root[0] = byte(k)
				e = c.event("Claimed", addr(), root, big.NewInt(r.Int64()), big.NewInt(r.Int64()), addr())
			}
			e.repeat = 50
			logs = append(logs, e)
		}
		// one tx per contract, all in one block
		c.call(nil, "evm_setAutomine", false)
		for _, l := range logs {
			c.emitNoWait(l)
		}
		c.call(nil, "evm_mine")
		c.call(nil, "evm_setAutomine", true)
	}
	b.Logf("chain: %d events in %d blocks", total, c.head())
	cfg := testConfig(c)
	cfg.Indexer.InitialRange = 4
	cfg.Indexer.MaxRange = 10_000
	cfg.Indexer.Workers = 4
	if v := os.Getenv("BENCH_VERIFY_BLOOMS"); v != "" { // all | head (default) | off
		cfg.Indexer.VerifyBlooms = v
	}
	b.ResetTimer()
	var elapsed time.Duration
	var pgCPU, goCPU, anvilCPU float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		pool := pgtest.New(b)
		ix := newTestIndexer(b, cfg, pool)
		if err := ix.Check(context.Background()); err != nil {
			b.Fatal(err)
		}
		pids := backendPIDs(b, pool)
		pg0, go0, a0 := sumCPU(pids), selfCPU(), procCPU(c.pid)
		b.StartTimer()
		t0 := time.Now()
		if err := ix.RunUntilSynced(context.Background()); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(t0)
		b.StopTimer()
		pids = append(pids, backendPIDs(b, pool)...)
		pgCPU += sumCPU(pids) - pg0
		goCPU += selfCPU() - go0
		anvilCPU += procCPU(c.pid) - a0
		if n := countRows(b, pool, "raw_logs"); n != total {
			b.Fatalf("indexed %d logs, want %d", n, total)
		}
		pool.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total*b.N)/elapsed.Seconds(), "events/s")
	b.ReportMetric(peakRSSMB(), "peakRSS_MB")
	n := float64(total * b.N)
	b.ReportMetric(pgCPU/n*1e6, "pg_cpu_us/event")
	b.ReportMetric(goCPU/n*1e6, "go_cpu_us/event")
	b.ReportMetric(anvilCPU/n*1e6, "anvil_cpu_us/event")
}

// emitNoWait sends the log's tx without waiting for a receipt (manual mining).
func (c *testChain) emitNoWait(l emitted) {
	c.t.Helper()
	var txh common.Hash
	c.call(&txh, "eth_sendTransaction", map[string]any{"from": devAccount, "to": c.emitters[l.contract], "data": "0x" + common.Bytes2Hex(l.record()), "gas": "0x7a120"})
}

func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// backendPIDs lists the Postgres backends connected to the pool's database.
func backendPIDs(b testing.TB, pool *pgxpool.Pool) []int {
	rows, err := pool.Query(context.Background(), "SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var p int
		_ = rows.Scan(&p)
		out = append(out, p)
	}
	return out
}

// sumCPU adds the CPU seconds of distinct pids (a backend counted once).
func sumCPU(pids []int) float64 {
	seen := map[int]bool{}
	var s float64
	for _, p := range pids {
		if !seen[p] {
			seen[p] = true
			s += procCPU(p)
		}
	}
	return s
}
