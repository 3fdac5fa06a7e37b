package indexer

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/config"
)

// holdLogs is one RPC URL in front of a node that, once armed, holds the next request carrying an
// eth_getLogs until released (the fault it injects: an answer that reaches the node after the chain
// changed under the request), and records the first block of every eth_getLogs it forwards.
type holdLogs struct {
	target  string
	mu      sync.Mutex
	armed   bool
	held    chan struct{} // closed once a request is held
	release chan struct{}
	froms   []uint64 // fromBlock of each eth_getLogs forwarded after the release
	freed   bool
}

func newHoldLogs(t *testing.T, target string) (*holdLogs, string) {
	h := &holdLogs{target: target, held: make(chan struct{}), release: make(chan struct{})}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	t.Cleanup(h.free)
	return h, srv.URL
}

func (h *holdLogs) arm() { h.mu.Lock(); h.armed = true; h.mu.Unlock() }

func (h *holdLogs) free() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.freed {
		h.freed = true
		close(h.release)
	}
}

// askedAbove counts the eth_getLogs forwarded after the release whose range starts above n.
func (h *holdLogs) askedAbove(n uint64) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	k := 0
	for _, f := range h.froms {
		if f > n {
			k++
		}
	}
	return k
}

func (h *holdLogs) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	var calls []rpcMsg
	_ = json.Unmarshal(body, &calls)
	var from []uint64
	for _, c := range calls {
		var f struct{ FromBlock hexutil.Uint64 }
		if c.Method == "eth_getLogs" && len(c.Params) > 0 && json.Unmarshal(c.Params[0], &f) == nil {
			from = append(from, uint64(f.FromBlock))
		}
	}
	h.mu.Lock()
	hold := h.armed && len(from) > 0
	if hold {
		h.armed = false
		close(h.held)
	} else if h.freed {
		h.froms = append(h.froms, from...)
	}
	h.mu.Unlock()
	if hold {
		select {
		case <-h.release:
		case <-req.Context().Done():
			return
		}
	}
	resp, err := http.Post(h.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// TestRollbackUnderLogsRequest (F9's race, issue 22): a running indexer reads the header of a new
// range's last block, then asks eth_getLogs for the range, and the chain is rolled back below the
// range's first block in between (the proxy holds the logs request until the rollback is done: the
// race lost on purpose). anvil answers a range above its head with an error (BlockOutOfRangeError), a
// batch whose header of the range's last block is null. That answer was taken for a failed request and
// asked again, 12 times with backoff (max_backoff 2 s: 7 to 13 s), before the indexer looked at the
// head again: chaos TestReorgs saw the chain shorter than the index for longer than its 3 s (issue 22,
// slowest catch-up 10.5 s). A batch without the header of `to` is a node lacking the block, whatever
// its eth_getLogs part says: the indexer asks no range above the new head again, sees the shorter
// chain at its next step and rolls back. The database then equals a fresh index.
func TestRollbackUnderLogsRequest(t *testing.T) {
	a, r, cfg, pool := indexedLatest(t, 61, 200, 4, 128)
	head := a.head()
	hold, url := newHoldLogs(t, a.url)
	run := testConfig(a, url)
	run.Chain.Finality, run.Chain.ReorgBound = config.FinalityLatest, cfg.Chain.ReorgBound
	run.Indexer.MaxBackoff = config.Duration{Duration: 2 * time.Second} // as chaos TestReorgs
	reg := prometheus.NewRegistry()
	ix := newTestIndexer(t, run, pool, WithRegisterer(reg))
	running(t, ix)

	hold.arm()
	emitRandom(a, r, 6, 2)
	select {
	case <-hold.held:
	case <-time.After(30 * time.Second):
		t.Fatal("the indexer asked no eth_getLogs for the new blocks")
	}
	short := head - 3 // below the cursor and below the held range
	a.call(nil, "anvil_rollback", a.head()-short)
	t0 := time.Now()
	hold.free()
	for cursorNumber(t, pool) != short {
		if time.Since(t0) > 60*time.Second {
			t.Fatalf("cursor %d, never rolled back to the new head %d", cursorNumber(t, pool), short)
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("rolled back to the new head %s after the held eth_getLogs was answered", time.Since(t0).Round(time.Millisecond))
	if n := hold.askedAbove(short); n != 0 {
		t.Errorf("eth_getLogs asked %d more times for blocks above the new head %d: the answer without its header was taken for a failure", n, short)
	}
	if n := methodCount(t, reg, "covey_indexer_rpc_errors_total", "eth_getLogs"); n != 0 {
		t.Errorf("%v failed eth_getLogs counted: want 0 (the answer is a lagging one)", n)
	}
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
}

// methodCount is the value of a counter vector's series for method.
func methodCount(t *testing.T, reg *prometheus.Registry, name, method string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if mf.GetName() == name && l.GetName() == "method" && l.GetValue() == method {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}
