package graphql

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/bench/apiseed"
	"github.com/covey-labs/covey/bench/measure"
	"github.com/covey-labs/covey/internal/pgtest"
)

// The API benchmarks run the real Server over loopback HTTP against a real Postgres seeded with a
// settled state of COVEY_BENCH_ACCOUNTS accounts (default 100,000):
//
//   - benchEpochs settled epochs, all but the last accepted on-chain (the usual state between
//     settling an epoch and the end of its challenge window), with a leaf per
//     account (its amount included) and the tree (merkle_nodes) in the last two, so a claim reads
//     two leaves and its proof's blocks;
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
	benchEpochs  = apiseed.Epochs
	benchTasks   = apiseed.Tasks
	benchClients = 16 // per GOMAXPROCS
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

// benchAddr is account i's lowercase address.
func benchAddr(i int) string { return apiseed.Addr(i) }

func benchRoot(e int) string { return apiseed.Root(e) }

// benchPool opens the benchmark database, seeding it when needed; the pool is configured as
// `covey serve` configures its API pool.
func benchPool(b *testing.B) (*pgxpool.Pool, int) {
	b.Helper()
	n := benchAccounts(b)
	url := os.Getenv("COVEY_BENCH_DATABASE_URL")
	ctx := context.Background()
	if url == "" {
		url = pgtest.NewURL(b)
	}
	start := time.Now()
	seeded, err := apiseed.Ensure(ctx, url, testChain, n)
	if err != nil {
		b.Fatal(err)
	}
	if seeded {
		b.Logf("seeded %d accounts in %s", n, time.Since(start).Round(time.Millisecond))
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

// benchQuery is one operation of the benchmarks with a generator of its variables.
type benchQuery struct {
	query string
	vars  func(r *rand.Rand) map[string]any
}

func claimQuery(n int) benchQuery {
	return benchQuery{
		query: apiseed.ClaimQuery,
		vars:  func(r *rand.Rand) map[string]any { return map[string]any{"a": benchAddr(r.IntN(n))} },
	}
}

var leaderboardQuery = benchQuery{
	query: apiseed.LeaderboardQuery,
	vars:  func(r *rand.Rand) map[string]any { return map[string]any{"t": strconv.Itoa(1 + r.IntN(benchTasks))} },
}

var topRecipientsQuery = benchQuery{
	query: apiseed.TopRecipientsQuery,
	vars:  func(r *rand.Rand) map[string]any { return map[string]any{"n": benchEpochs - r.IntN(2)} },
}

func rewardsQuery(n int) benchQuery {
	return benchQuery{
		query: apiseed.RewardsQuery,
		vars:  func(r *rand.Rand) map[string]any { return map[string]any{"a": benchAddr(r.IntN(n))} },
	}
}

var epochPageQuery = benchQuery{
	query: apiseed.EpochPageQuery,
	vars:  func(r *rand.Rand) map[string]any { return map[string]any{"n": benchEpochs - r.IntN(2)} },
}

// benchServer starts the API on a loopback listener; redis adds the response cache.
// It also returns the process ids whose CPU counts as the server's besides this process:
// Postgres backends are found by runLoad, the Redis server here.
func benchServer(b *testing.B, pool *pgxpool.Pool, redis bool) (string, []uint32) {
	b.Helper()
	// Every client may wait for an execution slot (admission.go): the benchmarks measure the server
	// saturated, not its refusals (with a 4-connection pool the default 6 + 24 turned away most of
	// 32 closed-loop clients' requests, each refused one sent again at once).
	opts := Options{ChainID: testChain, MaxQueued: benchClients * runtime.GOMAXPROCS(0), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
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
	// COVEY_BENCH_NOSNAPSHOT=1 reads each statement on its own pooled connection, as before
	// snapshot.go, to measure what the request snapshot costs.
	srv.noSnapshot = os.Getenv("COVEY_BENCH_NOSNAPSHOT") != ""
	// COVEY_BENCH_NOPLAN=1 answers every request through graphql-go, as before plan.go.
	srv.noPlan = os.Getenv("COVEY_BENCH_NOPLAN") != ""
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

// backendCPU sums the processes' CPU time (zero where it cannot be read, e.g. a remote server).
func backendCPU(pids []uint32) time.Duration {
	ps := make([]int, len(pids))
	for i, p := range pids {
		ps[i] = int(p)
	}
	return measure.ProcCPU(ps...)
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

// BenchmarkEpochPageAfterQuery: a random epoch with its pools and the page of leaves after a random
// account's, as benchrun's API section sends it (Epoch.leaves from a cursor: leaf_blocks_account).
func BenchmarkEpochPageAfterQuery(b *testing.B) {
	benchQueries(b, func(n int) benchQuery {
		return benchQuery{query: apiseed.EpochPageQuery, vars: func(r *rand.Rand) map[string]any {
			return map[string]any{"n": benchEpochs - r.IntN(2), "after": apiseed.LeafCursor(r.IntN(n))}
		}}
	})
}

// BenchmarkTopRecipientsQuery: the 100 largest payouts of one of the two epochs with a leaf per
// account (Epoch.leaves orderBy amount DESC; leaf_ranks).
func BenchmarkTopRecipientsQuery(b *testing.B) {
	benchQueries(b, func(int) benchQuery { return topRecipientsQuery })
}

// BenchmarkRewardsQuery: a random account's latest 25 epoch rewards with their parts.
func BenchmarkRewardsQuery(b *testing.B) { benchQueries(b, rewardsQuery) }

// stubClaimRoot answers Query.claim from memory, so BenchmarkClaimExec measures everything but SQL.
type stubClaimRoot struct {
	resolver
	c *claimR
}

// Claim shadows queryRoot.Claim.
func (r *stubClaimRoot) Claim(context.Context, claimArgs) (*claimR, error) { return r.c, nil }

// BenchmarkClaimExec is the claim query without SQL: gql is graphql-go's parse, validation and
// execution and the scalars' JSON; plan is Server.execute (the document checks and its plan, plan.go);
// handler adds the HTTP handler (request decoding, metrics, response encoding) without a network.
func BenchmarkClaimExec(b *testing.B) {
	pool, err := pgxpool.New(context.Background(), "postgres://nobody@127.0.0.1:1/none?sslmode=disable") // never connected
	if err != nil {
		b.Fatal(err)
	}
	defer pool.Close()
	srv, err := NewServer(pool, Options{ChainID: testChain, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
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
	q := `query($a: Address!) { claim(account: $a) { ...C } } fragment C on Claim { account settledEpoch cumulativeAmount claimed epoch root
		acceptedCumulativeAmount claimable proof distributor calldata }`
	body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"a": acct}})
	var req request
	if err := json.Unmarshal(body, &req); err != nil {
		b.Fatal(err)
	}
	b.Run("gql", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, processCPU())
		for b.Loop() {
			if out := srv.schema.Exec(context.Background(), q, "", map[string]any{"a": acct}); len(out.Errors) > 0 {
				b.Fatal(out.Errors)
			}
		}
	})
	b.Run("plan", func(b *testing.B) {
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
