package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/covey-labs/covey/bench/measure"
	"github.com/covey-labs/covey/bench/report"
	"github.com/covey-labs/covey/bench/workload"
	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/settlement"
	"github.com/covey-labs/covey/settlement/chainload"
	"github.com/covey-labs/covey/settlement/engine"
	"github.com/covey-labs/covey/settlement/policy"
)

// verifyEpochLength splits the workload chain (2 s blocks) into about ten epochs: the 1M-event chain's
// 5,064 blocks span 10,128 s (epochs of 1,000 s), the quick one's 564 blocks 1,128 s (epochs of 100 s).
func verifyEpochLength(quick bool) int64 {
	if quick {
		return 100
	}
	return 1000
}

// verifyResult is what the verify-chain child prints (JSON).
type verifyResult struct {
	Epochs             int     `json:"epochs"`
	Events             int     `json:"events"`
	Accounts           int     `json:"accounts"`
	ColdSeconds        float64 `json:"cold_seconds"`
	IncrementalSeconds float64 `json:"incremental_seconds"`
	IncrementalRead    float64 `json:"incremental_read_seconds"`
}

// cmdVerifyChain is the verification work of `covey verify` on the workload chain, timed: a cold
// verification of the last epoch (a fresh chainload.Reader reads every log from the start block
// through the RPC and every epoch is recomputed in order: engine, cumulative amounts, tree and
// manifest) and, within it, the incremental step (the last epoch alone, from the state after the one
// before: its new logs read, the epoch recomputed). The workload has no roots on-chain, so fetching
// and hashing manifests (milliseconds) is left out; everything else covey verify does is in.
func cmdVerifyChain(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("verify-chain", flag.ContinueOnError)
	dir := fs.String("workload", "", "workload directory")
	rpcURL := fs.String("rpc", "", "RPC URL serving it")
	epochLength := fs.Int64("epoch-length", verifyEpochLength(false), "epoch length in seconds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	w, err := workload.Load(*dir)
	if err != nil {
		return err
	}
	d := w.Deployments(*rpcURL)
	pol, err := engine.LoadPolicy(bytes.NewReader(policy.V1))
	if err != nil {
		return err
	}
	pol.Genesis, pol.EpochLength, pol.Grace = d.Genesis, *epochLength, 0
	if err := pol.Validate(); err != nil {
		return err
	}
	pool, err := chainrpc.Dial([]string{*rpcURL}, chainrpc.Options{})
	if err != nil {
		return err
	}
	defer pool.Close()
	src := chainload.FromPool(pool)
	head, err := src.Head(ctx)
	if err != nil {
		return err
	}
	last, ok := pol.EpochOf(head.Time)
	if !ok || last == 0 {
		return fmt.Errorf("the workload's head (time %d) ends no epoch of %d s", head.Time, *epochLength)
	}
	last-- // the last epoch that has ended
	reader := chainload.NewReader(src)
	prev := settlement.NoPrevious()
	var res verifyResult
	t0 := time.Now()
	for e := uint64(0); e <= last; e++ {
		t1 := time.Now()
		loaded, err := settlement.LoadChain(ctx, reader, pol, d.Contracts, e)
		if err != nil {
			return fmt.Errorf("epoch %d: %w", e, err)
		}
		read := time.Since(t1)
		p, err := settlement.Build(settlement.BuildInput{ChainID: d.ChainID, Contracts: d.Contracts, Policy: pol,
			PolicyFile: "settlement/policy/v1.json", Loaded: loaded, Previous: prev})
		if err != nil {
			return fmt.Errorf("epoch %d: %w", e, err)
		}
		prev = p.AsPrevious()
		res.Epochs, res.Events, res.Accounts = int(e+1), loaded.Events, p.Leaves.Len()
		res.IncrementalSeconds, res.IncrementalRead = time.Since(t1).Seconds(), read.Seconds()
	}
	res.ColdSeconds = time.Since(t0).Seconds()
	return json.NewEncoder(os.Stdout).Encode(res)
}

// runVerify measures cmdVerifyChain as a child against the served backfill workload.
func (r *runner) runVerify(ctx context.Context, sec *report.Section) error {
	w, err := workload.Ensure(ctx, workload.Spec{Events: r.sizes.Events}, workload.Options{Repo: r.repo, Log: r.log})
	if err != nil {
		return err
	}
	node, err := workload.Serve(ctx, w, workload.Options{Repo: r.repo})
	if err != nil {
		return err
	}
	defer node.Kill()
	length := verifyEpochLength(r.quick)
	row := &report.Row{Name: "covey", Command: fmt.Sprintf("benchrun verify-chain -workload bench/.cache/%s -rpc URL -epoch-length %d", filepath.Base(w.Dir), length)}
	sec.Rows = []*report.Row{row}
	for i := 0; i < r.runs; i++ {
		cctx, cancel := context.WithTimeout(ctx, r.timeout)
		s, err := measure.Run(cctx, r.child(cctx, r.self, "verify-chain", "-workload", w.Dir, "-rpc", node.URL, "-epoch-length", fmt.Sprint(length)))
		cancel()
		if err != nil {
			row.Error = err.Error()
			break
		}
		var v verifyResult
		if err := json.Unmarshal(s.Stdout, &v); err != nil {
			row.Error = fmt.Sprintf("verify-chain printed %q: %v", s.Stdout, err)
			break
		}
		row.Samples = append(row.Samples, map[string]float64{"seconds": v.ColdSeconds, "incremental_s": v.IncrementalSeconds,
			"incremental_read_s": v.IncrementalRead, "per_s": float64(v.Events) / v.ColdSeconds, "peak_rss": float64(s.PeakRSSBytes)})
		if i == 0 {
			sec.Notes = append(sec.Notes, fmt.Sprintf("%s events over %d epochs of %d s (the workload's 2 s blocks), %s accounts in the last tree.",
				human(v.Events), v.Epochs, length, human(v.Accounts)))
		}
		fmt.Fprintf(r.log, "   verify run %d: cold %.2fs, incremental %.2fs (read %.2fs), peak RSS %.0f MiB\n", i+1, v.ColdSeconds,
			v.IncrementalSeconds, v.IncrementalRead, float64(s.PeakRSSBytes)/(1<<20))
	}
	row.Summarize()
	return nil
}
