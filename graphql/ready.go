package graphql

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

var (
	errDatabaseUnreachable = errors.New("database unreachable")
	errNoIndexedBlock      = errors.New("no indexed block yet")
)

// Ready is nil once the database answers and an indexer has written a cursor: the API's /readyz, and
// the metrics listener's when cmd/covey serves the API.
func (s *Server) Ready(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("%w: %w", errDatabaseUnreachable, err)
	}
	_, ok, err := s.indexedHead(ctx)
	if err != nil {
		return fmt.Errorf("%w: reading cursor: %w", errNoIndexedBlock, err)
	}
	if !ok {
		return errNoIndexedBlock
	}
	return nil
}

// serveReady answers 200 when Ready; otherwise 503 with the reason's public part (the cause is logged).
func (s *Server) serveReady(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	err := s.Ready(ctx)
	if err == nil {
		_, _ = io.WriteString(w, "ready\n")
		return
	}
	public := errNoIndexedBlock
	if errors.Is(err, errDatabaseUnreachable) {
		public = errDatabaseUnreachable
	}
	if err != errNoIndexedBlock {
		s.log.WarnContext(ctx, "readyz", "err", err)
	}
	w.WriteHeader(http.StatusServiceUnavailable)
	_, _ = io.WriteString(w, public.Error()+"\n")
}

// Gatherer is the API's own metrics (requests, latency, cache, rate limit, WebSocket); the process's
// (Go runtime, memory, file descriptors) are prometheus' default registry's.
func (s *Server) Gatherer() prometheus.Gatherer { return s.metrics.reg }
