// Command covey indexes the protocol's contracts on Base, settles epoch rewards into Merkle
// roots and serves everything over GraphQL. One binary, one subcommand per job.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/covey-labs/covey/internal/redact"
)

const usage = `covey — indexer, settlement and API for the protocol's contracts

Usage: covey <command> [flags]

Commands:
  devnet up|down      start (deploy) or stop the local anvil devnet
  config from-broadcast  write the deployments file of a config from the deploy script's broadcast record
  simulate            drive realistic protocol activity on the devnet
  migrate             apply database migrations
  index               index the contracts' logs into Postgres (--until-synced to exit when caught up)
  status              chain head, finality heads, indexed block, lag, event counts (--json)
  settle              compute and store an epoch (--epoch N), propose its root (--publish), accept (--accept)
  verify              reproduce an on-chain root from an RPC alone (no database, no config)
  guard               verify every pending root as it appears; revoke (guardian key) or alarm when it does not reproduce
  report              write a per-epoch report with charts
  tree build|proof    build an OpenZeppelin-compatible Merkle tree from amounts, or print a proof
  serve               serve the GraphQL API
  run                 indexer, settlement scheduler and API together
  demo                the whole story on a local devnet

Every command takes --config FILE (default: the devnet from anvil/deployments.json) and
--rpc URL (repeatable; overrides the configured RPCs). DATABASE_URL, DATABASE_READ_URL (a replica the API reads), REDIS_URL and COVEY_REDIS_PREFIX come from the
environment (COVEY_CPUPROFILE=FILE writes a CPU profile of the command); without DATABASE_URL a private Postgres runs under ./.covey/pg.
Run 'covey <command> -h' for a command's flags.
`

// command runs one subcommand with its own arguments.
type command func(ctx context.Context, args []string, stdout, stderr io.Writer) error

// commands maps each subcommand to its runner; runners live in files named after them.
var commands = map[string]command{}

func register(name string, c command) { commands[name] = c }

// Main is the program: it parses the command line, runs one command and releases what it held.
type Main struct {
	Stdout, Stderr io.Writer
	Args           []string
}

// errUsage marks an error whose message is the usage text already printed.
var errUsage = errors.New("usage")

// Run dispatches to the subcommand.
func (m *Main) Run(ctx context.Context) error {
	if len(m.Args) == 0 || m.Args[0] == "-h" || m.Args[0] == "--help" || m.Args[0] == "help" {
		fmt.Fprint(m.Stdout, usage)
		return nil
	}
	c, ok := commands[m.Args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "covey: unknown command %q\n\n%s", m.Args[0], usage)
		return errUsage
	}
	return c(ctx, m.Args[1:], m.Stdout, m.Stderr)
}

func main() {
	// Every log line goes through redact: an RPC key in a URL never reaches the log.
	slog.SetDefault(slog.New(redact.Handler(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()}))))
	takeSecrets()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	m := &Main{Stdout: os.Stdout, Stderr: os.Stderr, Args: os.Args[1:]}
	stopProfile, err := startCPUProfile(os.Getenv("COVEY_CPUPROFILE"))
	if err == nil {
		err = m.Run(ctx)
		stopProfile()
	}
	stop()
	if err != nil {
		if !errors.Is(err, errUsage) && !errors.Is(err, context.Canceled) {
			fmt.Fprintf(os.Stderr, "covey: %s\n", redact.String(err.Error()))
		}
		var ec interface{ ExitCode() int }
		if errors.As(err, &ec) {
			os.Exit(ec.ExitCode())
		}
		if errors.Is(err, context.Canceled) {
			os.Exit(130)
		}
		os.Exit(1)
	}
}

func logLevel() slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(os.Getenv("COVEY_LOG_LEVEL"))); err != nil {
		return slog.LevelInfo
	}
	return l
}
