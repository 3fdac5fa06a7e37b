package graphql

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

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
func TestReplicaLagReadinessAndNotifications(t *testing.T) {
	rp := pgtest.NewReplicated(t)
	primary := primaryPool(t, rp.PrimaryURL)
	seed(t, primary)
	rp.WaitReplayed(t, rp.Replica)
	env := startEnv(t, replicaPool(t, rp.ReplicaURL), nil, Options{Primary: primary, MaxReplicaLag: time.Second, ReplicaWait: 300 * time.Millisecond})
	waitFor(t, "ready", func() bool { s, _ := env.readyz(t); return s == http.StatusOK })
	waitListening(t, env)

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
