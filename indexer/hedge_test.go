package indexer

import (
	"context"
	"errors"
	"io"
	"log/slog"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

// blackHole is an RPC URL that accepts connections and requests and never answers (the fault it
// injects: F2's dead node). It counts the requests it swallowed.
type blackHole struct {
	got  atomic.Int64
	held atomic.Int64 // requests it holds now
	done chan struct{}
}

func newBlackHole(t *testing.T) (*blackHole, string) {
	b := &blackHole{done: make(chan struct{})}
	srv := httptest.NewServer(b)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(b.done) }) // runs first: the held requests end, then the server closes
	return b, srv.URL
}

func (b *blackHole) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	_, _ = io.ReadAll(req.Body)
	b.got.Add(1)
	b.held.Add(1)
	defer b.held.Add(-1)
	select {
	case <-req.Context().Done(): // the client gave up
	case <-b.done:
	}
}

// TestBlackHoledRPCIsHedged (F2): two RPCs in front of one real anvil, one of them a black hole, the
// request timeout at its 10 s default. With hedging on, every request that started on the black hole
// was also sent to the other RPC once it had gone unanswered for the hedge delay, and none waited for
// the request timeout; the answers went through the usual checks and the database equals a direct
// run. With hedging off the same run still completes (the black-holed requests time out and fail
// over), which also shows the hedged-run assertions can fail.
func TestBlackHoledRPCIsHedged(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(41, 42))
	emitRandom(c, r, 120, 6)
	want := freshDump(t, testConfig(c))
	for _, tc := range []struct {
		name  string
		hedge time.Duration
	}{{"hedged", 2 * time.Second}, {"hedging_off", 0}} {
		t.Run(tc.name, func(t *testing.T) {
			bh, bhURL := newBlackHole(t)
			cfg := testConfig(c, c.url, bhURL)
			cfg.Indexer.HedgeAfter = config.Duration{Duration: tc.hedge}
			cfg.Indexer.RequestTimeout = config.Duration{Duration: 10 * time.Second}
			reg := prometheus.NewRegistry()
			pool := pgtest.New(t)
			ix := newTestIndexer(t, cfg, pool, WithRegisterer(reg), WithRequestTimeout(cfg.Indexer.RequestTimeout.Duration))
			ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
			defer cancel()
			if err := ix.RunUntilSynced(ctx); err != nil {
				t.Fatal(err)
			}
			diffDumps(t, dump(t, pool), want)

			hedged, _ := labelled(t, reg, "covey_indexer_rpc_hedged_total", "rpc1:")
			timeouts, _ := labelled(t, reg, "covey_indexer_rpc_timeouts_total", "rpc1:")
			quarantines, _ := labelled(t, reg, "covey_indexer_rpc_quarantines_total", "rpc1:")
			goodHedged, _ := labelled(t, reg, "covey_indexer_rpc_hedged_total", "rpc0:")
			asked := ix.rpc.eps[1].asked.Load()
			t.Logf("black hole: %d requests swallowed, %d failover requests started on it, %d hedged, %d timed out, %d quarantines; healthy RPC hedged %v times",
				bh.got.Load(), asked, int(hedged), int(timeouts), int(quarantines), goodHedged)
			if asked == 0 {
				t.Fatal("no request started on the black hole: the scenario did not happen")
			}
			if tc.hedge == 0 {
				if hedged != 0 {
					t.Errorf("hedging off, yet %v requests hedged", hedged)
				}
				if timeouts < 1 {
					t.Errorf("hedging off, yet no request to the black hole waited for the request timeout")
				}
				return
			}
			if timeouts != 0 {
				t.Errorf("%v requests waited for the request timeout on the black hole (want 0: hedged)", timeouts)
			}
			if float64(asked) != hedged {
				t.Errorf("%d requests started on the black hole, %v hedged: want every one hedged", asked, hedged)
			}
			if got := bh.got.Load(); got < asked {
				t.Errorf("the black hole saw %d requests, fewer than the %d sent to it", got, asked)
			}
			if quarantines < 1 {
				t.Errorf("the black hole lost every hedge and was never quarantined")
			}
		})
	}
}

// TestHedgedPaths drives each failover path of the pool — a single call, a batch, eth_getLogs — with
// its first request on a black hole: each is hedged to the healthy RPC and answered, none waits for
// the request timeout, and the answer equals a direct one. Also F2's last sentence: with hedging off,
// an eth_getLogs that timed out on the black hole is asked of the other RPC (and answered) instead of
// being taken for "range too large"; only when every RPC times out is it a range error. With one RPC
// nothing is hedged.
func TestHedgedPaths(t *testing.T) {
	c := startAnvil(t)
	emitRandom(c, mrand.New(mrand.NewPCG(43, 44)), 30, 4)
	head := c.head()
	var addrs []common.Address
	for _, a := range c.emitters {
		addrs = append(addrs, a)
	}
	ctx := context.Background()
	pool := func(t *testing.T, hedge, timeout time.Duration, urls ...string) (*rpcPool, *prometheus.Registry) {
		reg := prometheus.NewRegistry()
		p, err := dialPool(urls, 0, 50*time.Millisecond, timeout, hedge, newMetrics(reg), slog.Default())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(p.close)
		return p, reg
	}
	direct, _ := pool(t, 0, 10*time.Second, c.url)
	wantLogs, wantTip, _, err := direct.getLogsAt(ctx, 0, 1, head, addrs, nil)
	if err != nil || len(wantLogs) == 0 {
		t.Fatalf("direct eth_getLogs: %d logs, %v", len(wantLogs), err)
	}

	t.Run("hedged", func(t *testing.T) {
		_, bhURL := newBlackHole(t)
		p, reg := pool(t, 300*time.Millisecond, 10*time.Second, bhURL, c.url)
		var h *header
		if ep, err := p.callAt(ctx, 0, nil, &h, "eth_getBlockByNumber", hexutil.Uint64(head), false); err != nil || ep != p.eps[1] || h == nil || h.Hash != wantTip.Hash {
			t.Fatalf("call: answered by %v, header %v, err %v", ep, h, err)
		}
		hs := make([]*header, 3)
		elems := make([]rpc.BatchElem, len(hs))
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(head - uint64(i)), false}, Result: &hs[i]}
		}
		if epi, err := p.batchAt(ctx, 0, "eth_getBlockByNumber", elems); err != nil || epi != 1 || hs[0] == nil || hs[0].Hash != wantTip.Hash || hs[2] == nil || uint64(hs[2].Number) != head-2 {
			t.Fatalf("batch: answered by %d, headers %v, err %v", epi, hs, err)
		}
		logs, tip, epi, err := p.getLogsAt(ctx, 0, 1, head, addrs, nil)
		if err != nil || epi != 1 || tip.Hash != wantTip.Hash || len(logs) != len(wantLogs) {
			t.Fatalf("eth_getLogs: answered by %d, %d logs (want %d), err %v", epi, len(logs), len(wantLogs), err)
		}
		for i := range logs {
			if logs[i].TxHash != wantLogs[i].TxHash || logs[i].Index != wantLogs[i].Index {
				t.Fatalf("log %d differs from the direct answer", i)
			}
		}
		hedged, _ := labelled(t, reg, "covey_indexer_rpc_hedged_total", "rpc0:")
		timeouts, _ := labelled(t, reg, "covey_indexer_rpc_timeouts_total", "")
		if hedged != 3 || timeouts != 0 {
			t.Errorf("hedged %v (want 3), timed out %v (want 0)", hedged, timeouts)
		}
		// Three lost hedges in a row: the black hole is out of rotation.
		if !p.quarantined(p.eps[0], time.Now()) {
			t.Error("the black hole lost three hedges in a row and is not quarantined")
		}
	})

	// The healthy RPC is still quarantined from an earlier fault (a fork, lagging) when the other one
	// starts to black-hole: a request that started on the black hole is hedged to it all the same
	// (chaos TestRPCFaults' "hanging requests" phase stalled 20 s on exactly this).
	t.Run("hedged_to_a_quarantined_rpc", func(t *testing.T) {
		_, bhURL := newBlackHole(t)
		p, reg := pool(t, 300*time.Millisecond, 10*time.Second, bhURL, c.url)
		p.quarantine(p.eps[1], "test: an earlier fault")
		var h *header
		if ep, err := p.callAt(ctx, 0, nil, &h, "eth_getBlockByNumber", hexutil.Uint64(head), false); err != nil || ep != p.eps[1] || h == nil || h.Hash != wantTip.Hash {
			t.Fatalf("call: answered by %v, header %v, err %v", ep, h, err)
		}
		hedged, _ := labelled(t, reg, "covey_indexer_rpc_hedged_total", "rpc0:")
		timeouts, _ := labelled(t, reg, "covey_indexer_rpc_timeouts_total", "")
		if hedged != 1 || timeouts != 0 {
			t.Errorf("hedged %v (want 1), timed out %v (want 0)", hedged, timeouts)
		}
	})

	t.Run("timeout_is_not_a_range_error", func(t *testing.T) {
		_, bhURL := newBlackHole(t)
		p, reg := pool(t, 0, 500*time.Millisecond, bhURL, c.url)
		logs, _, epi, err := p.getLogsAt(ctx, 0, 1, head, addrs, nil)
		if err != nil || epi != 1 || len(logs) != len(wantLogs) {
			t.Fatalf("eth_getLogs after a timeout: answered by %d, %d logs (want %d), err %v", epi, len(logs), len(wantLogs), err)
		}
		if timeouts, _ := labelled(t, reg, "covey_indexer_rpc_timeouts_total", "rpc0:"); timeouts != 1 {
			t.Errorf("timeouts on the black hole: %v, want 1", timeouts)
		}
		// Every RPC timing out on the range: now it may be the range.
		_, bh2 := newBlackHole(t)
		both, _ := pool(t, 0, 300*time.Millisecond, bhURL, bh2)
		var re *rangeError
		if _, _, _, err := both.getLogsAt(ctx, 0, 1, head, addrs, nil); !errors.As(err, &re) || !re.timeout {
			t.Errorf("every RPC timed out: got %v, want a range error", err)
		}
	})

	t.Run("one_rpc", func(t *testing.T) {
		_, bhURL := newBlackHole(t)
		p, reg := pool(t, 100*time.Millisecond, 400*time.Millisecond, bhURL)
		var h *header
		cctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		if _, err := p.callAt(cctx, 0, nil, &h, "eth_getBlockByNumber", hexutil.Uint64(head), false); err == nil {
			t.Fatal("a black hole answered")
		}
		if hedged, _ := labelled(t, reg, "covey_indexer_rpc_hedged_total", ""); hedged != 0 {
			t.Errorf("one RPC, yet %v requests hedged", hedged)
		}
	})
}

// failFirst forwards every request to target but answers the first one with HTTP 503.
func failFirst(t *testing.T, target string) string {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	fwd := httputil.NewSingleHostReverseProxy(u)
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if n.Add(1) == 1 {
			http.Error(w, "test: first request fails", http.StatusServiceUnavailable)
			return
		}
		fwd.ServeHTTP(w, req)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestLatestIsHedged (F2, the last 10 s stall of chaos TestRPCFaults' "hanging requests" phase): the
// head poll asks every endpoint out of quarantine, each once; when the only one out of quarantine is a
// black hole (the other still quarantined from an earlier lag) it used to wait the whole request
// timeout before falling back, at every step. Now, unanswered past the hedge delay, it asks the
// quarantined endpoint too; and when every endpoint was asked already (the other failed at once) the
// fallback request starts then. Either way the answer is the real head, the black hole's request is
// still held when it comes (nothing waited for it: the request timeout is 10 minutes), and the black
// hole's request is counted hedged when the quarantined RPC was asked. Before the fix both cases ran
// into the test's one-minute deadline.
func TestLatestIsHedged(t *testing.T) {
	c := startAnvil(t)
	c.mine(5)
	var want *header
	c.call(&want, "eth_getBlockByNumber", "latest", false)
	for _, tc := range []struct {
		name       string
		quarantine bool // the healthy RPC; else it fails the first request
	}{{"other_rpc_quarantined", true}, {"other_rpc_failed_once", false}} {
		t.Run(tc.name, func(t *testing.T) {
			bh, bhURL := newBlackHole(t)
			reg := prometheus.NewRegistry()
			other := c.url
			if !tc.quarantine {
				other = failFirst(t, c.url)
			}
			p, err := dialPool([]string{bhURL, other}, 0, 50*time.Millisecond, 10*time.Minute, 300*time.Millisecond, newMetrics(reg), slog.Default())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(p.close)
			if tc.quarantine {
				p.quarantine(p.eps[1], "test: an earlier lag")
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			h, err := p.latest(ctx)
			held := bh.held.Load()
			if err != nil {
				t.Fatalf("latest waited for the black hole (request timeout 10 minutes): %v", err)
			}
			if h == nil || h.Hash != want.Hash || h.Number != want.Number {
				t.Fatalf("latest: %+v, want block %d %s", h, want.Number, want.Hash)
			}
			if held < 1 {
				t.Errorf("the black hole holds %d requests: latest's request to it ended before the answer", held)
			}
			// The quarantined RPC was asked by latest's own hedge (counted); after a failure the
			// pooled fallback counts a hedge only when its rotation starts on the black hole.
			if hedged, _ := labelled(t, reg, "covey_indexer_rpc_hedged_total", "rpc0:"); tc.quarantine && hedged != 1 {
				t.Errorf("black hole hedged %v times, want 1", hedged)
			}
			if timeouts, _ := labelled(t, reg, "covey_indexer_rpc_timeouts_total", ""); timeouts != 0 {
				t.Errorf("%v requests waited for the request timeout", timeouts)
			}
		})
	}
}
