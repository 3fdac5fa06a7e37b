package anvil

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/deploy"
)

// TestDevnetIsDeployedByTheDeployScript: `covey devnet up` deploys through contracts/script/Deploy.s.sol
// as a real chain does (deployer account 8, left with no role), and the wiring is the devnet's: every role
// where Deploy's doc says, every parameter the devnet's, the distributor funded and the accounts paid.
func TestDevnetIsDeployedByTheDeployScript(t *testing.T) {
	ctx := t.Context()
	_, d, c := startDevnet(t)
	eth := ethclient.NewClient(c)
	call := &bind.CallOpts{Context: ctx}
	admin, slasher := DevAccount(AdminIndex).Address, DevAccount(SlasherIndex).Address

	if d.Deployer != DevAccount(DeployerIndex).Address || d.Admin != admin || d.Treasury != admin ||
		d.RootProposer != DevAccount(RootProposerIndex).Address || d.Guardian != DevAccount(GuardianIndex).Address {
		t.Errorf("deployments: deployer %s admin %s treasury %s proposer %s guardian %s", d.Deployer, d.Admin, d.Treasury, d.RootProposer, d.Guardian)
	}
	if err := deploy.CheckHandover(ctx, eth, d); err != nil {
		t.Errorf("handover: %v", err)
	}
	for _, name := range append([]string{config.FlockToken}, deploy.Protocol...) {
		k := d.Contracts[name]
		if k.StartBlock < d.DeployBlock || k.Address == (common.Address{}) {
			t.Errorf("%s at %s from block %d (deployment from %d)", name, k.Address, k.StartBlock, d.DeployBlock)
		}
	}

	staking := d.Contracts[config.Staking].Address
	fl := d.Contracts[config.FLAlliance].Address
	for _, h := range []struct {
		contract string
		role     common.Hash
		account  common.Address
	}{
		{config.Staking, deploy.RoleSlasher, slasher},
		{config.Staking, deploy.RoleSlasher, fl},
		{config.Staking, deploy.RoleTaskAdmin, fl},
		{config.Staking, deploy.RoleTaskAdmin, admin},
		{config.TaskArena, deploy.RoleTaskAdmin, admin},
		{config.FLAlliance, deploy.RoleTaskAdmin, admin},
	} {
		ok, err := deploy.HasRole(ctx, eth, d.Contracts[h.contract].Address, h.role, h.account)
		if err != nil || !ok {
			t.Errorf("%s: %s lacks role %s (%v)", h.contract, h.account, h.role, err)
		}
	}

	st, err := bindings.NewStakingCaller(staking, eth)
	if err != nil {
		t.Fatal(err)
	}
	registry, _ := st.TaskRegistry(call)
	unstake, _ := st.UnstakeCooldown(call)
	share, _ := st.RewardShareCooldown(call)
	if registry != d.Contracts[config.TaskArena].Address || unstake != UnstakeCooldown || share != RewardShareCooldown {
		t.Errorf("Staking: registry %s, cooldowns %d/%d", registry, unstake, share)
	}
	dist, err := bindings.NewRewardsDistributorCaller(d.Contracts[config.RewardsDistributor].Address, eth)
	if err != nil {
		t.Fatal(err)
	}
	timelock, _ := dist.Timelock(call)
	funded, _ := dist.TotalFunded(call)
	want := new(big.Int)
	for e := uint64(0); e < FundedEpochs; e++ {
		want.Add(want, Emission(e))
	}
	if timelock != DistributorTimelock || funded.Cmp(want) != 0 {
		t.Errorf("RewardsDistributor: timelock %d, funded %s (want %s)", timelock, funded, want)
	}
	// The first root is for FirstEpoch, and `covey verify` finds epoch N's manifest where `covey serve` publishes it.
	next, _ := dist.NextEpoch(call)
	uri, _ := dist.ManifestURI(call, big.NewInt(3))
	if next == nil || next.Uint64() != FirstEpoch || uri != "http://127.0.0.1:8080/manifests/3.json" {
		t.Errorf("RewardsDistributor: next epoch %v (want %d), epoch 3's manifest at %q", next, FirstEpoch, uri)
	}
	market, err := bindings.NewMarketplaceCaller(d.Contracts[config.Marketplace].Address, eth)
	if err != nil {
		t.Fatal(err)
	}
	flc, err := bindings.NewFLAllianceCaller(fl, eth)
	if err != nil {
		t.Fatal(err)
	}
	fee, _ := market.FeePpm(call)
	rate, _ := flc.SlashRatePpm(call)
	toPool, _ := flc.SlashToPoolPpm(call)
	qn, _ := flc.FlQuorumNumerator(call)
	qd, _ := flc.FlQuorumDenominator(call)
	if fee != MarketplaceFeePpm || rate != FLSlashRatePpm || toPool != FLSlashToPoolPpm || qn != FLQuorumNumerator || qd != FLQuorumDenominator {
		t.Errorf("fee %d, FL slash rate %d, to pool %d, quorum %d/%d", fee, rate, toPool, qn, qd)
	}
	token, err := bindings.NewFlockTokenCaller(d.Contracts[config.FlockToken].Address, eth)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < 10; i++ {
		if b, _ := token.BalanceOf(call, DevAccount(i).Address); b.Cmp(devAccountFlock) != 0 {
			t.Errorf("account %d holds %s FLOCK wei, want %s", i, b, devAccountFlock)
		}
	}
}
