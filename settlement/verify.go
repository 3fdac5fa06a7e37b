package settlement

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// VerifyReport is the verdict of `covey verify`: Diffs is empty exactly when everything matches.
type VerifyReport struct {
	Epoch        uint64
	Root         common.Hash // recomputed
	ManifestHash common.Hash // recomputed
	Accounts     int
	Diffs        []string
	// OnChain is the root checked (nil when only a manifest was compared); Source where its manifest came from.
	OnChain *OnChainRoot
	Source  string
	// Recomputed counts the epochs recomputed for this verdict (1 when the verifier had verified the one before).
	Recomputed int
	// Notes are facts that do not fail a verification (another engine build published it).
	Notes []string
}

// OK reports a full match.
func (r *VerifyReport) OK() bool { return len(r.Diffs) == 0 }

// String renders the verdict and, on a mismatch, a readable diff.
func (r *VerifyReport) String() string {
	var b strings.Builder
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	if r.OK() {
		fmt.Fprintf(&b, "epoch %d verified: root %s manifest %s, %d accounts: recomputed from chain data, identical to the published manifest and the on-chain root\n",
			r.Epoch, r.Root.Hex(), r.ManifestHash.Hex(), r.Accounts)
		return b.String()
	}
	fmt.Fprintf(&b, "epoch %d DOES NOT VERIFY (%d differences):\n", r.Epoch, len(r.Diffs))
	for _, d := range r.Diffs {
		fmt.Fprintf(&b, "  %s\n", d)
	}
	return b.String()
}

// Compare checks a recomputed epoch against the published manifest bytes and the on-chain root:
// root, manifest hash, total, and every field and amount of the manifest.
func Compare(recomputed *Prepared, published []byte, onchain *OnChainRoot) *VerifyReport {
	r := &VerifyReport{Epoch: recomputed.Loaded.Epoch, Root: recomputed.Root, ManifestHash: recomputed.ManifestHash, Accounts: recomputed.Leaves.Len()}
	add := func(format string, args ...any) { r.Diffs = append(r.Diffs, fmt.Sprintf(format, args...)) }
	if onchain != nil {
		if onchain.Root != recomputed.Root {
			add("root: on-chain (%s) %s, recomputed %s", onchain.Status, onchain.Root.Hex(), recomputed.Root.Hex())
		}
		if onchain.ManifestHash != recomputed.ManifestHash {
			add("manifest hash: on-chain %s, recomputed %s", onchain.ManifestHash.Hex(), recomputed.ManifestHash.Hex())
		}
		if published != nil && ManifestHash(published) != onchain.ManifestHash {
			add("manifest hash: the published manifest hashes to %s, on-chain %s", ManifestHash(published).Hex(), onchain.ManifestHash.Hex())
		}
		total := recomputed.Leaves.Total()
		if onchain.TotalCumulative != nil && onchain.TotalCumulative.Cmp(total) != 0 {
			add("totalCumulative: on-chain %s, recomputed %s", onchain.TotalCumulative, total)
		}
	}
	if published == nil || bytes.Equal(published, recomputed.Bytes) {
		return r
	}
	pub, err := ParseManifest(published)
	if err != nil {
		add("published manifest: %v", err)
		return r
	}
	diffManifests(pub, recomputed.Manifest, add)
	if len(r.Diffs) == 0 {
		add("manifest bytes differ (same fields: encoding)")
	}
	return r
}

// diffManifests lists field-by-field differences, accounts and tasks by key.
func diffManifests(pub, got *Manifest, add func(string, ...any)) {
	scalar := func(name, a, b string) {
		if a != b {
			add("%s: published %q, recomputed %q", name, a, b)
		}
	}
	scalar("chainId", pub.ChainID, got.ChainID)
	scalar("epoch", pub.Epoch, got.Epoch)
	scalar("epochStart", pub.EpochStart, got.EpochStart)
	scalar("epochEnd", pub.EpochEnd, got.EpochEnd)
	scalar("format", pub.Format, got.Format)
	scalar("engine", pub.Engine.String(), got.Engine.String())
	scalar("policy.file", pub.Policy.File, got.Policy.File)
	scalar("policy.hash", pub.Policy.Hash, got.Policy.Hash)
	scalar("snapshot.block", pub.Snapshot.Block, got.Snapshot.Block)
	scalar("snapshot.hash", pub.Snapshot.Hash, got.Snapshot.Hash)
	scalar("snapshot.time", pub.Snapshot.Time, got.Snapshot.Time)
	scalar("inputHash", pub.InputHash, got.InputHash)
	scalar("emission", pub.Emission, got.Emission)
	scalar("revenue", pub.Revenue, got.Revenue)
	scalar("previousRoot", pub.PreviousRoot, got.PreviousRoot)
	scalar("previousManifestHash", pub.PreviousManifestHash, got.PreviousManifestHash)
	scalar("root", pub.Root, got.Root)
	scalar("leafCount", pub.LeafCount, got.LeafCount)
	scalar("totalEpoch", pub.TotalEpoch, got.TotalEpoch)
	scalar("totalCumulative", pub.TotalCumulative, got.TotalCumulative)
	scalar("treasury.account", pub.Treasury.Account, got.Treasury.Account)
	scalar("treasury.fees", pub.Treasury.Fees, got.Treasury.Fees)
	scalar("treasury.residual", pub.Treasury.Residual, got.Treasury.Residual)
	scalar("treasury.unallocated", pub.Treasury.Unallocated, got.Treasury.Unallocated)
	for _, name := range unionKeys(pub.Contracts, got.Contracts) {
		scalar("contracts."+name+".address", pub.Contracts[name].Address, got.Contracts[name].Address)
		scalar("contracts."+name+".startBlock", pub.Contracts[name].StartBlock, got.Contracts[name].StartBlock)
	}
	pa := map[string]ManifestAccount{}
	for _, a := range pub.Accounts {
		pa[a.Account] = a
	}
	ga := map[string]ManifestAccount{}
	for _, a := range got.Accounts {
		ga[a.Account] = a
	}
	const maxLines = 50
	n := 0
	for _, k := range unionKeys(pa, ga) {
		p, pok := pa[k]
		g, gok := ga[k]
		var line string
		switch {
		case !pok:
			line = fmt.Sprintf("account %s: not published, recomputed amount %s cumulative %s", k, g.Amount, g.Cumulative)
		case !gok:
			line = fmt.Sprintf("account %s: published amount %s cumulative %s, not recomputed", k, p.Amount, p.Cumulative)
		case p != g:
			line = fmt.Sprintf("account %s: published amount %s cumulative %s, recomputed amount %s cumulative %s", k, p.Amount, p.Cumulative, g.Amount, g.Cumulative)
		default:
			continue
		}
		n++
		if n <= maxLines {
			add("%s", line)
		}
	}
	if n > maxLines {
		add("… and %d more accounts differ", n-maxLines)
	}
	pt := map[string]ManifestTask{}
	for _, t := range pub.Tasks {
		pt[t.Task] = t
	}
	gt := map[string]ManifestTask{}
	for _, t := range got.Tasks {
		gt[t.Task] = t
	}
	for _, k := range unionKeys(pt, gt) {
		if pt[k] != gt[k] {
			add("task %s: published %+v, recomputed %+v", k, pt[k], gt[k])
		}
	}
}

func unionKeys[V any](a, b map[string]V) []string {
	seen := map[string]bool{}
	var out []string
	for k := range a {
		seen[k] = true
		out = append(out, k)
	}
	for k := range b {
		if !seen[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
