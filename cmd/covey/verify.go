package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/settlement"
	"github.com/covey-labs/covey/settlement/chainload"
	"github.com/covey-labs/covey/settlement/engine"
)

func init() { register("verify", runVerify) }

// verifyUsage heads `covey verify -h`.
const verifyUsage = `Usage: covey verify --rpc URL --epoch N [--distributor ADDR] [--manifest FILE|URL|DIR/] [--expect-policy FILE|HASH]
       covey verify --rpc URL --all ...

Reproduces the root the RewardsDistributor holds for epoch N from the chain alone: no database, no config,
no npm. It reads the root and manifestHash from the distributor, fetches the manifest (--manifest, else the
manifestBaseURI the distributor records), checks its keccak256 against the chain before reading anything in
it, takes the contracts, start blocks and policy from it (every earlier epoch from its own manifest, each
authenticated by the next one's previousManifestHash), re-reads the contracts' logs through the RPC,
recomputes and compares every amount, the root and the total.

Exit status: 0 verified, 1 does not verify (the differences are printed), 2 could not run.
`

// verifyCmd is `covey verify`: flags only; no Env (it needs no database and no configuration).
type verifyCmd struct {
	target
	epoch int64
	all   bool
}

func (c *verifyCmd) flags(fs *flag.FlagSet) {
	c.target.flags(fs)
	fs.Int64Var(&c.epoch, "epoch", -1, "the epoch whose on-chain root to reproduce")
	fs.BoolVar(&c.all, "all", false, "verify every epoch the distributor holds a root for, in order")
}

// target is the chain, distributor and manifests `covey verify` and `covey guard` check, and the
// policy they expect: all from flags, defaulting to a config file or the devnet.
type target struct {
	close        func() // set by open
	rpcs         multiFlag
	configPath   string
	distributor  string
	manifest     string
	expectPolicy string
}

func (c *target) flags(fs *flag.FlagSet) {
	fs.Var(&c.rpcs, "rpc", "RPC URL (repeatable: each request fails over to the next); default: the config's or the devnet's")
	fs.StringVar(&c.configPath, "config", "", "optional config file: its RPCs and distributor are the defaults")
	fs.StringVar(&c.distributor, "distributor", "", "the RewardsDistributor's address (default: the config's, else anvil/deployments.json)")
	fs.StringVar(&c.manifest, "manifest", "", "epoch N's manifest (a file or URL), or a directory or base URL ending in / holding <epoch>.json for every epoch (default: the distributor's manifestBaseURI)")
	fs.StringVar(&c.expectPolicy, "expect-policy", "", "fail unless the manifest's policy is this one: a policy file, or its keccak256 (0x + 64 hex)")
}

// open dials the RPCs (one failover client for calls, a chainrpc pool for logs and headers) and checks
// the distributor is a contract there; it returns a Verifier on them. c.close releases both.
func (c *target) open(ctx context.Context, epoch uint64, reg prometheus.Registerer) (*ethclient.Client, *settlement.Verifier, int64, error) {
	rpcs, dist, err := c.defaults()
	if err != nil {
		return nil, nil, 0, exitError{2, err}
	}
	expect, err := expectedPolicy(c.expectPolicy)
	if err != nil {
		return nil, nil, 0, exitError{2, err}
	}
	rc, chainID, err := app.DialAnyChain(ctx, rpcs, 10*time.Second)
	if err != nil {
		return nil, nil, 0, err
	}
	client := ethclient.NewClient(rc)
	pool, err := chainrpc.Dial(rpcs, chainrpc.Options{Timeout: 10 * time.Second, Subsystem: "verify", Registerer: reg})
	if err != nil {
		client.Close()
		return nil, nil, 0, err
	}
	c.close = func() { pool.Close(); client.Close() }
	fail := func(err error) (*ethclient.Client, *settlement.Verifier, int64, error) {
		c.close()
		return nil, nil, 0, err
	}
	if code, err := client.CodeAt(ctx, dist, nil); err != nil {
		return fail(fmt.Errorf("reading the distributor: %w", err))
	} else if len(code) == 0 {
		return fail(fmt.Errorf("no contract at %s on chain %d: wrong --distributor or --rpc", dist.Hex(), chainID))
	}
	loc, err := c.manifests(ctx, client, dist, epoch)
	if err != nil {
		return fail(err)
	}
	return client, &settlement.Verifier{Chain: client, Logs: chainload.FromPool(pool), Distributor: dist, Manifests: loc, ExpectPolicy: expect}, chainID, nil
}

// runVerify is the verify command (demo runs it too).
func runVerify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := &verifyCmd{}
	fs, err := parseFlags("verify", verifyUsage, c.flags, args, stderr)
	if err != nil {
		return err
	}
	if (c.epoch < 0) == !c.all {
		fs.Usage()
		return exitError{2, errors.New("verify: give --epoch N or --all")}
	}
	err = c.run(ctx, stdout)
	var ee exitError
	if err != nil && !errors.As(err, &ee) && !errors.Is(err, context.Canceled) {
		return exitError{2, fmt.Errorf("could not verify: %w", err)}
	}
	return err
}

// run resolves the chain, the distributor and the manifests, then verifies.
func (c *verifyCmd) run(ctx context.Context, stdout io.Writer) error {
	if c.all && c.manifest != "" && !isBase(c.manifest) {
		return exitError{2, errors.New("--manifest with --all must be a directory or a base URL ending in /")}
	}
	client, v, chainID, err := c.open(ctx, uint64(max(c.epoch, 0)), nil)
	if err != nil {
		return err
	}
	defer c.close()
	fmt.Fprintf(stdout, "chain %d, distributor %s, manifests from %s\n", chainID, v.Distributor.Hex(), describe(v.Manifests.(*settlement.ManifestLocator)))
	if !c.all {
		return verifyOne(ctx, v, uint64(c.epoch), stdout)
	}
	last, err := lastRootEpoch(ctx, client, v.Distributor)
	if err != nil {
		return err
	}
	for e := uint64(0); e <= last; e++ {
		if err := verifyOne(ctx, v, e, stdout); err != nil {
			if errors.Is(err, settlement.ErrNotPublished) {
				fmt.Fprintf(stdout, "epoch %d: no root on-chain (covered by the later epochs' manifests)\n", e)
				continue
			}
			return err
		}
	}
	return nil
}

// parseFlags parses a standalone command's flags (one without an Env), usage text first on -h.
func parseFlags(name, usage string, register func(*flag.FlagSet), args []string, stderr io.Writer) (*flag.FlagSet, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage+"\nFlags:\n"); fs.PrintDefaults() }
	register(fs)
	if err := fs.Parse(args); err != nil {
		return nil, exitError{2, err}
	}
	return fs, nil
}

// verifyOne verifies epoch e and prints the verdict: exit 1 when it does not verify.
func verifyOne(ctx context.Context, v *settlement.Verifier, e uint64, stdout io.Writer) error {
	t0 := time.Now()
	r, err := v.Verify(ctx, e)
	if err != nil {
		return err
	}
	oc := r.OnChain
	fmt.Fprintf(stdout, "epoch %d on-chain (%s): root %s manifest %s total %s; manifest from %s; %d epoch(s) recomputed in %s\n",
		e, oc.Status, oc.Root.Hex(), oc.ManifestHash.Hex(), oc.TotalCumulative, r.Source,
		r.Recomputed, time.Since(t0).Round(time.Millisecond))
	fmt.Fprint(stdout, r.String())
	if !r.OK() {
		return exitError{1, fmt.Errorf("epoch %d does not verify (%d differences)", e, len(r.Diffs))}
	}
	return nil
}

// defaults resolves the RPCs and the distributor: the flags, else the config file, else the devnet's
// anvil/deployments.json when present.
func (c *target) defaults() ([]string, gethcommon.Address, error) {
	rpcs, dist := []string(c.rpcs), c.distributor
	switch {
	case c.configPath != "":
		cfg, err := config.Load(c.configPath)
		if err != nil {
			return nil, gethcommon.Address{}, err
		}
		if len(rpcs) == 0 {
			rpcs = cfg.Chain.RPC
		}
		if ct, ok := cfg.Contracts[config.RewardsDistributor]; ok && dist == "" {
			dist = ct.Address.Hex()
		}
	default:
		if d, err := config.ReadDeployments(deploymentsPath); err == nil {
			if len(rpcs) == 0 {
				rpcs = []string{d.RPCURL}
			}
			if ct, ok := d.Contracts[config.RewardsDistributor]; ok && dist == "" {
				dist = ct.Address.Hex()
			}
		}
	}
	if len(rpcs) == 0 {
		return nil, gethcommon.Address{}, errors.New("give --rpc URL (no config, no devnet here)")
	}
	if dist == "" {
		return nil, gethcommon.Address{}, errors.New("give --distributor ADDR (no config, and no " + deploymentsPath + " here)")
	}
	if !gethcommon.IsHexAddress(dist) {
		return nil, gethcommon.Address{}, fmt.Errorf("--distributor %q is not an address", dist)
	}
	return rpcs, gethcommon.HexToAddress(dist), nil
}

var policyHashRe = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

// expectedPolicy reads --expect-policy: a policy hash, or a policy file whose canonical hash it is.
func expectedPolicy(v string) (*gethcommon.Hash, error) {
	if v == "" {
		return nil, nil
	}
	if policyHashRe.MatchString(v) {
		h := gethcommon.HexToHash(v)
		return &h, nil
	}
	b, err := os.ReadFile(v)
	if err != nil {
		return nil, fmt.Errorf("--expect-policy: %w", err)
	}
	p, err := engine.LoadPolicy(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("--expect-policy %s: %w", v, err)
	}
	h, err := p.Hash()
	if err != nil {
		return nil, err
	}
	return &h, nil
}

// manifests is where the manifests come from: --manifest (epoch's, or a base for every epoch), and
// the distributor's manifestBaseURI for every epoch --manifest does not cover.
func (c *target) manifests(ctx context.Context, client *ethclient.Client, dist gethcommon.Address, epoch uint64) (*settlement.ManifestLocator, error) {
	loc := &settlement.ManifestLocator{}
	if m := c.manifest; m != "" {
		if isBase(m) {
			loc.Base = m
			return loc, nil
		}
		loc.Epoch, loc.One = epoch, m
	}
	d, err := bindings.NewRewardsDistributorCaller(dist, client)
	if err != nil {
		return nil, err
	}
	base, err := d.ManifestBaseURI(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("reading the distributor's manifestBaseURI: %w", err)
	}
	loc.Base = base
	return loc, nil
}

// isBase says whether --manifest names every epoch's manifest (a directory, or a URL ending in /).
func isBase(m string) bool {
	st, err := os.Stat(m)
	return (err == nil && st.IsDir()) || strings.HasSuffix(m, "/")
}

// describe says where manifests are fetched from.
func describe(loc *settlement.ManifestLocator) string {
	switch {
	case loc.One != "" && loc.Base != "":
		return fmt.Sprintf("%s (epoch %d), else %s", loc.One, loc.Epoch, loc.Base)
	case loc.One != "":
		return loc.One
	case loc.Base != "":
		return loc.Base
	}
	return "nowhere (the distributor records no manifestBaseURI: give --manifest)"
}

// lastRootEpoch is the latest epoch the distributor holds a root for (pending, else accepted).
func lastRootEpoch(ctx context.Context, client *ethclient.Client, dist gethcommon.Address) (uint64, error) {
	d, err := bindings.NewRewardsDistributorCaller(dist, client)
	if err != nil {
		return 0, err
	}
	opts := &bind.CallOpts{Context: ctx}
	p, err := d.PendingRoot(opts)
	if err != nil {
		return 0, fmt.Errorf("reading the distributor: %w", err)
	}
	if p.Exists && p.Epoch.IsUint64() {
		return p.Epoch.Uint64(), nil
	}
	has, err := d.HasRoot(opts)
	if err != nil {
		return 0, fmt.Errorf("reading the distributor: %w", err)
	}
	if !has {
		return 0, fmt.Errorf("the distributor holds no root yet: %w", settlement.ErrNotPublished)
	}
	cur, err := d.CurrentEpoch(opts)
	if err != nil {
		return 0, fmt.Errorf("reading the distributor: %w", err)
	}
	if !cur.IsUint64() {
		return 0, fmt.Errorf("reading the distributor: current epoch %s out of range", cur)
	}
	return cur.Uint64(), nil
}
