package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/indexer"
)

func init() { register("status", runStatus) }

// runStatus prints where the chain is and where the index is, for people (table) and scripts (--json).
func runStatus(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := fs.Parse(args); err != nil {
		return exitError{2, err}
	}
	cfg, err := c.load()
	if err != nil {
		return err
	}
	pool, closeDB, err := openDB(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeDB()
	client, err := rpc.DialContext(ctx, cfg.Chain.RPC[0])
	if err != nil {
		return fmt.Errorf("dialing %s: %w", cfg.Chain.RPC[0], err)
	}
	defer client.Close()
	s, err := indexer.Status(ctx, pool, client)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		return enc.Encode(s)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
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
