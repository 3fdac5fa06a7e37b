package chaos

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// rpcProxy is a JSON-RPC proxy on 127.0.0.1 in front of an RPC node that injects faults: HTTP errors,
// 429 bursts, hangs, truncated and malformed bodies, JSON-RPC errors, a lagging or lower head, and
// eth_getLogs answers with the logs left out. It understands batches (covey batches headers and
// eth_getLogs) and fails or rewrites each request as a whole or element by element.
type rpcProxy struct {
	t      testing.TB
	url    string
	srv    *http.Server
	client *http.Client

	target atomic.Pointer[string]
	policy atomic.Pointer[faultPolicy]
	// lag hides the newest lag blocks: the node reports head-lag and has nothing above it.
	lag atomic.Int64
	// dropLogs replaces that many non-empty eth_getLogs results with [] (a node that lies once).
	dropLogs atomic.Int64
	// block holds requests whose methods include this one until released (crash windows).
	block atomic.Pointer[blocker]
	// journal, when set, records every request and what it was answered (journal_test.go), under
	// name when several proxies share one journal.
	journal atomic.Pointer[rpcJournal]
	name    string

	mu     sync.Mutex
	counts map[string]int // fault kind -> occurrences

	headMu   sync.Mutex
	headAt   time.Time
	headSeen uint64
}

// faultPolicy decides a fault for one HTTP request, given its methods (one per batch element).
type faultPolicy func(methods []string) fault

type faultKind int

const (
	faultNone      faultKind = iota
	faultHTTP                // respond with status (500, 502, 503, 429 ...)
	faultHang                // hold the request for delay (or until the client gives up), then 504
	faultSlow                // delay, then answer normally
	faultTruncate            // answer with the first half of the real body, then close
	faultMalformed           // answer 200 with bytes that are not JSON
	faultRPCError            // answer every element with a JSON-RPC internal error
	faultEchoURL             // answer every element with an error quoting the URL asked, as a proxy quoting its upstream does
)

var faultNames = map[faultKind]string{faultHTTP: "http", faultHang: "hang", faultSlow: "slow", faultTruncate: "truncate",
	faultMalformed: "malformed", faultRPCError: "rpc-error", faultEchoURL: "echo-url"}

type fault struct {
	kind   faultKind
	status int
	delay  time.Duration
}

// blocker holds requests with a given method until released.
type blocker struct {
	method  string
	forward bool // forward the request before holding the response (the node got it; the client never hears)
	hit     chan struct{}
	release chan struct{}
	hitOnce sync.Once
	once    sync.Once
}

func newRPCProxy(t testing.TB, target string) *rpcProxy {
	t.Helper()
	p := &rpcProxy{t: t, counts: map[string]int{}, client: &http.Client{Timeout: 60 * time.Second}}
	p.target.Store(&target)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.url = "http://" + l.Addr().String()
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = p.srv.Serve(l) }()
	t.Cleanup(func() {
		if b := p.block.Load(); b != nil {
			b.once.Do(func() { close(b.release) })
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = p.srv.Shutdown(ctx)
		_ = p.srv.Close()
	})
	return p
}

// setPolicy installs a fault policy (nil: no faults).
func (p *rpcProxy) setPolicy(f faultPolicy) {
	if f == nil {
		p.policy.Store(nil)
		return
	}
	p.policy.Store(&f)
}

// setTarget points the proxy at another node.
func (p *rpcProxy) setTarget(u string) { p.target.Store(&u) }

// holdMethod makes requests containing method wait until the returned release is called; hit is
// closed when the first such request arrives. With forward, the request reaches the node first.
func (p *rpcProxy) holdMethod(method string, forward bool) (hit <-chan struct{}, release func()) {
	b := &blocker{method: method, forward: forward, hit: make(chan struct{}), release: make(chan struct{})}
	p.block.Store(b)
	return b.hit, func() {
		p.block.CompareAndSwap(b, nil)
		b.once.Do(func() { close(b.release) })
	}
}

func (p *rpcProxy) count(kind string) {
	p.mu.Lock()
	p.counts[kind]++
	p.mu.Unlock()
}

// stats reports how many faults of each kind were injected.
func (p *rpcProxy) stats() map[string]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := map[string]int{}
	for k, v := range p.counts {
		out[k] = v
	}
	return out
}

func (p *rpcProxy) statsString() string {
	s := p.stats()
	var keys []string
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, s[k]))
	}
	return strings.Join(parts, " ")
}

// rpcMsg is a JSON-RPC request or response element.
type rpcMsg struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id,omitempty"`
	Method  string            `json:"method,omitempty"`
	Params  []json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage   `json:"result,omitempty"`
	Error   *rpcErr           `json:"error,omitempty"`
}

type rpcErr struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (p *rpcProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	trimmed := bytes.TrimSpace(body)
	batch := len(trimmed) > 0 && trimmed[0] == '['
	var reqs []*rpcMsg
	if batch {
		err = json.Unmarshal(trimmed, &reqs)
	} else {
		var m rpcMsg
		err = json.Unmarshal(trimmed, &m)
		reqs = []*rpcMsg{&m}
	}
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	methods := make([]string, len(reqs))
	for i, m := range reqs {
		methods[i] = m.Method
	}
	t0 := time.Now()
	var resps []*rpcMsg
	note := ""
	defer func() {
		if j := p.journal.Load(); j != nil {
			j.record(p.name, reqs, resps, time.Since(t0), note)
		}
	}()

	if b := p.block.Load(); b != nil && contains(methods, b.method) {
		b.hitOnce.Do(func() { close(b.hit) })
		if b.forward {
			_, _ = p.forward(r.Context(), reqs)
		}
		note = " held until released"
		select {
		case <-b.release:
		case <-r.Context().Done():
			return
		}
		if b.forward {
			http.Error(w, "held", http.StatusGatewayTimeout)
			return
		}
	}

	var f fault
	if pol := p.policy.Load(); pol != nil {
		f = (*pol)(methods)
	}
	if f.kind != faultNone {
		p.count(faultNames[f.kind])
		note = " fault " + faultNames[f.kind]
	}
	switch f.kind {
	case faultHTTP:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(f.status)
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"chaos: injected HTTP error"}}`)
		return
	case faultHang:
		select {
		case <-time.After(f.delay):
		case <-r.Context().Done():
			return
		}
		http.Error(w, "chaos: hung", http.StatusGatewayTimeout)
		return
	case faultSlow:
		select {
		case <-time.After(f.delay):
		case <-r.Context().Done():
			return
		}
	case faultMalformed:
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, []string{`{"jsonrpc":"2.0","id":`, `<html>502 Bad Gateway</html>`, "\x00\xff\xfe", `[{"jsonrpc":"2.0","result":}]`}[rand.IntN(4)])
		return
	case faultRPCError:
		resps = make([]*rpcMsg, len(reqs))
		for i, m := range reqs {
			resps[i] = &rpcMsg{JSONRPC: "2.0", ID: m.ID, Error: &rpcErr{Code: -32603, Message: "chaos: injected internal error"}}
		}
		p.write(w, resps, batch, false)
		return
	case faultEchoURL:
		out := make([]*rpcMsg, len(reqs))
		for i, m := range reqs {
			out[i] = &rpcMsg{JSONRPC: "2.0", ID: m.ID, Error: &rpcErr{Code: -32603, Message: "upstream http://" + r.Host + r.URL.RequestURI() + " timed out"}}
		}
		p.write(w, out, batch, false)
		return
	}

	resps, err = p.answer(r.Context(), reqs)
	if err != nil {
		note += " upstream: " + err.Error()
		http.Error(w, "chaos: upstream: "+err.Error(), http.StatusBadGateway)
		return
	}
	p.write(w, resps, batch, f.kind == faultTruncate)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func (p *rpcProxy) write(w http.ResponseWriter, resps []*rpcMsg, batch, truncate bool) {
	var out []byte
	if batch {
		out, _ = json.Marshal(resps)
	} else {
		out, _ = json.Marshal(resps[0])
	}
	w.Header().Set("Content-Type", "application/json")
	if truncate {
		_, _ = w.Write(out[:len(out)/2])
		// Abort the connection mid-body: the client reads a cut JSON document.
		if hj, ok := w.(http.Hijacker); ok {
			if c, _, err := hj.Hijack(); err == nil {
				_ = c.Close()
			}
		}
		return
	}
	_, _ = w.Write(out)
}

// answer resolves each element: locally when the lag hides it, else by forwarding (one batch).
func (p *rpcProxy) answer(ctx context.Context, reqs []*rpcMsg) ([]*rpcMsg, error) {
	out := make([]*rpcMsg, len(reqs))
	var fwd []*rpcMsg
	var fwdIdx []int
	lag := p.lag.Load()
	var visible uint64
	if lag > 0 {
		h, err := p.realHead(ctx)
		if err != nil {
			return nil, err
		}
		visible = h - min(h, uint64(lag))
	}
	for i, m := range reqs {
		if lag > 0 {
			if res, local := p.lagged(m, visible); local {
				out[i] = &rpcMsg{JSONRPC: "2.0", ID: m.ID, Result: res}
				continue
			}
		}
		fwd = append(fwd, m)
		fwdIdx = append(fwdIdx, i)
	}
	if len(fwd) > 0 {
		resps, err := p.forward(ctx, fwd)
		if err != nil {
			return nil, err
		}
		byID := map[string]*rpcMsg{}
		for _, r := range resps {
			byID[string(r.ID)] = r
		}
		for k, i := range fwdIdx {
			r := byID[string(fwd[k].ID)]
			if r == nil {
				r = &rpcMsg{JSONRPC: "2.0", ID: fwd[k].ID, Error: &rpcErr{Code: -32603, Message: "chaos: no upstream answer"}}
			}
			if fwd[k].Method == "eth_getLogs" && r.Error == nil && len(r.Result) > 2 && string(r.Result) != "null" && p.dropLogs.Load() > 0 {
				if p.dropLogs.Add(-1) >= 0 {
					p.count("dropped-logs")
					r = &rpcMsg{JSONRPC: "2.0", ID: r.ID, Result: json.RawMessage("[]")}
				}
			}
			out[i] = r
		}
	}
	return out, nil
}

// lagged rewrites m for a node whose head is visible: it answers locally what such a node would say
// (its head, null for newer blocks, no logs above its head) and clamps what it forwards.
func (p *rpcProxy) lagged(m *rpcMsg, visible uint64) (json.RawMessage, bool) {
	hexNum := func(n uint64) json.RawMessage { b, _ := json.Marshal(hexutil.Uint64(n)); return b }
	switch m.Method {
	case "eth_blockNumber":
		return hexNum(visible), true
	case "eth_getBlockByNumber":
		if len(m.Params) == 0 {
			return nil, false
		}
		var tag string
		if json.Unmarshal(m.Params[0], &tag) != nil {
			return nil, false
		}
		switch tag {
		case "latest", "pending":
			m.Params[0] = hexNum(visible)
		case "safe", "finalized", "earliest":
		default:
			n, err := hexutil.DecodeUint64(tag)
			if err == nil && n > visible {
				return json.RawMessage("null"), true
			}
		}
	case "eth_getLogs":
		if len(m.Params) == 0 {
			return nil, false
		}
		var f map[string]any
		if json.Unmarshal(m.Params[0], &f) != nil {
			return nil, false
		}
		num := func(k string) (uint64, bool) {
			s, _ := f[k].(string)
			if s == "" || s == "latest" || s == "pending" {
				return 0, false
			}
			n, err := hexutil.DecodeUint64(s)
			return n, err == nil
		}
		if from, ok := num("fromBlock"); ok && from > visible {
			return json.RawMessage("[]"), true
		}
		if to, ok := num("toBlock"); !ok || to > visible {
			f["toBlock"] = hexutil.Uint64(visible).String()
			m.Params[0], _ = json.Marshal(f)
		}
	}
	return nil, false
}

func (p *rpcProxy) realHead(ctx context.Context) (uint64, error) {
	p.headMu.Lock()
	defer p.headMu.Unlock()
	if time.Since(p.headAt) < 20*time.Millisecond {
		return p.headSeen, nil
	}
	resps, err := p.forward(ctx, []*rpcMsg{{JSONRPC: "2.0", ID: json.RawMessage(`1`), Method: "eth_blockNumber"}})
	if err != nil {
		return 0, err
	}
	var h hexutil.Uint64
	if len(resps) != 1 || json.Unmarshal(resps[0].Result, &h) != nil {
		return 0, fmt.Errorf("eth_blockNumber: bad answer")
	}
	p.headSeen, p.headAt = uint64(h), time.Now()
	return p.headSeen, nil
}

// forward sends the elements to the target as one batch and returns its answers.
func (p *rpcProxy) forward(ctx context.Context, reqs []*rpcMsg) ([]*rpcMsg, error) {
	body, _ := json.Marshal(reqs)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, *p.target.Load(), bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var out []*rpcMsg
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("upstream answered %d %q", resp.StatusCode, trim(string(raw)))
	}
	return out, nil
}
