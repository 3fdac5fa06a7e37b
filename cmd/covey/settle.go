package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement"
)

func init() { register("settle", withEnv("settle", func() envCommand { return &settleCmd{} })) }

// settleCmd computes and stores epochs, and proposes/accepts their roots on-chain.
type settleCmd struct {
	epoch                       int64
	all, publish, accept, watch bool
	keys                        keyFlags
	metrics                     metricsFlag
}

func (c *settleCmd) flags(fs *flag.FlagSet) {
	fs.Int64Var(&c.epoch, "epoch", -1, "settle this epoch (the previous one must be settled)")
	fs.BoolVar(&c.all, "all", false, "settle every settleable unsettled epoch, in order")
	fs.BoolVar(&c.publish, "publish", false, "propose the root of the distributor's next epoch on-chain, once settled (default: config settlement.publish)")
	fs.BoolVar(&c.accept, "accept", false, "accept the pending root on-chain once its timelock has passed")
	fs.BoolVar(&c.watch, "watch", false, "keep running: settle (and publish with --publish/--accept) on the configured cron")
	c.keys.register(fs)
	c.metrics.register(fs)
}

func (c *settleCmd) configure(cfg *config.Config) { c.metrics.configure(cfg) }

func (c *settleCmd) check() error {
	if c.epoch < 0 && !c.all && !c.publish && !c.accept && !c.watch {
		return errors.New("give --epoch N, --all, --publish, --accept or --watch")
	}
	return nil
}

func (c *settleCmd) run(ctx context.Context, env *app.Env, stdout, _ io.Writer) error {
	// The policy first: a bad policy is refused before anything is dialed.
	if _, err := env.Policy(); err != nil {
		return err
	}
	pub, err := c.publisher(ctx, env)
	if err != nil {
		return err
	}
	if c.watch {
		return c.schedule(ctx, env, pub, stdout)
	}
	settler, err := env.Settler(ctx)
	if err != nil {
		return err
	}
	locker, err := env.Locker(ctx)
	if err != nil {
		return err
	}
	held, release, ok, err := locker.Lock(ctx, settlement.LockName(env.Config.Chain.ID))
	if err != nil {
		return err
	}
	if !ok {
		return settlement.ErrLockHeld
	}
	defer release()
	if err := c.settle(held, settler, stdout); err != nil {
		return err
	}
	return c.publishRoots(held, env, pub, stdout)
}

// proposes is whether this run proposes roots: --publish, or settlement.publish under --watch.
func (c *settleCmd) proposes(env *app.Env) bool {
	return c.publish || (env.Config.Settlement.Publish && c.watch)
}

// publisher is the root publisher when this run proposes or accepts, else nil.
func (c *settleCmd) publisher(ctx context.Context, env *app.Env) (*settlement.Publisher, error) {
	if !c.proposes(env) && !c.accept {
		return nil, nil
	}
	signer, err := c.keys.signer(env)
	if err != nil {
		return nil, err
	}
	return env.Publisher(ctx, signer)
}

// schedule settles (and publishes) on the configured cron until ctx ends.
func (c *settleCmd) schedule(ctx context.Context, env *app.Env, pub *settlement.Publisher, stdout io.Writer) error {
	sch, err := env.Scheduler(ctx)
	if err != nil {
		return err
	}
	sch.Publisher, sch.Propose, sch.Accept = pub, c.proposes(env), c.accept || c.proposes(env)
	if err := serveOps(ctx, env.Config.Metrics, always); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "settling chain %d on cron %q (UTC)\n", env.Config.Chain.ID, env.Config.Settlement.Cron)
	return sch.Run(ctx)
}

// settle settles --epoch or --all and prints the outcomes; a recomputation that differs from the
// stored settlement exits 1.
func (c *settleCmd) settle(ctx context.Context, settler *settlement.Settler, stdout io.Writer) error {
	var outs []*settlement.Outcome
	switch {
	case c.epoch >= 0:
		out, err := settler.Settle(ctx, uint64(c.epoch))
		if err != nil {
			return err
		}
		outs = append(outs, out)
	case c.all:
		var err error
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
				o.Epoch, o.StoredRoot, o.Root.Hex())}
		}
	}
	return nil
}

// publishRoots accepts the pending root (--accept), then proposes --epoch's root or the latest
// settled one (--publish).
func (c *settleCmd) publishRoots(ctx context.Context, env *app.Env, pub *settlement.Publisher, stdout io.Writer) error {
	if pub == nil {
		return nil
	}
	if c.accept {
		p, err := pub.Accept(ctx)
		if err != nil {
			return err
		}
		printPublication(stdout, p)
	}
	if !c.publish {
		return nil
	}
	next, err := settlement.NextUnsettled(ctx, pub.Pool, env.Config.Chain.ID)
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
	if c.epoch >= 0 {
		target = uint64(c.epoch)
	}
	p, err := pub.Propose(ctx, target)
	if err != nil {
		return err
	}
	printPublication(stdout, p)
	return nil
}

// keyFlags say where the root proposer's key is.
type keyFlags struct{ keystore, passwordFile string }

func (k *keyFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&k.keystore, "keystore", "", "encrypted keystore of the root proposer (default: config settlement.keystore)")
	fs.StringVar(&k.passwordFile, "password-file", "", "file holding the keystore password (default: config settlement.password_file; or env COVEY_KEYSTORE_PASSWORD)")
}

// signer resolves the root proposer's key: a keystore (password from a file or
// COVEY_KEYSTORE_PASSWORD), else COVEY_PUBLISHER_KEY. The key is never printed.
func (k *keyFlags) signer(env *app.Env) (*settlement.Signer, error) {
	keystorePath, passwordFile := k.keystore, k.passwordFile
	if keystorePath == "" {
		keystorePath = env.Config.Settlement.Keystore
	}
	if passwordFile == "" {
		passwordFile = env.Config.Settlement.PasswordFile
	}
	if keystorePath != "" {
		return keystoreSigner(keystorePath, passwordFile)
	}
	if key, _ := secret("COVEY_PUBLISHER_KEY"); key != "" {
		return settlement.SignerFromHex(key)
	}
	return nil, errors.New("publishing needs a key: --keystore FILE with --password-file, or COVEY_PUBLISHER_KEY")
}

// keystoreSigner decrypts a keystore with the password in passwordFile, else in COVEY_KEYSTORE_PASSWORD.
func keystoreSigner(keystorePath, passwordFile string) (*settlement.Signer, error) {
	password, ok := secret("COVEY_KEYSTORE_PASSWORD")
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

func printOutcomes(w io.Writer, outs []*settlement.Outcome) {
	for _, o := range outs {
		fmt.Fprintf(w, "epoch %d: %s root %s manifest %s leaves %d (load %s, compute %s, tree %s, store %s)",
			o.Epoch, o.Status, o.Root.Hex(), o.ManifestHash.Hex(), o.Leaves,
			o.Timings.Load.Round(time.Millisecond), o.Timings.Compute.Round(time.Millisecond),
			o.Timings.Tree.Round(time.Millisecond), o.Timings.Store.Round(time.Millisecond))
		if o.ManifestPath != "" {
			fmt.Fprintf(w, " manifest file %s", o.ManifestPath)
		}
		fmt.Fprintln(w)
	}
}

func printPublication(w io.Writer, p *settlement.Publication) {
	switch {
	case p.Status.HasTx():
		fmt.Fprintf(w, "%s epoch %d: %s tx %s block %d\n", p.Action, p.Epoch, p.Status, p.TxHash.Hex(), p.Block)
	case p.Status == settlement.PubWaiting:
		fmt.Fprintf(w, "%s epoch %d: waiting for the timelock (valid at %s)\n", p.Action, p.Epoch, time.Unix(int64(p.ValidAt), 0).UTC().Format(time.RFC3339))
	default:
		fmt.Fprintf(w, "%s epoch %d: nothing to send (%s)\n", p.Action, p.Epoch, p.Status)
	}
}
