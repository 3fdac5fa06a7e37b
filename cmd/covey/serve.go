package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"
	"time"

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
	apiPool, err := newAPIPool(ctx, pool.Config(), cfg.API.Timeout.Duration)
	if err != nil {
		return err
	}
	defer apiPool.Close()
	if os.Getenv("GOGC") == "" {
		// The API's live heap is small (tens of MB) and every request allocates: at the default
		// GOGC=100 the collector took a fifth of the process's CPU under load
		// (graphql BenchmarkClaimQuery: 212 -> 156 go-cpu-us/op at 400). GOGC still overrides.
		debug.SetGCPercent(400)
	}
	srv, err := newAPI(cfg, apiPool, rdb)
	if err != nil {
		return err
	}
	return srv.Run(ctx, cfg.API.Listen)
}

// apiMaxConns is the API pool's size unless the database URL sets pool_max_conns. API requests
// are short statements; on the 2-core benchmark machine 2 to 8 connections served the same
// claims per second and 16 only added backend contention (graphql BenchmarkClaimQuery), and 8
// leaves room for a few slow list queries beside them.
const apiMaxConns = 8

// newAPIPool opens the API's own pool on the migrated database: read-only sessions with the API
// timeout as statement_timeout (graphql.ConfigurePool), apiMaxConns, and connections opened up
// front so the first requests after a start do not wait for them.
func newAPIPool(ctx context.Context, base *pgxpool.Config, timeout time.Duration) (*pgxpool.Pool, error) {
	graphql.ConfigurePool(base, timeout)
	if !strings.Contains(base.ConnString(), "pool_max_conns") {
		base.MaxConns = apiMaxConns
	}
	base.MinConns = min(base.MaxConns, 4)
	pool, err := pgxpool.NewWithConfig(ctx, base)
	if err != nil {
		return nil, fmt.Errorf("opening the API pool: %w", err)
	}
	return pool, nil
}

// newAPI builds the GraphQL server from the configuration.
func newAPI(cfg config.Config, pool *pgxpool.Pool, rdb *redis.Client) (*graphql.Server, error) {
	proxies, err := cfg.API.Proxies()
	if err != nil {
		return nil, err
	}
	return graphql.NewServer(pool, graphql.Options{
		ChainID:               cfg.Chain.ID,
		Distributor:           cfg.Contracts[config.RewardsDistributor].Address,
		Redis:                 rdb,
		RedisPrefix:           cfg.Redis.Prefix,
		MaxFirst:              cfg.API.MaxFirst,
		MaxDepth:              cfg.API.MaxDepth,
		MaxComplexity:         cfg.API.MaxComplexity,
		MaxNodes:              cfg.API.MaxNodes,
		MaxBodyBytes:          cfg.API.MaxBodyBytes,
		Timeout:               cfg.API.Timeout.Duration,
		CacheTTL:              cfg.API.CacheTTL.Duration,
		RateLimitPerMinute:    cfg.API.RateLimit,
		RateLimitOnRedisError: cfg.API.RateLimitOnRedisError,
		TrustedProxies:        proxies,
		MaxWSOperations:       cfg.API.WSMaxOperations,
		MaxWSConnsPerClient:   cfg.API.WSMaxConnections,
		WSIdleTimeout:         cfg.API.WSIdleTimeout.Duration,
		CORSOrigins:           cfg.API.CORSOrigins,
		Logger:                slog.Default(),
	})
}
