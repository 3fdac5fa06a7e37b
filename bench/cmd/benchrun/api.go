package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/bench/apiseed"
	"github.com/covey-labs/covey/bench/load"
	"github.com/covey-labs/covey/bench/measure"
	"github.com/covey-labs/covey/bench/report"
	"github.com/covey-labs/covey/bench/workload"
)

// The API section: the claim benchmark. A database of N settled accounts (bench/apiseed,
// created once as covey_apibench_<N> beside the admin database and reused while it holds N
// accounts), the real `covey serve` binary over it, with and without Redis (a private
// redis-server), and bench/load's raw HTTP/1.1 keep-alive client driving one query at a time.

// apiChain is the chain id of the seeded state (the graphql tests' devnet id).
const apiChain = 31337

// apiQuery is one operation of the section: its name and how each request's body is made.
type apiQuery struct {
	name string
	body func(n int) func(r *rand.Rand) []byte
}

var apiQueries = []apiQuery{
	{"claim", func(n int) func(r *rand.Rand) []byte {
		return func(r *rand.Rand) []byte {
			return fmt.Appendf(nil, `{"query":%q,"variables":{"a":%q}}`, apiseed.ClaimQuery, apiseed.Addr(r.IntN(n)))
		}
	}},
	{"leaderboard", func(int) func(r *rand.Rand) []byte {
		return func(r *rand.Rand) []byte {
			return fmt.Appendf(nil, `{"query":%q,"variables":{"t":"%d"}}`, apiseed.LeaderboardQuery, 1+r.IntN(apiseed.Tasks))
		}
	}},
	{"epoch page", func(n int) func(r *rand.Rand) []byte {
		return func(r *rand.Rand) []byte {
			// One of the two epochs with leaves, and a page of them from the start or after a random account.
			e := apiseed.Epochs - r.IntN(2)
			if r.IntN(2) == 0 {
				return fmt.Appendf(nil, `{"query":%q,"variables":{"n":%d}}`, apiseed.EpochPageQuery, e)
			}
			return fmt.Appendf(nil, `{"query":%q,"variables":{"n":%d,"after":%q}}`, apiseed.EpochPageQuery, e, apiseed.LeafCursor(r.IntN(n)))
		}
	}},
	{"account rewards", func(n int) func(r *rand.Rand) []byte {
		return func(r *rand.Rand) []byte {
			return fmt.Appendf(nil, `{"query":%q,"variables":{"a":%q}}`, apiseed.RewardsQuery, apiseed.Addr(r.IntN(n)))
		}
	}},
	{"top recipients", func(int) func(r *rand.Rand) []byte {
		return func(r *rand.Rand) []byte {
			return fmt.Appendf(nil, `{"query":%q,"variables":{"n":%d}}`, apiseed.TopRecipientsQuery, apiseed.Epochs-r.IntN(2))
		}
	}},
}

// apiGenProcs is the load generator's GOMAXPROCS during the section; the server keeps both cores.
const apiGenProcs = 1

func (r *runner) runAPI(ctx context.Context, sec *report.Section) error {
	if r.coveyErr != nil {
		return r.coveyErr
	}
	n := r.sizes.Leaves
	dbURL, err := r.dbURL(fmt.Sprintf("covey_apibench_%d", n))
	if err != nil {
		return err
	}
	t0 := time.Now()
	seeded, err := apiseed.Ensure(ctx, dbURL, apiChain, n)
	if err != nil {
		return fmt.Errorf("seeding %d accounts: %w", n, err)
	}
	if seeded {
		fmt.Fprintf(r.log, "   seeded %d accounts in %s\n", n, time.Since(t0).Round(time.Second))
	}
	dur, conc := 10*time.Second, 32
	if r.quick {
		dur = 3 * time.Second
	}
	if r.apiDuration > 0 {
		dur = r.apiDuration
	}
	load0 := loadAvg()
	prev := runtime.GOMAXPROCS(apiGenProcs)
	defer runtime.GOMAXPROCS(prev)
	sec.Notes = append(sec.Notes, fmt.Sprintf("%s settled accounts (bench/apiseed: %d epochs, leaves with 20-hash proofs in the last two, the last not yet accepted; "+
		"%d tasks with 120-entry leaderboards), database `covey_apibench_%d`, seeded once and reused. The real `covey serve` binary (its defaults: 8 pooled "+
		"connections, GOGC 400) answers %d closed-loop clients over loopback HTTP/1.1 keep-alive for %s per run after 1 s of warm-up, one query at a time: "+
		"claim = `claim(account)` for a uniformly random account of all %s (every field, calldata included); leaderboard = a random task's latest leaderboard (120 entries); "+
		"epoch page = one of the two epochs with leaves, with its 50 pools and a 25-leaf page from the start or after a random account; "+
		"account rewards = a uniformly random account's latest 25 epoch rewards with their parts (`account { rewards(first: 25, orderDirection: DESC) }`); "+
		"top recipients = the 100 largest payouts of one of the two epochs with a leaf per account (`leaves(first: 100, orderBy: amount, orderDirection: DESC)`). "+
		"Redis cache: a second `covey serve` with a private redis-server (response cache, 30 s TTL); hit %% is the share of answers marked X-Cache: HIT. "+
		"Both servers run side by side and the runs alternate between them (the order flips every run), so other load on the machine weighs on both alike. "+
		"CPU: the 2 cores are shared by Postgres, covey serve (GOMAXPROCS 2), redis-server and the load generator (bench/load's raw HTTP client in the benchrun process, GOMAXPROCS %d); no pinning.",
		human(n), apiseed.Epochs, apiseed.Tasks, n, conc, dur, human(n), apiGenProcs))
	rows := map[string]*report.Row{}
	for _, redis := range []bool{false, true} {
		for _, q := range apiQueries {
			row := &report.Row{Name: apiRowName(q.name, redis), Command: "benchrun run -sections api"}
			rows[row.Name] = row
			sec.Rows = append(sec.Rows, row)
		}
	}
	if err := r.apiRuns(ctx, dbURL, n, dur, conc, rows); err != nil {
		for _, row := range sec.Rows {
			if row.Error == "" {
				row.Error = err.Error()
			}
		}
		fmt.Fprintf(r.log, "   %v\n", err)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	for _, row := range sec.Rows {
		row.Summarize()
	}
	sec.Notes = append(sec.Notes, fmt.Sprintf("Load average (1 min) when the section started: %s; when it ended: %s "+
		"(anything above the load this section puts on the machine is other work sharing the 2 cores).", load0, loadAvg()))
	sec.AddRatio("claim: Redis cache / no cache requests/s", "rps", apiRowName("claim", true), apiRowName("claim", false), "> 1: the cache helps")
	return nil
}

func apiRowName(q string, redis bool) string {
	if redis {
		return q + ", Redis cache"
	}
	return q + ", no cache"
}

// apiRuns starts two covey serve, one without Redis and one with a private redis-server, and
// runs every query r.runs times on each, interleaved (the order of the two flips every run), so
// that whatever else loads the machine weighs on both alike.
func (r *runner) apiRuns(ctx context.Context, dbURL string, n int, dur time.Duration, conc int, rows map[string]*report.Row) error {
	rs, redisURL, err := r.startRedis(ctx)
	if err != nil {
		return err
	}
	defer rs.stop()
	type server struct {
		redis bool
		srv   *background
		url   string
		pids  []int // besides covey serve: redis-server
	}
	var servers []server
	for _, redis := range []bool{false, true} {
		u := ""
		var pids []int
		if redis {
			u, pids = redisURL, []int{rs.cmd.Process.Pid}
		}
		srv, url, err := r.startAPI(ctx, dbURL, u)
		if err != nil {
			return err
		}
		defer srv.stop()
		servers = append(servers, server{redis, srv, url, pids})
	}
	for i := 0; i < r.runs; i++ {
		for _, q := range apiQueries {
			for k := range servers {
				sv := servers[(k+i)%len(servers)]
				if err := r.apiRun(ctx, dbURL, sv.srv, sv.url, sv.pids, rows[apiRowName(q.name, sv.redis)], q, i, n, dur, conc); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// apiRun measures one run of q against srv (at url) into row.
func (r *runner) apiRun(ctx context.Context, dbURL string, srv *background, url string, redisPID []int, row *report.Row, q apiQuery, i, n int, dur time.Duration, conc int) error {
	if row.Error != "" {
		return nil
	}
	pg0, err := backendCPU(ctx, dbURL)
	if err != nil {
		return err
	}
	api0, redis0, gen0 := measure.ProcCPU(srv.cmd.Process.Pid), measure.ProcCPU(redisPID...), selfCPU()
	res, err := load.Run(ctx, load.Options{URL: url, Raw: true, Concurrency: conc, Duration: dur,
		Queries: []load.Query{{Name: q.name, Body: q.body(n)}}})
	if err != nil {
		return err
	}
	api, redisCPU, gen := measure.ProcCPU(srv.cmd.Process.Pid)-api0, measure.ProcCPU(redisPID...)-redis0, selfCPU()-gen0
	pg1, err := backendCPU(ctx, dbURL)
	if err != nil {
		return err
	}
	if res.Errors > 0 {
		row.Error = fmt.Sprintf("%d of %d requests failed, e.g. %s", res.Errors, res.Requests, res.SampleError)
		return nil
	}
	var pg time.Duration
	for pid, t := range pg1 {
		pg += t - pg0[pid] // a backend opened during the run counts from zero
	}
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / max(1, float64(res.All)) }
	hits := 100 * float64(res.CacheHits) / max(1, float64(res.Requests))
	sample := map[string]float64{"rps": res.PerSecond, "p50": res.P50, "p90": res.P90, "p99": res.P99, "hits": hits,
		"api_us": per(api), "pg_us": per(pg), "redis_us": per(redisCPU), "gen_us": per(gen)}
	if served := sample["api_us"] + sample["pg_us"] + sample["redis_us"]; served > 0 {
		sample["capacity"] = float64(runtime.NumCPU()) * 1e6 / served
	}
	row.Samples = append(row.Samples, sample)
	fmt.Fprintf(r.log, "   %s run %d: %.0f req/s, p50 %.1f ms, p99 %.1f ms, %.0f%% hits; CPU µs/req: covey %.0f, postgres %.0f, redis %.0f, generator %.0f\n",
		row.Name, i+1, res.PerSecond, res.P50, res.P99, hits, sample["api_us"], sample["pg_us"], sample["redis_us"], sample["gen_us"])
	return nil
}

// selfCPU is this process's CPU time: the load generator's (benchrun does nothing else meanwhile).
func selfCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// backendCPU is the CPU time of every Postgres backend connected to the database of dbURL (the
// server's pool: nothing else connects to the section's database), by process id.
func backendCPU(ctx context.Context, dbURL string) (map[int]time.Duration, error) {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)
	if err != nil {
		return nil, err
	}
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		return nil, err
	}
	out := make(map[int]time.Duration, len(pids))
	for _, p := range pids {
		out[int(p)] = measure.ProcCPU(int(p))
	}
	return out, nil
}

// startAPI runs `covey serve` over dbURL (and redisURL unless empty) and waits until it answers.
func (r *runner) startAPI(ctx context.Context, dbURL, redisURL string) (*background, string, error) {
	port, err := workload.FreePort()
	if err != nil {
		return nil, "", err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	cfg := fmt.Sprintf("# written by benchrun for the API section; regenerated every run\n[chain]\nid = %d\nname = \"apibench\"\nrpc = [\"http://127.0.0.1:1\"]\n\n"+
		"[database]\nurl = %q\n\n[redis]\nurl = %q\n\n", apiChain, dbURL, redisURL)
	// Serving needs no chain; the config still names the contracts (the seeded events' addresses).
	for i, c := range []string{"Staking", "TaskArena", "Marketplace", "RewardsDistributor"} {
		cfg += fmt.Sprintf("[contracts.%s]\naddress = \"0x%s\"\nstart_block = 0\n\n", c, strings.Repeat(fmt.Sprintf("%02x", i+1), 20))
	}
	name := "covey-apibench"
	if redisURL != "" {
		name += "-redis"
	}
	cfgPath := filepath.Join(r.cache, name+".toml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		return nil, "", err
	}
	return r.serve(ctx, cfgPath, addr, name+"-serve.log", "{ status { chainId } }")
}

// serve starts `covey serve` with cfgPath on addr, its output in the cache's logName, and waits until
// it answers probe without errors (60 s at most): both GraphQL sections measure a server that is up.
func (r *runner) serve(ctx context.Context, cfgPath, addr, logName, probe string) (*background, string, error) {
	cmd := r.coveyCmd(context.Background(), "serve", "--config", cfgPath, "--listen", addr)
	logf, err := os.Create(filepath.Join(r.cache, logName))
	if err != nil {
		return nil, "", err
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	b := &background{cmd: cmd}
	url := "http://" + addr + "/graphql"
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		res, err := load.Run(ctx, load.Options{URL: url, Queries: []load.Query{{Name: "probe", Query: probe}}, Concurrency: 1, Duration: 50 * time.Millisecond, Warmup: time.Nanosecond})
		if err == nil && res.Requests > 0 && res.Errors == 0 {
			return b, url, nil
		}
		time.Sleep(200 * time.Millisecond)
	}
	b.stop()
	return nil, "", fmt.Errorf("covey serve did not answer on %s; see %s", url, logf.Name())
}

// startRedis runs a private redis-server (no persistence) on a free port, so the section's cache
// sees no other process's keys or invalidations.
func (r *runner) startRedis(ctx context.Context) (*background, string, error) {
	port, err := workload.FreePort()
	if err != nil {
		return nil, "", err
	}
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		return nil, "", fmt.Errorf("the Redis rows need redis-server on PATH: %w", err)
	}
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	b := &background{cmd: cmd}
	u := fmt.Sprintf("redis://127.0.0.1:%d/0", port)
	for i := 0; i < 100 && ctx.Err() == nil; i++ {
		if c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), time.Second); err == nil {
			c.Close()
			return b, u, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.stop()
	return nil, "", fmt.Errorf("redis-server did not listen on %d", port)
}

// loadAvg is the 1-minute load average (/proc/loadavg), "unknown" where it cannot be read.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "unknown"
	}
	return f[0]
}
