package floor

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/bench/workload"
)

// TestSweepCountsEveryEvent sweeps a small workload with ranges that do not divide it evenly and
// checks every event is fetched and decoded once, and that a subset of contracts counts only theirs.
func TestSweepCountsEveryEvent(t *testing.T) {
	repo, err := workload.FindRepo(".")
	if err != nil {
		t.Skip(err)
	}
	if _, err := workload.AnvilBinary(repo); err != nil {
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w, err := workload.Build(ctx, workload.Spec{Events: 500, EventsPerBlock: 40, EventsPerTx: 15, TrailingBlocks: 2}, t.TempDir(), workload.Options{Repo: repo})
	if err != nil {
		t.Fatal(err)
	}
	node, err := workload.Serve(ctx, w, workload.Options{Repo: repo})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Kill()
	for _, names := range [][]string{nil, {"Staking", "TaskArena"}} {
		abis, err := workload.LoadABIs(repo, names)
		if err != nil {
			t.Fatal(err)
		}
		o := Options{RPC: node.URL, From: w.StartBlock, To: w.Head, RangeBlocks: 3, Workers: 2}
		var set []string
		for _, a := range abis {
			o.ABIs = append(o.ABIs, a.ABI)
			o.Addresses = append(o.Addresses, w.Contracts[a.Contract])
			set = append(set, a.Contract)
		}
		res, err := Sweep(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		if want := w.EventsFor(set); res.Events != int64(want) || res.Undecoded != 0 {
			t.Fatalf("%v: decoded %d (%d undecodable), want %d", set, res.Events, res.Undecoded, want)
		}
	}
}

func TestDecodeCountsUnknownLogs(t *testing.T) {
	ok, bad := decode(map[common.Hash]*event{}, nil)
	if ok != 0 || bad != 0 {
		t.Fatal("empty input")
	}
	_ = abi.ABI{}
}
