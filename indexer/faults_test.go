package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/covey-labs/covey/internal/pgtest"
)

// faultProxy sits in front of anvil and misbehaves on a share of requests: HTTP 500, 429, timeouts,
// truncated bodies, a lagging node (head 3 blocks back: newer blocks missing, eth_getLogs clamped to its
// head like geth does), and providers refusing log ranges over maxRange blocks with a suggested range.
type faultProxy struct {
	target   string
	mu       sync.Mutex
	r        *mrand.Rand
	sleep    time.Duration
	maxRange uint64
	counts   map[string]*atomic.Int64
}

func newFaultProxy(t *testing.T, target string, seed uint64, sleep time.Duration) (*faultProxy, string) {
	p := &faultProxy{target: target, r: mrand.New(mrand.NewPCG(seed, seed)), sleep: sleep, maxRange: 6, counts: map[string]*atomic.Int64{}}
	for _, k := range []string{"500", "429", "timeout", "truncated", "lagging", "range", "ok"} {
		p.counts[k] = new(atomic.Int64)
	}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv.URL
}

type rpcMsg struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id,omitempty"`
	Method  string            `json:"method,omitempty"`
	Params  []json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage   `json:"result,omitempty"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

func (p *faultProxy) roll() float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.r.Float64()
}

func (p *faultProxy) forward(body []byte) ([]byte, error) {
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func (p *faultProxy) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	x := p.roll()
	switch {
	case x < 0.07:
		p.counts["500"].Add(1)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	case x < 0.14:
		p.counts["429"].Add(1)
		http.Error(w, "rate limited", http.StatusTooManyRequests)
		return
	case x < 0.17:
		p.counts["timeout"].Add(1)
		time.Sleep(p.sleep)
		http.Error(w, "late", http.StatusGatewayTimeout)
		return
	}
	batch := len(body) > 0 && body[0] == '['
	var msgs []rpcMsg
	if batch {
		_ = json.Unmarshal(body, &msgs)
	} else {
		var m rpcMsg
		_ = json.Unmarshal(body, &m)
		msgs = []rpcMsg{m}
	}
	lagging := x < 0.30 && x >= 0.20
	if lagging {
		p.counts["lagging"].Add(1)
	}
	var head uint64
	if lagging {
		out, err := p.forward([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
		var m rpcMsg
		if err != nil || json.Unmarshal(out, &m) != nil {
			http.Error(w, "upstream", http.StatusBadGateway)
			return
		}
		var hs string
		_ = json.Unmarshal(m.Result, &hs)
		real, _ := strconv.ParseUint(strings.TrimPrefix(hs, "0x"), 16, 64)
		head = real - min(real, 3)
	}
	resps := make([]json.RawMessage, len(msgs))
	for i, m := range msgs {
		var synth any
		hasSynth := false
		switch m.Method {
		case "eth_getLogs":
			var f map[string]any
			_ = json.Unmarshal(m.Params[0], &f)
			from, _ := strconv.ParseUint(strings.TrimPrefix(fmt.Sprint(f["fromBlock"]), "0x"), 16, 64)
			to, _ := strconv.ParseUint(strings.TrimPrefix(fmt.Sprint(f["toBlock"]), "0x"), 16, 64)
			if to >= from && to-from+1 > p.maxRange {
				p.counts["range"].Add(1)
				resps[i] = json.RawMessage(fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"error":{"code":-32005,"message":"query returned more than 10000 results. Try with this block range [0x%x, 0x%x]."}}`,
					m.ID, from, from+p.maxRange-1))
				continue
			}
			if lagging && to > head {
				if from > head {
					synth, hasSynth = []any{}, true
				} else {
					f["toBlock"] = fmt.Sprintf("0x%x", head)
					b, _ := json.Marshal(f)
					m.Params[0] = b
				}
			}
		case "eth_getBlockByNumber", "eth_blockNumber":
			if !lagging {
				break
			}
			if m.Method == "eth_blockNumber" {
				synth, hasSynth = fmt.Sprintf("0x%x", head), true
				break
			}
			var tag string
			_ = json.Unmarshal(m.Params[0], &tag)
			switch tag {
			case "latest", "safe", "finalized", "pending":
				m.Params[0], _ = json.Marshal(fmt.Sprintf("0x%x", head))
			default:
				if n, err := strconv.ParseUint(strings.TrimPrefix(tag, "0x"), 16, 64); err == nil && n > head {
					synth, hasSynth = nil, true
				}
			}
		}
		if hasSynth {
			r, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": synth})
			resps[i] = r
			continue
		}
		b, _ := json.Marshal(m)
		out, err := p.forward(b)
		if err != nil {
			http.Error(w, "upstream", http.StatusBadGateway)
			return
		}
		resps[i] = bytes.TrimSpace(out)
	}
	var out []byte
	if batch {
		out, _ = json.Marshal(resps)
	} else {
		out = resps[0]
	}
	if x >= 0.17 && x < 0.20 && len(out) > 20 {
		p.counts["truncated"].Add(1)
		out = out[:len(out)/2]
	} else if !lagging {
		p.counts["ok"].Add(1)
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

// TestFaultyRPC indexes through two misbehaving proxies and gets the same database as a direct run.
func TestFaultyRPC(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(11, 12))
	emitRandom(c, r, 400, 10)
	direct := pgtest.New(t)
	syncIndex(t, testConfig(c), direct)
	want := dump(t, direct)

	p1, u1 := newFaultProxy(t, c.url, 1, 400*time.Millisecond)
	p2, u2 := newFaultProxy(t, c.url, 2, 400*time.Millisecond)
	cfg := testConfig(c, u1, u2)
	cfg.Indexer.InitialRange = 4
	cfg.Indexer.MaxRange = 64
	cfg.Indexer.RequestsPerSecond = 500
	pool := pgtest.New(t)
	ix := newTestIndexer(t, cfg, pool, WithRequestTimeout(250*time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := ix.RunUntilSynced(ctx); err != nil {
		t.Fatal(err)
	}
	// Lagging answers can make RunUntilSynced stop at a lower head; finish with a clean run.
	for i := 0; i < 20; i++ {
		var cur int64
		_ = pool.QueryRow(ctx, "SELECT block_number FROM cursors").Scan(&cur)
		if uint64(cur) == c.head() {
			break
		}
		if err := ix.RunUntilSynced(ctx); err != nil {
			t.Fatal(err)
		}
	}
	diffDumps(t, dump(t, pool), want)
	// Every kind of fault was injected (by either proxy: a proxy whose requests time out is
	// quarantined for a while and then sees less traffic).
	total := map[string]int64{}
	for _, p := range []*faultProxy{p1, p2} {
		var parts []string
		for k, v := range p.counts {
			parts = append(parts, fmt.Sprintf("%s=%d", k, v.Load()))
			total[k] += v.Load()
		}
		t.Logf("proxy faults: %s", strings.Join(parts, " "))
	}
	for _, k := range []string{"500", "429", "timeout", "truncated", "lagging", "range"} {
		if total[k] == 0 {
			t.Errorf("fault %s never injected", k)
		}
	}
}
