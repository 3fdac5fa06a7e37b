package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/indexer"
)

func init() { register("status", withEnv("status", func() envCommand { return &statusCmd{} })) }

// statusCmd prints where the chain is and where the index is, for people (table) and scripts (--json).
type statusCmd struct{ asJSON bool }

func (c *statusCmd) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.asJSON, "json", false, "print one JSON object")
}

func (c *statusCmd) run(ctx context.Context, env *app.Env, stdout, _ io.Writer) error {
	s, err := chainStatus(ctx, env, app.Tool)
	if err != nil {
		return err
	}
	if c.asJSON {
		return json.NewEncoder(stdout).Encode(s)
	}
	return printStatus(stdout, s)
}

// chainStatus is indexer.Status read on role's pool, the chain asked through every RPC.
func chainStatus(ctx context.Context, env *app.Env, role app.Role) (indexer.StatusReport, error) {
	pool, err := env.DB(ctx, role)
	if err != nil {
		return indexer.StatusReport{}, err
	}
	client, err := env.RPC(ctx)
	if err != nil {
		return indexer.StatusReport{}, err
	}
	return indexer.Status(ctx, pool, client)
}

func printStatus(w io.Writer, s indexer.StatusReport) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "chain id\t%d\n", s.ChainID)
	fmt.Fprintf(tw, "head (latest)\t%d\n", s.Head)
	fmt.Fprintf(tw, "safe head\t%d\n", s.Safe)
	fmt.Fprintf(tw, "finalized head\t%d\n", s.Finalized)
	fmt.Fprintf(tw, "indexed block\t%d %s\n", s.IndexedBlock, s.IndexedBlockHash)
	fmt.Fprintf(tw, "lag\t%d blocks, %d s\n", s.LagBlocks, s.LagSeconds)
	fmt.Fprintf(tw, "logs indexed\t%d\n", s.LogsTotal)
	if s.DeferredIndexes > 0 {
		fmt.Fprintf(tw, "deferred indexes\t%d (dropped for the backfill, built once caught up)\n", s.DeferredIndexes)
	}
	if s.DerivedDeferred {
		fmt.Fprintf(tw, "derived state\tdeferred (folded in once caught up; the API reads the events meanwhile)\n")
	}
	names := make([]string, 0, len(s.Events))
	for n := range s.Events {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(tw, "  %s\t%d\n", n, s.Events[n])
	}
	return tw.Flush()
}
