package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return -1
	}
	return m.GetCounter().GetValue()
}

// lyingProxy forwards to a node but answers eth_getLogs that have logs with [] — every other one, up
// to `drop` times (a node that leaves logs out now and then: the fault it injects; the node behind it
// is a real anvil). A node that lies to every re-ask cannot be told from a bloom false positive with
// one RPC; with two the re-ask goes to the other one.
type lyingProxy struct {
	target  string
	drop    atomic.Int64
	dropped atomic.Int64
	seen    atomic.Int64
}

func newLyingProxy(t *testing.T, target string, drop int64) (*lyingProxy, string) {
	p := &lyingProxy{target: target}
	p.drop.Store(drop)
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv.URL
}

func (p *lyingProxy) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	out, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var reqs, resps []rpcMsg
	if json.Unmarshal(body, &reqs) == nil && json.Unmarshal(out, &resps) == nil {
		logIDs := map[string]bool{}
		for _, m := range reqs {
			if m.Method == "eth_getLogs" {
				logIDs[string(m.ID)] = true
			}
		}
		changed := false
		for i, r := range resps {
			if logIDs[string(r.ID)] && len(bytes.TrimSpace(r.Result)) > 2 && p.seen.Add(1)%2 == 1 && p.drop.Add(-1) >= 0 {
				resps[i].Result = json.RawMessage("[]")
				p.dropped.Add(1)
				changed = true
			}
		}
		if changed {
			out, _ = json.Marshal(resps)
		}
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

// TestBloomFilter: the precomputed bit positions agree with go-ethereum's bloom lookups.
func TestBloomFilter(t *testing.T) {
	a, b := common.HexToAddress("0x1234"), common.HexToAddress("0x5678")
	ta, tb := crypto.Keccak256Hash([]byte("A()")), crypto.Keccak256Hash([]byte("B()"))
	f := newBloomFilter([]common.Address{a}, []common.Hash{ta})
	mk := func(items ...[]byte) *types.Bloom {
		var bl types.Bloom
		for _, it := range items {
			bl.Add(it)
		}
		return &bl
	}
	for _, tc := range []struct {
		name  string
		bloom *types.Bloom
		want  bool
	}{
		{"empty", mk(), false},
		{"address and topic", mk(a[:], ta[:]), true},
		{"address only", mk(a[:], tb[:]), false},
		{"topic only", mk(b[:], ta[:]), false},
		{"other log", mk(b[:], tb[:]), false},
	} {
		if got := f.mayMatch(tc.bloom); got != tc.want {
			t.Errorf("%s: mayMatch = %v, want %v", tc.name, got, tc.want)
		}
		if got := types.BloomLookup(*tc.bloom, a) && types.BloomLookup(*tc.bloom, ta); got != tc.want {
			t.Fatalf("%s: go-ethereum says %v", tc.name, got)
		}
	}
	l := &types.Log{Address: a, Topics: []common.Hash{ta}}
	if !f.fits(l, mk(a[:], ta[:])) {
		t.Error("a log whose address and topic are in the bloom does not fit")
	}
	if f.fits(l, mk(a[:], tb[:])) || f.fits(&types.Log{Address: b, Topics: []common.Hash{ta}}, mk(a[:], b[:], ta[:])) {
		t.Error("a log absent from the bloom (or outside the filter) fits")
	}
}

// TestLyingLogsAreCaught (F3): a node answers eth_getLogs with [] for ranges that have logs. The
// blocks' logsBloom announces our logs, the answer is re-asked and refused, and the index equals a
// direct one — with one RPC (re-asked after a backoff) and with two (re-asked on the other). With
// verify_blooms = "off" the logs are lost (what the check prevents).
func TestLyingLogsAreCaught(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(21, 22))
	emitRandom(c, r, 120, 4)
	want := freshDump(t, testConfig(c))
	for _, tc := range []struct {
		name   string
		two    bool
		verify string
	}{{"one RPC", false, config.VerifyBloomsHead}, {"two RPCs", true, config.VerifyBloomsHead}, {"all", false, config.VerifyBloomsAll}, {"off", false, config.VerifyBloomsOff}} {
		t.Run(tc.name, func(t *testing.T) {
			var (
				liar *lyingProxy
				pool *pgxpool.Pool
				ix   *Indexer
			)
			// Each request starts at a random RPC: with two, every eth_getLogs may happen to reach the
			// honest one. Such a run proves nothing, so it is repeated (each run has a fair chance).
			for attempt := 1; ; attempt++ {
				var url string
				liar, url = newLyingProxy(t, c.url, 3)
				urls := []string{url}
				if tc.two {
					urls = append(urls, c.url)
				}
				cfg := testConfig(c, urls...)
				cfg.Indexer.VerifyBlooms = tc.verify
				pool = pgtest.New(t)
				ix = newTestIndexer(t, cfg, pool)
				ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
				err := ix.RunUntilSynced(ctx)
				cancel()
				if err != nil {
					t.Fatal(err)
				}
				if liar.dropped.Load() > 0 || !tc.two || attempt == 12 {
					break
				}
				t.Logf("run %d: no eth_getLogs reached the lying RPC; again", attempt)
			}
			if liar.dropped.Load() == 0 {
				t.Fatal("the lying proxy never dropped an answer")
			}
			got := dump(t, pool)
			if tc.verify == config.VerifyBloomsOff {
				if len(got["raw_logs"]) >= len(want["raw_logs"]) {
					t.Fatalf("with verify_blooms off the dropped logs were still indexed (%d rows, want fewer than %d): the proxy did not lie", len(got["raw_logs"]), len(want["raw_logs"]))
				}
				return
			}
			diffDumps(t, got, want)
			if n := counterValue(ix.m.suspectAnswers); n < 1 {
				t.Errorf("covey_indexer_suspect_log_answers_total = %v after %d dropped answers", n, liar.dropped.Load())
			}
			t.Logf("dropped %d answers; suspect answers %v", liar.dropped.Load(), counterValue(ix.m.suspectAnswers))
		})
	}
}

// TestBloomFalsePositiveIsConfirmed: a block whose logsBloom holds a configured address and a
// protocol topic but no log the filter selects (the address emits a foreign topic0 whose topic1
// equals a protocol event's topic0). Its empty answer is confirmed by a second eth_getLogs and
// accepted; the false positive is counted and indexing goes on.
func TestBloomFalsePositiveIsConfirmed(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(23, 24))
	emitRandom(c, r, 20, 3)
	ev := c.randomEvent(r)
	foreign := crypto.Keccak256Hash([]byte("Foreign(bytes32)"))
	c.emit(emitted{contract: ev.contract, topics: []common.Hash{foreign, ev.topics[0]}})
	emitRandom(c, r, 20, 3)
	cfg := testConfig(c)
	pool := pgtest.New(t)
	ix := newTestIndexer(t, cfg, pool)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatal(err)
	}
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
	if n := counterValue(ix.m.bloomFalsePositives); n < 1 {
		t.Errorf("covey_indexer_bloom_false_positives_total = %v, want >= 1", n)
	}
	if n := counterValue(ix.m.suspectAnswers); n != 0 {
		t.Errorf("covey_indexer_suspect_log_answers_total = %v for honest answers", n)
	}
}
