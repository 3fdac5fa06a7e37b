package chaos

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// wsDial opens a graphql-transport-ws connection to the API as the client X-Forwarded-For names
// (the test's address is a trusted proxy), or as itself when client is "".
func wsDial(ctx context.Context, base, client string) (*websocket.Conn, *http.Response, error) {
	h := http.Header{}
	if client != "" {
		h.Set("X-Forwarded-For", client)
	}
	return websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/graphql", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: h})
}

// wsInit sends connection_init and reads the ack.
func wsInit(ctx context.Context, c *websocket.Conn) error {
	if err := wsjson.Write(ctx, c, map[string]any{"type": "connection_init"}); err != nil {
		return err
	}
	var m struct{ Type string }
	if err := wsjson.Read(ctx, c, &m); err != nil {
		return err
	}
	if m.Type != "connection_ack" {
		return fmt.Errorf("got %q, want connection_ack", m.Type)
	}
	return nil
}

// attackKey is the client address of attacker k: 10.(k/65536).(k/256%256).(k%256).
func attackKey(k int) string { return fmt.Sprintf("10.%d.%d.%d", k/65536, k/256%256, k%256) }

// serverSample is the API process as its metrics and /proc show it.
type serverSample struct {
	goroutines, rssMB, wsConns, subs float64
	fds                              int
}

func sampleServer(t testing.TB, p *proc) serverSample {
	m, err := scrapeMetrics(p.metrics + "/metrics")
	if err != nil {
		t.Logf("scraping the API's metrics: %v", err)
	}
	fds, _ := os.ReadDir(fmt.Sprintf("/proc/%d/fd", p.cmd.Process.Pid))
	return serverSample{m["go_goroutines"], m["process_resident_memory_bytes"] / 1e6, m["covey_graphql_ws_connections"], m["covey_graphql_subscriptions"], len(fds)}
}

// serverSampler samples the API process every interval, with the test's phase, until halted.
type serverSampler struct {
	mu    sync.Mutex
	phase string
	lines []string
	peak  serverSample
	stop  chan struct{}
	done  chan struct{}
}

func sampleEvery(t testing.TB, p *proc, every time.Duration) *serverSampler {
	s := &serverSampler{stop: make(chan struct{}), done: make(chan struct{})}
	t0 := time.Now()
	go func() {
		defer close(s.done)
		for {
			x := sampleServer(t, p)
			s.mu.Lock()
			s.peak.goroutines, s.peak.rssMB = max(s.peak.goroutines, x.goroutines), max(s.peak.rssMB, x.rssMB)
			s.peak.wsConns, s.peak.subs, s.peak.fds = max(s.peak.wsConns, x.wsConns), max(s.peak.subs, x.subs), max(s.peak.fds, x.fds)
			s.lines = append(s.lines, fmt.Sprintf("  %6.1fs %-22s %s", time.Since(t0).Seconds(), s.phase, x))
			s.mu.Unlock()
			select {
			case <-s.stop:
				return
			case <-time.After(every):
			}
		}
	}()
	return s
}

func (s *serverSampler) mark(phase string) { s.mu.Lock(); s.phase = phase; s.mu.Unlock() }

// halt stops sampling and returns the peak of each figure.
func (s *serverSampler) halt() serverSample {
	close(s.stop)
	<-s.done
	return s.peak
}

// timeline is every sample, one a line.
func (s *serverSampler) timeline() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Join(s.lines, "\n")
}

func (s serverSample) String() string {
	return fmt.Sprintf("goroutines %.0f, RSS %.0f MB, open files %d, WebSocket connections %.0f, subscriptions %.0f", s.goroutines, s.rssMB, s.fds, s.wsConns, s.subs)
}

// TestWebSocketFlood (scenario 6, WebSocket): `covey serve` behind a trusted proxy (api.trusted_proxies
// = 127.0.0.1, so X-Forwarded-For names the client) with its per-client limits (16 WebSocket
// connections per client, 16 operations per connection, connection_init within 10 s, a rate limit)
// while it is attacked from many client addresses at once:
//   - idle sockets: every attacking client opens its 16 connections, sends connection_init and then
//     nothing, and holds them; the 17th connection of each client must be refused (HTTP 429);
//   - sockets that never send connection_init, reopened as soon as the server closes them: each must be
//     closed with 4408 within the 10 s the protocol allows (plus slack);
//   - TCP connections that never send a request at all;
//   - subscribers that never read: a head subscription plus a stream of large queries (introspection)
//     on connections whose client never reads a byte, so the server's writes block: the server must
//     drop them (its write timeout) rather than hold them and their answers.
//
// Meanwhile, as other clients, an HTTP client queries the API every 100 ms and a WebSocket client
// follows heads: every query must succeed (latency recorded against a baseline without attack, and
// bounded by the API's own 10 s timeout), and the head subscriber must keep receiving heads. The
// server's goroutines, RSS, open files and WebSocket gauge are sampled: bounded during the attack, and
// back near the baseline once the attackers leave, with the server having closed the non-readers
// itself (their clients never close them). `covey index` runs beside it, and the database equals a
// fresh index at the end.
func TestWebSocketFlood(t *testing.T) {
	skipShort(t)
	r, seed := newRand(t)
	c := newEmitterChain(t)
	c.tame = true
	c.emitBlocks(r, 30)
	e := newEnv(t)
	cfg := c.config()
	cfg.API.TrustedProxies = []string{"127.0.0.1/32"}
	cfg.API.RateLimit = 1200 // per client and minute: the normal client uses 600
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	e.setenv("COVEY_LOG_LEVEL", "warn")
	ix := e.start("index", "--config", cfgPath)
	head, hash := c.head()
	if err := waitCursorAt(t, db.pool, head, hash, time.Minute); err != nil {
		t.Fatal(err)
	}
	api, base := startAPI(t, e, "--config", cfgPath)
	prod := c.produce(seed, 200*time.Millisecond)
	defer prod.halt()

	keys, attack := 20, 10*time.Second // smoke: 320 idle sockets
	if long {
		keys, attack = 200, 50*time.Second // 3,200 idle sockets
	}
	const perClient = 16 // api.ws_max_connections_per_client (default)

	// Baseline: the normal clients alone.
	normal := startNormalClients(t, base)
	time.Sleep(2 * time.Second)
	baseline := normal.phase()
	idleServer := sampleServer(t, api)
	t.Logf("baseline (2 s, no attack): %s; server: %s", baseline, idleServer)

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var wg sync.WaitGroup
	sampler := sampleEvery(t, api, 500*time.Millisecond)
	sampler.mark("opening idle sockets")
	idle := openIdleSockets(t, base, keys, perClient)
	sampler.mark("attack")
	attackStart := time.Now()
	noInit := cycleNoInitSockets(ctx, &wg, base, keys/4+1, perClient)
	raw := holdRawSockets(ctx, &wg, base, 200)
	readersCtx, stopReaders := context.WithTimeout(context.Background(), attack+time.Minute)
	defer stopReaders()
	var readersWG sync.WaitGroup
	readers := startNonReaders(readersCtx, &readersWG, base, 4)
	t.Cleanup(readers.close)
	time.Sleep(attack)
	// The smoke variant's attack is about as long as the 10 s a socket has for connection_init: let the
	// first ones reach it before the attackers leave.
	_ = waitFor(20*time.Second, func() (bool, error) { return noInit.closed.Load()+noInit.badClose.Load() > 0, nil })
	attackLoad, attacked := loadAvg(), time.Since(attackStart)
	during := sampleServer(t, api)
	stats := normal.phase()
	sampler.mark("attackers leave")
	stop()
	wg.Wait()
	idle.close()

	// The attackers are gone but the non-readers, whose clients keep writing and never close: only the
	// server may drop them.
	readersWG.Wait()
	var after serverSample
	settled := waitFor(30*time.Second, func() (bool, error) {
		after = sampleServer(t, api)
		return after.wsConns <= 1 && after.goroutines <= idleServer.goroutines+60, fmt.Errorf("server: %s", after)
	})
	sampler.mark("after")
	time.Sleep(2 * time.Second)
	afterStats := normal.stop()
	peak := sampler.halt()
	prod.halt()

	t.Logf("attack for %s (load average %s): %s; %s; %s; %s", fmtDur(attacked), attackLoad, idle, noInit, raw, readers)
	t.Logf("normal clients during the attack: %s", stats)
	t.Logf("normal clients after: %s", afterStats)
	t.Logf("server: baseline %s; peak %s; at the end of the attack %s; after %s\nsamples:\n%s", idleServer, peak, during, after, sampler.timeline())

	// What the attackers were allowed.
	if idle.opened != keys*perClient {
		t.Errorf("idle sockets: %d of %d opened and acknowledged (first failure: %s)", idle.opened, keys*perClient, idle.firstErr)
	}
	if idle.refused != keys {
		t.Errorf("the 17th connection of each client: %d of %d refused with HTTP 429 (first other outcome: %s)", idle.refused, keys, idle.firstErr)
	}
	if noInit.closed.Load() == 0 || noInit.badClose.Load() > 0 {
		t.Errorf("sockets without connection_init: %s", noInit)
	}
	if readers.droppedByServer.Load() < int64(readers.n) {
		t.Errorf("non-reading subscribers: the server dropped %d of %d within %s of the start of the attack (%s)", readers.droppedByServer.Load(), readers.n, attack+time.Minute, readers)
	}
	// The other clients.
	if stats.failed > 0 || stats.ok == 0 {
		t.Errorf("normal queries during the attack: %s", stats)
	}
	if stats.max >= 10*time.Second {
		t.Errorf("a normal query took %s during the attack (the API's own timeout is 10 s)", fmtDur(stats.max))
	}
	if stats.heads == 0 {
		t.Errorf("the head subscriber received no head during the attack")
	}
	if afterStats.failed > 0 || afterStats.headsLost {
		t.Errorf("normal clients after the attack: %s", afterStats)
	}
	// The server: bounded while attacked (a few goroutines a socket; up to 16 operations of a
	// non-reader wait on its blocked writes; the peak adds the queries executing), back near its
	// baseline once the attackers left.
	sockets := float64(idle.opened + (keys/4+1)*perClient + 200 + readers.n)
	if steady := idleServer.goroutines + 2*sockets + 20*float64(readers.n) + 200; during.goroutines > steady {
		t.Errorf("goroutines at the end of the attack %.0f for %.0f sockets (baseline %.0f; bound %.0f)", during.goroutines, sockets, idleServer.goroutines, steady)
	}
	if bound := idleServer.goroutines + 10*sockets + 500; peak.goroutines > bound {
		t.Errorf("peak goroutines %.0f for %.0f sockets (baseline %.0f; bound %.0f)", peak.goroutines, sockets, idleServer.goroutines, bound)
	}
	if peak.rssMB > idleServer.rssMB+sockets*0.1+256 {
		t.Errorf("peak RSS %.0f MB for %.0f sockets (baseline %.0f MB): more than 100 KB a socket + 256 MB", peak.rssMB, sockets, idleServer.rssMB)
	}
	if settled != nil {
		t.Errorf("after the attack: %v (baseline %s)", settled, idleServer)
	}
	if after.fds > idleServer.fds+30 {
		t.Errorf("after the attack the server holds %d open files (baseline %d)", after.fds, idleServer.fds)
	}
	if api.exited() || ix.exited() {
		t.Fatalf("a covey process exited: serve %v, index %v", api.err, ix.err)
	}
	head, hash = c.head()
	if err := waitCursorAt(t, db.pool, head, hash, time.Minute); err != nil {
		t.Fatal(err)
	}
	if d := diffDumps(dump(t, db.pool, false), newOracle(t, cfg).index()); d != "" {
		t.Fatalf("the database differs from a fresh index:\n%s", d)
	}
}

// loadAvg is the 1-minute load average ("?" when unreadable).
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}

// normalClients are the clients the attack must not hurt: an HTTP client querying every 100 ms (status,
// tasks, purchases), and a WebSocket client (its own address) subscribed to heads.
type normalClients struct {
	mu      sync.Mutex
	lat     []time.Duration
	fails   []string
	heads   int
	last    int64 // the last head received
	stopped chan struct{}
	done    sync.WaitGroup
}

// normalStats is one phase of the normal clients.
type normalStats struct {
	ok, failed    int
	p50, p99, max time.Duration
	firstFail     string
	heads         int
	lastHead      int64
	headsLost     bool // the subscription ended
}

func (s normalStats) String() string {
	out := fmt.Sprintf("%d queries ok, %d failed, p50 %s p99 %s max %s; %d heads received (last %d)", s.ok, s.failed, fmtDur(s.p50), fmtDur(s.p99), fmtDur(s.max), s.heads, s.lastHead)
	if s.firstFail != "" {
		out += "; first failure: " + trim(s.firstFail)
	}
	if s.headsLost {
		out += "; the head subscription ended"
	}
	return out
}

func startNormalClients(t *testing.T, base string) *normalClients {
	n := &normalClients{stopped: make(chan struct{})}
	queries := []string{
		`{ status { chainId indexed { number } } }`,
		`{ tasks(first: 20) { totalCount nodes { id creator } } }`,
		`{ purchases(first: 20) { totalCount nodes { blockNumber price } } }`,
	}
	n.done.Add(2)
	go func() {
		defer n.done.Done()
		for i := 0; ; i++ {
			select {
			case <-n.stopped:
				return
			case <-time.After(100 * time.Millisecond):
			}
			res := gql(base+"/graphql", queries[i%len(queries)], nil)
			n.mu.Lock()
			n.lat = append(n.lat, res.Latency)
			if !res.ok() {
				n.fails = append(n.fails, res.String())
			}
			n.mu.Unlock()
		}
	}()
	ctx, cancel := context.WithCancel(context.Background())
	conn, _, err := wsDial(ctx, base, "")
	if err == nil {
		err = wsInit(ctx, conn)
	}
	if err == nil {
		err = wsjson.Write(ctx, conn, map[string]any{"id": "h", "type": "subscribe", "payload": map[string]any{"query": "subscription { head { block } }"}})
	}
	if err != nil {
		cancel()
		t.Fatalf("the normal head subscriber: %v", err)
	}
	go func() {
		defer n.done.Done()
		<-n.stopped
		cancel()
	}()
	n.done.Add(1)
	go func() {
		defer n.done.Done()
		for {
			var m struct {
				Type    string
				Payload struct {
					Data struct {
						Head struct{ Block int64 }
					}
				}
			}
			if err := wsjson.Read(ctx, conn, &m); err != nil {
				n.mu.Lock()
				n.heads = -1 << 30 // the subscription ended
				n.mu.Unlock()
				return
			}
			if m.Type == "next" {
				n.mu.Lock()
				n.heads++
				n.last = m.Payload.Data.Head.Block
				n.mu.Unlock()
			}
		}
	}()
	return n
}

// phase returns the stats since the last call and starts the next phase.
func (n *normalClients) phase() normalStats {
	n.mu.Lock()
	defer n.mu.Unlock()
	lat := n.lat
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	s := normalStats{ok: len(lat) - len(n.fails), failed: len(n.fails), p50: percentile(lat, 0.5), p99: percentile(lat, 0.99), max: percentile(lat, 1),
		heads: max(n.heads, 0), lastHead: n.last, headsLost: n.heads < 0}
	if len(n.fails) > 0 {
		s.firstFail = n.fails[0]
	}
	n.lat, n.fails = nil, nil
	if n.heads > 0 {
		n.heads = 0
	}
	return s
}

// stop ends the normal clients and returns the last phase's stats.
func (n *normalClients) stop() normalStats {
	s := n.phase()
	close(n.stopped)
	n.done.Wait()
	return s
}

// idleSockets are the attackers' acknowledged, silent connections.
type idleSockets struct {
	conns    []*websocket.Conn
	opened   int
	refused  int // 17th connections refused with HTTP 429
	firstErr string
}

func (s *idleSockets) String() string {
	return fmt.Sprintf("%d idle sockets opened and acknowledged, %d connections over the per-client limit refused with 429", s.opened, s.refused)
}

func (s *idleSockets) close() {
	for _, c := range s.conns {
		_ = c.CloseNow()
	}
}

// openIdleSockets opens perClient acknowledged connections for each of keys clients (16 at a time),
// then one more each, which must be refused.
func openIdleSockets(t *testing.T, base string, keys, perClient int) *idleSockets {
	s := &idleSockets{}
	var mu sync.Mutex
	fail := func(what string) {
		if s.firstErr == "" {
			s.firstErr = what
		}
	}
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < 16; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range work {
				for i := 0; i <= perClient; i++ {
					ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
					c, resp, err := wsDial(ctx, base, attackKey(k))
					if err == nil {
						err = wsInit(ctx, c)
					}
					cancel()
					mu.Lock()
					switch {
					case i < perClient && err == nil:
						s.opened++
						s.conns = append(s.conns, c)
					case i == perClient && err != nil && resp != nil && resp.StatusCode == http.StatusTooManyRequests:
						s.refused++
					case err != nil:
						fail(fmt.Sprintf("client %d connection %d: %v", k, i, err))
					default:
						fail(fmt.Sprintf("client %d connection %d: accepted over the limit", k, i))
						s.conns = append(s.conns, c)
					}
					mu.Unlock()
				}
			}
		}()
	}
	for k := 0; k < keys; k++ {
		work <- k
	}
	close(work)
	wg.Wait()
	return s
}

// noInitSockets are connections that never send connection_init, reopened when the server closes them.
type noInitSockets struct {
	opened, closed, badClose atomic.Int64
	slowest                  atomic.Int64 // longest time to the server's close, ns
	mu                       sync.Mutex
	codes                    map[string]int
}

func (s *noInitSockets) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fmt.Sprintf("%d sockets without connection_init opened, %d closed by the server (close codes %v, slowest %s), %d closed otherwise or late",
		s.opened.Load(), s.closed.Load(), s.codes, fmtDur(time.Duration(s.slowest.Load())), s.badClose.Load())
}

// cycleNoInitSockets keeps perClient connections of each of keys clients (other addresses than the idle
// sockets') open without connection_init until ctx ends; the server must close each with 4408 within
// 10 s (15 s allowed).
func cycleNoInitSockets(ctx context.Context, wg *sync.WaitGroup, base string, keys, perClient int) *noInitSockets {
	s := &noInitSockets{codes: map[string]int{}}
	for k := 0; k < keys; k++ {
		for i := 0; i < perClient; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
					c, _, err := wsDial(dctx, base, attackKey(100000+k))
					cancel()
					if err != nil {
						if ctx.Err() == nil {
							time.Sleep(500 * time.Millisecond) // the previous one may not be released yet
						}
						continue
					}
					s.opened.Add(1)
					t0 := time.Now()
					rctx, cancel := context.WithTimeout(ctx, 15*time.Second)
					_, _, err = c.Read(rctx)
					cancel()
					if ctx.Err() != nil {
						_ = c.CloseNow()
						return
					}
					code := websocket.CloseStatus(err)
					took := time.Since(t0)
					s.mu.Lock()
					s.codes[fmt.Sprint(code)]++
					s.mu.Unlock()
					if code == 4408 {
						s.closed.Add(1)
						for old := s.slowest.Load(); int64(took) > old && !s.slowest.CompareAndSwap(old, int64(took)); old = s.slowest.Load() {
						}
					} else {
						s.badClose.Add(1)
					}
					_ = c.CloseNow()
				}
			}()
		}
	}
	return s
}

// rawSockets are TCP connections to the API that never send a byte.
type rawSockets struct {
	opened, closedByServer atomic.Int64
}

func (s *rawSockets) String() string {
	return fmt.Sprintf("%d TCP connections that never sent a request, %d closed by the server", s.opened.Load(), s.closedByServer.Load())
}

// holdRawSockets keeps n silent TCP connections open, reopening those the server closes.
func holdRawSockets(ctx context.Context, wg *sync.WaitGroup, base string, n int) *rawSockets {
	s := &rawSockets{}
	addr := strings.TrimPrefix(base, "http://")
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				c, err := net.DialTimeout("tcp", addr, 5*time.Second)
				if err != nil {
					time.Sleep(500 * time.Millisecond)
					continue
				}
				s.opened.Add(1)
				go func() { <-ctx.Done(); _ = c.Close() }()
				buf := make([]byte, 1)
				if _, err := c.Read(buf); err != nil && ctx.Err() == nil {
					s.closedByServer.Add(1)
				}
				_ = c.Close()
			}
		}()
	}
	return s
}

// nonReaders are subscribers that never read: their clients keep writing and never close.
type nonReaders struct {
	n               int
	sent            atomic.Int64 // operations sent
	droppedByServer atomic.Int64 // connections on which a write failed: the server closed them
	slowestDrop     atomic.Int64 // longest time from the start to the server's drop, ns
	mu              sync.Mutex
	raw             []net.Conn
}

func (s *nonReaders) String() string {
	return fmt.Sprintf("%d non-reading subscribers sent %d operations, %d dropped by the server (the last %s after it started)",
		s.n, s.sent.Load(), s.droppedByServer.Load(), fmtDur(time.Duration(s.slowestDrop.Load())))
}

// close closes the non-readers' sockets (at the end of the test: the server must not wait for it).
func (s *nonReaders) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.raw {
		_ = c.Close()
	}
}

// introspection is a large answer (tens of KB) a client may ask for again and again.
const introspection = `{ __schema { types { name description fields { name description args { name description type { name } } type { name ofType { name } } } } } }`

// startNonReaders opens n connections (each its own client) that send connection_init, subscribe to
// heads and then send a large query every 20 ms, without ever reading an answer, until ctx ends or the
// server drops them. Their sockets are raw TCP under the WebSocket handshake, with a 4 KB receive
// buffer, so nothing reads them behind the test's back and the server's writes block soon. The test
// closes them only when it ends.
func startNonReaders(ctx context.Context, wg *sync.WaitGroup, base string, n int) *nonReaders {
	s := &nonReaders{n: n}
	addr := strings.TrimPrefix(base, "http://")
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := rawWebSocket(addr, attackKey(200000+i))
			if err != nil {
				return
			}
			s.mu.Lock()
			s.raw = append(s.raw, c)
			s.mu.Unlock()
			write := func(v any) error {
				b, _ := json.Marshal(v)
				_ = c.SetWriteDeadline(time.Now().Add(5 * time.Second))
				return writeMaskedText(c, b)
			}
			if write(map[string]any{"type": "connection_init"}) != nil {
				return
			}
			_ = write(map[string]any{"id": "h", "type": "subscribe", "payload": map[string]any{"query": "subscription { head { block } }"}})
			t0 := time.Now()
			for j := 0; ctx.Err() == nil; j++ {
				err := write(map[string]any{"id": fmt.Sprint("q", j), "type": "subscribe", "payload": map[string]any{"query": introspection}})
				var ne net.Error
				if err != nil && !(errors.As(err, &ne) && ne.Timeout()) {
					s.droppedByServer.Add(1)
					took := int64(time.Since(t0))
					for old := s.slowestDrop.Load(); took > old && !s.slowestDrop.CompareAndSwap(old, took); old = s.slowestDrop.Load() {
					}
					return
				}
				if err == nil {
					s.sent.Add(1)
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}
	return s
}

// rawWebSocket performs the WebSocket handshake by hand on a TCP connection (as client) and returns
// the connection, on which nothing reads.
func rawWebSocket(addr, client string) (net.Conn, error) {
	d := net.Dialer{Timeout: 5 * time.Second, Control: func(_, _ string, rc syscall.RawConn) error {
		var serr error
		if err := rc.Control(func(fd uintptr) { serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096) }); err != nil {
			return err
		}
		return serr
	}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	req := "GET /graphql HTTP/1.1\r\nHost: " + addr + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n" +
		"X-Forwarded-For: " + client + "\r\n\r\n"
	if _, err := c.Write([]byte(req)); err != nil {
		c.Close()
		return nil, err
	}
	// Read the response headers only (up to the blank line), byte by byte: nothing more is read.
	var hdr []byte
	b := make([]byte, 1)
	_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
	for !strings.HasSuffix(string(hdr), "\r\n\r\n") {
		if _, err := c.Read(b); err != nil {
			c.Close()
			return nil, err
		}
		hdr = append(hdr, b[0])
	}
	if !strings.HasPrefix(string(hdr), "HTTP/1.1 101") {
		c.Close()
		return nil, fmt.Errorf("handshake: %s", strings.SplitN(string(hdr), "\r\n", 2)[0])
	}
	return c, nil
}

// writeMaskedText writes one masked text frame (clients must mask).
func writeMaskedText(c net.Conn, payload []byte) error {
	hdr := []byte{0x81}
	switch n := len(payload); {
	case n < 126:
		hdr = append(hdr, 0x80|byte(n))
	case n < 1<<16:
		hdr = append(hdr, 0x80|126, byte(n>>8), byte(n))
	default:
		return fmt.Errorf("frame too large")
	}
	mask := []byte{1, 2, 3, 4}
	hdr = append(hdr, mask...)
	body := make([]byte, len(payload))
	for i := range payload {
		body[i] = payload[i] ^ mask[i%4]
	}
	_, err := c.Write(append(hdr, body...))
	return err
}
