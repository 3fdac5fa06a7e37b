package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/covey-labs/covey/config"
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

// opsHandler routes /metrics (prometheus' default registry, which holds the process's and the indexer's
// metrics, and extra), /healthz and /readyz; ready decides /readyz.
func opsHandler(ready func(context.Context) error, extra ...prometheus.Gatherer) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(append(prometheus.Gatherers{prometheus.DefaultGatherer}, extra...), promhttp.HandlerOpts{}))
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

// metricsFlag is --metrics, which overrides metrics.listen.
type metricsFlag struct{ addr string }

func (m *metricsFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&m.addr, "metrics", "", "serve /metrics, /healthz and /readyz on this address (default metrics.listen, "+config.DefaultMetricsListen+`; "off": none)`)
}

func (m *metricsFlag) configure(cfg *config.Config) {
	if m.addr != "" {
		cfg.Metrics.Listen = m.addr
	}
}

// serveOps serves /metrics, /healthz and /readyz on metrics.listen, apart from the API's listener,
// until ctx ends; ready decides /readyz, extra adds metrics to the default registry's. When the default
// address is taken (another covey service on this host), it warns and serves nothing; an address the
// operator chose must be free.
func serveOps(ctx context.Context, m config.Metrics, ready func(context.Context) error, extra ...prometheus.Gatherer) error {
	if m.Listen == "" || m.Listen == "off" {
		return nil
	}
	l, err := net.Listen("tcp", m.Listen)
	if errors.Is(err, syscall.EADDRINUSE) && m.Listen == config.DefaultMetricsListen {
		slog.Warn("the default metrics address is taken (another covey service on this host?): running without /metrics; set metrics.listen or --metrics", "addr", m.Listen)
		return nil
	}
	if err != nil {
		return fmt.Errorf("serving metrics: %w", err)
	}
	srv := newOpsServer(opsHandler(ready, extra...), defaultOpsLimits)
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	slog.Info("metrics", "addr", l.Addr().String(), "paths", "/metrics /healthz /readyz")
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("metrics server", "err", err)
		}
	}()
	return nil
}

// always is the readiness of a service without a condition of its own (the scheduler): up is ready.
func always(context.Context) error { return nil }
