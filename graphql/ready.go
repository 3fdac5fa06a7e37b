package graphql

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/prometheus/client_golang/prometheus"
)

var (
	errDatabaseUnreachable = errors.New("database unreachable")
	errNoIndexedBlock      = errors.New("no indexed block yet")
	errIndexerSilent       = errors.New("indexer silent")
	// errReadingHeartbeat: the heartbeat could not be read (its cause, a database error, stays in the log).
	errReadingHeartbeat = errors.New("reading its heartbeat")
)

// Ready is nil once the database answers, an indexer has written a cursor and (with MaxIndexerSilence)
// read the chain's head within that bound, and, reading a replica, while its last lag sample is recent
// and within MaxReplicaLag: the API's /readyz, and the metrics listener's when cmd/covey serves the API.
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
	if err := s.indexerHeard(ctx); err != nil {
		return err
	}
	if s.replica != nil {
		return s.replica.lagError()
	}
	return nil
}

// indexerHeard fails when the indexer last read the chain's head longer than MaxIndexerSilence ago, or
// never did, by the database's clock (the one that stamped seen_at).
func (s *Server) indexerHeard(ctx context.Context) error {
	if s.opts.MaxIndexerSilence <= 0 {
		return nil
	}
	var silent float64
	err := s.queryRow(ctx, `SELECT extract(epoch FROM now() - seen_at)::float8 FROM chain_heads WHERE chain_id = $1`, s.opts.ChainID).Scan(&silent)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return fmt.Errorf("%w: it never read the chain's head", errIndexerSilent)
	case err != nil:
		return fmt.Errorf("%w: %w: %w", errIndexerSilent, errReadingHeartbeat, err)
	case time.Duration(silent*float64(time.Second)) > s.opts.MaxIndexerSilence:
		return fmt.Errorf("%w for %s (api.max_indexer_silence %s)", errIndexerSilent,
			time.Duration(silent*float64(time.Second)).Round(time.Second), s.opts.MaxIndexerSilence)
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
	public := errNoIndexedBlock.Error()
	switch {
	case errors.Is(err, errDatabaseUnreachable):
		public = errDatabaseUnreachable.Error()
	case errors.Is(err, errIndexerSilent) && !errors.Is(err, errReadingHeartbeat):
		public = err.Error()
	case errors.Is(err, errIndexerSilent):
		public = errIndexerSilent.Error()
	case errors.Is(err, errReplicaLagging):
		public = err.Error() // positions and durations only
	}
	if err != errNoIndexedBlock {
		s.log.WarnContext(ctx, "readyz", "err", err)
	}
	w.WriteHeader(http.StatusServiceUnavailable)
	_, _ = io.WriteString(w, public+"\n")
}

// Gatherer is the API's own metrics (requests, latency, cache, rate limit, WebSocket); the process's
// (Go runtime, memory, file descriptors) are prometheus' default registry's.
func (s *Server) Gatherer() prometheus.Gatherer { return s.metrics.reg }
