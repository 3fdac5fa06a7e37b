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
	Finalized         bool
	Accepted          bool
	LastRequestBefore *big.Int
	StakeFor          *big.Int
	StakeAgainst      *big.Int
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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIFLStaking\"},{\"name\":\"distributor_\",\"type\":\"address\",\"internalType\":\"contractIRewardsDistributor\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_DURATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MEMBERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_PARTICIPANTS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PPM\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PROPOSER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REASON_REJECTED_PROPOSER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REASON_VOTE_AGAINST_OUTCOME\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TASK_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VOTER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assignRoles\",\"inputs\":[{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"participants\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"outputs\":[{\"name\":\"flRoles\",\"type\":\"uint8[]\",\"internalType\":\"uint8[]\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"commitVote\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"accept\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"createFLTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rounds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distributor\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardsDistributor\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalizeRound\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isMember\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"join\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"leave\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"membersOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"participantOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structFLAlliance.Participant\",\"components\":[{\"name\":\"flRole\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"submitted\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"committed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"revealed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"accept\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"updateHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"participantsOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeIneligible\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revealVote\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"accept\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"roundOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structFLAlliance.Round\",\"components\":[{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slashRatePpm\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"slashToPoolPpm\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"participants\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"finalized\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"accepted\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"lastRequestBefore\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stakeFor\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stakeAgainst\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slashedTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setSlashParams\",\"inputs\":[{\"name\":\"slashRatePpm_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"slashToPoolPpm_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashRatePpm\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slashToPoolPpm\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIFLStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"startRound\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitUpdate\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"updateHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"taskOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structFLAlliance.Task\",\"components\":[{\"name\":\"exists\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"rounds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"currentRound\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdrawalLocked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"FLTaskCreated\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"creator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"rounds\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"commitDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"revealDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MemberJoined\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"stake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MemberLeft\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"removed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParticipantSlashed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAssigned\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"participant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"flRole\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"stake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoundFinalized\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"accepted\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"stakeFor\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"stakeAgainst\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"slashedTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toPool\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toTreasury\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoundStarted\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"commitEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"revealEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"participants\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlashParamsSet\",\"inputs\":[{\"name\":\"slashRatePpm\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"slashToPoolPpm\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UpdateSubmitted\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"updateHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCommitted\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteRevealed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"accept\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"stake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyCommitted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"AlreadyMember\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyRevealed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"AlreadySubmitted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"CommitWindowClosed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CommitmentMismatch\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidDuration\",\"inputs\":[{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidPpm\",\"inputs\":[{\"name\":\"ppm\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidRounds\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidTaskId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoActiveRound\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoRoundsLeft\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotCommitted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NotEnoughParticipants\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"participants\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotFLParticipant\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotMember\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotProposer\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NotVoter\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RevealWindowClosed\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revealEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RevealWindowNotOpen\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RevealWindowNotOver\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revealEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RoundInProgress\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StakeTooLow\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StillEligible\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyExists\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TaskIdTaken\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyMembers\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroHash\",\"inputs\":[]}]",
	Bin: "0x60e060405260028054600160a01b600160e01b031916656ddd00000c3560a51b17905534801561002d575f5ffd5b50604051613a5b380380613a5b83398101604081905261004c916102a9565b600180556001600160a01b038416158061006d57506001600160a01b038316155b8061007f57506001600160a01b038216155b8061009157506001600160a01b038116155b156100af5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808516608081905290841660a05260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa1580156100fe573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101229190610305565b6001600160a01b0390811660c052600280546001600160a01b0319169184169190911790556101515f826101e9565b506040516001600160a01b03831681527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a16002546040805163ffffffff600160a01b840481168252600160c01b90930490921660208301527f05408eb149552c1509739db9cdc601361e0cc002e5463dc5b055a8b8055f7fa5910160405180910390a150505050610327565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610289575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102413390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161028c565b505f5b92915050565b6001600160a01b03811681146102a6575f5ffd5b50565b5f5f5f5f608085870312156102bc575f5ffd5b84516102c781610292565b60208601519094506102d881610292565b60408601519093506102e981610292565b60608601519092506102fa81610292565b939692955090935050565b5f60208284031215610315575f5ffd5b815161032081610292565b9392505050565b60805160a05160c0516136a86103b35f395f818161097501528181610f2d015261100801525f81816107ab01528181610f4f0152610f9101525f81816104c401528181610a6c01528181610b20015281816114ff0152818161176001528181611a3001528181611aa901528181611c44015281816128cd01528181612d2f0152612e0b01526136a85ff3fe608060405234801561000f575f5ffd5b5060043610610255575f3560e01c80637d9e10f511610140578063bfe10928116100bf578063dcb7501a11610084578063dcb7501a1461091b578063ea0e35b114610942578063f0f442601461094a578063facc092f1461095d578063fc0c546a14610970578063ff4cc6e31461072f575f5ffd5b8063bfe10928146107a6578063bffa7f0f1461054a578063d547741f146107cd578063d5b36e24146107e0578063dc3557d514610904575f5ffd5b806391d148541161010557806391d14854146107375780639da691801461074a578063a217fddf1461075d578063ad4e36e214610764578063b1724b4614610784575f5ffd5b80637d9e10f5146105c757806380591efc146105fe5780638297e24f146106155780638a8069e6146106285780638ebf2fd61461072f575f5ffd5b80633c267887116101d75780636257f81d1161019c5780636257f81d1461052457806366137baf14610537578063671289921461054a57806367dfd4c91461056457806377a5218a146105775780637c8196801461058a575f5ffd5b80633c267887146103595780633da2253e1461036c5780634cf088d9146104bf5780635fc3d52d146104fe57806361d027b314610511575f5ffd5b80632781113e1161021d5780632781113e146103055780632f2ff15d146103185780633469f6e21461032b57806336568abe1461033e5780633a984bc514610351575f5ffd5b806301ffc9a714610259578063049878f3146102815780630d720bbc146102965780630e2aa455146102b5578063248a9ca3146102d5575b5f5ffd5b61026c610267366004612f75565b610997565b60405190151581526020015b60405180910390f35b61029461028f366004612f9c565b6109cd565b005b6102a0620f424081565b60405163ffffffff9091168152602001610278565b6102c86102c3366004612f9c565b610c8b565b6040516102789190612fb3565b6102f76102e3366004612f9c565b5f9081526020819052604090206001015490565b604051908152602001610278565b610294610313366004613011565b610cf4565b610294610326366004613061565b610de0565b610294610339366004612f9c565b610e0a565b61029461034c366004613061565b6110ad565b6102f7600281565b61029461036736600461308f565b6110e5565b6104b261037a3660046130af565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810191909152505f82815260046020818152604080842063ffffffff8087168652908352938190208151610180810183528154815260018201546001600160401b0380821695830195909552600160401b810490941692810192909252600160801b830485166060830152600160a01b830485166080830152600160c01b830490941660a082015260ff600160e01b83048116151560c0830152600160e81b909204909116151560e0820152600283015461010082015260038301546101208201529082015461014082015260059091015461016082015292915050565b60405161027891906130d0565b6104e67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610278565b6102a061050c366004612f9c565b611244565b6002546104e6906001600160a01b031681565b6102946105323660046131cc565b611627565b6102c86105453660046130af565b611b13565b610552600181565b60405160ff9091168152602001610278565b610294610572366004612f9c565b611b8b565b610294610585366004613061565b611be2565b6102f761059836600461322c565b604080519215156020808501919091528382019290925280518084038201815260609093019052815191012090565b61026c6105d5366004613061565b5f9182526008602090815260408084206001600160a01b03939093168452919052902054151590565b6002546102a090600160a01b900463ffffffff1681565b61026c610623366004613256565b611d08565b610722610636366004613288565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152505f83815260066020908152604080832063ffffffff8616845282528083206001600160a01b038516845282529182902082516101008082018552825460ff8082168452918104821615159483019490945262010000840481161515948201949094526301000000830484161515606082015264010000000090920490921615156080820152600182015460a0820152600282015460c082015260039091015460e08201529392505050565b60405161027891906132c5565b610552600281565b61026c610745366004613061565b611dab565b61029461075836600461308f565b611dd3565b6102f75f81565b61077761077236600461334c565b611f26565b6040516102789190613420565b61078e62278d0081565b6040516001600160401b039091168152602001610278565b6104e67f000000000000000000000000000000000000000000000000000000000000000081565b6102946107db366004613061565b6120d5565b6108996107ee366004612f9c565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260036020908152604091829020825160c081018452815460ff81161515825263ffffffff6101008204811694830194909452600160281b8104909316938101939093526001600160401b03600160481b830481166060850152600160881b90920490911660808301526001015460a082015290565b60405161027891905f60c08201905082511515825263ffffffff602084015116602083015263ffffffff60408401511660408301526001600160401b0360608401511660608301526001600160401b03608084015116608083015260a083015160a083015292915050565b6002546102a090600160c01b900463ffffffff1681565b6102f77fb92c2a21703f3c072393dbfb80892d64c658be905cb04413ee31f582996f0bb281565b6102f7608081565b61029461095836600461345a565b6120f9565b61029461096b366004613475565b61217f565b6104e67f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b14806109c757506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6109d7826123f7565b805490915063ffffffff61010082048116600160281b9092041610610a17576040516324cd8d9360e11b8152600481018390526024015b60405180910390fd5b5f82815260086020908152604080832033845290915290205415610a5257338260405163190b8b0560e31b8152600401610a0e9291906134aa565b6040516335a76b6960e11b81526003906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636b4ed6d290610aa390339087906004016134aa565b602060405180830381865afa158015610abe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ae291906134c3565b60ff1614610b07573382604051633f31463760e01b8152600401610a0e9291906134aa565b604051633b61c5a760e21b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ed87169c90610b5790339087906004016134aa565b602060405180830381865afa158015610b72573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b9691906134e3565b9050610ba6818360010154612429565b610be0576001820154604051637b91b63160e11b815233600482015260248101859052604481018390526064810191909152608401610a0e565b5f8381526007602052604090208054608011610c1257604051634f71dd4360e11b815260048101859052602401610a0e565b80546001810182555f828152602080822090920180546001600160a01b031916339081179091558354878352600884526040808420838552855292839020559051848152909186917ff4f82575ee84a81aac4be52b6a368e9ba9df524b4f5cf8177d7cfbabe861820c910160405180910390a350505050565b5f81815260076020908152604091829020805483518184028101840190945280845260609392830182828015610ce857602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610cca575b50505050509050919050565b5f610cfe8161243a565b620f424063ffffffff84161115610d305760405163fbf2a97960e01b815263ffffffff84166004820152602401610a0e565b620f424063ffffffff83161115610d625760405163fbf2a97960e01b815263ffffffff83166004820152602401610a0e565b6002805467ffffffffffffffff60a01b1916600160a01b63ffffffff86811691820263ffffffff60c01b191692909217600160c01b928616928302179092556040805192835260208301919091527f05408eb149552c1509739db9cdc601361e0cc002e5463dc5b055a8b8055f7fa5910160405180910390a1505050565b5f82815260208190526040902060010154610dfa8161243a565b610e048383612444565b50505050565b610e126124d3565b5f5f610e1d836124fd565b60018101549193509150600160401b90046001600160401b0316421015610e815760018101546040516317ea863760e11b81526004810185905263ffffffff84166024820152600160401b9091046001600160401b03166044820152606401610a0e565b60048101546003820154600183018054600160e81b9390921192830261ffff60e01b1990921691909117600160e01b17908190555f90610ed49086908690859063ffffffff600160801b90910416612573565b6005840181905560018401549091505f90620f424090610f0190600160a01b900463ffffffff168461350e565b610f0b9190613539565b90505f610f18828461354c565b90508115610ff157610f746001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f00000000000000000000000000000000000000000000000000000000000000008461269c565b60405163a65e2cfd60e01b815260048101889052602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a65e2cfd906044015f604051808303815f87803b158015610fda575f5ffd5b505af1158015610fec573d5f5f3e3d5ffd5b505050505b801561103157600254611031906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691168361275e565b600385015460048601546040805187151581526020810193909352820152606081018490526080810183905260a0810182905263ffffffff87169088907f034ffacb6770acd58c4cd1fcfca4c31a38878d5184a2052829e85c469f9dc8e89060c00160405180910390a35050505050506110aa60018055565b50565b6001600160a01b03811633146110d65760405163334bd91960e11b815260040160405180910390fd5b6110e08282612784565b505050565b5f5f6110f0846124fd565b600181015491935091506001600160401b03164210611146576001810154604051633c82c2b760e01b81526004810186905263ffffffff841660248201526001600160401b039091166044820152606401610a0e565b826111645760405163f1ae58d560e01b815260040160405180910390fd5b5f84815260066020908152604080832063ffffffff8616845282528083203384529091529020805460ff166001146111b5573385846040516349d0fdeb60e11b8152600401610a0e9392919061355f565b8054610100900460ff16156111e35733858460405163a82877a760e01b8152600401610a0e9392919061355f565b805461ff00191661010017815560038101849055604051339063ffffffff85169087907fafbcf8e0a58343bd3b7a2e8784acde8a95d81fa4492c8325c3f0de4b673ca673906112359089815260200190565b60405180910390a45050505050565b5f61124d6124d3565b5f611257836123f7565b8054909150600160281b900463ffffffff1680158015906112a157505f84815260046020908152604080832063ffffffff85168452909152902060010154600160e01b900460ff16155b156112ce5760405163105249cb60e01b81526004810185905263ffffffff82166024820152604401610a0e565b815463ffffffff610100909104811690821610611301576040516324cd8d9360e11b815260048101859052602401610a0e565b61130c816001613586565b825468ffffffff00000000001916600160281b63ffffffff83160217835592505f44858561133b60014361354c565b60408051602081019590955284019290925263ffffffff16606083015240608082015260a0016040516020818303038152906040528051906020012090505f5f6113898786600101546127ed565b8151919350915060028110156113bc57604051635fdd6f4960e01b81526004810189905260248101829052604401610a0e565b5f6113c78585611f26565b87549091505f906113e890600160481b90046001600160401b0316426135a2565b88549091505f9061140990600160881b90046001600160401b0316836135a2565b90505f60045f8d81526020019081526020015f205f8c63ffffffff1663ffffffff1681526020019081526020015f20905087815f018190555082816001015f6101000a8154816001600160401b0302191690836001600160401b03160217905550818160010160086101000a8154816001600160401b0302191690836001600160401b03160217905550600260149054906101000a900463ffffffff168160010160106101000a81548163ffffffff021916908363ffffffff160217905550600260189054906101000a900463ffffffff168160010160146101000a81548163ffffffff021916908363ffffffff1602179055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fc2a88c36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611559573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061157d91906134e3565b600282015560018101805463ffffffff878116600160c01b810263ffffffff60c01b1990931692909217909255604080518b81526001600160401b03878116602083015286168183015260608101929092525187928e16918f917f4387058bae42fe3609ecb1689770cb0b79dbe4eabc67b72f4d6555a08af56f979181900360800190a361160e8d8d8a8a896129f2565b505050505050505050505061162260018055565b919050565b7fb92c2a21703f3c072393dbfb80892d64c658be905cb04413ee31f582996f0bb26116518161243a565b855f036116715760405163fea707d960e01b815260040160405180910390fd5b5f8681526003602052604090205460ff16156116a35760405163fabb347d60e01b815260048101879052602401610a0e565b8463ffffffff165f036116c957604051630ebd719560e01b815260040160405180910390fd5b6001600160401b03831615806116ea575062278d006001600160401b038416115b156117135760405163019451cb60e01b81526001600160401b0384166004820152602401610a0e565b6001600160401b0382161580611734575062278d006001600160401b038316115b1561175d5760405163019451cb60e01b81526001600160401b0383166004820152602401610a0e565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639e498f166040518163ffffffff1660e01b8152600401602060405180830381865afa1580156117ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117de91906135c1565b90506001600160a01b0381161580159061185a575060405163d90583df60e01b8152600481018890526001600160a01b0382169063d90583df90602401602060405180830381865afa158015611836573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061185a91906135dc565b1561187b576040516377ef9e7760e11b815260048101889052602401610a0e565b6040518060c001604052806001151581526020018763ffffffff1681526020015f63ffffffff168152602001856001600160401b03168152602001846001600160401b031681526020018681525060035f8981526020019081526020015f205f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160056101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160096101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f0160116101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160010155905050336001600160a01b0316877f7c6185a40bb04150dc39af1671c6b63cba1f53133cd7e710f55599f577cfce0588888888604051611a12949392919063ffffffff94909416845260208401929092526001600160401b03908116604084015216606082015260800190565b60405180910390a36040516375b0d5a760e11b8152600481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eb61ab4e906024015f604051808303815f87803b158015611a79575f5ffd5b505af1158015611a8b573d5f5f3e3d5ffd5b505060405163ed94284560e01b8152600481018a90523060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925063ed94284591506044015f604051808303815f87803b158015611af4575f5ffd5b505af1158015611b06573d5f5f3e3d5ffd5b5050505050505050505050565b5f82815260056020908152604080832063ffffffff85168452825291829020805483518184028101840190945280845260609392830182828015611b7e57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611b60575b5050505050905092915050565b5f81815260086020908152604080832033845290915281205490819003611bc95733826040516388004cf560e01b8152600401610a0e9291906134aa565b611bde82611bd860018461354c565b5f612b80565b5050565b5f8281526008602090815260408083206001600160a01b038516845290915281205490819003611c295781836040516388004cf560e01b8152600401610a0e9291906134aa565b604051633b61c5a760e21b8152611cd0906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ed87169c90611c7b90869088906004016134aa565b602060405180830381865afa158015611c96573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cba91906134e3565b5f85815260036020526040902060010154612429565b15611cf25781836040516334844a8360e01b8152600401610a0e9291906134aa565b6110e083611d0160018461354c565b6001612b80565b5f8281526003602090815260408083205460048352818420600160281b90910463ffffffff1680855292528220811580611d4d57506001810154600160e01b900460ff165b80611d5c575080600201548411155b15611d6b575f92505050611da4565b505f84815260066020908152604080832063ffffffff90941683529281528282206001600160a01b03881683529052205460ff16151590505b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5f611dde846124fd565b600181015491935091506001600160401b03164210611e34576001810154604051633c82c2b760e01b81526004810186905263ffffffff841660248201526001600160401b039091166044820152606401610a0e565b82611e525760405163f1ae58d560e01b815260040160405180910390fd5b5f84815260066020908152604080832063ffffffff8616845282528083203384529091529020805460ff16600214611ea35733858460405163086758cf60e31b8152600401610a0e9392919061355f565b805462010000900460ff1615611ed2573385846040516388095b0b60e01b8152600401610a0e9392919061355f565b805462ff000019166201000017815560028101849055604051339063ffffffff85169087907f24244570da12824ef598711c2db91f486bd0e82bf64505e96cbc6212e78741de906112359089815260200190565b8051606090806001600160401b03811115611f4357611f43613338565b604051908082528060200260200182016040528015611f6c578160200160208202803683370190505b5091505f805f19815b8481101561205e575f88888381518110611f9157611f916135f7565b6020026020010151604051602001611fbc9291909182526001600160a01b0316602082015260400190565b60408051601f1981840301815291905280516020909101209050611fe160038261360b565b5f0361201d576001878381518110611ffb57611ffb6135f7565b60ff909216602092830291909101909101526120168561361e565b9450612046565b6002878381518110612031576120316135f7565b602002602001019060ff16908160ff16815250505b82811015612055578092508193505b50600101611f75565b50600284106120cb57825f0361209b576001858381518110612082576120826135f7565b602002602001019060ff16908160ff16815250506120cb565b8383036120cb5760028583815181106120b6576120b66135f7565b602002602001019060ff16908160ff16815250505b5050505092915050565b5f828152602081905260409020600101546120ef8161243a565b610e048383612784565b5f6121038161243a565b6001600160a01b03821661212a5760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b5f5f61218a856124fd565b600181015491935091506001600160401b03164210156121e15760018101546040516307a84d5d60e21b81526004810187905263ffffffff841660248201526001600160401b039091166044820152606401610a0e565b6001810154600160401b90046001600160401b0316421061223f57600181015460405163289571d160e21b81526004810187905263ffffffff84166024820152600160401b9091046001600160401b03166044820152606401610a0e565b5f85815260066020908152604080832063ffffffff8616845282528083203384529091529020805460ff166002146122905733868460405163086758cf60e31b8152600401610a0e9392919061355f565b805462010000900460ff166122be573386846040516377b5546960e01b8152600401610a0e9392919061355f565b80546301000000900460ff16156122ee57338684604051636ccd243160e01b8152600401610a0e9392919061355f565b6002810154604080518715156020808301919091528183018890528251808303840181526060909201909252805191012014612343573386846040516373bc5d0d60e01b8152600401610a0e9392919061355f565b8054851580156401000000000264ffff0000001990921691909117630100000017825560018201549061238e5780836003015f8282546123839190613636565b909155506123a79050565b80836004015f8282546123a19190613636565b90915550505b60408051871515815260208101839052339163ffffffff8716918a917fac164fd30723d9f64370e014edd0c2756c2ad1ea6cf44af04b2323f9bb8a4a2e910160405180910390a450505050505050565b5f818152600360205260409020805460ff1661162257604051634899e04360e01b815260048101839052602401610a0e565b5f8215801590611da4575050111590565b6110aa8133612d00565b5f61244f8383611dab565b6124cc575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556124843390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016109c7565b505f6109c7565b6002600154036124f657604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b5f5f612508836123f7565b545f848152600460209081526040808320600160281b90940463ffffffff16808452939091529020909250905081158061254d57506001810154600160e01b900460ff165b1561256e57604051632a54177360e21b815260048101849052602401610a0e565b915091565b5f84815260056020908152604080832063ffffffff871680855290835281842088855260068452828520918552925282208154835b81811015612690575f8482815481106125c3576125c36135f7565b5f918252602080832091909101546001600160a01b031680835290869052604082208054919350919060ff165f190161260457896125ff575060015b612636565b81546301000000900460ff16801561262d5750815460ff6401000000009091041615158a151514155b15612636575060025b60ff811615612682576126758c8c85620f424063ffffffff168d63ffffffff168760010154612665919061350e565b61266f9190613539565b85612d2b565b61267f9089613636565b97505b5050508060010190506125a8565b50505050949350505050565b5f836001600160a01b031663095ea7b384846040516024016126bf9291906134aa565b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505090506126f88482612ec0565b610e045761275484856001600160a01b031663095ea7b3865f6040516024016127229291906134aa565b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612f09565b610e048482612f09565b6110e083846001600160a01b031663a9059cbb85856040516024016127229291906134aa565b5f61278f8383611dab565b156124cc575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016109c7565b5f82815260076020526040902080546060918291806001600160401b0381111561281957612819613338565b604051908082528060200260200182016040528015612842578160200160208202803683370190505b509350806001600160401b0381111561285d5761285d613338565b604051908082528060200260200182016040528015612886578160200160208202803683370190505b5092505f5f5b828110156129e1575f8482815481106128a7576128a76135f7565b5f918252602082200154604051633b61c5a760e21b81526001600160a01b0391821693507f00000000000000000000000000000000000000000000000000000000000000009091169063ed87169c906129069085908e906004016134aa565b602060405180830381865afa158015612921573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061294591906134e3565b9050612951818a612429565b156129c25781888581518110612969576129696135f7565b60200260200101906001600160a01b031690816001600160a01b0316815250508087858151811061299c5761299c6135f7565b60209081029190910101526129b08461361e565b93506129bb8361361e565b92506129da565b6129ce8a846001612b80565b6129d785613649565b94505b505061288c565b818652818552505050509250929050565b5f85815260056020908152604080832063ffffffff88168085529083528184208985526006845282852091855292528220855191929091905b81811015612b75575f878281518110612a4657612a466135f7565b60209081029190910181015186546001810188555f88815283812090910180546001600160a01b0319166001600160a01b0384169081179091558152918690526040909120875191925090879084908110612aa357612aa36135f7565b6020908102919091010151815460ff191660ff9091161781558751889084908110612ad057612ad06135f7565b60200260200101518160010181905550816001600160a01b03168a63ffffffff168c7f26b2d8ed02d00e6074ef6892c0a0f5b997b751cfb591018f309fb755576f30bc8a8781518110612b2557612b256135f7565b60200260200101518c8881518110612b3f57612b3f6135f7565b6020026020010151604051612b6392919060ff929092168252602082015260400190565b60405180910390a45050600101612a2b565b505050505050505050565b5f8381526007602052604081208054909190829085908110612ba457612ba46135f7565b5f91825260208220015483546001600160a01b039091169250612bc99060019061354c565b9050808514612c6e575f838281548110612be557612be56135f7565b905f5260205f20015f9054906101000a90046001600160a01b0316905080848781548110612c1557612c156135f7565b5f91825260209091200180546001600160a01b0319166001600160a01b0392909216919091179055612c48866001613636565b5f8881526008602090815260408083206001600160a01b03909516835293905291909120555b82805480612c7e57612c7e61365e565b5f82815260208082205f19908401810180546001600160a01b03191690559092019092558782526008815260408083206001600160a01b0386168085529083528184209390935551861515815288917f6b59e67399cb69a6d8fdfb638f3e0916048e8351db75c813d97b60415fe1d8cc910160405180910390a3505050505050565b612d0a8282611dab565b611bde57808260405163e2517d3f60e01b8152600401610a0e9291906134aa565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637165b6a586896040518363ffffffff1660e01b8152600401612d7b9291906134aa565b602060405180830381865afa158015612d96573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612dba91906134e3565b905080841115612dc8578093505b835f03612dd8575f915050612eb7565b6040516318fb907d60e01b81526001600160a01b03868116600483015260248201899052604482018690523060648301527f000000000000000000000000000000000000000000000000000000000000000016906318fb907d906084015f604051808303815f87803b158015612e4c575f5ffd5b505af1158015612e5e573d5f5f3e3d5ffd5b50506040805187815260ff871660208201526001600160a01b038916935063ffffffff8a1692508a917fc7b2baad6f6e8de341c4613686e42c94a981b0e6c8438c97190a24d29b15b97c910160405180910390a4839150505b95945050505050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f519050828015612eff57508115612ef15780600114612eff565b5f866001600160a01b03163b115b9695505050505050565b5f5f60205f8451602086015f885af180612f28576040513d5f823e3d81fd5b50505f513d91508115612f3f578060011415612f4c565b6001600160a01b0384163b155b15610e0457604051635274afe760e01b81526001600160a01b0385166004820152602401610a0e565b5f60208284031215612f85575f5ffd5b81356001600160e01b031981168114611da4575f5ffd5b5f60208284031215612fac575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b81811015612ff35783516001600160a01b0316835260209384019390920191600101612fcc565b509095945050505050565b803563ffffffff81168114611622575f5ffd5b5f5f60408385031215613022575f5ffd5b61302b83612ffe565b915061303960208401612ffe565b90509250929050565b6001600160a01b03811681146110aa575f5ffd5b803561162281613042565b5f5f60408385031215613072575f5ffd5b82359150602083013561308481613042565b809150509250929050565b5f5f604083850312156130a0575f5ffd5b50508035926020909101359150565b5f5f604083850312156130c0575f5ffd5b8235915061303960208401612ffe565b815181526020808301516101808301916130f4908401826001600160401b03169052565b50604083015161310f60408401826001600160401b03169052565b506060830151613127606084018263ffffffff169052565b50608083015161313f608084018263ffffffff169052565b5060a083015161315760a084018263ffffffff169052565b5060c083015161316b60c084018215159052565b5060e083015161317f60e084018215159052565b5061010083015161010083015261012083015161012083015261014083015161014083015261016083015161016083015292915050565b80356001600160401b0381168114611622575f5ffd5b5f5f5f5f5f60a086880312156131e0575f5ffd5b853594506131f060208701612ffe565b935060408601359250613205606087016131b6565b9150613213608087016131b6565b90509295509295909350565b80151581146110aa575f5ffd5b5f5f6040838503121561323d575f5ffd5b82356132488161321f565b946020939093013593505050565b5f5f5f60608486031215613268575f5ffd5b833561327381613042565b95602085013595506040909401359392505050565b5f5f5f6060848603121561329a575f5ffd5b833592506132aa60208501612ffe565b915060408401356132ba81613042565b809150509250925092565b5f6101008201905060ff835116825260208301511515602083015260408301511515604083015260608301516132ff606084018215159052565b506080830151613313608084018215159052565b5060a083015160a083015260c083015160c083015260e083015160e083015292915050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561335d575f5ffd5b8235915060208301356001600160401b03811115613379575f5ffd5b8301601f81018513613389575f5ffd5b80356001600160401b038111156133a2576133a2613338565b8060051b604051601f19603f83011681018181106001600160401b03821117156133ce576133ce613338565b6040529182526020818401810192908101888411156133eb575f5ffd5b6020850194505b838510156134115761340385613056565b8152602094850194016133f2565b50809450505050509250929050565b602080825282518282018190525f918401906040840190835b81811015612ff357835160ff16835260209384019390920191600101613439565b5f6020828403121561346a575f5ffd5b8135611da481613042565b5f5f5f60608486031215613487575f5ffd5b8335925060208401356134998161321f565b929592945050506040919091013590565b6001600160a01b03929092168252602082015260400190565b5f602082840312156134d3575f5ffd5b815160ff81168114611da4575f5ffd5b5f602082840312156134f3575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176109c7576109c76134fa565b634e487b7160e01b5f52601260045260245ffd5b5f8261354757613547613525565b500490565b818103818111156109c7576109c76134fa565b6001600160a01b03939093168352602083019190915263ffffffff16604082015260600190565b63ffffffff81811683821601908111156109c7576109c76134fa565b6001600160401b0381811683821601908111156109c7576109c76134fa565b5f602082840312156135d1575f5ffd5b8151611da481613042565b5f602082840312156135ec575f5ffd5b8151611da48161321f565b634e487b7160e01b5f52603260045260245ffd5b5f8261361957613619613525565b500690565b5f6001820161362f5761362f6134fa565b5060010190565b808201808211156109c7576109c76134fa565b5f81613657576136576134fa565b505f190190565b634e487b7160e01b5f52603160045260245ffdfea2646970667358221220d0ebd635bece564d9e73caff21d41e406c4b13a300de4d7e7105d1d23510c53164736f6c634300081c0033",
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
// Solidity: function roundOf(uint256 taskId, uint32 round) view returns((bytes32,uint64,uint64,uint32,uint32,uint32,bool,bool,uint256,uint256,uint256,uint256))
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
// Solidity: function roundOf(uint256 taskId, uint32 round) view returns((bytes32,uint64,uint64,uint32,uint32,uint32,bool,bool,uint256,uint256,uint256,uint256))
func (_FLAlliance *FLAllianceSession) RoundOf(taskId *big.Int, round uint32) (FLAllianceRound, error) {
	return _FLAlliance.Contract.RoundOf(&_FLAlliance.CallOpts, taskId, round)
}

// RoundOf is a free data retrieval call binding the contract method 0x3da2253e.
//
// Solidity: function roundOf(uint256 taskId, uint32 round) view returns((bytes32,uint64,uint64,uint32,uint32,uint32,bool,bool,uint256,uint256,uint256,uint256))
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
	Accepted     bool
	StakeFor     *big.Int
	StakeAgainst *big.Int
	SlashedTotal *big.Int
	ToPool       *big.Int
	ToTreasury   *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterRoundFinalized is a free log retrieval operation binding the contract event 0x034ffacb6770acd58c4cd1fcfca4c31a38878d5184a2052829e85c469f9dc8e8.
//
// Solidity: event RoundFinalized(uint256 indexed taskId, uint32 indexed round, bool accepted, uint256 stakeFor, uint256 stakeAgainst, uint256 slashedTotal, uint256 toPool, uint256 toTreasury)
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

// WatchRoundFinalized is a free log subscription operation binding the contract event 0x034ffacb6770acd58c4cd1fcfca4c31a38878d5184a2052829e85c469f9dc8e8.
//
// Solidity: event RoundFinalized(uint256 indexed taskId, uint32 indexed round, bool accepted, uint256 stakeFor, uint256 stakeAgainst, uint256 slashedTotal, uint256 toPool, uint256 toTreasury)
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

// ParseRoundFinalized is a log parse operation binding the contract event 0x034ffacb6770acd58c4cd1fcfca4c31a38878d5184a2052829e85c469f9dc8e8.
//
// Solidity: event RoundFinalized(uint256 indexed taskId, uint32 indexed round, bool accepted, uint256 stakeFor, uint256 stakeAgainst, uint256 slashedTotal, uint256 toPool, uint256 toTreasury)
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
