package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/guard"
	"github.com/covey-labs/covey/internal/leafblock"
	"github.com/covey-labs/covey/settlement"
)

// guardRun is one `covey guard` process: its state file and metrics address.
type guardRun struct {
	t       *testing.T
	state   string
	metrics string
	kill    func()
}

// startGuard runs covey guard with the guardian key in its environment against rpc.
func startGuard(t *testing.T, e *env, rpcURL string, d config.Deployments, state string) *guardRun {
	t.Helper()
	g := &guardRun{t: t, state: state, metrics: fmt.Sprintf("127.0.0.1:%d", freePort(t))}
	guardian := hexutil.Encode(crypto.FromECDSA(anvil.DevAccount(anvil.GuardianIndex).Key))
	ge := *e
	ge.environ = append(append([]string(nil), e.environ...), "COVEY_GUARDIAN_KEY="+guardian, "COVEY_LOG_LEVEL=info")
	g.kill = ge.start("guard", "--rpc", rpcURL, "--distributor", d.Contracts[config.RewardsDistributor].Address.Hex(),
		"--state", state, "--metrics", g.metrics, "--poll", "200ms")
	return g
}

// record waits until the state file holds a record for root with one of the statuses.
func (g *guardRun) record(root common.Hash, statuses ...string) *guard.Record {
	g.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		var s guard.State
		if b, err := os.ReadFile(g.state); err == nil && json.Unmarshal(b, &s) == nil {
			for _, r := range s.Roots {
				for _, st := range statuses {
					if r.Root == root && r.Status == st {
						return r
					}
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	b, _ := os.ReadFile(g.state)
	g.t.Fatalf("no record of root %s as %v in the guard state:\n%s", root.Hex(), statuses, b)
	return nil
}

// metric reads one series from the guard's /metrics.
func (g *guardRun) metric(name string) float64 {
	g.t.Helper()
	res, err := http.Get("http://" + g.metrics + "/metrics")
	if err != nil {
		g.t.Fatal(err)
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 && f[0] == name {
			v, _ := strconv.ParseFloat(f[1], 64)
			return v
		}
	}
	g.t.Fatalf("no %s on the guard's /metrics", name)
	return 0
}

// waitMetric waits until a series of the guard's /metrics reads want.
func (g *guardRun) waitMetric(name string, want float64) {
	g.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for g.metric(name) != want {
		if time.Now().After(deadline) {
			g.t.Fatalf("%s is %v, want %v", name, g.metric(name), want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// sendRefusingProxy forwards JSON-RPC to url except eth_sendRawTransaction, which it refuses: an RPC
// fault between the guard signing a revocation and the chain seeing it.
func sendRefusingProxy(t *testing.T, url string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if bytes.Contains(body, []byte("eth_sendRawTransaction")) {
			var req struct {
				ID json.RawMessage `json:"id"`
			}
			_ = json.Unmarshal(body, &req)
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32000,"message":"injected: sending refused"}}`, req.ID)
			return
		}
		res, err := http.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer res.Body.Close()
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.Copy(w, res.Body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// castPropose proposes a root with Foundry's cast from the root proposer's key: what a thief holding
// that key would do, outside covey.
func castPropose(t *testing.T, d config.Deployments, e uint64, root, manifestHash common.Hash, total *big.Int) {
	t.Helper()
	cast := filepath.Join(repoRoot(t), "node_modules", ".bin", "cast")
	key := hexutil.Encode(crypto.FromECDSA(anvil.DevAccount(anvil.RootProposerIndex).Key))
	out, err := exec.Command(cast, "send", "--rpc-url", d.RPCURL, "--private-key", key,
		d.Contracts[config.RewardsDistributor].Address.Hex(), "proposeRoot(bytes32,uint256,uint256,bytes32)",
		root.Hex(), fmt.Sprint(e), total.String(), manifestHash.Hex()).CombinedOutput()
	if err != nil {
		t.Fatalf("cast send proposeRoot: %v\n%s", err, out)
	}
}

// revocations are the distributor's RootRevoked events of root, with the transactions that emitted them.
func revocations(t *testing.T, ctx context.Context, c *ethclient.Client, dist common.Address, root common.Hash) []types.Log {
	t.Helper()
	f, _ := bindings.NewRewardsDistributorFilterer(dist, c)
	it, err := f.FilterRootRevoked(&bind.FilterOpts{Context: ctx}, nil, [][32]byte{root})
	if err != nil {
		t.Fatal(err)
	}
	var out []types.Log
	for it.Next() {
		out = append(out, it.Event.Raw)
	}
	return out
}

// TestGuardEndToEnd is issue 16's proof for covey guard and the publisher's checks, through the binary
// on a devnet: (a) a root covey proposes is verified by the guard and accepted; (b) a root proposed with
// cast from the proposer key with one account +1 FLOCK (under the honest manifest hash) is refused by
// `covey settle --accept`, and the guard, started after it, revokes it before validAt; (c) the guard,
// its revocation signed and stored but not sent (its RPC refuses transactions), is killed -9 and
// restarted: the stored revocation is sent, mined before validAt, exactly one revokePendingRoot; then
// covey's own root for the epoch is verified and accepted. Last, a leaf edited by hand in the database
// makes `covey settle --publish` refuse, naming the account.
func TestGuardEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	e := newEnv(t)
	ctx := context.Background()
	d, client := e.devnetUp()
	distAddr := d.Contracts[config.RewardsDistributor].Address
	dist, _ := bindings.NewRewardsDistributor(distAddr, client)
	e.run("simulate", "--users", "20", "--epochs", "3", "--seed", "21")
	e.run("index", "--until-synced")
	apiPort := freePort(t)
	stopAPI := e.start("serve", "--listen", fmt.Sprintf("127.0.0.1:%d", apiPort))
	defer stopAPI()
	waitHTTP(t, fmt.Sprintf("http://127.0.0.1:%d/graphql", apiPort))
	admin, _ := bind.NewKeyedTransactorWithChainID(anvil.DevAccount(anvil.AdminIndex).Key, big.NewInt(d.ChainID))
	tx, err := dist.SetManifestBaseURI(admin, fmt.Sprintf("http://127.0.0.1:%d/manifests/", apiPort))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, client, tx); err != nil {
		t.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, envValue(e.environ, "DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	state := filepath.Join(e.dir, "guard-state.json")

	// (a) covey's root for epoch 0: verified by the guard, then accepted.
	g := startGuard(t, e, d.RPCURL, d, state)
	e.run("settle", "--epoch", "0", "--publish")
	root0, _, _ := settledEpoch(t, pool, 0)
	g.record(root0, guard.StatusVerified)
	if v := g.metric("covey_guard_roots_verified_total"); v < 1 {
		t.Fatalf("covey_guard_roots_verified_total %v", v)
	}
	warp(t, ctx, client, anvil.DistributorTimelock+1)
	e.run("settle", "--accept")
	if r, _ := dist.Root(&bind.CallOpts{Context: ctx}); common.Hash(r) != root0 {
		t.Fatalf("epoch 0 not accepted: root %x", r)
	}
	g.kill()

	// (b) With the guard down, a thief proposes epoch 1 with one account +1 FLOCK under the honest manifest hash.
	e.run("settle", "--epoch", "1")
	_, mh1, _ := settledEpoch(t, pool, 1)
	var honest1 []byte
	if err := pool.QueryRow(ctx, `SELECT manifest FROM settlement_epochs WHERE epoch = 1`).Scan(&honest1); err != nil {
		t.Fatal(err)
	}
	m1, err := settlement.ParseManifest(honest1)
	if err != nil {
		t.Fatal(err)
	}
	forgedRoot, forgedTotal := forge(t, m1, m1.Accounts[0].Account)
	castPropose(t, d, 1, forgedRoot, mh1, forgedTotal)
	out, err := e.try("settle", "--accept")
	if err == nil || !strings.Contains(out, "is not the settled one") {
		t.Fatalf("covey settle --accept with a root covey did not settle pending: %v\n%s", err, out)
	}
	p, _ := dist.PendingRoot(&bind.CallOpts{Context: ctx})
	g = startGuard(t, e, d.RPCURL, d, state)
	rec := g.record(forgedRoot, guard.StatusRevoked)
	revs := revocations(t, ctx, client, distAddr, forgedRoot)
	if len(revs) != 1 || revs[0].TxHash != rec.Tx {
		t.Fatalf("revocations of the forged root: %d (want 1, tx %s)", len(revs), rec.Tx.Hex())
	}
	if h, _ := client.HeaderByNumber(ctx, new(big.Int).SetUint64(revs[0].BlockNumber)); h.Time >= p.ValidAt {
		t.Fatalf("revoked at %d, validAt %d: too late", h.Time, p.ValidAt)
	}
	if g.metric("covey_guard_roots_mismatched_total") < 1 || g.metric("covey_guard_roots_revoked_total") != 1 {
		t.Fatalf("metrics after a revocation: mismatched %v revoked %v", g.metric("covey_guard_roots_mismatched_total"),
			g.metric("covey_guard_roots_revoked_total"))
	}
	g.kill()

	// (c) Again, with the guard's RPC refusing to send: it signs and stores the revocation, and is killed -9.
	guardian := anvil.DevAccount(anvil.GuardianIndex).Address
	nonce0, err := client.NonceAt(ctx, guardian, nil)
	if err != nil {
		t.Fatal(err)
	}
	forged2, total2 := forge(t, m1, m1.Accounts[1].Account)
	castPropose(t, d, 1, forged2, mh1, total2)
	p, _ = dist.PendingRoot(&bind.CallOpts{Context: ctx})
	g = startGuard(t, e, sendRefusingProxy(t, d.RPCURL), d, state)
	signed := g.record(forged2, guard.StatusRevokeSigned)
	g.kill()
	if n, _ := client.NonceAt(ctx, guardian, nil); n != nonce0 {
		t.Fatalf("the guardian sent %d transactions through a proxy refusing them", n-nonce0)
	}
	g = startGuard(t, e, d.RPCURL, d, state)
	rec = g.record(forged2, guard.StatusRevoked)
	revs = revocations(t, ctx, client, distAddr, forged2)
	if len(revs) != 1 || revs[0].TxHash != signed.Tx || rec.Tx != signed.Tx {
		t.Fatalf("after kill -9: %d revocations, mined tx %v, stored %s", len(revs), revs, signed.Tx.Hex())
	}
	if n, _ := client.NonceAt(ctx, guardian, nil); n != nonce0+1 {
		t.Fatalf("the guardian sent %d transactions, want exactly one revokePendingRoot", n-nonce0)
	}
	if h, _ := client.HeaderByNumber(ctx, new(big.Int).SetUint64(revs[0].BlockNumber)); h.Time >= p.ValidAt {
		t.Fatalf("revoked at %d, validAt %d: too late", h.Time, p.ValidAt)
	}

	// covey's own root for epoch 1: the publisher's self-check passes, the guard verifies it, it is accepted.
	e.run("settle", "--epoch", "1", "--publish")
	root1, _, _ := settledEpoch(t, pool, 1)
	g.record(root1, guard.StatusVerified)
	warp(t, ctx, client, anvil.DistributorTimelock+1)
	e.run("settle", "--accept")
	if r, _ := dist.Root(&bind.CallOpts{Context: ctx}); common.Hash(r) != root1 {
		t.Fatalf("epoch 1 not accepted: root %x", r)
	}
	g.waitMetric("covey_guard_pending_roots", 0)
	g.waitMetric("covey_guard_alarm", 0)
	g.kill()

	// A leaf edited by hand: the publisher refuses to propose and names the account.
	e.run("settle", "--epoch", "2")
	var chain int64
	if err := pool.QueryRow(ctx, `SELECT chain_id FROM settlement_epochs WHERE epoch = 2`).Scan(&chain); err != nil {
		t.Fatal(err)
	}
	leaves, err := leafblock.Read(ctx, pool, chain, 2)
	if err != nil || len(leaves) == 0 {
		t.Fatalf("epoch 2's leaves: %d (%v)", len(leaves), err)
	}
	edited := leaves[0]
	edited.Cumulative.Add(&edited.Cumulative, uint256.NewInt(1e18))
	if err := leafblock.Put(ctx, pool, chain, 2, edited); err != nil {
		t.Fatal(err)
	}
	victim := "0x" + hex.EncodeToString(edited.Account[:])
	out, err = e.try("settle", "--epoch", "2", "--publish")
	if err == nil || !strings.Contains(out, "does not reproduce from the chain") || !strings.Contains(out, "account "+victim+": stored leaf cumulative") {
		t.Fatalf("covey settle --publish over an edited leaf: %v\n%s", err, out)
	}
	if p, _ := dist.PendingRoot(&bind.CallOpts{Context: ctx}); p.Exists {
		t.Fatal("a root was proposed over an edited leaf")
	}
}
