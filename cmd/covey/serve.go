package main

import (
	"context"
	"flag"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
)

func init() { register("serve", withEnv("serve", func() envCommand { return &serveCmd{} })) }

// serveCmd serves the read-only GraphQL API alone (several replicas may run behind a balancer).
type serveCmd struct {
	listen  string
	maxLag  time.Duration
	metrics metricsFlag
}

func (c *serveCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.listen, "listen", "", "address to listen on (default api.listen, 127.0.0.1:8080)")
	fs.DurationVar(&c.maxLag, "max-replica-lag", -1, "fail /readyz past this replica lag (default api.max_replica_lag, 30s; with database.read_url)")
	c.metrics.register(fs)
}

func (c *serveCmd) configure(cfg *config.Config) {
	c.metrics.configure(cfg)
	if c.listen != "" {
		cfg.API.Listen = c.listen
	}
	if c.maxLag >= 0 {
		cfg.API.MaxReplicaLag.Duration = c.maxLag
	}
}

func (c *serveCmd) run(ctx context.Context, env *app.Env, _, _ io.Writer) error {
	tuneGCForAPI()
	srv, err := env.API(ctx)
	if err != nil {
		return err
	}
	if err := serveOps(ctx, env.Config.Metrics, srv.Ready, srv.Gatherer()); err != nil {
		return err
	}
	return srv.Run(ctx, env.Config.API.Listen)
}

// tuneGCForAPI: the API's live heap is small (tens of MB) and every request allocates: at the default
// GOGC=100 the collector took a fifth of the process's CPU under load (graphql BenchmarkClaimQuery:
// 212 -> 156 go-cpu-us/op at 400). GOGC still overrides.
func tuneGCForAPI() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}
