package indexer

import (
	"log/slog"
	"time"
)

// progress logs backfill speed and ETA every few seconds (and nothing when following the head).
type progress struct {
	log         *slog.Logger
	every       time.Duration
	lastLog     time.Time
	lastBlock   uint64
	target      uint64
	logsSince   int
	blocksSince uint64
	startedAt   time.Time
	totalLogs   int
	totalBlocks uint64
	windowStart time.Time
	started     bool
}

func newProgress(l *slog.Logger) *progress {
	now := time.Now()
	return &progress{log: l, every: 5 * time.Second, lastLog: now, startedAt: now, windowStart: now}
}

func (p *progress) begin(next, target uint64) {
	p.target = target
	if !p.started {
		p.started = true
		p.lastBlock = next - 1 // wraps for block 0; done() handles it
	}
}

func (p *progress) done(to uint64, logs int) {
	n := to - p.lastBlock // modular: correct across the block-0 wrap
	p.blocksSince += n
	p.totalBlocks += n
	p.lastBlock = to
	p.logsSince += logs
	p.totalLogs += logs
	now := time.Now()
	if now.Sub(p.lastLog) < p.every {
		return
	}
	el := now.Sub(p.windowStart).Seconds()
	bps := float64(p.blocksSince) / el
	eta := time.Duration(0)
	if bps > 0 && p.target > to {
		eta = time.Duration(float64(p.target-to)/bps) * time.Second
	}
	p.log.Info("indexing", "block", to, "target", p.target, "blocks", p.blocksSince, "events", p.logsSince,
		"events_per_s", int(float64(p.logsSince)/el), "blocks_per_s", int(bps), "eta", eta.Round(time.Second))
	p.lastLog, p.windowStart, p.blocksSince, p.logsSince = now, now, 0, 0
}
