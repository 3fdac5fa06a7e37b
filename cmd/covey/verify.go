package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/indexer"
	"github.com/covey-labs/covey/settlement"
	coveysql "github.com/covey-labs/covey/sql"
)

func init() { register("verify", runVerify) }

// runVerify is the verify command (demo runs it too).
var runVerify = withEnv("verify", func() envCommand { return &verifyCmd{} })

// verifyCmd reproduces a published epoch from chain data alone: it indexes the contracts' logs into a
// scratch schema with a fresh indexer, recomputes every epoch up to N with the policy the manifest
// carries, and compares the root, the manifest hash and every amount with the chain and the
// published manifest. Exit 0 on a match, 1 with a readable diff otherwise.
type verifyCmd struct {
	epoch        int64
	manifestPath string
	keep         bool
}

func (c *verifyCmd) flags(fs *flag.FlagSet) {
	fs.Int64Var(&c.epoch, "epoch", -1, "the published epoch to reproduce (required)")
	fs.StringVar(&c.manifestPath, "manifest", "", "the published manifest file (default: the database's copy, else settlement.manifest_dir/epoch-N.json)")
	fs.BoolVar(&c.keep, "keep-schema", false, "keep the scratch schema for inspection instead of dropping it")
}

func (c *verifyCmd) check() error {
	if c.epoch < 0 {
		return errors.New("--epoch N is required")
	}
	return nil
}

func (c *verifyCmd) run(ctx context.Context, env *app.Env, stdout, _ io.Writer) error {
	e, cfg := uint64(c.epoch), env.Config
	pool, err := env.DB(ctx, app.Tool)
	if err != nil {
		return err
	}
	client, err := env.Chain(ctx)
	if err != nil {
		return err
	}
	dist, ok := cfg.Contracts[config.RewardsDistributor]
	if !ok {
		return errors.New("contracts.RewardsDistributor is not configured")
	}

	// 1. What the chain says.
	onchain, err := settlement.ReadRoot(ctx, client, dist.Address, e)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "on-chain (%s, block %d): root %s manifest %s total %s\n", onchain.Status, onchain.Block,
		hexLower(onchain.Root), hexLower(onchain.ManifestHash), onchain.TotalCumulative)

	// 2. The published manifest (authenticated by the on-chain hash in Compare).
	published, source, err := publishedManifest(ctx, pool, cfg, e, c.manifestPath)
	if err != nil {
		return err
	}
	m, err := settlement.ParseManifest(published)
	if err != nil {
		return exitError{1, fmt.Errorf("published manifest (%s): %w", source, err)}
	}
	pol, err := m.PolicyOf()
	if err != nil {
		return exitError{1, err}
	}
	contracts, err := m.ContractSet()
	if err != nil {
		return exitError{1, err}
	}
	for name, ct := range contracts {
		if cc, ok := cfg.Contracts[name]; !ok || cc.Address != ct.Address {
			return fmt.Errorf("the manifest names %s at %s but the configuration does not index it there: fix the config", name, ct.Address.Hex())
		}
	}
	fmt.Fprintf(stdout, "published manifest from %s: policy %s (%s), snapshot block %s\n", source, m.Policy.File, m.Policy.Hash, m.Snapshot.Block)

	// 3. A scratch schema, indexed from the chain alone.
	scratch, closeScratch, err := scratchSchema(ctx, pool, c.keep, stdout)
	if err != nil {
		return err
	}
	defer closeScratch()
	t0 := time.Now()
	ix, err := indexer.New(cfg, scratch, indexer.WithLogger(env.Log()), indexer.WithRegisterer(prometheus.NewRegistry()))
	if err != nil {
		return err
	}
	// The indexer has no stop-at-block option: it indexes to the head, and Load reads only up to
	// each epoch's snapshot block, which gives the same input.
	err = ix.RunUntilSynced(ctx)
	ix.Close()
	if err != nil {
		return fmt.Errorf("indexing into the scratch schema: %w", err)
	}
	fmt.Fprintf(stdout, "indexed the contracts' logs into a scratch schema in %s\n", time.Since(t0).Round(time.Millisecond))

	// 4. Recompute epochs 0..N and compare.
	settler := &settlement.Settler{Pool: scratch, Policy: pol, PolicyFile: m.Policy.File, Log: env.Log(), Runner: "verify",
		Source: settlement.Source{ChainID: cfg.Chain.ID, Finality: cfg.Chain.Finality, Contracts: contracts, Headers: client}}
	p, err := settlement.Reproduce(ctx, settler, e)
	if err != nil {
		return err
	}
	report := settlement.Compare(p, published, onchain)
	if err := settlement.RecordVerify(ctx, pool, cfg.Chain.ID, report, "covey verify"); err != nil {
		slog.Warn("recording the verification", "err", err)
	}
	fmt.Fprint(stdout, report.String())
	if !report.OK() {
		return exitError{1, fmt.Errorf("epoch %d does not verify", e)}
	}
	return nil
}

// publishedManifest finds the published manifest bytes: the given file, else the database, else the manifest dir.
func publishedManifest(ctx context.Context, pool *pgxpool.Pool, cfg config.Config, e uint64, path string) ([]byte, string, error) {
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, "", fmt.Errorf("reading manifest: %w", err)
		}
		return b, path, nil
	}
	var b []byte
	err := pool.QueryRow(ctx, `SELECT manifest FROM settlement_epochs WHERE chain_id = $1 AND epoch = $2`, cfg.Chain.ID, int64(e)).Scan(&b)
	if err == nil {
		return b, "the database", nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return nil, "", fmt.Errorf("reading the stored manifest: %w", err)
	}
	p := settlement.ManifestPath(cfg.Settlement.ManifestDir, e)
	if b, err := os.ReadFile(p); err == nil {
		return b, p, nil
	}
	return nil, "", fmt.Errorf("no published manifest for epoch %d: pass --manifest FILE", e)
}

// scratchSchema creates verify_<random>, migrates it and returns a pool whose search_path is that
// schema; closing drops it (unless keep).
func scratchSchema(ctx context.Context, pool *pgxpool.Pool, keep bool, stdout io.Writer) (*pgxpool.Pool, func(), error) {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		return nil, nil, err
	}
	schema := "verify_" + hex.EncodeToString(b)
	if _, err := pool.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		return nil, nil, fmt.Errorf("creating scratch schema: %w", err)
	}
	drop := func() {
		if keep {
			fmt.Fprintf(stdout, "scratch schema %s kept\n", schema)
			return
		}
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if _, err := pool.Exec(dctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			slog.Warn("dropping scratch schema", "schema", schema, "err", err)
		}
	}
	pc := pool.Config()
	if pc.ConnConfig.RuntimeParams == nil {
		pc.ConnConfig.RuntimeParams = map[string]string{}
	}
	pc.ConnConfig.RuntimeParams["search_path"] = schema
	scratch, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		drop()
		return nil, nil, fmt.Errorf("opening scratch schema: %w", err)
	}
	if err := coveysql.Migrate(ctx, scratch); err != nil {
		scratch.Close()
		drop()
		return nil, nil, fmt.Errorf("migrating scratch schema: %w", err)
	}
	return scratch, func() { scratch.Close(); drop() }, nil
}

func hexLower(h gethcommon.Hash) string { return "0x" + hex.EncodeToString(h[:]) }
