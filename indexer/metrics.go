package indexer

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the indexer's Prometheus series (namespace covey_indexer).
type metrics struct {
	indexedBlock prometheus.Gauge
	headBlock    prometheus.Gauge
	lagBlocks    prometheus.Gauge
	lagSeconds   prometheus.Gauge
	logsWritten  prometheus.Counter
	undecodable  prometheus.Counter
	rpcRequests  *prometheus.CounterVec
	rpcErrors    *prometheus.CounterVec
	reorgs       prometheus.Counter
	reorgDepth   prometheus.Histogram
	// heldBelowFinalized: every endpoint's chain ends below a stored finalized block (F11).
	heldBelowFinalized prometheus.Gauge
	rateLimited        prometheus.Counter
	// suspectAnswers and bloomFalsePositives: eth_getLogs answers checked against logsBloom (F3).
	suspectAnswers      prometheus.Counter
	bloomFalsePositives prometheus.Counter
	// Per endpoint (label: URL without user info, path or query): F6.
	disagreements  *prometheus.CounterVec
	laggingAnswers *prometheus.CounterVec
	quarantines    *prometheus.CounterVec
	// hedged and timeouts, per endpoint: F2.
	hedged   *prometheus.CounterVec
	timeouts *prometheus.CounterVec
	// chain.ws newHeads subscription.
	wsConnected     prometheus.Gauge
	wsSubscriptions prometheus.Counter
	wsHeads         prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		indexedBlock: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "indexed_block", Help: "Last block whose logs are committed."}),
		headBlock:    prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "head_block", Help: "Chain head (latest) seen by the indexer."}),
		lagBlocks:    prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "lag_blocks", Help: "Head minus indexed block."}),
		lagSeconds:   prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "lag_seconds", Help: "Head time minus indexed block time."}),
		logsWritten:  prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "logs_written_total", Help: "Logs committed."}),
		undecodable:  prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "undecodable_logs_total", Help: "Protocol logs whose topics or data do not fit their event (kept raw, no event row)."}),
		rpcRequests:  prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "rpc_requests_total", Help: "JSON-RPC requests by method."}, []string{"method"}),
		rpcErrors:    prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "rpc_errors_total", Help: "Failed JSON-RPC requests by method."}, []string{"method"}),
		reorgs:       prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "reorgs_total", Help: "Reorgs rolled back."}),
		reorgDepth:   prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "covey", Subsystem: "indexer", Name: "reorg_depth_blocks", Help: "Blocks rolled back per reorg.", Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128, 256}}),
		heldBelowFinalized: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "held_below_finalized",
			Help: "1 while every endpoint's chain ends below a block the indexer stored as finalized: nothing is rolled back (finalized blocks are never withdrawn) and indexing waits for the chain to pass that block again; a chain reset (devnet) needs a re-index."}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "rpc_rate_limited_total", Help: "HTTP 429 responses (each halves that endpoint's request rate)."}),
		suspectAnswers: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "suspect_log_answers_total",
			Help: "eth_getLogs answers refused because they contradict the blocks' logsBloom (logs left out or not in the bloom); the range is fetched again."}),
		bloomFalsePositives: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "bloom_false_positives_total",
			Help: "Blocks whose logsBloom matched the filter but that hold no log of ours, confirmed by a second eth_getLogs."}),
		disagreements: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "rpc_disagreements_total",
			Help: "Times an endpoint reported another hash for a stored block that another endpoint confirmed (another fork)."}, []string{"endpoint"}),
		laggingAnswers: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "rpc_lagging_answers_total",
			Help: "Answers from an endpoint lacking a block asked for (the next endpoint is asked)."}, []string{"endpoint"}),
		quarantines: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "rpc_quarantines_total",
			Help: "Times an endpoint was taken out of rotation for a while (disagreeing, lagging, timing out or losing hedges)."}, []string{"endpoint"}),
		hedged: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "rpc_hedged_total",
			Help: "Requests to an endpoint that had not answered within the hedge delay (indexer.hedge_after) and were sent to another endpoint too; the label is the slow endpoint."}, []string{"endpoint"}),
		timeouts: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "rpc_timeouts_total",
			Help: "Requests that waited the whole indexer.request_timeout for an endpoint before failing over (hedging avoids most)."}, []string{"endpoint"}),
		wsConnected: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "ws_connected",
			Help: "1 while the chain.ws newHeads subscription is up (polling covers the gaps)."}),
		wsSubscriptions: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "ws_subscriptions_total",
			Help: "newHeads subscriptions established (more than one: the socket dropped and was re-established)."}),
		wsHeads: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "ws_heads_total",
			Help: "New heads received over chain.ws (each wakes the indexer)."}),
	}
	if reg == nil {
		return m
	}
	m.indexedBlock = register(reg, m.indexedBlock)
	m.headBlock = register(reg, m.headBlock)
	m.lagBlocks = register(reg, m.lagBlocks)
	m.lagSeconds = register(reg, m.lagSeconds)
	m.logsWritten = register(reg, m.logsWritten)
	m.undecodable = register(reg, m.undecodable)
	m.rpcRequests = register(reg, m.rpcRequests)
	m.rpcErrors = register(reg, m.rpcErrors)
	m.reorgs = register(reg, m.reorgs)
	m.reorgDepth = register(reg, m.reorgDepth)
	m.heldBelowFinalized = register(reg, m.heldBelowFinalized)
	m.rateLimited = register(reg, m.rateLimited)
	m.suspectAnswers = register(reg, m.suspectAnswers)
	m.bloomFalsePositives = register(reg, m.bloomFalsePositives)
	m.disagreements = register(reg, m.disagreements)
	m.laggingAnswers = register(reg, m.laggingAnswers)
	m.quarantines = register(reg, m.quarantines)
	m.hedged = register(reg, m.hedged)
	m.timeouts = register(reg, m.timeouts)
	m.wsConnected = register(reg, m.wsConnected)
	m.wsSubscriptions = register(reg, m.wsSubscriptions)
	m.wsHeads = register(reg, m.wsHeads)
	return m
}

// register registers c, or reuses the collector already registered under the same name (several
// indexers in one process, e.g. tests, share the series).
func register[T prometheus.Collector](reg prometheus.Registerer, c T) T {
	if err := reg.Register(c); err != nil {
		var are prometheus.AlreadyRegisteredError
		if errors.As(err, &are) {
			if existing, ok := are.ExistingCollector.(T); ok {
				return existing
			}
		}
	}
	return c
}
