package rpcfault

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Lag forwards to a node (any URL path, so a URL can carry a fake API key) and makes it look behind by
// Blocks blocks: "latest" and eth_blockNumber report head-Blocks, and — unless latestOnly (a load
// balancer whose head answer came from a lagging node while blocks by number come from a current
// one) — blocks above that are missing and eth_getLogs stops there, as a lagging geth does. Every
// answer below that is the node's own.
type Lag struct {
	// Blocks is how far behind the node it looks; a test may change it at any time.
	Blocks     atomic.Int64
	target     string
	latestOnly bool
}

// NewLag serves a node at upstream lagging by blocks until the test ends and returns it with its URL.
func NewLag(t testing.TB, upstream string, blocks int64, latestOnly bool) (*Lag, string) {
	p := &Lag{target: upstream, latestOnly: latestOnly}
	p.Blocks.Store(blocks)
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv.URL
}

// message is one JSON-RPC request or answer.
type message struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id,omitempty"`
	Method  string            `json:"method,omitempty"`
	Params  []json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage   `json:"result,omitempty"`
}

func (p *Lag) post(body []byte) ([]byte, error) {
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// ServeHTTP answers a request or a batch: what the lag hides locally, the rest from the node.
func (p *Lag) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	batch := len(body) > 0 && body[0] == '['
	var msgs []message
	if batch {
		_ = json.Unmarshal(body, &msgs)
	} else {
		var m message
		_ = json.Unmarshal(body, &m)
		msgs = []message{m}
	}
	out, err := p.post([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	var hm message
	if err != nil || json.Unmarshal(out, &hm) != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	var real hexutil.Uint64
	_ = json.Unmarshal(hm.Result, &real)
	visible := uint64(real) - min(uint64(real), uint64(p.Blocks.Load()))
	resps := make([]json.RawMessage, len(msgs))
	for i, m := range msgs {
		synth, hasSynth := p.hide(&m, visible)
		if hasSynth {
			resps[i], _ = json.Marshal(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": synth})
			continue
		}
		b, _ := json.Marshal(m)
		out, err := p.post(b)
		if err != nil {
			http.Error(w, "upstream", http.StatusBadGateway)
			return
		}
		resps[i] = bytes.TrimSpace(out)
	}
	var res []byte
	if batch {
		res, _ = json.Marshal(resps)
	} else {
		res = resps[0]
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(res)
}

// hide answers m locally when the lag hides what it asks (ok), or rewrites it to what a node whose
// head is visible would be asked.
func (p *Lag) hide(m *message, visible uint64) (result any, ok bool) {
	switch m.Method {
	case "eth_blockNumber":
		return hexutil.Uint64(visible), true
	case "eth_getBlockByNumber":
		var tag string
		_ = json.Unmarshal(m.Params[0], &tag)
		if tag == "latest" {
			m.Params[0], _ = json.Marshal(hexutil.Uint64(visible))
		} else if n, err := hexutil.DecodeUint64(tag); err == nil && n > visible && !p.latestOnly {
			return nil, true
		}
	case "eth_getLogs":
		if p.latestOnly {
			break
		}
		var f map[string]any
		_ = json.Unmarshal(m.Params[0], &f)
		from, _ := hexutil.DecodeUint64(fmt.Sprint(f["fromBlock"]))
		to, _ := hexutil.DecodeUint64(fmt.Sprint(f["toBlock"]))
		if from > visible {
			return []any{}, true
		} else if to > visible {
			f["toBlock"] = hexutil.Uint64(visible)
			m.Params[0], _ = json.Marshal(f)
		}
	}
	return nil, false
}
