package main

// How a command is written.
//
// A command that works on covey's resources is a struct whose fields are its flags, registered with
// withEnv, which gives it --config and --rpc, parses the flags, resolves the configuration (the file
// or the devnet, then --rpc, DATABASE_URL, REDIS_URL, COVEY_REDIS_PREFIX), opens an app.Env on it and
// closes the Env when run returns:
//
//	func init() { register("x", withEnv("x", func() envCommand { return &xCmd{} })) }
//
//	type xCmd struct{ epoch int64 }
//
//	func (c *xCmd) flags(fs *flag.FlagSet) { fs.Int64Var(&c.epoch, "epoch", -1, "the epoch to ...") }
//
//	func (c *xCmd) run(ctx context.Context, env *app.Env, stdout, stderr io.Writer) error {
//		pool, err := env.DB(ctx, app.Tool) // or env.Chain(ctx), env.Settler(ctx), env.API(ctx), ...
//		...
//	}
//
// Optionally, check() error refuses bad flags before any configuration is read (exit 2), and
// configure(*config.Config) lets flags override configuration keys (--listen, --follow-unsafe). The
// Env opens each resource on first use, once, the way its role needs it (app.Indexer, app.Settlement,
// app.API, app.Tool pools; the chain through every RPC with failover); services it builds are the
// command's to run and close. Only cmd/covey reads flags and the process environment. Secrets (the
// publisher and guardian keys, the keystore password) are not in the environment any more when a
// command runs: main moved them into secrets (secrets.go); read one with secret("COVEY_GUARDIAN_KEY")
// and hand it to what needs it, never to a child process.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
)

// stateDir holds everything covey creates locally: the embedded Postgres, the devnet, manifests.
const stateDir = ".covey"

// deploymentsPath is where `covey devnet up` writes the devnet's addresses.
const deploymentsPath = "anvil/deployments.json"

// envCommand is a command that runs on an app.Env (see the top of this file).
type envCommand interface {
	flags(fs *flag.FlagSet)
	run(ctx context.Context, env *app.Env, stdout, stderr io.Writer) error
}

// checker refuses flags that make no sense, before any configuration is read.
type checker interface{ check() error }

// configurer lets flags override configuration keys before the configuration is validated.
type configurer interface{ configure(cfg *config.Config) }

// withEnv turns an envCommand into a command: flags, configuration, Env, run, Close.
func withEnv(name string, newCmd func() envCommand) command {
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		c := newCmd()
		fs := flag.NewFlagSet(name, flag.ContinueOnError)
		fs.SetOutput(stderr)
		var src configSource
		src.register(fs)
		c.flags(fs)
		if err := fs.Parse(args); err != nil {
			return exitError{2, err}
		}
		if ch, ok := c.(checker); ok {
			if err := ch.check(); err != nil {
				fs.PrintDefaults()
				return exitError{2, fmt.Errorf("%s: %w", name, err)}
			}
		}
		cfg, err := src.load(c)
		if err != nil {
			return err
		}
		env := app.New(cfg, app.Options{})
		err = c.run(ctx, env, stdout, stderr)
		return errors.Join(err, env.Close())
	}
}

// multiFlag collects a repeatable string flag (--rpc URL --rpc URL2).
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// configSource is where the configuration comes from: --config and --rpc.
type configSource struct {
	path string
	rpcs multiFlag
}

func (s *configSource) register(fs *flag.FlagSet) {
	fs.StringVar(&s.path, "config", "", "config file (TOML); default: the devnet in "+deploymentsPath)
	fs.Var(&s.rpcs, "rpc", "RPC URL (repeatable); overrides the configured ones")
}

// load resolves the configuration: a file when --config is given, else the devnet's deployments,
// then --rpc, DATABASE_URL, DATABASE_READ_URL, REDIS_URL and COVEY_REDIS_PREFIX and the command's overrides on top. It
// validates before anything starts.
func (s *configSource) load(c envCommand) (config.Config, error) {
	var cfg config.Config
	if s.path != "" {
		var err error
		if cfg, err = config.Load(s.path); err != nil {
			return cfg, err
		}
	} else {
		d, err := config.ReadDeployments(deploymentsPath)
		if err != nil {
			return cfg, fmt.Errorf("no --config given and no devnet: %w", err)
		}
		cfg = config.Devnet(d)
		cfg.Settlement.Policy = app.DefaultPolicyPath
	}
	if len(s.rpcs) > 0 {
		cfg.Chain.RPC = append([]string(nil), s.rpcs...)
	}
	fromEnvironment(&cfg)
	if cf, ok := c.(configurer); ok {
		cf.configure(&cfg)
	}
	if err := cfg.Validate(); err != nil {
		return cfg, fmt.Errorf("invalid configuration:\n%w", err)
	}
	return cfg, nil
}

// fromEnvironment applies DATABASE_URL, DATABASE_READ_URL, REDIS_URL and COVEY_REDIS_PREFIX.
func fromEnvironment(cfg *config.Config) {
	if v := os.Getenv("DATABASE_URL"); v != "" {
		cfg.Database.URL = v
	}
	if v := os.Getenv("DATABASE_READ_URL"); v != "" {
		cfg.Database.ReadURL = v
	}
	if v := os.Getenv("REDIS_URL"); v != "" {
		cfg.Redis.URL = v
	}
	if v := os.Getenv("COVEY_REDIS_PREFIX"); v != "" {
		cfg.Redis.Prefix = v
	}
}

// exitError carries a specific exit code (verify's mismatch is 1, usage is 2).
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }
func (e exitError) ExitCode() int { return e.code }
