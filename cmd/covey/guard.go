package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/guard"
	"github.com/covey-labs/covey/settlement"
)

func init() { register("guard", runGuard) }

// guardUsage heads `covey guard -h`.
const guardUsage = `Usage: covey guard --rpc URL [--rpc URL2] [--distributor ADDR] [--state FILE] [--keystore FILE --password-file FILE]
                   [--webhook URL] [--metrics ADDR] [--manifest DIR/|URL/] [--expect-policy FILE|HASH]

Watches the RewardsDistributor's timelock: every pending root is verified from the chain alone, as
covey verify does, as soon as it appears. A root that does not reproduce is revoked (revokePendingRoot)
with a guardian key (--keystore, or COVEY_GUARDIAN_KEY in the environment, read once and removed from it),
or, without one, raises the alarm: an ERROR log, covey_guard_alarm on /metrics, and a JSON POST to
--webhook. A root it cannot verify is revoked (or alarmed about) once the chain's time is within
--revoke-before of its validAt. No database; its record (what it decided, a revocation before it is
sent) is the --state file, so a restart neither revokes twice nor misses a root.
`

// guardCmd is `covey guard`.
type guardCmd struct {
	target
	state        string
	keystore     string
	passwordFile string
	webhook      string
	metrics      string
	poll         time.Duration
	revokeBefore time.Duration
}

func (c *guardCmd) flags(fs *flag.FlagSet) {
	c.target.flags(fs)
	fs.StringVar(&c.state, "state", filepath.Join(stateDir, "guard.json"), "the guard's state file")
	fs.StringVar(&c.keystore, "keystore", "", "encrypted keystore of a guardian (GUARDIAN_ROLE); else COVEY_GUARDIAN_KEY; neither: alarms only")
	fs.StringVar(&c.passwordFile, "password-file", "", "file holding the keystore password (or env COVEY_KEYSTORE_PASSWORD)")
	fs.StringVar(&c.webhook, "webhook", "", "POST every alarm to this URL as JSON")
	fs.StringVar(&c.metrics, "metrics", "", "serve /metrics, /healthz and /readyz on this address (e.g. 127.0.0.1:9465)")
	fs.DurationVar(&c.poll, "poll", 5*time.Second, "how often the distributor is read")
	fs.DurationVar(&c.revokeBefore, "revoke-before", 30*time.Minute, "revoke a pending root still unverified this close to its validAt")
}

// runGuard runs the guard until interrupted.
func runGuard(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := &guardCmd{}
	if _, err := parseFlags("guard", guardUsage, c.flags, args, stderr); err != nil {
		return err
	}
	if c.manifest != "" && !isBase(c.manifest) {
		return exitError{2, errors.New("guard: --manifest must be a directory or a base URL ending in /")}
	}
	signer, err := c.signer()
	if err != nil {
		return exitError{2, err}
	}
	client, v, _, err := c.open(ctx, 0, prometheus.DefaultRegisterer)
	if err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			return err
		}
		return exitError{2, err}
	}
	defer c.close()
	g := &guard.Guard{Chain: client, Logs: v.Logs, Distributor: v.Distributor, Verifier: v, Signer: signer, StatePath: c.state,
		Webhook: c.webhook, Poll: c.poll, RevokeBefore: c.revokeBefore, Registerer: prometheus.DefaultRegisterer}
	if err := g.Open(ctx); err != nil {
		return exitError{2, err}
	}
	if err := serveOps(ctx, config.Metrics{Listen: c.metrics}, func(ctx context.Context) error { _, err := client.BlockNumber(ctx); return err }); err != nil {
		return exitError{2, fmt.Errorf("serving ops endpoints: %w", err)}
	}
	fmt.Fprintf(stdout, "guarding distributor %s; manifests from %s\n", v.Distributor.Hex(), describe(v.Manifests.(*settlement.ManifestLocator)))
	return g.Run(ctx)
}

// signer loads the guardian key: a keystore, else COVEY_GUARDIAN_KEY (main took it out of the
// environment before any command ran: no child process or later reader sees it). Nil without either.
func (c *guardCmd) signer() (*settlement.Signer, error) {
	if c.keystore != "" {
		return keystoreSigner(c.keystore, c.passwordFile)
	}
	key, _ := secret("COVEY_GUARDIAN_KEY")
	if key == "" {
		return nil, nil
	}
	s, err := settlement.SignerFromHex(key)
	if err != nil {
		return nil, fmt.Errorf("COVEY_GUARDIAN_KEY: %w", err)
	}
	return s, nil
}
