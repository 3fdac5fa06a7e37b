// Package promreg registers Prometheus collectors that several components (or several instances of one,
// as in tests) may register under the same names.
package promreg

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// Register registers c on reg, or returns the collector already registered under the same name: two
// indexers in one process, or an indexer and the RPC pool it shares with settlement, then count into
// one series instead of failing. A nil reg leaves c unregistered.
func Register[T prometheus.Collector](reg prometheus.Registerer, c T) T {
	if reg == nil {
		return c
	}
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
