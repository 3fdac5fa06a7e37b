package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/sync/errgroup"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement"
)

func init() { register("run", withEnv("run", func() envCommand { return &runCmd{} })) }

// runCmd runs the indexer, the settlement scheduler and the API in one process, each on its own
// Postgres pool. Any of them failing stops the others, so a supervisor restarts the whole and nothing
// runs half-alive.
type runCmd struct {
	listen          string
	maxLag          time.Duration
	noAPI, noSettle bool
	keys            keyFlags
	metrics         metricsFlag
	// started, when set, is told what runs once everything started, instead of the one-line notice
	// (covey demo ends its story there).
	started func(names []string)
}

func (c *runCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.listen, "listen", "", "GraphQL listen address (default api.listen, 127.0.0.1:8080)")
	fs.DurationVar(&c.maxLag, "max-replica-lag", -1, "fail /readyz past this replica lag (default api.max_replica_lag, 30s; with database.read_url)")
	fs.BoolVar(&c.noAPI, "no-api", false, "run without the GraphQL API")
	fs.BoolVar(&c.noSettle, "no-settle", false, "run without the settlement scheduler")
	c.keys.register(fs)
	c.metrics.register(fs)
}

func (c *runCmd) configure(cfg *config.Config) {
	c.metrics.configure(cfg)
	if c.listen != "" {
		cfg.API.Listen = c.listen
	}
	if c.maxLag >= 0 {
		cfg.API.MaxReplicaLag.Duration = c.maxLag
	}
}

func (c *runCmd) run(ctx context.Context, env *app.Env, stdout, _ io.Writer) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	g, ctx := errgroup.WithContext(ctx)
	names, err := c.start(ctx, env, g)
	if err != nil {
		cancel()
		return errors.Join(err, g.Wait())
	}
	if c.started != nil {
		c.started(names)
	} else {
		fmt.Fprintf(stdout, "covey running on chain %d (%s)\n", env.Config.Chain.ID, strings.Join(names, ", "))
	}
	return g.Wait()
}

// start starts the indexer, then the scheduler and the API unless left out, and names what runs.
func (c *runCmd) start(ctx context.Context, env *app.Env, g *errgroup.Group) ([]string, error) {
	ix, err := env.Indexer(ctx)
	if err != nil {
		return nil, err
	}
	names := []string{"indexer"}
	goService(ctx, g, "indexer", func(ctx context.Context) error { defer ix.Close(); return ix.Run(ctx) })
	if !c.noSettle {
		sch, err := env.Scheduler(ctx)
		if err != nil {
			return names, err
		}
		if env.Config.Settlement.Publish {
			if err := c.publishing(ctx, env, sch); err != nil {
				return names, err
			}
		}
		names = append(names, "scheduler")
		goService(ctx, g, "scheduler", sch.Run)
	}
	ready, gatherers := indexerReady(env), []prometheus.Gatherer(nil)
	if !c.noAPI {
		srv, err := env.API(ctx)
		if err != nil {
			return names, err
		}
		names = append(names, "API on "+env.Config.API.Listen)
		goService(ctx, g, "api", func(ctx context.Context) error { return srv.Run(ctx, env.Config.API.Listen) })
		ready, gatherers = allReady(ready, srv.Ready), append(gatherers, srv.Gatherer())
	}
	return names, serveOps(ctx, env.Config.Metrics, ready, gatherers...)
}

// allReady is ready when every one of checks is.
func allReady(checks ...func(context.Context) error) func(context.Context) error {
	return func(ctx context.Context) error {
		for _, c := range checks {
			if err := c(ctx); err != nil {
				return err
			}
		}
		return nil
	}
}

// publishing makes the scheduler propose and accept roots with the proposer's key (settlement.publish).
func (c *runCmd) publishing(ctx context.Context, env *app.Env, sch *settlement.Scheduler) error {
	signer, err := c.keys.signer(env)
	if err != nil {
		return err
	}
	if sch.Publisher, err = env.Publisher(ctx, signer); err != nil {
		return err
	}
	sch.Propose, sch.Accept = true, true
	return nil
}

// goService runs a service in g; its stopping because ctx ended is not a failure.
func goService(ctx context.Context, g *errgroup.Group, name string, run func(context.Context) error) {
	g.Go(func() error {
		if err := run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	})
}
