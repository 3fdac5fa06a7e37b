package chainrpc

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/covey-labs/covey/internal/rpcfault"
)

// chainIDServer answers eth_chainId with 31337, or with status (and a JSON-RPC error) while fail says so.
func chainIDServer(t *testing.T, status int, fail func() bool) (string, *atomic.Int64) {
	t.Helper()
	var asked atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if fail() {
			w.WriteHeader(status)
			_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"slow down"}}`))
			return
		}
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":"0x7a69"}`))
	}))
	t.Cleanup(srv.Close)
	return srv.URL, &asked
}

// TestChainIDWaitsOutA429Burst: an RPC that answers 429 for 2 s at start is up and throttling, not
// down: ChainIDs keeps asking it and gets its chain id. Before, four 429s within ~0.35 s called it
// unreachable and covey index stopped at start ("no RPC reachable", chaos TestReorgsWithRPCFaults).
func TestChainIDWaitsOutA429Burst(t *testing.T) {
	until := time.Now().Add(2 * time.Second)
	u, asked := chainIDServer(t, http.StatusTooManyRequests, func() bool { return time.Now().Before(until) })
	p, err := Dial([]string{u}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	id, err := p.ChainID(context.Background())
	if err != nil {
		t.Fatalf("ChainID through a 2 s 429 burst: %v (asked %d times)", err, asked.Load())
	}
	if id != 31337 {
		t.Fatalf("chain id %d, want 31337", id)
	}
	if asked.Load() < 5 {
		t.Fatalf("asked %d times: the burst was not met", asked.Load())
	}
}

// TestChainIDCallsAFailingRPCDown: an RPC answering 500 is still called down after four tries, within
// seconds.
func TestChainIDCallsAFailingRPCDown(t *testing.T) {
	u, asked := chainIDServer(t, http.StatusInternalServerError, func() bool { return true })
	p, err := Dial([]string{u}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if _, err := p.ChainID(context.Background()); err == nil {
		t.Fatal("ChainID of an RPC answering 500: no error")
	}
	if n := asked.Load(); n != 4 {
		t.Fatalf("asked %d times, want 4", n)
	}
}

// TestChainIDQuarantinesAHangingRPC (O9): an RPC that never answers its chain id at start is called
// down after one request timeout, quarantined and marked mute, so the requests that follow go to
// the other RPC without waiting a hedge delay for it each (a restarted covey spent ~6 s on those
// before it indexed) and a poll waits for it only a grace.
func TestChainIDQuarantinesAHangingRPC(t *testing.T) {
	u, _ := chainIDServer(t, 0, func() bool { return false })
	bh, bhURL := rpcfault.NewBlackHole(t)
	p, err := Dial([]string{u, bhURL}, Options{Timeout: 300 * time.Millisecond, HedgeAfter: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	ctx := context.Background()
	if id, err := p.ChainID(ctx); err != nil || id != 31337 {
		t.Fatalf("ChainID with one RPC black-holed: %d, %v", id, err)
	}
	if !p.Endpoints()[1].Quarantined || !p.muted()[1] {
		t.Fatalf("the black-holed RPC after the chain id check: quarantined %v, muted %v (want both)", p.Endpoints()[1].Quarantined, p.muted()[1])
	}
	for i := 0; i < 10; i++ {
		var id hexutil.Uint64
		if err := p.Call(ctx, &id, "eth_chainId"); err != nil {
			t.Fatal(err)
		}
	}
	if n := bh.Got.Load(); n != 1 {
		t.Fatalf("the black hole got %d requests, want only the chain id check's", n)
	}
}
