package chaos

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// TestSoak (issue 22's soak; long only, and only when CHAOS_SOAK gives its duration: `make soak` runs
// it for 2 hours): one `covey run` (indexer, settlement scheduler publishing roots, API) with a private
// Redis, at TestLoad's load (CHAOS_LOAD_EVENTS_PER_S protocol events a second from the simulator,
// CHAOS_LOAD_RPS GraphQL requests a second from 32 clients), while its scheduler settles every due
// epoch and publishes (accepts the pending root, proposes the next) every CHAOS_SOAK_SETTLE_MINUTES
// (default 10) minutes. Every CHAOS_SOAK_SAMPLE (default 30s) it samples covey's RSS and goroutines
// (its /metrics), its open fds (/proc), its Postgres connections (pg_stat_activity), Redis' memory and
// clients and every table's pg_total_relation_size, into CHAOS_SOAK_OUT (default soak-results/):
// soak.csv, soak_tables.csv, soak.png, summary.txt and covey.log. Asserted: no series grows without bound (the
// last third against the middle third, judgeSoak), no failed request, no ERROR logged, a graceful stop,
// every proposed root the stored one, and at the end the index equals a fresh one.
func TestSoak(t *testing.T) {
	skipShort(t)
	longOnly(t)
	if os.Getenv("CHAOS_SOAK") == "" {
		t.Skip("soak: set CHAOS_SOAK to its duration (make soak runs CHAOS_SOAK=2h)")
	}
	d := durationEnv(t, "CHAOS_SOAK", 2*time.Hour)
	every := durationEnv(t, "CHAOS_SOAK_SAMPLE", 30*time.Second)
	s := startSoak(t, envInt(t, "CHAOS_SOAK_SETTLE_MINUTES", 10))
	defer s.report()
	s.loop(d, every, envInt(t, "CHAOS_LOAD_EVENTS_PER_S", 50), envInt(t, "CHAOS_LOAD_RPS", 2000))
	s.finish()
}

// soak is the running soak: the devnet, the covey run process, its dependencies and the samples.
type soak struct {
	t        *testing.T
	seed     uint64
	e        *env
	dn       *devnet
	db       *database
	p        *proc
	base     string // the API's base URL
	metrics  string // covey's /metrics
	out      string // the directory of the CSVs, the plot and the summary
	csv      *soakCSV
	probe    *soakProbe
	load     *apiLoad
	pacer    *eventPacer
	logs0    float64
	start    time.Time
	elapsed  time.Duration
	samples  []soakSample
	reported bool
}

// startSoak starts the devnet (2 simulated epochs, indexed), Redis and `covey run` publishing every
// settleEvery minutes, and waits until it follows the chain and its API answers.
func startSoak(t *testing.T, settleEvery int) *soak {
	seed, e, dn, db := devnetWithDatabase(t)
	rd := startRedis(t)
	e.setenv("REDIS_URL", rd.url())
	e.setenv("COVEY_LOG_LEVEL", "warn")
	s := &soak{t: t, seed: seed, e: e, dn: dn, db: db, out: soakOutDir(t)}
	dn.simulate(t, 40, 2, seed)
	cfg := dn.config()
	cfg.Settlement.Publish = true
	cfg.Settlement.Cron = fmt.Sprintf("*/%d * * * *", settleEvery)
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	// Indexed first, so the run starts from a synced index. (On an empty database the scheduler's first
	// tick now only waits for the indexer, logged once at INFO; it logged ERROR before 2026-12-07.)
	e.run("index", "--config", cfgPath, "--until-synced")
	addr, ops := fmt.Sprintf("127.0.0.1:%d", freePort(t)), fmt.Sprintf("127.0.0.1:%d", freePort(t))
	s.p = e.start("run", "--config", cfgPath, "--listen", addr, "--metrics", ops)
	s.base, s.metrics = "http://"+addr, "http://"+ops+"/metrics"
	head := dn.head(t)
	if err := waitFor(3*time.Minute, func() (bool, error) {
		if s.p.exited() {
			return false, fmt.Errorf("covey run exited: %s", lastLines(s.p.output(), 10))
		}
		n, _, ok := cursorOf(t.Context(), db.pool)
		res := gql(s.base+"/graphql", `{ status { chainId } }`, nil)
		return ok && n >= head && res.ok(), fmt.Errorf("indexed %d, head %d; API %v", n, head, res)
	}); err != nil {
		t.Fatalf("covey run did not come up: %v\n%s", err, lastLines(s.p.output(), 10))
	}
	rc := redis.NewClient(&redis.Options{Addr: strings.TrimSuffix(strings.TrimPrefix(rd.url(), "redis://"), "/0")})
	t.Cleanup(func() { _ = rc.Close() })
	s.probe = &soakProbe{pid: s.p.cmd.Process.Pid, dbName: db.name, pool: db.pool, redis: rc}
	var err error
	if s.csv, err = newSoakCSV(s.out); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.csv.close)
	return s
}

// soakOutDir is CHAOS_SOAK_OUT (default soak-results/ at the repository root), created.
func soakOutDir(t *testing.T) string {
	dir := os.Getenv("CHAOS_SOAK_OUT")
	if dir == "" {
		dir = filepath.Join(repoRoot(t), "soak-results")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// loop runs the load for d, sampling every interval, pacing the simulator in between.
func (s *soak) loop(d, every time.Duration, eventsPerS, rps int) {
	t := s.t
	queries := loadQueries(t, s.db.pool, s.dn)
	s.load = startAPILoad(s.base+"/graphql", queries, rps, s.seed)
	s.logs0 = scrapeMetric(t, s.metrics, "covey_indexer_logs_written_total")
	s.pacer = newEventPacer(t, s.dn, s.seed, eventsPerS, s.logs0)
	s.start = time.Now()
	t.Logf("soak for %s, a sample every %s, into %s", fmtDur(d), fmtDur(every), s.out)
	next := s.start
	for time.Since(s.start) < d {
		if time.Now().After(next) {
			s.sample()
			next = next.Add(every)
		}
		m, err := scrapeMetrics(s.metrics) // for pacing only: sample fails the test on a dead covey
		if err != nil {
			time.Sleep(200 * time.Millisecond)
			continue
		}
		s.pacer.step(m["covey_indexer_logs_written_total"])
	}
	s.sample()
	s.load.stop()
	s.elapsed = time.Since(s.start)
}

// sample takes one sample, writes it to the CSV and logs it.
func (s *soak) sample() {
	t := s.t
	at := time.Since(s.start)
	m, err := scrapeMetrics(s.metrics)
	if err != nil || s.p.exited() {
		t.Fatalf("covey run is gone after %s: %v\n%s", fmtDur(at), err, lastLines(s.p.output(), 15))
	}
	x := soakSample{at: at, rssMB: m["process_resident_memory_bytes"] / 1e6, goroutines: m["go_goroutines"],
		events: m["covey_indexer_logs_written_total"] - s.logs0, lag: m["covey_indexer_lag_blocks"],
		epochsSim: float64(s.pacer.epochs), requestsOK: float64(s.load.ok.Load()), requestsFailed: float64(s.load.bad.Load())}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := s.probe.read(ctx, &x); err != nil {
		t.Fatalf("sample at %s: %v", fmtDur(at), err)
	}
	s.samples = append(s.samples, x)
	if err := s.csv.write(&x); err != nil {
		t.Fatalf("writing the samples: %v", err)
	}
	t.Logf("%7s load %4.1f  rss %6.1f MB  goroutines %4.0f  fds %3.0f  pg conns %2.0f  redis %5.2f MB %2.0f clients  tables %7.1f MB  events %7.0f  epochs sim %3.0f settled %3.0f proposed %2.0f accepted %2.0f  requests %8.0f ok %.0f failed  lag %.0f",
		fmtDur(at.Round(time.Second)), x.load1, x.rssMB, x.goroutines, x.fds, x.pgConns, x.redisMB, x.redisClients, x.dbMB,
		x.events, x.epochsSim, x.epochsSettled, x.epochsProposed, x.epochsAccepted, x.requestsOK, x.requestsFailed, x.lag)
}
