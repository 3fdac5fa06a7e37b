package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/covey-labs/covey/internal/redact"
)

// opsLimits bound what one client can hold on the ops server, as the API's server does (F8 in
// RELIABILITY.md): a client trickling its request (headers or a body nobody reads) or parking an idle
// keep-alive connection would otherwise keep a goroutine and a file descriptor of the indexer forever.
type opsLimits struct {
	readHeader time.Duration // the request line and headers
	read       time.Duration // the whole request, body included (ops requests are GETs)
	write      time.Duration // writing the answer to a client that reads slowly (/metrics is the largest)
	idle       time.Duration // an idle keep-alive connection
}

// defaultOpsLimits are generous for Prometheus and a load balancer's probes, which answer in
// milliseconds and scrape every few seconds.
var defaultOpsLimits = opsLimits{readHeader: 5 * time.Second, read: 10 * time.Second, write: 30 * time.Second, idle: 2 * time.Minute}

// opsHandler routes /metrics, /healthz and /readyz; ready decides /readyz.
func opsHandler(ready func(context.Context) error) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.Handler())
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		c, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := ready(c); err != nil {
			http.Error(w, "not ready: "+redact.String(err.Error()), http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	return mux
}

// newOpsServer is the ops HTTP server with lim applied.
func newOpsServer(h http.Handler, lim opsLimits) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: lim.readHeader, ReadTimeout: lim.read, WriteTimeout: lim.write,
		IdleTimeout: lim.idle, MaxHeaderBytes: 64 << 10}
}

// serveOps serves /metrics, /healthz and /readyz for a service that has no HTTP server of its
// own (the indexer, the scheduler). ready decides /readyz; it runs until ctx ends.
func serveOps(ctx context.Context, addr string, ready func(context.Context) error) error {
	if addr == "" {
		return nil
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := newOpsServer(opsHandler(ready), defaultOpsLimits)
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	slog.Info("ops endpoints", "addr", l.Addr().String(), "paths", "/metrics /healthz /readyz")
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("ops server", "err", err)
		}
	}()
	return nil
}
