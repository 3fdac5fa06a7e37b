package deploy

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/covey-labs/covey/config"
)

// Role ids of the protocol's contracts (keccak256 of the role names; the admin role is zero).
var (
	RoleAdmin        = common.Hash{}
	RoleSlasher      = crypto.Keccak256Hash([]byte("SLASHER_ROLE"))
	RoleTaskAdmin    = crypto.Keccak256Hash([]byte("TASK_ADMIN_ROLE"))
	RoleRootProposer = crypto.Keccak256Hash([]byte("ROOT_PROPOSER_ROLE"))
	RoleGuardian     = crypto.Keccak256Hash([]byte("GUARDIAN_ROLE"))
)

// Roles are every role the protocol's contracts define, by name, in a fixed order.
var Roles = []struct {
	Name string
	ID   common.Hash
}{
	{"DEFAULT_ADMIN_ROLE", RoleAdmin}, {"SLASHER_ROLE", RoleSlasher}, {"TASK_ADMIN_ROLE", RoleTaskAdmin},
	{"ROOT_PROPOSER_ROLE", RoleRootProposer}, {"GUARDIAN_ROLE", RoleGuardian},
}

// accessControl is OpenZeppelin AccessControl's hasRole, which every protocol contract has.
var accessControl = mustABI(`[{"type":"function","name":"hasRole","stateMutability":"view",
	"inputs":[{"name":"role","type":"bytes32"},{"name":"account","type":"address"}],"outputs":[{"name":"","type":"bool"}]}]`)

func mustABI(s string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(err)
	}
	return a
}

// HasRole asks the contract at addr whether account holds role.
func HasRole(ctx context.Context, c bind.ContractCaller, addr common.Address, role common.Hash, account common.Address) (bool, error) {
	var out []any
	bc := bind.NewBoundContract(addr, accessControl, c, nil, nil)
	if err := bc.Call(&bind.CallOpts{Context: ctx}, &out, "hasRole", role, account); err != nil {
		return false, fmt.Errorf("hasRole on %s: %w", addr, err)
	}
	return *abi.ConvertType(out[0], new(bool)).(*bool), nil
}

// holder is an account that must hold a role.
type holder struct {
	role    common.Hash
	account common.Address
	who     string
}

// CheckHandover asks the chain behind c whether the deployment d was handed over as Deploy.s.sol
// promises: d.Admin holds DEFAULT_ADMIN_ROLE on every protocol contract, the root proposer and the
// guardian hold their roles on the RewardsDistributor, and the deployer holds no role on any contract.
// It names every way it was not.
func CheckHandover(ctx context.Context, c bind.ContractCaller, d config.Deployments) error {
	var errs []error
	for _, name := range Protocol {
		addr := d.Contracts[name].Address
		want := []holder{{RoleAdmin, d.Admin, "the admin"}}
		if name == config.RewardsDistributor {
			want = append(want, holder{RoleRootProposer, d.RootProposer, "the root proposer"},
				holder{RoleGuardian, d.Guardian, "the guardian"})
		}
		for _, w := range want {
			ok, err := HasRole(ctx, c, addr, w.role, w.account)
			if err != nil {
				return err
			}
			if !ok {
				errs = append(errs, fmt.Errorf("%s %s lacks its role on %s %s", w.who, w.account, name, addr))
			}
		}
		for _, r := range Roles {
			held, err := HasRole(ctx, c, addr, r.ID, d.Deployer)
			if err != nil {
				return err
			}
			if held {
				errs = append(errs, fmt.Errorf("the deployer %s still holds %s on %s %s", d.Deployer, r.Name, name, addr))
			}
		}
	}
	return errors.Join(errs...)
}
