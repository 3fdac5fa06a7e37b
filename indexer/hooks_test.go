package indexer

import (
	"context"

	dto "github.com/prometheus/client_model/go"
)

func withAfterCommit(f func(to uint64)) Option { return func(o *options) { o.afterCommit = f } }

func withStaging(f func(to uint64)) Option { return func(o *options) { o.staging = f } }

func withBeforeCommit(f func(ctx context.Context, to uint64) error) Option {
	return func(o *options) { o.beforeCommit = f }
}

func testutilCount(ix *Indexer) float64 {
	var m dto.Metric
	if err := ix.m.reorgs.Write(&m); err != nil {
		return -1
	}
	return m.GetCounter().GetValue()
}

// withAnalyzeMin sets how many logs a backfill must write before its tables are analyzed.
func withAnalyzeMin(n int) Option { return func(o *options) { o.analyzeMin = n } }
