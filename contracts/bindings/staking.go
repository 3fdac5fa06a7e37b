// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// StakingWithdrawalRequest is an auto generated low-level Go binding around an user-defined struct.
type StakingWithdrawalRequest struct {
	Owner       common.Address
	AvailableAt uint64
	Withdrawn   bool
	Slashable   bool
	TaskId      *big.Int
	Amount      *big.Int
}

// StakingMetaData contains all meta data concerning the Staking contract.
var StakingMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slashRecipient_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_COOLDOWN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_OPEN_UNSTAKES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PPM\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SLASHER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TASK_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"delegate\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"participant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegatedTo\",\"inputs\":[{\"name\":\"participant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"delegationOf\",\"inputs\":[{\"name\":\"delegator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"participant\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastRequestId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openUnstakesOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingStakeOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registeredTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestOf\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structStaking.WithdrawalRequest\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"availableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"withdrawn\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"slashable\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requestUnstake\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardShareCooldown\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardShareInitialized\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardShareOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardShareSetAt\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"roleOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setCooldowns\",\"inputs\":[{\"name\":\"unstakeCooldown_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rewardShareCooldown_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardShare\",\"inputs\":[{\"name\":\"sigmaPpm\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlashRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTaskRegistry\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setWithdrawalGuard\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"guard\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slash\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashRecipient\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slashTo\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashableOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"taskKnown\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"taskRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalDelegated\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalOwnStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalPending\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"undelegate\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"participant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unstakeCooldown\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawalGuard\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"CooldownsSet\",\"inputs\":[{\"name\":\"unstakeCooldown\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rewardShareCooldown\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Delegated\",\"inputs\":[{\"name\":\"delegator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"participant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newDelegation\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardShareSet\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sigmaPpm\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"previousPpm\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlashRecipientSet\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Slashed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"slasher\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskRegistered\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskRegistrySet\",\"inputs\":[{\"name\":\"registry\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Undelegated\",\"inputs\":[{\"name\":\"delegator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"participant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newDelegation\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"availableAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnstakeRequested\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"availableAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WithdrawalGuardSet\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"guard\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WithdrawalSlashed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"slasher\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyWithdrawn\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CooldownTooLong\",\"inputs\":[{\"name\":\"cooldown\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InsufficientDelegation\",\"inputs\":[{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientStake\",\"inputs\":[{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidRewardShare\",\"inputs\":[{\"name\":\"sigmaPpm\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"NotAContract\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotAParticipant\",\"inputs\":[{\"name\":\"participant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotMatured\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"availableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotRequestOwner\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RewardShareCooldown\",\"inputs\":[{\"name\":\"nextAllowedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RoleMismatch\",\"inputs\":[{\"name\":\"existing\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"requested\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"RoleNotAllowedInTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SelfDelegation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TaskKindConflict\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyOpenUnstakes\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"open\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WithdrawalLocked\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"guard\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	Bin: "0x60a06040526003805461127560a71b600160a01b600160e01b0319909116179055600480546001600160401b03191662015180179055348015610040575f5ffd5b5060405161291438038061291483398101604081905261005f91610236565b600180556001600160a01b038316158061008057506001600160a01b038216155b8061009257506001600160a01b038116155b156100b05760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03838116608052600380546001600160a01b0319169183169190911790556100df5f83610176565b506040516001600160a01b03821681527fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d4339060200160405180910390a160035460045460408051600160a01b9093046001600160401b03908116845290911660208301527f035c8af3d3c4c059ac7c94b23949bf743034ed20e7959e3bd0279b272e9f5169910160405180910390a1505050610280565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610216575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101ce3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610219565b505f5b92915050565b6001600160a01b0381168114610233575f5ffd5b50565b5f5f5f60608486031215610248575f5ffd5b83516102538161021f565b60208501519093506102648161021f565b60408501519092506102758161021f565b809150509250925092565b6080516126606102b45f395f818161089601528181610d3a0152818161150301528181611b050152611d0801526126605ff3fe608060405234801561000f575f5ffd5b5060043610610297575f3560e01c80638b41d35f11610161578063d1547e8f116100ca578063ed94284511610084578063ed94284514610843578063f30ffc3c14610856578063f74f850a14610876578063f99b7d751461087e578063fc0c546a14610891578063fc2a88c3146108b8575f5ffd5b8063d1547e8f1461079b578063d547741f146107ae578063da805355146107c1578063dcb7501a146107d4578063eb61ab4e146107fb578063ed87169c1461080e575f5ffd5b8063b2065edb1161011b578063b2065edb146106fe578063b2d7806914610711578063b5c7e5a614610724578063b882b0a51461074e578063b90bbeda14610770578063cd28598514610792575f5ffd5b80638b41d35f146106585780638fb777411461066357806390cbee9d146106a357806391d14854146106d15780639e498f16146106e4578063a217fddf146106f7575f5ffd5b80634e6a77de116102035780636b4ed6d2116101bd5780636b4ed6d21461059d57806370f81f6c146105e75780637165b6a5146105fa5780637954eeda1461060d5780637eefd5ae1461063557806380d04de81461064f575f5ffd5b80634e6a77de146104d25780634f1c3fbc146104e55780635095af641461052557806353989b9c1461054c5780635a8ce3351461057757806368d4341f1461058a575f5ffd5b80632e1a7d4d116102545780632e1a7d4d146103645780632f2ff15d14610377578063324e03be1461038a57806336568abe146104a35780633d3185be146104b65780633f90916a146104c9575f5ffd5b806301ffc9a71461029b57806308f807f7146102c35780630d720bbc146102d85780630e496e3b146102f757806318fb907d1461032f578063248a9ca314610342575b5f5ffd5b6102ae6102a93660046122ce565b6108c1565b60405190151581526020015b60405180910390f35b6102d66102d13660046122f5565b6108f7565b005b6102e2620f424081565b60405163ffffffff90911681526020016102ba565b610321610305366004612333565b600960209081525f928352604080842090915290825290205481565b6040519081526020016102ba565b6102d661033d36600461235b565b610a4f565b61032161035036600461239e565b5f9081526020819052604090206001015490565b6102d661037236600461239e565b610ac4565b6102d66103853660046123b5565b610d70565b61044661039836600461239e565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f908152600d6020908152604091829020825160c08101845281546001600160a01b03811682526001600160401b03600160a01b8204169382019390935260ff600160e01b84048116151594820194909452600160e81b909204909216151560608201526001820154608082015260029091015460a082015290565b6040516102ba919081516001600160a01b031681526020808301516001600160401b0316908201526040808301511515908201526060808301511515908201526080808301519082015260a0918201519181019190915260c00190565b6102d66104b13660046123b5565b610d9a565b6102d66104c43660046123df565b610dd2565b61032160145481565b6102d66104e036600461240e565b610e59565b61050d6104f336600461239e565b60116020525f90815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020016102ba565b6103217f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3981565b60045461055f906001600160401b031681565b6040516001600160401b0390911681526020016102ba565b610321610585366004612436565b610f57565b610321610598366004612469565b6110d4565b6105d56105ab366004612333565b6001600160a01b03919091165f908152600660209081526040808320938352929052205460ff1690565b60405160ff90911681526020016102ba565b6102d66105f5366004612489565b6112a5565b610321610608366004612333565b6112fb565b61055f61061b3660046123df565b600b6020525f90815260409020546001600160401b031681565b60035461055f90600160a01b90046001600160401b031681565b61032160135481565b61055f6301e1338081565b6103216106713660046124b9565b6001600160a01b039283165f908152600860209081526040808320948352938152838220929094168152925290205490565b6102e26106b13660046123df565b6001600160a01b03165f908152600a602052604090205463ffffffff1690565b6102ae6106df3660046123b5565b61133c565b60025461050d906001600160a01b031681565b6103215f81565b6102d661070c366004612436565b611364565b6102d661071f3660046123df565b611535565b610321610732366004612333565b601060209081525f928352604080842090915290825290205481565b6102ae61075c36600461239e565b60056020525f908152604090205460ff1681565b6102ae61077e3660046123df565b600c6020525f908152604090205460ff1681565b61032160125481565b6102ae6107a936600461239e565b61158d565b6102d66107bc3660046123b5565b61163b565b60035461050d906001600160a01b031681565b6103217fb92c2a21703f3c072393dbfb80892d64c658be905cb04413ee31f582996f0bb281565b6102d661080936600461239e565b61165f565b61032161081c366004612333565b6001600160a01b03919091165f908152600760209081526040808320938352929052205490565b6102d66108513660046123b5565b61178d565b610869610864366004612333565b611895565b6040516102ba91906124f2565b610321600881565b6102d661088c366004612534565b611907565b61050d7f000000000000000000000000000000000000000000000000000000000000000081565b610321600e5481565b5f6001600160e01b03198216637965db0b60e01b14806108f157506301ffc9a760e01b6001600160e01b03198316145b92915050565b620f424063ffffffff8216111561092e5760405163fa976af760e01b815263ffffffff821660048201526024015b60405180910390fd5b335f908152600c602052604090205460ff16156109ac57600454335f908152600b6020526040812054909161096f916001600160401b039182169116612571565b9050806001600160401b03164210156109a65760405163d130ac4b60e01b81526001600160401b0382166004820152602401610925565b506109c6565b335f908152600c60205260409020805460ff191660011790555b335f818152600a60209081526040808320805463ffffffff19811663ffffffff888116918217909355600b855294839020805467ffffffffffffffff1916426001600160401b03161790558251948552169183018290529092917f116dfc377e1d8c1912e9a2a1daa8453f98cf2383e6115dcef1173d6faf0fed7e910160405180910390a25050565b7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e39610a7981611b38565b610a81611b42565b6001600160a01b038216610aa85760405163d92e233d60e01b815260040160405180910390fd5b610ab485858585611b6c565b610abd60018055565b5050505050565b610acc611b42565b5f818152600d6020526040902080546001600160a01b0316610b0457604051631f79bbe760e01b815260048101839052602401610925565b80546001600160a01b03163314610b315760405163b4a2c39b60e01b815260048101839052602401610925565b8054600160e01b900460ff1615610b5e576040516354225c2b60e01b815260048101839052602401610925565b8054600160a01b90046001600160401b0316421015610bab57805460405163eb2604d360e01b815260048101849052600160a01b9091046001600160401b03166024820152604401610925565b600181015460028201548254600160e81b900460ff1615610cc6575f828152601160205260409020546001600160a01b03168015801590610c5b5750604051638297e24f60e01b815233600482015260248101849052604481018690526001600160a01b03821690638297e24f90606401602060405180830381865afa158015610c37573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c5b9190612590565b15610c8b5760405163221ed09760e21b8152600481018690526001600160a01b0382166024820152604401610925565b610c96338487611d38565b335f90815260106020908152604080832086845290915281208054849290610cbf9084906125af565b9091555050505b825460ff60e01b1916600160e01b178355601480548291905f90610ceb9084906125af565b9091555050600183015460405182815285919033907f75e161b3e824b114fc1a33274bd7091918dd4e639cede50b78b15a4eea956a219060200160405180910390a4610d616001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383611e1f565b505050610d6d60018055565b50565b5f82815260208190526040902060010154610d8a81611b38565b610d948383611e7e565b50505050565b6001600160a01b0381163314610dc35760405163334bd91960e11b815260040160405180910390fd5b610dcd8282611f0d565b505050565b5f610ddc81611b38565b6001600160a01b038216610e035760405163d92e233d60e01b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0384169081179091556040519081527fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433906020015b60405180910390a15050565b5f610e6381611b38565b6301e133806001600160401b0384161115610e9c5760405163257a305360e11b81526001600160401b0384166004820152602401610925565b6301e133806001600160401b0383161115610ed55760405163257a305360e11b81526001600160401b0383166004820152602401610925565b6003805467ffffffffffffffff60a01b1916600160a01b6001600160401b03868116918202929092179092556004805467ffffffffffffffff191691851691821790556040805192835260208301919091527f035c8af3d3c4c059ac7c94b23949bf743034ed20e7959e3bd0279b272e9f5169910160405180910390a1505050565b5f610f60611b42565b815f03610f8057604051631f2a200560e01b815260040160405180910390fd5b335f90815260086020908152604080832087845282528083206001600160a01b038716845290915290205480831115610fd6576040516388c4fe8f60e01b81526004810182905260248101849052604401610925565b5f610fe184836125af565b335f9081526008602090815260408083208a845282528083206001600160a01b038a1684528252808320849055600982528083208a84529091528120805492935086929091906110329084906125af565b925050819055508360135f82825461104a91906125af565b909155505f905061105d33888784611f76565b60408051888152602081018690529081018390526001600160401b038216606082015291955091506001600160a01b03871690889033907f97c21bde1c35b48e9baceb87cfd46e20ab70d83c0ece7fc153049ecf577ee5d19060800160405180910390a45050506110cd60018055565b9392505050565b5f6110dd611b42565b815f036110fd57604051631f2a200560e01b815260040160405180910390fd5b335f90815260076020908152604080832086845290915290205480831115611142576040516322df051360e11b81526004810182905260248101849052604401610925565b335f908152600f602090815260408083208784529091529020805460081161118a57805460405163cc27648b60e01b8152610925918791600401918252602082015260400190565b5f61119585846125af565b335f9081526007602090815260408083208a845290915281208290556012805492935087929091906111c89084906125af565b909155505f90506111dc3388886001611f76565b84546001810186555f86815260208082209092018490553381526010825260408082208c83529092529081208054939850919350889261121d9084906125c2565b9091555050335f8181526006602090815260408083208b845282529182902054825160ff9091168152908101899052908101849052606081018790526001600160401b03831660808201528891907f6ccbfe3b673796acf277f98ced8589ea3dd664c39298848513597ebe869805a69060a00160405180910390a3505050506108f160018055565b7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e396112cf81611b38565b6112d7611b42565b6003546112f2908590859085906001600160a01b0316611b6c565b610d9460018055565b6001600160a01b0382165f8181526010602090815260408083208584528252808320549383526007825280832085845290915281205490916110cd916125c2565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61136c611b42565b805f0361138c57604051631f2a200560e01b815260040160405180910390fd5b336001600160a01b038316036113b5576040516352e0d04760e01b815260040160405180910390fd5b6001600160a01b0382165f90815260066020908152604080832086845290915290205460ff1661140a5760405163c336712d60e01b81526001600160a01b038316600482015260248101849052604401610925565b335f90815260086020908152604080832086845282528083206001600160a01b03861684529091528120546114409083906125c2565b335f90815260086020908152604080832088845282528083206001600160a01b03881684528252808320849055600982528083208884529091528120805492935084929091906114919084906125c2565b925050819055508160135f8282546114a991906125c2565b909155505060408051838152602081018390526001600160a01b03851691869133917f8e4c72aa40e18885715933ea60cf3763babe3f773c065f0ee36afa3431e195e6910160405180910390a461152b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308561208f565b50610dcd60018055565b5f61153f81611b38565b600280546001600160a01b0319166001600160a01b0384169081179091556040519081527f4715fd6f4842e6e403df2f1e267f2d0f35e827559281ffecdd92ea015d118a1490602001610e4d565b5f815f0361159c57505f919050565b5f8281526005602052604090205460ff16156115ba57506001919050565b6002546001600160a01b0316806115d45750600192915050565b60405163d90583df60e01b8152600481018490526001600160a01b0382169063d90583df90602401602060405180830381865afa158015611617573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110cd9190612590565b5f8281526020819052604090206001015461165581611b38565b610d948383611f0d565b7fb92c2a21703f3c072393dbfb80892d64c658be905cb04413ee31f582996f0bb261168981611b38565b815f036116ab57604051634899e04360e01b81525f6004820152602401610925565b6002546001600160a01b03168015801590611728575060405163d90583df60e01b8152600481018490526001600160a01b0382169063d90583df90602401602060405180830381865afa158015611704573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117289190612590565b1561174957604051630220a7af60e41b815260048101849052602401610925565b5f83815260056020526040808220805460ff191660011790555184917fd011d2f8788f45bc26f55052dc665b609543f8b9edbb82a51d929733849aa1c491a2505050565b7fb92c2a21703f3c072393dbfb80892d64c658be905cb04413ee31f582996f0bb26117b781611b38565b5f8381526005602052604090205460ff166117e857604051634899e04360e01b815260048101849052602401610925565b6001600160a01b0382161580159061180857506001600160a01b0382163b155b15611831576040516322a2d07b60e21b81526001600160a01b0383166004820152602401610925565b5f8381526011602090815260409182902080546001600160a01b0319166001600160a01b038616908117909155915191825284917f3d603293bde8ec37c3e6aa2be96cc73216de950636ab10f400c056f7a277c794910160405180910390a2505050565b6001600160a01b0382165f908152600f602090815260408083208484528252918290208054835181840281018401909452808452606093928301828280156118fa57602002820191905f5260205f20905b8154815260200190600101908083116118e6575b5050505050905092915050565b61190f611b42565b805f0361192f57604051631f2a200560e01b815260040160405180910390fd5b60ff821615806119425750600360ff8316115b15611965576040516378bc326f60e11b815260ff83166004820152602401610925565b61196e8361158d565b61198e57604051634899e04360e01b815260048101849052602401610925565b5f8381526005602052604090205460ff9081161515908316600314146119d357604051639ef7414360e01b81526004810184905260ff83166024820152604401610925565b335f90815260066020908152604080832086845290915290205460ff1680611a2057335f9081526006602090815260408083208784529091529020805460ff191660ff8516179055611a53565b8260ff168160ff1614611a5357604051632d7e789160e01b815260ff808316600483015284166024820152604401610925565b335f908152600760209081526040808320878452909152812054611a789084906125c2565b335f9081526007602090815260408083208984529091528120829055601280549293508592909190611aab9084906125c2565b90915550506040805160ff8616815260208101859052908101829052859033907f022dd619ee0d92140e5abde105761d6df71c05c4fcb761610ea0552064f91e6c9060600160405180910390a3611b2d6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308661208f565b5050610dcd60018055565b610d6d81336120c8565b600260015403611b6557604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b815f03611b8c57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0384165f81815260076020908152604080832087845282528083205493835260108252808320878452909152902054611bcc81836125c2565b841115611c0157611bdd81836125c2565b6040516322df051360e11b8152600481019190915260248101859052604401610925565b5f828510611c0f5782611c11565b845b90508015611cde575f611c2482856125af565b6001600160a01b0389165f9081526007602090815260408083208b84529091528120829055601280549293508492909190611c609084906125af565b90915550506001600160a01b038881165f8181526006602090815260408083208c845282529182902054825160ff9091168152908101869052908101849052918716606083015233608083015288917f11a4f7073bbd30bd554c749f90317604f61a8fe515da0f3cf5c2204f18771b549060a00160405180910390a3505b808514611cfb57611cfb8787611cf484896125af565b8588612105565b611d2f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168587611e1f565b50505050505050565b6001600160a01b0383165f908152600f602090815260408083208584529091528120805490915b83838281548110611d7257611d726125d5565b905f5260205f20015414611d9057611d89816125e9565b9050611d5f565b81611d9c8260016125c2565b1015611df45782611dae8260016125c2565b81548110611dbe57611dbe6125d5565b905f5260205f200154838281548110611dd957611dd96125d5565b5f91825260209091200155611ded816125e9565b9050611d90565b82805480611e0457611e04612601565b600190038181905f5260205f20015f90559055505050505050565b6040516001600160a01b03838116602483015260448201839052610dcd91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612262565b5f611e89838361133c565b611f06575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611ebe3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016108f1565b505f6108f1565b5f611f18838361133c565b15611f06575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016108f1565b5f5f600e5f8154611f86906125e9565b9182905550600354909250611fab90600160a01b90046001600160401b031642612571565b6040805160c0810182526001600160a01b03808a1682526001600160401b0380851660208085019182525f8587018181528b151560608801908152608088018f815260a089018f81528d8552600d909552988320975188549551925191511515600160e81b0260ff60e81b19921515600160e01b029290921661ffff60e01b1993909716600160a01b026001600160e01b031990961697169690961793909317929092169290921792909217835592516001830155915160029091015560148054929350869290919061207f9084906125c2565b9250508190555094509492505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610d949186918216906323b872dd90608401611e4c565b6120d2828261133c565b6121015760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610925565b5050565b61210f83836125af565b6001600160a01b0386165f908152601060209081526040808320888452909152812091909155601480548592906121479084906125af565b90915550506001600160a01b0385165f908152600f60209081526040808320878452909152902080545b8415611d2f5761218081612615565b90505f828281548110612195576121956125d5565b5f918252602080832090910154808352600d909152604082206002810154919350918190036121c657505050612171565b5f8189106121d457816121d6565b885b90506121e281836125af565b60028401556121f1818a6125af565b9850838a6001600160a01b038d167fbc0d6923cb946c5000dbd13b77d260699dce33d556b4af7f836964dc64e867d28461222b81886125af565b6040805192835260208301919091526001600160a01b038d169082015233606082015260800160405180910390a450505050612171565b5f5f60205f8451602086015f885af180612281576040513d5f823e3d81fd5b50505f513d915081156122985780600114156122a5565b6001600160a01b0384163b155b15610d9457604051635274afe760e01b81526001600160a01b0385166004820152602401610925565b5f602082840312156122de575f5ffd5b81356001600160e01b0319811681146110cd575f5ffd5b5f60208284031215612305575f5ffd5b813563ffffffff811681146110cd575f5ffd5b80356001600160a01b038116811461232e575f5ffd5b919050565b5f5f60408385031215612344575f5ffd5b61234d83612318565b946020939093013593505050565b5f5f5f5f6080858703121561236e575f5ffd5b61237785612318565b9350602085013592506040850135915061239360608601612318565b905092959194509250565b5f602082840312156123ae575f5ffd5b5035919050565b5f5f604083850312156123c6575f5ffd5b823591506123d660208401612318565b90509250929050565b5f602082840312156123ef575f5ffd5b6110cd82612318565b80356001600160401b038116811461232e575f5ffd5b5f5f6040838503121561241f575f5ffd5b612428836123f8565b91506123d6602084016123f8565b5f5f5f60608486031215612448575f5ffd5b8335925061245860208501612318565b929592945050506040919091013590565b5f5f6040838503121561247a575f5ffd5b50508035926020909101359150565b5f5f5f6060848603121561249b575f5ffd5b6124a484612318565b95602085013595506040909401359392505050565b5f5f5f606084860312156124cb575f5ffd5b6124d484612318565b9250602084013591506124e960408501612318565b90509250925092565b602080825282518282018190525f918401906040840190835b8181101561252957835183526020938401939092019160010161250b565b509095945050505050565b5f5f5f60608486031215612546575f5ffd5b83359250602084013560ff81168114612458575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156108f1576108f161255d565b5f602082840312156125a0575f5ffd5b815180151581146110cd575f5ffd5b818103818111156108f1576108f161255d565b808201808211156108f1576108f161255d565b634e487b7160e01b5f52603260045260245ffd5b5f600182016125fa576125fa61255d565b5060010190565b634e487b7160e01b5f52603160045260245ffd5b5f816126235761262361255d565b505f19019056fea264697066735822122068a8bc386d131cdb619633eaf77501ac9d77bfd454700ada4aa3aa648730d17264736f6c634300081c0033",
}

// StakingABI is the input ABI used to generate the binding from.
// Deprecated: Use StakingMetaData.ABI instead.
var StakingABI = StakingMetaData.ABI

// StakingBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StakingMetaData.Bin instead.
var StakingBin = StakingMetaData.Bin

// DeployStaking deploys a new Ethereum contract, binding an instance of Staking to it.
func DeployStaking(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, admin common.Address, slashRecipient_ common.Address) (common.Address, *types.Transaction, *Staking, error) {
	parsed, err := StakingMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StakingBin), backend, token_, admin, slashRecipient_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Staking{StakingCaller: StakingCaller{contract: contract}, StakingTransactor: StakingTransactor{contract: contract}, StakingFilterer: StakingFilterer{contract: contract}}, nil
}

// Staking is an auto generated Go binding around an Ethereum contract.
type Staking struct {
	StakingCaller     // Read-only binding to the contract
	StakingTransactor // Write-only binding to the contract
	StakingFilterer   // Log filterer for contract events
}

// StakingCaller is an auto generated read-only Go binding around an Ethereum contract.
type StakingCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StakingTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StakingTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StakingFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StakingFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StakingSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StakingSession struct {
	Contract     *Staking          // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StakingCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StakingCallerSession struct {
	Contract *StakingCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts  // Call options to use throughout this session
}

// StakingTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StakingTransactorSession struct {
	Contract     *StakingTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// StakingRaw is an auto generated low-level Go binding around an Ethereum contract.
type StakingRaw struct {
	Contract *Staking // Generic contract binding to access the raw methods on
}

// StakingCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StakingCallerRaw struct {
	Contract *StakingCaller // Generic read-only contract binding to access the raw methods on
}

// StakingTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StakingTransactorRaw struct {
	Contract *StakingTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStaking creates a new instance of Staking, bound to a specific deployed contract.
func NewStaking(address common.Address, backend bind.ContractBackend) (*Staking, error) {
	contract, err := bindStaking(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Staking{StakingCaller: StakingCaller{contract: contract}, StakingTransactor: StakingTransactor{contract: contract}, StakingFilterer: StakingFilterer{contract: contract}}, nil
}

// NewStakingCaller creates a new read-only instance of Staking, bound to a specific deployed contract.
func NewStakingCaller(address common.Address, caller bind.ContractCaller) (*StakingCaller, error) {
	contract, err := bindStaking(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StakingCaller{contract: contract}, nil
}

// NewStakingTransactor creates a new write-only instance of Staking, bound to a specific deployed contract.
func NewStakingTransactor(address common.Address, transactor bind.ContractTransactor) (*StakingTransactor, error) {
	contract, err := bindStaking(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StakingTransactor{contract: contract}, nil
}

// NewStakingFilterer creates a new log filterer instance of Staking, bound to a specific deployed contract.
func NewStakingFilterer(address common.Address, filterer bind.ContractFilterer) (*StakingFilterer, error) {
	contract, err := bindStaking(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StakingFilterer{contract: contract}, nil
}

// bindStaking binds a generic wrapper to an already deployed contract.
func bindStaking(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StakingMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Staking *StakingRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Staking.Contract.StakingCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Staking *StakingRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Staking.Contract.StakingTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Staking *StakingRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Staking.Contract.StakingTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Staking *StakingCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Staking.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Staking *StakingTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Staking.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Staking *StakingTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Staking.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Staking *StakingCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Staking *StakingSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Staking.Contract.DEFAULTADMINROLE(&_Staking.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Staking *StakingCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Staking.Contract.DEFAULTADMINROLE(&_Staking.CallOpts)
}

// MAXCOOLDOWN is a free data retrieval call binding the contract method 0x8b41d35f.
//
// Solidity: function MAX_COOLDOWN() view returns(uint64)
func (_Staking *StakingCaller) MAXCOOLDOWN(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "MAX_COOLDOWN")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXCOOLDOWN is a free data retrieval call binding the contract method 0x8b41d35f.
//
// Solidity: function MAX_COOLDOWN() view returns(uint64)
func (_Staking *StakingSession) MAXCOOLDOWN() (uint64, error) {
	return _Staking.Contract.MAXCOOLDOWN(&_Staking.CallOpts)
}

// MAXCOOLDOWN is a free data retrieval call binding the contract method 0x8b41d35f.
//
// Solidity: function MAX_COOLDOWN() view returns(uint64)
func (_Staking *StakingCallerSession) MAXCOOLDOWN() (uint64, error) {
	return _Staking.Contract.MAXCOOLDOWN(&_Staking.CallOpts)
}

// MAXOPENUNSTAKES is a free data retrieval call binding the contract method 0xf74f850a.
//
// Solidity: function MAX_OPEN_UNSTAKES() view returns(uint256)
func (_Staking *StakingCaller) MAXOPENUNSTAKES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "MAX_OPEN_UNSTAKES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXOPENUNSTAKES is a free data retrieval call binding the contract method 0xf74f850a.
//
// Solidity: function MAX_OPEN_UNSTAKES() view returns(uint256)
func (_Staking *StakingSession) MAXOPENUNSTAKES() (*big.Int, error) {
	return _Staking.Contract.MAXOPENUNSTAKES(&_Staking.CallOpts)
}

// MAXOPENUNSTAKES is a free data retrieval call binding the contract method 0xf74f850a.
//
// Solidity: function MAX_OPEN_UNSTAKES() view returns(uint256)
func (_Staking *StakingCallerSession) MAXOPENUNSTAKES() (*big.Int, error) {
	return _Staking.Contract.MAXOPENUNSTAKES(&_Staking.CallOpts)
}

// PPM is a free data retrieval call binding the contract method 0x0d720bbc.
//
// Solidity: function PPM() view returns(uint32)
func (_Staking *StakingCaller) PPM(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "PPM")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// PPM is a free data retrieval call binding the contract method 0x0d720bbc.
//
// Solidity: function PPM() view returns(uint32)
func (_Staking *StakingSession) PPM() (uint32, error) {
	return _Staking.Contract.PPM(&_Staking.CallOpts)
}

// PPM is a free data retrieval call binding the contract method 0x0d720bbc.
//
// Solidity: function PPM() view returns(uint32)
func (_Staking *StakingCallerSession) PPM() (uint32, error) {
	return _Staking.Contract.PPM(&_Staking.CallOpts)
}

// SLASHERROLE is a free data retrieval call binding the contract method 0x5095af64.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (_Staking *StakingCaller) SLASHERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "SLASHER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SLASHERROLE is a free data retrieval call binding the contract method 0x5095af64.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (_Staking *StakingSession) SLASHERROLE() ([32]byte, error) {
	return _Staking.Contract.SLASHERROLE(&_Staking.CallOpts)
}

// SLASHERROLE is a free data retrieval call binding the contract method 0x5095af64.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (_Staking *StakingCallerSession) SLASHERROLE() ([32]byte, error) {
	return _Staking.Contract.SLASHERROLE(&_Staking.CallOpts)
}

// TASKADMINROLE is a free data retrieval call binding the contract method 0xdcb7501a.
//
// Solidity: function TASK_ADMIN_ROLE() view returns(bytes32)
func (_Staking *StakingCaller) TASKADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "TASK_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TASKADMINROLE is a free data retrieval call binding the contract method 0xdcb7501a.
//
// Solidity: function TASK_ADMIN_ROLE() view returns(bytes32)
func (_Staking *StakingSession) TASKADMINROLE() ([32]byte, error) {
	return _Staking.Contract.TASKADMINROLE(&_Staking.CallOpts)
}

// TASKADMINROLE is a free data retrieval call binding the contract method 0xdcb7501a.
//
// Solidity: function TASK_ADMIN_ROLE() view returns(bytes32)
func (_Staking *StakingCallerSession) TASKADMINROLE() ([32]byte, error) {
	return _Staking.Contract.TASKADMINROLE(&_Staking.CallOpts)
}

// DelegatedTo is a free data retrieval call binding the contract method 0x0e496e3b.
//
// Solidity: function delegatedTo(address participant, uint256 taskId) view returns(uint256)
func (_Staking *StakingCaller) DelegatedTo(opts *bind.CallOpts, participant common.Address, taskId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "delegatedTo", participant, taskId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DelegatedTo is a free data retrieval call binding the contract method 0x0e496e3b.
//
// Solidity: function delegatedTo(address participant, uint256 taskId) view returns(uint256)
func (_Staking *StakingSession) DelegatedTo(participant common.Address, taskId *big.Int) (*big.Int, error) {
	return _Staking.Contract.DelegatedTo(&_Staking.CallOpts, participant, taskId)
}

// DelegatedTo is a free data retrieval call binding the contract method 0x0e496e3b.
//
// Solidity: function delegatedTo(address participant, uint256 taskId) view returns(uint256)
func (_Staking *StakingCallerSession) DelegatedTo(participant common.Address, taskId *big.Int) (*big.Int, error) {
	return _Staking.Contract.DelegatedTo(&_Staking.CallOpts, participant, taskId)
}

// DelegationOf is a free data retrieval call binding the contract method 0x8fb77741.
//
// Solidity: function delegationOf(address delegator, uint256 taskId, address participant) view returns(uint256)
func (_Staking *StakingCaller) DelegationOf(opts *bind.CallOpts, delegator common.Address, taskId *big.Int, participant common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "delegationOf", delegator, taskId, participant)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DelegationOf is a free data retrieval call binding the contract method 0x8fb77741.
//
// Solidity: function delegationOf(address delegator, uint256 taskId, address participant) view returns(uint256)
func (_Staking *StakingSession) DelegationOf(delegator common.Address, taskId *big.Int, participant common.Address) (*big.Int, error) {
	return _Staking.Contract.DelegationOf(&_Staking.CallOpts, delegator, taskId, participant)
}

// DelegationOf is a free data retrieval call binding the contract method 0x8fb77741.
//
// Solidity: function delegationOf(address delegator, uint256 taskId, address participant) view returns(uint256)
func (_Staking *StakingCallerSession) DelegationOf(delegator common.Address, taskId *big.Int, participant common.Address) (*big.Int, error) {
	return _Staking.Contract.DelegationOf(&_Staking.CallOpts, delegator, taskId, participant)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Staking *StakingCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Staking *StakingSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Staking.Contract.GetRoleAdmin(&_Staking.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Staking *StakingCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Staking.Contract.GetRoleAdmin(&_Staking.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Staking *StakingCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Staking *StakingSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Staking.Contract.HasRole(&_Staking.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Staking *StakingCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Staking.Contract.HasRole(&_Staking.CallOpts, role, account)
}

// LastRequestId is a free data retrieval call binding the contract method 0xfc2a88c3.
//
// Solidity: function lastRequestId() view returns(uint256)
func (_Staking *StakingCaller) LastRequestId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "lastRequestId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastRequestId is a free data retrieval call binding the contract method 0xfc2a88c3.
//
// Solidity: function lastRequestId() view returns(uint256)
func (_Staking *StakingSession) LastRequestId() (*big.Int, error) {
	return _Staking.Contract.LastRequestId(&_Staking.CallOpts)
}

// LastRequestId is a free data retrieval call binding the contract method 0xfc2a88c3.
//
// Solidity: function lastRequestId() view returns(uint256)
func (_Staking *StakingCallerSession) LastRequestId() (*big.Int, error) {
	return _Staking.Contract.LastRequestId(&_Staking.CallOpts)
}

// OpenUnstakesOf is a free data retrieval call binding the contract method 0xf30ffc3c.
//
// Solidity: function openUnstakesOf(address account, uint256 taskId) view returns(uint256[])
func (_Staking *StakingCaller) OpenUnstakesOf(opts *bind.CallOpts, account common.Address, taskId *big.Int) ([]*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "openUnstakesOf", account, taskId)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// OpenUnstakesOf is a free data retrieval call binding the contract method 0xf30ffc3c.
//
// Solidity: function openUnstakesOf(address account, uint256 taskId) view returns(uint256[])
func (_Staking *StakingSession) OpenUnstakesOf(account common.Address, taskId *big.Int) ([]*big.Int, error) {
	return _Staking.Contract.OpenUnstakesOf(&_Staking.CallOpts, account, taskId)
}

// OpenUnstakesOf is a free data retrieval call binding the contract method 0xf30ffc3c.
//
// Solidity: function openUnstakesOf(address account, uint256 taskId) view returns(uint256[])
func (_Staking *StakingCallerSession) OpenUnstakesOf(account common.Address, taskId *big.Int) ([]*big.Int, error) {
	return _Staking.Contract.OpenUnstakesOf(&_Staking.CallOpts, account, taskId)
}

// PendingStakeOf is a free data retrieval call binding the contract method 0xb5c7e5a6.
//
// Solidity: function pendingStakeOf(address account, uint256 taskId) view returns(uint256)
func (_Staking *StakingCaller) PendingStakeOf(opts *bind.CallOpts, account common.Address, taskId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "pendingStakeOf", account, taskId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PendingStakeOf is a free data retrieval call binding the contract method 0xb5c7e5a6.
//
// Solidity: function pendingStakeOf(address account, uint256 taskId) view returns(uint256)
func (_Staking *StakingSession) PendingStakeOf(account common.Address, taskId *big.Int) (*big.Int, error) {
	return _Staking.Contract.PendingStakeOf(&_Staking.CallOpts, account, taskId)
}

// PendingStakeOf is a free data retrieval call binding the contract method 0xb5c7e5a6.
//
// Solidity: function pendingStakeOf(address account, uint256 taskId) view returns(uint256)
func (_Staking *StakingCallerSession) PendingStakeOf(account common.Address, taskId *big.Int) (*big.Int, error) {
	return _Staking.Contract.PendingStakeOf(&_Staking.CallOpts, account, taskId)
}

// RegisteredTask is a free data retrieval call binding the contract method 0xb882b0a5.
//
// Solidity: function registeredTask(uint256 taskId) view returns(bool)
func (_Staking *StakingCaller) RegisteredTask(opts *bind.CallOpts, taskId *big.Int) (bool, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "registeredTask", taskId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// RegisteredTask is a free data retrieval call binding the contract method 0xb882b0a5.
//
// Solidity: function registeredTask(uint256 taskId) view returns(bool)
func (_Staking *StakingSession) RegisteredTask(taskId *big.Int) (bool, error) {
	return _Staking.Contract.RegisteredTask(&_Staking.CallOpts, taskId)
}

// RegisteredTask is a free data retrieval call binding the contract method 0xb882b0a5.
//
// Solidity: function registeredTask(uint256 taskId) view returns(bool)
func (_Staking *StakingCallerSession) RegisteredTask(taskId *big.Int) (bool, error) {
	return _Staking.Contract.RegisteredTask(&_Staking.CallOpts, taskId)
}

// RequestOf is a free data retrieval call binding the contract method 0x324e03be.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint64,bool,bool,uint256,uint256))
func (_Staking *StakingCaller) RequestOf(opts *bind.CallOpts, requestId *big.Int) (StakingWithdrawalRequest, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "requestOf", requestId)

	if err != nil {
		return *new(StakingWithdrawalRequest), err
	}

	out0 := *abi.ConvertType(out[0], new(StakingWithdrawalRequest)).(*StakingWithdrawalRequest)

	return out0, err

}

// RequestOf is a free data retrieval call binding the contract method 0x324e03be.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint64,bool,bool,uint256,uint256))
func (_Staking *StakingSession) RequestOf(requestId *big.Int) (StakingWithdrawalRequest, error) {
	return _Staking.Contract.RequestOf(&_Staking.CallOpts, requestId)
}

// RequestOf is a free data retrieval call binding the contract method 0x324e03be.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint64,bool,bool,uint256,uint256))
func (_Staking *StakingCallerSession) RequestOf(requestId *big.Int) (StakingWithdrawalRequest, error) {
	return _Staking.Contract.RequestOf(&_Staking.CallOpts, requestId)
}

// RewardShareCooldown is a free data retrieval call binding the contract method 0x53989b9c.
//
// Solidity: function rewardShareCooldown() view returns(uint64)
func (_Staking *StakingCaller) RewardShareCooldown(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "rewardShareCooldown")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// RewardShareCooldown is a free data retrieval call binding the contract method 0x53989b9c.
//
// Solidity: function rewardShareCooldown() view returns(uint64)
func (_Staking *StakingSession) RewardShareCooldown() (uint64, error) {
	return _Staking.Contract.RewardShareCooldown(&_Staking.CallOpts)
}

// RewardShareCooldown is a free data retrieval call binding the contract method 0x53989b9c.
//
// Solidity: function rewardShareCooldown() view returns(uint64)
func (_Staking *StakingCallerSession) RewardShareCooldown() (uint64, error) {
	return _Staking.Contract.RewardShareCooldown(&_Staking.CallOpts)
}

// RewardShareInitialized is a free data retrieval call binding the contract method 0xb90bbeda.
//
// Solidity: function rewardShareInitialized(address account) view returns(bool)
func (_Staking *StakingCaller) RewardShareInitialized(opts *bind.CallOpts, account common.Address) (bool, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "rewardShareInitialized", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// RewardShareInitialized is a free data retrieval call binding the contract method 0xb90bbeda.
//
// Solidity: function rewardShareInitialized(address account) view returns(bool)
func (_Staking *StakingSession) RewardShareInitialized(account common.Address) (bool, error) {
	return _Staking.Contract.RewardShareInitialized(&_Staking.CallOpts, account)
}

// RewardShareInitialized is a free data retrieval call binding the contract method 0xb90bbeda.
//
// Solidity: function rewardShareInitialized(address account) view returns(bool)
func (_Staking *StakingCallerSession) RewardShareInitialized(account common.Address) (bool, error) {
	return _Staking.Contract.RewardShareInitialized(&_Staking.CallOpts, account)
}

// RewardShareOf is a free data retrieval call binding the contract method 0x90cbee9d.
//
// Solidity: function rewardShareOf(address account) view returns(uint32)
func (_Staking *StakingCaller) RewardShareOf(opts *bind.CallOpts, account common.Address) (uint32, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "rewardShareOf", account)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// RewardShareOf is a free data retrieval call binding the contract method 0x90cbee9d.
//
// Solidity: function rewardShareOf(address account) view returns(uint32)
func (_Staking *StakingSession) RewardShareOf(account common.Address) (uint32, error) {
	return _Staking.Contract.RewardShareOf(&_Staking.CallOpts, account)
}

// RewardShareOf is a free data retrieval call binding the contract method 0x90cbee9d.
//
// Solidity: function rewardShareOf(address account) view returns(uint32)
func (_Staking *StakingCallerSession) RewardShareOf(account common.Address) (uint32, error) {
	return _Staking.Contract.RewardShareOf(&_Staking.CallOpts, account)
}

// RewardShareSetAt is a free data retrieval call binding the contract method 0x7954eeda.
//
// Solidity: function rewardShareSetAt(address account) view returns(uint64)
func (_Staking *StakingCaller) RewardShareSetAt(opts *bind.CallOpts, account common.Address) (uint64, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "rewardShareSetAt", account)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// RewardShareSetAt is a free data retrieval call binding the contract method 0x7954eeda.
//
// Solidity: function rewardShareSetAt(address account) view returns(uint64)
func (_Staking *StakingSession) RewardShareSetAt(account common.Address) (uint64, error) {
	return _Staking.Contract.RewardShareSetAt(&_Staking.CallOpts, account)
}

// RewardShareSetAt is a free data retrieval call binding the contract method 0x7954eeda.
//
// Solidity: function rewardShareSetAt(address account) view returns(uint64)
func (_Staking *StakingCallerSession) RewardShareSetAt(account common.Address) (uint64, error) {
	return _Staking.Contract.RewardShareSetAt(&_Staking.CallOpts, account)
}

// RoleOf is a free data retrieval call binding the contract method 0x6b4ed6d2.
//
// Solidity: function roleOf(address account, uint256 taskId) view returns(uint8)
func (_Staking *StakingCaller) RoleOf(opts *bind.CallOpts, account common.Address, taskId *big.Int) (uint8, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "roleOf", account, taskId)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// RoleOf is a free data retrieval call binding the contract method 0x6b4ed6d2.
//
// Solidity: function roleOf(address account, uint256 taskId) view returns(uint8)
func (_Staking *StakingSession) RoleOf(account common.Address, taskId *big.Int) (uint8, error) {
	return _Staking.Contract.RoleOf(&_Staking.CallOpts, account, taskId)
}

// RoleOf is a free data retrieval call binding the contract method 0x6b4ed6d2.
//
// Solidity: function roleOf(address account, uint256 taskId) view returns(uint8)
func (_Staking *StakingCallerSession) RoleOf(account common.Address, taskId *big.Int) (uint8, error) {
	return _Staking.Contract.RoleOf(&_Staking.CallOpts, account, taskId)
}

// SlashRecipient is a free data retrieval call binding the contract method 0xda805355.
//
// Solidity: function slashRecipient() view returns(address)
func (_Staking *StakingCaller) SlashRecipient(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "slashRecipient")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SlashRecipient is a free data retrieval call binding the contract method 0xda805355.
//
// Solidity: function slashRecipient() view returns(address)
func (_Staking *StakingSession) SlashRecipient() (common.Address, error) {
	return _Staking.Contract.SlashRecipient(&_Staking.CallOpts)
}

// SlashRecipient is a free data retrieval call binding the contract method 0xda805355.
//
// Solidity: function slashRecipient() view returns(address)
func (_Staking *StakingCallerSession) SlashRecipient() (common.Address, error) {
	return _Staking.Contract.SlashRecipient(&_Staking.CallOpts)
}

// SlashableOf is a free data retrieval call binding the contract method 0x7165b6a5.
//
// Solidity: function slashableOf(address account, uint256 taskId) view returns(uint256)
func (_Staking *StakingCaller) SlashableOf(opts *bind.CallOpts, account common.Address, taskId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "slashableOf", account, taskId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlashableOf is a free data retrieval call binding the contract method 0x7165b6a5.
//
// Solidity: function slashableOf(address account, uint256 taskId) view returns(uint256)
func (_Staking *StakingSession) SlashableOf(account common.Address, taskId *big.Int) (*big.Int, error) {
	return _Staking.Contract.SlashableOf(&_Staking.CallOpts, account, taskId)
}

// SlashableOf is a free data retrieval call binding the contract method 0x7165b6a5.
//
// Solidity: function slashableOf(address account, uint256 taskId) view returns(uint256)
func (_Staking *StakingCallerSession) SlashableOf(account common.Address, taskId *big.Int) (*big.Int, error) {
	return _Staking.Contract.SlashableOf(&_Staking.CallOpts, account, taskId)
}

// StakeOf is a free data retrieval call binding the contract method 0xed87169c.
//
// Solidity: function stakeOf(address account, uint256 taskId) view returns(uint256)
func (_Staking *StakingCaller) StakeOf(opts *bind.CallOpts, account common.Address, taskId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "stakeOf", account, taskId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakeOf is a free data retrieval call binding the contract method 0xed87169c.
//
// Solidity: function stakeOf(address account, uint256 taskId) view returns(uint256)
func (_Staking *StakingSession) StakeOf(account common.Address, taskId *big.Int) (*big.Int, error) {
	return _Staking.Contract.StakeOf(&_Staking.CallOpts, account, taskId)
}

// StakeOf is a free data retrieval call binding the contract method 0xed87169c.
//
// Solidity: function stakeOf(address account, uint256 taskId) view returns(uint256)
func (_Staking *StakingCallerSession) StakeOf(account common.Address, taskId *big.Int) (*big.Int, error) {
	return _Staking.Contract.StakeOf(&_Staking.CallOpts, account, taskId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Staking *StakingCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Staking *StakingSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Staking.Contract.SupportsInterface(&_Staking.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Staking *StakingCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Staking.Contract.SupportsInterface(&_Staking.CallOpts, interfaceId)
}

// TaskKnown is a free data retrieval call binding the contract method 0xd1547e8f.
//
// Solidity: function taskKnown(uint256 taskId) view returns(bool)
func (_Staking *StakingCaller) TaskKnown(opts *bind.CallOpts, taskId *big.Int) (bool, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "taskKnown", taskId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// TaskKnown is a free data retrieval call binding the contract method 0xd1547e8f.
//
// Solidity: function taskKnown(uint256 taskId) view returns(bool)
func (_Staking *StakingSession) TaskKnown(taskId *big.Int) (bool, error) {
	return _Staking.Contract.TaskKnown(&_Staking.CallOpts, taskId)
}

// TaskKnown is a free data retrieval call binding the contract method 0xd1547e8f.
//
// Solidity: function taskKnown(uint256 taskId) view returns(bool)
func (_Staking *StakingCallerSession) TaskKnown(taskId *big.Int) (bool, error) {
	return _Staking.Contract.TaskKnown(&_Staking.CallOpts, taskId)
}

// TaskRegistry is a free data retrieval call binding the contract method 0x9e498f16.
//
// Solidity: function taskRegistry() view returns(address)
func (_Staking *StakingCaller) TaskRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "taskRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TaskRegistry is a free data retrieval call binding the contract method 0x9e498f16.
//
// Solidity: function taskRegistry() view returns(address)
func (_Staking *StakingSession) TaskRegistry() (common.Address, error) {
	return _Staking.Contract.TaskRegistry(&_Staking.CallOpts)
}

// TaskRegistry is a free data retrieval call binding the contract method 0x9e498f16.
//
// Solidity: function taskRegistry() view returns(address)
func (_Staking *StakingCallerSession) TaskRegistry() (common.Address, error) {
	return _Staking.Contract.TaskRegistry(&_Staking.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Staking *StakingCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Staking *StakingSession) Token() (common.Address, error) {
	return _Staking.Contract.Token(&_Staking.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Staking *StakingCallerSession) Token() (common.Address, error) {
	return _Staking.Contract.Token(&_Staking.CallOpts)
}

// TotalDelegated is a free data retrieval call binding the contract method 0x80d04de8.
//
// Solidity: function totalDelegated() view returns(uint256)
func (_Staking *StakingCaller) TotalDelegated(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "totalDelegated")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalDelegated is a free data retrieval call binding the contract method 0x80d04de8.
//
// Solidity: function totalDelegated() view returns(uint256)
func (_Staking *StakingSession) TotalDelegated() (*big.Int, error) {
	return _Staking.Contract.TotalDelegated(&_Staking.CallOpts)
}

// TotalDelegated is a free data retrieval call binding the contract method 0x80d04de8.
//
// Solidity: function totalDelegated() view returns(uint256)
func (_Staking *StakingCallerSession) TotalDelegated() (*big.Int, error) {
	return _Staking.Contract.TotalDelegated(&_Staking.CallOpts)
}

// TotalOwnStake is a free data retrieval call binding the contract method 0xcd285985.
//
// Solidity: function totalOwnStake() view returns(uint256)
func (_Staking *StakingCaller) TotalOwnStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "totalOwnStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalOwnStake is a free data retrieval call binding the contract method 0xcd285985.
//
// Solidity: function totalOwnStake() view returns(uint256)
func (_Staking *StakingSession) TotalOwnStake() (*big.Int, error) {
	return _Staking.Contract.TotalOwnStake(&_Staking.CallOpts)
}

// TotalOwnStake is a free data retrieval call binding the contract method 0xcd285985.
//
// Solidity: function totalOwnStake() view returns(uint256)
func (_Staking *StakingCallerSession) TotalOwnStake() (*big.Int, error) {
	return _Staking.Contract.TotalOwnStake(&_Staking.CallOpts)
}

// TotalPending is a free data retrieval call binding the contract method 0x3f90916a.
//
// Solidity: function totalPending() view returns(uint256)
func (_Staking *StakingCaller) TotalPending(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "totalPending")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalPending is a free data retrieval call binding the contract method 0x3f90916a.
//
// Solidity: function totalPending() view returns(uint256)
func (_Staking *StakingSession) TotalPending() (*big.Int, error) {
	return _Staking.Contract.TotalPending(&_Staking.CallOpts)
}

// TotalPending is a free data retrieval call binding the contract method 0x3f90916a.
//
// Solidity: function totalPending() view returns(uint256)
func (_Staking *StakingCallerSession) TotalPending() (*big.Int, error) {
	return _Staking.Contract.TotalPending(&_Staking.CallOpts)
}

// UnstakeCooldown is a free data retrieval call binding the contract method 0x7eefd5ae.
//
// Solidity: function unstakeCooldown() view returns(uint64)
func (_Staking *StakingCaller) UnstakeCooldown(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "unstakeCooldown")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// UnstakeCooldown is a free data retrieval call binding the contract method 0x7eefd5ae.
//
// Solidity: function unstakeCooldown() view returns(uint64)
func (_Staking *StakingSession) UnstakeCooldown() (uint64, error) {
	return _Staking.Contract.UnstakeCooldown(&_Staking.CallOpts)
}

// UnstakeCooldown is a free data retrieval call binding the contract method 0x7eefd5ae.
//
// Solidity: function unstakeCooldown() view returns(uint64)
func (_Staking *StakingCallerSession) UnstakeCooldown() (uint64, error) {
	return _Staking.Contract.UnstakeCooldown(&_Staking.CallOpts)
}

// WithdrawalGuard is a free data retrieval call binding the contract method 0x4f1c3fbc.
//
// Solidity: function withdrawalGuard(uint256 taskId) view returns(address)
func (_Staking *StakingCaller) WithdrawalGuard(opts *bind.CallOpts, taskId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _Staking.contract.Call(opts, &out, "withdrawalGuard", taskId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// WithdrawalGuard is a free data retrieval call binding the contract method 0x4f1c3fbc.
//
// Solidity: function withdrawalGuard(uint256 taskId) view returns(address)
func (_Staking *StakingSession) WithdrawalGuard(taskId *big.Int) (common.Address, error) {
	return _Staking.Contract.WithdrawalGuard(&_Staking.CallOpts, taskId)
}

// WithdrawalGuard is a free data retrieval call binding the contract method 0x4f1c3fbc.
//
// Solidity: function withdrawalGuard(uint256 taskId) view returns(address)
func (_Staking *StakingCallerSession) WithdrawalGuard(taskId *big.Int) (common.Address, error) {
	return _Staking.Contract.WithdrawalGuard(&_Staking.CallOpts, taskId)
}

// Delegate is a paid mutator transaction binding the contract method 0xb2065edb.
//
// Solidity: function delegate(uint256 taskId, address participant, uint256 amount) returns()
func (_Staking *StakingTransactor) Delegate(opts *bind.TransactOpts, taskId *big.Int, participant common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "delegate", taskId, participant, amount)
}

// Delegate is a paid mutator transaction binding the contract method 0xb2065edb.
//
// Solidity: function delegate(uint256 taskId, address participant, uint256 amount) returns()
func (_Staking *StakingSession) Delegate(taskId *big.Int, participant common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Delegate(&_Staking.TransactOpts, taskId, participant, amount)
}

// Delegate is a paid mutator transaction binding the contract method 0xb2065edb.
//
// Solidity: function delegate(uint256 taskId, address participant, uint256 amount) returns()
func (_Staking *StakingTransactorSession) Delegate(taskId *big.Int, participant common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Delegate(&_Staking.TransactOpts, taskId, participant, amount)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Staking *StakingTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Staking *StakingSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Staking.Contract.GrantRole(&_Staking.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Staking *StakingTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Staking.Contract.GrantRole(&_Staking.TransactOpts, role, account)
}

// RegisterTask is a paid mutator transaction binding the contract method 0xeb61ab4e.
//
// Solidity: function registerTask(uint256 taskId) returns()
func (_Staking *StakingTransactor) RegisterTask(opts *bind.TransactOpts, taskId *big.Int) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "registerTask", taskId)
}

// RegisterTask is a paid mutator transaction binding the contract method 0xeb61ab4e.
//
// Solidity: function registerTask(uint256 taskId) returns()
func (_Staking *StakingSession) RegisterTask(taskId *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.RegisterTask(&_Staking.TransactOpts, taskId)
}

// RegisterTask is a paid mutator transaction binding the contract method 0xeb61ab4e.
//
// Solidity: function registerTask(uint256 taskId) returns()
func (_Staking *StakingTransactorSession) RegisterTask(taskId *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.RegisterTask(&_Staking.TransactOpts, taskId)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Staking *StakingTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Staking *StakingSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Staking.Contract.RenounceRole(&_Staking.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Staking *StakingTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Staking.Contract.RenounceRole(&_Staking.TransactOpts, role, callerConfirmation)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0x68d4341f.
//
// Solidity: function requestUnstake(uint256 taskId, uint256 amount) returns(uint256 requestId)
func (_Staking *StakingTransactor) RequestUnstake(opts *bind.TransactOpts, taskId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "requestUnstake", taskId, amount)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0x68d4341f.
//
// Solidity: function requestUnstake(uint256 taskId, uint256 amount) returns(uint256 requestId)
func (_Staking *StakingSession) RequestUnstake(taskId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.RequestUnstake(&_Staking.TransactOpts, taskId, amount)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0x68d4341f.
//
// Solidity: function requestUnstake(uint256 taskId, uint256 amount) returns(uint256 requestId)
func (_Staking *StakingTransactorSession) RequestUnstake(taskId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.RequestUnstake(&_Staking.TransactOpts, taskId, amount)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Staking *StakingTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Staking *StakingSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Staking.Contract.RevokeRole(&_Staking.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Staking *StakingTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Staking.Contract.RevokeRole(&_Staking.TransactOpts, role, account)
}

// SetCooldowns is a paid mutator transaction binding the contract method 0x4e6a77de.
//
// Solidity: function setCooldowns(uint64 unstakeCooldown_, uint64 rewardShareCooldown_) returns()
func (_Staking *StakingTransactor) SetCooldowns(opts *bind.TransactOpts, unstakeCooldown_ uint64, rewardShareCooldown_ uint64) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "setCooldowns", unstakeCooldown_, rewardShareCooldown_)
}

// SetCooldowns is a paid mutator transaction binding the contract method 0x4e6a77de.
//
// Solidity: function setCooldowns(uint64 unstakeCooldown_, uint64 rewardShareCooldown_) returns()
func (_Staking *StakingSession) SetCooldowns(unstakeCooldown_ uint64, rewardShareCooldown_ uint64) (*types.Transaction, error) {
	return _Staking.Contract.SetCooldowns(&_Staking.TransactOpts, unstakeCooldown_, rewardShareCooldown_)
}

// SetCooldowns is a paid mutator transaction binding the contract method 0x4e6a77de.
//
// Solidity: function setCooldowns(uint64 unstakeCooldown_, uint64 rewardShareCooldown_) returns()
func (_Staking *StakingTransactorSession) SetCooldowns(unstakeCooldown_ uint64, rewardShareCooldown_ uint64) (*types.Transaction, error) {
	return _Staking.Contract.SetCooldowns(&_Staking.TransactOpts, unstakeCooldown_, rewardShareCooldown_)
}

// SetRewardShare is a paid mutator transaction binding the contract method 0x08f807f7.
//
// Solidity: function setRewardShare(uint32 sigmaPpm) returns()
func (_Staking *StakingTransactor) SetRewardShare(opts *bind.TransactOpts, sigmaPpm uint32) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "setRewardShare", sigmaPpm)
}

// SetRewardShare is a paid mutator transaction binding the contract method 0x08f807f7.
//
// Solidity: function setRewardShare(uint32 sigmaPpm) returns()
func (_Staking *StakingSession) SetRewardShare(sigmaPpm uint32) (*types.Transaction, error) {
	return _Staking.Contract.SetRewardShare(&_Staking.TransactOpts, sigmaPpm)
}

// SetRewardShare is a paid mutator transaction binding the contract method 0x08f807f7.
//
// Solidity: function setRewardShare(uint32 sigmaPpm) returns()
func (_Staking *StakingTransactorSession) SetRewardShare(sigmaPpm uint32) (*types.Transaction, error) {
	return _Staking.Contract.SetRewardShare(&_Staking.TransactOpts, sigmaPpm)
}

// SetSlashRecipient is a paid mutator transaction binding the contract method 0x3d3185be.
//
// Solidity: function setSlashRecipient(address recipient) returns()
func (_Staking *StakingTransactor) SetSlashRecipient(opts *bind.TransactOpts, recipient common.Address) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "setSlashRecipient", recipient)
}

// SetSlashRecipient is a paid mutator transaction binding the contract method 0x3d3185be.
//
// Solidity: function setSlashRecipient(address recipient) returns()
func (_Staking *StakingSession) SetSlashRecipient(recipient common.Address) (*types.Transaction, error) {
	return _Staking.Contract.SetSlashRecipient(&_Staking.TransactOpts, recipient)
}

// SetSlashRecipient is a paid mutator transaction binding the contract method 0x3d3185be.
//
// Solidity: function setSlashRecipient(address recipient) returns()
func (_Staking *StakingTransactorSession) SetSlashRecipient(recipient common.Address) (*types.Transaction, error) {
	return _Staking.Contract.SetSlashRecipient(&_Staking.TransactOpts, recipient)
}

// SetTaskRegistry is a paid mutator transaction binding the contract method 0xb2d78069.
//
// Solidity: function setTaskRegistry(address registry) returns()
func (_Staking *StakingTransactor) SetTaskRegistry(opts *bind.TransactOpts, registry common.Address) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "setTaskRegistry", registry)
}

// SetTaskRegistry is a paid mutator transaction binding the contract method 0xb2d78069.
//
// Solidity: function setTaskRegistry(address registry) returns()
func (_Staking *StakingSession) SetTaskRegistry(registry common.Address) (*types.Transaction, error) {
	return _Staking.Contract.SetTaskRegistry(&_Staking.TransactOpts, registry)
}

// SetTaskRegistry is a paid mutator transaction binding the contract method 0xb2d78069.
//
// Solidity: function setTaskRegistry(address registry) returns()
func (_Staking *StakingTransactorSession) SetTaskRegistry(registry common.Address) (*types.Transaction, error) {
	return _Staking.Contract.SetTaskRegistry(&_Staking.TransactOpts, registry)
}

// SetWithdrawalGuard is a paid mutator transaction binding the contract method 0xed942845.
//
// Solidity: function setWithdrawalGuard(uint256 taskId, address guard) returns()
func (_Staking *StakingTransactor) SetWithdrawalGuard(opts *bind.TransactOpts, taskId *big.Int, guard common.Address) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "setWithdrawalGuard", taskId, guard)
}

// SetWithdrawalGuard is a paid mutator transaction binding the contract method 0xed942845.
//
// Solidity: function setWithdrawalGuard(uint256 taskId, address guard) returns()
func (_Staking *StakingSession) SetWithdrawalGuard(taskId *big.Int, guard common.Address) (*types.Transaction, error) {
	return _Staking.Contract.SetWithdrawalGuard(&_Staking.TransactOpts, taskId, guard)
}

// SetWithdrawalGuard is a paid mutator transaction binding the contract method 0xed942845.
//
// Solidity: function setWithdrawalGuard(uint256 taskId, address guard) returns()
func (_Staking *StakingTransactorSession) SetWithdrawalGuard(taskId *big.Int, guard common.Address) (*types.Transaction, error) {
	return _Staking.Contract.SetWithdrawalGuard(&_Staking.TransactOpts, taskId, guard)
}

// Slash is a paid mutator transaction binding the contract method 0x70f81f6c.
//
// Solidity: function slash(address account, uint256 taskId, uint256 amount) returns()
func (_Staking *StakingTransactor) Slash(opts *bind.TransactOpts, account common.Address, taskId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "slash", account, taskId, amount)
}

// Slash is a paid mutator transaction binding the contract method 0x70f81f6c.
//
// Solidity: function slash(address account, uint256 taskId, uint256 amount) returns()
func (_Staking *StakingSession) Slash(account common.Address, taskId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Slash(&_Staking.TransactOpts, account, taskId, amount)
}

// Slash is a paid mutator transaction binding the contract method 0x70f81f6c.
//
// Solidity: function slash(address account, uint256 taskId, uint256 amount) returns()
func (_Staking *StakingTransactorSession) Slash(account common.Address, taskId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Slash(&_Staking.TransactOpts, account, taskId, amount)
}

// SlashTo is a paid mutator transaction binding the contract method 0x18fb907d.
//
// Solidity: function slashTo(address account, uint256 taskId, uint256 amount, address recipient) returns()
func (_Staking *StakingTransactor) SlashTo(opts *bind.TransactOpts, account common.Address, taskId *big.Int, amount *big.Int, recipient common.Address) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "slashTo", account, taskId, amount, recipient)
}

// SlashTo is a paid mutator transaction binding the contract method 0x18fb907d.
//
// Solidity: function slashTo(address account, uint256 taskId, uint256 amount, address recipient) returns()
func (_Staking *StakingSession) SlashTo(account common.Address, taskId *big.Int, amount *big.Int, recipient common.Address) (*types.Transaction, error) {
	return _Staking.Contract.SlashTo(&_Staking.TransactOpts, account, taskId, amount, recipient)
}

// SlashTo is a paid mutator transaction binding the contract method 0x18fb907d.
//
// Solidity: function slashTo(address account, uint256 taskId, uint256 amount, address recipient) returns()
func (_Staking *StakingTransactorSession) SlashTo(account common.Address, taskId *big.Int, amount *big.Int, recipient common.Address) (*types.Transaction, error) {
	return _Staking.Contract.SlashTo(&_Staking.TransactOpts, account, taskId, amount, recipient)
}

// Stake is a paid mutator transaction binding the contract method 0xf99b7d75.
//
// Solidity: function stake(uint256 taskId, uint8 role, uint256 amount) returns()
func (_Staking *StakingTransactor) Stake(opts *bind.TransactOpts, taskId *big.Int, role uint8, amount *big.Int) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "stake", taskId, role, amount)
}

// Stake is a paid mutator transaction binding the contract method 0xf99b7d75.
//
// Solidity: function stake(uint256 taskId, uint8 role, uint256 amount) returns()
func (_Staking *StakingSession) Stake(taskId *big.Int, role uint8, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Stake(&_Staking.TransactOpts, taskId, role, amount)
}

// Stake is a paid mutator transaction binding the contract method 0xf99b7d75.
//
// Solidity: function stake(uint256 taskId, uint8 role, uint256 amount) returns()
func (_Staking *StakingTransactorSession) Stake(taskId *big.Int, role uint8, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Stake(&_Staking.TransactOpts, taskId, role, amount)
}

// Undelegate is a paid mutator transaction binding the contract method 0x5a8ce335.
//
// Solidity: function undelegate(uint256 taskId, address participant, uint256 amount) returns(uint256 requestId)
func (_Staking *StakingTransactor) Undelegate(opts *bind.TransactOpts, taskId *big.Int, participant common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "undelegate", taskId, participant, amount)
}

// Undelegate is a paid mutator transaction binding the contract method 0x5a8ce335.
//
// Solidity: function undelegate(uint256 taskId, address participant, uint256 amount) returns(uint256 requestId)
func (_Staking *StakingSession) Undelegate(taskId *big.Int, participant common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Undelegate(&_Staking.TransactOpts, taskId, participant, amount)
}

// Undelegate is a paid mutator transaction binding the contract method 0x5a8ce335.
//
// Solidity: function undelegate(uint256 taskId, address participant, uint256 amount) returns(uint256 requestId)
func (_Staking *StakingTransactorSession) Undelegate(taskId *big.Int, participant common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Undelegate(&_Staking.TransactOpts, taskId, participant, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 requestId) returns()
func (_Staking *StakingTransactor) Withdraw(opts *bind.TransactOpts, requestId *big.Int) (*types.Transaction, error) {
	return _Staking.contract.Transact(opts, "withdraw", requestId)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 requestId) returns()
func (_Staking *StakingSession) Withdraw(requestId *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Withdraw(&_Staking.TransactOpts, requestId)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 requestId) returns()
func (_Staking *StakingTransactorSession) Withdraw(requestId *big.Int) (*types.Transaction, error) {
	return _Staking.Contract.Withdraw(&_Staking.TransactOpts, requestId)
}

// StakingCooldownsSetIterator is returned from FilterCooldownsSet and is used to iterate over the raw logs and unpacked data for CooldownsSet events raised by the Staking contract.
type StakingCooldownsSetIterator struct {
	Event *StakingCooldownsSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingCooldownsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingCooldownsSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingCooldownsSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingCooldownsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingCooldownsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingCooldownsSet represents a CooldownsSet event raised by the Staking contract.
type StakingCooldownsSet struct {
	UnstakeCooldown     uint64
	RewardShareCooldown uint64
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterCooldownsSet is a free log retrieval operation binding the contract event 0x035c8af3d3c4c059ac7c94b23949bf743034ed20e7959e3bd0279b272e9f5169.
//
// Solidity: event CooldownsSet(uint64 unstakeCooldown, uint64 rewardShareCooldown)
func (_Staking *StakingFilterer) FilterCooldownsSet(opts *bind.FilterOpts) (*StakingCooldownsSetIterator, error) {

	logs, sub, err := _Staking.contract.FilterLogs(opts, "CooldownsSet")
	if err != nil {
		return nil, err
	}
	return &StakingCooldownsSetIterator{contract: _Staking.contract, event: "CooldownsSet", logs: logs, sub: sub}, nil
}

// WatchCooldownsSet is a free log subscription operation binding the contract event 0x035c8af3d3c4c059ac7c94b23949bf743034ed20e7959e3bd0279b272e9f5169.
//
// Solidity: event CooldownsSet(uint64 unstakeCooldown, uint64 rewardShareCooldown)
func (_Staking *StakingFilterer) WatchCooldownsSet(opts *bind.WatchOpts, sink chan<- *StakingCooldownsSet) (event.Subscription, error) {

	logs, sub, err := _Staking.contract.WatchLogs(opts, "CooldownsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingCooldownsSet)
				if err := _Staking.contract.UnpackLog(event, "CooldownsSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCooldownsSet is a log parse operation binding the contract event 0x035c8af3d3c4c059ac7c94b23949bf743034ed20e7959e3bd0279b272e9f5169.
//
// Solidity: event CooldownsSet(uint64 unstakeCooldown, uint64 rewardShareCooldown)
func (_Staking *StakingFilterer) ParseCooldownsSet(log types.Log) (*StakingCooldownsSet, error) {
	event := new(StakingCooldownsSet)
	if err := _Staking.contract.UnpackLog(event, "CooldownsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingDelegatedIterator is returned from FilterDelegated and is used to iterate over the raw logs and unpacked data for Delegated events raised by the Staking contract.
type StakingDelegatedIterator struct {
	Event *StakingDelegated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingDelegatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingDelegated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingDelegated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingDelegatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingDelegatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingDelegated represents a Delegated event raised by the Staking contract.
type StakingDelegated struct {
	Delegator     common.Address
	TaskId        *big.Int
	Participant   common.Address
	Amount        *big.Int
	NewDelegation *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterDelegated is a free log retrieval operation binding the contract event 0x8e4c72aa40e18885715933ea60cf3763babe3f773c065f0ee36afa3431e195e6.
//
// Solidity: event Delegated(address indexed delegator, uint256 indexed taskId, address indexed participant, uint256 amount, uint256 newDelegation)
func (_Staking *StakingFilterer) FilterDelegated(opts *bind.FilterOpts, delegator []common.Address, taskId []*big.Int, participant []common.Address) (*StakingDelegatedIterator, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "Delegated", delegatorRule, taskIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return &StakingDelegatedIterator{contract: _Staking.contract, event: "Delegated", logs: logs, sub: sub}, nil
}

// WatchDelegated is a free log subscription operation binding the contract event 0x8e4c72aa40e18885715933ea60cf3763babe3f773c065f0ee36afa3431e195e6.
//
// Solidity: event Delegated(address indexed delegator, uint256 indexed taskId, address indexed participant, uint256 amount, uint256 newDelegation)
func (_Staking *StakingFilterer) WatchDelegated(opts *bind.WatchOpts, sink chan<- *StakingDelegated, delegator []common.Address, taskId []*big.Int, participant []common.Address) (event.Subscription, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "Delegated", delegatorRule, taskIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingDelegated)
				if err := _Staking.contract.UnpackLog(event, "Delegated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDelegated is a log parse operation binding the contract event 0x8e4c72aa40e18885715933ea60cf3763babe3f773c065f0ee36afa3431e195e6.
//
// Solidity: event Delegated(address indexed delegator, uint256 indexed taskId, address indexed participant, uint256 amount, uint256 newDelegation)
func (_Staking *StakingFilterer) ParseDelegated(log types.Log) (*StakingDelegated, error) {
	event := new(StakingDelegated)
	if err := _Staking.contract.UnpackLog(event, "Delegated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingRewardShareSetIterator is returned from FilterRewardShareSet and is used to iterate over the raw logs and unpacked data for RewardShareSet events raised by the Staking contract.
type StakingRewardShareSetIterator struct {
	Event *StakingRewardShareSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingRewardShareSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingRewardShareSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingRewardShareSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingRewardShareSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingRewardShareSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingRewardShareSet represents a RewardShareSet event raised by the Staking contract.
type StakingRewardShareSet struct {
	Account     common.Address
	SigmaPpm    uint32
	PreviousPpm uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterRewardShareSet is a free log retrieval operation binding the contract event 0x116dfc377e1d8c1912e9a2a1daa8453f98cf2383e6115dcef1173d6faf0fed7e.
//
// Solidity: event RewardShareSet(address indexed account, uint32 sigmaPpm, uint32 previousPpm)
func (_Staking *StakingFilterer) FilterRewardShareSet(opts *bind.FilterOpts, account []common.Address) (*StakingRewardShareSetIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "RewardShareSet", accountRule)
	if err != nil {
		return nil, err
	}
	return &StakingRewardShareSetIterator{contract: _Staking.contract, event: "RewardShareSet", logs: logs, sub: sub}, nil
}

// WatchRewardShareSet is a free log subscription operation binding the contract event 0x116dfc377e1d8c1912e9a2a1daa8453f98cf2383e6115dcef1173d6faf0fed7e.
//
// Solidity: event RewardShareSet(address indexed account, uint32 sigmaPpm, uint32 previousPpm)
func (_Staking *StakingFilterer) WatchRewardShareSet(opts *bind.WatchOpts, sink chan<- *StakingRewardShareSet, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "RewardShareSet", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingRewardShareSet)
				if err := _Staking.contract.UnpackLog(event, "RewardShareSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRewardShareSet is a log parse operation binding the contract event 0x116dfc377e1d8c1912e9a2a1daa8453f98cf2383e6115dcef1173d6faf0fed7e.
//
// Solidity: event RewardShareSet(address indexed account, uint32 sigmaPpm, uint32 previousPpm)
func (_Staking *StakingFilterer) ParseRewardShareSet(log types.Log) (*StakingRewardShareSet, error) {
	event := new(StakingRewardShareSet)
	if err := _Staking.contract.UnpackLog(event, "RewardShareSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the Staking contract.
type StakingRoleAdminChangedIterator struct {
	Event *StakingRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingRoleAdminChanged represents a RoleAdminChanged event raised by the Staking contract.
type StakingRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Staking *StakingFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*StakingRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &StakingRoleAdminChangedIterator{contract: _Staking.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Staking *StakingFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *StakingRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingRoleAdminChanged)
				if err := _Staking.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Staking *StakingFilterer) ParseRoleAdminChanged(log types.Log) (*StakingRoleAdminChanged, error) {
	event := new(StakingRoleAdminChanged)
	if err := _Staking.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the Staking contract.
type StakingRoleGrantedIterator struct {
	Event *StakingRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingRoleGranted represents a RoleGranted event raised by the Staking contract.
type StakingRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Staking *StakingFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*StakingRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &StakingRoleGrantedIterator{contract: _Staking.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Staking *StakingFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *StakingRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingRoleGranted)
				if err := _Staking.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Staking *StakingFilterer) ParseRoleGranted(log types.Log) (*StakingRoleGranted, error) {
	event := new(StakingRoleGranted)
	if err := _Staking.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the Staking contract.
type StakingRoleRevokedIterator struct {
	Event *StakingRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingRoleRevoked represents a RoleRevoked event raised by the Staking contract.
type StakingRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Staking *StakingFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*StakingRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &StakingRoleRevokedIterator{contract: _Staking.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Staking *StakingFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *StakingRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingRoleRevoked)
				if err := _Staking.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Staking *StakingFilterer) ParseRoleRevoked(log types.Log) (*StakingRoleRevoked, error) {
	event := new(StakingRoleRevoked)
	if err := _Staking.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingSlashRecipientSetIterator is returned from FilterSlashRecipientSet and is used to iterate over the raw logs and unpacked data for SlashRecipientSet events raised by the Staking contract.
type StakingSlashRecipientSetIterator struct {
	Event *StakingSlashRecipientSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingSlashRecipientSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingSlashRecipientSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingSlashRecipientSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingSlashRecipientSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingSlashRecipientSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingSlashRecipientSet represents a SlashRecipientSet event raised by the Staking contract.
type StakingSlashRecipientSet struct {
	Recipient common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSlashRecipientSet is a free log retrieval operation binding the contract event 0xbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433.
//
// Solidity: event SlashRecipientSet(address recipient)
func (_Staking *StakingFilterer) FilterSlashRecipientSet(opts *bind.FilterOpts) (*StakingSlashRecipientSetIterator, error) {

	logs, sub, err := _Staking.contract.FilterLogs(opts, "SlashRecipientSet")
	if err != nil {
		return nil, err
	}
	return &StakingSlashRecipientSetIterator{contract: _Staking.contract, event: "SlashRecipientSet", logs: logs, sub: sub}, nil
}

// WatchSlashRecipientSet is a free log subscription operation binding the contract event 0xbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433.
//
// Solidity: event SlashRecipientSet(address recipient)
func (_Staking *StakingFilterer) WatchSlashRecipientSet(opts *bind.WatchOpts, sink chan<- *StakingSlashRecipientSet) (event.Subscription, error) {

	logs, sub, err := _Staking.contract.WatchLogs(opts, "SlashRecipientSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingSlashRecipientSet)
				if err := _Staking.contract.UnpackLog(event, "SlashRecipientSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlashRecipientSet is a log parse operation binding the contract event 0xbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433.
//
// Solidity: event SlashRecipientSet(address recipient)
func (_Staking *StakingFilterer) ParseSlashRecipientSet(log types.Log) (*StakingSlashRecipientSet, error) {
	event := new(StakingSlashRecipientSet)
	if err := _Staking.contract.UnpackLog(event, "SlashRecipientSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingSlashedIterator is returned from FilterSlashed and is used to iterate over the raw logs and unpacked data for Slashed events raised by the Staking contract.
type StakingSlashedIterator struct {
	Event *StakingSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingSlashed represents a Slashed event raised by the Staking contract.
type StakingSlashed struct {
	Account   common.Address
	TaskId    *big.Int
	Role      uint8
	Amount    *big.Int
	NewStake  *big.Int
	Recipient common.Address
	Slasher   common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSlashed is a free log retrieval operation binding the contract event 0x11a4f7073bbd30bd554c749f90317604f61a8fe515da0f3cf5c2204f18771b54.
//
// Solidity: event Slashed(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake, address recipient, address slasher)
func (_Staking *StakingFilterer) FilterSlashed(opts *bind.FilterOpts, account []common.Address, taskId []*big.Int) (*StakingSlashedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "Slashed", accountRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return &StakingSlashedIterator{contract: _Staking.contract, event: "Slashed", logs: logs, sub: sub}, nil
}

// WatchSlashed is a free log subscription operation binding the contract event 0x11a4f7073bbd30bd554c749f90317604f61a8fe515da0f3cf5c2204f18771b54.
//
// Solidity: event Slashed(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake, address recipient, address slasher)
func (_Staking *StakingFilterer) WatchSlashed(opts *bind.WatchOpts, sink chan<- *StakingSlashed, account []common.Address, taskId []*big.Int) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "Slashed", accountRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingSlashed)
				if err := _Staking.contract.UnpackLog(event, "Slashed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlashed is a log parse operation binding the contract event 0x11a4f7073bbd30bd554c749f90317604f61a8fe515da0f3cf5c2204f18771b54.
//
// Solidity: event Slashed(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake, address recipient, address slasher)
func (_Staking *StakingFilterer) ParseSlashed(log types.Log) (*StakingSlashed, error) {
	event := new(StakingSlashed)
	if err := _Staking.contract.UnpackLog(event, "Slashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingStakedIterator is returned from FilterStaked and is used to iterate over the raw logs and unpacked data for Staked events raised by the Staking contract.
type StakingStakedIterator struct {
	Event *StakingStaked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingStakedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingStaked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingStaked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingStakedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingStakedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingStaked represents a Staked event raised by the Staking contract.
type StakingStaked struct {
	Account  common.Address
	TaskId   *big.Int
	Role     uint8
	Amount   *big.Int
	NewStake *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterStaked is a free log retrieval operation binding the contract event 0x022dd619ee0d92140e5abde105761d6df71c05c4fcb761610ea0552064f91e6c.
//
// Solidity: event Staked(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake)
func (_Staking *StakingFilterer) FilterStaked(opts *bind.FilterOpts, account []common.Address, taskId []*big.Int) (*StakingStakedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "Staked", accountRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return &StakingStakedIterator{contract: _Staking.contract, event: "Staked", logs: logs, sub: sub}, nil
}

// WatchStaked is a free log subscription operation binding the contract event 0x022dd619ee0d92140e5abde105761d6df71c05c4fcb761610ea0552064f91e6c.
//
// Solidity: event Staked(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake)
func (_Staking *StakingFilterer) WatchStaked(opts *bind.WatchOpts, sink chan<- *StakingStaked, account []common.Address, taskId []*big.Int) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "Staked", accountRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingStaked)
				if err := _Staking.contract.UnpackLog(event, "Staked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStaked is a log parse operation binding the contract event 0x022dd619ee0d92140e5abde105761d6df71c05c4fcb761610ea0552064f91e6c.
//
// Solidity: event Staked(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake)
func (_Staking *StakingFilterer) ParseStaked(log types.Log) (*StakingStaked, error) {
	event := new(StakingStaked)
	if err := _Staking.contract.UnpackLog(event, "Staked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingTaskRegisteredIterator is returned from FilterTaskRegistered and is used to iterate over the raw logs and unpacked data for TaskRegistered events raised by the Staking contract.
type StakingTaskRegisteredIterator struct {
	Event *StakingTaskRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingTaskRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingTaskRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingTaskRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingTaskRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingTaskRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingTaskRegistered represents a TaskRegistered event raised by the Staking contract.
type StakingTaskRegistered struct {
	TaskId *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterTaskRegistered is a free log retrieval operation binding the contract event 0xd011d2f8788f45bc26f55052dc665b609543f8b9edbb82a51d929733849aa1c4.
//
// Solidity: event TaskRegistered(uint256 indexed taskId)
func (_Staking *StakingFilterer) FilterTaskRegistered(opts *bind.FilterOpts, taskId []*big.Int) (*StakingTaskRegisteredIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "TaskRegistered", taskIdRule)
	if err != nil {
		return nil, err
	}
	return &StakingTaskRegisteredIterator{contract: _Staking.contract, event: "TaskRegistered", logs: logs, sub: sub}, nil
}

// WatchTaskRegistered is a free log subscription operation binding the contract event 0xd011d2f8788f45bc26f55052dc665b609543f8b9edbb82a51d929733849aa1c4.
//
// Solidity: event TaskRegistered(uint256 indexed taskId)
func (_Staking *StakingFilterer) WatchTaskRegistered(opts *bind.WatchOpts, sink chan<- *StakingTaskRegistered, taskId []*big.Int) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "TaskRegistered", taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingTaskRegistered)
				if err := _Staking.contract.UnpackLog(event, "TaskRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTaskRegistered is a log parse operation binding the contract event 0xd011d2f8788f45bc26f55052dc665b609543f8b9edbb82a51d929733849aa1c4.
//
// Solidity: event TaskRegistered(uint256 indexed taskId)
func (_Staking *StakingFilterer) ParseTaskRegistered(log types.Log) (*StakingTaskRegistered, error) {
	event := new(StakingTaskRegistered)
	if err := _Staking.contract.UnpackLog(event, "TaskRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingTaskRegistrySetIterator is returned from FilterTaskRegistrySet and is used to iterate over the raw logs and unpacked data for TaskRegistrySet events raised by the Staking contract.
type StakingTaskRegistrySetIterator struct {
	Event *StakingTaskRegistrySet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingTaskRegistrySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingTaskRegistrySet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingTaskRegistrySet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingTaskRegistrySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingTaskRegistrySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingTaskRegistrySet represents a TaskRegistrySet event raised by the Staking contract.
type StakingTaskRegistrySet struct {
	Registry common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterTaskRegistrySet is a free log retrieval operation binding the contract event 0x4715fd6f4842e6e403df2f1e267f2d0f35e827559281ffecdd92ea015d118a14.
//
// Solidity: event TaskRegistrySet(address registry)
func (_Staking *StakingFilterer) FilterTaskRegistrySet(opts *bind.FilterOpts) (*StakingTaskRegistrySetIterator, error) {

	logs, sub, err := _Staking.contract.FilterLogs(opts, "TaskRegistrySet")
	if err != nil {
		return nil, err
	}
	return &StakingTaskRegistrySetIterator{contract: _Staking.contract, event: "TaskRegistrySet", logs: logs, sub: sub}, nil
}

// WatchTaskRegistrySet is a free log subscription operation binding the contract event 0x4715fd6f4842e6e403df2f1e267f2d0f35e827559281ffecdd92ea015d118a14.
//
// Solidity: event TaskRegistrySet(address registry)
func (_Staking *StakingFilterer) WatchTaskRegistrySet(opts *bind.WatchOpts, sink chan<- *StakingTaskRegistrySet) (event.Subscription, error) {

	logs, sub, err := _Staking.contract.WatchLogs(opts, "TaskRegistrySet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingTaskRegistrySet)
				if err := _Staking.contract.UnpackLog(event, "TaskRegistrySet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTaskRegistrySet is a log parse operation binding the contract event 0x4715fd6f4842e6e403df2f1e267f2d0f35e827559281ffecdd92ea015d118a14.
//
// Solidity: event TaskRegistrySet(address registry)
func (_Staking *StakingFilterer) ParseTaskRegistrySet(log types.Log) (*StakingTaskRegistrySet, error) {
	event := new(StakingTaskRegistrySet)
	if err := _Staking.contract.UnpackLog(event, "TaskRegistrySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingUndelegatedIterator is returned from FilterUndelegated and is used to iterate over the raw logs and unpacked data for Undelegated events raised by the Staking contract.
type StakingUndelegatedIterator struct {
	Event *StakingUndelegated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingUndelegatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingUndelegated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingUndelegated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingUndelegatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingUndelegatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingUndelegated represents a Undelegated event raised by the Staking contract.
type StakingUndelegated struct {
	Delegator     common.Address
	TaskId        *big.Int
	Participant   common.Address
	Amount        *big.Int
	NewDelegation *big.Int
	RequestId     *big.Int
	AvailableAt   uint64
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterUndelegated is a free log retrieval operation binding the contract event 0x97c21bde1c35b48e9baceb87cfd46e20ab70d83c0ece7fc153049ecf577ee5d1.
//
// Solidity: event Undelegated(address indexed delegator, uint256 indexed taskId, address indexed participant, uint256 amount, uint256 newDelegation, uint256 requestId, uint64 availableAt)
func (_Staking *StakingFilterer) FilterUndelegated(opts *bind.FilterOpts, delegator []common.Address, taskId []*big.Int, participant []common.Address) (*StakingUndelegatedIterator, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "Undelegated", delegatorRule, taskIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return &StakingUndelegatedIterator{contract: _Staking.contract, event: "Undelegated", logs: logs, sub: sub}, nil
}

// WatchUndelegated is a free log subscription operation binding the contract event 0x97c21bde1c35b48e9baceb87cfd46e20ab70d83c0ece7fc153049ecf577ee5d1.
//
// Solidity: event Undelegated(address indexed delegator, uint256 indexed taskId, address indexed participant, uint256 amount, uint256 newDelegation, uint256 requestId, uint64 availableAt)
func (_Staking *StakingFilterer) WatchUndelegated(opts *bind.WatchOpts, sink chan<- *StakingUndelegated, delegator []common.Address, taskId []*big.Int, participant []common.Address) (event.Subscription, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "Undelegated", delegatorRule, taskIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingUndelegated)
				if err := _Staking.contract.UnpackLog(event, "Undelegated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUndelegated is a log parse operation binding the contract event 0x97c21bde1c35b48e9baceb87cfd46e20ab70d83c0ece7fc153049ecf577ee5d1.
//
// Solidity: event Undelegated(address indexed delegator, uint256 indexed taskId, address indexed participant, uint256 amount, uint256 newDelegation, uint256 requestId, uint64 availableAt)
func (_Staking *StakingFilterer) ParseUndelegated(log types.Log) (*StakingUndelegated, error) {
	event := new(StakingUndelegated)
	if err := _Staking.contract.UnpackLog(event, "Undelegated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingUnstakeRequestedIterator is returned from FilterUnstakeRequested and is used to iterate over the raw logs and unpacked data for UnstakeRequested events raised by the Staking contract.
type StakingUnstakeRequestedIterator struct {
	Event *StakingUnstakeRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingUnstakeRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingUnstakeRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingUnstakeRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingUnstakeRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingUnstakeRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingUnstakeRequested represents a UnstakeRequested event raised by the Staking contract.
type StakingUnstakeRequested struct {
	Account     common.Address
	TaskId      *big.Int
	Role        uint8
	Amount      *big.Int
	NewStake    *big.Int
	RequestId   *big.Int
	AvailableAt uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterUnstakeRequested is a free log retrieval operation binding the contract event 0x6ccbfe3b673796acf277f98ced8589ea3dd664c39298848513597ebe869805a6.
//
// Solidity: event UnstakeRequested(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake, uint256 requestId, uint64 availableAt)
func (_Staking *StakingFilterer) FilterUnstakeRequested(opts *bind.FilterOpts, account []common.Address, taskId []*big.Int) (*StakingUnstakeRequestedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "UnstakeRequested", accountRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return &StakingUnstakeRequestedIterator{contract: _Staking.contract, event: "UnstakeRequested", logs: logs, sub: sub}, nil
}

// WatchUnstakeRequested is a free log subscription operation binding the contract event 0x6ccbfe3b673796acf277f98ced8589ea3dd664c39298848513597ebe869805a6.
//
// Solidity: event UnstakeRequested(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake, uint256 requestId, uint64 availableAt)
func (_Staking *StakingFilterer) WatchUnstakeRequested(opts *bind.WatchOpts, sink chan<- *StakingUnstakeRequested, account []common.Address, taskId []*big.Int) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "UnstakeRequested", accountRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingUnstakeRequested)
				if err := _Staking.contract.UnpackLog(event, "UnstakeRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnstakeRequested is a log parse operation binding the contract event 0x6ccbfe3b673796acf277f98ced8589ea3dd664c39298848513597ebe869805a6.
//
// Solidity: event UnstakeRequested(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake, uint256 requestId, uint64 availableAt)
func (_Staking *StakingFilterer) ParseUnstakeRequested(log types.Log) (*StakingUnstakeRequested, error) {
	event := new(StakingUnstakeRequested)
	if err := _Staking.contract.UnpackLog(event, "UnstakeRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingWithdrawalGuardSetIterator is returned from FilterWithdrawalGuardSet and is used to iterate over the raw logs and unpacked data for WithdrawalGuardSet events raised by the Staking contract.
type StakingWithdrawalGuardSetIterator struct {
	Event *StakingWithdrawalGuardSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingWithdrawalGuardSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingWithdrawalGuardSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingWithdrawalGuardSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingWithdrawalGuardSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingWithdrawalGuardSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingWithdrawalGuardSet represents a WithdrawalGuardSet event raised by the Staking contract.
type StakingWithdrawalGuardSet struct {
	TaskId *big.Int
	Guard  common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalGuardSet is a free log retrieval operation binding the contract event 0x3d603293bde8ec37c3e6aa2be96cc73216de950636ab10f400c056f7a277c794.
//
// Solidity: event WithdrawalGuardSet(uint256 indexed taskId, address guard)
func (_Staking *StakingFilterer) FilterWithdrawalGuardSet(opts *bind.FilterOpts, taskId []*big.Int) (*StakingWithdrawalGuardSetIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "WithdrawalGuardSet", taskIdRule)
	if err != nil {
		return nil, err
	}
	return &StakingWithdrawalGuardSetIterator{contract: _Staking.contract, event: "WithdrawalGuardSet", logs: logs, sub: sub}, nil
}

// WatchWithdrawalGuardSet is a free log subscription operation binding the contract event 0x3d603293bde8ec37c3e6aa2be96cc73216de950636ab10f400c056f7a277c794.
//
// Solidity: event WithdrawalGuardSet(uint256 indexed taskId, address guard)
func (_Staking *StakingFilterer) WatchWithdrawalGuardSet(opts *bind.WatchOpts, sink chan<- *StakingWithdrawalGuardSet, taskId []*big.Int) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "WithdrawalGuardSet", taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingWithdrawalGuardSet)
				if err := _Staking.contract.UnpackLog(event, "WithdrawalGuardSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalGuardSet is a log parse operation binding the contract event 0x3d603293bde8ec37c3e6aa2be96cc73216de950636ab10f400c056f7a277c794.
//
// Solidity: event WithdrawalGuardSet(uint256 indexed taskId, address guard)
func (_Staking *StakingFilterer) ParseWithdrawalGuardSet(log types.Log) (*StakingWithdrawalGuardSet, error) {
	event := new(StakingWithdrawalGuardSet)
	if err := _Staking.contract.UnpackLog(event, "WithdrawalGuardSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingWithdrawalSlashedIterator is returned from FilterWithdrawalSlashed and is used to iterate over the raw logs and unpacked data for WithdrawalSlashed events raised by the Staking contract.
type StakingWithdrawalSlashedIterator struct {
	Event *StakingWithdrawalSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingWithdrawalSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingWithdrawalSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingWithdrawalSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingWithdrawalSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingWithdrawalSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingWithdrawalSlashed represents a WithdrawalSlashed event raised by the Staking contract.
type StakingWithdrawalSlashed struct {
	Account   common.Address
	TaskId    *big.Int
	RequestId *big.Int
	Amount    *big.Int
	NewAmount *big.Int
	Recipient common.Address
	Slasher   common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalSlashed is a free log retrieval operation binding the contract event 0xbc0d6923cb946c5000dbd13b77d260699dce33d556b4af7f836964dc64e867d2.
//
// Solidity: event WithdrawalSlashed(address indexed account, uint256 indexed taskId, uint256 indexed requestId, uint256 amount, uint256 newAmount, address recipient, address slasher)
func (_Staking *StakingFilterer) FilterWithdrawalSlashed(opts *bind.FilterOpts, account []common.Address, taskId []*big.Int, requestId []*big.Int) (*StakingWithdrawalSlashedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "WithdrawalSlashed", accountRule, taskIdRule, requestIdRule)
	if err != nil {
		return nil, err
	}
	return &StakingWithdrawalSlashedIterator{contract: _Staking.contract, event: "WithdrawalSlashed", logs: logs, sub: sub}, nil
}

// WatchWithdrawalSlashed is a free log subscription operation binding the contract event 0xbc0d6923cb946c5000dbd13b77d260699dce33d556b4af7f836964dc64e867d2.
//
// Solidity: event WithdrawalSlashed(address indexed account, uint256 indexed taskId, uint256 indexed requestId, uint256 amount, uint256 newAmount, address recipient, address slasher)
func (_Staking *StakingFilterer) WatchWithdrawalSlashed(opts *bind.WatchOpts, sink chan<- *StakingWithdrawalSlashed, account []common.Address, taskId []*big.Int, requestId []*big.Int) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "WithdrawalSlashed", accountRule, taskIdRule, requestIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingWithdrawalSlashed)
				if err := _Staking.contract.UnpackLog(event, "WithdrawalSlashed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalSlashed is a log parse operation binding the contract event 0xbc0d6923cb946c5000dbd13b77d260699dce33d556b4af7f836964dc64e867d2.
//
// Solidity: event WithdrawalSlashed(address indexed account, uint256 indexed taskId, uint256 indexed requestId, uint256 amount, uint256 newAmount, address recipient, address slasher)
func (_Staking *StakingFilterer) ParseWithdrawalSlashed(log types.Log) (*StakingWithdrawalSlashed, error) {
	event := new(StakingWithdrawalSlashed)
	if err := _Staking.contract.UnpackLog(event, "WithdrawalSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the Staking contract.
type StakingWithdrawnIterator struct {
	Event *StakingWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingWithdrawn represents a Withdrawn event raised by the Staking contract.
type StakingWithdrawn struct {
	Account   common.Address
	TaskId    *big.Int
	RequestId *big.Int
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x75e161b3e824b114fc1a33274bd7091918dd4e639cede50b78b15a4eea956a21.
//
// Solidity: event Withdrawn(address indexed account, uint256 indexed taskId, uint256 indexed requestId, uint256 amount)
func (_Staking *StakingFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address, taskId []*big.Int, requestId []*big.Int) (*StakingWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}

	logs, sub, err := _Staking.contract.FilterLogs(opts, "Withdrawn", accountRule, taskIdRule, requestIdRule)
	if err != nil {
		return nil, err
	}
	return &StakingWithdrawnIterator{contract: _Staking.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x75e161b3e824b114fc1a33274bd7091918dd4e639cede50b78b15a4eea956a21.
//
// Solidity: event Withdrawn(address indexed account, uint256 indexed taskId, uint256 indexed requestId, uint256 amount)
func (_Staking *StakingFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *StakingWithdrawn, account []common.Address, taskId []*big.Int, requestId []*big.Int) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}

	logs, sub, err := _Staking.contract.WatchLogs(opts, "Withdrawn", accountRule, taskIdRule, requestIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingWithdrawn)
				if err := _Staking.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0x75e161b3e824b114fc1a33274bd7091918dd4e639cede50b78b15a4eea956a21.
//
// Solidity: event Withdrawn(address indexed account, uint256 indexed taskId, uint256 indexed requestId, uint256 amount)
func (_Staking *StakingFilterer) ParseWithdrawn(log types.Log) (*StakingWithdrawn, error) {
	event := new(StakingWithdrawn)
	if err := _Staking.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
