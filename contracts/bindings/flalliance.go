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

// FLAllianceParticipant is an auto generated low-level Go binding around an user-defined struct.
type FLAllianceParticipant struct {
	FlRole     uint8
	Submitted  bool
	Committed  bool
	Revealed   bool
	Accept     bool
	Stake      *big.Int
	Commitment [32]byte
	UpdateHash [32]byte
}

// FLAllianceRound is an auto generated low-level Go binding around an user-defined struct.
type FLAllianceRound struct {
	Seed              [32]byte
	CommitEnd         uint64
	RevealEnd         uint64
	SlashRatePpm      uint32
	SlashToPoolPpm    uint32
	Participants      uint32
	QuorumNumerator   uint32
	QuorumDenominator uint32
	SeedBlock         uint64
	Seeded            bool
	Finalized         bool
	Outcome           uint8
	LastRequestBefore *big.Int
	StakeFor          *big.Int
	StakeAgainst      *big.Int
	VoterStake        *big.Int
	SlashedTotal      *big.Int
}

// FLAllianceTask is an auto generated low-level Go binding around an user-defined struct.
type FLAllianceTask struct {
	Exists         bool
	Rounds         uint32
	CurrentRound   uint32
	CommitDuration uint64
	RevealDuration uint64
	MinStake       *big.Int
}

// FLAllianceMetaData contains all meta data concerning the FLAlliance contract.
var FLAllianceMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIFLStaking\"},{\"name\":\"distributor_\",\"type\":\"address\",\"internalType\":\"contractIRewardsDistributor\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_DURATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MEMBERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_PARTICIPANTS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OUTCOME_ACCEPTED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OUTCOME_REJECTED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OUTCOME_VOID\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PPM\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PROPOSER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REASON_REJECTED_PROPOSER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REASON_VOTE_AGAINST_OUTCOME\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TASK_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VOTER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assignRoles\",\"inputs\":[{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"participants\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"outputs\":[{\"name\":\"flRoles\",\"type\":\"uint8[]\",\"internalType\":\"uint8[]\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"commitVote\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"accept\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"createFLTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rounds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distributor\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardsDistributor\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalizeRound\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"flQuorumDenominator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"flQuorumNumerator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isMember\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"join\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"leave\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"membersOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"outcomeOf\",\"inputs\":[{\"name\":\"r\",\"type\":\"tuple\",\"internalType\":\"structFLAlliance.Round\",\"components\":[{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slashRatePpm\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"slashToPoolPpm\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"participants\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"quorumNumerator\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"quorumDenominator\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"seedBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"seeded\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"finalized\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"lastRequestBefore\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stakeFor\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stakeAgainst\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"voterStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slashedTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"participantOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structFLAlliance.Participant\",\"components\":[{\"name\":\"flRole\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"submitted\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"committed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"revealed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"accept\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"updateHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"participantsOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeIneligible\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revealVote\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"accept\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"roundOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structFLAlliance.Round\",\"components\":[{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slashRatePpm\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"slashToPoolPpm\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"participants\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"quorumNumerator\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"quorumDenominator\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"seedBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"seeded\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"finalized\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"lastRequestBefore\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stakeFor\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stakeAgainst\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"voterStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slashedTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"seedRound\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setQuorum\",\"inputs\":[{\"name\":\"numerator\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"denominator\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlashParams\",\"inputs\":[{\"name\":\"slashRatePpm_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"slashToPoolPpm_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashRatePpm\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slashToPoolPpm\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIFLStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"startRound\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitUpdate\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"updateHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"taskOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structFLAlliance.Task\",\"components\":[{\"name\":\"exists\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"rounds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"currentRound\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdrawalLocked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"FLTaskCreated\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"creator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"rounds\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"commitDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"revealDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MemberJoined\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"stake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MemberLeft\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"removed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParticipantSlashed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumSet\",\"inputs\":[{\"name\":\"numerator\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"denominator\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAssigned\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"participant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"flRole\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"stake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoundFinalized\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"stakeFor\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"stakeAgainst\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"voterStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"slashedTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toPool\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toTreasury\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoundStarted\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"commitEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"revealEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"participants\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlashParamsSet\",\"inputs\":[{\"name\":\"slashRatePpm\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"slashToPoolPpm\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UpdateSubmitted\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"updateHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCommitted\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteRevealed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"accept\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"stake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyCommitted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"AlreadyMember\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyRevealed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"AlreadySeeded\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"AlreadySubmitted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitWindowClosed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CommitmentMismatch\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidDuration\",\"inputs\":[{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidPpm\",\"inputs\":[{\"name\":\"ppm\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidQuorum\",\"inputs\":[{\"name\":\"numerator\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"denominator\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidRounds\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidTaskId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoActiveRound\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoRoundsLeft\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotCommitted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NotEnoughParticipants\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"participants\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotFLParticipant\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotMember\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotProposer\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NotVoter\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RevealWindowClosed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revealEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RevealWindowNotOpen\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RevealWindowNotOver\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revealEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RoundInProgress\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SeedNotReady\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"seedBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StakeTooLow\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StillEligible\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyExists\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TaskIdTaken\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyMembers\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroHash\",\"inputs\":[]}]",
	Bin: "0x60e0604052600280546001600160a01b03166708006ddd00000c3560a51b1790556003805463ffffffff19168117905534801561003a575f5ffd5b5060405161437b38038061437b83398101604081905261005991610305565b600180556001600160a01b038416158061007a57506001600160a01b038316155b8061008c57506001600160a01b038216155b8061009e57506001600160a01b038116155b156100bc5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808516608081905290841660a05260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa15801561010b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012f9190610361565b6001600160a01b0390811660c052600280546001600160a01b03191691841691909117905561015e5f82610245565b506040516001600160a01b03831681527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a16002546040805163ffffffff600160a01b840481168252600160c01b90930490921660208301527f05408eb149552c1509739db9cdc601361e0cc002e5463dc5b055a8b8055f7fa5910160405180910390a160025460035460408051600160e01b90930463ffffffff908116845290911660208301527f34c6137601b33e9d5aedb4f12c00d4730f0e0d8ac187ef9145aa0c7109c3c773910160405180910390a150505050610383565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102e5575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561029d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102e8565b505f5b92915050565b6001600160a01b0381168114610302575f5ffd5b50565b5f5f5f5f60808587031215610318575f5ffd5b8451610323816102ee565b6020860151909450610334816102ee565b6040860151909350610345816102ee565b6060860151909250610356816102ee565b939692955090935050565b5f60208284031215610371575f5ffd5b815161037c816102ee565b9392505050565b60805160a05160c051613f6c61040f5f395f8181610abd015281816111f701526112d201525f81816108e301528181611219015261125b01525f81816105e201528181610c2101528181610cd5015281816118ab01528181611b8301528181611e5301528181611ecc015281816120eb015281816131320152818161340601526134e20152613f6c5ff3fe608060405234801561000f575f5ffd5b50600436106102ca575f3560e01c80637d9e10f51161017b578063b1724b46116100e4578063dc3557d51161009e578063f0f4426011610079578063f0f4426014610a92578063facc092f14610aa5578063fc0c546a14610ab8578063ff4cc6e314610759575f5ffd5b8063dc3557d514610a4c578063dcb7501a14610a63578063ea0e35b114610a8a575f5ffd5b8063b1724b46146108bc578063bfe10928146108de578063bffa7f0f1461068d578063d38515a414610905578063d547741f14610915578063d5b36e2414610928575f5ffd5b806391d148541161013557806391d148541461086757806398908c741461087a5780639d4fe0b31461068d5780639da6918014610882578063a217fddf14610895578063ad4e36e21461089c575f5ffd5b80637d9e10f5146106f857806380591efc1461072f5780638297e24f1461074657806383c8eafc146107595780638a8069e6146107615780638ebf2fd614610759575f5ffd5b80633c267887116102375780636257f81d116101f157806367128992116101cc578063671289921461068d57806367dfd4c91461069557806377a5218a146106a85780637c819680146106bb575f5ffd5b80636257f81d14610642578063655538b11461065557806366137baf1461067a575f5ffd5b80633c267887146103f85780633da2253e1461040b57806348f9616e146105ca5780634cf088d9146105dd5780635fc3d52d1461061c57806361d027b31461062f575f5ffd5b80632781113e116102885780632781113e1461038d5780632bf62b6a146103a05780632f2ff15d146103b75780633469f6e2146103ca57806336568abe146103dd5780633a984bc5146103f0575f5ffd5b80625feb9f146102ce57806301ffc9a7146102e3578063049878f31461030b5780630d720bbc1461031e5780630e2aa4551461033d578063248a9ca31461035d575b5f5ffd5b6102e16102dc36600461364c565b610adf565b005b6102f66102f1366004613663565b610b51565b60405190151581526020015b60405180910390f35b6102e161031936600461364c565b610b87565b610328620f424081565b60405163ffffffff9091168152602001610302565b61035061034b36600461364c565b610e40565b604051610302919061368a565b61037f61036b36600461364c565b5f9081526020819052604090206001015490565b604051908152602001610302565b6102e161039b3660046136e8565b610ea9565b60025461032890600160e01b900463ffffffff1681565b6102e16103c536600461372d565b610f96565b6102e16103d836600461364c565b610fc0565b6102e16103eb36600461372d565b611382565b61037f600281565b6102e161040636600461375b565b6113ba565b6105bd61041936600461377b565b60408051610220810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810191909152505f82815260056020818152604080842063ffffffff8087168652908352938190208151610220810183528154815260018201546001600160401b0380821695830195909552600160401b8104851693820193909352600160801b830486166060820152600160a01b830486166080820152600160c01b8304861660a0820152600160e01b909204851660c0830152600281015494851660e0830152600160201b850490921661010082015260ff600160601b850481161515610120830152600160681b850481161515610140830152600160701b909404909316610160840152600381015461018084015260048101546101a0840152908101546101c083015260068101546101e08301526007015461020082015292915050565b604051610302919061379c565b6102e16105d83660046136e8565b611519565b6106047f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610302565b61032861062a36600461364c565b6115dd565b600254610604906001600160a01b031681565b6102e161065036600461390c565b611a4a565b6106686106633660046139fd565b611f36565b60405160ff9091168152602001610302565b61035061068836600461377b565b611fba565b610668600181565b6102e16106a336600461364c565b612032565b6102e16106b636600461372d565b612089565b61037f6106c9366004613b1f565b604080519215156020808501919091528382019290925280518084038201815260609093019052815191012090565b6102f661070636600461372d565b5f9182526009602090815260408084206001600160a01b03939093168452919052902054151590565b60025461032890600160a01b900463ffffffff1681565b6102f6610754366004613b49565b6121af565b610668600281565b61085a61076f366004613b7b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152505f83815260076020908152604080832063ffffffff8616845282528083206001600160a01b038516845282529182902082516101008082018552825460ff80821684529181048216151594830194909452620100008404811615159482019490945263010000008304841615156060820152600160201b90920490921615156080820152600182015460a0820152600282015460c082015260039091015460e08201529392505050565b6040516103029190613bb8565b6102f661087536600461372d565b612251565b610668600381565b6102e161089036600461375b565b612279565b61037f5f81565b6108af6108aa366004613c2b565b6123cc565b6040516103029190613ce9565b6108c662278d0081565b6040516001600160401b039091168152602001610302565b6106047f000000000000000000000000000000000000000000000000000000000000000081565b6003546103289063ffffffff1681565b6102e161092336600461372d565b61257b565b6109e161093636600461364c565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260046020908152604091829020825160c081018452815460ff81161515825263ffffffff6101008204811694830194909452600160281b8104909316938101939093526001600160401b03600160481b830481166060850152600160881b90920490911660808301526001015460a082015290565b60405161030291905f60c08201905082511515825263ffffffff602084015116602083015263ffffffff60408401511660408301526001600160401b0360608401511660608301526001600160401b03608084015116608083015260a083015160a083015292915050565b60025461032890600160c01b900463ffffffff1681565b61037f7fb92c2a21703f3c072393dbfb80892d64c658be905cb04413ee31f582996f0bb281565b61037f608081565b6102e1610aa0366004613d23565b61259f565b6102e1610ab3366004613d3e565b612625565b6106047f000000000000000000000000000000000000000000000000000000000000000081565b610ae761289c565b5f5f610af2836128c6565b60028101549193509150600160601b900460ff1615610b3857604051633db9285f60e01b81526004810184905263ffffffff831660248201526044015b60405180910390fd5b610b4383838361293c565b5050610b4e60018055565b50565b5f6001600160e01b03198216637965db0b60e01b1480610b8157506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f610b9182612ccf565b805490915063ffffffff61010082048116600160281b9092041610610bcc576040516324cd8d9360e11b815260048101839052602401610b2f565b5f82815260096020908152604080832033845290915290205415610c0757338260405163190b8b0560e31b8152600401610b2f929190613d73565b6040516335a76b6960e11b81526003906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636b4ed6d290610c589033908790600401613d73565b602060405180830381865afa158015610c73573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c979190613d8c565b60ff1614610cbc573382604051633f31463760e01b8152600401610b2f929190613d73565b604051633b61c5a760e21b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ed87169c90610d0c9033908790600401613d73565b602060405180830381865afa158015610d27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d4b9190613da7565b9050610d5b818360010154612d01565b610d95576001820154604051637b91b63160e11b815233600482015260248101859052604481018390526064810191909152608401610b2f565b5f8381526008602052604090208054608011610dc757604051634f71dd4360e11b815260048101859052602401610b2f565b80546001810182555f828152602080822090920180546001600160a01b031916339081179091558354878352600984526040808420838552855292839020559051848152909186917ff4f82575ee84a81aac4be52b6a368e9ba9df524b4f5cf8177d7cfbabe861820c910160405180910390a350505050565b5f81815260086020908152604091829020805483518184028101840190945280845260609392830182828015610e9d57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610e7f575b50505050509050919050565b5f610eb381612d12565b620f424063ffffffff84161115610ee55760405163fbf2a97960e01b815263ffffffff84166004820152602401610b2f565b620f424063ffffffff83161115610f175760405163fbf2a97960e01b815263ffffffff83166004820152602401610b2f565b6002805467ffffffffffffffff60a01b1916600160a01b63ffffffff86811691820263ffffffff60c01b191692909217600160c01b928616928302179092556040805192835260208301919091527f05408eb149552c1509739db9cdc601361e0cc002e5463dc5b055a8b8055f7fa591015b60405180910390a1505050565b5f82815260208190526040902060010154610fb081612d12565b610fba8383612d1c565b50505050565b610fc861289c565b5f5f610fd383612dab565b60018101549193509150600160401b90046001600160401b03164210156110375760018101546040516317ea863760e11b81526004810185905263ffffffff84166024820152600160401b9091046001600160401b03166044820152606401610b2f565b60408051610220810182528254815260018301546001600160401b038082166020840152600160401b820481169383019390935263ffffffff600160801b820481166060840152600160a01b820481166080840152600160c01b8204811660a0840152600160e01b909104811660c0830152600284015490811660e0830152600160201b810490921661010082015260ff600160601b830481161515610120830152600160681b830481161515610140830152600160701b909204909116610160820152600382015461018082015260048201546101a082015260058201546101c082015260068201546101e082015260078201546102008201525f9061113d90611f36565b60028301805460ff8316600160701b810261ffff60681b1990921691909117600160681b179091559091505f9060031461119c57600183810154611197918791879160ff87161490600160801b900463ffffffff16612dd9565b61119e565b5f5b6007840181905560018401549091505f90620f4240906111cb90600160a01b900463ffffffff1684613dd2565b6111d59190613dfd565b90505f6111e28284613e10565b905081156112bb5761123e6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084612f01565b60405163a65e2cfd60e01b815260048101889052602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a65e2cfd906044015f604051808303815f87803b1580156112a4575f5ffd5b505af11580156112b6573d5f5f3e3d5ffd5b505050505b80156112fb576002546112fb906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683612fc3565b6004850154600586015460068701546040805160ff89168152602081019490945283019190915260608201526080810184905260a0810183905260c0810182905263ffffffff87169088907f4b01bf4b63bdfa4070cc2d4f6fdf6551d92578bb2aedaa7b96ffa679bb34fd439060e00160405180910390a3505050505050610b4e60018055565b6001600160a01b03811633146113ab5760405163334bd91960e11b815260040160405180910390fd5b6113b58282612fe9565b505050565b5f5f6113c584612dab565b600181015491935091506001600160401b0316421061141b576001810154604051633c82c2b760e01b81526004810186905263ffffffff841660248201526001600160401b039091166044820152606401610b2f565b826114395760405163f1ae58d560e01b815260040160405180910390fd5b5f84815260076020908152604080832063ffffffff8616845282528083203384529091529020805460ff1660011461148a573385846040516349d0fdeb60e11b8152600401610b2f93929190613e23565b8054610100900460ff16156114b85733858460405163a82877a760e01b8152600401610b2f93929190613e23565b805461ff00191661010017815560038101849055604051339063ffffffff85169087907fafbcf8e0a58343bd3b7a2e8784acde8a95d81fa4492c8325c3f0de4b673ca6739061150a9089815260200190565b60405180910390a45050505050565b5f61152381612d12565b63ffffffff8216158061154157508163ffffffff168363ffffffff16115b1561156f57604051630fe94cad60e31b815263ffffffff808516600483015283166024820152604401610b2f565b600280546001600160e01b0316600160e01b63ffffffff868116918202929092179092556003805463ffffffff191691851691821790556040805192835260208301919091527f34c6137601b33e9d5aedb4f12c00d4730f0e0d8ac187ef9145aa0c7109c3c7739101610f89565b5f6115e661289c565b5f6115f083612ccf565b8054909150600160281b900463ffffffff16801580159061163a57505f84815260056020908152604080832063ffffffff85168452909152902060020154600160681b900460ff16155b156116675760405163105249cb60e01b81526004810185905263ffffffff82166024820152604401610b2f565b815463ffffffff61010090910481169082161061169a576040516324cd8d9360e11b815260048101859052602401610b2f565b6116a5816001613e4a565b825468ffffffff00000000001916600160281b63ffffffff83160217835560018301549093505f9081906116da908790613052565b81519193509150600281101561170d57604051635fdd6f4960e01b81526004810188905260248101829052604401610b2f565b5f87815260056020908152604080832063ffffffff8a1684529091529020611736436001613e66565b6002820180546bffffffffffffffff000000001916600160201b6001600160401b0393841602179055865461177491600160481b9091041642613e66565b60018201805467ffffffffffffffff19166001600160401b0392831690811790915587546117ab92600160881b9091041690613e66565b6001820180546001600160401b0392909216600160401b026fffffffffffffffff00000000000000001983168117825560028054600160801b63ffffffff600160a01b9283900481169190910263ffffffff60801b1990941673ffffffffffffffffffffffff00000000000000001990961695909517929092178084558154600160c01b9004851690920263ffffffff60a01b198316811784558154600160e01b908190048616026001600160e01b03909116600167ffffffff0000000160a01b039093169290921791909117909155600354908301805463ffffffff1916919092161790556040805163fc2a88c360e01b815290516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163fc2a88c39160048083019260209291908290030181865afa1580156118f4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119189190613da7565b600382015560018101805463ffffffff808516600160c01b0263ffffffff60c01b19909216919091179091555f898152600660209081526040808320938b168084529382528083208c845260078352818420948452939091528120905b84811015611a33578287828151811061199057611990613e85565b60209081029190910181015182546001810184555f938452919092200180546001600160a01b0319166001600160a01b0390921691909117905585518690829081106119de576119de613e85565b6020026020010151825f8984815181106119fa576119fa613e85565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f2060010181905550806001019050611975565b505050505050505050611a4560018055565b919050565b7fb92c2a21703f3c072393dbfb80892d64c658be905cb04413ee31f582996f0bb2611a7481612d12565b855f03611a945760405163fea707d960e01b815260040160405180910390fd5b5f8681526004602052604090205460ff1615611ac65760405163fabb347d60e01b815260048101879052602401610b2f565b8463ffffffff165f03611aec57604051630ebd719560e01b815260040160405180910390fd5b6001600160401b0383161580611b0d575062278d006001600160401b038416115b15611b365760405163019451cb60e01b81526001600160401b0384166004820152602401610b2f565b6001600160401b0382161580611b57575062278d006001600160401b038316115b15611b805760405163019451cb60e01b81526001600160401b0383166004820152602401610b2f565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639e498f166040518163ffffffff1660e01b8152600401602060405180830381865afa158015611bdd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c019190613e99565b90506001600160a01b03811615801590611c7d575060405163d90583df60e01b8152600481018890526001600160a01b0382169063d90583df90602401602060405180830381865afa158015611c59573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c7d9190613eb4565b15611c9e576040516377ef9e7760e11b815260048101889052602401610b2f565b6040518060c001604052806001151581526020018763ffffffff1681526020015f63ffffffff168152602001856001600160401b03168152602001846001600160401b031681526020018681525060045f8981526020019081526020015f205f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160056101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160096101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f0160116101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160010155905050336001600160a01b0316877f7c6185a40bb04150dc39af1671c6b63cba1f53133cd7e710f55599f577cfce0588888888604051611e35949392919063ffffffff94909416845260208401929092526001600160401b03908116604084015216606082015260800190565b60405180910390a36040516375b0d5a760e11b8152600481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eb61ab4e906024015f604051808303815f87803b158015611e9c575f5ffd5b505af1158015611eae573d5f5f3e3d5ffd5b505060405163ed94284560e01b8152600481018a90523060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925063ed94284591506044015f604051808303815f87803b158015611f17575f5ffd5b505af1158015611f29573d5f5f3e3d5ffd5b5050505050505050505050565b5f5f826101c00151836101a00151611f4e9190613ecf565b9050801580611f8a5750826101e001518360c0015163ffffffff16611f739190613dd2565b60e0840151611f889063ffffffff1683613dd2565b105b15611f985750600392915050565b826101c00151836101a0015111611fb0576002611fb3565b60015b9392505050565b5f82815260066020908152604080832063ffffffff8516845282529182902080548351818402810184019094528084526060939283018282801561202557602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311612007575b5050505050905092915050565b5f818152600960209081526040808320338452909152812054908190036120705733826040516388004cf560e01b8152600401610b2f929190613d73565b6120858261207f600184613e10565b5f613257565b5050565b5f8281526009602090815260408083206001600160a01b0385168452909152812054908190036120d05781836040516388004cf560e01b8152600401610b2f929190613d73565b604051633b61c5a760e21b8152612177906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ed87169c906121229086908890600401613d73565b602060405180830381865afa15801561213d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121619190613da7565b5f85815260046020526040902060010154612d01565b156121995781836040516334844a8360e01b8152600401610b2f929190613d73565b6113b5836121a8600184613e10565b6001613257565b5f8281526004602090815260408083205460058352818420600160281b90910463ffffffff16808552925282208115806121f457506002810154600160681b900460ff165b80612203575080600301548411155b15612212575f92505050611fb3565b505f84815260076020908152604080832063ffffffff90941683529281528282206001600160a01b038816835290522060010154151590509392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5f61228484612dab565b600181015491935091506001600160401b031642106122da576001810154604051633c82c2b760e01b81526004810186905263ffffffff841660248201526001600160401b039091166044820152606401610b2f565b826122f85760405163f1ae58d560e01b815260040160405180910390fd5b5f84815260076020908152604080832063ffffffff8616845282528083203384529091529020805460ff166002146123495733858460405163086758cf60e31b8152600401610b2f93929190613e23565b805462010000900460ff1615612378573385846040516388095b0b60e01b8152600401610b2f93929190613e23565b805462ff000019166201000017815560028101849055604051339063ffffffff85169087907f24244570da12824ef598711c2db91f486bd0e82bf64505e96cbc6212e78741de9061150a9089815260200190565b8051606090806001600160401b038111156123e9576123e961395f565b604051908082528060200260200182016040528015612412578160200160208202803683370190505b5091505f805f19815b84811015612504575f8888838151811061243757612437613e85565b60200260200101516040516020016124629291909182526001600160a01b0316602082015260400190565b60408051601f1981840301815291905280516020909101209050612487600382613ee2565b5f036124c35760018783815181106124a1576124a1613e85565b60ff909216602092830291909101909101526124bc85613ef5565b94506124ec565b60028783815181106124d7576124d7613e85565b602002602001019060ff16908160ff16815250505b828110156124fb578092508193505b5060010161241b565b506002841061257157825f0361254157600185838151811061252857612528613e85565b602002602001019060ff16908160ff1681525050612571565b83830361257157600285838151811061255c5761255c613e85565b602002602001019060ff16908160ff16815250505b5050505092915050565b5f8281526020819052604090206001015461259581612d12565b610fba8383612fe9565b5f6125a981612d12565b6001600160a01b0382166125d05760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b5f5f61263085612dab565b600181015491935091506001600160401b03164210156126875760018101546040516307a84d5d60e21b81526004810187905263ffffffff841660248201526001600160401b039091166044820152606401610b2f565b6001810154600160401b90046001600160401b031642106126e557600181015460405163289571d160e21b81526004810187905263ffffffff84166024820152600160401b9091046001600160401b03166044820152606401610b2f565b5f85815260076020908152604080832063ffffffff8616845282528083203384529091529020805460ff166002146127365733868460405163086758cf60e31b8152600401610b2f93929190613e23565b805462010000900460ff16612764573386846040516377b5546960e01b8152600401610b2f93929190613e23565b80546301000000900460ff161561279457338684604051636ccd243160e01b8152600401610b2f93929190613e23565b60028101546040805187151560208083019190915281830188905282518083038401815260609092019092528051910120146127e9573386846040516373bc5d0d60e01b8152600401610b2f93929190613e23565b805485158015600160201b0264ffff000000199092169190911763010000001782556001820154906128335780836004015f8282546128289190613ecf565b9091555061284c9050565b80836005015f8282546128469190613ecf565b90915550505b60408051871515815260208101839052339163ffffffff8716918a917fac164fd30723d9f64370e014edd0c2756c2ad1ea6cf44af04b2323f9bb8a4a2e910160405180910390a450505050505050565b6002600154036128bf57604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b5f5f6128d183612ccf565b545f848152600560209081526040808320600160281b90940463ffffffff16808452939091529020909250905081158061291657506002810154600160681b900460ff165b1561293757604051632a54177360e21b815260048101849052602401610b2f565b915091565b6002810154600160201b90046001600160401b0316438110612987576040516319c05c0760e31b81526004810185905263ffffffff8416602482015260448101829052606401610b2f565b5f61010082612997600143613e10565b6129a19190613e10565b6129ab9190613dfd565b6129b790610100613dd2565b6129c19083613ecf565b604080518240602082015290810187905263ffffffff861660608201529091505f9060800160408051601f19818403018152918152815160209283012080875560028701805460ff60601b1916600160601b1790555f8981526006845282812063ffffffff8a168083529085528382208b8352600786528483209183529452918220835491945091816001600160401b03811115612a6157612a6161395f565b604051908082528060200260200182016040528015612a8a578160200160208202803683370190505b5090505f5b82811015612af657848181548110612aa957612aa9613e85565b905f5260205f20015f9054906101000a90046001600160a01b0316828281518110612ad657612ad6613e85565b6001600160a01b0390921660209283029190910190910152600101612a8f565b505f612b0286836123cc565b60018a0154604080518981526001600160401b038084166020830152600160401b84041681830152600160c01b90920463ffffffff908116606084015290519293508c16918d917f4387058bae42fe3609ecb1689770cb0b79dbe4eabc67b72f4d6555a08af56f97919081900360800190a35f5f5b84811015612cb9575f865f868481518110612b9457612b94613e85565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f209050838281518110612bcf57612bcf613e85565b6020908102919091010151815460ff191660ff9091161781558351600290859084908110612bff57612bff613e85565b602002602001015160ff1603612c21576001810154612c1e9084613ecf565b92505b848281518110612c3357612c33613e85565b60200260200101516001600160a01b03168d63ffffffff168f7f26b2d8ed02d00e6074ef6892c0a0f5b997b751cfb591018f309fb755576f30bc878681518110612c7f57612c7f613e85565b60200260200101518560010154604051612ca892919060ff929092168252602082015260400190565b60405180910390a450600101612b77565b5060069099019890985550505050505050505050565b5f818152600460205260409020805460ff16611a4557604051634899e04360e01b815260048101839052602401610b2f565b5f8215801590611fb3575050111590565b610b4e81336133d7565b5f612d278383612251565b612da4575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612d5c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610b81565b505f610b81565b5f5f612db6836128c6565b60028101549193509150600160601b900460ff166129375761293783838361293c565b5f84815260066020908152604080832063ffffffff871680855290835281842088855260078452828520918552925282208154835b81811015612ef5575f848281548110612e2957612e29613e85565b5f918252602080832091909101546001600160a01b031680835290869052604082208054919350919060ff165f1901612e6a5789612e65575060015b612e9b565b81546301000000900460ff168015612e925750815460ff600160201b9091041615158a151514155b15612e9b575060025b60ff811615612ee757612eda8c8c85620f424063ffffffff168d63ffffffff168760010154612eca9190613dd2565b612ed49190613dfd565b85613402565b612ee49089613ecf565b97505b505050806001019050612e0e565b50505050949350505050565b5f836001600160a01b031663095ea7b38484604051602401612f24929190613d73565b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050509050612f5d8482613597565b610fba57612fb984856001600160a01b031663095ea7b3865f604051602401612f87929190613d73565b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506135e0565b610fba84826135e0565b6113b583846001600160a01b031663a9059cbb8585604051602401612f87929190613d73565b5f612ff48383612251565b15612da4575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610b81565b5f82815260086020526040902080546060918291806001600160401b0381111561307e5761307e61395f565b6040519080825280602002602001820160405280156130a7578160200160208202803683370190505b509350806001600160401b038111156130c2576130c261395f565b6040519080825280602002602001820160405280156130eb578160200160208202803683370190505b5092505f5f5b82811015613246575f84828154811061310c5761310c613e85565b5f918252602082200154604051633b61c5a760e21b81526001600160a01b0391821693507f00000000000000000000000000000000000000000000000000000000000000009091169063ed87169c9061316b9085908e90600401613d73565b602060405180830381865afa158015613186573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131aa9190613da7565b90506131b6818a612d01565b1561322757818885815181106131ce576131ce613e85565b60200260200101906001600160a01b031690816001600160a01b0316815250508087858151811061320157613201613e85565b602090810291909101015261321584613ef5565b935061322083613ef5565b925061323f565b6132338a846001613257565b61323c85613f0d565b94505b50506130f1565b818652818552505050509250929050565b5f838152600860205260408120805490919082908590811061327b5761327b613e85565b5f91825260208220015483546001600160a01b0390911692506132a090600190613e10565b9050808514613345575f8382815481106132bc576132bc613e85565b905f5260205f20015f9054906101000a90046001600160a01b03169050808487815481106132ec576132ec613e85565b5f91825260209091200180546001600160a01b0319166001600160a01b039290921691909117905561331f866001613ecf565b5f8881526009602090815260408083206001600160a01b03909516835293905291909120555b8280548061335557613355613f22565b5f82815260208082205f19908401810180546001600160a01b03191690559092019092558782526009815260408083206001600160a01b0386168085529083528184209390935551861515815288917f6b59e67399cb69a6d8fdfb638f3e0916048e8351db75c813d97b60415fe1d8cc910160405180910390a3505050505050565b6133e18282612251565b61208557808260405163e2517d3f60e01b8152600401610b2f929190613d73565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637165b6a586896040518363ffffffff1660e01b8152600401613452929190613d73565b602060405180830381865afa15801561346d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134919190613da7565b90508084111561349f578093505b835f036134af575f91505061358e565b6040516318fb907d60e01b81526001600160a01b03868116600483015260248201899052604482018690523060648301527f000000000000000000000000000000000000000000000000000000000000000016906318fb907d906084015f604051808303815f87803b158015613523575f5ffd5b505af1158015613535573d5f5f3e3d5ffd5b50506040805187815260ff871660208201526001600160a01b038916935063ffffffff8a1692508a917fc7b2baad6f6e8de341c4613686e42c94a981b0e6c8438c97190a24d29b15b97c910160405180910390a4839150505b95945050505050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f5190508280156135d6575081156135c857806001146135d6565b5f866001600160a01b03163b115b9695505050505050565b5f5f60205f8451602086015f885af1806135ff576040513d5f823e3d81fd5b50505f513d91508115613616578060011415613623565b6001600160a01b0384163b155b15610fba57604051635274afe760e01b81526001600160a01b0385166004820152602401610b2f565b5f6020828403121561365c575f5ffd5b5035919050565b5f60208284031215613673575f5ffd5b81356001600160e01b031981168114611fb3575f5ffd5b602080825282518282018190525f918401906040840190835b818110156136ca5783516001600160a01b03168352602093840193909201916001016136a3565b509095945050505050565b803563ffffffff81168114611a45575f5ffd5b5f5f604083850312156136f9575f5ffd5b613702836136d5565b9150613710602084016136d5565b90509250929050565b6001600160a01b0381168114610b4e575f5ffd5b5f5f6040838503121561373e575f5ffd5b82359150602083013561375081613719565b809150509250929050565b5f5f6040838503121561376c575f5ffd5b50508035926020909101359150565b5f5f6040838503121561378c575f5ffd5b82359150613710602084016136d5565b815181526020808301516102208301916137c0908401826001600160401b03169052565b5060408301516137db60408401826001600160401b03169052565b5060608301516137f3606084018263ffffffff169052565b50608083015161380b608084018263ffffffff169052565b5060a083015161382360a084018263ffffffff169052565b5060c083015161383b60c084018263ffffffff169052565b5060e083015161385360e084018263ffffffff169052565b506101008301516138706101008401826001600160401b03169052565b5061012083015161388661012084018215159052565b5061014083015161389c61014084018215159052565b506101608301516138b361016084018260ff169052565b506101808301516101808301526101a08301516101a08301526101c08301516101c08301526101e08301516101e083015261020083015161020083015292915050565b80356001600160401b0381168114611a45575f5ffd5b5f5f5f5f5f60a08688031215613920575f5ffd5b85359450613930602087016136d5565b935060408601359250613945606087016138f6565b9150613953608087016138f6565b90509295509295909350565b634e487b7160e01b5f52604160045260245ffd5b60405161022081016001600160401b03811182821017156139965761399661395f565b60405290565b604051601f8201601f191681016001600160401b03811182821017156139c4576139c461395f565b604052919050565b8015158114610b4e575f5ffd5b8035611a45816139cc565b60ff81168114610b4e575f5ffd5b8035611a45816139e4565b5f610220828403128015613a0f575f5ffd5b50613a18613973565b82358152613a28602084016138f6565b6020820152613a39604084016138f6565b6040820152613a4a606084016136d5565b6060820152613a5b608084016136d5565b6080820152613a6c60a084016136d5565b60a0820152613a7d60c084016136d5565b60c0820152613a8e60e084016136d5565b60e0820152613aa061010084016138f6565b610100820152613ab361012084016139d9565b610120820152613ac661014084016139d9565b610140820152613ad961016084016139f2565b61016082015261018083810135908201526101a080840135908201526101c080840135908201526101e08084013590820152610200928301359281019290925250919050565b5f5f60408385031215613b30575f5ffd5b8235613b3b816139cc565b946020939093013593505050565b5f5f5f60608486031215613b5b575f5ffd5b8335613b6681613719565b95602085013595506040909401359392505050565b5f5f5f60608486031215613b8d575f5ffd5b83359250613b9d602085016136d5565b91506040840135613bad81613719565b809150509250925092565b5f6101008201905060ff83511682526020830151151560208301526040830151151560408301526060830151613bf2606084018215159052565b506080830151613c06608084018215159052565b5060a083015160a083015260c083015160c083015260e083015160e083015292915050565b5f5f60408385031215613c3c575f5ffd5b8235915060208301356001600160401b03811115613c58575f5ffd5b8301601f81018513613c68575f5ffd5b80356001600160401b03811115613c8157613c8161395f565b8060051b613c916020820161399c565b91825260208184018101929081019088841115613cac575f5ffd5b6020850194505b83851015613cda5784359250613cc883613719565b82825260209485019490910190613cb3565b80955050505050509250929050565b602080825282518282018190525f918401906040840190835b818110156136ca57835160ff16835260209384019390920191600101613d02565b5f60208284031215613d33575f5ffd5b8135611fb381613719565b5f5f5f60608486031215613d50575f5ffd5b833592506020840135613d62816139cc565b929592945050506040919091013590565b6001600160a01b03929092168252602082015260400190565b5f60208284031215613d9c575f5ffd5b8151611fb3816139e4565b5f60208284031215613db7575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610b8157610b81613dbe565b634e487b7160e01b5f52601260045260245ffd5b5f82613e0b57613e0b613de9565b500490565b81810381811115610b8157610b81613dbe565b6001600160a01b03939093168352602083019190915263ffffffff16604082015260600190565b63ffffffff8181168382160190811115610b8157610b81613dbe565b6001600160401b038181168382160190811115610b8157610b81613dbe565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613ea9575f5ffd5b8151611fb381613719565b5f60208284031215613ec4575f5ffd5b8151611fb3816139cc565b80820180821115610b8157610b81613dbe565b5f82613ef057613ef0613de9565b500690565b5f60018201613f0657613f06613dbe565b5060010190565b5f81613f1b57613f1b613dbe565b505f190190565b634e487b7160e01b5f52603160045260245ffdfea264697066735822122064461f83e814c791f97f239297bb430d56d29ae82dd33872f7120c401c9f0f8764736f6c634300081c0033",
}

// FLAllianceABI is the input ABI used to generate the binding from.
// Deprecated: Use FLAllianceMetaData.ABI instead.
var FLAllianceABI = FLAllianceMetaData.ABI

// FLAllianceBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FLAllianceMetaData.Bin instead.
var FLAllianceBin = FLAllianceMetaData.Bin

// DeployFLAlliance deploys a new Ethereum contract, binding an instance of FLAlliance to it.
func DeployFLAlliance(auth *bind.TransactOpts, backend bind.ContractBackend, staking_ common.Address, distributor_ common.Address, treasury_ common.Address, admin common.Address) (common.Address, *types.Transaction, *FLAlliance, error) {
	parsed, err := FLAllianceMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FLAllianceBin), backend, staking_, distributor_, treasury_, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &FLAlliance{FLAllianceCaller: FLAllianceCaller{contract: contract}, FLAllianceTransactor: FLAllianceTransactor{contract: contract}, FLAllianceFilterer: FLAllianceFilterer{contract: contract}}, nil
}

// FLAlliance is an auto generated Go binding around an Ethereum contract.
type FLAlliance struct {
	FLAllianceCaller     // Read-only binding to the contract
	FLAllianceTransactor // Write-only binding to the contract
	FLAllianceFilterer   // Log filterer for contract events
}

// FLAllianceCaller is an auto generated read-only Go binding around an Ethereum contract.
type FLAllianceCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FLAllianceTransactor is an auto generated write-only Go binding around an Ethereum contract.
type FLAllianceTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FLAllianceFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type FLAllianceFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FLAllianceSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type FLAllianceSession struct {
	Contract     *FLAlliance       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// FLAllianceCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type FLAllianceCallerSession struct {
	Contract *FLAllianceCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// FLAllianceTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type FLAllianceTransactorSession struct {
	Contract     *FLAllianceTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// FLAllianceRaw is an auto generated low-level Go binding around an Ethereum contract.
type FLAllianceRaw struct {
	Contract *FLAlliance // Generic contract binding to access the raw methods on
}

// FLAllianceCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type FLAllianceCallerRaw struct {
	Contract *FLAllianceCaller // Generic read-only contract binding to access the raw methods on
}

// FLAllianceTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type FLAllianceTransactorRaw struct {
	Contract *FLAllianceTransactor // Generic write-only contract binding to access the raw methods on
}

// NewFLAlliance creates a new instance of FLAlliance, bound to a specific deployed contract.
func NewFLAlliance(address common.Address, backend bind.ContractBackend) (*FLAlliance, error) {
	contract, err := bindFLAlliance(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &FLAlliance{FLAllianceCaller: FLAllianceCaller{contract: contract}, FLAllianceTransactor: FLAllianceTransactor{contract: contract}, FLAllianceFilterer: FLAllianceFilterer{contract: contract}}, nil
}

// NewFLAllianceCaller creates a new read-only instance of FLAlliance, bound to a specific deployed contract.
func NewFLAllianceCaller(address common.Address, caller bind.ContractCaller) (*FLAllianceCaller, error) {
	contract, err := bindFLAlliance(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &FLAllianceCaller{contract: contract}, nil
}

// NewFLAllianceTransactor creates a new write-only instance of FLAlliance, bound to a specific deployed contract.
func NewFLAllianceTransactor(address common.Address, transactor bind.ContractTransactor) (*FLAllianceTransactor, error) {
	contract, err := bindFLAlliance(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &FLAllianceTransactor{contract: contract}, nil
}

// NewFLAllianceFilterer creates a new log filterer instance of FLAlliance, bound to a specific deployed contract.
func NewFLAllianceFilterer(address common.Address, filterer bind.ContractFilterer) (*FLAllianceFilterer, error) {
	contract, err := bindFLAlliance(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &FLAllianceFilterer{contract: contract}, nil
}

// bindFLAlliance binds a generic wrapper to an already deployed contract.
func bindFLAlliance(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := FLAllianceMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FLAlliance *FLAllianceRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FLAlliance.Contract.FLAllianceCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FLAlliance *FLAllianceRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FLAlliance.Contract.FLAllianceTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FLAlliance *FLAllianceRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FLAlliance.Contract.FLAllianceTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FLAlliance *FLAllianceCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FLAlliance.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FLAlliance *FLAllianceTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FLAlliance.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FLAlliance *FLAllianceTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FLAlliance.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_FLAlliance *FLAllianceCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_FLAlliance *FLAllianceSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _FLAlliance.Contract.DEFAULTADMINROLE(&_FLAlliance.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_FLAlliance *FLAllianceCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _FLAlliance.Contract.DEFAULTADMINROLE(&_FLAlliance.CallOpts)
}

// MAXDURATION is a free data retrieval call binding the contract method 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (_FLAlliance *FLAllianceCaller) MAXDURATION(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "MAX_DURATION")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXDURATION is a free data retrieval call binding the contract method 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (_FLAlliance *FLAllianceSession) MAXDURATION() (uint64, error) {
	return _FLAlliance.Contract.MAXDURATION(&_FLAlliance.CallOpts)
}

// MAXDURATION is a free data retrieval call binding the contract method 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (_FLAlliance *FLAllianceCallerSession) MAXDURATION() (uint64, error) {
	return _FLAlliance.Contract.MAXDURATION(&_FLAlliance.CallOpts)
}

// MAXMEMBERS is a free data retrieval call binding the contract method 0xea0e35b1.
//
// Solidity: function MAX_MEMBERS() view returns(uint256)
func (_FLAlliance *FLAllianceCaller) MAXMEMBERS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "MAX_MEMBERS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXMEMBERS is a free data retrieval call binding the contract method 0xea0e35b1.
//
// Solidity: function MAX_MEMBERS() view returns(uint256)
func (_FLAlliance *FLAllianceSession) MAXMEMBERS() (*big.Int, error) {
	return _FLAlliance.Contract.MAXMEMBERS(&_FLAlliance.CallOpts)
}

// MAXMEMBERS is a free data retrieval call binding the contract method 0xea0e35b1.
//
// Solidity: function MAX_MEMBERS() view returns(uint256)
func (_FLAlliance *FLAllianceCallerSession) MAXMEMBERS() (*big.Int, error) {
	return _FLAlliance.Contract.MAXMEMBERS(&_FLAlliance.CallOpts)
}

// MINPARTICIPANTS is a free data retrieval call binding the contract method 0x3a984bc5.
//
// Solidity: function MIN_PARTICIPANTS() view returns(uint256)
func (_FLAlliance *FLAllianceCaller) MINPARTICIPANTS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "MIN_PARTICIPANTS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MINPARTICIPANTS is a free data retrieval call binding the contract method 0x3a984bc5.
//
// Solidity: function MIN_PARTICIPANTS() view returns(uint256)
func (_FLAlliance *FLAllianceSession) MINPARTICIPANTS() (*big.Int, error) {
	return _FLAlliance.Contract.MINPARTICIPANTS(&_FLAlliance.CallOpts)
}

// MINPARTICIPANTS is a free data retrieval call binding the contract method 0x3a984bc5.
//
// Solidity: function MIN_PARTICIPANTS() view returns(uint256)
func (_FLAlliance *FLAllianceCallerSession) MINPARTICIPANTS() (*big.Int, error) {
	return _FLAlliance.Contract.MINPARTICIPANTS(&_FLAlliance.CallOpts)
}

// OUTCOMEACCEPTED is a free data retrieval call binding the contract method 0x9d4fe0b3.
//
// Solidity: function OUTCOME_ACCEPTED() view returns(uint8)
func (_FLAlliance *FLAllianceCaller) OUTCOMEACCEPTED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "OUTCOME_ACCEPTED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// OUTCOMEACCEPTED is a free data retrieval call binding the contract method 0x9d4fe0b3.
//
// Solidity: function OUTCOME_ACCEPTED() view returns(uint8)
func (_FLAlliance *FLAllianceSession) OUTCOMEACCEPTED() (uint8, error) {
	return _FLAlliance.Contract.OUTCOMEACCEPTED(&_FLAlliance.CallOpts)
}

// OUTCOMEACCEPTED is a free data retrieval call binding the contract method 0x9d4fe0b3.
//
// Solidity: function OUTCOME_ACCEPTED() view returns(uint8)
func (_FLAlliance *FLAllianceCallerSession) OUTCOMEACCEPTED() (uint8, error) {
	return _FLAlliance.Contract.OUTCOMEACCEPTED(&_FLAlliance.CallOpts)
}

// OUTCOMEREJECTED is a free data retrieval call binding the contract method 0x83c8eafc.
//
// Solidity: function OUTCOME_REJECTED() view returns(uint8)
func (_FLAlliance *FLAllianceCaller) OUTCOMEREJECTED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "OUTCOME_REJECTED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// OUTCOMEREJECTED is a free data retrieval call binding the contract method 0x83c8eafc.
//
// Solidity: function OUTCOME_REJECTED() view returns(uint8)
func (_FLAlliance *FLAllianceSession) OUTCOMEREJECTED() (uint8, error) {
	return _FLAlliance.Contract.OUTCOMEREJECTED(&_FLAlliance.CallOpts)
}

// OUTCOMEREJECTED is a free data retrieval call binding the contract method 0x83c8eafc.
//
// Solidity: function OUTCOME_REJECTED() view returns(uint8)
func (_FLAlliance *FLAllianceCallerSession) OUTCOMEREJECTED() (uint8, error) {
	return _FLAlliance.Contract.OUTCOMEREJECTED(&_FLAlliance.CallOpts)
}

// OUTCOMEVOID is a free data retrieval call binding the contract method 0x98908c74.
//
// Solidity: function OUTCOME_VOID() view returns(uint8)
func (_FLAlliance *FLAllianceCaller) OUTCOMEVOID(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "OUTCOME_VOID")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// OUTCOMEVOID is a free data retrieval call binding the contract method 0x98908c74.
//
// Solidity: function OUTCOME_VOID() view returns(uint8)
func (_FLAlliance *FLAllianceSession) OUTCOMEVOID() (uint8, error) {
	return _FLAlliance.Contract.OUTCOMEVOID(&_FLAlliance.CallOpts)
}

// OUTCOMEVOID is a free data retrieval call binding the contract method 0x98908c74.
//
// Solidity: function OUTCOME_VOID() view returns(uint8)
func (_FLAlliance *FLAllianceCallerSession) OUTCOMEVOID() (uint8, error) {
	return _FLAlliance.Contract.OUTCOMEVOID(&_FLAlliance.CallOpts)
}

// PPM is a free data retrieval call binding the contract method 0x0d720bbc.
//
// Solidity: function PPM() view returns(uint32)
func (_FLAlliance *FLAllianceCaller) PPM(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "PPM")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// PPM is a free data retrieval call binding the contract method 0x0d720bbc.
//
// Solidity: function PPM() view returns(uint32)
func (_FLAlliance *FLAllianceSession) PPM() (uint32, error) {
	return _FLAlliance.Contract.PPM(&_FLAlliance.CallOpts)
}

// PPM is a free data retrieval call binding the contract method 0x0d720bbc.
//
// Solidity: function PPM() view returns(uint32)
func (_FLAlliance *FLAllianceCallerSession) PPM() (uint32, error) {
	return _FLAlliance.Contract.PPM(&_FLAlliance.CallOpts)
}

// PROPOSER is a free data retrieval call binding the contract method 0xbffa7f0f.
//
// Solidity: function PROPOSER() view returns(uint8)
func (_FLAlliance *FLAllianceCaller) PROPOSER(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "PROPOSER")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PROPOSER is a free data retrieval call binding the contract method 0xbffa7f0f.
//
// Solidity: function PROPOSER() view returns(uint8)
func (_FLAlliance *FLAllianceSession) PROPOSER() (uint8, error) {
	return _FLAlliance.Contract.PROPOSER(&_FLAlliance.CallOpts)
}

// PROPOSER is a free data retrieval call binding the contract method 0xbffa7f0f.
//
// Solidity: function PROPOSER() view returns(uint8)
func (_FLAlliance *FLAllianceCallerSession) PROPOSER() (uint8, error) {
	return _FLAlliance.Contract.PROPOSER(&_FLAlliance.CallOpts)
}

// REASONREJECTEDPROPOSER is a free data retrieval call binding the contract method 0x67128992.
//
// Solidity: function REASON_REJECTED_PROPOSER() view returns(uint8)
func (_FLAlliance *FLAllianceCaller) REASONREJECTEDPROPOSER(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "REASON_REJECTED_PROPOSER")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// REASONREJECTEDPROPOSER is a free data retrieval call binding the contract method 0x67128992.
//
// Solidity: function REASON_REJECTED_PROPOSER() view returns(uint8)
func (_FLAlliance *FLAllianceSession) REASONREJECTEDPROPOSER() (uint8, error) {
	return _FLAlliance.Contract.REASONREJECTEDPROPOSER(&_FLAlliance.CallOpts)
}

// REASONREJECTEDPROPOSER is a free data retrieval call binding the contract method 0x67128992.
//
// Solidity: function REASON_REJECTED_PROPOSER() view returns(uint8)
func (_FLAlliance *FLAllianceCallerSession) REASONREJECTEDPROPOSER() (uint8, error) {
	return _FLAlliance.Contract.REASONREJECTEDPROPOSER(&_FLAlliance.CallOpts)
}

// REASONVOTEAGAINSTOUTCOME is a free data retrieval call binding the contract method 0xff4cc6e3.
//
// Solidity: function REASON_VOTE_AGAINST_OUTCOME() view returns(uint8)
func (_FLAlliance *FLAllianceCaller) REASONVOTEAGAINSTOUTCOME(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "REASON_VOTE_AGAINST_OUTCOME")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// REASONVOTEAGAINSTOUTCOME is a free data retrieval call binding the contract method 0xff4cc6e3.
//
// Solidity: function REASON_VOTE_AGAINST_OUTCOME() view returns(uint8)
func (_FLAlliance *FLAllianceSession) REASONVOTEAGAINSTOUTCOME() (uint8, error) {
	return _FLAlliance.Contract.REASONVOTEAGAINSTOUTCOME(&_FLAlliance.CallOpts)
}

// REASONVOTEAGAINSTOUTCOME is a free data retrieval call binding the contract method 0xff4cc6e3.
//
// Solidity: function REASON_VOTE_AGAINST_OUTCOME() view returns(uint8)
func (_FLAlliance *FLAllianceCallerSession) REASONVOTEAGAINSTOUTCOME() (uint8, error) {
	return _FLAlliance.Contract.REASONVOTEAGAINSTOUTCOME(&_FLAlliance.CallOpts)
}

// TASKADMINROLE is a free data retrieval call binding the contract method 0xdcb7501a.
//
// Solidity: function TASK_ADMIN_ROLE() view returns(bytes32)
func (_FLAlliance *FLAllianceCaller) TASKADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "TASK_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TASKADMINROLE is a free data retrieval call binding the contract method 0xdcb7501a.
//
// Solidity: function TASK_ADMIN_ROLE() view returns(bytes32)
func (_FLAlliance *FLAllianceSession) TASKADMINROLE() ([32]byte, error) {
	return _FLAlliance.Contract.TASKADMINROLE(&_FLAlliance.CallOpts)
}

// TASKADMINROLE is a free data retrieval call binding the contract method 0xdcb7501a.
//
// Solidity: function TASK_ADMIN_ROLE() view returns(bytes32)
func (_FLAlliance *FLAllianceCallerSession) TASKADMINROLE() ([32]byte, error) {
	return _FLAlliance.Contract.TASKADMINROLE(&_FLAlliance.CallOpts)
}

// VOTER is a free data retrieval call binding the contract method 0x8ebf2fd6.
//
// Solidity: function VOTER() view returns(uint8)
func (_FLAlliance *FLAllianceCaller) VOTER(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "VOTER")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// VOTER is a free data retrieval call binding the contract method 0x8ebf2fd6.
//
// Solidity: function VOTER() view returns(uint8)
func (_FLAlliance *FLAllianceSession) VOTER() (uint8, error) {
	return _FLAlliance.Contract.VOTER(&_FLAlliance.CallOpts)
}

// VOTER is a free data retrieval call binding the contract method 0x8ebf2fd6.
//
// Solidity: function VOTER() view returns(uint8)
func (_FLAlliance *FLAllianceCallerSession) VOTER() (uint8, error) {
	return _FLAlliance.Contract.VOTER(&_FLAlliance.CallOpts)
}

// AssignRoles is a free data retrieval call binding the contract method 0xad4e36e2.
//
// Solidity: function assignRoles(bytes32 seed, address[] participants) pure returns(uint8[] flRoles)
func (_FLAlliance *FLAllianceCaller) AssignRoles(opts *bind.CallOpts, seed [32]byte, participants []common.Address) ([]uint8, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "assignRoles", seed, participants)

	if err != nil {
		return *new([]uint8), err
	}

	out0 := *abi.ConvertType(out[0], new([]uint8)).(*[]uint8)

	return out0, err

}

// AssignRoles is a free data retrieval call binding the contract method 0xad4e36e2.
//
// Solidity: function assignRoles(bytes32 seed, address[] participants) pure returns(uint8[] flRoles)
func (_FLAlliance *FLAllianceSession) AssignRoles(seed [32]byte, participants []common.Address) ([]uint8, error) {
	return _FLAlliance.Contract.AssignRoles(&_FLAlliance.CallOpts, seed, participants)
}

// AssignRoles is a free data retrieval call binding the contract method 0xad4e36e2.
//
// Solidity: function assignRoles(bytes32 seed, address[] participants) pure returns(uint8[] flRoles)
func (_FLAlliance *FLAllianceCallerSession) AssignRoles(seed [32]byte, participants []common.Address) ([]uint8, error) {
	return _FLAlliance.Contract.AssignRoles(&_FLAlliance.CallOpts, seed, participants)
}

// CommitmentOf is a free data retrieval call binding the contract method 0x7c819680.
//
// Solidity: function commitmentOf(bool accept, bytes32 salt) pure returns(bytes32)
func (_FLAlliance *FLAllianceCaller) CommitmentOf(opts *bind.CallOpts, accept bool, salt [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "commitmentOf", accept, salt)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CommitmentOf is a free data retrieval call binding the contract method 0x7c819680.
//
// Solidity: function commitmentOf(bool accept, bytes32 salt) pure returns(bytes32)
func (_FLAlliance *FLAllianceSession) CommitmentOf(accept bool, salt [32]byte) ([32]byte, error) {
	return _FLAlliance.Contract.CommitmentOf(&_FLAlliance.CallOpts, accept, salt)
}

// CommitmentOf is a free data retrieval call binding the contract method 0x7c819680.
//
// Solidity: function commitmentOf(bool accept, bytes32 salt) pure returns(bytes32)
func (_FLAlliance *FLAllianceCallerSession) CommitmentOf(accept bool, salt [32]byte) ([32]byte, error) {
	return _FLAlliance.Contract.CommitmentOf(&_FLAlliance.CallOpts, accept, salt)
}

// Distributor is a free data retrieval call binding the contract method 0xbfe10928.
//
// Solidity: function distributor() view returns(address)
func (_FLAlliance *FLAllianceCaller) Distributor(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "distributor")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Distributor is a free data retrieval call binding the contract method 0xbfe10928.
//
// Solidity: function distributor() view returns(address)
func (_FLAlliance *FLAllianceSession) Distributor() (common.Address, error) {
	return _FLAlliance.Contract.Distributor(&_FLAlliance.CallOpts)
}

// Distributor is a free data retrieval call binding the contract method 0xbfe10928.
//
// Solidity: function distributor() view returns(address)
func (_FLAlliance *FLAllianceCallerSession) Distributor() (common.Address, error) {
	return _FLAlliance.Contract.Distributor(&_FLAlliance.CallOpts)
}

// FlQuorumDenominator is a free data retrieval call binding the contract method 0xd38515a4.
//
// Solidity: function flQuorumDenominator() view returns(uint32)
func (_FLAlliance *FLAllianceCaller) FlQuorumDenominator(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "flQuorumDenominator")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// FlQuorumDenominator is a free data retrieval call binding the contract method 0xd38515a4.
//
// Solidity: function flQuorumDenominator() view returns(uint32)
func (_FLAlliance *FLAllianceSession) FlQuorumDenominator() (uint32, error) {
	return _FLAlliance.Contract.FlQuorumDenominator(&_FLAlliance.CallOpts)
}

// FlQuorumDenominator is a free data retrieval call binding the contract method 0xd38515a4.
//
// Solidity: function flQuorumDenominator() view returns(uint32)
func (_FLAlliance *FLAllianceCallerSession) FlQuorumDenominator() (uint32, error) {
	return _FLAlliance.Contract.FlQuorumDenominator(&_FLAlliance.CallOpts)
}

// FlQuorumNumerator is a free data retrieval call binding the contract method 0x2bf62b6a.
//
// Solidity: function flQuorumNumerator() view returns(uint32)
func (_FLAlliance *FLAllianceCaller) FlQuorumNumerator(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "flQuorumNumerator")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// FlQuorumNumerator is a free data retrieval call binding the contract method 0x2bf62b6a.
//
// Solidity: function flQuorumNumerator() view returns(uint32)
func (_FLAlliance *FLAllianceSession) FlQuorumNumerator() (uint32, error) {
	return _FLAlliance.Contract.FlQuorumNumerator(&_FLAlliance.CallOpts)
}

// FlQuorumNumerator is a free data retrieval call binding the contract method 0x2bf62b6a.
//
// Solidity: function flQuorumNumerator() view returns(uint32)
func (_FLAlliance *FLAllianceCallerSession) FlQuorumNumerator() (uint32, error) {
	return _FLAlliance.Contract.FlQuorumNumerator(&_FLAlliance.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_FLAlliance *FLAllianceCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_FLAlliance *FLAllianceSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _FLAlliance.Contract.GetRoleAdmin(&_FLAlliance.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_FLAlliance *FLAllianceCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _FLAlliance.Contract.GetRoleAdmin(&_FLAlliance.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_FLAlliance *FLAllianceCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_FLAlliance *FLAllianceSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _FLAlliance.Contract.HasRole(&_FLAlliance.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_FLAlliance *FLAllianceCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _FLAlliance.Contract.HasRole(&_FLAlliance.CallOpts, role, account)
}

// IsMember is a free data retrieval call binding the contract method 0x7d9e10f5.
//
// Solidity: function isMember(uint256 taskId, address account) view returns(bool)
func (_FLAlliance *FLAllianceCaller) IsMember(opts *bind.CallOpts, taskId *big.Int, account common.Address) (bool, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "isMember", taskId, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMember is a free data retrieval call binding the contract method 0x7d9e10f5.
//
// Solidity: function isMember(uint256 taskId, address account) view returns(bool)
func (_FLAlliance *FLAllianceSession) IsMember(taskId *big.Int, account common.Address) (bool, error) {
	return _FLAlliance.Contract.IsMember(&_FLAlliance.CallOpts, taskId, account)
}

// IsMember is a free data retrieval call binding the contract method 0x7d9e10f5.
//
// Solidity: function isMember(uint256 taskId, address account) view returns(bool)
func (_FLAlliance *FLAllianceCallerSession) IsMember(taskId *big.Int, account common.Address) (bool, error) {
	return _FLAlliance.Contract.IsMember(&_FLAlliance.CallOpts, taskId, account)
}

// MembersOf is a free data retrieval call binding the contract method 0x0e2aa455.
//
// Solidity: function membersOf(uint256 taskId) view returns(address[])
func (_FLAlliance *FLAllianceCaller) MembersOf(opts *bind.CallOpts, taskId *big.Int) ([]common.Address, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "membersOf", taskId)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// MembersOf is a free data retrieval call binding the contract method 0x0e2aa455.
//
// Solidity: function membersOf(uint256 taskId) view returns(address[])
func (_FLAlliance *FLAllianceSession) MembersOf(taskId *big.Int) ([]common.Address, error) {
	return _FLAlliance.Contract.MembersOf(&_FLAlliance.CallOpts, taskId)
}

// MembersOf is a free data retrieval call binding the contract method 0x0e2aa455.
//
// Solidity: function membersOf(uint256 taskId) view returns(address[])
func (_FLAlliance *FLAllianceCallerSession) MembersOf(taskId *big.Int) ([]common.Address, error) {
	return _FLAlliance.Contract.MembersOf(&_FLAlliance.CallOpts, taskId)
}

// OutcomeOf is a free data retrieval call binding the contract method 0x655538b1.
//
// Solidity: function outcomeOf((bytes32,uint64,uint64,uint32,uint32,uint32,uint32,uint32,uint64,bool,bool,uint8,uint256,uint256,uint256,uint256,uint256) r) pure returns(uint8)
func (_FLAlliance *FLAllianceCaller) OutcomeOf(opts *bind.CallOpts, r FLAllianceRound) (uint8, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "outcomeOf", r)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// OutcomeOf is a free data retrieval call binding the contract method 0x655538b1.
//
// Solidity: function outcomeOf((bytes32,uint64,uint64,uint32,uint32,uint32,uint32,uint32,uint64,bool,bool,uint8,uint256,uint256,uint256,uint256,uint256) r) pure returns(uint8)
func (_FLAlliance *FLAllianceSession) OutcomeOf(r FLAllianceRound) (uint8, error) {
	return _FLAlliance.Contract.OutcomeOf(&_FLAlliance.CallOpts, r)
}

// OutcomeOf is a free data retrieval call binding the contract method 0x655538b1.
//
// Solidity: function outcomeOf((bytes32,uint64,uint64,uint32,uint32,uint32,uint32,uint32,uint64,bool,bool,uint8,uint256,uint256,uint256,uint256,uint256) r) pure returns(uint8)
func (_FLAlliance *FLAllianceCallerSession) OutcomeOf(r FLAllianceRound) (uint8, error) {
	return _FLAlliance.Contract.OutcomeOf(&_FLAlliance.CallOpts, r)
}

// ParticipantOf is a free data retrieval call binding the contract method 0x8a8069e6.
//
// Solidity: function participantOf(uint256 taskId, uint32 round, address account) view returns((uint8,bool,bool,bool,bool,uint256,bytes32,bytes32))
func (_FLAlliance *FLAllianceCaller) ParticipantOf(opts *bind.CallOpts, taskId *big.Int, round uint32, account common.Address) (FLAllianceParticipant, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "participantOf", taskId, round, account)

	if err != nil {
		return *new(FLAllianceParticipant), err
	}

	out0 := *abi.ConvertType(out[0], new(FLAllianceParticipant)).(*FLAllianceParticipant)

	return out0, err

}

// ParticipantOf is a free data retrieval call binding the contract method 0x8a8069e6.
//
// Solidity: function participantOf(uint256 taskId, uint32 round, address account) view returns((uint8,bool,bool,bool,bool,uint256,bytes32,bytes32))
func (_FLAlliance *FLAllianceSession) ParticipantOf(taskId *big.Int, round uint32, account common.Address) (FLAllianceParticipant, error) {
	return _FLAlliance.Contract.ParticipantOf(&_FLAlliance.CallOpts, taskId, round, account)
}

// ParticipantOf is a free data retrieval call binding the contract method 0x8a8069e6.
//
// Solidity: function participantOf(uint256 taskId, uint32 round, address account) view returns((uint8,bool,bool,bool,bool,uint256,bytes32,bytes32))
func (_FLAlliance *FLAllianceCallerSession) ParticipantOf(taskId *big.Int, round uint32, account common.Address) (FLAllianceParticipant, error) {
	return _FLAlliance.Contract.ParticipantOf(&_FLAlliance.CallOpts, taskId, round, account)
}

// ParticipantsOf is a free data retrieval call binding the contract method 0x66137baf.
//
// Solidity: function participantsOf(uint256 taskId, uint32 round) view returns(address[])
func (_FLAlliance *FLAllianceCaller) ParticipantsOf(opts *bind.CallOpts, taskId *big.Int, round uint32) ([]common.Address, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "participantsOf", taskId, round)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// ParticipantsOf is a free data retrieval call binding the contract method 0x66137baf.
//
// Solidity: function participantsOf(uint256 taskId, uint32 round) view returns(address[])
func (_FLAlliance *FLAllianceSession) ParticipantsOf(taskId *big.Int, round uint32) ([]common.Address, error) {
	return _FLAlliance.Contract.ParticipantsOf(&_FLAlliance.CallOpts, taskId, round)
}

// ParticipantsOf is a free data retrieval call binding the contract method 0x66137baf.
//
// Solidity: function participantsOf(uint256 taskId, uint32 round) view returns(address[])
func (_FLAlliance *FLAllianceCallerSession) ParticipantsOf(taskId *big.Int, round uint32) ([]common.Address, error) {
	return _FLAlliance.Contract.ParticipantsOf(&_FLAlliance.CallOpts, taskId, round)
}

// RoundOf is a free data retrieval call binding the contract method 0x3da2253e.
//
// Solidity: function roundOf(uint256 taskId, uint32 round) view returns((bytes32,uint64,uint64,uint32,uint32,uint32,uint32,uint32,uint64,bool,bool,uint8,uint256,uint256,uint256,uint256,uint256))
func (_FLAlliance *FLAllianceCaller) RoundOf(opts *bind.CallOpts, taskId *big.Int, round uint32) (FLAllianceRound, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "roundOf", taskId, round)

	if err != nil {
		return *new(FLAllianceRound), err
	}

	out0 := *abi.ConvertType(out[0], new(FLAllianceRound)).(*FLAllianceRound)

	return out0, err

}

// RoundOf is a free data retrieval call binding the contract method 0x3da2253e.
//
// Solidity: function roundOf(uint256 taskId, uint32 round) view returns((bytes32,uint64,uint64,uint32,uint32,uint32,uint32,uint32,uint64,bool,bool,uint8,uint256,uint256,uint256,uint256,uint256))
func (_FLAlliance *FLAllianceSession) RoundOf(taskId *big.Int, round uint32) (FLAllianceRound, error) {
	return _FLAlliance.Contract.RoundOf(&_FLAlliance.CallOpts, taskId, round)
}

// RoundOf is a free data retrieval call binding the contract method 0x3da2253e.
//
// Solidity: function roundOf(uint256 taskId, uint32 round) view returns((bytes32,uint64,uint64,uint32,uint32,uint32,uint32,uint32,uint64,bool,bool,uint8,uint256,uint256,uint256,uint256,uint256))
func (_FLAlliance *FLAllianceCallerSession) RoundOf(taskId *big.Int, round uint32) (FLAllianceRound, error) {
	return _FLAlliance.Contract.RoundOf(&_FLAlliance.CallOpts, taskId, round)
}

// SlashRatePpm is a free data retrieval call binding the contract method 0x80591efc.
//
// Solidity: function slashRatePpm() view returns(uint32)
func (_FLAlliance *FLAllianceCaller) SlashRatePpm(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "slashRatePpm")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// SlashRatePpm is a free data retrieval call binding the contract method 0x80591efc.
//
// Solidity: function slashRatePpm() view returns(uint32)
func (_FLAlliance *FLAllianceSession) SlashRatePpm() (uint32, error) {
	return _FLAlliance.Contract.SlashRatePpm(&_FLAlliance.CallOpts)
}

// SlashRatePpm is a free data retrieval call binding the contract method 0x80591efc.
//
// Solidity: function slashRatePpm() view returns(uint32)
func (_FLAlliance *FLAllianceCallerSession) SlashRatePpm() (uint32, error) {
	return _FLAlliance.Contract.SlashRatePpm(&_FLAlliance.CallOpts)
}

// SlashToPoolPpm is a free data retrieval call binding the contract method 0xdc3557d5.
//
// Solidity: function slashToPoolPpm() view returns(uint32)
func (_FLAlliance *FLAllianceCaller) SlashToPoolPpm(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "slashToPoolPpm")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// SlashToPoolPpm is a free data retrieval call binding the contract method 0xdc3557d5.
//
// Solidity: function slashToPoolPpm() view returns(uint32)
func (_FLAlliance *FLAllianceSession) SlashToPoolPpm() (uint32, error) {
	return _FLAlliance.Contract.SlashToPoolPpm(&_FLAlliance.CallOpts)
}

// SlashToPoolPpm is a free data retrieval call binding the contract method 0xdc3557d5.
//
// Solidity: function slashToPoolPpm() view returns(uint32)
func (_FLAlliance *FLAllianceCallerSession) SlashToPoolPpm() (uint32, error) {
	return _FLAlliance.Contract.SlashToPoolPpm(&_FLAlliance.CallOpts)
}

// Staking is a free data retrieval call binding the contract method 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (_FLAlliance *FLAllianceCaller) Staking(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "staking")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Staking is a free data retrieval call binding the contract method 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (_FLAlliance *FLAllianceSession) Staking() (common.Address, error) {
	return _FLAlliance.Contract.Staking(&_FLAlliance.CallOpts)
}

// Staking is a free data retrieval call binding the contract method 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (_FLAlliance *FLAllianceCallerSession) Staking() (common.Address, error) {
	return _FLAlliance.Contract.Staking(&_FLAlliance.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_FLAlliance *FLAllianceCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_FLAlliance *FLAllianceSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _FLAlliance.Contract.SupportsInterface(&_FLAlliance.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_FLAlliance *FLAllianceCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _FLAlliance.Contract.SupportsInterface(&_FLAlliance.CallOpts, interfaceId)
}

// TaskOf is a free data retrieval call binding the contract method 0xd5b36e24.
//
// Solidity: function taskOf(uint256 taskId) view returns((bool,uint32,uint32,uint64,uint64,uint256))
func (_FLAlliance *FLAllianceCaller) TaskOf(opts *bind.CallOpts, taskId *big.Int) (FLAllianceTask, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "taskOf", taskId)

	if err != nil {
		return *new(FLAllianceTask), err
	}

	out0 := *abi.ConvertType(out[0], new(FLAllianceTask)).(*FLAllianceTask)

	return out0, err

}

// TaskOf is a free data retrieval call binding the contract method 0xd5b36e24.
//
// Solidity: function taskOf(uint256 taskId) view returns((bool,uint32,uint32,uint64,uint64,uint256))
func (_FLAlliance *FLAllianceSession) TaskOf(taskId *big.Int) (FLAllianceTask, error) {
	return _FLAlliance.Contract.TaskOf(&_FLAlliance.CallOpts, taskId)
}

// TaskOf is a free data retrieval call binding the contract method 0xd5b36e24.
//
// Solidity: function taskOf(uint256 taskId) view returns((bool,uint32,uint32,uint64,uint64,uint256))
func (_FLAlliance *FLAllianceCallerSession) TaskOf(taskId *big.Int) (FLAllianceTask, error) {
	return _FLAlliance.Contract.TaskOf(&_FLAlliance.CallOpts, taskId)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_FLAlliance *FLAllianceCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_FLAlliance *FLAllianceSession) Token() (common.Address, error) {
	return _FLAlliance.Contract.Token(&_FLAlliance.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_FLAlliance *FLAllianceCallerSession) Token() (common.Address, error) {
	return _FLAlliance.Contract.Token(&_FLAlliance.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_FLAlliance *FLAllianceCaller) Treasury(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "treasury")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_FLAlliance *FLAllianceSession) Treasury() (common.Address, error) {
	return _FLAlliance.Contract.Treasury(&_FLAlliance.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_FLAlliance *FLAllianceCallerSession) Treasury() (common.Address, error) {
	return _FLAlliance.Contract.Treasury(&_FLAlliance.CallOpts)
}

// WithdrawalLocked is a free data retrieval call binding the contract method 0x8297e24f.
//
// Solidity: function withdrawalLocked(address account, uint256 taskId, uint256 requestId) view returns(bool)
func (_FLAlliance *FLAllianceCaller) WithdrawalLocked(opts *bind.CallOpts, account common.Address, taskId *big.Int, requestId *big.Int) (bool, error) {
	var out []interface{}
	err := _FLAlliance.contract.Call(opts, &out, "withdrawalLocked", account, taskId, requestId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// WithdrawalLocked is a free data retrieval call binding the contract method 0x8297e24f.
//
// Solidity: function withdrawalLocked(address account, uint256 taskId, uint256 requestId) view returns(bool)
func (_FLAlliance *FLAllianceSession) WithdrawalLocked(account common.Address, taskId *big.Int, requestId *big.Int) (bool, error) {
	return _FLAlliance.Contract.WithdrawalLocked(&_FLAlliance.CallOpts, account, taskId, requestId)
}

// WithdrawalLocked is a free data retrieval call binding the contract method 0x8297e24f.
//
// Solidity: function withdrawalLocked(address account, uint256 taskId, uint256 requestId) view returns(bool)
func (_FLAlliance *FLAllianceCallerSession) WithdrawalLocked(account common.Address, taskId *big.Int, requestId *big.Int) (bool, error) {
	return _FLAlliance.Contract.WithdrawalLocked(&_FLAlliance.CallOpts, account, taskId, requestId)
}

// CommitVote is a paid mutator transaction binding the contract method 0x9da69180.
//
// Solidity: function commitVote(uint256 taskId, bytes32 commitment) returns()
func (_FLAlliance *FLAllianceTransactor) CommitVote(opts *bind.TransactOpts, taskId *big.Int, commitment [32]byte) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "commitVote", taskId, commitment)
}

// CommitVote is a paid mutator transaction binding the contract method 0x9da69180.
//
// Solidity: function commitVote(uint256 taskId, bytes32 commitment) returns()
func (_FLAlliance *FLAllianceSession) CommitVote(taskId *big.Int, commitment [32]byte) (*types.Transaction, error) {
	return _FLAlliance.Contract.CommitVote(&_FLAlliance.TransactOpts, taskId, commitment)
}

// CommitVote is a paid mutator transaction binding the contract method 0x9da69180.
//
// Solidity: function commitVote(uint256 taskId, bytes32 commitment) returns()
func (_FLAlliance *FLAllianceTransactorSession) CommitVote(taskId *big.Int, commitment [32]byte) (*types.Transaction, error) {
	return _FLAlliance.Contract.CommitVote(&_FLAlliance.TransactOpts, taskId, commitment)
}

// CreateFLTask is a paid mutator transaction binding the contract method 0x6257f81d.
//
// Solidity: function createFLTask(uint256 taskId, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration) returns()
func (_FLAlliance *FLAllianceTransactor) CreateFLTask(opts *bind.TransactOpts, taskId *big.Int, rounds uint32, minStake *big.Int, commitDuration uint64, revealDuration uint64) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "createFLTask", taskId, rounds, minStake, commitDuration, revealDuration)
}

// CreateFLTask is a paid mutator transaction binding the contract method 0x6257f81d.
//
// Solidity: function createFLTask(uint256 taskId, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration) returns()
func (_FLAlliance *FLAllianceSession) CreateFLTask(taskId *big.Int, rounds uint32, minStake *big.Int, commitDuration uint64, revealDuration uint64) (*types.Transaction, error) {
	return _FLAlliance.Contract.CreateFLTask(&_FLAlliance.TransactOpts, taskId, rounds, minStake, commitDuration, revealDuration)
}

// CreateFLTask is a paid mutator transaction binding the contract method 0x6257f81d.
//
// Solidity: function createFLTask(uint256 taskId, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration) returns()
func (_FLAlliance *FLAllianceTransactorSession) CreateFLTask(taskId *big.Int, rounds uint32, minStake *big.Int, commitDuration uint64, revealDuration uint64) (*types.Transaction, error) {
	return _FLAlliance.Contract.CreateFLTask(&_FLAlliance.TransactOpts, taskId, rounds, minStake, commitDuration, revealDuration)
}

// FinalizeRound is a paid mutator transaction binding the contract method 0x3469f6e2.
//
// Solidity: function finalizeRound(uint256 taskId) returns()
func (_FLAlliance *FLAllianceTransactor) FinalizeRound(opts *bind.TransactOpts, taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "finalizeRound", taskId)
}

// FinalizeRound is a paid mutator transaction binding the contract method 0x3469f6e2.
//
// Solidity: function finalizeRound(uint256 taskId) returns()
func (_FLAlliance *FLAllianceSession) FinalizeRound(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.FinalizeRound(&_FLAlliance.TransactOpts, taskId)
}

// FinalizeRound is a paid mutator transaction binding the contract method 0x3469f6e2.
//
// Solidity: function finalizeRound(uint256 taskId) returns()
func (_FLAlliance *FLAllianceTransactorSession) FinalizeRound(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.FinalizeRound(&_FLAlliance.TransactOpts, taskId)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_FLAlliance *FLAllianceTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_FLAlliance *FLAllianceSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.GrantRole(&_FLAlliance.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_FLAlliance *FLAllianceTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.GrantRole(&_FLAlliance.TransactOpts, role, account)
}

// Join is a paid mutator transaction binding the contract method 0x049878f3.
//
// Solidity: function join(uint256 taskId) returns()
func (_FLAlliance *FLAllianceTransactor) Join(opts *bind.TransactOpts, taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "join", taskId)
}

// Join is a paid mutator transaction binding the contract method 0x049878f3.
//
// Solidity: function join(uint256 taskId) returns()
func (_FLAlliance *FLAllianceSession) Join(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.Join(&_FLAlliance.TransactOpts, taskId)
}

// Join is a paid mutator transaction binding the contract method 0x049878f3.
//
// Solidity: function join(uint256 taskId) returns()
func (_FLAlliance *FLAllianceTransactorSession) Join(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.Join(&_FLAlliance.TransactOpts, taskId)
}

// Leave is a paid mutator transaction binding the contract method 0x67dfd4c9.
//
// Solidity: function leave(uint256 taskId) returns()
func (_FLAlliance *FLAllianceTransactor) Leave(opts *bind.TransactOpts, taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "leave", taskId)
}

// Leave is a paid mutator transaction binding the contract method 0x67dfd4c9.
//
// Solidity: function leave(uint256 taskId) returns()
func (_FLAlliance *FLAllianceSession) Leave(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.Leave(&_FLAlliance.TransactOpts, taskId)
}

// Leave is a paid mutator transaction binding the contract method 0x67dfd4c9.
//
// Solidity: function leave(uint256 taskId) returns()
func (_FLAlliance *FLAllianceTransactorSession) Leave(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.Leave(&_FLAlliance.TransactOpts, taskId)
}

// RemoveIneligible is a paid mutator transaction binding the contract method 0x77a5218a.
//
// Solidity: function removeIneligible(uint256 taskId, address account) returns()
func (_FLAlliance *FLAllianceTransactor) RemoveIneligible(opts *bind.TransactOpts, taskId *big.Int, account common.Address) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "removeIneligible", taskId, account)
}

// RemoveIneligible is a paid mutator transaction binding the contract method 0x77a5218a.
//
// Solidity: function removeIneligible(uint256 taskId, address account) returns()
func (_FLAlliance *FLAllianceSession) RemoveIneligible(taskId *big.Int, account common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.RemoveIneligible(&_FLAlliance.TransactOpts, taskId, account)
}

// RemoveIneligible is a paid mutator transaction binding the contract method 0x77a5218a.
//
// Solidity: function removeIneligible(uint256 taskId, address account) returns()
func (_FLAlliance *FLAllianceTransactorSession) RemoveIneligible(taskId *big.Int, account common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.RemoveIneligible(&_FLAlliance.TransactOpts, taskId, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_FLAlliance *FLAllianceTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_FLAlliance *FLAllianceSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.RenounceRole(&_FLAlliance.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_FLAlliance *FLAllianceTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.RenounceRole(&_FLAlliance.TransactOpts, role, callerConfirmation)
}

// RevealVote is a paid mutator transaction binding the contract method 0xfacc092f.
//
// Solidity: function revealVote(uint256 taskId, bool accept, bytes32 salt) returns()
func (_FLAlliance *FLAllianceTransactor) RevealVote(opts *bind.TransactOpts, taskId *big.Int, accept bool, salt [32]byte) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "revealVote", taskId, accept, salt)
}

// RevealVote is a paid mutator transaction binding the contract method 0xfacc092f.
//
// Solidity: function revealVote(uint256 taskId, bool accept, bytes32 salt) returns()
func (_FLAlliance *FLAllianceSession) RevealVote(taskId *big.Int, accept bool, salt [32]byte) (*types.Transaction, error) {
	return _FLAlliance.Contract.RevealVote(&_FLAlliance.TransactOpts, taskId, accept, salt)
}

// RevealVote is a paid mutator transaction binding the contract method 0xfacc092f.
//
// Solidity: function revealVote(uint256 taskId, bool accept, bytes32 salt) returns()
func (_FLAlliance *FLAllianceTransactorSession) RevealVote(taskId *big.Int, accept bool, salt [32]byte) (*types.Transaction, error) {
	return _FLAlliance.Contract.RevealVote(&_FLAlliance.TransactOpts, taskId, accept, salt)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_FLAlliance *FLAllianceTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_FLAlliance *FLAllianceSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.RevokeRole(&_FLAlliance.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_FLAlliance *FLAllianceTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.RevokeRole(&_FLAlliance.TransactOpts, role, account)
}

// SeedRound is a paid mutator transaction binding the contract method 0x005feb9f.
//
// Solidity: function seedRound(uint256 taskId) returns()
func (_FLAlliance *FLAllianceTransactor) SeedRound(opts *bind.TransactOpts, taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "seedRound", taskId)
}

// SeedRound is a paid mutator transaction binding the contract method 0x005feb9f.
//
// Solidity: function seedRound(uint256 taskId) returns()
func (_FLAlliance *FLAllianceSession) SeedRound(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.SeedRound(&_FLAlliance.TransactOpts, taskId)
}

// SeedRound is a paid mutator transaction binding the contract method 0x005feb9f.
//
// Solidity: function seedRound(uint256 taskId) returns()
func (_FLAlliance *FLAllianceTransactorSession) SeedRound(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.SeedRound(&_FLAlliance.TransactOpts, taskId)
}

// SetQuorum is a paid mutator transaction binding the contract method 0x48f9616e.
//
// Solidity: function setQuorum(uint32 numerator, uint32 denominator) returns()
func (_FLAlliance *FLAllianceTransactor) SetQuorum(opts *bind.TransactOpts, numerator uint32, denominator uint32) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "setQuorum", numerator, denominator)
}

// SetQuorum is a paid mutator transaction binding the contract method 0x48f9616e.
//
// Solidity: function setQuorum(uint32 numerator, uint32 denominator) returns()
func (_FLAlliance *FLAllianceSession) SetQuorum(numerator uint32, denominator uint32) (*types.Transaction, error) {
	return _FLAlliance.Contract.SetQuorum(&_FLAlliance.TransactOpts, numerator, denominator)
}

// SetQuorum is a paid mutator transaction binding the contract method 0x48f9616e.
//
// Solidity: function setQuorum(uint32 numerator, uint32 denominator) returns()
func (_FLAlliance *FLAllianceTransactorSession) SetQuorum(numerator uint32, denominator uint32) (*types.Transaction, error) {
	return _FLAlliance.Contract.SetQuorum(&_FLAlliance.TransactOpts, numerator, denominator)
}

// SetSlashParams is a paid mutator transaction binding the contract method 0x2781113e.
//
// Solidity: function setSlashParams(uint32 slashRatePpm_, uint32 slashToPoolPpm_) returns()
func (_FLAlliance *FLAllianceTransactor) SetSlashParams(opts *bind.TransactOpts, slashRatePpm_ uint32, slashToPoolPpm_ uint32) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "setSlashParams", slashRatePpm_, slashToPoolPpm_)
}

// SetSlashParams is a paid mutator transaction binding the contract method 0x2781113e.
//
// Solidity: function setSlashParams(uint32 slashRatePpm_, uint32 slashToPoolPpm_) returns()
func (_FLAlliance *FLAllianceSession) SetSlashParams(slashRatePpm_ uint32, slashToPoolPpm_ uint32) (*types.Transaction, error) {
	return _FLAlliance.Contract.SetSlashParams(&_FLAlliance.TransactOpts, slashRatePpm_, slashToPoolPpm_)
}

// SetSlashParams is a paid mutator transaction binding the contract method 0x2781113e.
//
// Solidity: function setSlashParams(uint32 slashRatePpm_, uint32 slashToPoolPpm_) returns()
func (_FLAlliance *FLAllianceTransactorSession) SetSlashParams(slashRatePpm_ uint32, slashToPoolPpm_ uint32) (*types.Transaction, error) {
	return _FLAlliance.Contract.SetSlashParams(&_FLAlliance.TransactOpts, slashRatePpm_, slashToPoolPpm_)
}

// SetTreasury is a paid mutator transaction binding the contract method 0xf0f44260.
//
// Solidity: function setTreasury(address treasury_) returns()
func (_FLAlliance *FLAllianceTransactor) SetTreasury(opts *bind.TransactOpts, treasury_ common.Address) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "setTreasury", treasury_)
}

// SetTreasury is a paid mutator transaction binding the contract method 0xf0f44260.
//
// Solidity: function setTreasury(address treasury_) returns()
func (_FLAlliance *FLAllianceSession) SetTreasury(treasury_ common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.SetTreasury(&_FLAlliance.TransactOpts, treasury_)
}

// SetTreasury is a paid mutator transaction binding the contract method 0xf0f44260.
//
// Solidity: function setTreasury(address treasury_) returns()
func (_FLAlliance *FLAllianceTransactorSession) SetTreasury(treasury_ common.Address) (*types.Transaction, error) {
	return _FLAlliance.Contract.SetTreasury(&_FLAlliance.TransactOpts, treasury_)
}

// StartRound is a paid mutator transaction binding the contract method 0x5fc3d52d.
//
// Solidity: function startRound(uint256 taskId) returns(uint32 round)
func (_FLAlliance *FLAllianceTransactor) StartRound(opts *bind.TransactOpts, taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "startRound", taskId)
}

// StartRound is a paid mutator transaction binding the contract method 0x5fc3d52d.
//
// Solidity: function startRound(uint256 taskId) returns(uint32 round)
func (_FLAlliance *FLAllianceSession) StartRound(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.StartRound(&_FLAlliance.TransactOpts, taskId)
}

// StartRound is a paid mutator transaction binding the contract method 0x5fc3d52d.
//
// Solidity: function startRound(uint256 taskId) returns(uint32 round)
func (_FLAlliance *FLAllianceTransactorSession) StartRound(taskId *big.Int) (*types.Transaction, error) {
	return _FLAlliance.Contract.StartRound(&_FLAlliance.TransactOpts, taskId)
}

// SubmitUpdate is a paid mutator transaction binding the contract method 0x3c267887.
//
// Solidity: function submitUpdate(uint256 taskId, bytes32 updateHash) returns()
func (_FLAlliance *FLAllianceTransactor) SubmitUpdate(opts *bind.TransactOpts, taskId *big.Int, updateHash [32]byte) (*types.Transaction, error) {
	return _FLAlliance.contract.Transact(opts, "submitUpdate", taskId, updateHash)
}

// SubmitUpdate is a paid mutator transaction binding the contract method 0x3c267887.
//
// Solidity: function submitUpdate(uint256 taskId, bytes32 updateHash) returns()
func (_FLAlliance *FLAllianceSession) SubmitUpdate(taskId *big.Int, updateHash [32]byte) (*types.Transaction, error) {
	return _FLAlliance.Contract.SubmitUpdate(&_FLAlliance.TransactOpts, taskId, updateHash)
}

// SubmitUpdate is a paid mutator transaction binding the contract method 0x3c267887.
//
// Solidity: function submitUpdate(uint256 taskId, bytes32 updateHash) returns()
func (_FLAlliance *FLAllianceTransactorSession) SubmitUpdate(taskId *big.Int, updateHash [32]byte) (*types.Transaction, error) {
	return _FLAlliance.Contract.SubmitUpdate(&_FLAlliance.TransactOpts, taskId, updateHash)
}

// FLAllianceFLTaskCreatedIterator is returned from FilterFLTaskCreated and is used to iterate over the raw logs and unpacked data for FLTaskCreated events raised by the FLAlliance contract.
type FLAllianceFLTaskCreatedIterator struct {
	Event *FLAllianceFLTaskCreated // Event containing the contract specifics and raw log

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
func (it *FLAllianceFLTaskCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceFLTaskCreated)
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
		it.Event = new(FLAllianceFLTaskCreated)
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
func (it *FLAllianceFLTaskCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceFLTaskCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceFLTaskCreated represents a FLTaskCreated event raised by the FLAlliance contract.
type FLAllianceFLTaskCreated struct {
	TaskId         *big.Int
	Creator        common.Address
	Rounds         uint32
	MinStake       *big.Int
	CommitDuration uint64
	RevealDuration uint64
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterFLTaskCreated is a free log retrieval operation binding the contract event 0x7c6185a40bb04150dc39af1671c6b63cba1f53133cd7e710f55599f577cfce05.
//
// Solidity: event FLTaskCreated(uint256 indexed taskId, address indexed creator, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration)
func (_FLAlliance *FLAllianceFilterer) FilterFLTaskCreated(opts *bind.FilterOpts, taskId []*big.Int, creator []common.Address) (*FLAllianceFLTaskCreatedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var creatorRule []interface{}
	for _, creatorItem := range creator {
		creatorRule = append(creatorRule, creatorItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "FLTaskCreated", taskIdRule, creatorRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceFLTaskCreatedIterator{contract: _FLAlliance.contract, event: "FLTaskCreated", logs: logs, sub: sub}, nil
}

// WatchFLTaskCreated is a free log subscription operation binding the contract event 0x7c6185a40bb04150dc39af1671c6b63cba1f53133cd7e710f55599f577cfce05.
//
// Solidity: event FLTaskCreated(uint256 indexed taskId, address indexed creator, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration)
func (_FLAlliance *FLAllianceFilterer) WatchFLTaskCreated(opts *bind.WatchOpts, sink chan<- *FLAllianceFLTaskCreated, taskId []*big.Int, creator []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var creatorRule []interface{}
	for _, creatorItem := range creator {
		creatorRule = append(creatorRule, creatorItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "FLTaskCreated", taskIdRule, creatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceFLTaskCreated)
				if err := _FLAlliance.contract.UnpackLog(event, "FLTaskCreated", log); err != nil {
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

// ParseFLTaskCreated is a log parse operation binding the contract event 0x7c6185a40bb04150dc39af1671c6b63cba1f53133cd7e710f55599f577cfce05.
//
// Solidity: event FLTaskCreated(uint256 indexed taskId, address indexed creator, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration)
func (_FLAlliance *FLAllianceFilterer) ParseFLTaskCreated(log types.Log) (*FLAllianceFLTaskCreated, error) {
	event := new(FLAllianceFLTaskCreated)
	if err := _FLAlliance.contract.UnpackLog(event, "FLTaskCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceMemberJoinedIterator is returned from FilterMemberJoined and is used to iterate over the raw logs and unpacked data for MemberJoined events raised by the FLAlliance contract.
type FLAllianceMemberJoinedIterator struct {
	Event *FLAllianceMemberJoined // Event containing the contract specifics and raw log

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
func (it *FLAllianceMemberJoinedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceMemberJoined)
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
		it.Event = new(FLAllianceMemberJoined)
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
func (it *FLAllianceMemberJoinedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceMemberJoinedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceMemberJoined represents a MemberJoined event raised by the FLAlliance contract.
type FLAllianceMemberJoined struct {
	TaskId  *big.Int
	Account common.Address
	Stake   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterMemberJoined is a free log retrieval operation binding the contract event 0xf4f82575ee84a81aac4be52b6a368e9ba9df524b4f5cf8177d7cfbabe861820c.
//
// Solidity: event MemberJoined(uint256 indexed taskId, address indexed account, uint256 stake)
func (_FLAlliance *FLAllianceFilterer) FilterMemberJoined(opts *bind.FilterOpts, taskId []*big.Int, account []common.Address) (*FLAllianceMemberJoinedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "MemberJoined", taskIdRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceMemberJoinedIterator{contract: _FLAlliance.contract, event: "MemberJoined", logs: logs, sub: sub}, nil
}

// WatchMemberJoined is a free log subscription operation binding the contract event 0xf4f82575ee84a81aac4be52b6a368e9ba9df524b4f5cf8177d7cfbabe861820c.
//
// Solidity: event MemberJoined(uint256 indexed taskId, address indexed account, uint256 stake)
func (_FLAlliance *FLAllianceFilterer) WatchMemberJoined(opts *bind.WatchOpts, sink chan<- *FLAllianceMemberJoined, taskId []*big.Int, account []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "MemberJoined", taskIdRule, accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceMemberJoined)
				if err := _FLAlliance.contract.UnpackLog(event, "MemberJoined", log); err != nil {
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

// ParseMemberJoined is a log parse operation binding the contract event 0xf4f82575ee84a81aac4be52b6a368e9ba9df524b4f5cf8177d7cfbabe861820c.
//
// Solidity: event MemberJoined(uint256 indexed taskId, address indexed account, uint256 stake)
func (_FLAlliance *FLAllianceFilterer) ParseMemberJoined(log types.Log) (*FLAllianceMemberJoined, error) {
	event := new(FLAllianceMemberJoined)
	if err := _FLAlliance.contract.UnpackLog(event, "MemberJoined", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceMemberLeftIterator is returned from FilterMemberLeft and is used to iterate over the raw logs and unpacked data for MemberLeft events raised by the FLAlliance contract.
type FLAllianceMemberLeftIterator struct {
	Event *FLAllianceMemberLeft // Event containing the contract specifics and raw log

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
func (it *FLAllianceMemberLeftIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceMemberLeft)
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
		it.Event = new(FLAllianceMemberLeft)
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
func (it *FLAllianceMemberLeftIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceMemberLeftIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceMemberLeft represents a MemberLeft event raised by the FLAlliance contract.
type FLAllianceMemberLeft struct {
	TaskId  *big.Int
	Account common.Address
	Removed bool
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterMemberLeft is a free log retrieval operation binding the contract event 0x6b59e67399cb69a6d8fdfb638f3e0916048e8351db75c813d97b60415fe1d8cc.
//
// Solidity: event MemberLeft(uint256 indexed taskId, address indexed account, bool removed)
func (_FLAlliance *FLAllianceFilterer) FilterMemberLeft(opts *bind.FilterOpts, taskId []*big.Int, account []common.Address) (*FLAllianceMemberLeftIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "MemberLeft", taskIdRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceMemberLeftIterator{contract: _FLAlliance.contract, event: "MemberLeft", logs: logs, sub: sub}, nil
}

// WatchMemberLeft is a free log subscription operation binding the contract event 0x6b59e67399cb69a6d8fdfb638f3e0916048e8351db75c813d97b60415fe1d8cc.
//
// Solidity: event MemberLeft(uint256 indexed taskId, address indexed account, bool removed)
func (_FLAlliance *FLAllianceFilterer) WatchMemberLeft(opts *bind.WatchOpts, sink chan<- *FLAllianceMemberLeft, taskId []*big.Int, account []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "MemberLeft", taskIdRule, accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceMemberLeft)
				if err := _FLAlliance.contract.UnpackLog(event, "MemberLeft", log); err != nil {
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

// ParseMemberLeft is a log parse operation binding the contract event 0x6b59e67399cb69a6d8fdfb638f3e0916048e8351db75c813d97b60415fe1d8cc.
//
// Solidity: event MemberLeft(uint256 indexed taskId, address indexed account, bool removed)
func (_FLAlliance *FLAllianceFilterer) ParseMemberLeft(log types.Log) (*FLAllianceMemberLeft, error) {
	event := new(FLAllianceMemberLeft)
	if err := _FLAlliance.contract.UnpackLog(event, "MemberLeft", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceParticipantSlashedIterator is returned from FilterParticipantSlashed and is used to iterate over the raw logs and unpacked data for ParticipantSlashed events raised by the FLAlliance contract.
type FLAllianceParticipantSlashedIterator struct {
	Event *FLAllianceParticipantSlashed // Event containing the contract specifics and raw log

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
func (it *FLAllianceParticipantSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceParticipantSlashed)
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
		it.Event = new(FLAllianceParticipantSlashed)
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
func (it *FLAllianceParticipantSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceParticipantSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceParticipantSlashed represents a ParticipantSlashed event raised by the FLAlliance contract.
type FLAllianceParticipantSlashed struct {
	TaskId  *big.Int
	Round   uint32
	Account common.Address
	Amount  *big.Int
	Reason  uint8
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterParticipantSlashed is a free log retrieval operation binding the contract event 0xc7b2baad6f6e8de341c4613686e42c94a981b0e6c8438c97190a24d29b15b97c.
//
// Solidity: event ParticipantSlashed(uint256 indexed taskId, uint32 indexed round, address indexed account, uint256 amount, uint8 reason)
func (_FLAlliance *FLAllianceFilterer) FilterParticipantSlashed(opts *bind.FilterOpts, taskId []*big.Int, round []uint32, account []common.Address) (*FLAllianceParticipantSlashedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "ParticipantSlashed", taskIdRule, roundRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceParticipantSlashedIterator{contract: _FLAlliance.contract, event: "ParticipantSlashed", logs: logs, sub: sub}, nil
}

// WatchParticipantSlashed is a free log subscription operation binding the contract event 0xc7b2baad6f6e8de341c4613686e42c94a981b0e6c8438c97190a24d29b15b97c.
//
// Solidity: event ParticipantSlashed(uint256 indexed taskId, uint32 indexed round, address indexed account, uint256 amount, uint8 reason)
func (_FLAlliance *FLAllianceFilterer) WatchParticipantSlashed(opts *bind.WatchOpts, sink chan<- *FLAllianceParticipantSlashed, taskId []*big.Int, round []uint32, account []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "ParticipantSlashed", taskIdRule, roundRule, accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceParticipantSlashed)
				if err := _FLAlliance.contract.UnpackLog(event, "ParticipantSlashed", log); err != nil {
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

// ParseParticipantSlashed is a log parse operation binding the contract event 0xc7b2baad6f6e8de341c4613686e42c94a981b0e6c8438c97190a24d29b15b97c.
//
// Solidity: event ParticipantSlashed(uint256 indexed taskId, uint32 indexed round, address indexed account, uint256 amount, uint8 reason)
func (_FLAlliance *FLAllianceFilterer) ParseParticipantSlashed(log types.Log) (*FLAllianceParticipantSlashed, error) {
	event := new(FLAllianceParticipantSlashed)
	if err := _FLAlliance.contract.UnpackLog(event, "ParticipantSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceQuorumSetIterator is returned from FilterQuorumSet and is used to iterate over the raw logs and unpacked data for QuorumSet events raised by the FLAlliance contract.
type FLAllianceQuorumSetIterator struct {
	Event *FLAllianceQuorumSet // Event containing the contract specifics and raw log

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
func (it *FLAllianceQuorumSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceQuorumSet)
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
		it.Event = new(FLAllianceQuorumSet)
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
func (it *FLAllianceQuorumSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceQuorumSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceQuorumSet represents a QuorumSet event raised by the FLAlliance contract.
type FLAllianceQuorumSet struct {
	Numerator   uint32
	Denominator uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterQuorumSet is a free log retrieval operation binding the contract event 0x34c6137601b33e9d5aedb4f12c00d4730f0e0d8ac187ef9145aa0c7109c3c773.
//
// Solidity: event QuorumSet(uint32 numerator, uint32 denominator)
func (_FLAlliance *FLAllianceFilterer) FilterQuorumSet(opts *bind.FilterOpts) (*FLAllianceQuorumSetIterator, error) {

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "QuorumSet")
	if err != nil {
		return nil, err
	}
	return &FLAllianceQuorumSetIterator{contract: _FLAlliance.contract, event: "QuorumSet", logs: logs, sub: sub}, nil
}

// WatchQuorumSet is a free log subscription operation binding the contract event 0x34c6137601b33e9d5aedb4f12c00d4730f0e0d8ac187ef9145aa0c7109c3c773.
//
// Solidity: event QuorumSet(uint32 numerator, uint32 denominator)
func (_FLAlliance *FLAllianceFilterer) WatchQuorumSet(opts *bind.WatchOpts, sink chan<- *FLAllianceQuorumSet) (event.Subscription, error) {

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "QuorumSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceQuorumSet)
				if err := _FLAlliance.contract.UnpackLog(event, "QuorumSet", log); err != nil {
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

// ParseQuorumSet is a log parse operation binding the contract event 0x34c6137601b33e9d5aedb4f12c00d4730f0e0d8ac187ef9145aa0c7109c3c773.
//
// Solidity: event QuorumSet(uint32 numerator, uint32 denominator)
func (_FLAlliance *FLAllianceFilterer) ParseQuorumSet(log types.Log) (*FLAllianceQuorumSet, error) {
	event := new(FLAllianceQuorumSet)
	if err := _FLAlliance.contract.UnpackLog(event, "QuorumSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the FLAlliance contract.
type FLAllianceRoleAdminChangedIterator struct {
	Event *FLAllianceRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *FLAllianceRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceRoleAdminChanged)
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
		it.Event = new(FLAllianceRoleAdminChanged)
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
func (it *FLAllianceRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceRoleAdminChanged represents a RoleAdminChanged event raised by the FLAlliance contract.
type FLAllianceRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_FLAlliance *FLAllianceFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*FLAllianceRoleAdminChangedIterator, error) {

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

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceRoleAdminChangedIterator{contract: _FLAlliance.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_FLAlliance *FLAllianceFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *FLAllianceRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceRoleAdminChanged)
				if err := _FLAlliance.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_FLAlliance *FLAllianceFilterer) ParseRoleAdminChanged(log types.Log) (*FLAllianceRoleAdminChanged, error) {
	event := new(FLAllianceRoleAdminChanged)
	if err := _FLAlliance.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceRoleAssignedIterator is returned from FilterRoleAssigned and is used to iterate over the raw logs and unpacked data for RoleAssigned events raised by the FLAlliance contract.
type FLAllianceRoleAssignedIterator struct {
	Event *FLAllianceRoleAssigned // Event containing the contract specifics and raw log

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
func (it *FLAllianceRoleAssignedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceRoleAssigned)
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
		it.Event = new(FLAllianceRoleAssigned)
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
func (it *FLAllianceRoleAssignedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceRoleAssignedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceRoleAssigned represents a RoleAssigned event raised by the FLAlliance contract.
type FLAllianceRoleAssigned struct {
	TaskId      *big.Int
	Round       uint32
	Participant common.Address
	FlRole      uint8
	Stake       *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterRoleAssigned is a free log retrieval operation binding the contract event 0x26b2d8ed02d00e6074ef6892c0a0f5b997b751cfb591018f309fb755576f30bc.
//
// Solidity: event RoleAssigned(uint256 indexed taskId, uint32 indexed round, address indexed participant, uint8 flRole, uint256 stake)
func (_FLAlliance *FLAllianceFilterer) FilterRoleAssigned(opts *bind.FilterOpts, taskId []*big.Int, round []uint32, participant []common.Address) (*FLAllianceRoleAssignedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "RoleAssigned", taskIdRule, roundRule, participantRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceRoleAssignedIterator{contract: _FLAlliance.contract, event: "RoleAssigned", logs: logs, sub: sub}, nil
}

// WatchRoleAssigned is a free log subscription operation binding the contract event 0x26b2d8ed02d00e6074ef6892c0a0f5b997b751cfb591018f309fb755576f30bc.
//
// Solidity: event RoleAssigned(uint256 indexed taskId, uint32 indexed round, address indexed participant, uint8 flRole, uint256 stake)
func (_FLAlliance *FLAllianceFilterer) WatchRoleAssigned(opts *bind.WatchOpts, sink chan<- *FLAllianceRoleAssigned, taskId []*big.Int, round []uint32, participant []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "RoleAssigned", taskIdRule, roundRule, participantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceRoleAssigned)
				if err := _FLAlliance.contract.UnpackLog(event, "RoleAssigned", log); err != nil {
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

// ParseRoleAssigned is a log parse operation binding the contract event 0x26b2d8ed02d00e6074ef6892c0a0f5b997b751cfb591018f309fb755576f30bc.
//
// Solidity: event RoleAssigned(uint256 indexed taskId, uint32 indexed round, address indexed participant, uint8 flRole, uint256 stake)
func (_FLAlliance *FLAllianceFilterer) ParseRoleAssigned(log types.Log) (*FLAllianceRoleAssigned, error) {
	event := new(FLAllianceRoleAssigned)
	if err := _FLAlliance.contract.UnpackLog(event, "RoleAssigned", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the FLAlliance contract.
type FLAllianceRoleGrantedIterator struct {
	Event *FLAllianceRoleGranted // Event containing the contract specifics and raw log

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
func (it *FLAllianceRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceRoleGranted)
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
		it.Event = new(FLAllianceRoleGranted)
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
func (it *FLAllianceRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceRoleGranted represents a RoleGranted event raised by the FLAlliance contract.
type FLAllianceRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_FLAlliance *FLAllianceFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*FLAllianceRoleGrantedIterator, error) {

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

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceRoleGrantedIterator{contract: _FLAlliance.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_FLAlliance *FLAllianceFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *FLAllianceRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceRoleGranted)
				if err := _FLAlliance.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_FLAlliance *FLAllianceFilterer) ParseRoleGranted(log types.Log) (*FLAllianceRoleGranted, error) {
	event := new(FLAllianceRoleGranted)
	if err := _FLAlliance.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the FLAlliance contract.
type FLAllianceRoleRevokedIterator struct {
	Event *FLAllianceRoleRevoked // Event containing the contract specifics and raw log

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
func (it *FLAllianceRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceRoleRevoked)
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
		it.Event = new(FLAllianceRoleRevoked)
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
func (it *FLAllianceRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceRoleRevoked represents a RoleRevoked event raised by the FLAlliance contract.
type FLAllianceRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_FLAlliance *FLAllianceFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*FLAllianceRoleRevokedIterator, error) {

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

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceRoleRevokedIterator{contract: _FLAlliance.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_FLAlliance *FLAllianceFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *FLAllianceRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceRoleRevoked)
				if err := _FLAlliance.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_FLAlliance *FLAllianceFilterer) ParseRoleRevoked(log types.Log) (*FLAllianceRoleRevoked, error) {
	event := new(FLAllianceRoleRevoked)
	if err := _FLAlliance.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceRoundFinalizedIterator is returned from FilterRoundFinalized and is used to iterate over the raw logs and unpacked data for RoundFinalized events raised by the FLAlliance contract.
type FLAllianceRoundFinalizedIterator struct {
	Event *FLAllianceRoundFinalized // Event containing the contract specifics and raw log

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
func (it *FLAllianceRoundFinalizedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceRoundFinalized)
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
		it.Event = new(FLAllianceRoundFinalized)
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
func (it *FLAllianceRoundFinalizedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceRoundFinalizedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceRoundFinalized represents a RoundFinalized event raised by the FLAlliance contract.
type FLAllianceRoundFinalized struct {
	TaskId       *big.Int
	Round        uint32
	Outcome      uint8
	StakeFor     *big.Int
	StakeAgainst *big.Int
	VoterStake   *big.Int
	SlashedTotal *big.Int
	ToPool       *big.Int
	ToTreasury   *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterRoundFinalized is a free log retrieval operation binding the contract event 0x4b01bf4b63bdfa4070cc2d4f6fdf6551d92578bb2aedaa7b96ffa679bb34fd43.
//
// Solidity: event RoundFinalized(uint256 indexed taskId, uint32 indexed round, uint8 outcome, uint256 stakeFor, uint256 stakeAgainst, uint256 voterStake, uint256 slashedTotal, uint256 toPool, uint256 toTreasury)
func (_FLAlliance *FLAllianceFilterer) FilterRoundFinalized(opts *bind.FilterOpts, taskId []*big.Int, round []uint32) (*FLAllianceRoundFinalizedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "RoundFinalized", taskIdRule, roundRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceRoundFinalizedIterator{contract: _FLAlliance.contract, event: "RoundFinalized", logs: logs, sub: sub}, nil
}

// WatchRoundFinalized is a free log subscription operation binding the contract event 0x4b01bf4b63bdfa4070cc2d4f6fdf6551d92578bb2aedaa7b96ffa679bb34fd43.
//
// Solidity: event RoundFinalized(uint256 indexed taskId, uint32 indexed round, uint8 outcome, uint256 stakeFor, uint256 stakeAgainst, uint256 voterStake, uint256 slashedTotal, uint256 toPool, uint256 toTreasury)
func (_FLAlliance *FLAllianceFilterer) WatchRoundFinalized(opts *bind.WatchOpts, sink chan<- *FLAllianceRoundFinalized, taskId []*big.Int, round []uint32) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "RoundFinalized", taskIdRule, roundRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceRoundFinalized)
				if err := _FLAlliance.contract.UnpackLog(event, "RoundFinalized", log); err != nil {
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

// ParseRoundFinalized is a log parse operation binding the contract event 0x4b01bf4b63bdfa4070cc2d4f6fdf6551d92578bb2aedaa7b96ffa679bb34fd43.
//
// Solidity: event RoundFinalized(uint256 indexed taskId, uint32 indexed round, uint8 outcome, uint256 stakeFor, uint256 stakeAgainst, uint256 voterStake, uint256 slashedTotal, uint256 toPool, uint256 toTreasury)
func (_FLAlliance *FLAllianceFilterer) ParseRoundFinalized(log types.Log) (*FLAllianceRoundFinalized, error) {
	event := new(FLAllianceRoundFinalized)
	if err := _FLAlliance.contract.UnpackLog(event, "RoundFinalized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceRoundStartedIterator is returned from FilterRoundStarted and is used to iterate over the raw logs and unpacked data for RoundStarted events raised by the FLAlliance contract.
type FLAllianceRoundStartedIterator struct {
	Event *FLAllianceRoundStarted // Event containing the contract specifics and raw log

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
func (it *FLAllianceRoundStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceRoundStarted)
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
		it.Event = new(FLAllianceRoundStarted)
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
func (it *FLAllianceRoundStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceRoundStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceRoundStarted represents a RoundStarted event raised by the FLAlliance contract.
type FLAllianceRoundStarted struct {
	TaskId       *big.Int
	Round        uint32
	Seed         [32]byte
	CommitEnd    uint64
	RevealEnd    uint64
	Participants uint32
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterRoundStarted is a free log retrieval operation binding the contract event 0x4387058bae42fe3609ecb1689770cb0b79dbe4eabc67b72f4d6555a08af56f97.
//
// Solidity: event RoundStarted(uint256 indexed taskId, uint32 indexed round, bytes32 seed, uint64 commitEnd, uint64 revealEnd, uint32 participants)
func (_FLAlliance *FLAllianceFilterer) FilterRoundStarted(opts *bind.FilterOpts, taskId []*big.Int, round []uint32) (*FLAllianceRoundStartedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "RoundStarted", taskIdRule, roundRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceRoundStartedIterator{contract: _FLAlliance.contract, event: "RoundStarted", logs: logs, sub: sub}, nil
}

// WatchRoundStarted is a free log subscription operation binding the contract event 0x4387058bae42fe3609ecb1689770cb0b79dbe4eabc67b72f4d6555a08af56f97.
//
// Solidity: event RoundStarted(uint256 indexed taskId, uint32 indexed round, bytes32 seed, uint64 commitEnd, uint64 revealEnd, uint32 participants)
func (_FLAlliance *FLAllianceFilterer) WatchRoundStarted(opts *bind.WatchOpts, sink chan<- *FLAllianceRoundStarted, taskId []*big.Int, round []uint32) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "RoundStarted", taskIdRule, roundRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceRoundStarted)
				if err := _FLAlliance.contract.UnpackLog(event, "RoundStarted", log); err != nil {
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

// ParseRoundStarted is a log parse operation binding the contract event 0x4387058bae42fe3609ecb1689770cb0b79dbe4eabc67b72f4d6555a08af56f97.
//
// Solidity: event RoundStarted(uint256 indexed taskId, uint32 indexed round, bytes32 seed, uint64 commitEnd, uint64 revealEnd, uint32 participants)
func (_FLAlliance *FLAllianceFilterer) ParseRoundStarted(log types.Log) (*FLAllianceRoundStarted, error) {
	event := new(FLAllianceRoundStarted)
	if err := _FLAlliance.contract.UnpackLog(event, "RoundStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceSlashParamsSetIterator is returned from FilterSlashParamsSet and is used to iterate over the raw logs and unpacked data for SlashParamsSet events raised by the FLAlliance contract.
type FLAllianceSlashParamsSetIterator struct {
	Event *FLAllianceSlashParamsSet // Event containing the contract specifics and raw log

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
func (it *FLAllianceSlashParamsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceSlashParamsSet)
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
		it.Event = new(FLAllianceSlashParamsSet)
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
func (it *FLAllianceSlashParamsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceSlashParamsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceSlashParamsSet represents a SlashParamsSet event raised by the FLAlliance contract.
type FLAllianceSlashParamsSet struct {
	SlashRatePpm   uint32
	SlashToPoolPpm uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterSlashParamsSet is a free log retrieval operation binding the contract event 0x05408eb149552c1509739db9cdc601361e0cc002e5463dc5b055a8b8055f7fa5.
//
// Solidity: event SlashParamsSet(uint32 slashRatePpm, uint32 slashToPoolPpm)
func (_FLAlliance *FLAllianceFilterer) FilterSlashParamsSet(opts *bind.FilterOpts) (*FLAllianceSlashParamsSetIterator, error) {

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "SlashParamsSet")
	if err != nil {
		return nil, err
	}
	return &FLAllianceSlashParamsSetIterator{contract: _FLAlliance.contract, event: "SlashParamsSet", logs: logs, sub: sub}, nil
}

// WatchSlashParamsSet is a free log subscription operation binding the contract event 0x05408eb149552c1509739db9cdc601361e0cc002e5463dc5b055a8b8055f7fa5.
//
// Solidity: event SlashParamsSet(uint32 slashRatePpm, uint32 slashToPoolPpm)
func (_FLAlliance *FLAllianceFilterer) WatchSlashParamsSet(opts *bind.WatchOpts, sink chan<- *FLAllianceSlashParamsSet) (event.Subscription, error) {

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "SlashParamsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceSlashParamsSet)
				if err := _FLAlliance.contract.UnpackLog(event, "SlashParamsSet", log); err != nil {
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

// ParseSlashParamsSet is a log parse operation binding the contract event 0x05408eb149552c1509739db9cdc601361e0cc002e5463dc5b055a8b8055f7fa5.
//
// Solidity: event SlashParamsSet(uint32 slashRatePpm, uint32 slashToPoolPpm)
func (_FLAlliance *FLAllianceFilterer) ParseSlashParamsSet(log types.Log) (*FLAllianceSlashParamsSet, error) {
	event := new(FLAllianceSlashParamsSet)
	if err := _FLAlliance.contract.UnpackLog(event, "SlashParamsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceTreasurySetIterator is returned from FilterTreasurySet and is used to iterate over the raw logs and unpacked data for TreasurySet events raised by the FLAlliance contract.
type FLAllianceTreasurySetIterator struct {
	Event *FLAllianceTreasurySet // Event containing the contract specifics and raw log

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
func (it *FLAllianceTreasurySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceTreasurySet)
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
		it.Event = new(FLAllianceTreasurySet)
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
func (it *FLAllianceTreasurySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceTreasurySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceTreasurySet represents a TreasurySet event raised by the FLAlliance contract.
type FLAllianceTreasurySet struct {
	Treasury common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterTreasurySet is a free log retrieval operation binding the contract event 0x3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f.
//
// Solidity: event TreasurySet(address treasury)
func (_FLAlliance *FLAllianceFilterer) FilterTreasurySet(opts *bind.FilterOpts) (*FLAllianceTreasurySetIterator, error) {

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "TreasurySet")
	if err != nil {
		return nil, err
	}
	return &FLAllianceTreasurySetIterator{contract: _FLAlliance.contract, event: "TreasurySet", logs: logs, sub: sub}, nil
}

// WatchTreasurySet is a free log subscription operation binding the contract event 0x3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f.
//
// Solidity: event TreasurySet(address treasury)
func (_FLAlliance *FLAllianceFilterer) WatchTreasurySet(opts *bind.WatchOpts, sink chan<- *FLAllianceTreasurySet) (event.Subscription, error) {

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "TreasurySet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceTreasurySet)
				if err := _FLAlliance.contract.UnpackLog(event, "TreasurySet", log); err != nil {
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

// ParseTreasurySet is a log parse operation binding the contract event 0x3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f.
//
// Solidity: event TreasurySet(address treasury)
func (_FLAlliance *FLAllianceFilterer) ParseTreasurySet(log types.Log) (*FLAllianceTreasurySet, error) {
	event := new(FLAllianceTreasurySet)
	if err := _FLAlliance.contract.UnpackLog(event, "TreasurySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceUpdateSubmittedIterator is returned from FilterUpdateSubmitted and is used to iterate over the raw logs and unpacked data for UpdateSubmitted events raised by the FLAlliance contract.
type FLAllianceUpdateSubmittedIterator struct {
	Event *FLAllianceUpdateSubmitted // Event containing the contract specifics and raw log

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
func (it *FLAllianceUpdateSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceUpdateSubmitted)
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
		it.Event = new(FLAllianceUpdateSubmitted)
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
func (it *FLAllianceUpdateSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceUpdateSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceUpdateSubmitted represents a UpdateSubmitted event raised by the FLAlliance contract.
type FLAllianceUpdateSubmitted struct {
	TaskId     *big.Int
	Round      uint32
	Proposer   common.Address
	UpdateHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterUpdateSubmitted is a free log retrieval operation binding the contract event 0xafbcf8e0a58343bd3b7a2e8784acde8a95d81fa4492c8325c3f0de4b673ca673.
//
// Solidity: event UpdateSubmitted(uint256 indexed taskId, uint32 indexed round, address indexed proposer, bytes32 updateHash)
func (_FLAlliance *FLAllianceFilterer) FilterUpdateSubmitted(opts *bind.FilterOpts, taskId []*big.Int, round []uint32, proposer []common.Address) (*FLAllianceUpdateSubmittedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "UpdateSubmitted", taskIdRule, roundRule, proposerRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceUpdateSubmittedIterator{contract: _FLAlliance.contract, event: "UpdateSubmitted", logs: logs, sub: sub}, nil
}

// WatchUpdateSubmitted is a free log subscription operation binding the contract event 0xafbcf8e0a58343bd3b7a2e8784acde8a95d81fa4492c8325c3f0de4b673ca673.
//
// Solidity: event UpdateSubmitted(uint256 indexed taskId, uint32 indexed round, address indexed proposer, bytes32 updateHash)
func (_FLAlliance *FLAllianceFilterer) WatchUpdateSubmitted(opts *bind.WatchOpts, sink chan<- *FLAllianceUpdateSubmitted, taskId []*big.Int, round []uint32, proposer []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "UpdateSubmitted", taskIdRule, roundRule, proposerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceUpdateSubmitted)
				if err := _FLAlliance.contract.UnpackLog(event, "UpdateSubmitted", log); err != nil {
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

// ParseUpdateSubmitted is a log parse operation binding the contract event 0xafbcf8e0a58343bd3b7a2e8784acde8a95d81fa4492c8325c3f0de4b673ca673.
//
// Solidity: event UpdateSubmitted(uint256 indexed taskId, uint32 indexed round, address indexed proposer, bytes32 updateHash)
func (_FLAlliance *FLAllianceFilterer) ParseUpdateSubmitted(log types.Log) (*FLAllianceUpdateSubmitted, error) {
	event := new(FLAllianceUpdateSubmitted)
	if err := _FLAlliance.contract.UnpackLog(event, "UpdateSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceVoteCommittedIterator is returned from FilterVoteCommitted and is used to iterate over the raw logs and unpacked data for VoteCommitted events raised by the FLAlliance contract.
type FLAllianceVoteCommittedIterator struct {
	Event *FLAllianceVoteCommitted // Event containing the contract specifics and raw log

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
func (it *FLAllianceVoteCommittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceVoteCommitted)
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
		it.Event = new(FLAllianceVoteCommitted)
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
func (it *FLAllianceVoteCommittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceVoteCommittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceVoteCommitted represents a VoteCommitted event raised by the FLAlliance contract.
type FLAllianceVoteCommitted struct {
	TaskId     *big.Int
	Round      uint32
	Voter      common.Address
	Commitment [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterVoteCommitted is a free log retrieval operation binding the contract event 0x24244570da12824ef598711c2db91f486bd0e82bf64505e96cbc6212e78741de.
//
// Solidity: event VoteCommitted(uint256 indexed taskId, uint32 indexed round, address indexed voter, bytes32 commitment)
func (_FLAlliance *FLAllianceFilterer) FilterVoteCommitted(opts *bind.FilterOpts, taskId []*big.Int, round []uint32, voter []common.Address) (*FLAllianceVoteCommittedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "VoteCommitted", taskIdRule, roundRule, voterRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceVoteCommittedIterator{contract: _FLAlliance.contract, event: "VoteCommitted", logs: logs, sub: sub}, nil
}

// WatchVoteCommitted is a free log subscription operation binding the contract event 0x24244570da12824ef598711c2db91f486bd0e82bf64505e96cbc6212e78741de.
//
// Solidity: event VoteCommitted(uint256 indexed taskId, uint32 indexed round, address indexed voter, bytes32 commitment)
func (_FLAlliance *FLAllianceFilterer) WatchVoteCommitted(opts *bind.WatchOpts, sink chan<- *FLAllianceVoteCommitted, taskId []*big.Int, round []uint32, voter []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "VoteCommitted", taskIdRule, roundRule, voterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceVoteCommitted)
				if err := _FLAlliance.contract.UnpackLog(event, "VoteCommitted", log); err != nil {
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

// ParseVoteCommitted is a log parse operation binding the contract event 0x24244570da12824ef598711c2db91f486bd0e82bf64505e96cbc6212e78741de.
//
// Solidity: event VoteCommitted(uint256 indexed taskId, uint32 indexed round, address indexed voter, bytes32 commitment)
func (_FLAlliance *FLAllianceFilterer) ParseVoteCommitted(log types.Log) (*FLAllianceVoteCommitted, error) {
	event := new(FLAllianceVoteCommitted)
	if err := _FLAlliance.contract.UnpackLog(event, "VoteCommitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FLAllianceVoteRevealedIterator is returned from FilterVoteRevealed and is used to iterate over the raw logs and unpacked data for VoteRevealed events raised by the FLAlliance contract.
type FLAllianceVoteRevealedIterator struct {
	Event *FLAllianceVoteRevealed // Event containing the contract specifics and raw log

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
func (it *FLAllianceVoteRevealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FLAllianceVoteRevealed)
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
		it.Event = new(FLAllianceVoteRevealed)
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
func (it *FLAllianceVoteRevealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FLAllianceVoteRevealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FLAllianceVoteRevealed represents a VoteRevealed event raised by the FLAlliance contract.
type FLAllianceVoteRevealed struct {
	TaskId *big.Int
	Round  uint32
	Voter  common.Address
	Accept bool
	Stake  *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterVoteRevealed is a free log retrieval operation binding the contract event 0xac164fd30723d9f64370e014edd0c2756c2ad1ea6cf44af04b2323f9bb8a4a2e.
//
// Solidity: event VoteRevealed(uint256 indexed taskId, uint32 indexed round, address indexed voter, bool accept, uint256 stake)
func (_FLAlliance *FLAllianceFilterer) FilterVoteRevealed(opts *bind.FilterOpts, taskId []*big.Int, round []uint32, voter []common.Address) (*FLAllianceVoteRevealedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _FLAlliance.contract.FilterLogs(opts, "VoteRevealed", taskIdRule, roundRule, voterRule)
	if err != nil {
		return nil, err
	}
	return &FLAllianceVoteRevealedIterator{contract: _FLAlliance.contract, event: "VoteRevealed", logs: logs, sub: sub}, nil
}

// WatchVoteRevealed is a free log subscription operation binding the contract event 0xac164fd30723d9f64370e014edd0c2756c2ad1ea6cf44af04b2323f9bb8a4a2e.
//
// Solidity: event VoteRevealed(uint256 indexed taskId, uint32 indexed round, address indexed voter, bool accept, uint256 stake)
func (_FLAlliance *FLAllianceFilterer) WatchVoteRevealed(opts *bind.WatchOpts, sink chan<- *FLAllianceVoteRevealed, taskId []*big.Int, round []uint32, voter []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _FLAlliance.contract.WatchLogs(opts, "VoteRevealed", taskIdRule, roundRule, voterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FLAllianceVoteRevealed)
				if err := _FLAlliance.contract.UnpackLog(event, "VoteRevealed", log); err != nil {
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

// ParseVoteRevealed is a log parse operation binding the contract event 0xac164fd30723d9f64370e014edd0c2756c2ad1ea6cf44af04b2323f9bb8a4a2e.
//
// Solidity: event VoteRevealed(uint256 indexed taskId, uint32 indexed round, address indexed voter, bool accept, uint256 stake)
func (_FLAlliance *FLAllianceFilterer) ParseVoteRevealed(log types.Log) (*FLAllianceVoteRevealed, error) {
	event := new(FLAllianceVoteRevealed)
	if err := _FLAlliance.contract.UnpackLog(event, "VoteRevealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
