package graphql

import (
	"context"
	"net/http"
	"runtime"
	"time"

	gqlerrors "github.com/graph-gophers/graphql-go/errors"
)

// Admission bounds the work in flight. Without it an overloaded API lets every request it is sent
// start executing: each holds its goroutines (graphql-go resolves fields in goroutines of their
// own), its buffers and a wait in the pool's queue for a database connection, so in-flight work
// grows with the offered load and every answer gets slower (chaos TestLoad: 35 -> 202 goroutines
// while the machine answered 847 of the 2,000 requests a second asked). Instead at most
// MaxInFlight operations execute at once, at most MaxQueued wait for a slot, each for at most
// MaxQueueWait, and the rest are refused at once with OVERLOADED (HTTP 503, Retry-After): a
// client learns in a millisecond to come back later rather than in seconds that it was too many.
//
// What takes a slot: a query (or mutation) that executes, over HTTP or as a WebSocket operation.
// What does not: answers from the response cache and refusals before execution (cheap and bounded
// already), /healthz, /readyz and /metrics (a balancer must see an overloaded API as alive, and
// Prometheus must see the overload), manifests (manifestSlots bounds them), and subscriptions'
// events, which the server sends on notifications rather than on request (a WebSocket's
// operations are bounded by ws_max_operations and ws_max_connections_per_client, and refusing an
// event would silently drop a `next` a subscriber relies on).
type admission struct {
	slots chan struct{} // one token per operation executing
	queue chan struct{} // one token per operation waiting for a slot
	wait  time.Duration
	m     *metrics
}

// Why an operation was shed (the reason label of covey_graphql_shed_total).
const (
	shedQueueFull = "queue_full" // every slot taken and the queue full
	shedWaited    = "queue_wait" // queued MaxQueueWait without a slot freeing
	shedCanceled  = "canceled"   // the request ended (client gone, server stopping) while queued
)

// overloadRetryAfter is the Retry-After of an OVERLOADED answer, in seconds.
const overloadRetryAfter = "1"

// defaultMaxInFlight is MaxInFlight's default: the API pool's connections plus the processors. A
// request executes with one connection for most of its life, so more than the pool's size only
// wait for one in pgxpool's queue, which has no bound; the processors' worth on top overlap the
// part of each request that needs no connection (checking the document, writing the answer).
func defaultMaxInFlight(poolConns int32) int {
	return max(int(poolConns), 1) + runtime.GOMAXPROCS(0)
}

// admissionDefaults fills MaxInFlight (from the pool's size), MaxQueued (4 x MaxInFlight: a
// few executions' time at most, and enough that 32 closed-loop clients, the benchmarks' and the load
// test's, on a 2-core host with the default pool, all fit: 10 executing and 22 waiting) and
// MaxQueueWait (1s) when they are not set.
func (o *Options) admissionDefaults(poolConns int32) {
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = defaultMaxInFlight(poolConns)
	}
	if o.MaxQueued <= 0 {
		o.MaxQueued = 4 * o.MaxInFlight
	}
	if o.MaxQueueWait <= 0 {
		o.MaxQueueWait = time.Second
	}
}

func newAdmission(o Options, m *metrics) *admission {
	m.maxInFlight.Set(float64(o.MaxInFlight))
	for _, r := range []string{shedQueueFull, shedWaited, shedCanceled} {
		m.shed.WithLabelValues(r) // every reason shows in /metrics from the start, at 0
	}
	return &admission{slots: make(chan struct{}, o.MaxInFlight), queue: make(chan struct{}, o.MaxQueued), wait: o.MaxQueueWait, m: m}
}

// admit takes a slot for one operation, waiting in the queue when all are taken; it returns the
// function that gives the slot back, or nil when the operation is shed (counted by reason).
func (a *admission) admit(ctx context.Context) (release func()) {
	select {
	case a.slots <- struct{}{}:
		return a.running()
	default:
	}
	select {
	case a.queue <- struct{}{}:
	default:
		a.m.shed.WithLabelValues(shedQueueFull).Inc()
		return nil
	}
	a.m.queued.Inc()
	defer func() { a.m.queued.Dec(); <-a.queue }() // the gauge drops before the place frees: it never reads over the limit
	t := time.NewTimer(a.wait)
	defer t.Stop()
	select {
	case a.slots <- struct{}{}:
		return a.running()
	case <-t.C:
		a.m.shed.WithLabelValues(shedWaited).Inc()
	case <-ctx.Done():
		a.m.shed.WithLabelValues(shedCanceled).Inc()
	}
	return nil
}

// running counts an admitted operation and returns its release.
func (a *admission) running() func() {
	a.m.inFlight.Inc()
	return func() { a.m.inFlight.Dec(); <-a.slots } // the gauge drops before the slot frees: it never reads over the limit
}

// overloadError is the answer to a shed operation: a request error (no data) coded OVERLOADED.
func (s *Server) overloadError() *gqlerrors.QueryError {
	return requestError(CodeOverloaded, "", "the server is at its limit of "+itoa(s.opts.MaxInFlight)+
		" operations executing and "+itoa(s.opts.MaxQueued)+" waiting; try again shortly (Retry-After)")
}

// writeOverloaded answers a shed HTTP request: 503, Retry-After, the OVERLOADED error.
func writeOverloaded(w http.ResponseWriter, out *response) {
	w.Header().Set("Retry-After", overloadRetryAfter)
	writeJSON(w, http.StatusServiceUnavailable, out)
}
