package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement"
	"github.com/covey-labs/covey/settlement/engine"
	"github.com/covey-labs/covey/settlement/policy"
)

func init() { register("settle", runSettle) }

// defaultPolicyPath is the policy file shipped in the binary; it is used when that path is not on disk.
const defaultPolicyPath = "settlement/policy/v1.json"

// runSettle computes and stores epochs, and proposes/accepts their roots on-chain.
func runSettle(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("settle", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	epoch := fs.Int64("epoch", -1, "settle this epoch (the previous one must be settled)")
	all := fs.Bool("all", false, "settle every settleable unsettled epoch, in order")
	publish := fs.Bool("publish", false, "propose the root of the distributor's next epoch on-chain, once settled (default: config settlement.publish)")
	accept := fs.Bool("accept", false, "accept the pending root on-chain once its timelock has passed")
	watch := fs.Bool("watch", false, "keep running: settle (and publish with --publish/--accept) on the configured cron")
	keystorePath := fs.String("keystore", "", "encrypted keystore of the root proposer (default: config settlement.keystore)")
	passwordFile := fs.String("password-file", "", "file holding the keystore password (default: config settlement.password_file; or env COVEY_KEYSTORE_PASSWORD)")
	if err := fs.Parse(args); err != nil {
		return exitError{2, err}
	}
	if *epoch < 0 && !*all && !*publish && !*accept && !*watch {
		fmt.Fprintln(stderr, "covey settle: give --epoch N, --all, --publish, --accept or --watch")
		fs.PrintDefaults()
		return exitError{2, errors.New("nothing to do")}
	}
	cfg, err := c.load()
	if err != nil {
		return err
	}
	pol, polFile, err := loadPolicy(cfg, c.configPath == "")
	if err != nil {
		return err
	}
	pool, rdb, closeStores, err := openStores(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeStores()
	client, err := dialChain(ctx, cfg)
	if err != nil {
		return err
	}
	defer client.Close()

	settler := newSettler(cfg, pool, rdb, client, pol, polFile)
	var pub *settlement.Publisher
	doPublish := *publish || (cfg.Settlement.Publish && *watch)
	if doPublish || *accept {
		if pub, err = newPublisher(cfg, pool, client, *keystorePath, *passwordFile); err != nil {
			return err
		}
	}
	var locker settlement.Locker = settlement.PgLocker{Pool: pool}
	if rdb != nil {
		locker = settlement.RedisLocker{Client: rdb, Prefix: cfg.Redis.Prefix, Log: slog.Default()}
	}

	if *watch {
		sch := &settlement.Scheduler{Settler: settler, Publisher: pub, Propose: doPublish, Accept: *accept || doPublish,
			Spec: cfg.Settlement.Cron, Locker: locker}
		fmt.Fprintf(stdout, "settling chain %d on cron %q (UTC)\n", cfg.Chain.ID, cfg.Settlement.Cron)
		return sch.Run(ctx)
	}

	held, release, ok, err := locker.Lock(ctx, settlement.LockName(cfg.Chain.ID))
	if err != nil {
		return err
	}
	if !ok {
		return settlement.ErrLockHeld
	}
	defer release()
	ctx = held

	var outs []*settlement.Outcome
	switch {
	case *epoch >= 0:
		out, err := settler.Settle(ctx, uint64(*epoch))
		if err != nil {
			return err
		}
		outs = append(outs, out)
	case *all:
		if outs, err = settler.SettleAll(ctx); err != nil {
			printOutcomes(stdout, outs)
			return err
		}
		if len(outs) == 0 {
			fmt.Fprintln(stdout, "no epoch is settleable yet")
		}
	}
	printOutcomes(stdout, outs)
	for _, o := range outs {
		if o.Status == settlement.StatusMismatch {
			return exitError{1, fmt.Errorf("epoch %d: recomputation differs from the stored settlement (stored root %s, recomputed %s)",
				o.Epoch, o.StoredRoot, strings.ToLower(o.Root.Hex()))}
		}
	}
	if pub == nil {
		return nil
	}
	if *accept {
		p, err := pub.Accept(ctx)
		if err != nil {
			return err
		}
		printPublication(stdout, p)
	}
	if *publish {
		next, err := settlement.NextUnsettled(ctx, pool, cfg.Chain.ID)
		if err != nil {
			return err
		}
		if next == 0 {
			return errors.New("nothing settled to publish")
		}
		target, err := pub.NextToPropose(ctx, next-1)
		if err != nil {
			return err
		}
		if *epoch >= 0 {
			target = uint64(*epoch)
		}
		p, err := pub.Propose(ctx, target)
		if err != nil {
			return err
		}
		printPublication(stdout, p)
	}
	return nil
}

// newSettler wires a Settler from the configuration.
func newSettler(cfg config.Config, pool *pgxpool.Pool, rdb *redis.Client, headers settlement.HeaderSource, pol *engine.Policy, polFile string) *settlement.Settler {
	src := settlement.Source{ChainID: cfg.Chain.ID, Finality: cfg.Chain.Finality, Contracts: cfg.Contracts, Headers: headers}
	host, _ := os.Hostname()
	s := &settlement.Settler{Pool: pool, Policy: pol, PolicyFile: polFile, Source: src, ManifestDir: cfg.Settlement.ManifestDir,
		Runner: fmt.Sprintf("%s/%d", host, os.Getpid()), Log: slog.Default()}
	if rdb != nil {
		s.Notifier = settlement.RedisNotifier{Client: rdb, Prefix: cfg.Redis.Prefix}
	}
	return s
}

// loadPolicy reads the configured policy file (the embedded v1 when the default path is not on disk).
// On a devnet (no --config) the genesis and the treasury come from anvil/deployments.json, so epoch 0
// starts with the chain and residuals go to the devnet's treasury account.
func loadPolicy(cfg config.Config, devnet bool) (*engine.Policy, string, error) {
	path := cfg.Settlement.Policy
	if path == "" {
		path = defaultPolicyPath
	}
	var data []byte
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		data = b
	case errors.Is(err, os.ErrNotExist) && path == defaultPolicyPath:
		data = policy.V1
	default:
		return nil, "", fmt.Errorf("reading policy: %w", err)
	}
	p, err := engine.LoadPolicy(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	if devnet {
		if d, err := config.ReadDeployments(deploymentsPath); err == nil && d.Genesis > 0 {
			p.Genesis = d.Genesis
			if d.Treasury != (gethcommon.Address{}) {
				p.Treasury = strings.ToLower(d.Treasury.Hex())
			}
			if err := p.Validate(); err != nil {
				return nil, "", fmt.Errorf("devnet policy: %w", err)
			}
		}
	}
	return p, path, nil
}

// newPublisher wires the root publisher with the proposer key from a keystore or the environment.
func newPublisher(cfg config.Config, pool *pgxpool.Pool, client *ethclient.Client, keystorePath, passwordFile string) (*settlement.Publisher, error) {
	signer, err := loadSigner(cfg, keystorePath, passwordFile)
	if err != nil {
		return nil, err
	}
	dist, ok := cfg.Contracts[config.RewardsDistributor]
	if !ok {
		return nil, errors.New("contracts.RewardsDistributor is not configured")
	}
	return &settlement.Publisher{Pool: pool, Client: client, ChainID: cfg.Chain.ID, Distributor: dist.Address, Signer: signer,
		PollInterval: cfg.Chain.PollInterval.Duration}, nil
}

// loadSigner resolves the root proposer's key: a keystore (password from a file or
// COVEY_KEYSTORE_PASSWORD), else COVEY_PUBLISHER_KEY. The key is never printed.
func loadSigner(cfg config.Config, keystorePath, passwordFile string) (*settlement.Signer, error) {
	if keystorePath == "" {
		keystorePath = cfg.Settlement.Keystore
	}
	if passwordFile == "" {
		passwordFile = cfg.Settlement.PasswordFile
	}
	if keystorePath != "" {
		password, ok := os.LookupEnv("COVEY_KEYSTORE_PASSWORD")
		if passwordFile != "" {
			b, err := os.ReadFile(passwordFile)
			if err != nil {
				return nil, fmt.Errorf("reading password file: %w", err)
			}
			password, ok = strings.TrimRight(string(b), "\r\n"), true
		}
		if !ok {
			return nil, errors.New("keystore given without --password-file or COVEY_KEYSTORE_PASSWORD")
		}
		return settlement.SignerFromKeystore(keystorePath, password)
	}
	if k := os.Getenv("COVEY_PUBLISHER_KEY"); k != "" {
		return settlement.SignerFromHex(k)
	}
	return nil, errors.New("publishing needs a key: --keystore FILE with --password-file, or COVEY_PUBLISHER_KEY")
}

func printOutcomes(w io.Writer, outs []*settlement.Outcome) {
	for _, o := range outs {
		fmt.Fprintf(w, "epoch %d: %s root %s manifest %s leaves %d (load %s, compute %s, tree %s, store %s)",
			o.Epoch, o.Status, strings.ToLower(o.Root.Hex()), strings.ToLower(o.ManifestHash.Hex()), o.Leaves,
			o.Timings.Load.Round(time.Millisecond), o.Timings.Compute.Round(time.Millisecond),
			o.Timings.Tree.Round(time.Millisecond), o.Timings.Store.Round(time.Millisecond))
		if o.ManifestPath != "" {
			fmt.Fprintf(w, " manifest file %s", o.ManifestPath)
		}
		fmt.Fprintln(w)
	}
}

func printPublication(w io.Writer, p *settlement.Publication) {
	switch p.Status {
	case settlement.PubMined, settlement.PubReverted, settlement.PubSent, settlement.PubSigned:
		fmt.Fprintf(w, "%s epoch %d: %s tx %s block %d\n", p.Action, p.Epoch, p.Status, strings.ToLower(p.TxHash.Hex()), p.Block)
	case "waiting":
		fmt.Fprintf(w, "%s epoch %d: waiting for the timelock (valid at %s)\n", p.Action, p.Epoch, time.Unix(int64(p.ValidAt), 0).UTC().Format(time.RFC3339))
	default:
		fmt.Fprintf(w, "%s epoch %d: nothing to send (%s)\n", p.Action, p.Epoch, p.Status)
	}
}
