package settlement

import (
	"context"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement/chainload"
	"github.com/covey-labs/covey/settlement/engine"
)

// LoadChain is Load's twin on the chain path: epoch e's input for the contracts in set, read from the
// chain's logs by r (which keeps what it read for the next epoch), with no database. Build turns it
// into the same Prepared epoch as Prepare does from Postgres.
func LoadChain(ctx context.Context, r *chainload.Reader, p *engine.Policy, set map[string]config.Contract, e uint64) (*Loaded, error) {
	ep, err := r.Load(ctx, p, set, e)
	if err != nil {
		return nil, err
	}
	l := &Loaded{Epoch: e, Start: p.EpochStart(e), End: p.EpochEnd(e), Head: ep.Head, Snapshot: ep.Snapshot,
		Input: ep.Input, Events: ep.Events}
	if l.InputHash, err = InputHash(ep.Input); err != nil {
		return nil, err
	}
	return l, nil
}

// AsPrevious is what this epoch leaves for the next: its cumulative amounts (which are also its
// tree's leaves), root and manifest hash.
// Both are the leaves' own Balances, shared (nothing modifies Balances once built).
func (p *Prepared) AsPrevious() *Previous {
	return &Previous{Cumulative: &p.Leaves.Balances, Leaves: &p.Leaves.Balances, Root: p.Root.Hex(), ManifestHash: p.ManifestHash.Hex()}
}
