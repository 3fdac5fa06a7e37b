// Command benchrun is covey's benchmark harness (`make bench`, `make bench-quick`): it builds and
// caches the workload chain, runs every measurement several times as child processes (median, min,
// max; peak RSS: the largest VmHWM of the child and its descendants, sampled every 100 ms), writes bench/results/results.json, then BENCHMARKS.md and one PNG per
// section from that file alone.
//
//	benchrun run [-quick] [-runs 3] [-sections backfill,tree,...]   everything, then the report
//	benchrun report [-results F] [-out BENCHMARKS.md] [-plots DIR]    the report from a results file
//	benchrun merge -from F [-into bench/results/results.json]         a separate run's sections into the results, then the report
//	benchrun workload [-quick | -events N]                            build (or reuse) the workload chain
//	benchrun serve [-quick | -events N]                               serve it until interrupted
//
// Children (what `run` measures; usable alone):
//
//	benchrun floor -workload DIR -rpc URL [-contracts A,B] [-range 50] [-workers 2]
//	benchrun tree-covey -leaves FILE
//	benchrun tree-floor -leaves FILE
//	benchrun verify-chain -workload DIR -rpc URL [-epoch-length 1000]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	cmds := map[string]func(context.Context, []string) error{
		"run": cmdRun, "report": cmdReport, "workload": cmdWorkload, "serve": cmdServe,
		"merge": cmdMerge, "floor": cmdFloor, "tree-covey": cmdTreeCovey, "tree-floor": cmdTreeFloor, "verify-chain": cmdVerifyChain,
	}
	fn, ok := cmds[os.Args[1]]
	if !ok {
		usage()
		os.Exit(2)
	}
	if err := fn(ctx, os.Args[2:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "benchrun:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: benchrun run|report|merge|workload|serve|floor|tree-covey|tree-floor|verify-chain [flags] (-h for each)")
}
