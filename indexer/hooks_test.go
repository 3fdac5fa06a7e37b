package indexer

import (
	"context"

	dto "github.com/prometheus/client_model/go"
)

// testOpt configures an indexer under test: an Option, or a hook (hooks are no Option: production code
// cannot set them).
type testOpt interface {
	setup(opts *[]Option, h *hooks)
}

func (o Option) setup(opts *[]Option, _ *hooks) { *opts = append(*opts, o) }

// hook sets one of the indexer's test hooks.
type hook func(*hooks)

func (f hook) setup(_ *[]Option, h *hooks) { f(h) }

func withAfterCommit(f func(to uint64)) hook { return func(h *hooks) { h.afterCommit = f } }

func withStaging(f func(to uint64)) hook { return func(h *hooks) { h.staging = f } }

func withBeforeCommit(f func(ctx context.Context, to uint64) error) hook {
	return func(h *hooks) { h.beforeCommit = f }
}

// withAnalyzeMin sets how many logs a backfill must write before its tables are analyzed.
func withAnalyzeMin(n int) hook { return func(h *hooks) { h.analyzeMin = n } }

func testutilCount(ix *Indexer) float64 {
	var m dto.Metric
	if err := ix.m.reorgs.Write(&m); err != nil {
		return -1
	}
	return m.GetCounter().GetValue()
}
