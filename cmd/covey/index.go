package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/indexer"
)

func init() { register("index", runIndex) }

// runIndex tails the contracts' logs into Postgres until interrupted (or, with --until-synced,
// until the indexed block reaches the head of the configured finality mode).
func runIndex(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	untilSynced := fs.Bool("until-synced", false, "exit 0 once the indexed block reaches the target head")
	opsAddr := fs.String("metrics", "", "serve /metrics, /healthz and /readyz on this address (e.g. 127.0.0.1:9464)")
	followUnsafe := fs.Bool("follow-unsafe", false, "also index blocks past the settled head, marked unsafe")
	if err := fs.Parse(args); err != nil {
		return exitError{2, err}
	}
	cfg, err := c.load()
	if err != nil {
		return err
	}
	if *followUnsafe {
		cfg.Chain.FollowUnsafe = true
	}
	pool, rdb, closeStores, err := openStores(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeStores()
	opts := []indexer.Option{indexer.WithLogger(slog.Default())}
	if rdb != nil {
		opts = append(opts, indexer.WithNotifier(indexer.RedisNotifier{Client: rdb, Prefix: cfg.Redis.Prefix}))
	}
	ix, err := indexer.New(cfg, pool, opts...)
	if err != nil {
		return err
	}
	defer ix.Close()
	if err := serveOps(ctx, *opsAddr, indexerReady(cfg, pool)); err != nil {
		return fmt.Errorf("serving ops endpoints: %w", err)
	}
	if isTerminal(os.Stderr) {
		if client, err := dialChain(ctx, cfg); err == nil {
			barCtx, stopBar := context.WithCancel(ctx)
			defer client.Close()
			defer stopBar()
			go progressBar(barCtx, stderr, pool, client, cfg.Chain.ID)
		}
	}
	if *untilSynced {
		if err := ix.RunUntilSynced(ctx); err != nil {
			return err
		}
		fmt.Fprintln(stdout, "indexed to the target head")
		return nil
	}
	return ix.Run(ctx)
}

// indexerReady is ready once the indexed block has reached the head of the configured finality
// mode (the safe or finalized head, or latest minus the confirmations).
func indexerReady(cfg config.Config, pool *pgxpool.Pool) func(context.Context) error {
	return func(ctx context.Context) error {
		client, err := rpc.DialContext(ctx, cfg.Chain.RPC[0])
		if err != nil {
			return err
		}
		defer client.Close()
		s, err := indexer.Status(ctx, pool, client)
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
