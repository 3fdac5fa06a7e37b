package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/embeddedpg"
	coveysql "github.com/covey-labs/covey/sql"
)

// stateDir holds everything covey creates locally: the embedded Postgres, the devnet, manifests.
const stateDir = ".covey"

// deploymentsPath is where `covey devnet up` writes the devnet's addresses.
const deploymentsPath = "anvil/deployments.json"

// multiFlag collects a repeatable string flag (--rpc URL --rpc URL2).
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// common are the flags every service command shares.
type common struct {
	configPath string
	rpcs       multiFlag
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.configPath, "config", "", "config file (TOML); default: the devnet in "+deploymentsPath)
	fs.Var(&c.rpcs, "rpc", "RPC URL (repeatable); overrides the configured ones")
}

// load resolves the configuration: a file when --config is given, else the devnet's deployments,
// then --rpc, DATABASE_URL, REDIS_URL and COVEY_REDIS_PREFIX on top. It validates before anything starts.
func (c *common) load() (config.Config, error) {
	var cfg config.Config
	if c.configPath != "" {
		var err error
		if cfg, err = config.Load(c.configPath); err != nil {
			return cfg, err
		}
	} else {
		d, err := config.ReadDeployments(deploymentsPath)
		if err != nil {
			return cfg, fmt.Errorf("no --config given and no devnet: %w", err)
		}
		cfg = config.Devnet(d)
		cfg.Settlement.Policy = "settlement/policy/v1.json"
	}
	if len(c.rpcs) > 0 {
		cfg.Chain.RPC = append([]string(nil), c.rpcs...)
	}
	if v := os.Getenv("DATABASE_URL"); v != "" {
		cfg.Database.URL = v
	}
	if v := os.Getenv("REDIS_URL"); v != "" {
		cfg.Redis.URL = v
	}
	if v := os.Getenv("COVEY_REDIS_PREFIX"); v != "" {
		cfg.Redis.Prefix = v
	}
	if err := cfg.Validate(); err != nil {
		return cfg, fmt.Errorf("invalid configuration:\n%w", err)
	}
	return cfg, nil
}

// openDB connects to the configured database, or to the private embedded Postgres under
// .covey/pg (started if it is not running), and applies migrations. close releases both.
func openDB(ctx context.Context, cfg config.Config) (pool *pgxpool.Pool, close func(), err error) {
	url := cfg.Database.URL
	stop := func() {}
	if url == "" {
		url, stop, err = embeddedURL(ctx)
		if err != nil {
			return nil, nil, err
		}
	}
	pc, err := pgxpool.ParseConfig(url)
	if err != nil {
		stop()
		return nil, nil, fmt.Errorf("parsing database URL: %w", err)
	}
	pool, err = pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		stop()
		return nil, nil, fmt.Errorf("connecting to postgres: %w", err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		stop()
		return nil, nil, fmt.Errorf("connecting to postgres at %s: %w", redactURL(url), err)
	}
	if err := coveysql.Migrate(ctx, pool); err != nil {
		pool.Close()
		stop()
		return nil, nil, err
	}
	return pool, func() { pool.Close(); stop() }, nil
}

// embeddedURL returns the URL of the private Postgres under .covey/pg, starting it when no
// covey process runs it yet; the returned stop function stops it only if this process started it.
func embeddedURL(ctx context.Context) (string, func(), error) {
	dir, err := filepath.Abs(filepath.Join(stateDir, "pg"))
	if err != nil {
		return "", nil, err
	}
	portFile := filepath.Join(stateDir, "pg.port")
	if b, err := os.ReadFile(portFile); err == nil {
		if port, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
			u := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
			if p, err := pgxpool.New(ctx, u); err == nil {
				pingErr := p.Ping(ctx)
				p.Close()
				if pingErr == nil {
					return u, func() {}, nil
				}
			}
		}
	}
	wd, _ := os.Getwd()
	pkg, err := embeddedpg.FindPackage(wd)
	if err != nil {
		return "", nil, fmt.Errorf("no DATABASE_URL and %w", err)
	}
	slog.Info("starting private postgres", "dir", dir)
	s, err := embeddedpg.Start(ctx, embeddedpg.Options{PackageDir: pkg, DataDir: dir})
	if err != nil {
		return "", nil, err
	}
	if err := os.WriteFile(portFile, []byte(strconv.Itoa(s.Port())), 0o644); err != nil {
		_ = s.Stop()
		return "", nil, fmt.Errorf("writing %s: %w", portFile, err)
	}
	return s.URL, func() {
		_ = os.Remove(portFile)
		if err := s.Stop(); err != nil {
			slog.Warn("stopping private postgres", "err", err)
		}
	}, nil
}

// openRedis connects when REDIS_URL (or redis.url) is set; nil means single-process mode.
func openRedis(ctx context.Context, cfg config.Config) (*redis.Client, error) {
	if cfg.Redis.URL == "" {
		return nil, nil
	}
	opt, err := redis.ParseURL(cfg.Redis.URL)
	if err != nil {
		return nil, fmt.Errorf("parsing REDIS_URL: %w", err)
	}
	c := redis.NewClient(opt)
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := c.Ping(pingCtx).Err(); err != nil {
		_ = c.Close()
		return nil, fmt.Errorf("connecting to redis at %s: %w", redactURL(cfg.Redis.URL), err)
	}
	return c, nil
}

// redactURL hides a password in a connection URL before it reaches a log or an error.
func redactURL(u string) string {
	at := strings.LastIndex(u, "@")
	scheme := strings.Index(u, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return u
	}
	userinfo := u[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return u[:scheme+3] + userinfo[:i] + ":xxxxx" + u[at:]
	}
	return u
}

// exitError carries a specific exit code (verify's mismatch is 1, usage is 2).
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }
func (e exitError) ExitCode() int { return e.code }

// openStores opens Postgres (migrated) and, when configured, Redis; close releases both.
func openStores(ctx context.Context, cfg config.Config) (*pgxpool.Pool, *redis.Client, func(), error) {
	pool, closeDB, err := openDB(ctx, cfg)
	if err != nil {
		return nil, nil, nil, err
	}
	rdb, err := openRedis(ctx, cfg)
	if err != nil {
		closeDB()
		return nil, nil, nil, err
	}
	return pool, rdb, func() {
		if rdb != nil {
			_ = rdb.Close()
		}
		closeDB()
	}, nil
}

// dialChain connects to the first configured RPC and refuses one that serves another chain.
func dialChain(ctx context.Context, cfg config.Config) (*ethclient.Client, error) {
	client, err := ethclient.DialContext(ctx, cfg.Chain.RPC[0])
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", redactURL(cfg.Chain.RPC[0]), err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("reading chain id from %s: %w", redactURL(cfg.Chain.RPC[0]), err)
	}
	if id.Int64() != cfg.Chain.ID {
		client.Close()
		return nil, fmt.Errorf("the RPC at %s serves chain %s, the configuration says %d", redactURL(cfg.Chain.RPC[0]), id, cfg.Chain.ID)
	}
	return client, nil
}
