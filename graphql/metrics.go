package graphql

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics live in a registry per Server, so several servers (tests) never collide. It holds the API's
// metrics only: the process's (Go runtime, memory) come from prometheus' default registry, which
// cmd/covey serves beside it.
type metrics struct {
	reg             *prometheus.Registry
	requests        *prometheus.CounterVec
	duration        prometheus.Histogram
	cache           *prometheus.CounterVec
	internalErrors  prometheus.Counter
	rateLimited     prometheus.Counter
	rateLimitErrors prometheus.Counter
	retries         prometheus.Counter
	wsConns         prometheus.Gauge
	subscriptions   prometheus.Gauge
	// maxInFlight, inFlight, queued and shed: admission (admission.go).
	maxInFlight prometheus.Gauge
	inFlight    prometheus.Gauge
	queued      prometheus.Gauge
	shed        *prometheus.CounterVec
	// replicaBehind and replicaLag: reading a replica (replica.go).
	replicaBehind prometheus.Counter
	replicaLag    prometheus.Gauge
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "covey_graphql_requests_total",
			Help: "GraphQL requests by transport and outcome (OK or the first error's code)."}, []string{"transport", "code"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "covey_graphql_request_duration_seconds",
			Help: "HTTP GraphQL request latency.", Buckets: prometheus.DefBuckets}),
		cache: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "covey_graphql_cache_total",
			Help: "Response cache lookups."}, []string{"result"}),
		internalErrors: prometheus.NewCounter(prometheus.CounterOpts{Name: "covey_graphql_internal_errors_total",
			Help: "Server-side failures hidden behind INTERNAL errors."}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{Name: "covey_graphql_rate_limited_total",
			Help: "Requests and WebSocket operations refused by the rate limit."}),
		rateLimitErrors: prometheus.NewCounter(prometheus.CounterOpts{Name: "covey_graphql_rate_limit_errors_total",
			Help: "Rate-limit checks Redis failed (decided by rate_limit_on_redis_error)."}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{Name: "covey_graphql_db_retries_total",
			Help: "Reads sent again because their pooled connection had been closed by Postgres."}),
		wsConns: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_graphql_ws_connections",
			Help: "Open WebSocket connections."}),
		subscriptions: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_graphql_subscriptions",
			Help: "Active subscriptions."}),
		maxInFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_graphql_max_in_flight",
			Help: "Queries this process executes at once at most (api.max_in_flight)."}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_graphql_in_flight",
			Help: "Queries executing now (HTTP and WebSocket; cache hits and subscriptions' events not counted)."}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_graphql_queued",
			Help: "Queries waiting for an execution slot now (at most api.max_queued)."}),
		shed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "covey_graphql_shed_total",
			Help: "Queries refused with OVERLOADED: queue_full (every slot taken and the queue full), queue_wait (waited api.max_queue_wait), canceled (the request ended while queued)."}, []string{"reason"}),
		replicaBehind: prometheus.NewCounter(prometheus.CounterOpts{Name: "covey_graphql_replica_behind_total",
			Help: "Requests refused (REPLICA_BEHIND) because the replica had not replayed what the client or this process had already seen."}),
		replicaLag: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_graphql_replica_lag_seconds",
			Help: "How far the replica the API reads is behind its primary (0 when the API reads the primary)."}),
	}
	m.reg.MustRegister(m.requests, m.duration, m.cache, m.internalErrors, m.rateLimited, m.rateLimitErrors, m.retries, m.wsConns, m.subscriptions,
		m.maxInFlight, m.inFlight, m.queued, m.shed, m.replicaBehind, m.replicaLag)
	return m
}
