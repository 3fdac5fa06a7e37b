package indexer

import (
	"bytes"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/covey-labs/covey/internal/pgtest"
)

// splitRouter is one RPC URL in front of two nodes: the first `diverted` requests that contain an
// eth_getLogs go to other, everything else to main — a load balancer whose log queries sometimes land
// on a node of another fork (the fault it injects; both nodes are real anvils).
type splitRouter struct {
	main, other string
	diverted    atomic.Int64 // how many eth_getLogs requests still go to other
	sent        atomic.Int64 // how many went there
}

func newSplitRouter(t *testing.T, main, other string, diverted int64) (*splitRouter, string) {
	r := &splitRouter{main: main, other: other}
	r.diverted.Store(diverted)
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	return r, srv.URL
}

func (r *splitRouter) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	target := r.main
	if bytes.Contains(body, []byte(`"eth_getLogs"`)) && r.diverted.Add(-1) >= 0 {
		target = r.other
		r.sent.Add(1)
	}
	resp, err := http.Post(target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

// TestLogsFromAnotherForkAreRefused reproduces the log chaos TestRPCFaults lost (phase "two RPCs
// disagree", seed 1795743445349344857, block 178): the indexer read the header of a range's last
// block from one node and the range's eth_getLogs from a node on another fork whose blocks there
// hold none of our logs. The empty answer had no log hash to compare with the headers, so the range
// was committed without its logs. Now each eth_getLogs answer carries its node's header of the
// range's last block, which must equal the header the batch is built on; the range is re-read.
func TestLogsFromAnotherForkAreRefused(t *testing.T) {
	a := startAnvil(t)
	r := mrand.New(mrand.NewPCG(17, 18))
	emitRandom(a, r, 30, 3)
	n := a.head()
	cfg := testConfig(a)
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)

	// b forks a two blocks below the indexed head; its own blocks (emitter deployments, empty
	// blocks) carry none of the configured contracts' logs.
	b := startAnvil(t, "--fork-url", a.url, "--fork-block-number", fmt.Sprint(n-2))
	b.mine(10)
	for i := 0; i < 5; i++ {
		a.emit(a.randomEvent(r))
	}
	if bh := b.head(); bh < a.head() {
		t.Fatalf("fork head %d below main head %d: the fork would look lagging, not forked", bh, a.head())
	}
	router, url := newSplitRouter(t, a.url, b.url, 3)
	syncIndex(t, testConfig(a, url), pool)
	if router.sent.Load() == 0 {
		t.Fatal("no eth_getLogs reached the forked node")
	}
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
}
