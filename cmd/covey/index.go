package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
)

func init() { register("index", withEnv("index", func() envCommand { return &indexCmd{} })) }

// indexCmd tails the contracts' logs into Postgres until interrupted (or, with --until-synced,
// until the indexed block reaches the head of the configured finality mode).
type indexCmd struct {
	untilSynced, followUnsafe bool
	metrics                   metricsFlag
}

func (c *indexCmd) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.untilSynced, "until-synced", false, "exit 0 once the indexed block reaches the target head")
	c.metrics.register(fs)
	fs.BoolVar(&c.followUnsafe, "follow-unsafe", false, "also index blocks past the settled head, marked unsafe")
}

func (c *indexCmd) configure(cfg *config.Config) {
	c.metrics.configure(cfg)
	if c.followUnsafe {
		cfg.Chain.FollowUnsafe = true
	}
}

func (c *indexCmd) run(ctx context.Context, env *app.Env, stdout, stderr io.Writer) error {
	ix, err := env.Indexer(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	if err := serveOps(ctx, env.Config.Metrics, indexerReady(env)); err != nil {
		return err
	}
	if isTerminal(os.Stderr) {
		stopBar := startProgressBar(ctx, env, stderr)
		defer stopBar()
	}
	if c.untilSynced {
		if err := ix.RunUntilSynced(ctx); err != nil {
			return err
		}
		fmt.Fprintln(stdout, "indexed to the target head")
		return nil
	}
	return ix.Run(ctx)
}

// indexerReady is ready once the indexed block has reached the head of the configured finality
// mode (the safe or finalized head, or latest minus the confirmations), asking the chain through
// every configured RPC.
func indexerReady(env *app.Env) func(context.Context) error {
	cfg := env.Config
	return func(ctx context.Context) error {
		s, err := chainStatus(ctx, env, app.Indexer)
		if err != nil {
			return err
		}
		target := s.Head
		switch cfg.Chain.Finality {
		case config.FinalitySafe:
			target = s.Safe
		case config.FinalityFinalized:
			target = s.Finalized
		default:
			if target >= cfg.Chain.Confirmations {
				target -= cfg.Chain.Confirmations
			}
		}
		if s.IndexedBlock < target {
			return fmt.Errorf("catching up: indexed %d, target head %d", s.IndexedBlock, target)
		}
		if s.DeferredIndexes > 0 {
			return fmt.Errorf("building %d secondary indexes dropped for the backfill", s.DeferredIndexes)
		}
		if s.DerivedDeferred {
			return errors.New("folding in the derived state deferred by the backfill")
		}
		return nil
	}
}
