package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/deploy"
)

func init() { register("config", runConfig) }

const configUsage = `Usage: covey config from-broadcast --rpc URL [--out FILE] [--genesis TIME] BROADCAST

  from-broadcast  read the record forge left after running the deploy script
                  (contracts/broadcast/Deploy.s.sol/<chain id>/run-latest.json), check it against the
                  chain (same chain, receipts still in it, code at every address, every admin role with
                  the admin and none with the deployer) and write the deployments file a config names
                  with deployments = "FILE": addresses, start blocks from the receipts, roles, genesis.

Flags:
`

// fromBroadcast is `covey config from-broadcast`: its flags and the broadcast record it reads.
type fromBroadcast struct {
	rpcs    multiFlag
	out     string
	genesis string
	force   bool
	record  string
}

// runConfig writes covey's configuration from what the deploy script did, so nobody copies addresses.
func runConfig(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fb, err := parseFromBroadcast(args, stderr)
	if fb == nil || err != nil {
		return err
	}
	return fb.run(ctx, stdout)
}

// parseFromBroadcast reads the command line; nil without error means help was asked for.
func parseFromBroadcast(args []string, stderr io.Writer) (*fromBroadcast, error) {
	fb := &fromBroadcast{}
	fs := flag.NewFlagSet("config", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, configUsage)
		fs.PrintDefaults()
	}
	fs.Var(&fb.rpcs, "rpc", "RPC URL of the chain deployed to (repeatable: they fail over to one another)")
	fs.StringVar(&fb.out, "out", "", "deployments file to write (default deployments/<chain id>.json)")
	fs.StringVar(&fb.genesis, "genesis", "", "the reward spec's genesis, a UTC midnight (RFC 3339 or unix seconds; default: the one making the deployment's day the distributor's first epoch)")
	fs.BoolVar(&fb.force, "force", false, "overwrite an existing deployments file that describes another deployment")
	if len(args) == 0 || args[0] != "from-broadcast" {
		fs.Usage()
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return nil, nil
		}
		return nil, exitError{2, errors.New("config: want from-broadcast")}
	}
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, nil
		}
		return nil, exitError{2, err}
	}
	if fs.NArg() != 1 {
		return nil, exitError{2, errors.New("config from-broadcast: want one broadcast file (contracts/broadcast/Deploy.s.sol/<chain id>/run-latest.json)")}
	}
	if len(fb.rpcs) == 0 {
		return nil, exitError{2, errors.New("config from-broadcast: --rpc URL is needed: the broadcast is checked against the chain")}
	}
	fb.record = fs.Arg(0)
	return fb, nil
}

// run reads the record, checks it against the chain, and writes and reports the deployments file.
func (fb *fromBroadcast) run(ctx context.Context, stdout io.Writer) error {
	b, err := deploy.ReadBroadcast(fb.record)
	if err != nil {
		return err
	}
	d, err := b.Deployments()
	if err != nil {
		return err
	}
	// The chain through every --rpc with failover, each checked to serve the broadcast's chain; no error
	// names an RPC (a URL may carry an API key).
	cfg := config.Defaults()
	cfg.Chain.ID, cfg.Chain.RPC = b.Chain, fb.rpcs
	env := app.New(cfg, app.Options{})
	defer env.Close()
	eth, err := env.Chain(ctx)
	if err != nil {
		return err
	}
	if err := deploy.Check(ctx, eth, b, d); err != nil {
		return fmt.Errorf("the deployment in %s does not check out on chain %d:\n%w", fb.record, b.Chain, err)
	}
	if d.Genesis, err = genesisOf(ctx, eth, d, fb.genesis); err != nil {
		return err
	}
	path := fb.out
	if path == "" {
		path = filepath.Join("deployments", fmt.Sprintf("%d.json", d.ChainID))
	}
	if err := writeNewDeployments(path, d, fb.force); err != nil {
		return err
	}
	printDeployment(stdout, path, d)
	return nil
}

// printDeployment tells the operator what was written and how a config names it.
func printDeployment(w io.Writer, path string, d config.Deployments) {
	fmt.Fprintf(w, "wrote %s: chain %d, contracts from block %d, genesis %s\n", path, d.ChainID, d.DeployBlock,
		time.Unix(d.Genesis, 0).UTC().Format(time.RFC3339))
	for _, name := range append([]string{config.FlockToken}, deploy.Protocol...) {
		fmt.Fprintf(w, "  %-19s %s (block %d)\n", name, d.Contracts[name].Address, d.Contracts[name].StartBlock)
	}
	fmt.Fprintf(w, "admin %s, root proposer %s, guardian %s, treasury %s; the deployer %s holds no role\n",
		d.Admin, d.RootProposer, d.Guardian, d.Treasury, d.Deployer)
	fmt.Fprintf(w, "name it in the config file: deployments = %q (relative to the config file)\n", path)
}

// genesisOf is the genesis given (a UTC midnight) or, without one, the one that makes the day of the
// deployment's first block the distributor's first epoch (deploy.Genesis).
func genesisOf(ctx context.Context, eth *ethclient.Client, d config.Deployments, given string) (int64, error) {
	if given == "" {
		h, err := eth.HeaderByNumber(ctx, new(big.Int).SetUint64(d.DeployBlock))
		if err != nil {
			return 0, fmt.Errorf("reading block %d: %w", d.DeployBlock, err)
		}
		dist, err := bindings.NewRewardsDistributorCaller(d.Contracts[config.RewardsDistributor].Address, eth)
		if err != nil {
			return 0, err
		}
		first, err := dist.FirstEpoch(&bind.CallOpts{Context: ctx})
		if err != nil {
			return 0, fmt.Errorf("reading the distributor's first epoch: %w", err)
		}
		return deploy.Genesis(h.Time, first), nil
	}
	var t time.Time
	if n, err := strconv.ParseInt(given, 10, 64); err == nil {
		t = time.Unix(n, 0)
	} else if t, err = time.Parse(time.RFC3339, given); err != nil {
		return 0, exitError{2, fmt.Errorf("--genesis %q: want RFC 3339 (2026-01-01T00:00:00Z) or unix seconds", given)}
	}
	if t.Unix()%86400 != 0 {
		return 0, exitError{2, fmt.Errorf("--genesis %s is not a UTC midnight (the reward spec's epochs start at one)", t.UTC().Format(time.RFC3339))}
	}
	return t.Unix(), nil
}

// writeNewDeployments writes d to path, refusing (without force) to replace a file that describes
// another deployment: it is the record of real contracts.
func writeNewDeployments(path string, d config.Deployments, force bool) error {
	if old, err := config.ReadDeployments(path); err == nil && !force {
		if !reflect.DeepEqual(old, d) {
			return fmt.Errorf("%s already describes another deployment (contracts from block %d on chain %d): pick another --out, or --force", path, old.DeployBlock, old.ChainID)
		}
	} else if err != nil && !errors.Is(err, os.ErrNotExist) && !force {
		return fmt.Errorf("%s exists and is not a deployments file (%w): pick another --out, or --force", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return config.WriteDeployments(path, d)
}
