package main

import (
	"context"
	"flag"
	"io"
	"log/slog"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/graphql"
)

func init() { register("serve", runServe) }

// runServe serves the read-only GraphQL API alone (several replicas may run behind a balancer).
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	listen := fs.String("listen", "", "address to listen on (default api.listen, 127.0.0.1:8080)")
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
	srv, err := newAPI(cfg, pool, rdb)
	if err != nil {
		return err
	}
	return srv.Run(ctx, cfg.API.Listen)
}

// newAPI builds the GraphQL server from the configuration.
func newAPI(cfg config.Config, pool *pgxpool.Pool, rdb *redis.Client) (*graphql.Server, error) {
	return graphql.NewServer(pool, graphql.Options{
		ChainID:            cfg.Chain.ID,
		Distributor:        cfg.Contracts[config.RewardsDistributor].Address,
		Redis:              rdb,
		MaxFirst:           cfg.API.MaxFirst,
		MaxDepth:           cfg.API.MaxDepth,
		MaxComplexity:      cfg.API.MaxComplexity,
		MaxBodyBytes:       cfg.API.MaxBodyBytes,
		Timeout:            cfg.API.Timeout.Duration,
		CacheTTL:           cfg.API.CacheTTL.Duration,
		RateLimitPerMinute: cfg.API.RateLimit,
		CORSOrigins:        cfg.API.CORSOrigins,
		Logger:             slog.Default(),
	})
}
