package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/covey-labs/covey/bench/floor"
	"github.com/covey-labs/covey/bench/synthchain"
	"github.com/covey-labs/covey/bench/tree"
	"github.com/covey-labs/covey/bench/workload"
	"github.com/covey-labs/covey/merkle"
)

// sizes are the full and quick (÷10) sizes of every section.
type sizes struct {
	Events int // backfill workload events
	Leaves int // tree leaves (and settlement accounts)
	// SettleLarge is the settlement section's second size (0: none), the scale settlement is held to.
	SettleLarge int
	Growth      []int // growth steps
	Scale       []int // backfill sizes on the synthetic chain
}

func sizesFor(quick bool) sizes {
	if quick {
		return sizes{Events: 100_000, Leaves: 100_000, Growth: []int{1_000, 10_000, 100_000}, Scale: []int{100_000, 1_000_000}}
	}
	return sizes{Events: 1_000_000, Leaves: 1_000_000, SettleLarge: 10_000_000, Growth: []int{10_000, 100_000, 1_000_000}, Scale: []int{1_000_000, 10_000_000}}
}

func workloadFlags(fs *flag.FlagSet) func() workload.Spec {
	quick := fs.Bool("quick", false, "the quick size (100,000 events)")
	events := fs.Int("events", 0, "number of events (default 1,000,000, or 100,000 with -quick)")
	perBlock := fs.Int("events-per-block", 0, "events per block (default 200)")
	perTx := fs.Int("events-per-tx", 0, "events per transaction (default 100)")
	seed := fs.Uint64("seed", 1, "generator seed")
	return func() workload.Spec {
		n := *events
		if n == 0 {
			n = sizesFor(*quick).Events
		}
		return workload.Spec{Events: n, EventsPerBlock: *perBlock, EventsPerTx: *perTx, Seed: *seed}
	}
}

func cmdWorkload(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("workload", flag.ContinueOnError)
	spec := workloadFlags(fs)
	rebuild := fs.Bool("rebuild", false, "rebuild even if cached")
	if err := fs.Parse(args); err != nil {
		return err
	}
	opts := workload.Options{Log: os.Stderr}
	var w *workload.Workload
	var err error
	if *rebuild {
		repo, rerr := workload.FindRepo(".")
		if rerr != nil {
			return rerr
		}
		s := spec().Defaults()
		w, err = workload.Build(ctx, s, filepath.Join(repo, "bench", ".cache", s.Name()), opts)
	} else {
		w, err = workload.Ensure(ctx, spec(), opts)
	}
	if err != nil {
		return err
	}
	fmt.Println(w.Dir)
	return nil
}

func cmdServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	spec := workloadFlags(fs)
	synthetic := fs.Bool("synthetic", false, "serve the synthetic chain of the same spec (bench/synthchain, generated on the fly) instead of anvil")
	addr := fs.String("addr", "127.0.0.1:0", "with -synthetic: the address to listen on")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *synthetic {
		return serveSynthetic(ctx, spec(), *addr)
	}
	w, err := workload.Ensure(ctx, spec(), workload.Options{Log: os.Stderr})
	if err != nil {
		return err
	}
	t0 := time.Now()
	n, err := workload.Serve(ctx, w, workload.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "serving %s at %s (loaded in %.1fs); deployments: %s; Ctrl-C stops\n", w.Name, n.URL, time.Since(t0).Seconds(), filepath.Join(w.Dir, "deployments.json"))
	fmt.Println(n.URL)
	select {
	case <-ctx.Done():
	case <-n.Exited():
		return fmt.Errorf("anvil exited")
	}
	n.Kill()
	return nil
}

// serveSynthetic serves the synthetic chain of spec until interrupted and prints its URL.
func serveSynthetic(ctx context.Context, spec workload.Spec, addr string) error {
	repo, err := workload.FindRepo(".")
	if err != nil {
		return err
	}
	c, err := synthchain.New(repo, spec)
	if err != nil {
		return err
	}
	url, done, err := c.Serve(ctx, addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "serving the synthetic chain of %d events (blocks %d..%d, head %d) at %s; contracts from block %d; Ctrl-C stops\n",
		c.Events(), c.StartBlock()+1, c.LastEventBlock(), c.Head(), url, c.StartBlock())
	fmt.Println(url)
	return <-done
}

// floorResult is what `benchrun floor` prints.
type floorResult struct {
	floor.Result
	Expected int `json:"expected"`
}

func cmdFloor(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("floor", flag.ContinueOnError)
	dir := fs.String("workload", "", "workload directory (bench/.cache/<name>)")
	rpc := fs.String("rpc", "", "RPC URL serving it")
	contracts := fs.String("contracts", "", "comma-separated contracts (default: all of the workload's)")
	rng := fs.Uint64("range", 0, "blocks per eth_getLogs (default: about 10,000 logs per call)")
	workers := fs.Int("workers", 2, "parallel workers")
	if err := fs.Parse(args); err != nil {
		return err
	}
	w, err := workload.Load(*dir)
	if err != nil {
		return err
	}
	names := splitList(*contracts)
	if len(names) == 0 {
		for n := range w.Contracts {
			names = append(names, n)
		}
	}
	repo, err := workload.FindRepo(".")
	if err != nil {
		return err
	}
	abis, err := workload.LoadABIs(repo, names)
	if err != nil {
		return err
	}
	o := floor.Options{RPC: *rpc, From: w.StartBlock, To: w.Head, RangeBlocks: *rng, Workers: *workers}
	if o.RangeBlocks == 0 {
		o.RangeBlocks = uint64(max(1, 10_000/w.Spec.EventsPerBlock))
	}
	for _, a := range abis {
		o.ABIs = append(o.ABIs, a.ABI)
		o.Addresses = append(o.Addresses, w.Contracts[a.Contract])
	}
	res, err := floor.Sweep(ctx, o)
	if err != nil {
		return err
	}
	exp := w.EventsFor(names)
	if int(res.Events) != exp || res.Undecoded != 0 {
		return fmt.Errorf("floor decoded %d events (%d undecodable), the workload has %d", res.Events, res.Undecoded, exp)
	}
	return json.NewEncoder(os.Stdout).Encode(floorResult{res, exp})
}

func readLeaves(path string) ([]merkle.Leaf, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var pairs [][2]string
	if err := json.NewDecoder(f).Decode(&pairs); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	var b strings.Builder
	b.Grow(len(pairs) * 70)
	for _, p := range pairs {
		b.WriteString(p[0])
		b.WriteByte(',')
		b.WriteString(p[1])
		b.WriteByte('\n')
	}
	return merkle.ReadAmounts(strings.NewReader(b.String()), "csv")
}

func cmdTreeCovey(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("tree-covey", flag.ContinueOnError)
	path := fs.String("leaves", "", "leaves file (JSON [[address, amount], ...])")
	if err := fs.Parse(args); err != nil {
		return err
	}
	leaves, err := readLeaves(*path)
	if err != nil {
		return err
	}
	res, err := tree.Covey(leaves)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(res)
}

func cmdTreeFloor(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("tree-floor", flag.ContinueOnError)
	path := fs.String("leaves", "", "leaves file (JSON [[address, amount], ...])")
	if err := fs.Parse(args); err != nil {
		return err
	}
	leaves, err := readLeaves(*path)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(tree.KeccakFloor(leaves))
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
