package guard

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/internal/redact"
	"github.com/covey-labs/covey/settlement"
	"github.com/covey-labs/covey/settlement/chainload"
)

// Chain is what the guard asks its RPCs besides logs: the verifier's calls, and what sending a
// transaction and following it take. *ethclient.Client fits.
type Chain interface {
	settlement.Chain
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Guard watches one distributor. Run it; it stops when ctx ends.
type Guard struct {
	Chain       Chain            // calls and transactions
	Logs        chainload.Source // logs and headers (what verification reads)
	Distributor common.Address
	// Verifier checks roots; its Chain, Logs and Distributor are the guard's (set by Open).
	Verifier *settlement.Verifier
	// Signer holds a guardian key; nil: alarm only.
	Signer *settlement.Signer
	// StatePath is the state file (required).
	StatePath string
	// Webhook receives each Alarm as a JSON POST (optional).
	Webhook string
	// Poll is how often the distributor is read (default 5 s).
	Poll time.Duration
	// RevokeBefore: a pending root still unverified when the chain's time is this close to its
	// validAt is revoked as unverifiable (default 30 minutes).
	RevokeBefore time.Duration
	// Registerer receives the metrics (nil: not registered).
	Registerer prometheus.Registerer
	Log        *slog.Logger

	chainID int64
	state   *State
	m       *metrics
}

func (g *Guard) log() *slog.Logger {
	if g.Log != nil {
		return g.Log
	}
	return slog.Default()
}

// Open reads the chain id and the state file; Run calls it when it was not called before.
func (g *Guard) Open(ctx context.Context) error {
	if g.state != nil {
		return nil
	}
	if g.StatePath == "" {
		return errors.New("guard: a state file is required")
	}
	id, err := g.Chain.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id: %w", err)
	}
	g.chainID = id.Int64()
	if g.state, err = LoadState(g.StatePath, g.chainID, g.Distributor); err != nil {
		return err
	}
	if g.Verifier == nil {
		g.Verifier = &settlement.Verifier{}
	}
	g.Verifier.Chain, g.Verifier.Logs, g.Verifier.Distributor = g.Chain, g.Logs, g.Distributor
	if g.Poll <= 0 {
		g.Poll = 5 * time.Second
	}
	if g.RevokeBefore <= 0 {
		g.RevokeBefore = 30 * time.Minute
	}
	g.m = newMetrics(g.Registerer)
	who := "none: alarms only"
	if g.Signer != nil {
		who = g.Signer.Address().Hex()
	}
	g.log().Info("guard started", "chain", g.chainID, "distributor", g.Distributor.Hex(), "guardian", who, "state", g.StatePath,
		"roots_on_record", len(g.state.Roots))
	return nil
}

// Run steps every Poll until ctx ends; a failing step (an RPC down, a manifest not reachable) is
// logged and retried at the next.
func (g *Guard) Run(ctx context.Context) error {
	if err := g.Open(ctx); err != nil {
		return err
	}
	t := time.NewTicker(g.Poll)
	defer t.Stop()
	for {
		if err := g.Step(ctx); err != nil && ctx.Err() == nil {
			g.log().Warn("guard step failed; retrying", "err", redact.Error(err))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Step reads the distributor once and acts: it finishes a revocation left in flight, verifies a
// pending root not decided yet (and revokes or alarms), and verifies an accepted root no record says
// was verified (a root that went live while the guard was down).
func (g *Guard) Step(ctx context.Context) error {
	if err := g.Open(ctx); err != nil {
		return err
	}
	head, err := g.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		g.m.errors.WithLabelValues("chain").Inc()
		return fmt.Errorf("reading the head: %w", err)
	}
	d, err := bindings.NewRewardsDistributorCaller(g.Distributor, g.Chain)
	if err != nil {
		return err
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	p, err := d.PendingRoot(opts)
	if err != nil {
		g.m.errors.WithLabelValues("chain").Inc()
		return fmt.Errorf("reading the pending root: %w", err)
	}
	g.m.lastStep.SetToCurrentTime()
	alarm := false
	if err := g.finishRevocations(ctx, p); err != nil {
		g.m.errors.WithLabelValues("revoke").Inc()
		return err
	}
	if p.Exists && p.Epoch.IsUint64() {
		g.m.pending.Set(1)
		g.m.secondsLeft.Set(float64(int64(p.ValidAt) - int64(head.Time)))
		rec := &Record{Epoch: p.Epoch.Uint64(), Root: p.Root, ManifestHash: p.ManifestHash, ValidAt: p.ValidAt}
		oc := &settlement.OnChainRoot{Epoch: rec.Epoch, Status: "pending", Root: p.Root, ManifestHash: p.ManifestHash,
			TotalCumulative: p.TotalCumulative, ValidAt: p.ValidAt, Block: head.Number.Uint64()}
		known := g.state.find(rec)
		if known == nil {
			if err := g.decide(ctx, rec, oc, int64(head.Time)); err != nil {
				return err
			}
			known = g.state.find(rec)
		}
		alarm = known != nil && (known.Status == StatusMismatch || known.Status == StatusUnverifiable)
	} else {
		g.m.pending.Set(0)
		g.m.secondsLeft.Set(0)
	}
	live, err := g.checkAccepted(ctx, d, opts)
	if err != nil {
		return err
	}
	if alarm || live {
		g.m.alarm.Set(1)
	} else {
		g.m.alarm.Set(0)
	}
	return nil
}

// decide verifies a new pending proposal and acts on the verdict; when the check cannot run it
// records nothing (the next step tries again) unless the deadline is near.
func (g *Guard) decide(ctx context.Context, rec *Record, oc *settlement.OnChainRoot, now int64) error {
	left := int64(rec.ValidAt) - now
	r, err := g.Verifier.Check(ctx, oc)
	if err != nil {
		g.m.errors.WithLabelValues("verify").Inc()
		if left > int64(g.RevokeBefore.Seconds()) {
			g.log().Warn("guard: pending root not verified yet; retrying", "epoch", rec.Epoch, "root", rec.Root.Hex(),
				"seconds_left", left, "err", redact.Error(err))
			return nil
		}
		g.m.unverified.Inc()
		rec.Status, rec.Reason = StatusUnverifiable, "could not be verified "+fmt.Sprint(left)+" s before validAt: "+redact.Error(err).Error()
		g.raise(ctx, g.alarmOf("root_unverifiable", rec, oc, left, nil))
		return g.revokeOrRecord(ctx, rec, oc, left)
	}
	if r.OK() {
		g.m.verified.Inc()
		rec.Status = StatusVerified
		g.log().Info("guard: pending root verified", "epoch", rec.Epoch, "root", rec.Root.Hex(), "recomputed", r.Recomputed,
			"seconds_left", left)
		if err := g.state.put(rec); err != nil {
			g.m.errors.WithLabelValues("state").Inc()
			return err
		}
		return nil
	}
	g.m.mismatched.Inc()
	rec.Status, rec.Reason = StatusMismatch, fmt.Sprintf("does not reproduce (%d differences)", len(r.Diffs))
	g.raise(ctx, g.alarmOf("root_mismatch", rec, oc, left, r.Diffs))
	return g.revokeOrRecord(ctx, rec, oc, left)
}

// revokeOrRecord revokes with the guardian key, or records the alarm when there is none.
func (g *Guard) revokeOrRecord(ctx context.Context, rec *Record, oc *settlement.OnChainRoot, left int64) error {
	if g.Signer == nil {
		if err := g.state.put(rec); err != nil {
			g.m.errors.WithLabelValues("state").Inc()
			return err
		}
		return nil
	}
	if err := g.revoke(ctx, rec); err != nil {
		g.m.errors.WithLabelValues("revoke").Inc()
		a := g.alarmOf("revoke_failed", rec, oc, left, nil)
		a.Reason = redact.Error(err).Error()
		g.raise(ctx, a)
		return err
	}
	return nil
}

// checkAccepted verifies the live root once (unless a record says it was verified when pending); it
// reports whether a live root does not reproduce.
func (g *Guard) checkAccepted(ctx context.Context, d *bindings.RewardsDistributorCaller, opts *bind.CallOpts) (bool, error) {
	has, err := d.HasRoot(opts)
	if err != nil || !has {
		return false, err
	}
	e, err := d.CurrentEpoch(opts)
	if err != nil {
		return false, err
	}
	if !e.IsUint64() {
		return false, fmt.Errorf("accepted epoch %s out of range", e)
	}
	oc := &settlement.OnChainRoot{Epoch: e.Uint64(), Status: "accepted", Block: opts.BlockNumber.Uint64()}
	var root, mh [32]byte
	if root, err = d.Root(opts); err == nil {
		if mh, err = d.ManifestHash(opts); err == nil {
			oc.TotalCumulative, err = d.AcceptedTotal(opts)
		}
	}
	if err != nil {
		return false, err
	}
	oc.Root, oc.ManifestHash = root, mh
	for _, r := range g.state.Roots {
		if r.Epoch == oc.Epoch && r.Root == oc.Root && r.ManifestHash == oc.ManifestHash {
			return r.Status == StatusMismatch || r.Status == StatusUnverifiable, nil
		}
	}
	rec := &Record{Epoch: oc.Epoch, Root: oc.Root, ManifestHash: oc.ManifestHash}
	r, err := g.Verifier.Check(ctx, oc)
	if err != nil {
		g.m.errors.WithLabelValues("verify").Inc()
		return false, fmt.Errorf("verifying the accepted root of epoch %d: %w", oc.Epoch, err)
	}
	if r.OK() {
		g.m.verified.Inc()
		rec.Status = StatusVerified
		g.log().Info("guard: accepted root verified", "epoch", rec.Epoch, "root", rec.Root.Hex())
	} else {
		g.m.mismatched.Inc()
		rec.Status, rec.Reason = StatusMismatch, fmt.Sprintf("accepted, does not reproduce (%d differences)", len(r.Diffs))
		g.raise(ctx, g.alarmOf("root_mismatch", rec, oc, 0, r.Diffs))
	}
	if err := g.state.put(rec); err != nil {
		g.m.errors.WithLabelValues("state").Inc()
		return false, err
	}
	return rec.Status == StatusMismatch, nil
}

func (g *Guard) alarmOf(event string, rec *Record, oc *settlement.OnChainRoot, left int64, diffs []string) Alarm {
	return Alarm{Event: event, Epoch: rec.Epoch, Status: oc.Status, Root: rec.Root.Hex(), ManifestHash: rec.ManifestHash.Hex(),
		ValidAt: rec.ValidAt, SecondsLeft: left, Reason: rec.Reason, Diffs: diffs}
}
