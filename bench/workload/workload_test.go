package workload

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

func TestEmitterCodeIsSmallAndStable(t *testing.T) {
	a, b := EmitterCode(), EmitterCode()
	if string(a) != string(b) {
		t.Fatal("EmitterCode is not deterministic")
	}
	if len(a) > 200 {
		t.Fatalf("emitter is %d bytes, want a few dozen", len(a))
	}
}

// TestBuildServeLogs builds a small workload on a real anvil, reloads its dump and checks that every
// event is a log of the right contract, with topic0 and data of its ABI event, in the counts the
// workload claims, covering every event type.
func TestBuildServeLogs(t *testing.T) {
	repo, err := FindRepo(".")
	if err != nil {
		t.Skip(err)
	}
	if _, err := AnvilBinary(repo); err != nil {
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	spec := Spec{Events: 600, EventsPerBlock: 50, EventsPerTx: 20, TrailingBlocks: 3}
	dir := t.TempDir()
	w, err := Build(ctx, spec, dir, Options{Repo: repo})
	if err != nil {
		t.Fatal(err)
	}
	if w.Events != 600 || w.LastEventBlock != w.StartBlock+12 || w.Head != w.LastEventBlock+3 {
		t.Fatalf("workload shape: %d events, start %d, last event %d, head %d", w.Events, w.StartBlock, w.LastEventBlock, w.Head)
	}
	abis, err := LoadABIs(repo, nil)
	if err != nil {
		t.Fatal(err)
	}
	kinds := 0
	byID := map[common.Hash]struct {
		contract string
		ev       abi.Event
	}{}
	for _, a := range abis {
		for _, e := range a.Events {
			kinds++
			byID[e.ID] = struct {
				contract string
				ev       abi.Event
			}{a.Contract, e}
		}
	}
	if len(w.EventsByType) != kinds {
		t.Fatalf("workload covers %d event types, the interfaces declare %d", len(w.EventsByType), kinds)
	}

	w2, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	node, err := Serve(ctx, w2, Options{Repo: repo})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Kill()
	ec, err := ethclient.DialContext(ctx, node.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	var addrs []common.Address
	for _, a := range w.Contracts {
		addrs = append(addrs, a)
	}
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(w.Head), Addresses: addrs})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != w.Events {
		t.Fatalf("chain has %d logs, workload says %d", len(logs), w.Events)
	}
	got := map[string]int{}
	for _, l := range logs {
		k, ok := byID[l.Topics[0]]
		if !ok {
			t.Fatalf("log with unknown topic0 %s", l.Topics[0])
		}
		if l.Address != w.Contracts[k.contract] {
			t.Fatalf("%s.%s emitted by %s, want %s", k.contract, k.ev.Name, l.Address, w.Contracts[k.contract])
		}
		indexed := 0
		for _, in := range k.ev.Inputs {
			if in.Indexed {
				indexed++
			}
		}
		if len(l.Topics) != 1+indexed {
			t.Fatalf("%s has %d topics, want %d", k.ev.Name, len(l.Topics), 1+indexed)
		}
		m := map[string]any{}
		if err := k.ev.Inputs.UnpackIntoMap(m, l.Data); err != nil {
			t.Fatalf("%s data does not decode: %v", k.ev.Name, err)
		}
		got[k.contract+"."+k.ev.Name]++
	}
	for k, n := range w.EventsByType {
		if got[k] != n {
			t.Errorf("%s: %d logs, workload says %d", k, got[k], n)
		}
	}
}
