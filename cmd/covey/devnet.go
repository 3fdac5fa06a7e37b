package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
)

func init() {
	register("devnet", runDevnet)
	register("simulate", runSimulate)
}

const devnetUsage = `Usage: covey devnet up|down [flags]

  up    start the local anvil devnet (detached; state in --state-dir so it resumes after down),
        deploy the contracts when they are missing (contracts/script/Deploy.s.sol with forge, the
        devnet's parameters, then emission funding and accounts' FLOCK), and write --deployments.
        Reuses a devnet that is already running with the contracts of --deployments.
  down  stop it (its state is kept; delete --state-dir and --deployments for a fresh chain)

Flags:
`

// runDevnet starts (deploying when needed) or stops the deterministic local devnet.
func runDevnet(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, devnetUsage)
		fs.PrintDefaults()
	}
	port := fs.Int("port", anvil.DefaultPort, "RPC port on 127.0.0.1")
	dir := fs.String("state-dir", filepath.Join(stateDir, "anvil"), "anvil's state file, pid file and log")
	deployments := fs.String("deployments", deploymentsPath, "deployments file to write")
	if len(args) == 0 || (args[0] != "up" && args[0] != "down") {
		fs.Usage()
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return nil
		}
		return exitError{2, errors.New("devnet: want up or down")}
	}
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return exitError{2, err}
	}
	if fs.NArg() > 0 {
		return exitError{2, fmt.Errorf("devnet %s: unexpected arguments %v", args[0], fs.Args())}
	}
	opts := anvil.DevnetOptions{StateDir: *dir, Deployments: *deployments, Port: *port, Log: stderr}
	if args[0] == "down" {
		return anvil.Down(opts)
	}
	d, err := anvil.Up(ctx, opts)
	if err != nil {
		return err
	}
	printDevnet(stdout, d)
	return nil
}

// printDevnet tells the operator what runs where and which devnet account does what.
func printDevnet(w io.Writer, d config.Deployments) {
	fmt.Fprintf(w, "devnet: chain %d at %s, genesis %d (%s), epochs of %d s\n", d.ChainID, d.RPCURL, d.Genesis,
		time.Unix(d.Genesis, 0).UTC().Format(time.RFC3339), anvil.EpochLength)
	for _, name := range []string{config.FlockToken, config.Staking, config.TaskArena, config.Marketplace, config.RewardsDistributor, config.FLAlliance} {
		if k, ok := d.Contracts[name]; ok {
			fmt.Fprintf(w, "  %-19s %s (block %d)\n", name, k.Address, k.StartBlock)
		}
	}
	fmt.Fprintf(w, "accounts (anvil's public devnet keys, never use them elsewhere):\n")
	for _, a := range []struct {
		i    int
		role string
	}{{anvil.AdminIndex, "admin, task admin, treasury"}, {anvil.RootProposerIndex, "root proposer"},
		{anvil.GuardianIndex, "guardian"}, {anvil.SlasherIndex, "slasher"},
		{anvil.DeployerIndex, "deployer (ran script/Deploy.s.sol; holds no role)"}} {
		fmt.Fprintf(w, "  %d %s  %s\n", a.i, anvil.DevAccount(a.i).Address, a.role)
	}
	fmt.Fprintf(w, "cooldowns: unstake %d s, reward share %d s; distributor timelock %d s\n",
		anvil.UnstakeCooldown, anvil.RewardShareCooldown, anvil.DistributorTimelock)
}

// runSimulate drives realistic, seed-deterministic protocol activity on the devnet.
func runSimulate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	users := fs.Int("users", 50, "simulated users (training nodes, validators, delegators)")
	epochs := fs.Int("epochs", 3, "epochs to simulate, from the epoch of the chain's head")
	seed := fs.Uint64("seed", 1, "seed of the users' keys and every random choice")
	deployments := fs.String("deployments", deploymentsPath, "deployments file written by `covey devnet up`")
	rpcURL := fs.String("rpc", "", "devnet RPC URL (default: the deployments file's)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return exitError{2, err}
	}
	if fs.NArg() > 0 {
		return exitError{2, fmt.Errorf("simulate: unexpected arguments %v", fs.Args())}
	}
	if *users < 4 || *epochs < 1 {
		return exitError{2, errors.New("simulate: need --users >= 4 and --epochs >= 1")}
	}
	d, err := config.ReadDeployments(*deployments)
	if err != nil {
		return err
	}
	url := d.RPCURL
	if *rpcURL != "" {
		url = *rpcURL
	}
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("dialing %s: %w", url, err)
	}
	defer c.Close()
	start := time.Now()
	sum, err := anvil.Simulate(ctx, c, d, anvil.Options{Users: *users, Epochs: *epochs, Seed: *seed, Progress: stdout})
	if err != nil {
		return fmt.Errorf("simulating: %w", err)
	}
	fmt.Fprintf(stdout, "simulated epochs %d..%d: %d transactions in %d blocks in %s; head %d at %s (epochs settleable)\n",
		sum.FirstEpoch, sum.LastEpoch, sum.Txs, sum.Blocks, time.Since(start).Round(time.Millisecond), sum.Head,
		time.Unix(int64(sum.HeadTime), 0).UTC().Format(time.RFC3339))
	return nil
}
