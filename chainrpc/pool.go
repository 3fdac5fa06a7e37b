package chainrpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/internal/ctxtime"
)

// Header is the part of a block header a reader of logs needs: its place in the chain (number, hash,
// parent hash, to check that answers describe one chain), its time, and its logsBloom (to check that
// an eth_getLogs answer left nothing out).
type Header struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Time       hexutil.Uint64 `json:"timestamp"`
	// Bloom is the block's logsBloom: which addresses and topics its logs may hold.
	Bloom types.Bloom `json:"logsBloom"`
}

// Errors a caller recovers from by asking again later.
var (
	// ErrLagging: no endpoint has the block asked for yet (every one of them is behind it).
	ErrLagging = errors.New("node does not have the block yet (lagging)")
	// ErrChainMoved: answers that should describe one chain do not (a reorg between two requests, or
	// endpoints on different forks).
	ErrChainMoved = errors.New("chain changed while fetching")
)

// Options configures a Pool. The zero value works: no rate limit, 30 s backoff cap, 10 s request
// timeout, no hedging, metrics unregistered, slog.Default().
type Options struct {
	// RequestsPerSecond caps each endpoint's request rate (0: unlimited). A 429 halves it; answers
	// creep it back up to the cap.
	RequestsPerSecond float64
	// MaxBackoff caps the jittered exponential backoff between retries (default 30 s).
	MaxBackoff time.Duration
	// Timeout bounds each request (default 10 s): a node that accepts connections and never answers
	// costs at most this, and usually only the hedge delay.
	Timeout time.Duration
	// HedgeAfter caps the hedge delay (0: no hedging): see hedge.go.
	HedgeAfter time.Duration
	// Registerer receives the metrics (nil: none registered). Subsystem names them
	// covey_<Subsystem>_rpc_* (default "chain"; the indexer's pool keeps "indexer").
	Registerer prometheus.Registerer
	Subsystem  string
	Logger     *slog.Logger
}

// Pool reads one chain through several RPC URLs as if they were one reliable node: failover on
// errors, jittered exponential backoff, a per-endpoint token bucket that halves its rate on HTTP 429,
// hedged requests past a node that does not answer (F2), and endpoints that lag or follow another
// fork quarantined for a while (F6). Every answer is checked the same way whoever gave it, so any
// endpoint may answer any request. Safe for concurrent use.
type Pool struct {
	eps        []*endpoint
	maxBackoff time.Duration
	timeout    time.Duration
	// hedgeAfter caps the hedge delay (0: no hedging).
	hedgeAfter time.Duration
	attempts   int
	m          *metrics
	log        *slog.Logger
}

// endpoint is one RPC URL with its own adaptive rate limit.
type endpoint struct {
	url    string
	name   string // url without secrets (endpointName), for logs and metrics
	health health
	client *rpc.Client
	http   *http.Client // set for http(s) URLs: the eth_getLogs hot path bypasses rpc.Client
	bucket *bucket
	lat    latencies // recent answer times, for the hedge delay
	// asked counts the failover requests that started on this endpoint (hedges sent to it not
	// included): with rpc_hedged_total and rpc_timeouts_total it tells what became of them.
	asked atomic.Int64
	// probing: Latest has a request for this quarantined endpoint's head in flight (latest.go probe);
	// one at a time, so a quarantined black hole holds one request, not one per step.
	probing atomic.Bool
}

// Dial opens a pool over urls (http(s) or ws(s)). It does not touch the network: a URL that is down
// now is failed over until it answers.
func Dial(urls []string, o Options) (*Pool, error) {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Subsystem == "" {
		o.Subsystem = "chain"
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	p := &Pool{maxBackoff: o.MaxBackoff, timeout: o.Timeout, hedgeAfter: o.HedgeAfter, attempts: 12, m: newMetrics(o.Registerer, o.Subsystem), log: o.Logger}
	if p.maxBackoff <= 0 {
		p.maxBackoff = 30 * time.Second
	}
	for i, u := range urls {
		c, err := rpc.DialOptions(context.Background(), u, rpc.WithHTTPClient(&http.Client{}))
		if err != nil {
			p.Close()
			return nil, fmt.Errorf("chain.rpc[%d] %s: %w", i, endpointName(i, u), err)
		}
		ep := &endpoint{url: u, name: endpointName(i, u), client: c, bucket: newBucket(o.RequestsPerSecond)}
		if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			ep.http = &http.Client{}
		}
		p.eps = append(p.eps, ep)
	}
	if len(p.eps) == 0 {
		return nil, errors.New("chain.rpc: no RPC URL configured")
	}
	return p, nil
}

// Close releases the connections.
func (p *Pool) Close() {
	for _, e := range p.eps {
		e.client.Close()
	}
}

// EndpointStatus is one endpoint as the pool sees it now, for status pages and tests.
type EndpointStatus struct {
	// Name is the URL without what may be a secret: rpcN:scheme://host.
	Name string
	// Quarantined: out of rotation for now (lagging, another fork, timing out, losing hedges).
	Quarantined bool
	// Asked counts the requests whose failover rotation started on it (hedges to it not included).
	Asked int64
}

// Endpoints reports every endpoint, in the order of the URLs given to Dial.
func (p *Pool) Endpoints() []EndpointStatus {
	now := time.Now()
	out := make([]EndpointStatus, len(p.eps))
	for i, ep := range p.eps {
		out[i] = EndpointStatus{Name: ep.name, Quarantined: p.quarantined(ep, now), Asked: ep.asked.Load()}
	}
	return out
}

// timedOut quarantines an endpoint whose request ran into the request timeout (F2: a node that accepts
// connections and never answers would otherwise cost every later request that timeout too), and
// marks it mute (Poll). The quarantine is short and never takes the last healthy endpoint.
func (p *Pool) timedOut(ep *endpoint, err error) {
	if isTimeout(err) || strings.Contains(err.Error(), "deadline exceeded") {
		p.silenced(ep)
		p.quarantine(ep, "request timed out after "+p.timeout.String())
	}
}

// countTimeout is timedOut for a pooled request (one that fails over): it also counts the request in
// rpc_timeouts_total — it cost the whole request timeout, which hedging is there to avoid.
func (p *Pool) countTimeout(ep *endpoint, err error) {
	if isTimeout(err) {
		p.m.timeouts.WithLabelValues(ep.name).Inc()
	}
	p.timedOut(ep, err)
}

// Start is where a request's rotation begins: random, so a sequence of requests does not land the
// same call on the same endpoint every time (a fixed number of calls per step did, with a round-robin
// counter). Pass it, or an endpoint's index plus one to start after that endpoint, to LogsAt.
func (p *Pool) Start() uint64 { return rand.Uint64() }

// pick returns the endpoint for attempt n of a request, rotating so retries go elsewhere and skipping
// quarantined endpoints (unless all are), with its index.
func (p *Pool) pick(start uint64, n int) (*endpoint, int) {
	k := uint64(len(p.eps))
	i := int((start + uint64(n)) % k)
	if k == 1 {
		return p.eps[0], 0
	}
	now := time.Now()
	for j := 0; j < len(p.eps); j++ {
		c := (i + j) % len(p.eps)
		if !p.quarantined(p.eps[c], now) {
			return p.eps[c], c
		}
	}
	return p.eps[i], i
}

// is429 says whether err is a provider asking us to slow down.
func is429(err error) bool {
	var he rpc.HTTPError
	if errors.As(err, &he) && he.StatusCode == http.StatusTooManyRequests {
		return true
	}
	var re rpc.Error
	if errors.As(err, &re) && (re.ErrorCode() == 429 || re.ErrorCode() == -32005) {
		return true
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "429") || strings.Contains(s, "rate limit")
}

// Call runs one JSON-RPC call with retries and failover and decodes its result into result (for
// what the typed methods do not cover, e.g. eth_getCode).
func (p *Pool) Call(ctx context.Context, result any, method string, args ...any) error {
	_, err := p.callAt(ctx, p.Start(), result, method, args...)
	return err
}

// callAt is Call whose first attempt goes to endpoint start; it returns the endpoint that answered.
func (p *Pool) callAt(ctx context.Context, start uint64, result any, method string, args ...any) (*endpoint, error) {
	var last error
	for n := 0; n < p.attempts; n++ {
		ep, epi := p.pick(start, n)
		if err := ep.bucket.wait(ctx); err != nil {
			return nil, err
		}
		// Each request decodes into its own buffer (a hedged pair runs at once); the winner's is decoded.
		r := hedged(ctx, p, method, method, 1, epi, func(ctx context.Context, ep *endpoint) (json.RawMessage, error) {
			var raw json.RawMessage
			err := ep.client.CallContext(ctx, &raw, method, args...)
			return raw, err
		})
		ep, err := r.ep, r.err
		if err == nil && result != nil && len(r.v) > 0 {
			if err = json.Unmarshal(r.v, result); err != nil {
				err = fmt.Errorf("decoding %s result: %w", method, err)
			}
		}
		if err == nil {
			ep.bucket.success()
			return ep, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		p.m.errors.WithLabelValues(method).Inc()
		last = err
		p.countTimeout(ep, err)
		if is429(err) {
			p.m.rateLimited.Inc()
			ep.bucket.throttle()
			n-- // 429 slows down, it does not fail the request
			if n < -p.attempts*4 {
				return nil, fmt.Errorf("%s: rate limited: %w", method, err)
			}
			continue
		}
		p.log.Debug("rpc retry", "method", method, "endpoint", ep.name, "attempt", n+1, "err", err)
		if err := p.backoff(ctx, n); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("%s: %d attempts failed: %w", method, p.attempts, last)
}

// batchAt runs a JSON-RPC batch with retries and failover, its first attempt on endpoint start; it
// succeeds only when every element did, and returns the index of the endpoint that answered.
func (p *Pool) batchAt(ctx context.Context, start uint64, method string, elems []rpc.BatchElem) (int, error) {
	if len(elems) == 0 {
		return -1, nil
	}
	calls := make([]rpc.BatchElem, len(elems))
	for i, e := range elems {
		calls[i] = rpc.BatchElem{Method: e.Method, Args: e.Args}
	}
	var last error
	throttled := 0
	for n := 0; n < p.attempts; n++ {
		ep, epi := p.pick(start, n)
		if err := ep.bucket.wait(ctx); err != nil {
			return -1, err
		}
		// Each request decodes into buffers of its own (a hedged pair runs at once, and the loser may
		// still run after the winner's answers are decoded into elems): it reads only calls.
		r := hedged(ctx, p, method+"[]", method, float64(len(elems)), epi, func(ctx context.Context, ep *endpoint) ([]rpc.BatchElem, error) {
			mine := make([]rpc.BatchElem, len(calls))
			for i, c := range calls {
				mine[i] = rpc.BatchElem{Method: c.Method, Args: c.Args, Result: new(json.RawMessage)}
			}
			if err := ep.client.BatchCallContext(ctx, mine); err != nil {
				return nil, err
			}
			for _, e := range mine {
				if e.Error != nil {
					return nil, e.Error
				}
			}
			return mine, nil
		})
		ep, epi = r.ep, r.epi
		err := r.err
		for i := range elems {
			elems[i].Error = nil
			if err != nil {
				continue
			}
			if raw := *r.v[i].Result.(*json.RawMessage); len(raw) > 0 && elems[i].Result != nil {
				if elems[i].Error = json.Unmarshal(raw, elems[i].Result); elems[i].Error != nil {
					err = fmt.Errorf("decoding %s result: %w", method, elems[i].Error)
				}
			}
		}
		if err == nil {
			ep.bucket.success()
			return epi, nil
		}
		if ctx.Err() != nil {
			return -1, ctx.Err()
		}
		p.m.errors.WithLabelValues(method).Inc()
		last = err
		p.countTimeout(ep, err)
		if is429(err) && throttled < p.attempts*4 {
			p.m.rateLimited.Inc()
			ep.bucket.throttle()
			throttled++
			n--
			continue
		}
		p.log.Debug("rpc batch retry", "method", method, "endpoint", ep.name, "attempt", n+1, "err", err)
		if err := p.backoff(ctx, n); err != nil {
			return -1, err
		}
	}
	return -1, fmt.Errorf("%s batch: %d attempts failed: %w", method, p.attempts, last)
}

// backoff sleeps before retry n+1 (n from 0): 50 ms doubling per retry, capped at Options.MaxBackoff,
// jittered to [d/2, d] so callers that failed together do not retry together. It returns early with
// ctx's error.
func (p *Pool) backoff(ctx context.Context, n int) error {
	d := 50 * time.Millisecond * time.Duration(1<<min(n, 20))
	if d > p.maxBackoff || d <= 0 {
		d = p.maxBackoff
	}
	d = d/2 + time.Duration(rand.Int64N(int64(d/2)+1)) // jitter in [d/2, d]
	return ctxtime.Sleep(ctx, d, nil)
}

// rateLimitedStart is how long chainIDAt keeps asking an endpoint that answers 429: it is up and
// asking us to slow down, which is no reason to call it down and stop a service at start (a provider's
// burst limit commonly lasts a few seconds).
const rateLimitedStart = 30 * time.Second

// chainIDAt asks endpoint i alone for its chain id (no failover: each URL is checked on its own, so a
// URL serving another chain is found before anything is read from it). Four failures call it down;
// 429s do not count, for up to rateLimitedStart.
func (p *Pool) chainIDAt(ctx context.Context, i int) (uint64, error) {
	var err error
	throttledUntil := time.Now().Add(rateLimitedStart)
	for n, failures := 0, 0; failures < 4; n++ {
		var id hexutil.Uint64
		cctx, cancel := context.WithTimeout(ctx, p.timeout)
		err = p.eps[i].client.CallContext(cctx, &id, "eth_chainId")
		cancel()
		if err == nil {
			return uint64(id), nil
		}
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		if isTimeout(err) {
			// A node that accepts connections and never answers: one request timeout is enough
			// to call it down at start (four cost a black-holed RPC 40 s before indexing began),
			// and to quarantine it: the start's next requests (the head, contract code) would
			// each wait the hedge delay for it (O9).
			p.timedOut(p.eps[i], err)
			return 0, err
		}
		if !is429(err) || time.Now().After(throttledUntil) {
			failures++
		}
		if serr := p.backoff(ctx, min(n, 5)); serr != nil {
			return 0, serr
		}
	}
	return 0, err
}

// ChainIDs asks every endpoint for its chain id at once (a hanging one costs its request timeout
// once, not once per endpoint); errs[i] is endpoint i's failure.
func (p *Pool) ChainIDs(ctx context.Context) (ids []uint64, errs []error) {
	ids, errs = make([]uint64, len(p.eps)), make([]error, len(p.eps))
	done := make(chan struct{}, len(p.eps))
	for i := range p.eps {
		go func() {
			ids[i], errs[i] = p.chainIDAt(ctx, i)
			done <- struct{}{}
		}()
	}
	for range p.eps {
		<-done
	}
	return ids, errs
}

// ChainID is the chain id every reachable endpoint agrees on: an error names an endpoint serving
// another chain, or says none is reachable.
func (p *Pool) ChainID(ctx context.Context) (uint64, error) {
	ids, errs := p.ChainIDs(ctx)
	first := -1
	var down []error
	for i := range ids {
		switch {
		case errs[i] != nil:
			down = append(down, fmt.Errorf("%s: %w", p.eps[i].name, errs[i]))
		case first < 0:
			first = i
		case ids[i] != ids[first]:
			return 0, fmt.Errorf("%s serves chain %d, %s chain %d", p.eps[first].name, ids[first], p.eps[i].name, ids[i])
		}
	}
	if first < 0 {
		return 0, fmt.Errorf("no RPC reachable: %w", errors.Join(down...))
	}
	return ids[first], nil
}

// Code is the code at addr in the latest block (empty: no contract there).
func (p *Pool) Code(ctx context.Context, addr common.Address) ([]byte, error) {
	var code hexutil.Bytes
	if err := p.Call(ctx, &code, "eth_getCode", addr, "latest"); err != nil {
		return nil, err
	}
	return code, nil
}
