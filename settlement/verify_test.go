package settlement

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/covey-labs/covey/internal/pgtest"
)

// Compare passes an honest publication and names what differs in a forged one.
func TestCompareReportsReadableDiffs(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	f := newFixture(t, pool)
	f.epochActivity(0)
	f.head(testGenesis + testL + 61)
	s := newSettler(t, pool, "")
	if _, err := s.Settle(ctx, 0); err != nil {
		t.Fatal(err)
	}
	var published []byte
	if err := pool.QueryRow(ctx, `SELECT manifest FROM settlement_epochs WHERE epoch = 0`).Scan(&published); err != nil {
		t.Fatal(err)
	}
	// Canonical: sorted keys, no white space (a generic re-encoding with sorted keys changes nothing),
	// and the hash is stable across recomputations.
	var generic any
	if err := json.Unmarshal(published, &generic); err != nil {
		t.Fatal(err)
	}
	if again, _ := json.Marshal(generic); !bytes.Equal(again, published) {
		t.Fatal("stored manifest is not canonical JSON")
	}
	p, err := s.Prepare(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	total := new(big.Int)
	for _, l := range p.Leaves.List() {
		total.Add(total, l.Cumulative)
	}
	onchain := &OnChainRoot{Status: "accepted", Root: p.Root, ManifestHash: ManifestHash(published), TotalCumulative: total}
	if !bytes.Equal(p.Bytes, published) {
		t.Fatal("recomputing the epoch gave different manifest bytes")
	}
	if r := Compare(p, published, onchain); !r.OK() {
		t.Fatalf("honest publication: %s", r)
	}

	// Forge one account's amount in the published manifest.
	m, err := ParseManifest(published)
	if err != nil {
		t.Fatal(err)
	}
	victim := m.Accounts[1].Account
	m.Accounts[1].Amount = "1"
	forged, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	r := Compare(p, forged, onchain)
	out := r.String()
	if r.OK() || !strings.Contains(out, "account "+victim+": published amount 1") || !strings.Contains(out, "the published manifest hashes to") {
		t.Fatalf("forged manifest not reported: %s", out)
	}
	// A different root on-chain.
	bad := *onchain
	bad.Root[0] ^= 1
	if r := Compare(p, published, &bad); r.OK() || !strings.Contains(r.String(), "root: on-chain") {
		t.Fatalf("wrong on-chain root not reported: %s", r)
	}
	// The manifest parses back to the same bytes (canonical), and a re-indented one is refused.
	if _, err := ParseManifest(append(bytes.Clone(published[:len(published)-1]), ' ', '}')); err == nil {
		t.Fatal("non-canonical manifest accepted")
	}
}

// TestOtherBuildsAgreeOnTheBytes: a manifest published by another build of covey (another engine
// record) is reproduced byte for byte once the recomputation adopts the published engine, by a
// re-check as by a verifier, and only the engine differs before that: results decide, not builds.
func TestOtherBuildsAgreeOnTheBytes(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	f := newFixture(t, pool)
	f.epochActivity(0)
	f.head(testGenesis + testL + 61)
	s := newSettler(t, pool, "")
	if _, err := s.Settle(ctx, 0); err != nil {
		t.Fatal(err)
	}
	var ours []byte
	if err := pool.QueryRow(ctx, `SELECT manifest FROM settlement_epochs WHERE epoch = 0`).Scan(&ours); err != nil {
		t.Fatal(err)
	}
	m, err := ParseManifest(ours)
	if err != nil {
		t.Fatal(err)
	}
	if m.Engine != ThisEngine() {
		t.Fatalf("engine %+v, this build is %+v", m.Engine, ThisEngine())
	}
	m.Engine = ManifestEngine{Modified: "false", Module: "github.com/covey-labs/covey", Name: m.Engine.Name, Revision: "0123456789abcdef0123456789abcdef01234567", Version: "v9.9.9"}
	theirs, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `UPDATE settlement_epochs SET manifest = $1, manifest_hash = $2 WHERE epoch = 0`, theirs, ManifestHash(theirs).Hex()); err != nil {
		t.Fatal(err)
	}
	p, err := s.Prepare(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r := Compare(p, theirs, nil); r.OK() || len(r.Diffs) != 1 || !strings.Contains(r.Diffs[0], "engine:") {
		t.Fatalf("before adopting, only the engine should differ: %s", r)
	}
	eng, err := p.Adopt(theirs)
	if err != nil || eng != m.Engine || !bytes.Equal(p.Bytes, theirs) {
		t.Fatalf("adopting the published engine: %+v %v; bytes equal %v", eng, err, bytes.Equal(p.Bytes, theirs))
	}
	out, err := s.Settle(ctx, 0)
	if err != nil || out.Status != StatusMatched {
		t.Fatalf("re-check of an epoch another build stored: %+v %v", out, err)
	}
}
