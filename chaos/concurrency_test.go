package chaos

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/graphql"
	"github.com/covey-labs/covey/settlement"
)

// TestTwoIndexers (scenario 5): two `covey index` processes on one database while the chain produces
// events (and, in the long variant, one of them is killed and restarted now and then). They serialize
// on the chain's advisory lock and the cursor check: no duplicate, no gap — the database equals a
// fresh index.
func TestTwoIndexers(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	c := newEmitterChain(t)
	c.emitBlocks(r, 60)
	e := newEnv(t)
	cfg := c.config()
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	e.setenv("COVEY_LOG_LEVEL", "info")
	procs := []*proc{e.start("index", "--config", cfgPath), e.start("index", "--config", cfgPath)}
	prod := c.produce(seed, 100*time.Millisecond)
	defer prod.halt()
	d := 8 * time.Second
	if long {
		d = 2 * time.Minute
	}
	restarts := 0
	for deadline := time.Now().Add(d); time.Now().Before(deadline); {
		time.Sleep(time.Duration(300+r.IntN(700)) * time.Millisecond)
		for i, p := range procs {
			if p.exited() {
				t.Fatalf("indexer %d exited: %v\n%s", i, p.err, lastLines(p.output(), 15))
			}
		}
		if long && r.IntN(4) == 0 {
			i := r.IntN(2)
			procs[i].kill()
			procs[i] = e.start("index", "--config", cfgPath)
			restarts++
		}
	}
	prod.halt()
	head, hash := c.head()
	if err := waitCursorAt(t, db.pool, head, hash, time.Minute); err != nil {
		t.Fatal(err)
	}
	if diff := diffDumps(dump(t, db.pool, false), newOracle(t, c.config()).index()); diff != "" {
		t.Fatalf("two indexers on one database: the database differs from a fresh index:\n%s", diff)
	}
	moved := 0
	for _, p := range procs {
		moved += countLines(p.output(), "cursor moved")
	}
	t.Logf("%d blocks produced, %d restarts; %d steps retried after the other indexer moved the cursor", prod.sent, restarts, moved)
}

// newScheduler builds one settlement scheduler replica on an environment of its own (its own pools,
// settler, publisher and lock), wired as `covey run` wires its scheduler.
func newScheduler(t testing.TB, dn *devnet, dbURL, redisURL, prefix, name string) *settlement.Scheduler {
	t.Helper()
	ctx := context.Background()
	cfg := config.Devnet(dn.d)
	cfg.Database.URL = dbURL
	cfg.Redis.URL, cfg.Redis.Prefix = redisURL, prefix
	cfg.Chain.PollInterval = config.Duration{Duration: 50 * time.Millisecond}
	cfg.Settlement.ManifestDir = "" // manifests stay in the database
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	env := app.New(cfg, app.Options{Runner: name, Log: quiet})
	t.Cleanup(func() { _ = env.Close() })
	sch, err := env.Scheduler(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := settlement.SignerFromHex(hexutil.Encode(anvilKey(anvil.RootProposerIndex)))
	if err != nil {
		t.Fatal(err)
	}
	if sch.Publisher, err = env.Publisher(ctx, signer); err != nil {
		t.Fatal(err)
	}
	sch.Propose, sch.Accept = true, true
	return sch
}

// TestSchedulersAndAPIs (scenario 5): on a simulated devnet indexed by `covey index`, three settlement
// scheduler replicas tick at the same instant, again and again, while the simulator moves the chain
// epoch by epoch; and ten API handlers share one Redis (cache, invalidation, rate-limit keys) under
// concurrent queries. Every epoch is settled exactly once and proposed at most once, roots on-chain
// equal stored roots, and once everything is quiet every API replica answers exactly what a fresh
// handler without a cache answers. Run once with a Redis lock and once with the Postgres lock.
func TestSchedulersAndAPIs(t *testing.T) {
	skipShort(t)
	for _, withRedis := range []bool{true, false} {
		name := "postgres lock"
		if withRedis {
			name = "redis lock"
		}
		t.Run(name, func(t *testing.T) { schedulersAndAPIs(t, withRedis) })
	}
}

func schedulersAndAPIs(t *testing.T, withRedis bool) {
	seed, e, dn, db := devnetWithDatabase(t)
	var rdb *redis.Client
	var redisURL string
	if withRedis {
		rd := startRedis(t)
		redisURL = rd.url()
		e.setenv("REDIS_URL", redisURL)
		rdb = redis.NewClient(&redis.Options{Addr: strings.TrimSuffix(strings.TrimPrefix(redisURL, "redis://"), "/0")})
		t.Cleanup(func() { _ = rdb.Close() })
	}
	dn.simulate(t, 30, 1, seed)
	ix := e.start("index")
	prefix := fmt.Sprintf("chaos%d:", seed%100000)
	var scheds []*settlement.Scheduler
	for i := 0; i < 3; i++ {
		scheds = append(scheds, newScheduler(t, dn, db.url, redisURL, prefix, fmt.Sprintf("replica-%d", i)))
	}

	// Ten API handlers on one Redis (or none), queried concurrently all along.
	var apis []string
	for i := 0; i < 10; i++ {
		srv, err := graphql.NewServer(db.pool, graphql.Options{ChainID: dn.d.ChainID, Redis: rdb, // default prefix "covey:": the indexer publishes heads on covey:head:<chain>
			CacheTTL: 30 * time.Second, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			t.Fatal(err)
		}
		hs := httptest.NewServer(srv.Handler())
		t.Cleanup(func() { hs.Close(); srv.Close() })
		apis = append(apis, hs.URL+"/graphql")
	}
	accounts := leafAccounts(t, db.pool, dn)
	queries := apiQueries(accounts)
	var apiOK, apiBad atomic.Int64
	var lastBad atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			rr := rand.New(rand.NewPCG(seed, uint64(w)))
			for {
				select {
				case <-stop:
					return
				default:
				}
				res := gql(apis[rr.IntN(len(apis))], queries[rr.IntN(len(queries))], nil)
				if res.ok() {
					apiOK.Add(1)
				} else {
					apiBad.Add(1)
					lastBad.Store(res.String())
				}
				time.Sleep(5 * time.Millisecond)
			}
		}(w)
	}

	epochs := rounds(t, 3, 8)
	locked := 0
	for round := 0; round < epochs; round++ {
		if round > 0 {
			dn.simulate(t, 30, 1, seed+uint64(round))
		}
		head := dn.head(t)
		if err := waitFor(time.Minute, func() (bool, error) {
			n, _, ok := cursorOf(context.Background(), db.pool)
			return ok && n >= head, fmt.Errorf("indexed %d, head %d", n, head)
		}); err != nil {
			t.Fatal(err)
		}
		for burst := 0; burst < 3; burst++ {
			var bwg sync.WaitGroup
			results := make([]*settlement.TickResult, len(scheds))
			errs := make([]error, len(scheds))
			start := make(chan struct{})
			for i, s := range scheds {
				bwg.Add(1)
				go func(i int, s *settlement.Scheduler) {
					defer bwg.Done()
					<-start
					ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
					defer cancel()
					results[i], errs[i] = s.TickOnce(ctx)
				}(i, s)
			}
			close(start)
			bwg.Wait()
			for i := range scheds {
				if errs[i] != nil {
					t.Fatalf("round %d: replica %d: %v", round, i, errs[i])
				}
				if results[i].Locked {
					locked++
				}
			}
		}
		if ix.exited() {
			t.Fatalf("covey index exited: %v\n%s", ix.err, lastLines(ix.output(), 10))
		}
	}
	close(stop)
	wg.Wait()

	// Everything quiet: settle state, chain state and every API replica agree.
	dn.warp(t, 1)
	head := dn.head(t)
	if err := waitFor(time.Minute, func() (bool, error) {
		n, _, ok := cursorOf(context.Background(), db.pool)
		return ok && n >= head, fmt.Errorf("indexed %d, head %d", n, head)
	}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var settled, stored, proposedTwice, mismatched int
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM settlement_epochs`).Scan(&settled)
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM settlement_runs WHERE kind = 'settle' AND status = 'stored'`).Scan(&stored)
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM (SELECT epoch FROM ev_root_proposed GROUP BY epoch HAVING count(*) > 1) x`).Scan(&proposedTwice)
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM ev_root_proposed p JOIN settlement_epochs s ON s.epoch = p.epoch WHERE p.root <> s.root`).Scan(&mismatched)
	if settled < epochs || stored != settled || proposedTwice != 0 || mismatched != 0 {
		t.Fatalf("%d epochs settled (want >= %d), %d stored runs, %d epochs proposed twice, %d proposed roots differ from stored",
			settled, epochs, stored, proposedTwice, mismatched)
	}
	var proposed, accepted int
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM ev_root_proposed`).Scan(&proposed)
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM ev_root_accepted`).Scan(&accepted)

	ref, err := graphql.NewServer(db.pool, graphql.Options{ChainID: dn.d.ChainID, CacheTTL: -1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	refSrv := httptest.NewServer(ref.Handler())
	defer func() { refSrv.Close(); ref.Close() }()
	stale := 0
	for _, q := range queries {
		want := gql(refSrv.URL+"/graphql", q, nil)
		if !want.ok() {
			t.Fatalf("reference handler: %s: %s", q, want)
		}
		for i, api := range apis {
			// A head notification may still be on its way: give the replicas a moment to drop old entries.
			var got gqlResult
			err := waitFor(5*time.Second, func() (bool, error) {
				got = gql(api, q, nil)
				return got.ok() && normalizeNow(got.Data) == normalizeNow(want.Data), nil
			})
			if err != nil {
				stale++
				t.Errorf("API replica %d answers differently from a fresh handler for %s:\n got  %s\n want %s", i, q, trim(string(got.Data)), trim(string(want.Data)))
			}
		}
	}
	bad := apiBad.Load()
	t.Logf("%d rounds: %d epochs settled once each by 3 replicas (%d ticks held the lock), %d roots proposed, %d accepted; API: %d ok, %d failed",
		epochs, settled, locked, proposed, accepted, apiOK.Load(), bad)
	if bad > 0 {
		t.Errorf("%d API requests failed under concurrency; last: %v", bad, lastBad.Load())
	}
}

// anvilKey is a dev account's private key bytes.
func anvilKey(i int) []byte {
	k := anvil.DevAccount(i).Key
	return k.D.FillBytes(make([]byte, 32))
}

// leafAccounts picks accounts with stake (the simulator's users) for API queries.
func leafAccounts(t testing.TB, pool *pgxpool.Pool, dn *devnet) []string {
	t.Helper()
	var out []string
	rows, err := pool.Query(context.Background(), `SELECT DISTINCT account FROM stake_current ORDER BY account LIMIT 5`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var a string
		_ = rows.Scan(&a)
		out = append(out, a)
	}
	if len(out) == 0 {
		out = append(out, strings.ToLower(dn.d.Treasury.Hex()))
	}
	return out
}

// apiQueries is a mix of what a dApp asks: status, accounts with claims, tasks, epochs, runs.
func apiQueries(accounts []string) []string {
	q := []string{
		`{ status { chainId indexed { number hash } lastSettledEpoch acceptedEpoch } }`,
		`{ tasks(first: 20) { edges { node { id } } } }`,
		`{ epochs(first: 10) { edges { node { number root } } } }`,
		`{ settlementRuns(first: 10) { edges { node { epoch status } } } }`,
		`{ submissions(first: 20) { edges { node { id } } } }`,
	}
	for _, a := range accounts {
		q = append(q, fmt.Sprintf(`{ account(address: %q) { address stakes { task role amount } rewardShare { sigmaPpm } claim { settledEpoch cumulativeAmount claimed claimable } } }`, a))
	}
	return q
}

// normalizeNow drops the wall-clock fields (status.now, lagSeconds) from an answer before comparing.
func normalizeNow(b []byte) string {
	s := string(b)
	for _, k := range []string{`"now":`, `"lagSeconds":`} {
		for {
			i := strings.Index(s, k)
			if i < 0 {
				break
			}
			j := i + len(k)
			for j < len(s) && s[j] != ',' && s[j] != '}' {
				j++
			}
			s = s[:i] + s[j:]
		}
	}
	return s
}

// TestSettleWatchReplicas (scenario 5, binary): three `covey settle --watch --publish` processes start
// at the same moment on one database and one (private) Redis; their first ticks race for the lock.
// Each epoch is stored by exactly one of them and proposed once. Then the replica holding the lock
// is killed with -9 mid-tick: the Redis lock outlives it until its TTL, and a one-shot
// `covey settle` is refused with "lock held" until then — measured and reported.
func TestSettleWatchReplicas(t *testing.T) {
	skipShort(t)
	_, seed := newRand(t)
	e := newEnv(t)
	dn := startDevnet(t, e)
	db := newDatabase(t)
	rd := startRedis(t)
	e.setenv("DATABASE_URL", db.url)
	e.setenv("REDIS_URL", rd.url())
	dn.simulate(t, 30, 3, seed)
	e.run("index", "--until-synced")
	var reps []*proc
	for i := 0; i < 3; i++ {
		reps = append(reps, e.start("settle", "--watch", "--publish"))
	}
	ctx := context.Background()
	if err := waitFor(time.Minute, func() (bool, error) {
		var n int
		err := db.pool.QueryRow(ctx, `SELECT count(*) FROM root_publications WHERE status = 'mined'`).Scan(&n)
		return err == nil && n >= 1, err
	}); err != nil {
		t.Fatalf("no replica settled and proposed: %v\n%s", err, lastLines(reps[0].output(), 10))
	}
	time.Sleep(time.Second)
	var stored, epochs, pubs int
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM settlement_runs WHERE kind = 'settle' AND status = 'stored'`).Scan(&stored)
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM settlement_epochs`).Scan(&epochs)
	_ = db.pool.QueryRow(ctx, `SELECT count(*) FROM root_publications WHERE action = 'propose'`).Scan(&pubs)
	if epochs != 3 || stored != 3 || pubs != 1 {
		t.Fatalf("3 replicas: %d epochs, %d stored runs, %d proposals; want 3, 3, 1", epochs, stored, pubs)
	}
	settledBy := 0
	for _, p := range reps {
		if strings.Contains(p.output(), "epoch settled") {
			settledBy++
		}
	}
	t.Logf("3 replicas raced: %d of them settled (3 epochs, 3 stored runs, 1 proposal)", settledBy)
	for _, p := range reps {
		p.kill()
	}

	// A replica killed while holding the Redis lock: how long until another process may settle? (Up to
	// the lock's 60 s TTL: long variant only.)
	if !long {
		return
	}
	dn.simulate(t, 30, 1, seed+1)
	e.run("index", "--until-synced")
	holder := e.start("settle", "--watch", "--publish")
	if err := waitFor(30*time.Second, func() (bool, error) {
		return strings.Contains(holder.output(), "settling chain"), nil
	}); err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: strings.TrimSuffix(strings.TrimPrefix(rd.url(), "redis://"), "/0")})
	defer rdb.Close()
	// Kill it while it holds the lock (the key exists during a tick); a quiet replica does not hold it.
	held := false
	for i := 0; i < 200 && !held; i++ {
		n, _ := rdb.Exists(ctx, settlement.LockName(dn.d.ChainID)).Result()
		held = n == 1
		if !held {
			time.Sleep(5 * time.Millisecond)
		}
	}
	holder.kill()
	if !held {
		t.Logf("the replica had finished its tick before the kill: the lock was already released (nothing to measure)")
		return
	}
	t0 := time.Now()
	refused := 0
	for {
		out, err := e.try("settle", "--all")
		if err == nil {
			break
		}
		if !strings.Contains(out, "lock held") {
			t.Fatalf("covey settle after a killed lock holder: %v\n%s", err, lastLines(out, 5))
		}
		refused++
		if time.Since(t0) > 90*time.Second {
			t.Fatalf("still refused %s after the holder was killed", time.Since(t0))
		}
		time.Sleep(time.Second)
	}
	t.Logf("after kill -9 of the lock holder, `covey settle` was refused %d times for %s (Redis lock TTL 60 s)", refused, fmtDur(time.Since(t0)))
}
