package e2e

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/settlement"
	"github.com/covey-labs/covey/settlement/chainload"
)

// distributorOf binds the devnet's distributor for the root proposer, the guardian and reads.
type distributorOf struct {
	t        *testing.T
	addr     common.Address
	dn       *devnetChain
	c        *bindings.RewardsDistributor
	proposer *bind.TransactOpts
	guardian *bind.TransactOpts
}

func newDistributor(t *testing.T, dn *devnetChain) *distributorOf {
	t.Helper()
	c, err := bindings.NewRewardsDistributor(dn.d.Contracts[config.RewardsDistributor].Address, dn.client)
	if err != nil {
		t.Fatal(err)
	}
	opts := func(i int) *bind.TransactOpts {
		o, err := bind.NewKeyedTransactorWithChainID(anvil.DevAccount(i).Key, big.NewInt(dn.d.ChainID))
		if err != nil {
			t.Fatal(err)
		}
		o.GasLimit = 400_000
		return o
	}
	return &distributorOf{t: t, addr: dn.d.Contracts[config.RewardsDistributor].Address, dn: dn, c: c, proposer: opts(anvil.RootProposerIndex), guardian: opts(anvil.GuardianIndex)}
}

// mined waits for a transaction and fails the test unless it succeeded.
func (d *distributorOf) mined(tx *types.Transaction, err error) *types.Receipt {
	d.t.Helper()
	if err != nil {
		d.t.Fatal(err)
	}
	rc, err := bind.WaitMined(context.Background(), d.dn.client, tx)
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		d.t.Fatalf("transaction %s failed: %v", tx.Hash().Hex(), err)
	}
	return rc
}

// propose proposes a root for epoch e with the proposer key (what covey's publisher would send, or an attacker holding the key).
func (d *distributorOf) propose(e uint64, root, manifestHash common.Hash, total *big.Int) *types.Receipt {
	d.t.Helper()
	return d.mined(d.c.ProposeRoot(d.proposer, root, new(big.Int).SetUint64(e), total, manifestHash))
}

// accept warps past the timelock and accepts the pending root.
func (d *distributorOf) accept() {
	d.t.Helper()
	warp(d.t, context.Background(), d.dn.client, anvil.DistributorTimelock+1)
	d.mined(d.c.AcceptRoot(d.proposer))
}

// settledEpoch reads a settled epoch's root, manifest hash and total from the settlement tables.
func settledEpoch(t *testing.T, pool *pgxpool.Pool, e uint64) (root, manifestHash common.Hash, total *big.Int) {
	t.Helper()
	var r, mh, tot string
	if err := pool.QueryRow(context.Background(), `SELECT root, manifest_hash, total_cumulative::text FROM settlement_epochs WHERE epoch = $1`,
		int64(e)).Scan(&r, &mh, &tot); err != nil {
		t.Fatal(err)
	}
	total, _ = new(big.Int).SetString(tot, 10)
	return common.HexToHash(r), common.HexToHash(mh), total
}

// TestVerifierReproducesRootsFromAnRPC: the Verifier, given an RPC, the distributor and where manifests
// are (here the settler's manifest directory), reproduces every root covey settled and proposed on a
// simulated devnet: accepted epochs 0-2 and pending epoch 3, each recomputing one epoch only (its
// state carries over), and a cold verifier recomputes epochs 0-3 for epoch 3. A manifest that is not
// the one on-chain fails before anything in it is read; a root with one account +1 FLOCK under the
// honest manifest hash, and an unexpected policy, are differences.
func TestVerifierReproducesRootsFromAnRPC(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx := context.Background()
	dn := simulatedDevnet(t, 20, 4, 9)
	dir := t.TempDir()
	pool, pol, outs := settledDevnet(t, dn, dir)
	if len(outs) < 4 {
		t.Fatalf("settled %d epochs", len(outs))
	}
	dist := newDistributor(t, dn)
	for e := uint64(0); e < 4; e++ {
		root, mh, total := settledEpoch(t, pool, e)
		dist.propose(e, root, mh, total)
		if e < 3 {
			dist.accept()
		}
	}
	v := &settlement.Verifier{Chain: dn.client, Logs: chainload.FromClient(dn.client), Distributor: dist.addr, Manifests: &settlement.ManifestLocator{Base: dir}}
	for e := uint64(0); e < 4; e++ {
		r, err := v.Verify(ctx, e)
		if err != nil {
			t.Fatalf("epoch %d: %v", e, err)
		}
		want := "accepted"
		if e == 3 {
			want = "pending"
		}
		if !r.OK() || r.Recomputed != 1 || r.OnChain.Status != want {
			t.Fatalf("epoch %d (%s): recomputed %d epochs: %s", e, r.OnChain.Status, r.Recomputed, r)
		}
	}
	cold := &settlement.Verifier{Chain: dn.client, Logs: chainload.FromClient(dn.client), Distributor: dist.addr, Manifests: &settlement.ManifestLocator{Base: dir}}
	if r, err := cold.Verify(ctx, 3); err != nil || !r.OK() || r.Recomputed != 4 {
		t.Fatalf("cold verify of epoch 3: %v %s", err, r)
	}

	// A manifest whose hash is not the one on-chain: refused before it is parsed.
	bad := filepath.Join(t.TempDir(), "3.json")
	b, err := os.ReadFile(settlement.ManifestPath(dir, 3))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, append([]byte("not json at all "), b...), 0o644); err != nil {
		t.Fatal(err)
	}
	v2 := &settlement.Verifier{Chain: dn.client, Logs: chainload.FromClient(dn.client), Distributor: dist.addr, Manifests: &settlement.ManifestLocator{Epoch: 3, One: bad, Base: dir}}
	var na *settlement.ManifestNotAuthenticError
	if _, err := v2.Verify(ctx, 3); !errors.As(err, &na) || na.Epoch != 3 {
		t.Fatalf("unauthentic manifest: %v", err)
	}

	// The proposer key proposes epoch 3 again with one account +1 FLOCK under the honest manifest hash.
	dist.mined(dist.c.RevokePendingRoot(dist.guardian))
	m, err := settlement.ParseManifest(b)
	if err != nil {
		t.Fatal(err)
	}
	forgedRoot, forgedTotal := forge(t, m, m.Accounts[0].Account)
	dist.propose(3, forgedRoot, settlement.ManifestHash(b), forgedTotal)
	r, err := v.Verify(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	if r.OK() || r.Recomputed != 1 || !strings.Contains(r.String(), "root: on-chain (pending) "+strings.ToLower(forgedRoot.Hex())) ||
		!strings.Contains(r.String(), "totalCumulative: on-chain "+forgedTotal.String()) {
		t.Fatalf("forged root: %s", r)
	}

	// An auditor expecting another policy.
	other, err := pol.Hash()
	if err != nil {
		t.Fatal(err)
	}
	other[0] ^= 1
	v.ExpectPolicy = &other
	if r, err := v.Verify(ctx, 2); err != nil || r.OK() || !strings.Contains(r.String(), "policy: the manifest's policy hashes to") {
		t.Fatalf("unexpected policy: %v %s", err, r)
	}
}

// forge is a root over m's leaves with account's cumulative amount raised by 1 FLOCK, and its total.
func forge(t *testing.T, m *settlement.Manifest, account string) (common.Hash, *big.Int) {
	t.Helper()
	leaves := map[string]*big.Int{}
	total := new(big.Int)
	for _, a := range m.Accounts {
		c, _ := new(big.Int).SetString(a.Cumulative, 10)
		if a.Account == account {
			c.Add(c, big.NewInt(1e18))
		}
		leaves[a.Account] = c
		total.Add(total, c)
	}
	b, err := settlement.BalancesOf(leaves)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := settlement.BuildTree(b)
	if err != nil {
		t.Fatal(err)
	}
	return tr.Tree.Root(), total
}
