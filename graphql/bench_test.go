package graphql

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
	coveysql "github.com/covey-labs/covey/sql"
)

// The API benchmarks run the real Server over loopback HTTP against a real Postgres seeded with a
// settled state of COVEY_BENCH_ACCOUNTS accounts (default 100,000):
//
//   - benchEpochs settled epochs, all but the last accepted on-chain (the usual state between
//     settling an epoch and the end of its challenge window), with a merkle_leaves row (a 20-hash
//     proof) and an epoch_rewards row per account in the last two, so a claim reads two leaves;
//   - claimed_total for every fifth account;
//   - benchTasks tasks with a 100-node, 20-validator leaderboard and a pool in every epoch.
//
// Seeding a million accounts takes a few minutes; COVEY_BENCH_DATABASE_URL names a database that is
// seeded once and kept (reused while it holds the same account count), e.g. to point `covey serve`
// at it. Otherwise each benchmark seeds a fresh pgtest database.
//
//	COVEY_BENCH_ACCOUNTS=1000000 COVEY_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/covey_apibench \
//	  go test -run '^$' -bench 'Query$' -benchtime 5s ./graphql/
//
// Each request is timed; the benchmarks report requests/s and p50/p99 latency in milliseconds
// beside ns/op. RunParallel runs 16 clients per GOMAXPROCS (32 on two cores, as bench/ does).

const (
	benchEpochs     = 24
	benchTasks      = 50
	benchNodes      = 100
	benchValidators = 20
	benchClients    = 16 // per GOMAXPROCS
)

func benchAccounts(tb testing.TB) int {
	n := 100_000
	if v := os.Getenv("COVEY_BENCH_ACCOUNTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 10 {
			tb.Fatalf("COVEY_BENCH_ACCOUNTS=%q", v)
		}
	}
	return n
}

// splitmix64 spreads account numbers over the address space (random keys, as real addresses are).
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// benchAddr is account i's lowercase address.
func benchAddr(i int) string {
	u := uint64(i)
	return fmt.Sprintf("0x%016x%016x%08x", splitmix64(u), splitmix64(u^0x5555), uint32(splitmix64(u^0xaaaa)))
}

func benchRoot(e int) string { return fmt.Sprintf("0x%064x", splitmix64(uint64(e)*7919)) }

func numeric(x *big.Int) pgtype.Numeric { return pgtype.Numeric{Int: x, Valid: true} }

// benchPool opens the benchmark database, seeding it when needed; the pool is configured as
// `covey serve` configures its API pool.
func benchPool(b *testing.B) (*pgxpool.Pool, int) {
	b.Helper()
	n := benchAccounts(b)
	url := os.Getenv("COVEY_BENCH_DATABASE_URL")
	ctx := context.Background()
	if url == "" {
		url = pgtest.NewURL(b)
	} else if err := ensureDatabase(ctx, url); err != nil {
		b.Fatal(err)
	}
	seedPool, err := pgxpool.New(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer seedPool.Close()
	if err := seedBench(ctx, b, seedPool, n); err != nil {
		b.Fatal(err)
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		b.Fatal(err)
	}
	ConfigurePool(cfg, 5*time.Second)
	if v := os.Getenv("COVEY_BENCH_MAXCONNS"); v != "" {
		n, _ := strconv.Atoi(v)
		cfg.MaxConns = int32(n)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(pool.Close)
	return pool, n
}

// ensureDatabase creates the named database (migrated) when it does not exist.
func ensureDatabase(ctx context.Context, url string) error {
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

// seedBench writes the settled state described above, unless the database already holds it for n accounts.
func seedBench(ctx context.Context, tb testing.TB, pool *pgxpool.Pool, n int) error {
	if err := migrate(ctx, pool); err != nil {
		return err
	}
	var have *int64
	_ = pool.QueryRow(ctx, `SELECT max(leaf_count) FROM settlement_epochs WHERE chain_id = $1`, testChain).Scan(&have)
	if have != nil && *have == int64(n) {
		return nil
	}
	start := time.Now()
	for _, t := range []string{"merkle_leaves", "epoch_rewards", "epoch_reward_parts", "epoch_pools", "epoch_leaderboard", "settlement_runs",
		"settlement_epochs", "claimed_total", "ev_root_accepted", "ev_root_proposed", "ev_task_created", "blocks", "cursors"} {
		if _, err := pool.Exec(ctx, "TRUNCATE "+t+" CASCADE"); err != nil {
			return err
		}
	}
	head := int64(benchEpochs*100 + 10)
	if _, err := pool.Exec(ctx, `INSERT INTO blocks (chain_id, number, hash, parent_hash, time, finality)
		SELECT $1, g, '0x' || lpad(to_hex(g), 64, '0'), '0x' || lpad(to_hex(g - 1), 64, '0'), 1700000000 + 2 * g,
			CASE WHEN g <= $2 - 64 THEN 'finalized' ELSE 'safe' END
		FROM generate_series(1, $2) g`, testChain, head); err != nil {
		return err
	}
	if _, err := pool.Exec(ctx, `INSERT INTO cursors (chain_id, block_number, block_hash) VALUES ($1, $2, '0x' || lpad(to_hex($2::bigint), 64, '0'))`, testChain, head); err != nil {
		return err
	}
	blk := func(n int64) string { return fmt.Sprintf("0x%064x", n) }
	ev := func(table string, block, logIndex int64, contract string, extra string, args ...any) error {
		base := []any{testChain, block, blk(block), 1700000000 + 2*block, fmt.Sprintf("0x%064x", block<<16|logIndex), logIndex, contract}
		ph := ""
		for i := range args {
			ph += fmt.Sprintf(", $%d", len(base)+i+1)
		}
		_, err := pool.Exec(ctx, `INSERT INTO `+table+` (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index, contract, `+extra+`)
			VALUES ($1, $2, $3, $4, $5, 0, $6, $7`+ph+`)`, append(base, args...)...)
		return err
	}
	for t := 1; t <= benchTasks; t++ {
		if err := ev("ev_task_created", 1, int64(t), arena, "task_id, creator, metadata_uri, start, \"end\"", t, eve, fmt.Sprintf("ipfs://task-%d", t), 1700000000, 1800000000); err != nil {
			return err
		}
	}
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for e := 1; e <= benchEpochs; e++ {
		block := int64(e * 100)
		total := new(big.Int).Mul(big.NewInt(int64(n)*int64(e)*1000), e18)
		if _, err := pool.Exec(ctx, `INSERT INTO settlement_epochs (chain_id, epoch, epoch_start, epoch_end, snapshot_block, snapshot_hash, policy_version,
			policy_hash, engine_version, input_hash, emission, revenue, total_epoch, total_cumulative, treasury_residual, leaf_count,
			root, manifest_hash, manifest_path, manifest) VALUES ($1,$2,$3,$4,$5,$6,'v1',$7,'engine-1',$8,$9,$10,$11,$12,0,$13,$14,$15,$16,'{}')`,
			testChain, e, 1700000000+int64(e-1)*3600, 1700000000+int64(e)*3600, block, blk(block), benchRoot(-e), benchRoot(1000+e),
			numeric(new(big.Int).Mul(big.NewInt(1_000_000), e18)), numeric(new(big.Int).Mul(big.NewInt(9), e18)),
			numeric(new(big.Int).Mul(big.NewInt(int64(n)*1000), e18)), numeric(total), n, benchRoot(e), benchRoot(2000+e),
			fmt.Sprintf("manifests/epoch-%d.json", e)); err != nil {
			return err
		}
		if err := ev("ev_root_proposed", block+1, 0, distrib, "epoch, root, total_cumulative, manifest_hash, valid_at, proposer",
			e, benchRoot(e), numeric(total), benchRoot(2000+e), 1700000000+2*block+3600, eve); err != nil {
			return err
		}
		if e < benchEpochs {
			if err := ev("ev_root_accepted", block+50, 0, distrib, "epoch, root, total_cumulative, manifest_hash",
				e, benchRoot(e), numeric(total), benchRoot(2000+e)); err != nil {
				return err
			}
		}
	}
	// Leaderboards and pools: every task in every epoch.
	var lb, pools [][]any
	for e := 1; e <= benchEpochs; e++ {
		for t := 1; t <= benchTasks; t++ {
			pools = append(pools, []any{int64(testChain), int64(e), numeric(big.NewInt(int64(t))), numeric(big.NewInt(432000)),
				numeric(new(big.Int).Mul(big.NewInt(20000), e18)), numeric(e18), numeric(big.NewInt(1000)),
				numeric(new(big.Int).Mul(big.NewInt(14000), e18)), numeric(new(big.Int).Mul(big.NewInt(6000), e18)), numeric(big.NewInt(0))})
			for r := 0; r < benchNodes+benchValidators; r++ {
				acct := benchAddr((t*1000 + r) % n)
				row := []any{int64(testChain), int64(e), numeric(big.NewInt(int64(t))), acct, int16(1), nil, nil, nil, nil,
					numeric(new(big.Int).Mul(big.NewInt(int64(1000-r)), e18))}
				if r < benchNodes {
					row[5], row[6], row[8] = int32(r), int64(900000-r*1000), numeric(big.NewInt(int64(e*100000+t*1000+r)))
				} else {
					row[4], row[7] = int16(2), int64(1000000-r)
				}
				lb = append(lb, row)
			}
		}
	}
	if _, err := pool.CopyFrom(ctx, pgx.Identifier{"epoch_pools"}, []string{"chain_id", "epoch", "task_id", "stake_seconds", "emission",
		"revenue", "fee", "node_pool", "validator_pool", "residual"}, pgx.CopyFromRows(pools)); err != nil {
		return err
	}
	if _, err := pool.CopyFrom(ctx, pgx.Identifier{"epoch_leaderboard"}, []string{"chain_id", "epoch", "task_id", "account", "role", "rank",
		"score", "quality_ppm", "submission_id", "reward"}, pgx.CopyFromRows(lb)); err != nil {
		return err
	}
	// Leaves and rewards of the last two epochs, claimed totals: streamed with COPY.
	proof := make([]byte, 32*20)
	for e := benchEpochs - 1; e <= benchEpochs; e++ {
		i := 0
		if _, err := pool.CopyFrom(ctx, pgx.Identifier{"merkle_leaves"}, []string{"chain_id", "epoch", "account", "cumulative", "tree_index", "proof"},
			pgx.CopyFromFunc(func() ([]any, error) {
				if i == n {
					return nil, nil
				}
				for j := 0; j < len(proof); j += 8 {
					v := splitmix64(uint64(i)<<8 ^ uint64(j) ^ uint64(e)<<40)
					for k := 0; k < 8; k++ {
						proof[j+k] = byte(v >> (8 * k))
					}
				}
				cum := new(big.Int).Mul(big.NewInt(int64(splitmix64(uint64(i))%1_000_000+1)*int64(e)), e18)
				i++
				return []any{int64(testChain), int64(e), benchAddr(i - 1), numeric(cum), int32(i - 1), proof}, nil
			})); err != nil {
			return err
		}
		i = 0
		if _, err := pool.CopyFrom(ctx, pgx.Identifier{"epoch_rewards"}, []string{"chain_id", "epoch", "account", "amount", "cumulative"},
			pgx.CopyFromFunc(func() ([]any, error) {
				if i == n {
					return nil, nil
				}
				per := new(big.Int).Mul(big.NewInt(int64(splitmix64(uint64(i))%1_000_000+1)), e18)
				i++
				return []any{int64(testChain), int64(e), benchAddr(i - 1), numeric(per), numeric(new(big.Int).Mul(per, big.NewInt(int64(e))))}, nil
			})); err != nil {
			return err
		}
	}
	i := 0
	if _, err := pool.CopyFrom(ctx, pgx.Identifier{"claimed_total"}, []string{"chain_id", "account", "amount", "block_number", "log_index"},
		pgx.CopyFromFunc(func() ([]any, error) {
			if i >= n {
				return nil, nil
			}
			row := []any{int64(testChain), benchAddr(i), numeric(new(big.Int).Mul(big.NewInt(int64(splitmix64(uint64(i))%1000+1)), e18)), int64(head - 1), int32(i / 5)}
			i += 5
			return row, nil
		})); err != nil {
		return err
	}
	if _, err := pool.Exec(ctx, "VACUUM ANALYZE"); err != nil {
		return err
	}
	tb.Logf("seeded %d accounts in %s", n, time.Since(start).Round(time.Millisecond))
	return nil
}

func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	var ok bool
	if err := pool.QueryRow(ctx, `SELECT to_regclass('merkle_leaves') IS NOT NULL`).Scan(&ok); err != nil || ok {
		return err
	}
	return coveysql.Migrate(ctx, pool)
}

// benchQuery is one operation of the benchmarks with a generator of its variables.
type benchQuery struct {
	query string
	vars  func(r *rand.Rand) map[string]any
}

func claimQuery(n int) benchQuery {
	return benchQuery{
		query: `query($a: Address!) { claim(account: $a) { account settledEpoch cumulativeAmount claimed epoch root
			acceptedCumulativeAmount claimable proof distributor calldata } }`,
		vars: func(r *rand.Rand) map[string]any { return map[string]any{"a": benchAddr(r.IntN(n))} },
	}
}

var leaderboardQuery = benchQuery{
	query: `query($t: BigInt!) { task(id: $t) { id creator leaderboard { epoch account role rank score qualityPpm submission reward } } }`,
	vars:  func(r *rand.Rand) map[string]any { return map[string]any{"t": strconv.Itoa(1 + r.IntN(benchTasks))} },
}

var epochPageQuery = benchQuery{
	query: `query($n: Int!) { epoch(number: $n) { number status start end root emission revenue totalEpoch totalCumulative
		treasuryResidual leafCount manifestHash policyVersion
		pools { task stakeSeconds emission revenue fee nodePool validatorPool residual }
		leaves(first: 25) { nodes { account amount cumulativeAmount } pageInfo { hasNextPage endCursor } } } }`,
	vars: func(r *rand.Rand) map[string]any { return map[string]any{"n": 1 + r.IntN(benchEpochs)} },
}

// benchServer starts the API on a loopback listener; redis adds the response cache.
// It also returns the process ids whose CPU counts as the server's besides this process:
// Postgres backends are found by runLoad, the Redis server here.
func benchServer(b *testing.B, pool *pgxpool.Pool, redis bool) (string, []uint32) {
	b.Helper()
	opts := Options{ChainID: testChain, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	var redisPID []uint32
	if redis {
		opts.Redis, opts.RedisPrefix = testRedis(b)
		if os.Getenv("COVEY_BENCH_RATELIMIT") != "" {
			opts.RateLimitPerMinute = 1 << 30 // counted, never reached
		}
		info, err := opts.Redis.Info(context.Background(), "server").Result()
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(info, "\n") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line), "process_id:"); ok {
				if pid, err := strconv.Atoi(v); err == nil {
					redisPID = append(redisPID, uint32(pid))
				}
			}
		}
	}
	srv, err := NewServer(pool, opts)
	if err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = srv.Serve(ctx, ln); close(done) }()
	b.Cleanup(func() { cancel(); <-done })
	return "http://" + ln.Addr().String() + "/graphql", redisPID
}

// runLoad sends q from 16 clients per GOMAXPROCS until b.N requests are done and reports
// requests/s and latency percentiles.
func runLoad(b *testing.B, pool *pgxpool.Pool, url string, redisPID []uint32, q benchQuery) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256, DisableCompression: true}, Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	// Warm the connections and the server's pool.
	r0 := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		if err := post(client, url, q, r0); err != nil {
			b.Fatal(err)
		}
	}
	var pids []uint32
	if pool != nil {
		pids = backendPIDs(b, pool)
	}
	var mu sync.Mutex
	var lat []time.Duration
	var failures atomic.Int64
	var firstErr atomic.Value
	b.SetParallelism(benchClients)
	b.ReportAllocs()
	b.ResetTimer()
	start, cpu0, pg0, rd0 := time.Now(), processCPU(), backendCPU(pids), backendCPU(redisPID)
	b.RunParallel(func(pb *testing.PB) {
		r := rand.New(rand.NewPCG(clientSeed.Add(1), uint64(time.Now().UnixNano())))
		local := make([]time.Duration, 0, 1024)
		for pb.Next() {
			t0 := time.Now()
			if err := post(client, url, q, r); err != nil {
				failures.Add(1)
				firstErr.CompareAndSwap(nil, err.Error())
			}
			local = append(local, time.Since(t0))
		}
		mu.Lock()
		lat = append(lat, local...)
		mu.Unlock()
	})
	elapsed, cpu, pg, rd := time.Since(start), processCPU()-cpu0, backendCPU(pids)-pg0, backendCPU(redisPID)-rd0
	b.StopTimer()
	if f := failures.Load(); f > 0 {
		b.Fatalf("%d of %d requests failed, e.g. %v", f, b.N, firstErr.Load())
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "go-cpu-µs/op")
	if pool != nil {
		b.ReportMetric(float64(pg.Microseconds())/float64(b.N), "pg-cpu-µs/op")
	}
	switch {
	case pool == nil && len(redisPID) > 0:
		b.ReportMetric(float64(rd.Microseconds())/float64(b.N), "server-cpu-µs/op")
	case len(redisPID) > 0:
		b.ReportMetric(float64(rd.Microseconds())/float64(b.N), "redis-cpu-µs/op")
	}
}

// processCPU is this process's user+system CPU time: the server and the load generator. On a
// shared machine CPU per request is steadier than wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// backendPIDs fills the pool to its maximum and returns the Postgres backends' process ids.
func backendPIDs(b *testing.B, pool *pgxpool.Pool) []uint32 {
	var conns []*pgxpool.Conn
	for range pool.Config().MaxConns {
		c, err := pool.Acquire(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		conns = append(conns, c)
	}
	pids := make([]uint32, len(conns))
	for i, c := range conns {
		pids[i] = c.Conn().PgConn().PID()
		c.Release()
	}
	return pids
}

// backendCPU sums the processes' CPU time from /proc (zero where it cannot be read, e.g. a
// remote server).
func backendCPU(pids []uint32) time.Duration {
	var ticks int64
	for _, pid := range pids {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		// Fields after the parenthesized command: state is field 3, utime 14, stime 15.
		f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+1:]))
		if len(f) > 12 {
			u, _ := strconv.ParseInt(f[11], 10, 64)
			st, _ := strconv.ParseInt(f[12], 10, 64)
			ticks += u + st
		}
	}
	return time.Duration(ticks) * 10 * time.Millisecond // USER_HZ is 100 on Linux
}

// clientSeed makes every client of every run draw its own accounts: a server that outlives a
// run (COVEY_BENCH_API_URL) would otherwise answer a repeated sequence from its cache.
var clientSeed atomic.Uint64

func post(c *http.Client, url string, q benchQuery, r *rand.Rand) error {
	body, _ := json.Marshal(map[string]any{"query": q.query, "variables": q.vars(r)})
	resp, err := c.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 || bytes.Contains(out, []byte(`"errors"`)) || !bytes.HasPrefix(out, []byte(`{"data":{`)) {
		return fmt.Errorf("HTTP %d: %.300s", resp.StatusCode, out)
	}
	return nil
}

func benchQueries(b *testing.B, q func(n int) benchQuery) {
	pool, n := benchPool(b)
	if url := os.Getenv("COVEY_BENCH_API_URL"); url != "" {
		// A server started elsewhere (e.g. covey serve over COVEY_BENCH_DATABASE_URL): its CPU
		// is reported as server-cpu when COVEY_BENCH_API_PID names its process; go-cpu is then
		// the load generator alone, pg-cpu is not measured.
		var pid []uint32
		if v, err := strconv.Atoi(os.Getenv("COVEY_BENCH_API_PID")); err == nil {
			pid = append(pid, uint32(v))
		}
		b.Run("external", func(b *testing.B) { runLoad(b, nil, url, pid, q(n)) })
		return
	}
	for _, redis := range []bool{false, true} {
		name := "cache=off"
		if redis {
			name = "cache=redis"
		}
		b.Run(name, func(b *testing.B) {
			url, redisPID := benchServer(b, pool, redis)
			runLoad(b, pool, url, redisPID, q(n))
		})
	}
}

// BenchmarkClaimQuery: Query.claim for random accounts of the settled state.
func BenchmarkClaimQuery(b *testing.B) { benchQueries(b, claimQuery) }

// BenchmarkLeaderboardQuery: a random task's latest leaderboard (120 entries).
func BenchmarkLeaderboardQuery(b *testing.B) {
	benchQueries(b, func(int) benchQuery { return leaderboardQuery })
}

// BenchmarkEpochPageQuery: a random epoch with its pools and first page of leaves.
func BenchmarkEpochPageQuery(b *testing.B) {
	benchQueries(b, func(int) benchQuery { return epochPageQuery })
}

// stubClaimRoot answers Query.claim from memory, so BenchmarkClaimExec measures everything but SQL.
type stubClaimRoot struct {
	resolver
	c *claimR
}

// Claim shadows queryRoot.Claim.
func (r *stubClaimRoot) Claim(context.Context, claimArgs) (*claimR, error) { return r.c, nil }

// BenchmarkClaimExec is the claim query without SQL: exec is the document checks, graphql-go's
// parse, validation and execution and the scalars' JSON; handler adds the HTTP handler (request
// decoding, metrics, response encoding) without a network.
func BenchmarkClaimExec(b *testing.B) {
	pool, err := pgxpool.New(context.Background(), "postgres://nobody@127.0.0.1:1/none?sslmode=disable") // never connected
	if err != nil {
		b.Fatal(err)
	}
	defer pool.Close()
	srv, err := NewServer(pool, Options{ChainID: testChain, PollInterval: time.Hour, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	acct := benchAddr(7)
	proof := make([]common.Hash, 20)
	for i := range proof {
		proof[i] = common.HexToHash(benchRoot(100 + i))
	}
	settled, accepted, root, dist := int64(24), int64(23), benchRoot(23), common.HexToAddress(distrib)
	c := &claimR{account: acct, settledEpoch: &settled, cumulative: big10("24000000000000000000000"), claimed: big10("1000000000000000000"),
		epoch: &accepted, root: &root, acceptedCum: big10("23000000000000000000000"), proof: proof, distributor: &dist}
	if err := srv.parseSchema(&stubClaimRoot{resolver{queryRoot{srv}, subscriptionRoot{srv}}, c}); err != nil {
		b.Fatal(err)
	}
	q := claimQuery(1)
	body, _ := json.Marshal(map[string]any{"query": q.query, "variables": map[string]any{"a": acct}})
	var req request
	if err := json.Unmarshal(body, &req); err != nil {
		b.Fatal(err)
	}
	b.Run("exec", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, processCPU())
		for b.Loop() {
			req.Variables = map[string]any{"a": acct}
			if out, _ := srv.execute(context.Background(), req, true); len(out.Errors) > 0 {
				b.Fatal(out.Errors)
			}
		}
	})
	b.Run("handler", func(b *testing.B) {
		h := srv.Handler()
		b.ReportAllocs()
		defer reportCPU(b, processCPU())
		for b.Loop() {
			w := httptest.NewRecorder()
			r := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			r.Header.Set("Content-Type", "application/json")
			h.ServeHTTP(w, r)
			if w.Code != 200 || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
				b.Fatalf("%d %s", w.Code, w.Body)
			}
		}
	})
}

func reportCPU(b *testing.B, cpu0 time.Duration) {
	b.ReportMetric(float64((processCPU()-cpu0).Nanoseconds())/float64(b.N)/1000, "cpu-µs/op")
}
