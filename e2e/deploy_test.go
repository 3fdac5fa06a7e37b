package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/deploy"
)

// baseSepolia is the chain id the plain anvil takes, standing in for Base Sepolia.
const baseSepolia = 84532

// key is a test account.
type key struct {
	addr common.Address
	priv *ecdsa.PrivateKey
}

func newKey(t *testing.T) key {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return key{crypto.PubkeyToAddress(k.PublicKey), k}
}

// plainAnvil starts anvil with nothing but a chain id (no devnet setup: wall-clock time, no contracts).
func plainAnvil(t *testing.T, chainID int) (string, *ethclient.Client) {
	t.Helper()
	_, bin, err := anvil.FindAnvil(repoRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--chain-id", strconv.Itoa(chainID), "--silent")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	for i := 0; ; i++ {
		c, err := ethclient.Dial(url)
		if err == nil {
			if _, err = c.ChainID(context.Background()); err == nil {
				t.Cleanup(c.Close)
				return url, c
			}
			c.Close()
		}
		if i == 100 {
			t.Fatalf("anvil at %s: %v", url, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func rpcCall(t *testing.T, c *ethclient.Client, method string, args ...any) {
	t.Helper()
	if err := c.Client().CallContext(context.Background(), nil, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

// fundETH gives each address 100 ETH for gas.
func fundETH(t *testing.T, c *ethclient.Client, addrs ...common.Address) {
	t.Helper()
	for _, a := range addrs {
		rpcCall(t, c, "anvil_setBalance", a, (*hexutil.Big)(new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))))
	}
}

// transact signs with k and waits for the receipt, failing the test unless it succeeds.
func transact(t *testing.T, c *ethclient.Client, k key, label string, send func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	t.Helper()
	id, err := c.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(k.priv, id)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := send(opts)
	if err != nil {
		t.Fatalf("%s: %v", label, err)
	}
	rc, err := bind.WaitMined(context.Background(), c, tx)
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%s: %v (status %v)", label, err, rc)
	}
	return rc
}

// deployment is what a deploy test starts from: a plain anvil standing in for Base Sepolia, the
// "existing" FLOCK (a plain ERC-20 deployed first, its supply with holder), a multisig (an address
// with code, acted for through impersonation), the deployer's key in a Foundry keystore under home,
// and the role holders.
type deployment struct {
	url                                              string
	eth                                              *ethclient.Client
	forge                                            deploy.Forge
	home                                             string
	password                                         string
	flock                                            common.Address
	holder                                           key
	multisig                                         common.Address
	deployer, proposer, guardian, slasher, taskAdmin key
}

func newDeployment(t *testing.T) *deployment {
	t.Helper()
	f, err := deploy.FindForge(repoRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	url, eth := plainAnvil(t, baseSepolia)
	d := &deployment{url: url, eth: eth, forge: f, holder: newKey(t), deployer: newKey(t), proposer: newKey(t),
		guardian: newKey(t), slasher: newKey(t), taskAdmin: newKey(t),
		multisig: crypto.PubkeyToAddress(newKey(t).priv.PublicKey)}
	fundETH(t, eth, d.holder.addr, d.deployer.addr, d.proposer.addr, d.taskAdmin.addr, d.multisig)
	rpcCall(t, eth, "anvil_setCode", d.multisig, "0x60006000fd") // stands in for a Safe: code, no key
	supply := new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(1e18))
	transact(t, eth, d.holder, "deploy the existing FLOCK", func(o *bind.TransactOpts) (tx *types.Transaction, err error) {
		d.flock, tx, _, err = bindings.DeployFlockToken(o, eth, d.holder.addr, supply)
		return tx, err
	})

	// The deployer's key in a Foundry keystore: `--account deployer` reads ~/.foundry/keystores/deployer.
	d.home = t.TempDir()
	d.password = filepath.Join(d.home, "password")
	if err := os.WriteFile(d.password, []byte("correct horse\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(d.home, ".foundry", "keystores")
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(d.deployer.priv, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(acct.URL.Path, filepath.Join(dir, "deployer")); err != nil {
		t.Fatal(err)
	}
	return d
}

// params are the deploy parameters from the environment (the rest from config/deploy/base-sepolia.toml).
func (d *deployment) params(broadcastDir string) []string {
	return []string{
		"HOME=" + d.home,
		"FOUNDRY_BROADCAST=" + broadcastDir,
		"DEPLOY_PARAMS=../config/deploy/base-sepolia.toml",
		"DEPLOY_FLOCK_TOKEN=" + d.flock.Hex(),
		"DEPLOY_ADMIN=" + d.multisig.Hex(),
		"DEPLOY_TREASURY=" + d.multisig.Hex(),
		"DEPLOY_ROOT_PROPOSER=" + d.proposer.addr.Hex(),
		"DEPLOY_GUARDIAN=" + d.guardian.addr.Hex(),
		"DEPLOY_SLASHER=" + d.slasher.addr.Hex(),
		"DEPLOY_TASK_ADMIN=" + d.taskAdmin.addr.Hex(),
		"DEPLOY_MANIFEST_BASE_URI=https://covey.example/manifests/84532/",
	}
}

// deployCommand is the command docs/operating.md gives, with the keystore's password from a file.
func (d *deployment) deployCommand(url string) []string {
	return []string{"script", "script/Deploy.s.sol", "--rpc-url", url, "--account", "deployer",
		"--password-file", d.password, "--broadcast", "--slow"}
}

// TestDeployToBaseSepoliaWithExistingFlock is the operator's path on a real chain: the documented
// deploy command against an existing FLOCK, with the multisig, proposer and guardian from the
// environment; `covey config from-broadcast` writes the deployments file the Base Sepolia example
// names; covey indexes and reports status with that config; every admin role is the multisig's and
// the deployer holds none; a stake, a purchase and a settlement epoch (proposed by the proposer key,
// accepted after the timelock) go through; the multisig rotates the proposer.
func TestDeployToBaseSepoliaWithExistingFlock(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx := context.Background()
	d := newDeployment(t)
	e := newEnv(t)
	broadcastDir := filepath.Join(e.dir, "broadcast")
	if out, err := d.forge.Run(ctx, d.params(broadcastDir), d.deployCommand(d.url)...); err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}

	// The broadcast becomes the config: no address copied by hand.
	record := deploy.BroadcastPath(broadcastDir, baseSepolia)
	out := e.run("config", "from-broadcast", "--rpc", d.url, record)
	t.Logf("covey config from-broadcast:\n%s", out)
	dep, err := config.ReadDeployments(filepath.Join(e.dir, "deployments", "84532.json"))
	if err != nil {
		t.Fatal(err)
	}
	if dep.Contracts[config.FlockToken].Address != d.flock || dep.Admin != d.multisig || dep.Deployer != d.deployer.addr ||
		dep.RootProposer != d.proposer.addr || dep.Guardian != d.guardian.addr || dep.Treasury != d.multisig || dep.RPCURL != "" {
		t.Fatalf("deployments file %+v", dep)
	}
	example, err := os.ReadFile(filepath.Join(repoRoot(t), "config", "examples", "base-sepolia.toml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := strings.Replace(string(example), `manifest_dir = "/var/lib/covey/manifests"`,
		fmt.Sprintf("manifest_dir = %q", filepath.Join(e.dir, "manifests")), 1)
	if err := os.WriteFile(filepath.Join(e.dir, "covey.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	covey := func(args ...string) string {
		return e.run(append(args, "--config", "covey.toml", "--rpc", d.url)...)
	}

	checkHandedOver(t, ctx, d, dep)

	// A record the chain contradicts (here: a receipt from a block reorged out since) is refused.
	raw, err := os.ReadFile(record)
	if err != nil {
		t.Fatal(err)
	}
	var b deploy.Broadcast
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	tampered := strings.ReplaceAll(string(raw), b.Receipts[2].BlockHash.Hex(), common.Hash{1}.Hex())
	if tampered == string(raw) {
		t.Fatalf("receipt block hash %s not found in the record", b.Receipts[2].BlockHash)
	}
	if err := os.WriteFile(filepath.Join(e.dir, "reorged.json"), []byte(tampered), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := e.try("config", "from-broadcast", "--rpc", d.url, "--out", "reorged-deployments.json", "reorged.json"); err == nil ||
		!strings.Contains(out, "reorged out") {
		t.Errorf("from-broadcast took a record the chain contradicts: %v\n%s", err, out)
	}

	// Someone running the command again does not clobber the record with another deployment.
	if _, err := e.try("config", "from-broadcast", "--rpc", d.url, "--genesis", "2026-01-01T00:00:00Z", record); err == nil {
		t.Error("from-broadcast replaced a deployments file describing another genesis without --force")
	}

	// A stake, a purchase and a settlement epoch on that chain.
	lastEpoch := simulateEpoch(t, ctx, d, dep)
	rpcCall(t, d.eth, "anvil_mine", 40) // below the safe head (anvil: latest - 32), where covey reads
	covey("index", "--until-synced")
	var status struct {
		ChainID      int64            `json:"chain_id"`
		Safe         uint64           `json:"safe"`
		IndexedBlock uint64           `json:"indexed_block"`
		Events       map[string]int64 `json:"events"`
	}
	if err := json.Unmarshal([]byte(covey("status", "--json")), &status); err != nil {
		t.Fatal(err)
	}
	if status.ChainID != baseSepolia || status.IndexedBlock != status.Safe || status.Events["Staked"] != 3 ||
		status.Events["ModelPurchased"] != 1 || status.Events["TimelockSet"] < 1 || status.Events["FeeSet"] < 1 {
		t.Fatalf("status %+v", status)
	}

	e.environ = append(e.environ, "COVEY_PUBLISHER_KEY="+hexutil.Encode(crypto.FromECDSA(d.proposer.priv)))
	pool, err := pgxpool.New(ctx, envValue(e.environ, "DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	dist, err := bindings.NewRewardsDistributor(dep.Contracts[config.RewardsDistributor].Address, d.eth)
	if err != nil {
		t.Fatal(err)
	}
	timelock, err := dist.Timelock(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	for ep := uint64(0); ep <= lastEpoch; ep++ {
		covey("settle", "--epoch", fmt.Sprint(ep), "--publish")
		warp(t, ctx, d.eth, timelock+1)
		covey("settle", "--accept")
		root, err := dist.Root(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		var stored string
		if err := pool.QueryRow(ctx, `SELECT root FROM settlement_epochs WHERE chain_id=$1 AND epoch=$2`, baseSepolia, ep).Scan(&stored); err != nil {
			t.Fatal(err)
		}
		if stored != strings.ToLower(common.Hash(root).Hex()) {
			t.Fatalf("epoch %d: on-chain root %x, stored %s", ep, root, stored)
		}
	}
	var revenue string
	if err := pool.QueryRow(ctx, `SELECT revenue::text FROM settlement_epochs WHERE chain_id=$1 AND epoch=$2`, baseSepolia, lastEpoch).Scan(&revenue); err != nil || revenue == "0" {
		t.Fatalf("epoch %d settled without the purchase's revenue (%s, %v)", lastEpoch, revenue, err)
	}

	// Rotating a role later is the multisig's job: a new proposer in, the old one out.
	next := newKey(t)
	asMultisig(t, d, dep.Contracts[config.RewardsDistributor].Address, "grantRole", deploy.RoleRootProposer, next.addr)
	asMultisig(t, d, dep.Contracts[config.RewardsDistributor].Address, "revokeRole", deploy.RoleRootProposer, d.proposer.addr)
	for who, want := range map[common.Address]bool{next.addr: true, d.proposer.addr: false} {
		if got, err := deploy.HasRole(ctx, d.eth, dep.Contracts[config.RewardsDistributor].Address, deploy.RoleRootProposer, who); err != nil || got != want {
			t.Errorf("after rotation %s holds ROOT_PROPOSER_ROLE: %v (%v), want %v", who, got, err, want)
		}
	}
}

// checkHandedOver asks every protocol contract with hasRole: the multisig holds DEFAULT_ADMIN_ROLE,
// the deployer holds no role of the protocol, and each operating role is where the environment said.
func checkHandedOver(t *testing.T, ctx context.Context, d *deployment, dep config.Deployments) {
	t.Helper()
	has := func(contract string, role common.Hash, who common.Address) bool {
		ok, err := deploy.HasRole(ctx, d.eth, dep.Contracts[contract].Address, role, who)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	for _, name := range deploy.Protocol {
		if !has(name, deploy.RoleAdmin, d.multisig) {
			t.Errorf("%s: the multisig is not admin", name)
		}
		for _, r := range deploy.Roles {
			if has(name, r.ID, d.deployer.addr) {
				t.Errorf("%s: the deployer holds %s", name, r.Name)
			}
		}
	}
	for _, h := range []struct {
		contract string
		role     common.Hash
		who      common.Address
	}{
		{config.RewardsDistributor, deploy.RoleRootProposer, d.proposer.addr},
		{config.RewardsDistributor, deploy.RoleGuardian, d.guardian.addr},
		{config.Staking, deploy.RoleSlasher, d.slasher.addr},
		{config.Staking, deploy.RoleSlasher, dep.Contracts[config.FLAlliance].Address},
		{config.Staking, deploy.RoleTaskAdmin, dep.Contracts[config.FLAlliance].Address},
		{config.Staking, deploy.RoleTaskAdmin, d.taskAdmin.addr},
		{config.TaskArena, deploy.RoleTaskAdmin, d.taskAdmin.addr},
		{config.FLAlliance, deploy.RoleTaskAdmin, d.taskAdmin.addr},
	} {
		if !has(h.contract, h.role, h.who) {
			t.Errorf("%s: %s lacks %s", h.contract, h.who, h.role)
		}
	}
}

// simulateEpoch creates a task, stakes a node and two validators, scores a model, sells it once and
// funds the emission, then moves time past the epoch's end and grace; it returns that epoch.
func simulateEpoch(t *testing.T, ctx context.Context, d *deployment, dep config.Deployments) uint64 {
	t.Helper()
	addr := func(name string) common.Address { return dep.Contracts[name].Address }
	token, _ := bindings.NewFlockToken(d.flock, d.eth)
	staking, _ := bindings.NewStaking(addr(config.Staking), d.eth)
	arena, _ := bindings.NewTaskArena(addr(config.TaskArena), d.eth)
	market, _ := bindings.NewMarketplace(addr(config.Marketplace), d.eth)
	dist, _ := bindings.NewRewardsDistributor(addr(config.RewardsDistributor), d.eth)
	flock := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

	head, err := d.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	task := big.NewInt(1)
	transact(t, d.eth, d.taskAdmin, "createTask", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return arena.CreateTask(o, task, "ipfs://task-1", head.Time, head.Time+30*86400)
	})
	node, v1, v2, buyer := newKey(t), newKey(t), newKey(t), newKey(t)
	fundETH(t, d.eth, node.addr, v1.addr, v2.addr, buyer.addr)
	for _, k := range []key{node, v1, v2, buyer} {
		transact(t, d.eth, d.holder, "FLOCK to a user", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Transfer(o, k.addr, flock(10_000))
		})
	}
	for i, k := range []key{node, v1, v2} {
		role := uint8(2) // validator
		if i == 0 {
			role = 1 // node
		}
		transact(t, d.eth, k, "approve staking", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Approve(o, addr(config.Staking), flock(1_000))
		})
		transact(t, d.eth, k, "stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return staking.Stake(o, task, role, flock(1_000))
		})
	}
	transact(t, d.eth, node, "submitModel", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return arena.SubmitModel(o, task, crypto.Keccak256Hash([]byte("model")), "ipfs://model")
	})
	submission := big.NewInt(1)
	for i, k := range []key{v1, v2} {
		transact(t, d.eth, k, "submitScore", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return arena.SubmitScore(o, submission, uint32(800_000+100_000*i))
		})
	}
	transact(t, d.eth, node, "listModel", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return market.ListModel(o, task, submission, flock(100))
	})
	transact(t, d.eth, buyer, "approve marketplace", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return token.Approve(o, addr(config.Marketplace), flock(100))
	})
	transact(t, d.eth, buyer, "purchase", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return market.Purchase(o, big.NewInt(1))
	})

	now, err := d.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	epoch := (int64(now.Time) - dep.Genesis) / 86400
	emission := new(big.Int).Mul(flock(1074), big.NewInt(epoch+1)) // emission0 per epoch (no decay before epoch 30)
	transact(t, d.eth, d.holder, "approve distributor", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return token.Approve(o, addr(config.RewardsDistributor), emission)
	})
	transact(t, d.eth, d.holder, "fund emission", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return dist.Fund(o, big.NewInt(0), emission)
	})
	end := dep.Genesis + (epoch+1)*86400 + 600 // the epoch's end plus the policy's grace
	rpcCall(t, d.eth, "evm_setNextBlockTimestamp", end)
	rpcCall(t, d.eth, "evm_mine")
	return uint64(epoch)
}

// asMultisig sends a call from the multisig (anvil impersonates it: on Base its signers would).
func asMultisig(t *testing.T, d *deployment, to common.Address, method string, args ...any) {
	t.Helper()
	a, err := bindings.RewardsDistributorMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	rpcCall(t, d.eth, "anvil_impersonateAccount", d.multisig)
	var hash common.Hash
	if err := d.eth.Client().CallContext(context.Background(), &hash, "eth_sendTransaction", map[string]any{
		"from": d.multisig, "to": to, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(200_000)}); err != nil {
		t.Fatalf("%s as the multisig: %v", method, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rc, err := bind.WaitMinedHash(ctx, d.eth, hash)
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%s as the multisig: %v %v", method, err, rc)
	}
}

// TestDeployScriptStopsOnABadParameter: every parameter missing, and every kind of malformed or unsafe
// value, stops the documented deploy command before it sends anything (the deployer's nonce and the
// chain's head unchanged, no broadcast record) with a message naming the parameter. The same setup with
// nothing changed then deploys, so each refusal is the edit's doing.
func TestDeployScriptStopsOnABadParameter(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx := context.Background()
	d := newDeployment(t)
	broadcastDir := t.TempDir()
	eoa := newKey(t).addr
	required := []string{"FLOCK_TOKEN", "ADMIN", "TREASURY", "ROOT_PROPOSER", "GUARDIAN", "SLASHER", "TASK_ADMIN",
		"TIMELOCK", "FIRST_EPOCH", "MANIFEST_BASE_URI", "MARKETPLACE_FEE_PPM", "UNSTAKE_COOLDOWN", "REWARD_SHARE_COOLDOWN", "FL_SLASH_RATE_PPM", "FL_SLASH_TO_POOL_PPM",
		"FL_QUORUM_NUMERATOR", "FL_QUORUM_DENOMINATOR"}
	// set changes env: "K=V" sets DEPLOY_K, "K=" unsets it.
	type tc struct {
		name string
		set  []string
		want []string
	}
	var cases []tc
	for _, k := range required {
		cases = append(cases, tc{"missing " + k, []string{"PARAMS=", k + "="}, []string{"DEPLOY_" + k + ": missing"}})
	}
	cases = append(cases,
		tc{"all missing", nil, nil}, // filled in below
		tc{"not an address", []string{"ADMIN=0x123"}, []string{`DEPLOY_ADMIN: "0x123" is not an address`}},
		tc{"bad checksum", []string{"GUARDIAN=" + badChecksum(d.guardian.addr)}, []string{"DEPLOY_GUARDIAN: ", "fails its EIP-55 checksum"}},
		tc{"zero address", []string{"TREASURY=0x0000000000000000000000000000000000000000"}, []string{"DEPLOY_TREASURY: the zero address"}},
		tc{"not an integer", []string{"TIMELOCK=1d"}, []string{`DEPLOY_TIMELOCK: "1d" is not a non-negative integer`}},
		tc{"negative", []string{"UNSTAKE_COOLDOWN=-1"}, []string{`DEPLOY_UNSTAKE_COOLDOWN: "-1" is not a non-negative integer`}},
		tc{"timelock too long", []string{"TIMELOCK=2592001"}, []string{"DEPLOY_TIMELOCK: 2592001 is above the maximum 2592000"}},
		tc{"timelock too short", []string{"TIMELOCK=3600"}, []string{"DEPLOY_TIMELOCK: 3600 is below the distributor's minimum off the devnet"}},
		tc{"fee too high", []string{"MARKETPLACE_FEE_PPM=200001"}, []string{"DEPLOY_MARKETPLACE_FEE_PPM: 200001 is above the maximum 200000"}},
		tc{"cooldown too long", []string{"REWARD_SHARE_COOLDOWN=31536001"}, []string{"DEPLOY_REWARD_SHARE_COOLDOWN: 31536001 is above the maximum"}},
		tc{"slash rate above 1", []string{"FL_SLASH_RATE_PPM=1000001"}, []string{"DEPLOY_FL_SLASH_RATE_PPM: 1000001 is above the maximum 1000000"}},
		tc{"pool share above 1", []string{"FL_SLASH_TO_POOL_PPM=1000001"}, []string{"DEPLOY_FL_SLASH_TO_POOL_PPM: 1000001 is above the maximum 1000000"}},
		tc{"quorum above 1", []string{"FL_QUORUM_NUMERATOR=4"}, []string{"DEPLOY_FL_QUORUM_NUMERATOR: 4 is above the denominator 3"}},
		tc{"quorum of nothing", []string{"FL_QUORUM_DENOMINATOR=0"}, []string{"DEPLOY_FL_QUORUM_DENOMINATOR: must be > 0"}},
		tc{"not a bool", []string{"STAND_IN_TOKEN=yes"}, []string{`DEPLOY_STAND_IN_TOKEN: "yes" is not true or false`}},
		tc{"token and stand-in", []string{"STAND_IN_TOKEN=true", "STAND_IN_HOLDER=" + eoa.Hex(), "STAND_IN_SUPPLY=1"}, []string{"DEPLOY_FLOCK_TOKEN: set either it or DEPLOY_STAND_IN_TOKEN=true"}},
		tc{"token without code", []string{"FLOCK_TOKEN=" + eoa.Hex()}, []string{"DEPLOY_FLOCK_TOKEN: no contract at " + eoa.Hex()}},
		tc{"token not an ERC-20", []string{"FLOCK_TOKEN=" + d.multisig.Hex()}, []string{"DEPLOY_FLOCK_TOKEN: " + d.multisig.Hex() + " is not an 18-decimal ERC-20"}},
		tc{"admin without code", []string{"ADMIN=" + eoa.Hex()}, []string{"DEPLOY_ADMIN: " + eoa.Hex() + " has no code"}},
		tc{"guardian is the proposer", []string{"GUARDIAN=" + d.proposer.addr.Hex()}, []string{"DEPLOY_GUARDIAN: must not be the root proposer"}},
		tc{"proposer is the admin", []string{"ROOT_PROPOSER=" + d.multisig.Hex()}, []string{"DEPLOY_ROOT_PROPOSER: must not be the admin"}},
		tc{"slasher is the proposer", []string{"SLASHER=" + d.proposer.addr.Hex()}, []string{"DEPLOY_SLASHER: must not be the root proposer"}},
		tc{"task admin is the proposer", []string{"TASK_ADMIN=" + d.proposer.addr.Hex()}, []string{"DEPLOY_TASK_ADMIN: must not be the root proposer"}},
		tc{"slasher is the deployer", []string{"SLASHER=" + d.deployer.addr.Hex()}, []string{"DEPLOY_SLASHER: is the deployer"}},
		tc{"parameter file unreadable", []string{"PARAMS=/etc/hostname"}, []string{"DEPLOY_PARAMS: cannot read /etc/hostname"}},
		tc{"parameter file not TOML", []string{"PARAMS=../config/deploy/testdata/broken.toml"}, []string{"DEPLOY_PARAMS: ../config/deploy/testdata/broken.toml is not valid TOML"}},
		tc{"bad value in the file", []string{"PARAMS=../config/deploy/testdata/bad-values.toml"},
			[]string{`DEPLOY_TIMELOCK (timelock in ../config/deploy/testdata/bad-values.toml): "soon" is not a non-negative integer`}},
	)
	for i := range cases {
		if cases[i].name == "all missing" {
			cases[i].set = []string{"PARAMS="}
			for _, k := range required {
				cases[i].set = append(cases[i].set, k+"=")
				cases[i].want = append(cases[i].want, "DEPLOY_"+k+": missing")
			}
		}
	}
	// refuses runs forge on the chain behind eth and wants it to fail saying want, having sent nothing.
	refuses := func(t *testing.T, eth *ethclient.Client, env []string, args []string, want []string) {
		t.Helper()
		head, _ := eth.BlockNumber(ctx)
		out, err := d.forge.Run(ctx, env, args...)
		if err == nil {
			t.Fatalf("deployed:\n%s", deploy.LastLines(out, 20))
		}
		for _, w := range want {
			if !strings.Contains(string(out), w) {
				t.Errorf("output does not say %q:\n%s", w, deploy.LastLines(out, 20))
			}
		}
		if n, _ := eth.NonceAt(ctx, d.deployer.addr, nil); n != 0 {
			t.Errorf("the deployer sent %d transactions", n)
		}
		if h, _ := eth.BlockNumber(ctx); h != head {
			t.Errorf("head moved from %d to %d", head, h)
		}
		if records, _ := filepath.Glob(filepath.Join(broadcastDir, "*", "*", "run-latest.json")); len(records) > 0 {
			t.Errorf("a broadcast record was written: %v", records)
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			refuses(t, d.eth, edit(d.params(broadcastDir), c.set), d.deployCommand(d.url), c.want)
		})
	}
	t.Run("no wallet", func(t *testing.T) {
		refuses(t, d.eth, d.params(broadcastDir), []string{"script", "script/Deploy.s.sol", "--rpc-url", d.url, "--broadcast"},
			[]string{"no deployer: pass a wallet"})
	})

	// Base mainnet (chain 8453) takes only the real FLOCK, never a stand-in, and a multisig admin.
	mainnet, eth := plainAnvil(t, 8453)
	fundETH(t, eth, d.deployer.addr)
	for _, c := range []tc{
		{"mainnet: another token", nil, []string{"DEPLOY_FLOCK_TOKEN: on Base mainnet FLOCK is 0x5aB3D4c385B400F3aBB49e80DE2fAF6a88A7B691"}},
		{"mainnet: stand-in", []string{"FLOCK_TOKEN=", "STAND_IN_TOKEN=true", "STAND_IN_HOLDER=" + eoa.Hex(), "STAND_IN_SUPPLY=1"},
			[]string{"DEPLOY_STAND_IN_TOKEN: never on Base mainnet"}},
		{"mainnet: EOA admin", []string{"ADMIN=" + eoa.Hex(), "ALLOW_EOA_ADMIN=true"}, []string{"DEPLOY_ADMIN: " + eoa.Hex() + " has no code"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			refuses(t, eth, edit(d.params(broadcastDir), c.set), d.deployCommand(mainnet), c.want)
		})
	}

	// Nothing changed, the same setup deploys.
	if out, err := d.forge.Run(ctx, d.params(broadcastDir), d.deployCommand(d.url)...); err != nil {
		t.Fatalf("the unchanged parameters do not deploy: %v\n%s", err, deploy.LastLines(out, 20))
	}
	if n, _ := d.eth.NonceAt(ctx, d.deployer.addr, nil); n == 0 {
		t.Fatal("the unchanged parameters sent nothing")
	}
}

// edit applies "K=V" (set DEPLOY_K) and "K=" (unset DEPLOY_K) to env.
func edit(env []string, set []string) []string {
	out := append([]string(nil), env...)
	for _, s := range set {
		k, v, _ := strings.Cut(s, "=")
		k = "DEPLOY_" + k
		out = slices.DeleteFunc(out, func(e string) bool { return strings.HasPrefix(e, k+"=") })
		if v != "" {
			out = append(out, k+"="+v)
		}
	}
	return out
}

// badChecksum is a's EIP-55 form with the case of its first letter flipped.
func badChecksum(a common.Address) string {
	b := []byte(a.Hex())
	for i := 2; i < len(b); i++ {
		switch {
		case b[i] >= 'a' && b[i] <= 'f':
			b[i] -= 32
			return string(b)
		case b[i] >= 'A' && b[i] <= 'F':
			b[i] += 32
			return string(b)
		}
	}
	return string(b)
}
