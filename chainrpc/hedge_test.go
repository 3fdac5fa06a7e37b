package chainrpc

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/internal/rpcfault"
)

// TestHedgedPaths drives each failover path of the pool — a single call, a batch, eth_getLogs — with
// its first request on a black hole: each is hedged to the healthy RPC and answered, none waits for
// the request timeout, and the answer equals a direct one. Also F2's last sentence: with hedging off,
// an eth_getLogs that timed out on the black hole is asked of the other RPC (and answered) instead of
// being taken for "range too large"; only when every RPC times out is it a range error. With one RPC
// nothing is hedged.
func TestHedgedPaths(t *testing.T) {
	c := startNode(t)
	c.emit(30)
	head := c.head()
	f := Filter{Addresses: []common.Address{c.logger}}
	ctx := context.Background()
	pool := func(t *testing.T, hedge, timeout time.Duration, urls ...string) (*Pool, *prometheus.Registry) {
		reg := prometheus.NewRegistry()
		p, err := Dial(urls, Options{MaxBackoff: 50 * time.Millisecond, Timeout: timeout, HedgeAfter: hedge, Registerer: reg})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(p.Close)
		return p, reg
	}
	direct, _ := pool(t, 0, 10*time.Second, c.URL)
	want, err := direct.LogsAt(ctx, 0, 1, head, f)
	if err != nil || len(want.Logs) != 30 {
		t.Fatalf("direct eth_getLogs: %v, %v", want, err)
	}
	wantLogs, wantTip := want.Logs, want.Tip

	t.Run("hedged", func(t *testing.T) {
		_, bhURL := rpcfault.NewBlackHole(t)
		p, reg := pool(t, 300*time.Millisecond, 10*time.Second, bhURL, c.URL)
		var h *Header
		if ep, err := p.callAt(ctx, 0, &h, "eth_getBlockByNumber", hexutil.Uint64(head), false); err != nil || ep != p.eps[1] || h == nil || h.Hash != wantTip.Hash {
			t.Fatalf("call: answered by %v, header %v, err %v", ep, h, err)
		}
		hs := make([]*Header, 3)
		elems := make([]rpc.BatchElem, len(hs))
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(head - uint64(i)), false}, Result: &hs[i]}
		}
		if epi, err := p.batchAt(ctx, 0, "eth_getBlockByNumber", elems); err != nil || epi != 1 || hs[0] == nil || hs[0].Hash != wantTip.Hash || hs[2] == nil || uint64(hs[2].Number) != head-2 {
			t.Fatalf("batch: answered by %d, headers %v, err %v", epi, hs, err)
		}
		a, err := p.LogsAt(ctx, 0, 1, head, f)
		if err != nil || a.Endpoint != 1 || a.Tip.Hash != wantTip.Hash || len(a.Logs) != len(wantLogs) {
			t.Fatalf("eth_getLogs: %+v, err %v (want %d logs from endpoint 1)", a, err, len(wantLogs))
		}
		logs := a.Logs
		for i := range logs {
			if logs[i].TxHash != wantLogs[i].TxHash || logs[i].Index != wantLogs[i].Index {
				t.Fatalf("log %d differs from the direct answer", i)
			}
		}
		hedged := labelled(t, reg, "covey_chain_rpc_hedged_total", "rpc0:")
		timeouts := labelled(t, reg, "covey_chain_rpc_timeouts_total", "")
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
		_, bhURL := rpcfault.NewBlackHole(t)
		p, reg := pool(t, 300*time.Millisecond, 10*time.Second, bhURL, c.URL)
		p.quarantine(p.eps[1], "test: an earlier fault")
		var h *Header
		if ep, err := p.callAt(ctx, 0, &h, "eth_getBlockByNumber", hexutil.Uint64(head), false); err != nil || ep != p.eps[1] || h == nil || h.Hash != wantTip.Hash {
			t.Fatalf("call: answered by %v, header %v, err %v", ep, h, err)
		}
		hedged := labelled(t, reg, "covey_chain_rpc_hedged_total", "rpc0:")
		timeouts := labelled(t, reg, "covey_chain_rpc_timeouts_total", "")
		if hedged != 1 || timeouts != 0 {
			t.Errorf("hedged %v (want 1), timed out %v (want 0)", hedged, timeouts)
		}
	})

	t.Run("timeout_is_not_a_range_error", func(t *testing.T) {
		_, bhURL := rpcfault.NewBlackHole(t)
		p, reg := pool(t, 0, 500*time.Millisecond, bhURL, c.URL)
		a, err := p.LogsAt(ctx, 0, 1, head, f)
		if err != nil || a.Endpoint != 1 || len(a.Logs) != len(wantLogs) {
			t.Fatalf("eth_getLogs after a timeout: %+v, err %v (want %d logs from endpoint 1)", a, err, len(wantLogs))
		}
		if timeouts := labelled(t, reg, "covey_chain_rpc_timeouts_total", "rpc0:"); timeouts != 1 {
			t.Errorf("timeouts on the black hole: %v, want 1", timeouts)
		}
		// Every RPC timing out on the range: now it may be the range.
		_, bh2 := rpcfault.NewBlackHole(t)
		both, _ := pool(t, 0, 300*time.Millisecond, bhURL, bh2)
		var re *RangeError
		if _, err := both.LogsAt(ctx, 0, 1, head, f); !errors.As(err, &re) || !re.Timeout {
			t.Errorf("every RPC timed out: got %v, want a range error", err)
		}
	})

	t.Run("one_rpc", func(t *testing.T) {
		_, bhURL := rpcfault.NewBlackHole(t)
		p, reg := pool(t, 100*time.Millisecond, 400*time.Millisecond, bhURL)
		var h *Header
		cctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		if _, err := p.callAt(cctx, 0, &h, "eth_getBlockByNumber", hexutil.Uint64(head), false); err == nil {
			t.Fatal("a black hole answered")
		}
		if hedged := labelled(t, reg, "covey_chain_rpc_hedged_total", ""); hedged != 0 {
			t.Errorf("one RPC, yet %v requests hedged", hedged)
		}
	})
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
	c := startNode(t)
	c.emit(5)
	var want *Header
	c.call(&want, "eth_getBlockByNumber", "latest", false)
	for _, tc := range []struct {
		name       string
		quarantine bool // the healthy RPC; else it fails the first request
	}{{"other_rpc_quarantined", true}, {"other_rpc_failed_once", false}} {
		t.Run(tc.name, func(t *testing.T) {
			bh, bhURL := rpcfault.NewBlackHole(t)
			reg := prometheus.NewRegistry()
			other := c.URL
			if !tc.quarantine {
				other = failFirst(t, c.URL)
			}
			p, err := Dial([]string{bhURL, other}, Options{MaxBackoff: 50 * time.Millisecond, Timeout: 10 * time.Minute, HedgeAfter: 300 * time.Millisecond, Registerer: reg})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(p.Close)
			if tc.quarantine {
				p.quarantine(p.eps[1], "test: an earlier lag")
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			h, err := p.Latest(ctx)
			held := bh.Held.Load()
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
			if hedged := labelled(t, reg, "covey_chain_rpc_hedged_total", "rpc0:"); tc.quarantine && hedged != 1 {
				t.Errorf("black hole hedged %v times, want 1", hedged)
			}
			if timeouts := labelled(t, reg, "covey_chain_rpc_timeouts_total", ""); timeouts != 0 {
				t.Errorf("%v requests waited for the request timeout", timeouts)
			}
		})
	}
}
