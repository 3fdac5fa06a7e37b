package anvil

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/deploy"
)

// Devnet parameters. They are short so a whole reward cycle (stake, unstake, withdraw, propose, accept)
// fits in a few simulated hours; real chains take theirs from config/deploy/*.toml.
const (
	// Genesis is the devnet's genesis timestamp and epoch 0's start: 2026-01-01T00:00:00Z, a UTC midnight.
	Genesis = 1767225600
	// EpochLength is L of the reward spec (§1).
	EpochLength = 86400
	// Grace is the spec's settlement grace after an epoch's end (§1).
	Grace = 600
	// UnstakeCooldown is Staking's unstake/undelegate cooldown on the devnet (seconds).
	UnstakeCooldown = 3600
	// RewardShareCooldown is Staking's minimum time between reward-share changes on the devnet (seconds).
	RewardShareCooldown = 3600
	// DistributorTimelock is the RewardsDistributor's root timelock on the devnet (seconds).
	DistributorTimelock = 3600
	// MarketplaceFeePpm is the Marketplace's fee on the devnet (the contract's default, 5%).
	MarketplaceFeePpm = 50_000
	// FLSlashRatePpm and FLSlashToPoolPpm are FLAlliance's slash parameters on the devnet (the contract's
	// defaults, as in the reward policy: slashRate 0.10, slashToPool 0.90).
	FLSlashRatePpm   = 100_000
	FLSlashToPoolPpm = 900_000
	// FLQuorumNumerator and FLQuorumDenominator are FLAlliance's quorum on the devnet (REWARDS.md §11's default
	// flQuorum, 1/3, the contract's default too).
	FLQuorumNumerator   = 1
	FLQuorumDenominator = 3
	// FundedEpochs is how many epochs of emission Deploy pre-funds the distributor with.
	FundedEpochs = 30
	// FirstEpoch is the RewardsDistributor's first epoch: the devnet distributor exists from Genesis on.
	FirstEpoch = 0
)

// ManifestBaseURI is the devnet distributor's manifest base: where `covey serve`, at its default address, serves
// epoch N's manifest (`<base>N.json`), so `covey verify` finds it from the chain alone.
var ManifestBaseURI = "http://" + config.Defaults().API.Listen + "/manifests/"

var (
	// Ether is 10^18 (FLOCK has 18 decimals too).
	ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	// TotalSupply of the devnet FlockToken, all minted to the treasury: 1e9 FLOCK.
	TotalSupply = flock(1_000_000_000)
	// Emission0 is the reward spec's emission0 (§3): 1074 FLOCK per epoch.
	Emission0 = flock(1074)
	// devAccountFlock is the FLOCK each of the default accounts 1..9 receives.
	devAccountFlock = flock(1_000_000)
)

// flock returns n FLOCK in wei.
func flock(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// Emission returns the spec's emission of epoch e in wei (§3): emission0 * 0.9^floor(e/30), rounded down once.
func Emission(e uint64) *big.Int {
	k := int64(e / 30)
	num := new(big.Int).Mul(Emission0, new(big.Int).Exp(big.NewInt(9), big.NewInt(k), nil))
	return num.Quo(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil))
}

// Deploy deploys the protocol on the devnet behind c (reached at rpcURL) the way a real chain gets it:
// forge runs contracts/script/Deploy.s.sol with the devnet's parameters (devnetParams), sent unlocked
// from DeployerIndex, which ends up holding no role; the broadcast record is kept in broadcastDir. Then the
// devnet-only extras, in Go: the distributor is funded with FundedEpochs epochs of emission and accounts
// 1..9 get 1M FLOCK each. Blocks are stamped deterministically: one second apart while forge sends
// (anvil_setBlockTimestampInterval), then at explicit timestamps (automining off, back on after).
//
// Roles (devnetParams): account 0 is admin (every contract's DEFAULT_ADMIN_ROLE), TASK_ADMIN (Staking,
// TaskArena, FLAlliance) and treasury (it holds the stand-in FlockToken's whole supply and receives
// slashed stake and marketplace fees); account 1 root proposer; account 2 guardian; account 3 slasher.
// Staking checks tasks against TaskArena; the Marketplace funds the distributor per task. FLAlliance
// holds Staking's SLASHER_ROLE (it slashes FL rounds' losers through slashTo, funding the distributor
// per task) and TASK_ADMIN_ROLE (it registers FL task ids).
func Deploy(ctx context.Context, c *rpc.Client, rpcURL string, f deploy.Forge, broadcastDir string) (config.Deployments, error) {
	if err := deterministicTime(ctx, c); err != nil {
		return config.Deployments{}, err
	}
	d, err := runDeployScript(ctx, f, rpcURL, broadcastDir)
	if err != nil {
		return config.Deployments{}, err
	}
	ch, err := newChain(ctx, c)
	if err != nil {
		return config.Deployments{}, err
	}
	if err := ch.setAutomine(ctx, false); err != nil {
		return config.Deployments{}, err
	}
	defer func() { _ = deterministicTime(context.WithoutCancel(ctx), c) }()
	if err := fundDevnet(ctx, ch, d); err != nil {
		return config.Deployments{}, err
	}
	d.RPCURL = rpcURL
	d.Genesis = Genesis
	return d, nil
}

// devnetParams are Deploy.s.sol's parameters on the devnet (the environment variables it reads).
func devnetParams() []string {
	admin := DevAccount(AdminIndex).Address.Hex()
	return []string{
		"DEPLOY_STAND_IN_TOKEN=true",
		"DEPLOY_STAND_IN_HOLDER=" + admin,
		"DEPLOY_STAND_IN_SUPPLY=" + TotalSupply.String(),
		"DEPLOY_ADMIN=" + admin,
		"DEPLOY_ALLOW_EOA_ADMIN=true",
		"DEPLOY_TREASURY=" + admin,
		"DEPLOY_ROOT_PROPOSER=" + DevAccount(RootProposerIndex).Address.Hex(),
		"DEPLOY_GUARDIAN=" + DevAccount(GuardianIndex).Address.Hex(),
		"DEPLOY_SLASHER=" + DevAccount(SlasherIndex).Address.Hex(),
		"DEPLOY_TASK_ADMIN=" + admin,
		fmt.Sprintf("DEPLOY_TIMELOCK=%d", DistributorTimelock),
		fmt.Sprintf("DEPLOY_FIRST_EPOCH=%d", FirstEpoch),
		"DEPLOY_MANIFEST_BASE_URI=" + ManifestBaseURI,
		fmt.Sprintf("DEPLOY_MARKETPLACE_FEE_PPM=%d", MarketplaceFeePpm),
		fmt.Sprintf("DEPLOY_UNSTAKE_COOLDOWN=%d", UnstakeCooldown),
		fmt.Sprintf("DEPLOY_REWARD_SHARE_COOLDOWN=%d", RewardShareCooldown),
		fmt.Sprintf("DEPLOY_FL_SLASH_RATE_PPM=%d", FLSlashRatePpm),
		fmt.Sprintf("DEPLOY_FL_SLASH_TO_POOL_PPM=%d", FLSlashToPoolPpm),
		fmt.Sprintf("DEPLOY_FL_QUORUM_NUMERATOR=%d", FLQuorumNumerator),
		fmt.Sprintf("DEPLOY_FL_QUORUM_DENOMINATOR=%d", FLQuorumDenominator),
	}
}

// runDeployScript runs the deploy script against the devnet and reads what it deployed from the
// broadcast record. anvil must be automining.
func runDeployScript(ctx context.Context, f deploy.Forge, rpcURL, broadcastDir string) (config.Deployments, error) {
	record := deploy.BroadcastPath(broadcastDir, ChainID)
	if err := os.MkdirAll(broadcastDir, 0o755); err != nil {
		return config.Deployments{}, err
	}
	if err := os.Remove(record); err != nil && !errors.Is(err, os.ErrNotExist) {
		return config.Deployments{}, err
	}
	env := append(devnetParams(), "FOUNDRY_BROADCAST="+broadcastDir)
	out, err := f.Run(ctx, env, "script", deploy.Script, "--rpc-url", rpcURL,
		"--unlocked", "--sender", DevAccount(DeployerIndex).Address.Hex(), "--broadcast", "--slow")
	if logErr := os.WriteFile(filepath.Join(broadcastDir, "forge.log"), out, 0o644); logErr != nil && err == nil {
		err = logErr
	}
	if err != nil {
		return config.Deployments{}, fmt.Errorf("running the deploy script: %w\n%s", err, deploy.LastLines(out, 15))
	}
	b, err := deploy.ReadBroadcast(record)
	if err != nil {
		return config.Deployments{}, err
	}
	return b.Deployments()
}

// fundDevnet does what only the devnet gets: the treasury (account 0) funds the distributor with
// FundedEpochs epochs of emission and gives accounts 1..9 1M FLOCK each.
func fundDevnet(ctx context.Context, ch *chain, d config.Deployments) error {
	admin := DevAccount(AdminIndex)
	token, err := bindings.NewFlockToken(d.Contracts[config.FlockToken].Address, ch.eth)
	if err != nil {
		return err
	}
	distAddr := d.Contracts[config.RewardsDistributor].Address
	dist, err := bindings.NewRewardsDistributor(distAddr, ch.eth)
	if err != nil {
		return err
	}
	const callGas = 200_000
	funding := new(big.Int)
	for e := uint64(0); e < FundedEpochs; e++ {
		funding.Add(funding, Emission(e))
	}
	reqs := []txReq{
		newTx(admin, callGas, "FlockToken.approve(distributor)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Approve(o, distAddr, funding)
		}),
		newTx(admin, callGas, "RewardsDistributor.fund", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return dist.Fund(o, big.NewInt(0), funding)
		}),
	}
	for i := 1; i < len(devKeys); i++ {
		to := DevAccount(i).Address
		reqs = append(reqs, newTx(admin, callGas, fmt.Sprintf("FlockToken.transfer(account %d)", i),
			func(o *bind.TransactOpts) (*types.Transaction, error) { return token.Transfer(o, to, devAccountFlock) }))
	}
	if _, err := ch.run(ctx, ch.now+BlockTime, reqs); err != nil {
		return fmt.Errorf("funding the devnet: %w", err)
	}
	return nil
}
