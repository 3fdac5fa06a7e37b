package graphql

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/notify"
	"github.com/covey-labs/covey/internal/pgtest"
)

// replicaPool is the API's read-only pool on a replica URL.
func replicaPool(t testing.TB, url string) *pgxpool.Pool {
	t.Helper()
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	ConfigurePool(cfg, 10*time.Second)
	p, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

func primaryPool(t testing.TB, url string) *pgxpool.Pool {
	t.Helper()
	p, err := pgxpool.New(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

// answer is one HTTP GraphQL answer.
type answer struct {
	status int
	header http.Header
	body   map[string]any
	raw    string
}

func (e *testEnv) postWith(t testing.TB, query string, vars map[string]any, header map[string]string) answer {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	a := answer{status: resp.StatusCode, header: resp.Header, raw: string(raw)}
	if err := json.Unmarshal(raw, &a.body); err != nil {
		t.Fatalf("answer %q: %v", raw, err)
	}
	return a
}

const claimEpochQuery = `query($a: Address!) { claim(account: $a) { epoch acceptedCumulativeAmount proof } }`

// claimEpoch is the accepted epoch a claim answer reflects, or -1 when the answer is an error.
func (a answer) claimEpoch(t testing.TB) int {
	t.Helper()
	if errs, ok := a.body["errors"]; ok {
		if a.status != http.StatusServiceUnavailable || !strings.Contains(a.raw, CodeReplicaBehind) || a.header.Get("Retry-After") == "" {
			t.Fatalf("claim: %d %v", a.status, errs)
		}
		return -1
	}
	return int(a.body["data"].(map[string]any)["claim"].(map[string]any)["epoch"].(float64))
}

// acceptEpoch2 accepts epoch 2's root on the primary (block 11) and moves the head there with a
// NOTIFY, as the indexer does.
func acceptEpoch2(t testing.TB, primary *pgxpool.Pool) {
	t.Helper()
	f := &fixture{t: t, pool: primary}
	root2, _ := tree3(epoch2Leaves)
	f.ev("ev_root_accepted", 11, 0, distrib, "epoch", "2", "root", root2.Hex(), "total_cumulative", sum(epoch2Leaves).String(), "manifest_hash", root2.Hex())
	commitHead(t, primary, 11)
}

// claimBlock is the block alice's claim says it reflects (Claim.block), through a plan.
func claimBlock(t testing.TB, env *testEnv) any {
	t.Helper()
	a := env.postWith(t, `query($a: Address!) { claim(account: $a) { block } }`, map[string]any{"a": alice}, nil)
	return a.body["data"].(map[string]any)["claim"].(map[string]any)["block"]
}

func primaryLSN(t testing.TB, pool *pgxpool.Pool) string {
	t.Helper()
	var s string
	if err := pool.QueryRow(context.Background(), "SELECT pg_current_wal_insert_lsn()::text").Scan(&s); err != nil {
		t.Fatal(err)
	}
	return s
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 30 s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (e *testEnv) readyz(t testing.TB) (int, string) {
	t.Helper()
	resp, err := http.Get(e.http.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestReplicaLagReadinessAndNotifications: the API reads a streaming replica whose replay is paused
// while the primary accepts epoch 2 and moves the head. Status reports the lag, /readyz fails past
// max_replica_lag, a client watermark the replica has not reached is refused (503 REPLICA_BEHIND),
// the head subscription announces nothing the replica has not replayed, and once replay resumes
// the head is announced and the claim read right after it reflects epoch 2.
// Notifications come from Postgres (LISTEN on the primary) or from Redis (published after the commit,
// as the indexer does): both are held the same way.
func TestReplicaLagReadinessAndNotifications(t *testing.T) {
	t.Run("postgres", func(t *testing.T) { replicaLagReadinessAndNotifications(t, false) })
	t.Run("redis", func(t *testing.T) { replicaLagReadinessAndNotifications(t, true) })
}

func replicaLagReadinessAndNotifications(t *testing.T, withRedis bool) {
	rp := pgtest.NewReplicated(t)
	primary := primaryPool(t, rp.PrimaryURL)
	seed(t, primary)
	rp.WaitReplayed(t, rp.Replica)
	opts := Options{Primary: primary, MaxReplicaLag: time.Second, ReplicaWait: 300 * time.Millisecond}
	var publisher notify.Publisher
	if withRedis {
		rdb, prefix := testRedis(t)
		opts.Redis, opts.RedisPrefix = rdb, prefix
		publisher = notify.Redis{Client: rdb, Prefix: prefix}
	}
	env := startEnv(t, replicaPool(t, rp.ReplicaURL), nil, opts)
	waitFor(t, "ready", func() bool { s, _ := env.readyz(t); return s == http.StatusOK })
	if !withRedis {
		waitListening(t, env)
	}

	a := env.postWith(t, claimEpochQuery, map[string]any{"a": alice}, nil)
	if a.claimEpoch(t) != 1 || a.header.Get(lsnHeader) == "" {
		t.Fatalf("before: %s %v", a.raw, a.header)
	}
	// Two subscribers: a read that times out closes its WebSocket, so one watches for an early
	// announcement and the other for the one after replay.
	ws, later := dialWS(t, env), dialWS(t, env)
	ws.subscribe("h", `subscription { head { block } }`, nil)
	later.subscribe("h", `subscription { head { block } }`, nil)
	time.Sleep(200 * time.Millisecond) // the subscriptions are registered

	pgtest.PauseReplay(t, rp.Replica)
	acceptEpoch2(t, primary)
	if publisher != nil {
		ev := notify.HeadEvent{ChainID: testChain, Block: 11, Hash: blockHash(11), Time: uint64(blockTime(11))}
		if err := publisher.Publish(context.Background(), notify.Head, testChain, ev.Payload()); err != nil {
			t.Fatal(err)
		}
	}
	target := primaryLSN(t, primary)
	if m, err := ws.tryRead(1500 * time.Millisecond); err == nil {
		t.Fatalf("a head the replica has not replayed was announced: %+v", m)
	}
	waitFor(t, "readyz failing on lag", func() bool { s, _ := env.readyz(t); return s == http.StatusServiceUnavailable })
	if _, body := env.readyz(t); !strings.Contains(body, "replica lagging") {
		t.Fatalf("readyz: %q", body)
	}
	st := env.data(t, `{ status { replication { replayLsn primaryLsn primaryReachable lagBytes lagSeconds paused inRecovery } } }`, nil)
	rep := st["status"].(map[string]any)["replication"].(map[string]any)
	if rep["paused"] != true || rep["lagBytes"] == "0" || rep["lagSeconds"].(float64) < 1 || rep["primaryReachable"] != true || rep["inRecovery"] != true {
		t.Fatalf("status.replication while paused: %v", rep)
	}
	// A client that saw the primary's position (or any answer past the replica's) is refused, not
	// served epoch 1; without a watermark the answer is the replica's consistent past.
	if e := env.postWith(t, claimEpochQuery, map[string]any{"a": alice}, map[string]string{minLSNHeader: target}).claimEpoch(t); e != -1 {
		t.Fatalf("a watermark the replica has not reached was answered from epoch %d", e)
	}
	if e := env.postWith(t, claimEpochQuery, map[string]any{"a": alice}, nil).claimEpoch(t); e != 1 {
		t.Fatalf("paused replica answered epoch %d", e)
	}
	if b := claimBlock(t, env); b != float64(10) {
		t.Fatalf("paused replica's claim reflects block %v, want 10", b)
	}
	if bad := env.postWith(t, claimEpochQuery, map[string]any{"a": alice}, map[string]string{minLSNHeader: "yesterday"}); bad.status != http.StatusBadRequest {
		t.Fatalf("bad watermark: %d %s", bad.status, bad.raw)
	}

	pgtest.ResumeReplay(t, rp.Replica)
	if d := later.nextData("h")["head"].(map[string]any); d["block"].(float64) != 11 {
		t.Fatalf("head %v", d)
	}
	// Announced means replayed: the claim read right after the announcement reflects epoch 2.
	if e := env.postWith(t, claimEpochQuery, map[string]any{"a": alice}, nil).claimEpoch(t); e != 2 {
		t.Fatalf("after the head was announced the replica answered epoch %d", e)
	}
	if e := env.postWith(t, claimEpochQuery, map[string]any{"a": alice}, map[string]string{minLSNHeader: target}).claimEpoch(t); e != 2 {
		t.Fatalf("with the watermark, after replay: epoch %d", e)
	}
	if b := claimBlock(t, env); b != float64(11) {
		t.Fatalf("the replayed claim reflects block %v, want 11", b)
	}
	waitFor(t, "readyz passing again", func() bool { s, _ := env.readyz(t); return s == http.StatusOK })
}

// TestReplicaMonotonicReads: one API process whose read URL reaches two replicas (as behind a
// balancer: each new connection goes to the other one), one of them paused behind epoch 2's
// acceptance. Once the process has answered from epoch 2, no later answer is epoch 1's: a
// connection to the paused replica is refused (REPLICA_BEHIND) instead. A client watermark
// (X-Covey-Lsn sent back as X-Covey-Min-Lsn) holds the same across processes.
func TestReplicaMonotonicReads(t *testing.T) {
	rp := pgtest.NewReplicated(t)
	primary := primaryPool(t, rp.PrimaryURL)
	seed(t, primary)
	slow, slowURL := rp.AddReplica(t)
	rp.WaitReplayed(t, rp.Replica)
	rp.WaitReplayed(t, slow)
	pgtest.PauseReplay(t, slow)
	acceptEpoch2(t, primary)
	rp.WaitReplayed(t, rp.Replica)

	// Both replicas behind one pool: connections alternate between them.
	cfg, err := pgxpool.ParseConfig(rp.ReplicaURL)
	if err != nil {
		t.Fatal(err)
	}
	ConfigurePool(cfg, 10*time.Second)
	slowCfg, err := pgx.ParseConfig(slowURL)
	if err != nil {
		t.Fatal(err)
	}
	var dials atomic.Int64
	cfg.BeforeConnect = func(_ context.Context, c *pgx.ConnConfig) error {
		if dials.Add(1)%2 == 0 {
			c.Host, c.Port = slowCfg.Host, slowCfg.Port
		}
		return nil
	}
	mixed, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mixed.Close)
	env := startEnv(t, mixed, nil, Options{Primary: primary, ReplicaWait: 100 * time.Millisecond})

	seen2, refused := false, 0
	var watermark string
	for i := 0; i < 40; i++ {
		mixed.Reset() // the next request opens a new connection, to the other replica
		a := env.postWith(t, claimEpochQuery, map[string]any{"a": alice}, nil)
		switch e := a.claimEpoch(t); {
		case e == 2:
			seen2, watermark = true, a.header.Get(lsnHeader)
		case e == -1:
			refused++
		case seen2:
			t.Fatalf("request %d: answered epoch %d after this process had answered epoch 2", i, e)
		}
	}
	if !seen2 || refused == 0 {
		t.Fatalf("epoch 2 seen %v, %d refusals: the requests did not reach both replicas", seen2, refused)
	}

	// Another process reading only the paused replica: a fresh process has served nothing, so
	// only the client's watermark holds it to what the client saw.
	other := startEnv(t, replicaPool(t, slowURL), nil, Options{Primary: primary, ReplicaWait: 100 * time.Millisecond})
	if e := other.postWith(t, claimEpochQuery, map[string]any{"a": alice}, nil).claimEpoch(t); e != 1 {
		t.Fatalf("the paused replica answered epoch %d", e)
	}
	if e := other.postWith(t, claimEpochQuery, map[string]any{"a": alice}, map[string]string{minLSNHeader: watermark}).claimEpoch(t); e != -1 {
		t.Fatalf("with the client's watermark %s the paused replica answered epoch %d", watermark, e)
	}
	pgtest.ResumeReplay(t, slow)
	waitFor(t, "the watermark answered once replayed", func() bool {
		return other.postWith(t, claimEpochQuery, map[string]any{"a": alice}, map[string]string{minLSNHeader: watermark}).claimEpoch(t) == 2
	})
}

// claimChecker runs claims for alice in a loop and checks every answer: epoch 1 or 2, its proof
// verifying against that epoch's root for alice's amount in it, and never epoch 1 once an answer
// from epoch 2 had been received before the request was sent (monotonic reads within the process).
type claimChecker struct {
	env               *testEnv
	answered, refused atomic.Int64
	failed            atomic.Int64
	seen2             atomic.Int64 // unix ns when an epoch-2 answer was first received
	wrong             chan string
	roots             map[int]common.Hash
	amounts           map[int]*big.Int
}

func newClaimChecker(env *testEnv) *claimChecker {
	root1, _ := tree3(epoch1Leaves)
	root2, _ := tree3(epoch2Leaves)
	return &claimChecker{env: env, wrong: make(chan string, 16),
		roots: map[int]common.Hash{1: root1, 2: root2}, amounts: map[int]*big.Int{1: epoch1Leaves[0].amount, 2: epoch2Leaves[0].amount}}
}

func (c *claimChecker) run(ctx context.Context) {
	body, _ := json.Marshal(map[string]any{"query": `query($a: Address!) { claim(account: $a) { epoch root acceptedCumulativeAmount proof } }`,
		"variables": map[string]any{"a": alice}})
	for ctx.Err() == nil {
		sent := time.Now().UnixNano()
		resp, err := http.Post(c.env.http.URL+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			c.failed.Add(1)
			continue
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		c.check(sent, resp.StatusCode, raw)
	}
}

func (c *claimChecker) check(sent int64, status int, raw []byte) {
	var r struct {
		Data *struct {
			Claim struct {
				Epoch                    *int
				Root                     common.Hash
				AcceptedCumulativeAmount string
				Proof                    []common.Hash
			}
		}
		Errors []struct{ Extensions struct{ Code string } }
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		c.report(fmt.Sprintf("%d %s", status, raw))
		return
	}
	if len(r.Errors) > 0 {
		if r.Errors[0].Extensions.Code == CodeReplicaBehind {
			c.refused.Add(1)
		} else {
			c.failed.Add(1) // the replica stopped: INTERNAL, never data
		}
		return
	}
	cl := r.Data.Claim
	if cl.Epoch == nil || c.roots[*cl.Epoch] != cl.Root || cl.AcceptedCumulativeAmount != c.amounts[*cl.Epoch].String() ||
		!verifyProof(cl.Proof, cl.Root, leafHash(alice, c.amounts[*cl.Epoch])) {
		c.report(fmt.Sprintf("a wrong claim: %s", raw))
		return
	}
	if *cl.Epoch == 1 {
		if s := c.seen2.Load(); s != 0 && s < sent {
			c.report("epoch 1 answered after epoch 2 had been")
		}
	} else {
		c.seen2.CompareAndSwap(0, time.Now().UnixNano())
	}
	c.answered.Add(1)
}

func (c *claimChecker) report(s string) {
	select {
	case c.wrong <- s:
	default:
	}
}

// TestReplicaRestartAndPromotionUnderLoad: four clients claim continuously while the primary
// accepts epoch 2, the replica is stopped and started again, and then promoted. Every answer is
// right (epoch 1 or 2, a proof that verifies, never epoch 1 after epoch 2), the outage shows as
// errors, not wrong data, and the API serves and is ready on the promoted server afterwards.
func TestReplicaRestartAndPromotionUnderLoad(t *testing.T) {
	rp := pgtest.NewReplicated(t)
	primary := primaryPool(t, rp.PrimaryURL)
	seed(t, primary)
	rp.WaitReplayed(t, rp.Replica)
	env := startEnv(t, replicaPool(t, rp.ReplicaURL), nil, Options{Primary: primary, MaxReplicaLag: 5 * time.Second})
	waitFor(t, "ready", func() bool { s, _ := env.readyz(t); return s == http.StatusOK })

	chk := newClaimChecker(env)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { chk.run(ctx) })
	}
	defer func() { cancel(); wg.Wait() }()
	time.Sleep(300 * time.Millisecond)
	acceptEpoch2(t, primary)
	waitFor(t, "an epoch-2 answer", func() bool { return chk.seen2.Load() != 0 })

	replica := rp.RestartReplica(t, rp.Replica)
	waitFor(t, "ready after the restart", func() bool { s, _ := env.readyz(t); return s == http.StatusOK })
	afterRestart := chk.answered.Load()
	waitFor(t, "answers after the restart", func() bool { return chk.answered.Load() > afterRestart+20 })

	pgtest.Promote(t, replica)
	waitFor(t, "status on the promoted server", func() bool {
		st := env.data(t, `{ status { replication { inRecovery lagBytes } } }`, nil)
		rep, _ := st["status"].(map[string]any)["replication"].(map[string]any)
		return rep != nil && rep["inRecovery"] == false
	})
	afterPromotion := chk.answered.Load()
	waitFor(t, "answers after the promotion", func() bool { return chk.answered.Load() > afterPromotion+20 })
	if s, body := env.readyz(t); s != http.StatusOK {
		t.Fatalf("readyz on the promoted server: %d %s", s, body)
	}
	cancel()
	wg.Wait()
	select {
	case w := <-chk.wrong:
		t.Fatal(w)
	default:
	}
	t.Logf("%d answers, %d REPLICA_BEHIND, %d failed during the restart", chk.answered.Load(), chk.refused.Load(), chk.failed.Load())
}
