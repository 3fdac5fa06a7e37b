// Package e2e runs the demo's story headless against the real binary, a real anvil devnet, a real
// Postgres and (when REDIS_URL is set) Redis, and checks what users would check: every root on-chain
// equals the stored root, claims sent with the API's calldata pay exactly the claimable amount, a
// second claim pays nothing, GraphQL totals equal on-chain balances, `covey verify` reproduces every
// epoch, and killing covey mid-way changes nothing.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// env is one isolated covey installation: its own working directory, database and devnet port.
type env struct {
	t       *testing.T
	bin     string
	dir     string
	environ []string
	rpcURL  string
}

func repoRoot(t *testing.T) string {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", ".bin", "anvil")); err != nil {
		t.Fatalf("node_modules missing: run npm ci (%v)", err)
	}
	return root
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func newEnv(t *testing.T) *env {
	root := repoRoot(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "covey")
	build := exec.Command("go", "build", "-o", bin, "./cmd/covey")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building covey: %v\n%s", err, out)
	}
	// The binary finds node_modules (anvil, embedded postgres) by walking up from its working dir.
	if err := os.Symlink(filepath.Join(root, "node_modules"), filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "anvil"), 0o755); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, bin: bin, dir: dir}
	e.environ = append(os.Environ(),
		"DATABASE_URL="+pgtest.NewURL(t),
		"COVEY_PUBLISHER_KEY="+hexutil.Encode(crypto.FromECDSA(anvil.DevAccount(anvil.RootProposerIndex).Key)),
		"COVEY_LOG_LEVEL=warn",
		// Its own Redis namespace: concurrent runs sharing REDIS_URL never take each other's settlement lock.
		fmt.Sprintf("COVEY_REDIS_PREFIX=e2e-%d-%d:", os.Getpid(), time.Now().UnixNano()),
	)
	return e
}

// run executes covey and fails the test on a non-zero exit.
func (e *env) run(args ...string) string {
	e.t.Helper()
	out, err := e.try(args...)
	if err != nil {
		e.t.Fatalf("covey %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// runAfterLock is run for a command that may find the settlement lock held by a killed process: it
// is retried while covey says so, for up to twice the lock's 60 s TTL.
func (e *env) runAfterLock(args ...string) string {
	e.t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		out, err := e.try(args...)
		if err == nil {
			return out
		}
		if !strings.Contains(out, "lock held") || time.Now().After(deadline) {
			e.t.Fatalf("covey %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		e.t.Logf("covey %s: the killed settle's lock is still held; retrying", strings.Join(args, " "))
		time.Sleep(2 * time.Second)
	}
}

func (e *env) try(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.bin, args...)
	cmd.Dir = e.dir
	cmd.Env = e.environ
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// start runs covey in the background; the returned function kills it with SIGKILL (a crash).
func (e *env) start(args ...string) (kill func()) {
	cmd := exec.Command(e.bin, args...)
	cmd.Dir = e.dir
	cmd.Env = e.environ
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	return func() {
		_ = cmd.Process.Signal(syscall.SIGKILL)
		<-done
		e.t.Logf("covey %s (killed):\n%s", strings.Join(args, " "), lastLines(buf.String(), 5))
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// devnetUp starts the env's devnet on a free port (stopped when the test ends) and returns its
// deployments and a client (closed then too).
func (e *env) devnetUp() (config.Deployments, *ethclient.Client) {
	t := e.t
	t.Helper()
	port := freePort(t)
	stateDir := filepath.Join(e.dir, ".covey", "anvil")
	e.run("devnet", "up", "--port", fmt.Sprint(port), "--state-dir", stateDir)
	t.Cleanup(func() { _, _ = e.try("devnet", "down", "--port", fmt.Sprint(port), "--state-dir", stateDir) })
	d, err := config.ReadDeployments(filepath.Join(e.dir, "anvil", "deployments.json"))
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.Dial(d.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return d, client
}

// acceptEpoch settles epoch, proposes its root, warps past the timelock and accepts it.
func (e *env) acceptEpoch(ctx context.Context, client *ethclient.Client, epoch int) {
	e.t.Helper()
	e.run("settle", "--epoch", fmt.Sprint(epoch), "--publish")
	warp(e.t, ctx, client, anvil.DistributorTimelock+1)
	e.run("settle", "--accept")
}

func TestDemoStoryEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	e := newEnv(t)
	ctx := context.Background()
	d, client := e.devnetUp()

	e.run("simulate", "--users", "30", "--epochs", "3", "--seed", "7")

	// Crash the indexer (kill -9) mid-way, twice, then finish: the index must equal a clean one.
	for i := 0; i < 2; i++ {
		kill := e.start("index")
		time.Sleep(time.Duration(300+400*i) * time.Millisecond)
		kill()
	}
	e.run("index", "--until-synced")
	var status struct {
		IndexedBlock uint64           `json:"indexed_block"`
		Head         uint64           `json:"head"`
		Events       map[string]int64 `json:"events"`
	}
	if err := json.Unmarshal([]byte(e.run("status", "--json")), &status); err != nil {
		t.Fatal(err)
	}
	if status.IndexedBlock != status.Head {
		t.Fatalf("indexed %d, head %d", status.IndexedBlock, status.Head)
	}
	assertLogCounts(t, ctx, client, d, status.Events)

	pool, err := pgxpool.New(ctx, envValue(e.environ, "DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	dist, err := bindings.NewRewardsDistributor(d.Contracts[config.RewardsDistributor].Address, client)
	if err != nil {
		t.Fatal(err)
	}

	// Settle, propose, warp past the timelock and accept, epoch by epoch; kill a settle mid-way once.
	for ep := 0; ep < 3; ep++ {
		if ep == 1 {
			kill := e.start("settle", "--epoch", "1")
			time.Sleep(150 * time.Millisecond)
			kill()
		}
		if ep == 1 {
			// A settle killed while holding the Redis settlement lock blocks every other settler
			// until the lock's TTL runs out (by design: RELIABILITY.md O2); then the next one goes on.
			e.runAfterLock("settle", "--epoch", fmt.Sprint(ep), "--publish")
		} else {
			e.run("settle", "--epoch", fmt.Sprint(ep), "--publish")
		}
		warp(t, ctx, client, anvil.DistributorTimelock+1)
		e.run("settle", "--accept")
		onchainRoot, err := dist.Root(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		var stored string
		if err := pool.QueryRow(ctx, `SELECT root FROM settlement_epochs WHERE chain_id=$1 AND epoch=$2`, d.ChainID, ep).Scan(&stored); err != nil {
			t.Fatal(err)
		}
		if stored != strings.ToLower(common.Hash(onchainRoot).Hex()) {
			t.Fatalf("epoch %d: on-chain root %x, stored %s", ep, onchainRoot, stored)
		}
	}
	// Re-running settlement recomputes and matches; it never publishes twice.
	e.run("settle", "--all", "--publish")
	var proposals int
	e.run("index", "--until-synced")
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM ev_root_proposed`).Scan(&proposals); err != nil {
		t.Fatal(err)
	}
	if proposals != 3 {
		t.Fatalf("%d root proposals on-chain, want 3 (one per epoch)", proposals)
	}

	// A root promising more than was ever funded is refused on-chain.
	funded, err := dist.TotalFunded(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	proposer, _ := bind.NewKeyedTransactorWithChainID(anvil.DevAccount(anvil.RootProposerIndex).Key, big.NewInt(d.ChainID))
	proposer.GasLimit = 300_000
	next, err := dist.NextEpoch(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	if tx, err := dist.ProposeRoot(proposer, [32]byte{1}, next, new(big.Int).Add(funded, big.NewInt(1)), [32]byte{2}); err == nil {
		rc, err := bind.WaitMined(ctx, client, tx)
		if err == nil && rc.Status == types.ReceiptStatusSuccessful {
			t.Fatal("a root above the funded total was accepted for proposal")
		}
	}

	// Serve GraphQL; claim for several accounts with the API's calldata.
	apiPort := freePort(t)
	stopAPI := e.start("serve", "--listen", fmt.Sprintf("127.0.0.1:%d", apiPort))
	defer stopAPI()
	api := fmt.Sprintf("http://127.0.0.1:%d/graphql", apiPort)
	waitHTTP(t, api)

	var leaves []string
	rows, err := pool.Query(ctx, `SELECT account FROM merkle_leaves WHERE chain_id=$1 AND epoch=2 AND account <> $2 ORDER BY cumulative DESC LIMIT 5`,
		d.ChainID, strings.ToLower(d.Treasury.Hex()))
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var a string
		_ = rows.Scan(&a)
		leaves = append(leaves, a)
	}
	rows.Close()
	if len(leaves) < 3 {
		t.Fatalf("only %d leaves to claim", len(leaves))
	}
	token, _ := bindings.NewFlockToken(d.Contracts[config.FlockToken].Address, client)
	payer := anvil.DevAccount(9)
	for _, a := range leaves {
		c := queryClaim(t, api, a)
		if c.Claimable == "0" || c.Calldata == "" {
			t.Fatalf("%s: nothing claimable: %+v", a, c)
		}
		before, _ := token.BalanceOf(&bind.CallOpts{Context: ctx}, common.HexToAddress(a))
		rc := sendCalldata(t, ctx, client, d.ChainID, payer, common.HexToAddress(c.Distributor), hexutil.MustDecode(c.Calldata))
		if rc.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: claim with the API's calldata reverted", a)
		}
		after, _ := token.BalanceOf(&bind.CallOpts{Context: ctx}, common.HexToAddress(a))
		got := new(big.Int).Sub(after, before)
		if got.String() != c.Claimable {
			t.Fatalf("%s: paid %s, API said claimable %s", a, got, c.Claimable)
		}
		// The same calldata again pays nothing: the distributor refuses it.
		if _, err := client.EstimateGas(ctx, ethereum.CallMsg{From: payer.Address, To: ptr(common.HexToAddress(c.Distributor)), Data: hexutil.MustDecode(c.Calldata)}); err == nil {
			t.Fatalf("%s: a second claim would succeed", a)
		}
	}
	e.run("index", "--until-synced")
	// GraphQL's claimed totals equal the distributor's on-chain state, account by account and in sum.
	sum := new(big.Int)
	for _, a := range leaves {
		c := queryClaim(t, api, a)
		onchain, err := dist.Claimed(&bind.CallOpts{Context: ctx}, common.HexToAddress(a))
		if err != nil {
			t.Fatal(err)
		}
		if c.Claimed != onchain.String() || c.Claimable != "0" {
			t.Fatalf("%s: API claimed %s claimable %s, on-chain claimed %s", a, c.Claimed, c.Claimable, onchain)
		}
		sum.Add(sum, onchain)
	}
	total, _ := dist.TotalClaimed(&bind.CallOpts{Context: ctx})
	if sum.Cmp(total) != 0 {
		t.Fatalf("claims through the API sum to %s, distributor totalClaimed %s", sum, total)
	}

	// Auditors: the operator records where covey serve publishes manifests; then covey verify, alone in
	// an empty directory (no database, no node_modules, no config), reproduces every epoch from an RPC.
	admin, _ := bind.NewKeyedTransactorWithChainID(anvil.DevAccount(anvil.AdminIndex).Key, big.NewInt(d.ChainID))
	tx, err := dist.SetManifestBaseURI(admin, fmt.Sprintf("http://127.0.0.1:%d/manifests/", apiPort))
	if err != nil {
		t.Fatal(err)
	}
	if rc, err := bind.WaitMined(ctx, client, tx); err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("setManifestBaseURI: %v", err)
	}
	out, err := auditor(t, e.bin).try("verify", "--rpc", d.RPCURL, "--distributor", d.Contracts[config.RewardsDistributor].Address.Hex(), "--all")
	if err != nil || strings.Count(out, "verified: root") != 3 {
		t.Fatalf("verify --all from an empty directory: %v\n%s", err, out)
	}
}

// auditor is a covey installation with nothing but the binary: an empty working directory, and an
// environment with no DATABASE_URL, no REDIS_URL and no node_modules anywhere up the tree.
func auditor(t *testing.T, bin string) *env {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "covey"), b, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "node_modules")); err == nil {
		t.Fatalf("%s has node_modules above it", dir)
	}
	return &env{t: t, bin: filepath.Join(dir, "covey"), dir: dir, environ: []string{"PATH=/usr/bin:/bin", "HOME=" + dir}}
}

type claim struct {
	Claimable, Claimed, Calldata, Distributor string
}

func queryClaim(t *testing.T, api, account string) claim {
	t.Helper()
	q := fmt.Sprintf(`{ account(address: %q) { claim { claimable claimed calldata distributor } } }`, account)
	body, _ := json.Marshal(map[string]string{"query": q})
	resp, err := http.Post(api, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r struct {
		Data struct {
			Account struct {
				Claim struct {
					Claimable, Claimed string
					Calldata           *string
					Distributor        *string
				}
			}
		}
		Errors []json.RawMessage
	}
	if err := json.Unmarshal(raw, &r); err != nil || len(r.Errors) > 0 {
		t.Fatalf("claim query: %v %s", err, raw)
	}
	c := claim{Claimable: r.Data.Account.Claim.Claimable, Claimed: r.Data.Account.Claim.Claimed}
	if r.Data.Account.Claim.Calldata != nil {
		c.Calldata = *r.Data.Account.Claim.Calldata
	}
	if r.Data.Account.Claim.Distributor != nil {
		c.Distributor = *r.Data.Account.Claim.Distributor
	}
	return c
}

func sendCalldata(t *testing.T, ctx context.Context, c *ethclient.Client, chainID int64, from anvil.Account, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	nonce, err := c.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip, _ := c.SuggestGasTipCap(ctx)
	head, _ := c.HeaderByNumber(ctx, nil)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 300_000, To: &to, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(chainID)), from.Key)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	rc, err := bind.WaitMined(ctx, c, signed)
	if err != nil {
		t.Fatal(err)
	}
	return rc
}

func warp(t *testing.T, ctx context.Context, c *ethclient.Client, seconds uint64) {
	t.Helper()
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Client().CallContext(ctx, nil, "evm_setNextBlockTimestamp", h.Time+seconds); err != nil {
		t.Fatal(err)
	}
	if err := c.Client().CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
}

func waitHTTP(t *testing.T, url string) {
	for i := 0; i < 100; i++ {
		resp, err := http.Post(url, "application/json", strings.NewReader(`{"query":"{ status { chainId } }"}`))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s did not come up", url)
}

// assertLogCounts compares the index's per-event counts with an independent eth_getLogs sweep: every event of the
// protocol contracts' ABIs is counted.
func assertLogCounts(t *testing.T, ctx context.Context, c *ethclient.Client, d config.Deployments, counts map[string]int64) {
	t.Helper()
	var addrs []common.Address
	for _, ct := range d.Contracts {
		addrs = append(addrs, ct.Address)
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: addrs})
	if err != nil {
		t.Fatal(err)
	}
	byTopic := map[common.Hash]int64{}
	for _, l := range logs {
		byTopic[l.Topics[0]]++
	}
	for _, md := range []*bind.MetaData{bindings.StakingMetaData, bindings.TaskArenaMetaData, bindings.MarketplaceMetaData,
		bindings.RewardsDistributorMetaData, bindings.FLAllianceMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		for name, ev := range a.Events {
			want, ok := counts[name]
			if !ok {
				t.Errorf("%s: status does not count it", name)
				continue
			}
			if byTopic[ev.ID] != want {
				t.Errorf("%s: chain has %d logs, index has %d", name, byTopic[ev.ID], want)
			}
		}
	}
}

func envValue(environ []string, key string) string {
	for _, kv := range environ {
		if strings.HasPrefix(kv, key+"=") {
			return kv[len(key)+1:]
		}
	}
	return ""
}

func ptr[T any](v T) *T { return &v }
