package graphql

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/internal/notify"
)

// testRedis connects to REDIS_URL and returns a client and a random key prefix for the test.
func testRedis(t testing.TB) (*redis.Client, string) {
	t.Helper()
	u := os.Getenv("REDIS_URL")
	if u == "" {
		u = "redis://127.0.0.1:6379/0"
	}
	opt, err := redis.ParseURL(u)
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		t.Fatalf("redis at %s: %v", u, err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	prefix := "covey-test-" + hex.EncodeToString(b) + ":"
	t.Cleanup(func() {
		ctx := context.Background()
		keys, _ := rdb.Keys(ctx, prefix+"*").Result()
		if len(keys) > 0 {
			rdb.Del(ctx, keys...)
		}
		rdb.Close()
	})
	return rdb, prefix
}

type wsClient struct {
	t testing.TB
	c *websocket.Conn
}

// dialWS opens a graphql-transport-ws connection and initialises it.
func dialWS(t testing.TB, env *testEnv) *wsClient {
	t.Helper()
	w := dialRaw(t, env)
	w.send(wsMessage{Type: "connection_init"})
	if m := w.read(); m.Type != "connection_ack" {
		t.Fatalf("expected connection_ack, got %+v", m)
	}
	return w
}

// dialRaw opens a WebSocket with the graphql-transport-ws subprotocol and sends nothing.
func dialRaw(t testing.TB, env *testEnv) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(ctx, strings.Replace(env.http.URL, "http", "ws", 1)+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{wsProtocol}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(websocket.StatusNormalClosure, "") })
	return &wsClient{t: t, c: c}
}

func (w *wsClient) send(m wsMessage) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := wsjson.Write(ctx, w.c, m); err != nil {
		w.t.Fatal(err)
	}
}

func (w *wsClient) read() wsMessage {
	w.t.Helper()
	m, err := w.tryRead(10 * time.Second)
	if err != nil {
		w.t.Fatal(err)
	}
	return m
}

func (w *wsClient) tryRead(d time.Duration) (wsMessage, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var m wsMessage
	err := wsjson.Read(ctx, w.c, &m)
	return m, err
}

func (w *wsClient) subscribe(id, query string, vars map[string]any) {
	w.t.Helper()
	p, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	w.send(wsMessage{ID: id, Type: "subscribe", Payload: p})
}

// message reads until a message for id.
func (w *wsClient) message(id string) wsMessage {
	w.t.Helper()
	for {
		if m := w.read(); m.ID == id {
			return m
		}
	}
}

// nextData reads until a `next` for id and returns its data.
func (w *wsClient) nextData(id string) map[string]any {
	w.t.Helper()
	m := w.message(id)
	if m.Type != "next" {
		w.t.Fatalf("expected next for %s, got %s %s", id, m.Type, m.Payload)
	}
	var r struct {
		Data   map[string]any `json:"data"`
		Errors []any          `json:"errors"`
	}
	_ = json.Unmarshal(m.Payload, &r)
	if r.Errors != nil {
		w.t.Fatalf("errors: %v", r.Errors)
	}
	return r.Data
}

// TestSubscriptionAcrossInstances: a client on server A sees a head published through Redis by
// another client and by server B.
func TestSubscriptionAcrossInstances(t *testing.T) {
	rdb, prefix := testRedis(t)
	a := newEnv(t, Options{Redis: rdb, RedisPrefix: prefix})
	b := startEnv(t, a.pool, a.queries, Options{Redis: rdb, RedisPrefix: prefix})
	ws := dialWS(t, a)
	ws.subscribe("h", `subscription { head { chainId block hash time } }`, nil)

	// Another process publishes on the indexer's channel until the subscription is live.
	publisher, _ := testRedis(t)
	payload := fmt.Sprintf(`{"chain_id":%d,"block":11,"hash":"%s","time":%d}`, testChain, blockHash(11), blockTime(11))
	got := make(chan map[string]any, 1)
	go func() {
		for {
			m, err := ws.tryRead(10 * time.Second)
			if err != nil {
				close(got)
				return
			}
			if m.ID == "h" && m.Type == "next" {
				var r struct{ Data map[string]any }
				_ = json.Unmarshal(m.Payload, &r)
				got <- r.Data
				return
			}
		}
	}()
	var data map[string]any
	deadline := time.After(10 * time.Second)
loop:
	for {
		publisher.Publish(context.Background(), prefix+"head:31337", payload)
		select {
		case data = <-got:
			break loop
		case <-time.After(100 * time.Millisecond):
		case <-deadline:
			t.Fatal("no head arrived")
		}
	}
	h := data["head"].(map[string]any)
	if h["block"].(float64) != 11 || h["hash"] != blockHash(11) || h["time"].(float64) != float64(blockTime(11)) {
		t.Fatalf("head %v", h)
	}
	// Server B publishes; A's subscriber sees it.
	if err := b.srv.PublishHead(context.Background(), 12, blockHash(12), blockTime(12)); err != nil {
		t.Fatal(err)
	}
	if d := ws.nextData("h"); d["head"].(map[string]any)["block"].(float64) != 12 {
		t.Fatalf("head from B: %v", d)
	}
	// Completing stops it: the next head is not delivered on "h".
	ws.send(wsMessage{ID: "h", Type: "complete"})
	ws.subscribe("e", `subscription { epochSettled { epoch root details { number status } } }`, nil)
	time.Sleep(200 * time.Millisecond)
	_ = b.srv.PublishHead(context.Background(), 13, blockHash(13), blockTime(13))
	root := "0x" + strings.Repeat("ab", 32)
	// The subscription may not be registered yet: publish until the notice arrives. One read with one
	// deadline: a websocket read whose context expires closes the connection.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			_ = b.srv.PublishEpoch(context.Background(), 2, root)
			select {
			case <-stop:
				return
			case <-time.After(300 * time.Millisecond):
			}
		}
	}()
	until := time.Now().Add(10 * time.Second)
	for time.Now().Before(until) {
		m, err := ws.tryRead(time.Until(until))
		if err != nil {
			break
		}
		if m.ID == "h" && m.Type == "next" {
			t.Fatal("completed subscription still delivers")
		}
		if m.ID == "e" {
			var r struct{ Data map[string]any }
			_ = json.Unmarshal(m.Payload, &r)
			e := r.Data["epochSettled"].(map[string]any)
			if e["epoch"].(float64) != 2 || e["root"] != root || e["details"].(map[string]any)["number"].(float64) != 2 {
				t.Fatalf("epoch notice %v", e)
			}
			return
		}
	}
	t.Fatal("no epoch notice arrived")
}

// TestClaimableSubscription: the claim is sent at once, then again when a head changes it.
func TestClaimableSubscription(t *testing.T) {
	env := newEnv(t, Options{}) // in-memory broker
	ws := dialWS(t, env)
	ws.subscribe("c", `subscription($a: Address!) { claimable(account: $a) { claimable claimed } }`, map[string]any{"a": alice})
	d := ws.nextData("c")["claimable"].(map[string]any)
	if d["claimable"] != "100000000000000000000000000000" {
		t.Fatalf("initial claim %v", d)
	}
	if _, err := env.pool.Exec(context.Background(), `UPDATE claimed_total SET amount = $2 WHERE account = $1`, alice, epoch1Leaves[0].amount.String()); err != nil {
		t.Fatal(err)
	}
	_ = env.srv.PublishHead(context.Background(), 11, blockHash(11), blockTime(11))
	d = ws.nextData("c")["claimable"].(map[string]any)
	if d["claimable"] != "0" || d["claimed"] != epoch1Leaves[0].amount.String() {
		t.Fatalf("after claim %v", d)
	}
	// A query over the socket answers once and completes; invalid documents get an error message.
	ws.subscribe("q", `{ status { chainId } }`, nil)
	if d := ws.nextData("q"); d["status"].(map[string]any)["chainId"].(float64) != testChain {
		t.Fatalf("query over ws %v", d)
	}
	if m := ws.read(); m.ID != "q" || m.Type != "complete" {
		t.Fatalf("expected complete, got %+v", m)
	}
	ws.subscribe("bad", `subscription { head { nope } }`, nil)
	for {
		m := ws.read()
		if m.ID == "bad" {
			if m.Type != "error" || !strings.Contains(string(m.Payload), CodeValidationFailed) {
				t.Fatalf("expected error, got %+v %s", m, m.Payload)
			}
			break
		}
	}
}

// TestHeadsWithoutRedis (issue 18 item 7): without Redis, a head the indexer commits (cursor and
// NOTIFY in one transaction, as indexer/store.go does) reaches a subscriber through Postgres LISTEN,
// and the server's pool runs no query meanwhile: nothing polls (the old fallback read the cursor every
// 2 s, and a head reached subscribers only through those reads). BenchmarkHeadDeliveryWithoutRedis
// measures how soon it arrives.
func TestHeadsWithoutRedis(t *testing.T) {
	env := newEnv(t, Options{})
	var reads atomic.Int64
	pc := env.pool.Config()
	pc.ConnConfig.Tracer = readCounter{&reads}
	counted, err := pgxpool.NewWithConfig(context.Background(), pc)
	if err != nil {
		t.Fatal(err)
	}
	defer counted.Close()
	srv, err := NewServer(counted, Options{ChainID: testChain, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	ws := dialWS(t, env)
	ws.subscribe("h", `subscription { head { block hash } }`, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	heads := srv.broker.Subscribe(ctx, notify.Head, testChain)
	waitListening(t, env)
	waitListening(t, &testEnv{srv: srv})
	before := reads.Load()
	commitHead(t, env.pool, 11)
	if d := ws.nextData("h")["head"].(map[string]any); d["block"].(float64) != 11 || d["hash"] != blockHash(11) {
		t.Fatalf("head %v", d)
	}
	select {
	case <-heads:
	case <-time.After(30 * time.Second):
		t.Fatal("the second server never heard the head")
	}
	if n := reads.Load() - before; n != 0 {
		t.Fatalf("the server ran %d queries on its pool while the head travelled: it polls", n)
	}
}

// readCounter counts every query of the connections it traces.
type readCounter struct{ n *atomic.Int64 }

func (r readCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	r.n.Add(1)
	return ctx
}

func (r readCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// commitHead moves the cursor to block n and NOTIFYs it in the same transaction, as the indexer does.
func commitHead(t testing.TB, pool interface {
	Begin(context.Context) (pgx.Tx, error)
}, n int64) {
	t.Helper()
	ctx := context.Background()
	tx, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `INSERT INTO blocks (chain_id, number, hash, parent_hash, time, finality) VALUES ($1, $2, $3, $4, $5, 'unsafe')
		ON CONFLICT DO NOTHING`, testChain, n, blockHash(n), blockHash(n-1), blockTime(n)); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `UPDATE cursors SET block_number = $1, block_hash = $2`, n, blockHash(n)); err != nil {
		t.Fatal(err)
	}
	ev := notify.HeadEvent{ChainID: testChain, Block: uint64(n), Hash: blockHash(n), Time: uint64(blockTime(n))}
	if err := notify.Notify(ctx, tx, notify.Head, ev.Payload()); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

// waitListening waits until the server's Postgres listener listens (its first catch-up read ran).
func waitListening(t testing.TB, env *testEnv) {
	t.Helper()
	select {
	case <-env.srv.listening:
	case <-time.After(30 * time.Second):
		t.Fatal("the server never listened on Postgres")
	}
}

func TestWSProtocolErrors(t *testing.T) {
	env := newEnv(t, Options{})
	ctx := context.Background()
	c, _, err := websocket.Dial(ctx, strings.Replace(env.http.URL, "http", "ws", 1)+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{wsProtocol}})
	if err != nil {
		t.Fatal(err)
	}
	_ = wsjson.Write(ctx, c, wsMessage{ID: "1", Type: "subscribe", Payload: json.RawMessage(`{"query":"subscription { head { block } }"}`)})
	var m wsMessage
	err = wsjson.Read(ctx, c, &m)
	if websocket.CloseStatus(err) != 4401 {
		t.Fatalf("subscribe before init: %v", err)
	}
	w := dialWS(t, env)
	w.subscribe("x", `subscription { head { block } }`, nil)
	w.subscribe("x", `subscription { head { block } }`, nil)
	_, err = w.tryRead(5 * time.Second)
	if websocket.CloseStatus(err) != 4409 {
		t.Fatalf("duplicate id: %v", err)
	}
}

// getCached posts a query and returns the X-Cache header and data.
func (e *testEnv) getCached(t testing.TB, query string) (string, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	resp, err := http.Post(e.http.URL+"/graphql", "application/json", strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	if out["errors"] != nil {
		t.Fatalf("errors: %v", out["errors"])
	}
	return resp.Header.Get("X-Cache"), out["data"].(map[string]any)
}

func TestCacheInvalidatedByHead(t *testing.T) {
	rdb, prefix := testRedis(t)
	env := newEnv(t, Options{Redis: rdb, RedisPrefix: prefix, CacheTTL: time.Minute})
	q := `{ claim(account: "` + alice + `") { claimed } }`
	q2 := `{claim(account:"` + alice + `"){claimed}}` // same query, other spacing: same cache entry
	if st, _ := env.getCached(t, q); st != "MISS" {
		t.Fatalf("first: %s", st)
	}
	st, d := env.getCached(t, q2)
	if st != "HIT" || d["claim"].(map[string]any)["claimed"] != aliceClaimed.String() {
		t.Fatalf("second: %s %v", st, d)
	}
	env.pool.Exec(context.Background(), `UPDATE claimed_total SET amount = 42 WHERE account = $1`, alice)
	if _, d := env.getCached(t, q); d["claim"].(map[string]any)["claimed"] != aliceClaimed.String() {
		t.Fatalf("cached answer changed before any notification: %v", d)
	}
	genBefore, _ := rdb.Get(context.Background(), prefix+"gen:31337").Int()
	_ = env.srv.PublishHead(context.Background(), 11, blockHash(11), blockTime(11))
	for i := 0; ; i++ {
		g, _ := rdb.Get(context.Background(), prefix+"gen:31337").Int()
		if g > genBefore {
			break
		}
		if i > 100 {
			t.Fatal("generation not bumped")
		}
		time.Sleep(20 * time.Millisecond)
	}
	st, d = env.getCached(t, q)
	if st != "MISS" || d["claim"].(map[string]any)["claimed"] != "42" {
		t.Fatalf("after head: %s %v", st, d)
	}
}

// BenchmarkHeadDeliveryWithoutRedis: the time from the indexer's commit of a head (cursor and NOTIFY in
// one transaction) to its arrival at the server's broker, which feeds subscriptions, without Redis
// (before, the database was polled every 2 s: 1 s on average, 2 s at worst).
func BenchmarkHeadDeliveryWithoutRedis(b *testing.B) {
	env := newEnv(b, Options{})
	waitListening(b, env)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	heads := env.srv.broker.Subscribe(ctx, notify.Head, testChain)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		commitHead(b, env.pool, int64(11+i))
		select {
		case <-heads:
		case <-time.After(30 * time.Second):
			b.Fatal("the head never arrived")
		}
	}
}
