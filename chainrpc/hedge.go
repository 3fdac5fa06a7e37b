package chainrpc

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Hedged requests (F2). A node that accepts connections and never answers used to cost every request
// that landed on it the whole request timeout (Options.Timeout) before failover. Now a read-only request (the
// pooled calls, header batches and eth_getLogs: every answer is checked the same way whoever gave it)
// that has not been answered after the hedge delay is sent again to the next healthy endpoint, and the
// first good answer wins; the other request is cancelled. The delay adapts to what such a request
// takes: hedgeFactor times the endpoint's recent p95 for that kind of request (the other endpoints'
// when it has answered too few), bounded to [hedgeFloor, Options.HedgeAfter]; 0 turns hedging off.
// An endpoint that loses hedgeStrikes hedges in a row without answering is quarantined like F6 does.
const (
	hedgeFactor = 3
	hedgeFloor  = 100 * time.Millisecond
	// hedgeStrikes is how many hedges in a row an endpoint may lose (no answer while another endpoint
	// answered the same request) before it is quarantined.
	hedgeStrikes = 3
	// latencyWindow is how many recent answer times per endpoint and kind of request the p95 is over;
	// latencyMin how many are needed before they count.
	latencyWindow = 32
	latencyMin    = 5
)

// latencies holds an endpoint's recent answer times by kind of request (eth_getLogs takes longer
// than a header: one p95 over both would hedge one too late or the other too early).
type latencies struct {
	mu   sync.Mutex
	ring map[string][]time.Duration
	next map[string]int
}

func (l *latencies) observe(kind string, d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ring == nil {
		l.ring, l.next = map[string][]time.Duration{}, map[string]int{}
	}
	r := l.ring[kind]
	if len(r) < latencyWindow {
		l.ring[kind] = append(r, d)
		return
	}
	r[l.next[kind]] = d
	l.next[kind] = (l.next[kind] + 1) % latencyWindow
}

// p95 is the 95th percentile of the recent answer times of kind; false with fewer than latencyMin.
func (l *latencies) p95(kind string) (time.Duration, bool) {
	l.mu.Lock()
	r := slices.Clone(l.ring[kind])
	l.mu.Unlock()
	if len(r) < latencyMin {
		return 0, false
	}
	slices.Sort(r)
	return r[(len(r)*95-1)/100], true
}

// hedgeDelay is how long a request of kind to ep may go unanswered before it is hedged; 0: never
// (hedging off, or a single endpoint: nothing changes with one).
func (p *Pool) hedgeDelay(ep *endpoint, kind string) time.Duration {
	if p.hedgeAfter <= 0 || len(p.eps) < 2 {
		return 0
	}
	q, ok := ep.lat.p95(kind)
	if !ok {
		// Too few answers from ep (a node that never answers has none): what the others take.
		for _, e := range p.eps {
			if v, ok2 := e.lat.p95(kind); e != ep && ok2 && (!ok || v > q) {
				q, ok = v, true
			}
		}
	}
	if !ok {
		return p.hedgeAfter
	}
	return min(max(hedgeFactor*q, min(hedgeFloor, p.hedgeAfter)), p.hedgeAfter)
}

// hedgeTarget is the next endpoint after index i out of quarantine, else the next one at all: a
// quarantined endpoint (left from an earlier fork or lag) is still a better bet than waiting out the
// request timeout on one that does not answer, and its answer goes through every check. nil with a
// single endpoint.
func (p *Pool) hedgeTarget(i int) (*endpoint, int) {
	now := time.Now()
	for j := 1; j < len(p.eps); j++ {
		c := (i + j) % len(p.eps)
		if !p.quarantined(p.eps[c], now) {
			return p.eps[c], c
		}
	}
	if len(p.eps) > 1 {
		c := (i + 1) % len(p.eps)
		return p.eps[c], c
	}
	return nil, -1
}

// attempt is one request's outcome on one endpoint.
type attempt[T any] struct {
	ep  *endpoint
	epi int
	v   T
	err error
}

// hedged sends one request (do, bounded by the request timeout) to endpoint epi — the caller waited
// for its rate limit — and, when that has not answered within the hedge delay, the same request to the
// next healthy endpoint. It returns the first answer without error (the other request is cancelled),
// else the first endpoint's failure; the caller checks and accounts the returned outcome as for any
// answer. weight is what the request adds to rpc_requests_total{method}.
func hedged[T any](ctx context.Context, p *Pool, kind, method string, weight float64, epi int, do func(context.Context, *endpoint) (T, error)) attempt[T] {
	run := func(ctx context.Context, ep *endpoint, i int) attempt[T] {
		t0 := time.Now()
		cctx, cancel := context.WithTimeout(ctx, p.timeout)
		v, err := do(cctx, ep)
		cancel()
		p.m.requests.WithLabelValues(method).Add(weight)
		if err == nil {
			ep.lat.observe(kind, time.Since(t0))
			p.answered(ep)
		}
		return attempt[T]{ep: ep, epi: i, v: v, err: err}
	}
	ep := p.eps[epi]
	ep.asked.Add(1)
	d := p.hedgeDelay(ep, kind)
	if d <= 0 {
		return run(ctx, ep, epi)
	}
	hctx, cancel := context.WithCancel(ctx)
	defer cancel() // the losing request
	out := make(chan attempt[T], 2)
	go func() { out <- run(hctx, ep, epi) }()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case r := <-out:
		return r
	case <-t.C:
	}
	other, oi := p.hedgeTarget(epi)
	if other == nil {
		return <-out
	}
	p.m.hedged.WithLabelValues(ep.name).Inc()
	p.log.Debug("rpc request hedged", "method", method, "endpoint", ep.name, "after", d, "to", other.name)
	go func() {
		if err := other.bucket.wait(hctx); err != nil {
			out <- attempt[T]{ep: other, epi: oi, err: err}
			return
		}
		out <- run(hctx, other, oi)
	}()
	first := <-out
	if first.err == nil {
		if first.ep != ep {
			p.lostHedge(ep, d)
		}
		return first
	}
	second := <-out
	if second.err == nil {
		if second.ep != ep {
			p.lostHedge(ep, d)
		}
		p.failedAside(method, first.ep, first.err)
		return second
	}
	if first.ep == ep {
		p.failedAside(method, second.ep, second.err)
		return first
	}
	p.failedAside(method, first.ep, first.err)
	return second
}

// failedAside accounts a failed request whose outcome the caller does not see (the other one of a
// hedged pair was returned): counted, a timeout quarantines, a 429 slows that endpoint down.
func (p *Pool) failedAside(method string, ep *endpoint, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	p.m.errors.WithLabelValues(method).Inc()
	if isTimeout(err) {
		p.m.timeouts.WithLabelValues(ep.name).Inc()
		p.timedOut(ep, err)
	}
	if is429(err) {
		p.m.rateLimited.Inc()
		ep.bucket.throttle()
	}
}

// answered clears ep's streak of lost hedges and its mute: it answers again.
func (p *Pool) answered(ep *endpoint) {
	ep.health.mu.Lock()
	ep.health.lostHedges = 0
	ep.health.mute = false
	ep.health.mu.Unlock()
}

// silenced records that ep gave no answer at all (see health.mute).
func (p *Pool) silenced(ep *endpoint) {
	ep.health.mu.Lock()
	ep.health.mute = true
	ep.health.mu.Unlock()
}

// lostHedge records that ep had not answered a request after d while another endpoint answered it;
// hedgeStrikes in a row quarantine it (a node that never answers would otherwise keep costing every
// request that starts on it the hedge delay).
func (p *Pool) lostHedge(ep *endpoint, d time.Duration) {
	if n := ep.health.strike(&ep.health.lostHedges); n >= hedgeStrikes {
		p.silenced(ep)
		p.quarantine(ep, fmt.Sprintf("no answer within %s to %d requests in a row another endpoint answered", d, n))
	}
}

// isTimeout reports whether err is this process giving up on a request (the request timeout), as
// opposed to a node's own error message about a timeout (a JSON-RPC error: its verdict on the request).
func isTimeout(err error) bool {
	if err == nil {
		return false
	}
	var re rpc.Error
	if errors.As(err, &re) {
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
