// Package app is covey's one environment. An Env opens each resource a command needs once, the way
// its role needs it (a Postgres pool per role, Redis, the chain through every configured RPC with
// failover), builds the services on them (indexer, settler, publisher, scheduler, API) and closes
// everything it opened. Every command of cmd/covey runs on one, and so do the tests that run services
// in process (chaos), so a service is wired the same way everywhere.
//
// Resources open on first use: a command that only reads the database never dials Redis or the
// chain. Nothing here reads flags or the process environment: cmd/covey resolves those into the
// config.Config and the Options.
package app

import (
	"errors"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement/chainload"
	"github.com/covey-labs/covey/settlement/engine"
)

// Options are what an Env needs beyond the configuration.
type Options struct {
	// Log receives the services' logs (default slog.Default()).
	Log *slog.Logger
	// Runner names this process in settlement_runs (default host/pid).
	Runner string
	// StateDir holds the private embedded Postgres when the configuration names no database
	// (default .covey, relative to the working directory).
	StateDir string
}

// Env is one command's environment: the configuration and the resources opened from it. Services it
// builds (Indexer, Settler, API, ...) are the caller's to run and close; Close releases the resources.
type Env struct {
	// Config is the validated configuration every resource is opened from.
	Config config.Config
	opts   Options
	log    *slog.Logger

	mu       sync.Mutex
	dbURL    string
	migrated bool
	pools    map[Role]*pgxpool.Pool
	rdb      *redis.Client
	rdbOpen  bool
	rpc      *rpc.Client
	logs     chainload.Source
	policy   *engine.Policy
	closers  []func() error
}

// New is an Env on cfg; it opens nothing until a resource is asked for.
func New(cfg config.Config, opts Options) *Env {
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.StateDir == "" {
		opts.StateDir = ".covey"
	}
	return &Env{Config: cfg, opts: opts, log: opts.Log, pools: map[Role]*pgxpool.Pool{}}
}

// Log is the environment's logger.
func (e *Env) Log() *slog.Logger { return e.log }

// onClose registers f to run at Close, after everything opened later (callers hold e.mu).
func (e *Env) onClose(f func() error) { e.closers = append(e.closers, f) }

// Close releases every resource in the reverse order of opening. The Env opens nothing afterwards.
func (e *Env) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	var errs []error
	for i := len(e.closers) - 1; i >= 0; i-- {
		errs = append(errs, e.closers[i]())
	}
	e.closers = nil
	e.pools = map[Role]*pgxpool.Pool{}
	e.rdb, e.rdbOpen, e.rpc, e.dbURL, e.migrated = nil, false, nil, "", false
	return errors.Join(errs...)
}
