package indexer

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/internal/promreg"
)

// metrics are the indexer's Prometheus series (namespace covey_indexer); its RPC pool adds
// covey_indexer_rpc_* (chainrpc).
type metrics struct {
	indexedBlock prometheus.Gauge
	headBlock    prometheus.Gauge
	lagBlocks    prometheus.Gauge
	lagSeconds   prometheus.Gauge
	logsWritten  prometheus.Counter
	undecodable  prometheus.Counter
	reorgs       prometheus.Counter
	reorgDepth   prometheus.Histogram
	// heldBelowFinalized: every endpoint's chain ends below a stored finalized block (F11).
	heldBelowFinalized prometheus.Gauge
	// suspectAnswers and bloomFalsePositives: eth_getLogs answers checked against logsBloom (F3).
	suspectAnswers      prometheus.Counter
	bloomFalsePositives prometheus.Counter
	// chain.ws newHeads subscription.
	wsConnected     prometheus.Gauge
	wsSubscriptions prometheus.Counter
	wsHeads         prometheus.Counter
	// commitRetries: batch transactions tried again after the server ended their connection.
	commitRetries prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		indexedBlock: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "indexed_block", Help: "Last block whose logs are committed."}),
		headBlock:    prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "head_block", Help: "Chain head (latest) seen by the indexer."}),
		lagBlocks:    prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "lag_blocks", Help: "Head minus indexed block."}),
		lagSeconds:   prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "lag_seconds", Help: "Head time minus indexed block time."}),
		logsWritten:  prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "logs_written_total", Help: "Logs committed."}),
		undecodable:  prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "undecodable_logs_total", Help: "Protocol logs whose topics or data do not fit their event (kept raw, no event row)."}),
		reorgs:       prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "reorgs_total", Help: "Reorgs rolled back."}),
		reorgDepth:   prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "covey", Subsystem: "indexer", Name: "reorg_depth_blocks", Help: "Blocks rolled back per reorg.", Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128, 256}}),
		heldBelowFinalized: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "held_below_finalized",
			Help: "1 while every endpoint's chain ends below a block the indexer stored as finalized: nothing is rolled back (finalized blocks are never withdrawn) and indexing waits for the chain to pass that block again; a chain reset (devnet) needs a re-index."}),
		suspectAnswers: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "suspect_log_answers_total",
			Help: "eth_getLogs answers refused because they contradict the blocks' logsBloom (logs left out or not in the bloom); the range is fetched again."}),
		bloomFalsePositives: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "bloom_false_positives_total",
			Help: "Blocks whose logsBloom matched the filter but that hold no log of ours, confirmed by a second eth_getLogs."}),
		wsConnected: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "covey", Subsystem: "indexer", Name: "ws_connected",
			Help: "1 while the chain.ws newHeads subscription is up (polling covers the gaps)."}),
		wsSubscriptions: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "ws_subscriptions_total",
			Help: "newHeads subscriptions established (more than one: the socket dropped and was re-established)."}),
		wsHeads: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "ws_heads_total",
			Help: "New heads received over chain.ws (each wakes the indexer)."}),
		commitRetries: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "covey", Subsystem: "indexer", Name: "commit_retries_total",
			Help: "Batch transactions tried again at once on a new connection after Postgres ended theirs (a restart, pg_terminate_backend)."}),
	}
	m.indexedBlock = promreg.Register(reg, m.indexedBlock)
	m.headBlock = promreg.Register(reg, m.headBlock)
	m.lagBlocks = promreg.Register(reg, m.lagBlocks)
	m.lagSeconds = promreg.Register(reg, m.lagSeconds)
	m.logsWritten = promreg.Register(reg, m.logsWritten)
	m.undecodable = promreg.Register(reg, m.undecodable)
	m.reorgs = promreg.Register(reg, m.reorgs)
	m.reorgDepth = promreg.Register(reg, m.reorgDepth)
	m.heldBelowFinalized = promreg.Register(reg, m.heldBelowFinalized)
	m.suspectAnswers = promreg.Register(reg, m.suspectAnswers)
	m.bloomFalsePositives = promreg.Register(reg, m.bloomFalsePositives)
	m.wsConnected = promreg.Register(reg, m.wsConnected)
	m.wsSubscriptions = promreg.Register(reg, m.wsSubscriptions)
	m.wsHeads = promreg.Register(reg, m.wsHeads)
	m.commitRetries = promreg.Register(reg, m.commitRetries)
	return m
}
