package indexer

import (
	"context"
	"io"
	mrand "math/rand/v2"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/covey-labs/covey/internal/pgtest"
)

// tcpProxy relays TCP connections to target and can cut them all (a WebSocket that dies: the fault
// it injects; anvil behind it is real).
type tcpProxy struct {
	l      net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func newTCPProxy(t *testing.T, target string) *tcpProxy {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &tcpProxy{l: l, target: target}
	t.Cleanup(func() { _ = l.Close(); p.cut() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			u, err := net.Dial("tcp", target)
			if err != nil {
				_ = c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, u)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(u, c); _ = u.Close() }()
			go func() { _, _ = io.Copy(c, u); _ = c.Close() }()
		}
	}()
	return p
}

// cut closes every relayed connection.
func (p *tcpProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		_ = c.Close()
	}
	p.conns = nil
}

// TestWebSocketHeads: with chain.ws set and a poll interval far longer than the test, new blocks are
// indexed because newHeads wakes the indexer; after the socket is cut the subscription comes back by
// itself and keeps doing so.
func TestWebSocketHeads(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(41, 42))
	emitRandom(c, r, 20, 3)
	px := newTCPProxy(t, strings.TrimPrefix(c.url, "http://"))
	cfg := testConfig(c)
	cfg.Chain.WS = "ws://" + px.l.Addr().String()
	cfg.Chain.PollInterval.Duration = time.Hour // only a new head can wake the indexer
	pool := pgtest.New(t)
	ix := newTestIndexer(t, cfg, pool)
	running(t, ix)
	waitHead := func(what string) {
		t.Helper()
		want := c.head()
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			var cur int64
			if pool.QueryRow(context.Background(), `SELECT block_number FROM cursors`).Scan(&cur) == nil && uint64(cur) == want {
				return
			}
		}
		t.Fatalf("%s: the cursor never reached block %d (poll interval 1 h: only newHeads can wake the indexer)", what, want)
	}
	waitSubscribed := func(n float64) {
		t.Helper()
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if counterValue(ix.m.wsSubscriptions) >= n {
				return
			}
		}
		t.Fatalf("newHeads subscription %v never established", n)
	}
	waitHead("backfill")
	waitSubscribed(1)
	for i := 0; i < 3; i++ {
		c.emit(c.randomEvent(r))
		waitHead("new block")
	}
	for k := 2; k <= 3; k++ {
		px.cut()
		waitSubscribed(float64(k))
		c.emit(c.randomEvent(r))
		waitHead("new block after the socket was cut")
	}
	diffDumps(t, dump(t, pool), freshDump(t, testConfig(c)))
	if n := counterValue(ix.m.wsHeads); n < 5 {
		t.Errorf("covey_indexer_ws_heads_total = %v, want >= 5", n)
	}
}
