package chainrpc

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/internal/promreg"
)

// metrics are the pool's Prometheus series, covey_<subsystem>_rpc_*. Per endpoint series are labelled
// with the URL reduced to rpcN:scheme://host (endpointName): providers put API keys in the rest.
type metrics struct {
	requests    *prometheus.CounterVec // by method
	errors      *prometheus.CounterVec // by method
	rateLimited prometheus.Counter
	// Per endpoint: F6.
	disagreements  *prometheus.CounterVec
	laggingAnswers *prometheus.CounterVec
	quarantines    *prometheus.CounterVec
	// Per endpoint: F2.
	hedged   *prometheus.CounterVec
	timeouts *prometheus.CounterVec
	// Per endpoint: O9.
	pollTimeouts *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer, subsystem string) *metrics {
	opts := func(name, help string) prometheus.CounterOpts {
		return prometheus.CounterOpts{Namespace: "covey", Subsystem: subsystem, Name: name, Help: help}
	}
	byEndpoint := func(name, help string) *prometheus.CounterVec {
		return promreg.Register(reg, prometheus.NewCounterVec(opts(name, help), []string{"endpoint"}))
	}
	return &metrics{
		requests:    promreg.Register(reg, prometheus.NewCounterVec(opts("rpc_requests_total", "JSON-RPC requests by method."), []string{"method"})),
		errors:      promreg.Register(reg, prometheus.NewCounterVec(opts("rpc_errors_total", "Failed JSON-RPC requests by method."), []string{"method"})),
		rateLimited: promreg.Register(reg, prometheus.NewCounter(opts("rpc_rate_limited_total", "HTTP 429 responses (each halves that endpoint's request rate)."))),
		disagreements: byEndpoint("rpc_disagreements_total",
			"Times an endpoint reported another hash for a stored block that another endpoint confirmed (another fork)."),
		laggingAnswers: byEndpoint("rpc_lagging_answers_total",
			"Answers from an endpoint lacking a block asked for (the next endpoint is asked)."),
		quarantines: byEndpoint("rpc_quarantines_total",
			"Times an endpoint was taken out of rotation for a while (disagreeing, lagging, timing out or losing hedges)."),
		hedged: byEndpoint("rpc_hedged_total",
			"Requests to an endpoint that had not answered within the hedge delay (indexer.hedge_after) and were sent to another endpoint too; the label is the slow endpoint."),
		timeouts: byEndpoint("rpc_timeouts_total",
			"Requests that waited the whole indexer.request_timeout for an endpoint before failing over (hedging avoids most)."),
		pollTimeouts: byEndpoint("rpc_poll_timeouts_total",
			"Polls of every endpoint (before a reorg decision) that waited their whole timeout (3 s) for an endpoint that gave no answer; one known not to answer is waited for only as long again as the others took (at least 200 ms)."),
	}
}
