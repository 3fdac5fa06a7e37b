package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// header is the part of a block header the indexer needs.
type header struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Time       hexutil.Uint64 `json:"timestamp"`
	// Bloom is the block's logsBloom: which addresses and topics its logs may hold (verify_blooms).
	Bloom types.Bloom `json:"logsBloom"`
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
}

// rpcPool spreads requests over several RPC URLs: failover on errors, jittered exponential backoff
// capped at maxBackoff, and a per-endpoint token bucket that halves its rate on HTTP 429.
type rpcPool struct {
	eps        []*endpoint
	maxBackoff time.Duration
	timeout    time.Duration
	// hedgeAfter caps the hedge delay (indexer.hedge_after; 0: no hedging).
	hedgeAfter time.Duration
	attempts   int
	m          *metrics
	log        *slog.Logger
}

func dialPool(urls []string, rps float64, maxBackoff, timeout, hedgeAfter time.Duration, m *metrics, log *slog.Logger) (*rpcPool, error) {
	p := &rpcPool{maxBackoff: maxBackoff, timeout: timeout, hedgeAfter: hedgeAfter, attempts: 12, m: m, log: log}
	if p.maxBackoff <= 0 {
		p.maxBackoff = 30 * time.Second
	}
	for i, u := range urls {
		c, err := rpc.DialOptions(context.Background(), u, rpc.WithHTTPClient(&http.Client{}))
		if err != nil {
			return nil, fmt.Errorf("chain.rpc[%d] %s: %w", i, endpointName(i, u), err)
		}
		ep := &endpoint{url: u, name: endpointName(i, u), client: c, bucket: newBucket(rps)}
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

func (p *rpcPool) close() {
	for _, e := range p.eps {
		e.client.Close()
	}
}

// timedOut quarantines an endpoint whose request ran into the request timeout (F2: a node that accepts
// connections and never answers would otherwise cost every later request that timeout too). The
// quarantine is short and never takes the last healthy endpoint.
func (p *rpcPool) timedOut(ep *endpoint, err error) {
	if isTimeout(err) || strings.Contains(err.Error(), "deadline exceeded") {
		p.quarantine(ep, "request timed out after "+p.timeout.String())
	}
}

// countTimeout is timedOut for a pooled request (one that fails over): it also counts the request in
// rpc_timeouts_total — it cost the whole request timeout, which hedging is there to avoid.
func (p *rpcPool) countTimeout(ep *endpoint, err error) {
	if isTimeout(err) {
		p.m.timeouts.WithLabelValues(ep.name).Inc()
	}
	p.timedOut(ep, err)
}

// start is where a request's rotation begins: random, so a step's sequence of requests does not land
// the same call on the same endpoint every time (a fixed number of calls per step did, with a
// round-robin counter).
func (p *rpcPool) start() uint64 { return rand.Uint64() }

// pick returns the endpoint for attempt n of a request, rotating so retries go elsewhere and skipping
// quarantined endpoints (unless all are), with its index.
func (p *rpcPool) pick(start uint64, n int) (*endpoint, int) {
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

// errFatalRPC marks errors not worth retrying (the caller handles them, e.g. a range too large).
type rangeError struct {
	err     error
	suggest [2]uint64 // a range the provider suggested, when it did
	hasHint bool
	timeout bool
}

func (e *rangeError) Error() string { return "log range too large: " + e.err.Error() }
func (e *rangeError) Unwrap() error { return e.err }

var (
	// "query returned more than 10000 results. Try with this block range [0x1, 0x2]." (Alchemy, geth-likes)
	// "... range should work: [0x.., 0x..]" (Infura/QuickNode style)
	hintRe = regexp.MustCompile(`\[\s*(0x[0-9a-fA-F]+|\d+)\s*,\s*(0x[0-9a-fA-F]+|\d+)\s*\]`)
	// "block range is too large, max is 1000" / "exceed maximum block range: 5000" / "limited to a 2000 block range"
	maxRe = regexp.MustCompile(`(?i)(?:max(?:imum)?(?: block)?(?: range)?(?: is| of|:)?\s*|limited to (?:a )?)(\d+)`)
)

var rangeMarkers = []string{
	"more than", "too many", "range too large", "range is too large", "block range", "limit exceeded",
	"exceed", "response size", "too large", "query timeout", "timed out", "timeout", "range should work",
	"query returned", "results", "max range", "log response size",
}

// classifyLogsError recognizes "ask for fewer blocks" errors from eth_getLogs.
func classifyLogsError(err error, from uint64) (*rangeError, bool) {
	if err == nil {
		return nil, false
	}
	var he rpc.HTTPError
	if errors.As(err, &he) && (he.StatusCode == 429 || he.StatusCode >= 500 && !strings.Contains(strings.ToLower(string(he.Body)), "range")) {
		return nil, false
	}
	msg := strings.ToLower(err.Error())
	if isTimeout(err) {
		// Our own request timeout says nothing about the range by itself: getLogsAt decides.
		return nil, false
	}
	hit := false
	for _, m := range rangeMarkers {
		if strings.Contains(msg, m) {
			hit = true
			break
		}
	}
	if !hit {
		return nil, false
	}
	re := &rangeError{err: err}
	if m := hintRe.FindStringSubmatch(err.Error()); m != nil {
		a, e1 := parseNum(m[1])
		b, e2 := parseNum(m[2])
		if e1 == nil && e2 == nil && b >= a && a == from {
			re.suggest, re.hasHint = [2]uint64{a, b}, true
		}
	} else if m := maxRe.FindStringSubmatch(msg); m != nil {
		if n, err := strconv.ParseUint(m[1], 10, 64); err == nil && n > 0 {
			re.suggest, re.hasHint = [2]uint64{from, from + n - 1}, true
		}
	}
	return re, true
}

func parseNum(s string) (uint64, error) {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return strconv.ParseUint(s[2:], 16, 64)
	}
	return strconv.ParseUint(s, 10, 64)
}

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

// call runs one JSON-RPC call with retries and failover. classify, when set, may declare an error final
// (returned at once, e.g. a range error for eth_getLogs).
func (p *rpcPool) call(ctx context.Context, classify func(error) error, result any, method string, args ...any) error {
	_, err := p.callAt(ctx, p.start(), classify, result, method, args...)
	return err
}

// callAt is call whose first attempt goes to endpoint start; it returns the endpoint that answered.
func (p *rpcPool) callAt(ctx context.Context, start uint64, classify func(error) error, result any, method string, args ...any) (*endpoint, error) {
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
		p.m.rpcErrors.WithLabelValues(method).Inc()
		if classify != nil {
			if ferr := classify(err); ferr != nil {
				return nil, ferr
			}
		}
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
		if err := p.sleep(ctx, n); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("%s: %d attempts failed: %w", method, p.attempts, last)
}

// batch runs a JSON-RPC batch with retries and failover; it succeeds only when every element did.
func (p *rpcPool) batch(ctx context.Context, method string, elems []rpc.BatchElem) error {
	_, err := p.batchAt(ctx, p.start(), method, elems)
	return err
}

// batchAt is batch whose first attempt goes to endpoint start; it returns the endpoint that answered.
func (p *rpcPool) batchAt(ctx context.Context, start uint64, method string, elems []rpc.BatchElem) (int, error) {
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
		p.m.rpcErrors.WithLabelValues(method).Inc()
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
		if err := p.sleep(ctx, n); err != nil {
			return -1, err
		}
	}
	return -1, fmt.Errorf("%s batch: %d attempts failed: %w", method, p.attempts, last)
}

func (p *rpcPool) sleep(ctx context.Context, n int) error {
	d := 50 * time.Millisecond * time.Duration(1<<min(n, 20))
	if d > p.maxBackoff || d <= 0 {
		d = p.maxBackoff
	}
	d = d/2 + time.Duration(rand.Int64N(int64(d/2)+1)) // jitter in [d/2, d]
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// chainIDAt asks one endpoint (no failover: each URL is checked on its own).
func (p *rpcPool) chainIDAt(ctx context.Context, i int) (uint64, error) {
	var err error
	for n := 0; n < 4; n++ {
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
			// to call it down at start (four cost a black-holed RPC 40 s before indexing began).
			return 0, err
		}
		if serr := p.sleep(ctx, n); serr != nil {
			return 0, serr
		}
	}
	return 0, err
}

// headerByNumber returns nil (no error) when no endpoint has the block: one that lacks it is
// lagging, and the next endpoint is asked (F6: a lagging node no longer fails the whole step).
func (p *rpcPool) headerByNumber(ctx context.Context, n uint64) (*header, error) {
	start := p.start()
	var lacking []*endpoint
	for k := 0; k < len(p.eps); k++ {
		var h *header
		ep, err := p.callAt(ctx, start+uint64(k), nil, &h, "eth_getBlockByNumber", hexutil.Uint64(n), false)
		if err != nil {
			return nil, err
		}
		if h != nil {
			p.caughtUp(ep)
			for _, l := range lacking {
				if l != ep {
					p.lagged(l, n)
				}
			}
			return h, nil
		}
		lacking = append(lacking, ep)
	}
	return nil, nil
}

// headerByTag fetches latest/safe/finalized.
func (p *rpcPool) headerByTag(ctx context.Context, tag string) (*header, error) {
	var h *header
	if err := p.call(ctx, nil, &h, "eth_getBlockByNumber", tag, false); err != nil {
		return nil, err
	}
	return h, nil
}

// headers fetches many headers with batched eth_getBlockByNumber calls (chunks of 200), on up to
// `parallel` connections. A missing block yields a nil entry.
func (p *rpcPool) headers(ctx context.Context, nums []uint64) (map[uint64]*header, error) {
	const chunk = 200
	out := make(map[uint64]*header, len(nums))
	var mu sync.Mutex
	var firstErr error
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i := 0; i < len(nums); i += chunk {
		part := nums[i:min(i+chunk, len(nums))]
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			hs := make([]*header, len(part))
			elems := make([]rpc.BatchElem, len(part))
			for j, n := range part {
				elems[j] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(n), false}, Result: &hs[j]}
			}
			start := p.start()
			epi, err := p.batchAt(ctx, start, "eth_getBlockByNumber", elems)
			// A node lacking some blocks is lagging: ask the others before reporting them missing.
			for k := 1; err == nil && k < len(p.eps) && slices.Contains(hs, nil); k++ {
				lagging := p.eps[epi]
				for j := range hs {
					hs[j] = nil
				}
				if epi, err = p.batchAt(ctx, uint64(epi+1), "eth_getBlockByNumber", elems); err == nil && !slices.Contains(hs, nil) {
					p.lagged(lagging, part[len(part)-1])
				}
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				return
			}
			for j, n := range part {
				out[n] = hs[j]
			}
		}()
	}
	wg.Wait()
	return out, firstErr
}

// getLogsAt is eth_getLogs over [from, to], batched in one HTTP request with the header of `to`: behind a
// load balancer a batch goes to one node, so a lagging node (which clamps the range to its head and
// silently returns fewer logs) shows itself by not having block `to`. A range error is returned as
// *rangeError; a missing `to` as errLagging.
// The first attempt goes to endpoint start (mod the pool size); the index of the endpoint that
// answered is returned.
func (p *rpcPool) getLogsAt(ctx context.Context, start uint64, from, to uint64, addrs []common.Address, topics []common.Hash) ([]types.Log, *header, int, error) {
	arg := map[string]any{
		"fromBlock": hexutil.Uint64(from),
		"toBlock":   hexutil.Uint64(to),
		"address":   addrs,
		"topics":    [][]common.Hash{topics},
	}
	var last error
	throttled, lagging := 0, 0
	timedOut := map[*endpoint]bool{}
	for n := 0; n < p.attempts; n++ {
		ep, epi := p.pick(start, n)
		if err := ep.bucket.wait(ctx); err != nil {
			return nil, nil, -1, err
		}
		type answer struct {
			raw  json.RawMessage
			h    *header
			body []byte // rawBatch's buffer under raw, reused once raw is decoded
		}
		r := hedged(ctx, p, "eth_getLogs", "eth_getLogs", 1, epi, func(ctx context.Context, ep *endpoint) (answer, error) {
			var a answer
			if ep.http != nil {
				res, body, err := rawBatch(ctx, ep.http, ep.url, []rawCall{
					{"eth_getBlockByNumber", []any{hexutil.Uint64(to), false}},
					{"eth_getLogs", []any{arg}},
				})
				if err != nil {
					return a, err
				}
				if err = res[1].err; err == nil {
					err = res[0].err
				}
				if err != nil {
					return a, err
				}
				if err = json.Unmarshal(res[0].result, &a.h); err != nil {
					return a, fmt.Errorf("decoding header: %w", err)
				}
				a.raw, a.body = res[1].result, body
				return a, nil
			}
			elems := []rpc.BatchElem{
				{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(to), false}, Result: &a.h},
				{Method: "eth_getLogs", Args: []any{arg}, Result: &a.raw},
			}
			err := ep.client.BatchCallContext(ctx, elems)
			if err == nil {
				if err = elems[1].Error; err == nil {
					err = elems[0].Error
				}
			}
			return a, err
		})
		ep, epi = r.ep, r.epi
		raw, h, err := r.v.raw, r.v.h, r.err
		if ctx.Err() != nil {
			return nil, nil, -1, ctx.Err()
		}
		var logs []types.Log
		if err == nil {
			if logs, err = decodeLogs(raw); err != nil {
				err = fmt.Errorf("decoding eth_getLogs result: %w", err)
			} else if r.v.body != nil {
				putBody(r.v.body) // the logs are copies: nothing points into the answer any more
			}
		}
		if err == nil {
			ep.bucket.success()
			if h == nil {
				// This node lacks block `to` (its logs may stop short): lagging. Ask the next one
				// at once; only when every endpoint lacks it is the step given up.
				p.lagged(ep, to)
				if lagging++; lagging < len(p.eps) {
					continue
				}
				return nil, nil, -1, fmt.Errorf("block %d: %w", to, errLagging)
			}
			p.caughtUp(ep)
			return logs, h, epi, nil
		}
		p.m.rpcErrors.WithLabelValues("eth_getLogs").Inc()
		p.countTimeout(ep, err)
		if isTimeout(err) {
			// The range may be too large for the node to answer in time — or the node is not
			// answering at all (F2). Only once every endpoint has timed out on it is the range
			// shrunk; before, the next endpoint is asked the same range.
			timedOut[ep] = true
			if len(timedOut) >= len(p.eps) {
				return nil, nil, -1, &rangeError{err: err, timeout: true}
			}
			last = err
			continue
		} else if re, ok := classifyLogsError(err, from); ok {
			return nil, nil, -1, re
		}
		last = err
		if is429(err) && throttled < p.attempts*4 {
			p.m.rateLimited.Inc()
			ep.bucket.throttle()
			throttled++
			n--
			continue
		}
		p.log.Debug("rpc retry", "method", "eth_getLogs", "endpoint", ep.name, "attempt", n+1, "err", err)
		if err := p.sleep(ctx, n); err != nil {
			return nil, nil, -1, err
		}
	}
	return nil, nil, -1, fmt.Errorf("eth_getLogs: %d attempts failed: %w", p.attempts, last)
}

// bucket is a token bucket whose rate halves on 429 and creeps back up on success.
type bucket struct {
	mu     sync.Mutex
	max    float64 // configured rate; +Inf when unlimited
	rate   float64
	tokens float64
	last   time.Time
	// throttled is when the rate was last halved.
	throttled time.Time
}

func newBucket(rps float64) *bucket {
	if rps <= 0 {
		rps = math.Inf(1)
	}
	return &bucket{max: rps, rate: rps, tokens: 1, last: time.Now()}
}

func (b *bucket) wait(ctx context.Context) error {
	for {
		b.mu.Lock()
		if math.IsInf(b.rate, 1) {
			b.mu.Unlock()
			return nil
		}
		now := time.Now()
		b.tokens = math.Min(math.Max(1, b.rate), b.tokens+now.Sub(b.last).Seconds()*b.rate)
		b.last = now
		if b.tokens >= 1 {
			b.tokens--
			b.mu.Unlock()
			return nil
		}
		need := time.Duration((1 - b.tokens) / b.rate * float64(time.Second))
		b.mu.Unlock()
		t := time.NewTimer(need)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (b *bucket) throttle() {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	if now.Sub(b.throttled) < 500*time.Millisecond {
		return // a burst of 429s from concurrent requests is one signal
	}
	b.throttled = now
	if math.IsInf(b.rate, 1) {
		b.rate = 50
	} else {
		b.rate = math.Max(1, b.rate/2)
	}
	b.tokens = 0
	b.last = now
}

func (b *bucket) success() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if math.IsInf(b.rate, 1) || b.rate >= b.max {
		return
	}
	b.rate *= 1.05
	if b.rate >= b.max || (math.IsInf(b.max, 1) && b.rate > 1000) {
		b.rate = b.max
	}
}

// marshalJSON is json.Marshal for notifier payloads.
func marshalJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}
