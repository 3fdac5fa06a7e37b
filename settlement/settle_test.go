package settlement

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/merkle"
	"github.com/covey-labs/covey/settlement/engine"
)

func TestSettleStoresEngineOutputAndRechecks(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	f := newFixture(t, pool)
	dir := t.TempDir()
	s := newSettler(t, pool, dir)

	f.epochActivity(0)
	// Not settleable until the head passes end + grace.
	f.head(testGenesis + testL + 30)
	var ns *NotSettleableError
	if _, err := s.Settle(ctx, 0); !errors.As(err, &ns) {
		t.Fatalf("settling before end+grace: want NotSettleableError, got %v", err)
	}
	f.head(testGenesis + testL + 61)

	out, err := s.Settle(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != StatusStored {
		t.Fatalf("status %s", out.Status)
	}

	// Amounts equal the engine's output on the hand-built input (what the fixture wrote).
	f.in.Epoch = 0
	want, err := engine.Compute(s.Policy, f.in)
	if err != nil {
		t.Fatal(err)
	}
	wantHash, err := InputHash(f.in)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	rows, err := pool.Query(ctx, `SELECT account, amount::text FROM merkle_leaves WHERE chain_id = $1 AND epoch = 0 AND amount > 0`, testChain)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var a, v string
		if err := rows.Scan(&a, &v); err != nil {
			t.Fatal(err)
		}
		got[a] = v
	}
	wantAmts := sortedAccounts(want)
	if len(got) != len(wantAmts) || len(got) < 5 {
		t.Fatalf("stored %d accounts, engine paid %d: %v vs %v", len(got), len(wantAmts), got, wantAmts)
	}
	for a, v := range wantAmts {
		if got[a] != v {
			t.Errorf("%s: stored %s, engine %s", a, got[a], v)
		}
	}
	var inputHash, snapHash string
	var snap int64
	var total string
	if err := pool.QueryRow(ctx, `SELECT input_hash, snapshot_block, snapshot_hash, total_epoch::text FROM settlement_epochs WHERE chain_id=$1 AND epoch=0`, testChain).
		Scan(&inputHash, &snap, &snapHash, &total); err != nil {
		t.Fatal(err)
	}
	if inputHash != wantHash.Hex() {
		t.Errorf("input hash %s, hand-built input hashes to %s", inputHash, wantHash.Hex())
	}
	sum := new(big.Int).Add(want.Emission, want.Revenue)
	if total != sum.String() {
		t.Errorf("total_epoch %s, want emission+revenue %s", total, sum)
	}
	// The snapshot is the last block before the end, not the head.
	var wantSnap int64
	if err := pool.QueryRow(ctx, `SELECT max(number) FROM blocks WHERE time < $1`, testGenesis+testL).Scan(&wantSnap); err != nil {
		t.Fatal(err)
	}
	if snap != wantSnap || snapHash != hash(wantSnap) {
		t.Errorf("snapshot %d %s, want %d", snap, snapHash, wantSnap)
	}
	// Breakdown rows add up to the amounts.
	var partsSum, rewardsSum string
	if err := pool.QueryRow(ctx, `SELECT (SELECT sum(amount) FROM epoch_reward_parts WHERE epoch=0)::text, (SELECT sum(amount) FROM merkle_leaves WHERE epoch=0)::text`).Scan(&partsSum, &rewardsSum); err != nil {
		t.Fatal(err)
	}
	if partsSum != rewardsSum {
		t.Errorf("breakdown sums to %s, rewards to %s", partsSum, rewardsSum)
	}
	var lb, pools int
	_ = pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM epoch_leaderboard WHERE epoch=0), (SELECT count(*) FROM epoch_pools WHERE epoch=0)`).Scan(&lb, &pools)
	if lb != 4 || pools != 2 {
		t.Errorf("leaderboard rows %d (want 4), pools %d (want 2)", lb, pools)
	}

	// Second run: a re-check that matches and stores nothing new.
	before := tableCounts(t, pool)
	out2, err := s.Settle(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if out2.Status != StatusMatched || out2.Root != out.Root {
		t.Fatalf("second settle: %s root %s (first %s)", out2.Status, out2.Root.Hex(), out.Root.Hex())
	}
	after := tableCounts(t, pool)
	for k, v := range before {
		if k != "settlement_runs" && after[k] != v {
			t.Errorf("%s: %d rows before the re-check, %d after", k, v, after[k])
		}
	}
	var settles, rechecks int
	_ = pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE kind='settle' AND status='stored'), count(*) FILTER (WHERE kind='recheck' AND status='matched') FROM settlement_runs`).Scan(&settles, &rechecks)
	if settles != 1 || rechecks != 1 {
		t.Errorf("runs: %d stored settles, %d matched rechecks; want 1 and 1", settles, rechecks)
	}

	// A tampered stored root is detected as a mismatch and left alone.
	if _, err := pool.Exec(ctx, `UPDATE settlement_epochs SET root = $1 WHERE epoch = 0`, hash(42)); err != nil {
		t.Fatal(err)
	}
	out3, err := s.Settle(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if out3.Status != StatusMismatch || out3.StoredRoot != hash(42) {
		t.Errorf("tampered root: status %s stored %s", out3.Status, out3.StoredRoot)
	}
	if _, err := pool.Exec(ctx, `UPDATE settlement_epochs SET root = $1 WHERE epoch = 0`, out.Root.Hex()); err != nil {
		t.Fatal(err)
	}

	// Epoch 2 cannot be settled before epoch 1.
	f.epochActivity(1)
	f.at(testGenesis + 2*testL + 10)
	f.at(testGenesis + 3*testL - 1)
	f.head(testGenesis + 3*testL + 100)
	if _, err := s.Settle(ctx, 2); !errors.Is(err, ErrNotInOrder) {
		t.Fatalf("settling epoch 2 before 1: %v", err)
	}

	// Epoch 1: cumulative = epoch 0 + epoch 1 for every account, and nobody drops out.
	out1, err := s.Settle(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var bad int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM merkle_leaves r1 LEFT JOIN merkle_leaves r0 ON r0.account = r1.account AND r0.epoch = 0
		WHERE r1.epoch = 1 AND r1.cumulative <> coalesce(r0.cumulative, 0) + r1.amount`).Scan(&bad); err != nil {
		t.Fatal(err)
	}
	var n0, n1 int
	_ = pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM merkle_leaves WHERE epoch=0), (SELECT count(*) FROM merkle_leaves WHERE epoch=1)`).Scan(&n0, &n1)
	if bad != 0 || n1 < n0 {
		t.Errorf("epoch 1: %d rows where cumulative != previous + amount; leaves %d -> %d", bad, n0, n1)
	}
	verifyStoredProofs(t, pool, 0)
	verifyStoredProofs(t, pool, 1)

	// The manifest: stored bytes are canonical, hash to the stored hash, match the file, and name the
	// previous root.
	var mb []byte
	var mh, path string
	if err := pool.QueryRow(ctx, `SELECT manifest, manifest_hash, manifest_path FROM settlement_epochs WHERE epoch = 1`).Scan(&mb, &mh, &path); err != nil {
		t.Fatal(err)
	}
	m, err := ParseManifest(mb)
	if err != nil {
		t.Fatal(err)
	}
	if ManifestHash(mb).Hex() != mh || mh != out1.ManifestHash.Hex() {
		t.Errorf("manifest hash %s, stored %s", ManifestHash(mb).Hex(), mh)
	}
	if m.PreviousRoot != out.Root.Hex() || m.Root != out1.Root.Hex() || m.Epoch != "1" {
		t.Errorf("manifest previousRoot %s root %s epoch %s", m.PreviousRoot, m.Root, m.Epoch)
	}
	fb, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(fb, mb) {
		t.Errorf("manifest file %s differs from the stored bytes (%v)", path, err)
	}
	if _, err := m.PolicyOf(); err != nil {
		t.Error(err)
	}
}

func tableCounts(t *testing.T, pool *pgxpool.Pool) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tb := range []string{"settlement_epochs", "epoch_reward_parts", "epoch_pools", "epoch_leaderboard", "merkle_leaves", "settlement_runs"} {
		var n int
		if err := pool.QueryRow(context.Background(), "SELECT count(*) FROM "+tb).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[tb] = n
	}
	return out
}

// verifyStoredProofs checks every proof of an epoch, derived from its stored tree, against its stored
// root with merkle.Verify.
func verifyStoredProofs(t *testing.T, pool *pgxpool.Pool, epoch int64) {
	t.Helper()
	ctx := context.Background()
	var rootHex string
	var leafCount int
	if err := pool.QueryRow(ctx, `SELECT root, leaf_count FROM settlement_epochs WHERE epoch = $1`, epoch).Scan(&rootHex, &leafCount); err != nil {
		t.Fatal(err)
	}
	root := common.HexToHash(rootHex)
	rows, err := pool.Query(ctx, `SELECT account, cumulative::text, merkle_proof(chain_id, epoch, tree_index) FROM merkle_leaves WHERE epoch = $1`, epoch)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var a, c string
		var proof []byte
		if err := rows.Scan(&a, &c, &proof); err != nil {
			t.Fatal(err)
		}
		if proof == nil || len(proof)%32 != 0 {
			t.Fatalf("%s: proof of %d bytes", a, len(proof))
		}
		ps := make([][32]byte, len(proof)/32)
		for i := range ps {
			copy(ps[i][:], proof[32*i:])
		}
		amt, _ := new(big.Int).SetString(c, 10)
		if !merkle.Verify(root, merkle.Leaf{Account: common.HexToAddress(a), Amount: amt}, ps) {
			t.Errorf("epoch %d: proof of %s does not verify", epoch, a)
		}
		n++
	}
	if n != leafCount || n == 0 {
		t.Errorf("epoch %d: %d leaves stored, leaf_count %d", epoch, n, leafCount)
	}
}

// A previous epoch whose published tree promised more than its rewards carry forward would make the
// next tree lower someone's cumulative amount: settlement refuses it and stores nothing.
func TestCumulateAndCheck(t *testing.T) {
	prev := balancesOf(t, map[string]*big.Int{nodeA: big.NewInt(10), nodeB: big.NewInt(5)})
	got, err := cumulate(prev, []engine.AccountResult{{Account: nodeA, Amount: big.NewInt(3)}, {Account: valX, Amount: big.NewInt(7)}})
	if err != nil {
		t.Fatal(err)
	}
	leaves := got.List()
	want := []AccountLeaf{{nodeA, big.NewInt(3), big.NewInt(13)}, {nodeB, big.NewInt(0), big.NewInt(5)}, {valX, big.NewInt(7), big.NewInt(7)}}
	if len(leaves) != len(want) {
		t.Fatalf("%v", leaves)
	}
	for i := range want {
		if leaves[i].Account != want[i].Account || leaves[i].Amount.Cmp(want[i].Amount) != 0 || leaves[i].Cumulative.Cmp(want[i].Cumulative) != 0 {
			t.Errorf("leaf %d: %+v want %+v", i, leaves[i], want[i])
		}
	}
	if err := CheckNoDecrease(prev, got); err != nil {
		t.Error(err)
	}
	if err := CheckNoDecrease(balancesOf(t, map[string]*big.Int{nodeA: big.NewInt(14)}), got); !errors.Is(err, ErrCumulativeDecrease) {
		t.Errorf("decrease not refused: %v", err)
	}
}
