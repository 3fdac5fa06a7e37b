package e2e

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/indexer"
	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/settlement"
	"github.com/covey-labs/covey/settlement/chainload"
	"github.com/covey-labs/covey/settlement/engine"
	"github.com/covey-labs/covey/settlement/policy"
)

// devnetChain is a fresh devnet (real contracts) with simulated activity, for library-level tests.
type devnetChain struct {
	d      config.Deployments
	client *ethclient.Client
	rpc    *rpc.Client
	sum    anvil.Summary
}

// simulatedDevnet starts a devnet on a free port and simulates users over epochs (FL rounds included).
func simulatedDevnet(t *testing.T, users, epochs int, seed uint64) *devnetChain {
	t.Helper()
	root := repoRoot(t)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	opts := anvil.DevnetOptions{Root: root, StateDir: filepath.Join(dir, "anvil"), Deployments: filepath.Join(dir, "deployments.json"), Port: freePort(t)}
	d, err := anvil.Up(ctx, opts)
	t.Cleanup(func() { _ = anvil.Down(opts) })
	if err != nil {
		t.Fatalf("devnet up: %v", err)
	}
	rc, err := rpc.Dial(d.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	sum, err := anvil.Simulate(ctx, rc, d, anvil.Options{Users: users, Epochs: epochs, Seed: seed})
	if err != nil {
		t.Fatalf("simulate: %v", err)
	}
	return &devnetChain{d: d, client: ethclient.NewClient(rc), rpc: rc, sum: sum}
}

// logs is the chain path's reader of the devnet through chainrpc, as covey's commands read it.
func (dn *devnetChain) logs(t *testing.T) chainload.Source {
	t.Helper()
	p, err := chainrpc.Dial([]string{dn.d.RPCURL}, chainrpc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return chainload.FromPool(p)
}

// devnetPolicy is the shipped policy with the devnet's genesis and treasury (what `covey settle` uses there).
func devnetPolicy(t *testing.T, d config.Deployments) *engine.Policy {
	t.Helper()
	p, err := engine.LoadPolicy(bytes.NewReader(policy.V1))
	if err != nil {
		t.Fatal(err)
	}
	p.Genesis, p.Treasury = d.Genesis, d.Treasury.Hex()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	return p
}

// settledDevnet indexes the devnet into a fresh database and settles every settleable epoch through the
// SQL path, as `covey settle` does (manifests also written to manifestDir when it is not "").
func settledDevnet(t *testing.T, dn *devnetChain, manifestDir string) (*pgxpool.Pool, *engine.Policy, []*settlement.Outcome) {
	t.Helper()
	ctx := context.Background()
	pool := pgtest.New(t)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ix, err := indexer.New(config.Devnet(dn.d), pool, indexer.WithLogger(quiet), indexer.WithRegisterer(prometheus.NewRegistry()))
	if err != nil {
		t.Fatal(err)
	}
	err = ix.RunUntilSynced(ctx)
	ix.Close()
	if err != nil {
		t.Fatal(err)
	}
	pol := devnetPolicy(t, dn.d)
	settler := &settlement.Settler{Pool: pool, Policy: pol, PolicyFile: "settlement/policy/v1.json", Runner: "test", Log: quiet,
		ManifestDir: manifestDir,
		Source:      settlement.Source{ChainID: dn.d.ChainID, Finality: config.FinalityLatest, Contracts: dn.d.Contracts, Headers: dn.client}}
	outs, err := settler.SettleAll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return pool, pol, outs
}

// TestChainPathEqualsSQLPath: on a devnet with simulated Arena and FL activity over four epochs, the
// two paths to the engine's input, the indexer's Postgres tables (settlement.Load) and the contracts'
// logs decoded in memory (settlement.LoadChain, one incremental chainload.Reader over chainrpc), give
// byte-identical manifests, hence roots, for every epoch; a cold reader of the last epoch (over one
// go-ethereum client) gives the same input as the incremental one.
func TestChainPathEqualsSQLPath(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx := context.Background()
	dn := simulatedDevnet(t, 30, 4, 5)
	pool, pol, outs := settledDevnet(t, dn, "")
	if len(outs) < 4 {
		t.Fatalf("settled %d epochs, want the 4 simulated", len(outs))
	}

	reader := chainload.NewReader(dn.logs(t))
	prev := settlement.NoPrevious()
	var last *settlement.Loaded
	for _, out := range outs {
		e := out.Epoch
		var stored []byte
		if err := pool.QueryRow(ctx, `SELECT manifest FROM settlement_epochs WHERE epoch = $1`, int64(e)).Scan(&stored); err != nil {
			t.Fatal(err)
		}
		loaded, err := settlement.LoadChain(ctx, reader, pol, dn.d.Contracts, e)
		if err != nil {
			t.Fatalf("epoch %d, chain path: %v", e, err)
		}
		p, err := settlement.Build(settlement.BuildInput{ChainID: dn.d.ChainID, Contracts: dn.d.Contracts, Policy: pol,
			PolicyFile: "settlement/policy/v1.json", Loaded: loaded, Previous: prev})
		if err != nil {
			t.Fatalf("epoch %d, chain path: %v", e, err)
		}
		if !bytes.Equal(p.Bytes, stored) {
			r := settlement.Compare(p, stored, nil)
			t.Fatalf("epoch %d: the chain path's manifest differs from the SQL path's:\n%s", e, r)
		}
		if len(loaded.Input.FLRounds) == 0 || len(loaded.Input.Scores) == 0 || len(loaded.Input.SlashFunds) == 0 && e > 0 {
			t.Errorf("epoch %d: the activity does not cover what this test compares (%d FL rounds, %d scores, %d slash funds)",
				e, len(loaded.Input.FLRounds), len(loaded.Input.Scores), len(loaded.Input.SlashFunds))
		}
		t.Logf("epoch %d: %d events up to block %d, root %s: identical", e, loaded.Events, loaded.Snapshot.Number, out.Root.Hex())
		prev, last = p.AsPrevious(), loaded
	}
	cold, err := settlement.LoadChain(ctx, chainload.NewReader(chainload.FromClient(dn.client)), pol, dn.d.Contracts, last.Epoch)
	if err != nil {
		t.Fatal(err)
	}
	if cold.InputHash != last.InputHash || cold.Snapshot != last.Snapshot {
		t.Fatalf("cold read of epoch %d: input %s snapshot %+v; incremental: %s %+v", last.Epoch, cold.InputHash.Hex(), cold.Snapshot,
			last.InputHash.Hex(), last.Snapshot)
	}
}
