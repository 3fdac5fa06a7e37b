package settlement

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/settlement/chainload"
)

// Verifier reproduces the roots a distributor holds from the chain alone: the published manifests
// (fetched from anywhere, authenticated by the chain), the contracts' logs read through an RPC and
// the engine, with no database. It keeps what it verified: the logs it read (a chainload.Reader), the
// manifest hash of every epoch verified so far and the cumulative amounts after the last ones, so
// verifying the next epoch re-reads only the new logs and recomputes only that epoch. It is not safe
// for concurrent use.
type Verifier struct {
	Chain       Chain            // contract calls (the distributor)
	Logs        chainload.Source // logs and headers
	Distributor common.Address
	Manifests   Manifests
	// ExpectPolicy, when set, is the policy hash the checked epoch's manifest must carry (earlier
	// epochs are recomputed with their own manifests' policies).
	ExpectPolicy *common.Hash
	Log          *slog.Logger

	chainID int64
	reader  *chainload.Reader
	hashes  []common.Hash        // hashes[k]: the manifest hash of epoch k, recomputed and published alike
	before  map[uint64]*Previous // the state before epoch k, for the last verified epochs
}

// ManifestNotAuthenticError says the manifest found for an epoch is not the one the chain (or the next
// epoch's manifest) names: nothing in it was read.
type ManifestNotAuthenticError struct {
	Epoch     uint64
	From      string
	Got, Want common.Hash
	NamedBy   string // "the distributor" or "epoch N's manifest"
}

func (e *ManifestNotAuthenticError) Error() string {
	return fmt.Sprintf("epoch %d: the manifest from %s hashes to %s but %s names %s: not the published manifest",
		e.Epoch, e.From, e.Got.Hex(), e.NamedBy, e.Want.Hex())
}

// Verify reads epoch e's root from the distributor and checks it (Check).
func (v *Verifier) Verify(ctx context.Context, e uint64) (*VerifyReport, error) {
	oc, err := ReadRoot(ctx, v.Chain, v.Logs, v.Distributor, e)
	if err != nil {
		return nil, err
	}
	return v.Check(ctx, oc)
}

// planned is an earlier epoch to recompute: its authenticated manifest hash and manifest (accounts dropped).
type planned struct {
	hash common.Hash
	m    *Manifest
}

// Check reproduces the root oc names: it fetches the epoch's manifest and checks its keccak256 against
// oc before reading anything in it, walks back through the earlier manifests each authenticated by its
// successor's previousManifestHash (down to what this verifier verified before), then recomputes each
// of those epochs from the logs with its own manifest's contracts, start blocks and policy, and compares
// the last with the manifest and with oc's root and total. An error means the check could not run (RPC,
// a missing or unauthentic manifest, a manifest format this covey does not read); a report with diffs
// means the root does not reproduce.
func (v *Verifier) Check(ctx context.Context, oc *OnChainRoot) (*VerifyReport, error) {
	if err := v.init(ctx); err != nil {
		return nil, err
	}
	r := &VerifyReport{Epoch: oc.Epoch, OnChain: oc}
	b, m, err := v.published(ctx, oc, r)
	if err != nil || m == nil {
		return reportOrErr(r, err)
	}
	start := v.resumeAt(oc.Epoch)
	plan, err := v.plan(ctx, oc, m, start, r)
	if err != nil || plan == nil {
		return reportOrErr(r, err)
	}
	if m.Engine != ThisEngine() {
		r.Notes = append(r.Notes, fmt.Sprintf("engine: published by %s; this verifier is %s", m.Engine, ThisEngine()))
	}
	if err := v.replay(ctx, oc, b, start, plan, r); err != nil {
		return nil, err
	}
	return r, nil
}

// reportOrErr is the error when the check could not run, else the report of why the root does not reproduce.
func reportOrErr(r *VerifyReport, err error) (*VerifyReport, error) {
	if err != nil {
		return nil, err
	}
	return r, nil
}

// published fetches the manifest of oc's epoch, checks its keccak256 against oc before reading it,
// parses it and checks its policy is the expected one. A nil manifest without an error means r says
// why it is refused.
func (v *Verifier) published(ctx context.Context, oc *OnChainRoot, r *VerifyReport) ([]byte, *Manifest, error) {
	e := oc.Epoch
	b, from, err := v.Manifests.Manifest(ctx, e)
	if err != nil {
		return nil, nil, err
	}
	if h := ManifestHash(b); h != oc.ManifestHash {
		return nil, nil, &ManifestNotAuthenticError{Epoch: e, From: from, Got: h, Want: oc.ManifestHash, NamedBy: "the distributor (" + oc.Status + " root)"}
	}
	r.Source = from
	m, err := ParseManifest(b)
	if errors.Is(err, ErrManifestFormat) {
		return nil, nil, fmt.Errorf("epoch %d: %w: upgrade covey", e, err)
	}
	if err != nil {
		r.fail("the published manifest: %v", err)
		return nil, nil, nil
	}
	if v.ExpectPolicy != nil && m.Policy.Hash != v.ExpectPolicy.Hex() {
		r.fail("policy: the manifest's policy hashes to %s (%s), expected %s", m.Policy.Hash, m.Policy.File, v.ExpectPolicy.Hex())
		return nil, nil, nil
	}
	return b, m, nil
}

// plan walks back from oc's manifest m through the earlier manifests down to epoch start, each
// authenticated by its successor's previousManifestHash, and checks the chain ends at what this
// verifier verified before (or at nothing, from epoch 0). A nil plan without an error means r says
// why it is refused.
func (v *Verifier) plan(ctx context.Context, oc *OnChainRoot, m *Manifest, start uint64, r *VerifyReport) ([]planned, error) {
	e := oc.Epoch
	plan := make([]planned, e-start+1)
	plan[e-start] = planned{hash: oc.ManifestHash, m: m}
	want := m.PreviousManifestHash
	for k := e; k > start; {
		k--
		bk, fromK, err := v.Manifests.Manifest(ctx, k)
		if err != nil {
			return nil, err
		}
		if h := ManifestHash(bk); h.Hex() != want {
			return nil, &ManifestNotAuthenticError{Epoch: k, From: fromK, Got: h, Want: common.HexToHash(want), NamedBy: fmt.Sprintf("epoch %d's manifest", k+1)}
		}
		mk, err := ParseManifest(bk)
		if errors.Is(err, ErrManifestFormat) {
			return nil, fmt.Errorf("epoch %d: %w: upgrade covey", k, err)
		}
		if err != nil {
			r.fail("epoch %d's manifest (authenticated by epoch %d's): %v", k, k+1, err)
			return nil, nil
		}
		mk.Accounts = nil
		plan[k-start] = planned{hash: common.HexToHash(want), m: mk}
		want = mk.PreviousManifestHash
	}
	switch {
	case start == 0 && want != "":
		r.fail("epoch 0's manifest names a previous manifest %s", want)
		return nil, nil
	case start > 0 && want != v.hashes[start-1].Hex():
		r.fail("epoch %d: the published manifests name manifest %s, this verifier verified %s", start-1, want, v.hashes[start-1].Hex())
		return nil, nil
	}
	return plan, nil
}

// replay recomputes the planned epochs in order from the logs, each on top of the one before, records
// each one that reproduces, and compares the last with its manifest's bytes (b) and oc's root and
// total; it stops at the first epoch that does not reproduce, its diffs in r.
func (v *Verifier) replay(ctx context.Context, oc *OnChainRoot, b []byte, start uint64, plan []planned, r *VerifyReport) error {
	e := oc.Epoch
	prev := v.before[start]
	if start == 0 {
		prev = NoPrevious()
	}
	for k := start; k <= e; k++ {
		pk := plan[k-start]
		p, diff, err := v.recompute(ctx, k, pk.m, prev)
		if err != nil {
			return err
		}
		if diff != "" {
			r.fail("epoch %d: %s", k, diff)
			return nil
		}
		r.Recomputed++
		if k == e {
			// The manifest was checked against the chain's hash: Compare checks the recomputation against
			// its bytes and the on-chain root and total.
			cmp := Compare(p, b, oc)
			r.Root, r.ManifestHash, r.Accounts, r.Diffs = cmp.Root, cmp.ManifestHash, cmp.Accounts, cmp.Diffs
		} else if p.ManifestHash != pk.hash {
			bk, _, ferr := v.Manifests.Manifest(ctx, k)
			if ferr != nil {
				return ferr
			}
			for _, d := range Compare(p, bk, nil).Diffs {
				r.Diffs = append(r.Diffs, fmt.Sprintf("epoch %d (before %d): %s", k, e, d))
			}
		}
		if p.ManifestHash != pk.hash {
			return nil
		}
		v.record(k, p, prev)
		prev = v.before[k+1]
	}
	return nil
}

// recompute builds epoch k from the logs with manifest m's contracts, start blocks, policy and engine
// record on top of prev. A diff says why the manifest cannot be reproduced; an error that the check
// could not run.
func (v *Verifier) recompute(ctx context.Context, k uint64, m *Manifest, prev *Previous) (*Prepared, string, error) {
	pol, err := m.PolicyOf()
	if err != nil {
		return nil, err.Error(), nil
	}
	set, err := m.ContractSet()
	if err != nil {
		return nil, err.Error(), nil
	}
	loaded, err := LoadChain(ctx, v.reader, pol, set, k)
	if err != nil {
		return nil, "", fmt.Errorf("reading epoch %d from the chain: %w", k, err)
	}
	p, err := Build(BuildInput{ChainID: v.chainID, Contracts: set, Policy: pol, PolicyFile: m.Policy.File,
		Loaded: loaded, Previous: prev, Engine: m.Engine})
	if err != nil {
		return nil, "recomputing: " + err.Error(), nil
	}
	v.log().Debug("epoch recomputed", "epoch", k, "root", p.Root.Hex(), "events", loaded.Events, "snapshot", loaded.Snapshot.Number,
		"compute", p.Timings.Compute, "tree", p.Timings.Tree)
	return p, "", nil
}

// resumeAt is the first epoch to recompute for e: e itself or the first unverified one when this
// verifier holds the state before it, else 0 (a cold verification).
func (v *Verifier) resumeAt(e uint64) uint64 {
	if _, ok := v.before[e]; ok {
		return e
	}
	if n := uint64(len(v.hashes)); n < e {
		if _, ok := v.before[n]; ok {
			return n
		}
	}
	return 0
}

// record keeps epoch k as verified: its manifest hash, and the state before it and after it (the
// states of older epochs are dropped: they cost memory in proportion to the accounts).
func (v *Verifier) record(k uint64, p *Prepared, prev *Previous) {
	v.hashes = append(v.hashes[:k], p.ManifestHash)
	v.before = map[uint64]*Previous{k: prev, k + 1: p.AsPrevious()}
}

// Verified is the number of epochs verified in sequence from epoch 0 (their hashes are kept).
func (v *Verifier) Verified() int { return len(v.hashes) }

func (v *Verifier) init(ctx context.Context) error {
	if v.reader != nil {
		return nil
	}
	id, err := v.Chain.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id: %w", err)
	}
	if !id.IsInt64() {
		return fmt.Errorf("chain id %s out of range", id)
	}
	v.chainID = id.Int64()
	v.reader = chainload.NewReader(v.Logs)
	v.before = map[uint64]*Previous{0: NoPrevious()}
	return nil
}

func (v *Verifier) log() *slog.Logger {
	if v.Log != nil {
		return v.Log
	}
	return slog.Default()
}

// fail adds a difference and returns the report.
func (r *VerifyReport) fail(format string, args ...any) *VerifyReport {
	r.Diffs = append(r.Diffs, fmt.Sprintf(format, args...))
	return r
}
