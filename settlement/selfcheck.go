package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement/chainload"
)

// ErrSelfCheck means the publisher refused to propose a root the chain does not reproduce: whoever
// can write covey's database does not choose the root.
var ErrSelfCheck = errors.New("self-check: the settled epoch does not reproduce from the chain")

// SelfCheck re-derives an epoch from the chain before the publisher proposes it, on the chain path
// (settlement/chainload: the contracts' logs through the RPC, not the database's event rows), with
// the configured policy and contracts: the manifest the database holds must be the one the chain
// path builds (every account's amount, the root, the total), its history must chain to the manifest
// the distributor accepted for the epoch before, and the database's leaves of the epoch must be the
// recomputed ones. It keeps its Verifier's state, so a long-running publisher checks each epoch
// re-reading only the new logs.
type SelfCheck struct {
	Verifier *Verifier // Chain and Distributor set; Manifests and ExpectPolicy are set by NewSelfCheck
	// Contracts are the configured contracts: the manifest must name exactly these.
	Contracts map[string]config.Contract
	pool      *pgxpool.Pool
	chainID   int64
}

// NewSelfCheck is a SelfCheck reading the settled manifests from pool, expecting policyHash.
func NewSelfCheck(pool *pgxpool.Pool, chainID int64, chain Chain, logs chainload.Source, distributor common.Address, policyHash common.Hash,
	contracts map[string]config.Contract) *SelfCheck {
	h := policyHash
	return &SelfCheck{Verifier: &Verifier{Chain: chain, Logs: logs, Distributor: distributor, Manifests: dbManifests{pool, chainID}, ExpectPolicy: &h},
		Contracts: contracts, pool: pool, chainID: chainID}
}

// dbManifests reads settled manifests from settlement_epochs: untrusted here too, each is checked
// against a hash (the one about to be proposed, or its successor's previousManifestHash).
type dbManifests struct {
	pool    *pgxpool.Pool
	chainID int64
}

func (d dbManifests) Manifest(ctx context.Context, e uint64) ([]byte, string, error) {
	var b []byte
	err := d.pool.QueryRow(ctx, `SELECT manifest FROM settlement_epochs WHERE chain_id = $1 AND epoch = $2`, d.chainID, int64(e)).Scan(&b)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, "the database", fmt.Errorf("epoch %d is not settled: %w", e, ErrManifestNotFound)
	}
	if err != nil {
		return nil, "the database", fmt.Errorf("reading epoch %d's manifest: %w", e, err)
	}
	return b, "the database", nil
}

// Check refuses (ErrSelfCheck, naming what differs: accounts first) unless epoch e, as the database
// would have it proposed (root, manifest hash, total), reproduces on the chain path.
func (s *SelfCheck) Check(ctx context.Context, e uint64, root, manifestHash common.Hash, total *big.Int) error {
	var diffs []string
	b, _, err := s.Verifier.Manifests.Manifest(ctx, e)
	if err != nil {
		return err
	}
	if ManifestHash(b) != manifestHash {
		diffs = append(diffs, fmt.Sprintf("the stored manifest hashes to %s, the epoch's row says %s", ManifestHash(b).Hex(), manifestHash.Hex()))
		return s.refuse(e, diffs)
	}
	m, err := ParseManifest(b)
	if err != nil {
		return s.refuse(e, []string{"the stored manifest: " + err.Error()})
	}
	diffs = append(diffs, s.contractDiffs(m)...)
	if e > 0 {
		prev, err := ReadRoot(ctx, s.Verifier.Chain, s.Verifier.Logs, s.Verifier.Distributor, e-1)
		switch {
		case err == nil && prev.ManifestHash.Hex() != m.PreviousManifestHash:
			diffs = append(diffs, fmt.Sprintf("previousManifestHash: the stored manifest names %s, the distributor holds %s for epoch %d",
				m.PreviousManifestHash, prev.ManifestHash.Hex(), e-1))
		case err != nil && !errors.Is(err, ErrNotPublished):
			return fmt.Errorf("self-check: reading epoch %d's root: %w", e-1, err)
		}
	}
	if len(diffs) > 0 {
		return s.refuse(e, diffs)
	}
	r, err := s.Verifier.Check(ctx, &OnChainRoot{Epoch: e, Status: "settled", Root: root, ManifestHash: manifestHash, TotalCumulative: total})
	if err != nil {
		return fmt.Errorf("self-check of epoch %d could not run: %w", e, err)
	}
	diffs = append(diffs, r.Diffs...)
	leafDiffs, err := s.leafDiffs(ctx, e, m)
	if err != nil {
		return err
	}
	diffs = append(leafDiffs, diffs...)
	if len(diffs) > 0 {
		return s.refuse(e, diffs)
	}
	return nil
}

// contractDiffs compares the manifest's contracts with the configured ones.
func (s *SelfCheck) contractDiffs(m *Manifest) []string {
	var out []string
	set, err := m.ContractSet()
	if err != nil {
		return []string{err.Error()}
	}
	for name, c := range s.Contracts {
		if got, ok := set[name]; !ok || got != c {
			out = append(out, fmt.Sprintf("contracts.%s: the stored manifest has %+v, configured %s from block %d", name, set[name], c.Address.Hex(), c.StartBlock))
		}
	}
	for name := range set {
		if _, ok := s.Contracts[name]; !ok {
			out = append(out, fmt.Sprintf("contracts.%s: in the stored manifest, not configured", name))
		}
	}
	return out
}

// leafDiffs compares the database's leaves of the epoch (what claims are served from) with the
// manifest the chain path reproduced, account by account.
func (s *SelfCheck) leafDiffs(ctx context.Context, e uint64, m *Manifest) ([]string, error) {
	leaves, err := readLeaves(ctx, s.pool, s.chainID, int64(e))
	if err != nil {
		return nil, fmt.Errorf("self-check: reading epoch %d's leaves: %w", e, err)
	}
	stored := make(map[string]string, leaves.Len())
	for i, a := range leaves.Accounts {
		stored[accountHex(a)] = leaves.Amounts[i].Dec()
	}
	var out []string
	for _, acc := range m.Accounts {
		got, ok := stored[acc.Account]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("account %s: no stored leaf, recomputed cumulative %s", acc.Account, acc.Cumulative))
		case got != acc.Cumulative:
			out = append(out, fmt.Sprintf("account %s: stored leaf cumulative %s, recomputed %s", acc.Account, got, acc.Cumulative))
		}
		delete(stored, acc.Account)
	}
	for acc, got := range stored {
		out = append(out, fmt.Sprintf("account %s: stored leaf cumulative %s, not in the recomputed tree", acc, got))
	}
	return out, nil
}

func (s *SelfCheck) refuse(e uint64, diffs []string) error {
	const most = 20
	n, more := len(diffs), ""
	if n > most {
		more = fmt.Sprintf("; … and %d more", n-most)
		diffs = diffs[:most]
	}
	return fmt.Errorf("epoch %d: %w (%d differences): %s%s", e, ErrSelfCheck, n, strings.Join(diffs, "; "), more)
}
