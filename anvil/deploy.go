package anvil

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
)

// Devnet parameters. They are short so a whole reward cycle (stake, unstake, withdraw, propose, accept)
// fits in a few simulated hours; mainnet values are the contracts' defaults (7 days, 1 day, 1 day).
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
	// FundedEpochs is how many epochs of emission Deploy pre-funds the distributor with.
	FundedEpochs = 30
)

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

// Role ids, keccak256 of the role names as the contracts define them.
var (
	roleSlasher      = crypto.Keccak256Hash([]byte("SLASHER_ROLE"))
	roleTaskAdmin    = crypto.Keccak256Hash([]byte("TASK_ADMIN_ROLE"))
	roleRootProposer = crypto.Keccak256Hash([]byte("ROOT_PROPOSER_ROLE"))
	roleGuardian     = crypto.Keccak256Hash([]byte("GUARDIAN_ROLE"))
)

// Emission returns the spec's emission of epoch e in wei (§3): emission0 * 0.9^floor(e/30), rounded down once.
func Emission(e uint64) *big.Int {
	k := int64(e / 30)
	num := new(big.Int).Mul(Emission0, new(big.Int).Exp(big.NewInt(9), big.NewInt(k), nil))
	return num.Quo(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil))
}

// Deploy deploys and wires the protocol on the devnet behind c from account 0, mining its own blocks at
// deterministic timestamps (automining is off meanwhile and back on after), and returns what it deployed with rpcURL as
// the RPC. Roles: account 0 is admin, TASK_ADMIN (Staking, TaskArena, FLAlliance) and treasury (it receives
// the whole FLOCK supply, slashed stake and marketplace fees); account 1 root proposer; account 2 guardian;
// account 3 slasher. Staking checks tasks against TaskArena; the Marketplace funds the distributor per task.
// FLAlliance holds Staking's SLASHER_ROLE (it slashes FL rounds' losers through slashTo, funding the
// distributor per task) and TASK_ADMIN_ROLE (it registers FL task ids). The distributor is
// funded with FundedEpochs epochs of emission and accounts 1..9 get 1M FLOCK each.
func Deploy(ctx context.Context, c *rpc.Client, rpcURL string) (config.Deployments, error) {
	ch, err := newChain(ctx, c)
	if err != nil {
		return config.Deployments{}, err
	}
	if err := ch.setAutomine(ctx, false); err != nil {
		return config.Deployments{}, err
	}
	defer func() { _ = deterministicTime(context.WithoutCancel(ctx), c) }()
	return deploy(ctx, ch, rpcURL)
}

func deploy(ctx context.Context, ch *chain, rpcURL string) (config.Deployments, error) {
	admin := DevAccount(AdminIndex)
	treasury := admin.Address
	be := ch.eth

	var (
		tokenAddr, stakingAddr, arenaAddr, distAddr, marketAddr, flAddr common.Address
		token                                                           *bindings.FlockToken
		staking                                                         *bindings.Staking
		arena                                                           *bindings.TaskArena
		dist                                                            *bindings.RewardsDistributor
		fl                                                              *bindings.FLAlliance
	)
	const deployGas = 6_000_000
	const flDeployGas = 8_000_000
	const callGas = 200_000
	reqs := []txReq{
		newTx(admin, deployGas, "deploy FlockToken", func(o *bind.TransactOpts) (tx *types.Transaction, err error) {
			tokenAddr, tx, token, err = bindings.DeployFlockToken(o, be, treasury, TotalSupply)
			return tx, err
		}),
		newTx(admin, deployGas, "deploy Staking", func(o *bind.TransactOpts) (tx *types.Transaction, err error) {
			stakingAddr, tx, staking, err = bindings.DeployStaking(o, be, tokenAddr, admin.Address, treasury)
			return tx, err
		}),
		newTx(admin, deployGas, "deploy TaskArena", func(o *bind.TransactOpts) (tx *types.Transaction, err error) {
			arenaAddr, tx, arena, err = bindings.DeployTaskArena(o, be, stakingAddr, admin.Address)
			return tx, err
		}),
		newTx(admin, deployGas, "deploy RewardsDistributor", func(o *bind.TransactOpts) (tx *types.Transaction, err error) {
			distAddr, tx, dist, err = bindings.DeployRewardsDistributor(o, be, tokenAddr, admin.Address)
			return tx, err
		}),
		newTx(admin, deployGas, "deploy Marketplace", func(o *bind.TransactOpts) (tx *types.Transaction, err error) {
			marketAddr, tx, _, err = bindings.DeployMarketplace(o, be, tokenAddr, arenaAddr, distAddr, treasury, admin.Address)
			return tx, err
		}),
		newTx(admin, flDeployGas, "deploy FLAlliance", func(o *bind.TransactOpts) (tx *types.Transaction, err error) {
			flAddr, tx, fl, err = bindings.DeployFLAlliance(o, be, stakingAddr, distAddr, treasury, admin.Address)
			return tx, err
		}),
		newTx(admin, callGas, "Staking.setTaskRegistry", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return staking.SetTaskRegistry(o, arenaAddr)
		}),
		newTx(admin, callGas, "Staking.grantRole(SLASHER)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return staking.GrantRole(o, roleSlasher, DevAccount(SlasherIndex).Address)
		}),
		newTx(admin, callGas, "Staking.grantRole(TASK_ADMIN)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return staking.GrantRole(o, roleTaskAdmin, admin.Address)
		}),
		// FLAlliance slashes through Staking.slashTo and registers its task ids with Staking.
		newTx(admin, callGas, "Staking.grantRole(SLASHER, FLAlliance)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return staking.GrantRole(o, roleSlasher, flAddr)
		}),
		newTx(admin, callGas, "Staking.grantRole(TASK_ADMIN, FLAlliance)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return staking.GrantRole(o, roleTaskAdmin, flAddr)
		}),
		newTx(admin, callGas, "FLAlliance.grantRole(TASK_ADMIN)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return fl.GrantRole(o, roleTaskAdmin, admin.Address)
		}),
		newTx(admin, callGas, "Staking.setCooldowns", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return staking.SetCooldowns(o, UnstakeCooldown, RewardShareCooldown)
		}),
		newTx(admin, callGas, "TaskArena.grantRole(TASK_ADMIN)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return arena.GrantRole(o, roleTaskAdmin, admin.Address)
		}),
		newTx(admin, callGas, "RewardsDistributor.grantRole(ROOT_PROPOSER)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return dist.GrantRole(o, roleRootProposer, DevAccount(RootProposerIndex).Address)
		}),
		newTx(admin, callGas, "RewardsDistributor.grantRole(GUARDIAN)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return dist.GrantRole(o, roleGuardian, DevAccount(GuardianIndex).Address)
		}),
		newTx(admin, callGas, "RewardsDistributor.setTimelock", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return dist.SetTimelock(o, DistributorTimelock)
		}),
	}
	funding := new(big.Int)
	for e := uint64(0); e < FundedEpochs; e++ {
		funding.Add(funding, Emission(e))
	}
	reqs = append(reqs,
		newTx(admin, callGas, "FlockToken.approve(distributor)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Approve(o, distAddr, funding)
		}),
		newTx(admin, callGas, "RewardsDistributor.fund", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return dist.Fund(o, big.NewInt(0), funding)
		}),
	)
	for i := 1; i < len(devKeys); i++ {
		to := DevAccount(i).Address
		reqs = append(reqs, newTx(admin, callGas, fmt.Sprintf("FlockToken.transfer(account %d)", i),
			func(o *bind.TransactOpts) (*types.Transaction, error) { return token.Transfer(o, to, devAccountFlock) }))
	}
	rs, err := ch.run(ctx, ch.now+BlockTime, reqs)
	if err != nil {
		return config.Deployments{}, fmt.Errorf("deploying: %w", err)
	}
	block := func(i int) uint64 { return rs[i].BlockNumber.Uint64() }
	return config.Deployments{
		ChainID:     ChainID,
		RPCURL:      rpcURL,
		DeployBlock: block(0),
		Contracts: map[string]config.Contract{
			config.FlockToken:         {Address: tokenAddr, StartBlock: block(0)},
			config.Staking:            {Address: stakingAddr, StartBlock: block(1)},
			config.TaskArena:          {Address: arenaAddr, StartBlock: block(2)},
			config.RewardsDistributor: {Address: distAddr, StartBlock: block(3)},
			config.Marketplace:        {Address: marketAddr, StartBlock: block(4)},
			config.FLAlliance:         {Address: flAddr, StartBlock: block(5)},
		},
		Treasury:     treasury,
		RootProposer: DevAccount(RootProposerIndex).Address,
		Guardian:     DevAccount(GuardianIndex).Address,
		Genesis:      Genesis,
	}, nil
}
