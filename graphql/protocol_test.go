package graphql

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/covey-labs/covey/contracts/bindings"
)

// fixtureContracts names the fixture's contract addresses as a config would.
var fixtureContracts = map[string]common.Address{"Staking": common.HexToAddress(staking), "TaskArena": common.HexToAddress(arena),
	"Marketplace": common.HexToAddress(market), "RewardsDistributor": common.HexToAddress(distrib)}

func roleID(name string) string {
	if name == "DEFAULT_ADMIN_ROLE" {
		return "0x" + strings.Repeat("0", 64)
	}
	return crypto.Keccak256Hash([]byte(name)).Hex()
}

// seedPower writes the fixture's access-control and parameter events: the deployment's roles and parameters
// in block 1 (finalized), a slasher revoked, the distributor paused and its timelock raised in block 6
// (safe), a second proposer, the manifest location and an unpause in block 9 (unsafe), and a role covey does
// not know. With the fixture's RootProposed (block 8) and RootAccepted (block 9), a root is pending at the
// safe head and none at the latest.
func seedPower(f *fixture) {
	grant := func(block, li int64, contract, role, account, sender string) {
		f.ev("ev_role_granted", block, li, contract, "role", roleID(role), "account", account, "sender", sender)
	}
	grant(1, 10, staking, "DEFAULT_ADMIN_ROLE", treasury, treasury)
	grant(1, 11, distrib, "DEFAULT_ADMIN_ROLE", treasury, treasury)
	grant(1, 12, distrib, "ROOT_PROPOSER_ROLE", eve, treasury)
	grant(1, 13, distrib, "GUARDIAN_ROLE", dave, treasury)
	grant(1, 14, staking, "SLASHER_ROLE", eve, treasury)
	grant(1, 15, arena, "MYSTERY_ROLE", carol, treasury)
	f.ev("ev_timelock_set", 1, 16, distrib, "timelock", 3600)
	f.ev("ev_fee_set", 1, 17, market, "fee_ppm", 50000)
	f.ev("ev_treasury_set", 1, 18, market, "treasury", treasury)
	f.ev("ev_cooldowns_set", 1, 19, staking, "unstake_cooldown", 604800, "reward_share_cooldown", 86400)
	f.ev("ev_role_revoked", 6, 10, staking, "role", roleID("SLASHER_ROLE"), "account", eve, "sender", treasury)
	f.ev("ev_paused", 6, 11, distrib, "account", dave)
	f.ev("ev_timelock_set", 6, 12, distrib, "timelock", 7200)
	grant(9, 10, distrib, "ROOT_PROPOSER_ROLE", bob, treasury)
	f.ev("ev_manifest_base_uri_set", 9, 11, distrib, "base_uri", "https://covey.example/manifests/")
	f.ev("ev_unpaused", 9, 12, distrib, "account", dave)
	f.ev("ev_role_admin_changed", 9, 13, arena, "role", roleID("MYSTERY_ROLE"), "previous_admin_role", roleID("DEFAULT_ADMIN_ROLE"),
		"new_admin_role", roleID("TASK_ADMIN_ROLE"))
}

// TestKnownRolesAreTheContracts: every *_ROLE constant of the protocol contracts is decoded by name, with its
// id as the contracts compute it.
func TestKnownRolesAreTheContracts(t *testing.T) {
	seen := 0
	for _, m := range []*bind.MetaData{bindings.StakingMetaData, bindings.TaskArenaMetaData, bindings.MarketplaceMetaData,
		bindings.RewardsDistributorMetaData, bindings.FLAllianceMetaData} {
		a, err := m.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		for name, method := range a.Methods {
			if !strings.HasSuffix(name, "_ROLE") || len(method.Inputs) != 0 {
				continue
			}
			seen++
			if got := roleNameOf(common.HexToHash(roleID(name))); got != name {
				t.Errorf("%s (%s) is decoded as %s", name, roleID(name), got)
			}
		}
	}
	if seen < 5 {
		t.Fatalf("only %d role constants in the bindings: the check looked in the wrong place", seen)
	}
	if got := roleNameOf(common.HexToHash(roleID("MYSTERY_ROLE"))); got != strings.ToLower(roleID("MYSTERY_ROLE")) {
		t.Errorf("an unknown role is shown as %s, want its id", got)
	}
}
