package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/indexer"
	"github.com/covey-labs/covey/settlement"
)

func init() { register("run", runAll) }

// runAll runs the indexer, the settlement scheduler and the API in one process. Any of them
// failing stops the others, so a supervisor restarts the whole and nothing runs half-alive.
func runAll(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	listen := fs.String("listen", "", "GraphQL listen address (default api.listen, 127.0.0.1:8080)")
	noAPI := fs.Bool("no-api", false, "run without the GraphQL API")
	noSettle := fs.Bool("no-settle", false, "run without the settlement scheduler")
	keystorePath := fs.String("keystore", "", "encrypted keystore of the root proposer (default: config settlement.keystore)")
	passwordFile := fs.String("password-file", "", "file holding the keystore password (or env COVEY_KEYSTORE_PASSWORD)")
	if err := fs.Parse(args); err != nil {
		return exitError{2, err}
	}
	cfg, err := c.load()
	if err != nil {
		return err
	}
	if *listen != "" {
		cfg.API.Listen = *listen
	}
	pool, rdb, closeStores, err := openStores(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeStores()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, 3)
	running := 0
	start := func(name string, f func(context.Context) error) {
		running++
		go func() {
			err := f(ctx)
			if err != nil && !errors.Is(err, context.Canceled) {
				err = fmt.Errorf("%s: %w", name, err)
			} else {
				err = nil
			}
			errs <- err
		}()
	}

	opts := []indexer.Option{indexer.WithLogger(slog.Default())}
	if rdb != nil {
		opts = append(opts, indexer.WithNotifier(indexer.RedisNotifier{Client: rdb, Prefix: cfg.Redis.Prefix}))
	}
	ix, err := indexer.New(cfg, pool, opts...)
	if err != nil {
		return err
	}
	defer ix.Close()
	start("indexer", ix.Run)

	if !*noSettle {
		sch, closeSch, err := newScheduler(ctx, c, cfg, pool, rdb, *keystorePath, *passwordFile)
		if err != nil {
			return err
		}
		defer closeSch()
		start("scheduler", sch.Run)
	}
	if !*noAPI {
		srv, err := newAPI(cfg, pool, rdb)
		if err != nil {
			return err
		}
		start("api", func(ctx context.Context) error { return srv.Run(ctx, cfg.API.Listen) })
	}
	fmt.Fprintf(stdout, "covey running on chain %d (indexer%s%s)\n", cfg.Chain.ID,
		map[bool]string{true: "", false: ", scheduler"}[*noSettle], map[bool]string{true: "", false: ", API on " + cfg.API.Listen}[*noAPI])

	var first error
	for ; running > 0; running-- {
		if err := <-errs; err != nil && first == nil {
			first = err
			cancel()
		}
	}
	return first
}

// newScheduler wires the settlement scheduler: cron from config, one settling replica through a
// Redis lock (Postgres advisory lock without Redis), and publication when settlement.publish is on.
func newScheduler(ctx context.Context, c common, cfg config.Config, pool *pgxpool.Pool, rdb *redis.Client, keystorePath, passwordFile string) (*settlement.Scheduler, func(), error) {
	pol, polFile, err := loadPolicy(cfg, c.configPath == "")
	if err != nil {
		return nil, nil, err
	}
	client, err := dialChain(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	sch := &settlement.Scheduler{Settler: newSettler(cfg, pool, rdb, client, pol, polFile), Spec: cfg.Settlement.Cron,
		Locker: settlement.Locker(settlement.PgLocker{Pool: pool}), Log: slog.Default()}
	if rdb != nil {
		sch.Locker = settlement.RedisLocker{Client: rdb, Prefix: cfg.Redis.Prefix, Log: slog.Default()}
	}
	if cfg.Settlement.Publish {
		if sch.Publisher, err = newPublisher(cfg, pool, client, keystorePath, passwordFile); err != nil {
			client.Close()
			return nil, nil, err
		}
		sch.Propose, sch.Accept = true, true
	}
	return sch, client.Close, nil
}
