package indexer

import (
	"context"
	"encoding/json"
	mrand "math/rand/v2"
	"os/exec"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/internal/notify"
	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/internal/redistest"
)

// privateRedis starts a redis-server on a free port for this test only (it is frozen with SIGSTOP, so
// it must not be anyone else's) and stops it when the test ends.
func privateRedis(t *testing.T) (addr string, cmd *exec.Cmd) {
	t.Helper()
	s := redistest.Start(t, freePort(t), "")
	return s.Addr, s.Cmd
}

// countingNotifier counts Publish calls and forwards them.
type countingNotifier struct {
	notify.Publisher
	mu    sync.Mutex
	calls int
}

func (c *countingNotifier) Publish(ctx context.Context, topic notify.Topic, chain int64, p []byte) error {
	c.mu.Lock()
	c.calls++
	c.mu.Unlock()
	return c.Publisher.Publish(ctx, topic, chain, p)
}

func (c *countingNotifier) count() int { c.mu.Lock(); defer c.mu.Unlock(); return c.calls }

// TestFrozenRedisDoesNotDelayIndexing (F5): with the indexer's Redis frozen (SIGSTOP: connections
// open, nothing answers) a backfill of many small batches commits every batch while the first head
// publication is still stuck — nothing waits for Redis — and once Redis thaws it receives the stuck
// head and then the final one, nothing in between (latest wins), the final one covering every block since
// the stuck one (its From). The client here waits on its
// context only (ContextTimeoutEnabled) and the publisher's timeout is raised to a minute, so the
// stuck call outlives the backfill by construction; the old code called Publish once per commit.
func TestFrozenRedisDoesNotDelayIndexing(t *testing.T) {
	addr, srv := privateRedis(t)
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(7, 11))
	for i := 0; i < 60; i++ {
		c.emit(c.randomEvent(r))
	}
	pool := pgtest.New(t)

	sub := redis.NewClient(&redis.Options{Addr: addr})
	defer sub.Close()
	ps := sub.Subscribe(context.Background(), notify.Channel("", notify.Head, 31337))
	defer ps.Close()
	if _, err := ps.Receive(context.Background()); err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: addr, ContextTimeoutEnabled: true})
	defer rdb.Close()
	if err := rdb.Ping(context.Background()).Err(); err != nil { // connect before the freeze
		t.Fatal(err)
	}
	n := &countingNotifier{Publisher: notify.Redis{Client: rdb}}
	commits := 0
	cfg := testConfig(c)
	cfg.Indexer.InitialRange, cfg.Indexer.MaxRange, cfg.Indexer.Workers = 1, 1, 2
	ix := newTestIndexer(t, cfg, pool, WithNotifier(n), WithTargetLogs(1), withAfterCommit(func(uint64) { commits++ }))
	ix.headPub.timeout = time.Minute

	if err := srv.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	t0 := time.Now()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatalf("indexing with Redis frozen: %v", err)
	}
	took := time.Since(t0)
	calls := n.count()
	cur, err := readCursor(context.Background(), pool, 31337)
	if err != nil || !cur.ok || cur.number != c.head() {
		t.Fatalf("cursor %+v (%v), head %d", cur, err, c.head())
	}
	t.Logf("Redis frozen: %d commits in %s, %d Publish calls started", commits, took.Round(time.Millisecond), calls)
	if commits < 20 {
		t.Fatalf("only %d commits: the test needs many small batches", commits)
	}
	if calls != 1 {
		t.Fatalf("%d Publish calls while Redis was frozen, want exactly 1 (stuck): the commits waited for Redis or published every head", calls)
	}

	if err := srv.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	var got []notify.HeadEvent
	rctx, rcancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer rcancel()
	for len(got) == 0 || got[len(got)-1].Block != cur.number {
		msg, err := ps.ReceiveMessage(rctx)
		if err != nil {
			t.Fatalf("after the thaw, waiting for head %d (got %+v): %v", cur.number, got, err)
		}
		var ev notify.HeadEvent
		if err := json.Unmarshal([]byte(msg.Payload), &ev); err != nil {
			t.Fatal(err)
		}
		got = append(got, ev)
	}
	if len(got) != 2 || got[0].Block >= cur.number || got[1].Hash != hexutil.Encode(cur.hash[:]) {
		t.Fatalf("after the thaw Redis got %+v; want the stuck head, then the final head %d %x", got, cur.number, cur.hash)
	}
	if got[1].From != got[0].Block+1 {
		t.Fatalf("the final head covers from block %d, want %d (the first block after the stuck head): the merged heads' blocks are lost", got[1].From, got[0].Block+1)
	}
	if calls := n.count(); calls != 2 {
		t.Fatalf("%d Publish calls in all, want 2 (the stuck head, the latest)", calls)
	}
}
