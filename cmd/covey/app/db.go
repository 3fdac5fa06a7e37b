package app

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/graphql"
	"github.com/covey-labs/covey/internal/embeddedpg"
	"github.com/covey-labs/covey/internal/pgretry"
	"github.com/covey-labs/covey/internal/redact"
	coveysql "github.com/covey-labs/covey/sql"
)

// Role is who uses a Postgres pool. Each role has a pool of its own, so one role's trouble (the API
// dropping its connections after one was lost, a settlement holding connections for minutes) never
// touches another's; pg_stat_activity names each (application_name "covey <role>").
type Role string

const (
	// Indexer writes the batches: read-write.
	Indexer Role = "indexer"
	// Settlement writes runs, epochs and publications: read-write.
	Settlement Role = "settlement"
	// API reads: read-only sessions whose statement_timeout is api.timeout, apiMaxConns connections.
	API Role = "api"
	// Tool is a one-shot command's (migrate, status, report, verify): read-write, no timeout.
	Tool Role = "tool"
	// APIPrimary is the API's few reads of the primary when it reads a replica (database.read_url):
	// WAL positions and LISTEN; read-only, apiPrimaryMaxConns connections. Without a replica it is
	// not opened.
	APIPrimary Role = "api-primary"
)

// apiPrimaryMaxConns: the API reads one WAL position per notification and per lag sample there.
const apiPrimaryMaxConns = 2

// apiMaxConns is the API pool's size unless the database URL sets pool_max_conns. API requests
// are short statements; on the 2-core benchmark machine 2 to 8 connections served the same
// claims per second and 16 only added backend contention (graphql BenchmarkClaimQuery), and 8
// leaves room for a few slow list queries beside them.
const apiMaxConns = 8

// DB is role's pool on the migrated database (the configured one, else the private embedded Postgres
// under the state directory, started when no covey process runs it yet). The API's pool is on the
// replica when database.read_url names one (the primary is migrated all the same).
func (e *Env) DB(ctx context.Context, role Role) (*pgxpool.Pool, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if p := e.pools[role]; p != nil {
		return p, nil
	}
	url, err := e.migratedURL(ctx)
	if err != nil {
		return nil, err
	}
	if role == API && e.Config.Database.ReadURL != "" {
		url = e.Config.Database.ReadURL
	}
	pc, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("parsing database URL: %w", err)
	}
	e.configurePool(pc, role)
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, fmt.Errorf("opening the %s pool: %w", role, err)
	}
	e.pools[role] = pool
	e.onClose(func() error { pool.Close(); return nil })
	return pool, nil
}

// configurePool gives role's pool its name and, for the API, its read-only sessions, timeout and size
// (connections opened up front, so the first requests after a start do not wait for them).
func (e *Env) configurePool(pc *pgxpool.Config, role Role) {
	if pc.ConnConfig.RuntimeParams == nil {
		pc.ConnConfig.RuntimeParams = map[string]string{}
	}
	if _, ok := pc.ConnConfig.RuntimeParams["application_name"]; !ok {
		pc.ConnConfig.RuntimeParams["application_name"] = "covey " + string(role)
	}
	switch role {
	case APIPrimary:
		graphql.ConfigurePool(pc, e.Config.API.Timeout.Duration)
		pc.MaxConns = apiPrimaryMaxConns
		return
	case API:
	default:
		return
	}
	graphql.ConfigurePool(pc, e.Config.API.Timeout.Duration)
	if !strings.Contains(pc.ConnString(), "pool_max_conns") {
		pc.MaxConns = apiMaxConns
	}
	pc.MinConns = min(pc.MaxConns, 4)
}

// migratedURL is the database URL, the schema migrated once per Env (callers hold e.mu).
func (e *Env) migratedURL(ctx context.Context) (string, error) {
	if e.migrated {
		return e.dbURL, nil
	}
	url := e.Config.Database.URL
	if url == "" {
		u, stop, err := embeddedURL(ctx, e.opts.StateDir)
		if err != nil {
			return "", err
		}
		e.onClose(stop)
		url = u
	}
	if err := migrate(ctx, e.log, url); err != nil {
		return "", err
	}
	e.dbURL, e.migrated = url, true
	return url, nil
}

// migrate connects (failing within 10 s when nobody answers) and applies the embedded migrations. A
// connection the server ends meanwhile (a restart, pg_terminate_backend) is waited out: each migration
// is one transaction, so running them again applies what the lost connection did not commit.
func migrate(ctx context.Context, log *slog.Logger, url string) error {
	pc, err := pgxpool.ParseConfig(url)
	if err != nil {
		return fmt.Errorf("parsing database URL: %w", err)
	}
	pc.MaxConns = 2
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return fmt.Errorf("connecting to postgres: %w", err)
	}
	defer pool.Close()
	return pgretry.Until(ctx, log, "migrating the database", func(ctx context.Context) error {
		pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if err := pool.Ping(pingCtx); err != nil {
			if pingCtx.Err() != nil && ctx.Err() == nil {
				// Nobody answered: a wrong address or a server that is down. Not wrapped, so it is not
				// taken for a lost connection and waited out.
				return fmt.Errorf("connecting to postgres at %s: no answer within 10 s (%v)", redact.URL(url), err)
			}
			return fmt.Errorf("connecting to postgres at %s: %w", redact.URL(url), err)
		}
		return coveysql.Migrate(ctx, pool)
	})
}

// embeddedURL returns the service URL of the private Postgres under stateDir/pg (a role that is not a
// superuser, through the server's 0700 socket directory), starting the server when no covey process runs
// it yet; the returned stop function stops it only if this process started it.
func embeddedURL(ctx context.Context, stateDir string) (string, func() error, error) {
	dir, err := filepath.Abs(filepath.Join(stateDir, "pg"))
	if err != nil {
		return "", nil, err
	}
	urlFile := filepath.Join(stateDir, "pg.url")
	if b, err := os.ReadFile(urlFile); err == nil {
		u := strings.TrimSpace(string(b))
		if p, err := pgxpool.New(ctx, u); err == nil {
			pingErr := p.Ping(ctx)
			p.Close()
			if pingErr == nil {
				return u, func() error { return nil }, nil
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
	stop := func() error {
		_ = os.Remove(urlFile)
		if err := s.Stop(); err != nil {
			return fmt.Errorf("stopping private postgres: %w", err)
		}
		return nil
	}
	u, err := s.ServiceURL(ctx, embeddedpg.ServiceRole)
	if err == nil {
		err = os.WriteFile(urlFile, []byte(u+"\n"), 0o600)
	}
	if err != nil {
		_ = stop()
		return "", nil, fmt.Errorf("preparing private postgres: %w", err)
	}
	return u, stop, nil
}

// openRedis is a client on url, nil when url is empty (single-process mode); only a malformed url is
// an error. It does not connect: go-redis dials on the first command and again whenever Redis comes
// back, and Env.redisLocked says at start whether Redis answers.
func openRedis(url string) (*redis.Client, error) {
	if url == "" {
		return nil, nil
	}
	opt, err := redis.ParseURL(url)
	if err != nil {
		// url.Parse's errors quote the whole URL, password included.
		return nil, fmt.Errorf("parsing REDIS_URL %s: %w", redact.URL(url), redact.Error(err))
	}
	return redis.NewClient(opt), nil
}
