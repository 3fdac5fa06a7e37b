package notify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestChannelNames: the names are a contract with running deployments (Redis subscribers of other
// replicas, Postgres listeners): they do not change.
func TestChannelNames(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Channel("", Head, 8453), "covey:head:8453"},
		{Channel("covey:", Epoch, 31337), "covey:epoch:31337"},
		{Channel("staging:", Head, 84532), "staging:head:84532"},
		{Head.PGChannel(), "covey_head"},
		{Epoch.PGChannel(), "covey_epoch"},
		{string(HeadEvent{ChainID: 1, Block: 2, Hash: "0xab", Time: 3}.Payload()), `{"chain_id":1,"block":2,"hash":"0xab","time":3}`},
		{string(EpochEvent{ChainID: 1, Epoch: 0, Root: "0xcd"}.Payload()), `{"chain_id":1,"epoch":0,"root":"0xcd"}`},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
}

// TestBrokerByTopicAndChain: a subscriber hears its topic and chain only, a slow one misses messages
// without holding up the publisher, and its channel closes when its context ends.
func TestBrokerByTopicAndChain(t *testing.T) {
	b := NewBroker()
	ctx, cancel := context.WithCancel(context.Background())
	heads, epochs, other := b.Subscribe(ctx, Head, 1), b.Subscribe(ctx, Epoch, 1), b.Subscribe(ctx, Head, 2)
	_ = b.Publish(ctx, Head, 1, []byte("h1"))
	_ = b.Publish(ctx, Epoch, 1, []byte("e1"))
	if got := string(<-heads); got != "h1" {
		t.Fatalf("head subscriber got %q", got)
	}
	if got := string(<-epochs); got != "e1" {
		t.Fatalf("epoch subscriber got %q", got)
	}
	select {
	case m := <-other:
		t.Fatalf("chain 2 heard chain 1's %q", m)
	default:
	}
	for i := 0; i < 10*subscriberBuffer; i++ { // nobody reads: the publisher must not block
		_ = b.Publish(ctx, Head, 1, []byte("x"))
	}
	cancel()
	n := 0
	for range heads {
		n++
	}
	if n != subscriberBuffer {
		t.Fatalf("a slow subscriber kept %d messages, want its buffer of %d", n, subscriberBuffer)
	}
}

// TestListenPostgres: a head NOTIFY'd in the transaction that commits it reaches the broker (another
// chain's does not); after the listener's connection is killed, it reconnects and announces the head
// that moved while it was not listening, once.
func TestListenPostgres(t *testing.T) {
	url := pgtest.NewURL(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db, err := pgxpool.New(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(ctx, `CREATE TABLE test_heads (chain bigint PRIMARY KEY, block bigint NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	cfg.RuntimeParams["application_name"] = "notify test listener"
	caughtUp := make(chan struct{}, 4)
	latest := func(ctx context.Context, conn *pgx.Conn) (*HeadEvent, *EpochEvent, error) {
		defer func() { caughtUp <- struct{}{} }()
		var block uint64
		err := conn.QueryRow(ctx, `SELECT block FROM test_heads WHERE chain = 7`).Scan(&block)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, nil, nil
		}
		if err != nil {
			return nil, nil, err
		}
		return &HeadEvent{ChainID: 7, Block: block}, nil, nil
	}
	b := NewBroker()
	heads := b.Subscribe(ctx, Head, 7)
	go ListenPostgres(ctx, cfg, 7, b, latest, slog.New(slog.NewTextHandler(io.Discard, nil)))
	wait(t, caughtUp, "the listener's first catch-up")

	commit := func(chain int64, block uint64, notify bool) {
		tx, err := db.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(ctx)
		if _, err := tx.Exec(ctx, `INSERT INTO test_heads VALUES ($1, $2) ON CONFLICT (chain) DO UPDATE SET block = $2`, chain, block); err != nil {
			t.Fatal(err)
		}
		if notify {
			if err := Notify(ctx, tx, Head, HeadEvent{ChainID: chain, Block: block}.Payload()); err != nil {
				t.Fatal(err)
			}
		}
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	commit(8, 100, true) // another chain: filtered out
	commit(7, 5, true)
	if got := block(t, wait(t, heads, "head 5")); got != 5 {
		t.Fatalf("first head: block %d, want 5 (chain 8's head leaked?)", got)
	}

	commit(7, 9, false) // moved without a notification...
	if _, err := db.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'notify test listener'`); err != nil {
		t.Fatal(err)
	}
	wait(t, caughtUp, "the catch-up after the reconnection") // ...and found on reconnecting
	if got := block(t, wait(t, heads, "head 9")); got != 9 {
		t.Fatalf("after the reconnection: block %d, want 9", got)
	}
	commit(7, 10, true)
	if got := block(t, wait(t, heads, "head 10")); got != 10 {
		t.Fatalf("after the catch-up: block %d, want 10 (9 announced twice?)", got)
	}
}

func wait[T any](t *testing.T, c <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-c:
		return v
	case <-time.After(30 * time.Second):
		t.Fatalf("%s never came", what)
	}
	var zero T
	return zero
}

func block(t *testing.T, payload []byte) uint64 {
	t.Helper()
	var h HeadEvent
	if err := json.Unmarshal(payload, &h); err != nil {
		t.Fatal(err)
	}
	return h.Block
}

// TestRedisPublishesInTheDeploymentsNamespace: redis.prefix moves the channel into the deployment's
// namespace, where its API replicas subscribe, and only there.
func TestRedisPublishesInTheDeploymentsNamespace(t *testing.T) {
	url := os.Getenv("REDIS_URL")
	if url == "" {
		url = "redis://127.0.0.1:6379/0"
	}
	opt, err := redis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	ctx := context.Background()
	prefix := fmt.Sprintf("notifytest%d:", time.Now().UnixNano())
	ps := rdb.Subscribe(ctx, prefix+"head:31337", "covey:head:31337")
	defer ps.Close()
	if _, err := ps.Receive(ctx); err != nil {
		t.Fatalf("no Redis at %s: %v", url, err)
	}
	if err := (Redis{Client: rdb, Prefix: prefix}).Publish(ctx, Head, 31337, []byte("1")); err != nil {
		t.Fatal(err)
	}
	m, err := ps.ReceiveMessage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if m.Channel != prefix+"head:31337" {
		t.Fatalf("published on %s, want %shead:31337", m.Channel, prefix)
	}
}
