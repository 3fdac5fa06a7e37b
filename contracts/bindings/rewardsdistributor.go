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

// RewardsDistributorPendingRoot is an auto generated low-level Go binding around an user-defined struct.
type RewardsDistributorPendingRoot struct {
	Root            [32]byte
	Epoch           *big.Int
	TotalCumulative *big.Int
	ManifestHash    [32]byte
	ValidAt         uint64
	Exists          bool
}

// RewardsDistributorMetaData contains all meta data concerning the RewardsDistributor contract.
var RewardsDistributorMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GUARDIAN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_TIMELOCK\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ROOT_PROPOSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptRoot\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptedTotal\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fund\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasRoot\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leafOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"manifestHash\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingRoot\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structRewardsDistributor.PendingRoot\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"validAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exists\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposeRoot\",\"inputs\":[{\"name\":\"newRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newManifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokePendingRoot\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"root\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setTimelock\",\"inputs\":[{\"name\":\"timelock_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"timelock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalClaimed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalFunded\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cumulativeClaimed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Funded\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalFunded\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootAccepted\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootProposed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"validAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootRevoked\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TimelockSet\",\"inputs\":[{\"name\":\"timelock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExceedsRootTotal\",\"inputs\":[{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoPendingRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"alreadyClaimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StaleEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TimelockNotElapsed\",\"inputs\":[{\"name\":\"validAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TimelockTooLong\",\"inputs\":[{\"name\":\"timelock\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TotalDecreases\",\"inputs\":[{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Underfunded\",\"inputs\":[{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalFunded\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]}]",
	Bin: "0x60a0604052600380546001600160401b03191662015180179055348015610024575f5ffd5b50604051611674380380611674833981016040819052610043916101a2565b60016002556001600160a01b038216158061006557506001600160a01b038116155b156100835760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03821660805261009a5f826100e2565b506003546040516001600160401b0390911681527f1fbaa44f86bd9b412515a9f5c9a27092b8dd4ac04ea7c6ffb5bf1b5ca59786689060200160405180910390a150506101da565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610182575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561013a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610185565b505f5b92915050565b6001600160a01b038116811461019f575f5ffd5b50565b5f5f604083850312156101b3575f5ffd5b82516101be8161018b565b60208401519092506101cf8161018b565b809150509250929050565b6080516114746102005f395f81816104390152818161075f0152610bc101526114745ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c80639a0de80011610109578063d547741f1161009e578063ecc2b4471161006e578063ecc2b44714610419578063ed075ec51461042c578063fc0c546a14610434578063fd3c4a8914610473575f5ffd5b8063d547741f146103eb578063d54ad2a1146103fe578063d7c503b314610407578063ebf0c71714610410575f5ffd5b8063ad044f49116100d9578063ad044f4914610389578063b52086ee14610392578063c884ef83146103b9578063d33219b4146103d8575f5ffd5b80639a0de8001461034f578063a16984271461035c578063a217fddf1461036f578063a65e2cfd14610376575f5ffd5b80633f4ba83a1161017f578063766718081161014f57806376671808146103095780638456cb591461031257806391d148541461031a57806394f1825b1461032d575f5ffd5b80633f4ba83a146102905780634b387053146102985780635c975abb146102a0578063750588cf146102ab575f5ffd5b80632f2ff15d116101ba5780632f2ff15d1461024c578063337f3f321461026157806336568abe1461026a5780633d13f8741461027d575f5ffd5b806301ffc9a7146101e0578063248a9ca31461020857806324ea54f414610238575b5f5ffd5b6101f36101ee3660046111f4565b6104da565b60405190151581526020015b60405180910390f35b61022a61021636600461121b565b5f9081526020819052604090206001015490565b6040519081526020016101ff565b61022a5f51602061141f5f395f51905f5281565b61025f61025a36600461124d565b610510565b005b61022a60075481565b61025f61027836600461124d565b61053a565b61022a61028b366004611277565b610572565b61025f61079d565b61025f6107bf565b60015460ff166101f3565b6102b36108a5565b6040516101ff91905f60c082019050825182526020830151602083015260408301516040830152606083015160608301526001600160401b03608084015116608083015260a0830151151560a083015292915050565b61022a60055481565b61025f610933565b6101f361032836600461124d565b610952565b61033762278d0081565b6040516001600160401b0390911681526020016101ff565b6008546101f39060ff1681565b61025f61036a3660046112fb565b61097a565b61022a5f81565b61025f61038436600461132a565b610b38565b61022a600f5481565b61022a7f64ba955c8b5b448b2248fa0532807b98b1b75941bbd2184ca97df4881a13b44881565b61022a6103c736600461134a565b600e6020525f908152604090205481565b600354610337906001600160401b031681565b61025f6103f936600461124d565b610bf8565b61022a60105481565b61022a60065481565b61022a60045481565b61025f610427366004611363565b610c1c565b61025f610cb4565b61045b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101ff565b61022a610481366004611389565b604080516001600160a01b03841660208201529081018290525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b5f6001600160e01b03198216637965db0b60e01b148061050a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461052a81610e30565b6105348383610e3a565b50505050565b6001600160a01b03811633146105635760405163334bd91960e11b815260040160405180910390fd5b61056d8282610ec9565b505050565b5f61057b610f32565b610583610f58565b60085460ff166105a55760405162cccc2760e81b815260040160405180910390fd5b600454604080516001600160a01b03881660208201529081018690525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905061060785858484610f80565b610624576040516309bde33960e01b815260040160405180910390fd5b60065480871115610657576040516357de30e760e01b815260048101889052602481018290526044015b60405180910390fd5b6001600160a01b0388165f908152600e60205260409020548088116106a75760405162cfa2bb60e41b81526001600160a01b038a166004820152602481018990526044810182905260640161064e565b6106b181896113c5565b94505f856010546106c291906113d8565b9050828111156106ef576040516357de30e760e01b8152600481018290526024810184905260440161064e565b6001600160a01b038a165f818152600e60209081526040918290208c9055601084905581518981529081018c9052338183015290518792917f0e5794e6d951fbd3280881d81fbf4d38e2b27ff87e9151f025c84b39ce0ca668919081900360600190a36107866001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168b88610f97565b50505050506107956001600255565b949350505050565b5f51602061141f5f395f51905f526107b481610e30565b6107bc610ff6565b50565b5f51602061141f5f395f51905f526107d681610e30565b6040805160c0810182526009548152600a546020820152600b5491810191909152600c546060820152600d546001600160401b0381166080830152600160401b900460ff16151560a0820181905261084157604051631500c4af60e11b815260040160405180910390fd5b5f6009819055600a819055600b819055600c55600d805468ffffffffffffffffff19169055805160208083015160405133815290917fc1848f971a4ec76e8d9f00e8b9fc53d6553eb81eec182999f5f609cca4524eed910160405180910390a35050565b6108e36040518060c001604052805f81526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f151581525090565b506040805160c0810182526009548152600a546020820152600b5491810191909152600c546060820152600d546001600160401b0381166080830152600160401b900460ff16151560a082015290565b5f51602061141f5f395f51905f5261094a81610e30565b6107bc611048565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7f64ba955c8b5b448b2248fa0532807b98b1b75941bbd2184ca97df4881a13b4486109a481610e30565b846109c25760405163b263ae7360e01b815260040160405180910390fd5b60085460ff1680156109d657506005548411155b15610a025760055460405163110c3f5d60e11b815261064e918691600401918252602082015260400190565b600654831015610a335760065460405163cf8c6d7360e01b815261064e918591600401918252602082015260400190565b600f54831115610a6457600f54604051631182d3d560e11b815261064e918591600401918252602082015260400190565b6003545f90610a7c906001600160401b0316426113eb565b6040805160c081018252888152602080820189905281830188905260608083018890526001600160401b0385166080808501829052600160a09095019490945260098c9055600a8b9055600b8a9055600c899055600d805468ffffffffffffffffff19168217600160401b17905584518a81529283018990528285015233908201529151929350889288927fd30497d262583a1d9d32ede0ca2d48eba8003092c5938f8316efd8f3de37e9df92908290030190a3505050505050565b610b40610f58565b805f03610b6057604051631f2a200560e01b815260040160405180910390fd5b5f81600f54610b6f91906113d8565b600f8190556040805184815260208101839052919250849133917f26b27e83d0b82c44eb17d6f11776a8c600332d2ed7d9febfe585848bcfadf52d910160405180910390a3610be96001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085611083565b50610bf46001600255565b5050565b5f82815260208190526040902060010154610c1281610e30565b6105348383610ec9565b5f610c2681610e30565b62278d006001600160401b0383161115610c5e576040516335de6d7160e01b81526001600160401b038316600482015260240161064e565b6003805467ffffffffffffffff19166001600160401b0384169081179091556040519081527f1fbaa44f86bd9b412515a9f5c9a27092b8dd4ac04ea7c6ffb5bf1b5ca59786689060200160405180910390a15050565b6040805160c0810182526009548152600a546020820152600b5491810191909152600c546060820152600d546001600160401b0381166080830152600160401b900460ff16151560a08201819052610d1f57604051631500c4af60e11b815260040160405180910390fd5b80608001516001600160401b0316421015610d5e57608081015160405163812107fd60e01b81526001600160401b03909116600482015260240161064e565b600f5481604001511115610d98578060400151600f54604051631182d3d560e11b815260040161064e929190918252602082015260400190565b5f6009819055600a819055600b819055600c55600d805468ffffffffffffffffff1916905580516004819055602082015160058190556040808401516006819055606085015160078190556008805460ff1916600117905591517f673a51971f4b7655ebe073beade218e4fd672e8b8d625631e891cd5a55e5cd6c92610e25928252602082015260400190565b60405180910390a350565b6107bc81336110bc565b5f610e458383610952565b610ec2575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610e7a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161050a565b505f61050a565b5f610ed48383610952565b15610ec2575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161050a565b60015460ff1615610f565760405163d93c066560e01b815260040160405180910390fd5b565b6002805403610f7a57604051633ee5aeb560e01b815260040160405180910390fd5b60028055565b5f82610f8d8686856110f5565b1495945050505050565b6040516001600160a01b0383811660248301526044820183905261056d91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050611136565b610ffe6111a2565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b611050610f32565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2583361102b565b6040516001600160a01b0384811660248301528381166044830152606482018390526105349186918216906323b872dd90608401610fc4565b6110c68282610952565b610bf45760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161064e565b5f81815b8481101561112d57611123828787848181106111175761111761140a565b905060200201356111c5565b91506001016110f9565b50949350505050565b5f5f60205f8451602086015f885af180611155576040513d5f823e3d81fd5b50505f513d9150811561116c578060011415611179565b6001600160a01b0384163b155b1561053457604051635274afe760e01b81526001600160a01b038516600482015260240161064e565b60015460ff16610f5657604051638dfc202b60e01b815260040160405180910390fd5b5f8183106111df575f8281526020849052604090206111ed565b5f8381526020839052604090205b9392505050565b5f60208284031215611204575f5ffd5b81356001600160e01b0319811681146111ed575f5ffd5b5f6020828403121561122b575f5ffd5b5035919050565b80356001600160a01b0381168114611248575f5ffd5b919050565b5f5f6040838503121561125e575f5ffd5b8235915061126e60208401611232565b90509250929050565b5f5f5f5f6060858703121561128a575f5ffd5b61129385611232565b93506020850135925060408501356001600160401b038111156112b4575f5ffd5b8501601f810187136112c4575f5ffd5b80356001600160401b038111156112d9575f5ffd5b8760208260051b84010111156112ed575f5ffd5b949793965060200194505050565b5f5f5f5f6080858703121561130e575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f5f6040838503121561133b575f5ffd5b50508035926020909101359150565b5f6020828403121561135a575f5ffd5b6111ed82611232565b5f60208284031215611373575f5ffd5b81356001600160401b03811681146111ed575f5ffd5b5f5f6040838503121561139a575f5ffd5b6113a383611232565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561050a5761050a6113b1565b8082018082111561050a5761050a6113b1565b6001600160401b03818116838216019081111561050a5761050a6113b1565b634e487b7160e01b5f52603260045260245ffdfe55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a26469706673582212207923f1fce80114f66cd25b98b728074c1e61c94506ece83fcfeb54a240408fdc64736f6c634300081c0033",
}

// RewardsDistributorABI is the input ABI used to generate the binding from.
// Deprecated: Use RewardsDistributorMetaData.ABI instead.
var RewardsDistributorABI = RewardsDistributorMetaData.ABI

// RewardsDistributorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RewardsDistributorMetaData.Bin instead.
var RewardsDistributorBin = RewardsDistributorMetaData.Bin

// DeployRewardsDistributor deploys a new Ethereum contract, binding an instance of RewardsDistributor to it.
func DeployRewardsDistributor(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, admin common.Address) (common.Address, *types.Transaction, *RewardsDistributor, error) {
	parsed, err := RewardsDistributorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RewardsDistributorBin), backend, token_, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RewardsDistributor{RewardsDistributorCaller: RewardsDistributorCaller{contract: contract}, RewardsDistributorTransactor: RewardsDistributorTransactor{contract: contract}, RewardsDistributorFilterer: RewardsDistributorFilterer{contract: contract}}, nil
}

// RewardsDistributor is an auto generated Go binding around an Ethereum contract.
type RewardsDistributor struct {
	RewardsDistributorCaller     // Read-only binding to the contract
	RewardsDistributorTransactor // Write-only binding to the contract
	RewardsDistributorFilterer   // Log filterer for contract events
}

// RewardsDistributorCaller is an auto generated read-only Go binding around an Ethereum contract.
type RewardsDistributorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsDistributorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RewardsDistributorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsDistributorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RewardsDistributorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsDistributorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RewardsDistributorSession struct {
	Contract     *RewardsDistributor // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// RewardsDistributorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RewardsDistributorCallerSession struct {
	Contract *RewardsDistributorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// RewardsDistributorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RewardsDistributorTransactorSession struct {
	Contract     *RewardsDistributorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// RewardsDistributorRaw is an auto generated low-level Go binding around an Ethereum contract.
type RewardsDistributorRaw struct {
	Contract *RewardsDistributor // Generic contract binding to access the raw methods on
}

// RewardsDistributorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RewardsDistributorCallerRaw struct {
	Contract *RewardsDistributorCaller // Generic read-only contract binding to access the raw methods on
}

// RewardsDistributorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RewardsDistributorTransactorRaw struct {
	Contract *RewardsDistributorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRewardsDistributor creates a new instance of RewardsDistributor, bound to a specific deployed contract.
func NewRewardsDistributor(address common.Address, backend bind.ContractBackend) (*RewardsDistributor, error) {
	contract, err := bindRewardsDistributor(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributor{RewardsDistributorCaller: RewardsDistributorCaller{contract: contract}, RewardsDistributorTransactor: RewardsDistributorTransactor{contract: contract}, RewardsDistributorFilterer: RewardsDistributorFilterer{contract: contract}}, nil
}

// NewRewardsDistributorCaller creates a new read-only instance of RewardsDistributor, bound to a specific deployed contract.
func NewRewardsDistributorCaller(address common.Address, caller bind.ContractCaller) (*RewardsDistributorCaller, error) {
	contract, err := bindRewardsDistributor(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorCaller{contract: contract}, nil
}

// NewRewardsDistributorTransactor creates a new write-only instance of RewardsDistributor, bound to a specific deployed contract.
func NewRewardsDistributorTransactor(address common.Address, transactor bind.ContractTransactor) (*RewardsDistributorTransactor, error) {
	contract, err := bindRewardsDistributor(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorTransactor{contract: contract}, nil
}

// NewRewardsDistributorFilterer creates a new log filterer instance of RewardsDistributor, bound to a specific deployed contract.
func NewRewardsDistributorFilterer(address common.Address, filterer bind.ContractFilterer) (*RewardsDistributorFilterer, error) {
	contract, err := bindRewardsDistributor(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorFilterer{contract: contract}, nil
}

// bindRewardsDistributor binds a generic wrapper to an already deployed contract.
func bindRewardsDistributor(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RewardsDistributorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardsDistributor *RewardsDistributorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardsDistributor.Contract.RewardsDistributorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardsDistributor *RewardsDistributorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.RewardsDistributorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardsDistributor *RewardsDistributorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.RewardsDistributorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardsDistributor *RewardsDistributorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardsDistributor.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardsDistributor *RewardsDistributorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardsDistributor *RewardsDistributorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _RewardsDistributor.Contract.DEFAULTADMINROLE(&_RewardsDistributor.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _RewardsDistributor.Contract.DEFAULTADMINROLE(&_RewardsDistributor.CallOpts)
}

// GUARDIANROLE is a free data retrieval call binding the contract method 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCaller) GUARDIANROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "GUARDIAN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GUARDIANROLE is a free data retrieval call binding the contract method 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorSession) GUARDIANROLE() ([32]byte, error) {
	return _RewardsDistributor.Contract.GUARDIANROLE(&_RewardsDistributor.CallOpts)
}

// GUARDIANROLE is a free data retrieval call binding the contract method 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCallerSession) GUARDIANROLE() ([32]byte, error) {
	return _RewardsDistributor.Contract.GUARDIANROLE(&_RewardsDistributor.CallOpts)
}

// MAXTIMELOCK is a free data retrieval call binding the contract method 0x94f1825b.
//
// Solidity: function MAX_TIMELOCK() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCaller) MAXTIMELOCK(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "MAX_TIMELOCK")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXTIMELOCK is a free data retrieval call binding the contract method 0x94f1825b.
//
// Solidity: function MAX_TIMELOCK() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorSession) MAXTIMELOCK() (uint64, error) {
	return _RewardsDistributor.Contract.MAXTIMELOCK(&_RewardsDistributor.CallOpts)
}

// MAXTIMELOCK is a free data retrieval call binding the contract method 0x94f1825b.
//
// Solidity: function MAX_TIMELOCK() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCallerSession) MAXTIMELOCK() (uint64, error) {
	return _RewardsDistributor.Contract.MAXTIMELOCK(&_RewardsDistributor.CallOpts)
}

// ROOTPROPOSERROLE is a free data retrieval call binding the contract method 0xb52086ee.
//
// Solidity: function ROOT_PROPOSER_ROLE() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCaller) ROOTPROPOSERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "ROOT_PROPOSER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ROOTPROPOSERROLE is a free data retrieval call binding the contract method 0xb52086ee.
//
// Solidity: function ROOT_PROPOSER_ROLE() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorSession) ROOTPROPOSERROLE() ([32]byte, error) {
	return _RewardsDistributor.Contract.ROOTPROPOSERROLE(&_RewardsDistributor.CallOpts)
}

// ROOTPROPOSERROLE is a free data retrieval call binding the contract method 0xb52086ee.
//
// Solidity: function ROOT_PROPOSER_ROLE() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCallerSession) ROOTPROPOSERROLE() ([32]byte, error) {
	return _RewardsDistributor.Contract.ROOTPROPOSERROLE(&_RewardsDistributor.CallOpts)
}

// AcceptedTotal is a free data retrieval call binding the contract method 0xd7c503b3.
//
// Solidity: function acceptedTotal() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCaller) AcceptedTotal(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "acceptedTotal")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// AcceptedTotal is a free data retrieval call binding the contract method 0xd7c503b3.
//
// Solidity: function acceptedTotal() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorSession) AcceptedTotal() (*big.Int, error) {
	return _RewardsDistributor.Contract.AcceptedTotal(&_RewardsDistributor.CallOpts)
}

// AcceptedTotal is a free data retrieval call binding the contract method 0xd7c503b3.
//
// Solidity: function acceptedTotal() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCallerSession) AcceptedTotal() (*big.Int, error) {
	return _RewardsDistributor.Contract.AcceptedTotal(&_RewardsDistributor.CallOpts)
}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCaller) Claimed(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "claimed", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (_RewardsDistributor *RewardsDistributorSession) Claimed(account common.Address) (*big.Int, error) {
	return _RewardsDistributor.Contract.Claimed(&_RewardsDistributor.CallOpts, account)
}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCallerSession) Claimed(account common.Address) (*big.Int, error) {
	return _RewardsDistributor.Contract.Claimed(&_RewardsDistributor.CallOpts, account)
}

// CurrentEpoch is a free data retrieval call binding the contract method 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCaller) CurrentEpoch(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "currentEpoch")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CurrentEpoch is a free data retrieval call binding the contract method 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorSession) CurrentEpoch() (*big.Int, error) {
	return _RewardsDistributor.Contract.CurrentEpoch(&_RewardsDistributor.CallOpts)
}

// CurrentEpoch is a free data retrieval call binding the contract method 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCallerSession) CurrentEpoch() (*big.Int, error) {
	return _RewardsDistributor.Contract.CurrentEpoch(&_RewardsDistributor.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _RewardsDistributor.Contract.GetRoleAdmin(&_RewardsDistributor.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _RewardsDistributor.Contract.GetRoleAdmin(&_RewardsDistributor.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RewardsDistributor *RewardsDistributorCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RewardsDistributor *RewardsDistributorSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _RewardsDistributor.Contract.HasRole(&_RewardsDistributor.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RewardsDistributor *RewardsDistributorCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _RewardsDistributor.Contract.HasRole(&_RewardsDistributor.CallOpts, role, account)
}

// HasRoot is a free data retrieval call binding the contract method 0x9a0de800.
//
// Solidity: function hasRoot() view returns(bool)
func (_RewardsDistributor *RewardsDistributorCaller) HasRoot(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "hasRoot")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRoot is a free data retrieval call binding the contract method 0x9a0de800.
//
// Solidity: function hasRoot() view returns(bool)
func (_RewardsDistributor *RewardsDistributorSession) HasRoot() (bool, error) {
	return _RewardsDistributor.Contract.HasRoot(&_RewardsDistributor.CallOpts)
}

// HasRoot is a free data retrieval call binding the contract method 0x9a0de800.
//
// Solidity: function hasRoot() view returns(bool)
func (_RewardsDistributor *RewardsDistributorCallerSession) HasRoot() (bool, error) {
	return _RewardsDistributor.Contract.HasRoot(&_RewardsDistributor.CallOpts)
}

// LeafOf is a free data retrieval call binding the contract method 0xfd3c4a89.
//
// Solidity: function leafOf(address account, uint256 cumulativeAmount) pure returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCaller) LeafOf(opts *bind.CallOpts, account common.Address, cumulativeAmount *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "leafOf", account, cumulativeAmount)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LeafOf is a free data retrieval call binding the contract method 0xfd3c4a89.
//
// Solidity: function leafOf(address account, uint256 cumulativeAmount) pure returns(bytes32)
func (_RewardsDistributor *RewardsDistributorSession) LeafOf(account common.Address, cumulativeAmount *big.Int) ([32]byte, error) {
	return _RewardsDistributor.Contract.LeafOf(&_RewardsDistributor.CallOpts, account, cumulativeAmount)
}

// LeafOf is a free data retrieval call binding the contract method 0xfd3c4a89.
//
// Solidity: function leafOf(address account, uint256 cumulativeAmount) pure returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCallerSession) LeafOf(account common.Address, cumulativeAmount *big.Int) ([32]byte, error) {
	return _RewardsDistributor.Contract.LeafOf(&_RewardsDistributor.CallOpts, account, cumulativeAmount)
}

// ManifestHash is a free data retrieval call binding the contract method 0x337f3f32.
//
// Solidity: function manifestHash() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCaller) ManifestHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "manifestHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ManifestHash is a free data retrieval call binding the contract method 0x337f3f32.
//
// Solidity: function manifestHash() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorSession) ManifestHash() ([32]byte, error) {
	return _RewardsDistributor.Contract.ManifestHash(&_RewardsDistributor.CallOpts)
}

// ManifestHash is a free data retrieval call binding the contract method 0x337f3f32.
//
// Solidity: function manifestHash() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCallerSession) ManifestHash() ([32]byte, error) {
	return _RewardsDistributor.Contract.ManifestHash(&_RewardsDistributor.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_RewardsDistributor *RewardsDistributorCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_RewardsDistributor *RewardsDistributorSession) Paused() (bool, error) {
	return _RewardsDistributor.Contract.Paused(&_RewardsDistributor.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_RewardsDistributor *RewardsDistributorCallerSession) Paused() (bool, error) {
	return _RewardsDistributor.Contract.Paused(&_RewardsDistributor.CallOpts)
}

// PendingRoot is a free data retrieval call binding the contract method 0x750588cf.
//
// Solidity: function pendingRoot() view returns((bytes32,uint256,uint256,bytes32,uint64,bool))
func (_RewardsDistributor *RewardsDistributorCaller) PendingRoot(opts *bind.CallOpts) (RewardsDistributorPendingRoot, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "pendingRoot")

	if err != nil {
		return *new(RewardsDistributorPendingRoot), err
	}

	out0 := *abi.ConvertType(out[0], new(RewardsDistributorPendingRoot)).(*RewardsDistributorPendingRoot)

	return out0, err

}

// PendingRoot is a free data retrieval call binding the contract method 0x750588cf.
//
// Solidity: function pendingRoot() view returns((bytes32,uint256,uint256,bytes32,uint64,bool))
func (_RewardsDistributor *RewardsDistributorSession) PendingRoot() (RewardsDistributorPendingRoot, error) {
	return _RewardsDistributor.Contract.PendingRoot(&_RewardsDistributor.CallOpts)
}

// PendingRoot is a free data retrieval call binding the contract method 0x750588cf.
//
// Solidity: function pendingRoot() view returns((bytes32,uint256,uint256,bytes32,uint64,bool))
func (_RewardsDistributor *RewardsDistributorCallerSession) PendingRoot() (RewardsDistributorPendingRoot, error) {
	return _RewardsDistributor.Contract.PendingRoot(&_RewardsDistributor.CallOpts)
}

// Root is a free data retrieval call binding the contract method 0xebf0c717.
//
// Solidity: function root() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCaller) Root(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "root")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// Root is a free data retrieval call binding the contract method 0xebf0c717.
//
// Solidity: function root() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorSession) Root() ([32]byte, error) {
	return _RewardsDistributor.Contract.Root(&_RewardsDistributor.CallOpts)
}

// Root is a free data retrieval call binding the contract method 0xebf0c717.
//
// Solidity: function root() view returns(bytes32)
func (_RewardsDistributor *RewardsDistributorCallerSession) Root() ([32]byte, error) {
	return _RewardsDistributor.Contract.Root(&_RewardsDistributor.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RewardsDistributor *RewardsDistributorCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RewardsDistributor *RewardsDistributorSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _RewardsDistributor.Contract.SupportsInterface(&_RewardsDistributor.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RewardsDistributor *RewardsDistributorCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _RewardsDistributor.Contract.SupportsInterface(&_RewardsDistributor.CallOpts, interfaceId)
}

// Timelock is a free data retrieval call binding the contract method 0xd33219b4.
//
// Solidity: function timelock() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCaller) Timelock(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "timelock")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Timelock is a free data retrieval call binding the contract method 0xd33219b4.
//
// Solidity: function timelock() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorSession) Timelock() (uint64, error) {
	return _RewardsDistributor.Contract.Timelock(&_RewardsDistributor.CallOpts)
}

// Timelock is a free data retrieval call binding the contract method 0xd33219b4.
//
// Solidity: function timelock() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCallerSession) Timelock() (uint64, error) {
	return _RewardsDistributor.Contract.Timelock(&_RewardsDistributor.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_RewardsDistributor *RewardsDistributorCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_RewardsDistributor *RewardsDistributorSession) Token() (common.Address, error) {
	return _RewardsDistributor.Contract.Token(&_RewardsDistributor.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_RewardsDistributor *RewardsDistributorCallerSession) Token() (common.Address, error) {
	return _RewardsDistributor.Contract.Token(&_RewardsDistributor.CallOpts)
}

// TotalClaimed is a free data retrieval call binding the contract method 0xd54ad2a1.
//
// Solidity: function totalClaimed() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCaller) TotalClaimed(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "totalClaimed")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalClaimed is a free data retrieval call binding the contract method 0xd54ad2a1.
//
// Solidity: function totalClaimed() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorSession) TotalClaimed() (*big.Int, error) {
	return _RewardsDistributor.Contract.TotalClaimed(&_RewardsDistributor.CallOpts)
}

// TotalClaimed is a free data retrieval call binding the contract method 0xd54ad2a1.
//
// Solidity: function totalClaimed() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCallerSession) TotalClaimed() (*big.Int, error) {
	return _RewardsDistributor.Contract.TotalClaimed(&_RewardsDistributor.CallOpts)
}

// TotalFunded is a free data retrieval call binding the contract method 0xad044f49.
//
// Solidity: function totalFunded() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCaller) TotalFunded(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "totalFunded")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalFunded is a free data retrieval call binding the contract method 0xad044f49.
//
// Solidity: function totalFunded() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorSession) TotalFunded() (*big.Int, error) {
	return _RewardsDistributor.Contract.TotalFunded(&_RewardsDistributor.CallOpts)
}

// TotalFunded is a free data retrieval call binding the contract method 0xad044f49.
//
// Solidity: function totalFunded() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCallerSession) TotalFunded() (*big.Int, error) {
	return _RewardsDistributor.Contract.TotalFunded(&_RewardsDistributor.CallOpts)
}

// AcceptRoot is a paid mutator transaction binding the contract method 0xed075ec5.
//
// Solidity: function acceptRoot() returns()
func (_RewardsDistributor *RewardsDistributorTransactor) AcceptRoot(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "acceptRoot")
}

// AcceptRoot is a paid mutator transaction binding the contract method 0xed075ec5.
//
// Solidity: function acceptRoot() returns()
func (_RewardsDistributor *RewardsDistributorSession) AcceptRoot() (*types.Transaction, error) {
	return _RewardsDistributor.Contract.AcceptRoot(&_RewardsDistributor.TransactOpts)
}

// AcceptRoot is a paid mutator transaction binding the contract method 0xed075ec5.
//
// Solidity: function acceptRoot() returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) AcceptRoot() (*types.Transaction, error) {
	return _RewardsDistributor.Contract.AcceptRoot(&_RewardsDistributor.TransactOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulativeAmount, bytes32[] proof) returns(uint256 paid)
func (_RewardsDistributor *RewardsDistributorTransactor) Claim(opts *bind.TransactOpts, account common.Address, cumulativeAmount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "claim", account, cumulativeAmount, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulativeAmount, bytes32[] proof) returns(uint256 paid)
func (_RewardsDistributor *RewardsDistributorSession) Claim(account common.Address, cumulativeAmount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.Claim(&_RewardsDistributor.TransactOpts, account, cumulativeAmount, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulativeAmount, bytes32[] proof) returns(uint256 paid)
func (_RewardsDistributor *RewardsDistributorTransactorSession) Claim(account common.Address, cumulativeAmount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.Claim(&_RewardsDistributor.TransactOpts, account, cumulativeAmount, proof)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 taskId, uint256 amount) returns()
func (_RewardsDistributor *RewardsDistributorTransactor) Fund(opts *bind.TransactOpts, taskId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "fund", taskId, amount)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 taskId, uint256 amount) returns()
func (_RewardsDistributor *RewardsDistributorSession) Fund(taskId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.Fund(&_RewardsDistributor.TransactOpts, taskId, amount)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 taskId, uint256 amount) returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) Fund(taskId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.Fund(&_RewardsDistributor.TransactOpts, taskId, amount)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RewardsDistributor *RewardsDistributorTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RewardsDistributor *RewardsDistributorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.GrantRole(&_RewardsDistributor.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.GrantRole(&_RewardsDistributor.TransactOpts, role, account)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_RewardsDistributor *RewardsDistributorTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_RewardsDistributor *RewardsDistributorSession) Pause() (*types.Transaction, error) {
	return _RewardsDistributor.Contract.Pause(&_RewardsDistributor.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) Pause() (*types.Transaction, error) {
	return _RewardsDistributor.Contract.Pause(&_RewardsDistributor.TransactOpts)
}

// ProposeRoot is a paid mutator transaction binding the contract method 0xa1698427.
//
// Solidity: function proposeRoot(bytes32 newRoot, uint256 epoch, uint256 totalCumulative, bytes32 newManifestHash) returns()
func (_RewardsDistributor *RewardsDistributorTransactor) ProposeRoot(opts *bind.TransactOpts, newRoot [32]byte, epoch *big.Int, totalCumulative *big.Int, newManifestHash [32]byte) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "proposeRoot", newRoot, epoch, totalCumulative, newManifestHash)
}

// ProposeRoot is a paid mutator transaction binding the contract method 0xa1698427.
//
// Solidity: function proposeRoot(bytes32 newRoot, uint256 epoch, uint256 totalCumulative, bytes32 newManifestHash) returns()
func (_RewardsDistributor *RewardsDistributorSession) ProposeRoot(newRoot [32]byte, epoch *big.Int, totalCumulative *big.Int, newManifestHash [32]byte) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.ProposeRoot(&_RewardsDistributor.TransactOpts, newRoot, epoch, totalCumulative, newManifestHash)
}

// ProposeRoot is a paid mutator transaction binding the contract method 0xa1698427.
//
// Solidity: function proposeRoot(bytes32 newRoot, uint256 epoch, uint256 totalCumulative, bytes32 newManifestHash) returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) ProposeRoot(newRoot [32]byte, epoch *big.Int, totalCumulative *big.Int, newManifestHash [32]byte) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.ProposeRoot(&_RewardsDistributor.TransactOpts, newRoot, epoch, totalCumulative, newManifestHash)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RewardsDistributor *RewardsDistributorTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RewardsDistributor *RewardsDistributorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.RenounceRole(&_RewardsDistributor.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.RenounceRole(&_RewardsDistributor.TransactOpts, role, callerConfirmation)
}

// RevokePendingRoot is a paid mutator transaction binding the contract method 0x4b387053.
//
// Solidity: function revokePendingRoot() returns()
func (_RewardsDistributor *RewardsDistributorTransactor) RevokePendingRoot(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "revokePendingRoot")
}

// RevokePendingRoot is a paid mutator transaction binding the contract method 0x4b387053.
//
// Solidity: function revokePendingRoot() returns()
func (_RewardsDistributor *RewardsDistributorSession) RevokePendingRoot() (*types.Transaction, error) {
	return _RewardsDistributor.Contract.RevokePendingRoot(&_RewardsDistributor.TransactOpts)
}

// RevokePendingRoot is a paid mutator transaction binding the contract method 0x4b387053.
//
// Solidity: function revokePendingRoot() returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) RevokePendingRoot() (*types.Transaction, error) {
	return _RewardsDistributor.Contract.RevokePendingRoot(&_RewardsDistributor.TransactOpts)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RewardsDistributor *RewardsDistributorTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RewardsDistributor *RewardsDistributorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.RevokeRole(&_RewardsDistributor.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.RevokeRole(&_RewardsDistributor.TransactOpts, role, account)
}

// SetTimelock is a paid mutator transaction binding the contract method 0xecc2b447.
//
// Solidity: function setTimelock(uint64 timelock_) returns()
func (_RewardsDistributor *RewardsDistributorTransactor) SetTimelock(opts *bind.TransactOpts, timelock_ uint64) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "setTimelock", timelock_)
}

// SetTimelock is a paid mutator transaction binding the contract method 0xecc2b447.
//
// Solidity: function setTimelock(uint64 timelock_) returns()
func (_RewardsDistributor *RewardsDistributorSession) SetTimelock(timelock_ uint64) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.SetTimelock(&_RewardsDistributor.TransactOpts, timelock_)
}

// SetTimelock is a paid mutator transaction binding the contract method 0xecc2b447.
//
// Solidity: function setTimelock(uint64 timelock_) returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) SetTimelock(timelock_ uint64) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.SetTimelock(&_RewardsDistributor.TransactOpts, timelock_)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_RewardsDistributor *RewardsDistributorTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_RewardsDistributor *RewardsDistributorSession) Unpause() (*types.Transaction, error) {
	return _RewardsDistributor.Contract.Unpause(&_RewardsDistributor.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) Unpause() (*types.Transaction, error) {
	return _RewardsDistributor.Contract.Unpause(&_RewardsDistributor.TransactOpts)
}

// RewardsDistributorClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the RewardsDistributor contract.
type RewardsDistributorClaimedIterator struct {
	Event *RewardsDistributorClaimed // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorClaimed)
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
		it.Event = new(RewardsDistributorClaimed)
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
func (it *RewardsDistributorClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorClaimed represents a Claimed event raised by the RewardsDistributor contract.
type RewardsDistributorClaimed struct {
	Account           common.Address
	Root              [32]byte
	Amount            *big.Int
	CumulativeClaimed *big.Int
	Caller            common.Address
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0x0e5794e6d951fbd3280881d81fbf4d38e2b27ff87e9151f025c84b39ce0ca668.
//
// Solidity: event Claimed(address indexed account, bytes32 indexed root, uint256 amount, uint256 cumulativeClaimed, address caller)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterClaimed(opts *bind.FilterOpts, account []common.Address, root [][32]byte) (*RewardsDistributorClaimedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "Claimed", accountRule, rootRule)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorClaimedIterator{contract: _RewardsDistributor.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0x0e5794e6d951fbd3280881d81fbf4d38e2b27ff87e9151f025c84b39ce0ca668.
//
// Solidity: event Claimed(address indexed account, bytes32 indexed root, uint256 amount, uint256 cumulativeClaimed, address caller)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *RewardsDistributorClaimed, account []common.Address, root [][32]byte) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "Claimed", accountRule, rootRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorClaimed)
				if err := _RewardsDistributor.contract.UnpackLog(event, "Claimed", log); err != nil {
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

// ParseClaimed is a log parse operation binding the contract event 0x0e5794e6d951fbd3280881d81fbf4d38e2b27ff87e9151f025c84b39ce0ca668.
//
// Solidity: event Claimed(address indexed account, bytes32 indexed root, uint256 amount, uint256 cumulativeClaimed, address caller)
func (_RewardsDistributor *RewardsDistributorFilterer) ParseClaimed(log types.Log) (*RewardsDistributorClaimed, error) {
	event := new(RewardsDistributorClaimed)
	if err := _RewardsDistributor.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorFundedIterator is returned from FilterFunded and is used to iterate over the raw logs and unpacked data for Funded events raised by the RewardsDistributor contract.
type RewardsDistributorFundedIterator struct {
	Event *RewardsDistributorFunded // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorFunded)
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
		it.Event = new(RewardsDistributorFunded)
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
func (it *RewardsDistributorFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorFunded represents a Funded event raised by the RewardsDistributor contract.
type RewardsDistributorFunded struct {
	From        common.Address
	TaskId      *big.Int
	Amount      *big.Int
	TotalFunded *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterFunded is a free log retrieval operation binding the contract event 0x26b27e83d0b82c44eb17d6f11776a8c600332d2ed7d9febfe585848bcfadf52d.
//
// Solidity: event Funded(address indexed from, uint256 indexed taskId, uint256 amount, uint256 totalFunded)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterFunded(opts *bind.FilterOpts, from []common.Address, taskId []*big.Int) (*RewardsDistributorFundedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "Funded", fromRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorFundedIterator{contract: _RewardsDistributor.contract, event: "Funded", logs: logs, sub: sub}, nil
}

// WatchFunded is a free log subscription operation binding the contract event 0x26b27e83d0b82c44eb17d6f11776a8c600332d2ed7d9febfe585848bcfadf52d.
//
// Solidity: event Funded(address indexed from, uint256 indexed taskId, uint256 amount, uint256 totalFunded)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchFunded(opts *bind.WatchOpts, sink chan<- *RewardsDistributorFunded, from []common.Address, taskId []*big.Int) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "Funded", fromRule, taskIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorFunded)
				if err := _RewardsDistributor.contract.UnpackLog(event, "Funded", log); err != nil {
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

// ParseFunded is a log parse operation binding the contract event 0x26b27e83d0b82c44eb17d6f11776a8c600332d2ed7d9febfe585848bcfadf52d.
//
// Solidity: event Funded(address indexed from, uint256 indexed taskId, uint256 amount, uint256 totalFunded)
func (_RewardsDistributor *RewardsDistributorFilterer) ParseFunded(log types.Log) (*RewardsDistributorFunded, error) {
	event := new(RewardsDistributorFunded)
	if err := _RewardsDistributor.contract.UnpackLog(event, "Funded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the RewardsDistributor contract.
type RewardsDistributorPausedIterator struct {
	Event *RewardsDistributorPaused // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorPaused)
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
		it.Event = new(RewardsDistributorPaused)
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
func (it *RewardsDistributorPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorPaused represents a Paused event raised by the RewardsDistributor contract.
type RewardsDistributorPaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterPaused(opts *bind.FilterOpts) (*RewardsDistributorPausedIterator, error) {

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorPausedIterator{contract: _RewardsDistributor.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *RewardsDistributorPaused) (event.Subscription, error) {

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorPaused)
				if err := _RewardsDistributor.contract.UnpackLog(event, "Paused", log); err != nil {
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

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_RewardsDistributor *RewardsDistributorFilterer) ParsePaused(log types.Log) (*RewardsDistributorPaused, error) {
	event := new(RewardsDistributorPaused)
	if err := _RewardsDistributor.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the RewardsDistributor contract.
type RewardsDistributorRoleAdminChangedIterator struct {
	Event *RewardsDistributorRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorRoleAdminChanged)
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
		it.Event = new(RewardsDistributorRoleAdminChanged)
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
func (it *RewardsDistributorRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorRoleAdminChanged represents a RoleAdminChanged event raised by the RewardsDistributor contract.
type RewardsDistributorRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*RewardsDistributorRoleAdminChangedIterator, error) {

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

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorRoleAdminChangedIterator{contract: _RewardsDistributor.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *RewardsDistributorRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorRoleAdminChanged)
				if err := _RewardsDistributor.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_RewardsDistributor *RewardsDistributorFilterer) ParseRoleAdminChanged(log types.Log) (*RewardsDistributorRoleAdminChanged, error) {
	event := new(RewardsDistributorRoleAdminChanged)
	if err := _RewardsDistributor.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the RewardsDistributor contract.
type RewardsDistributorRoleGrantedIterator struct {
	Event *RewardsDistributorRoleGranted // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorRoleGranted)
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
		it.Event = new(RewardsDistributorRoleGranted)
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
func (it *RewardsDistributorRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorRoleGranted represents a RoleGranted event raised by the RewardsDistributor contract.
type RewardsDistributorRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RewardsDistributorRoleGrantedIterator, error) {

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

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorRoleGrantedIterator{contract: _RewardsDistributor.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *RewardsDistributorRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorRoleGranted)
				if err := _RewardsDistributor.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_RewardsDistributor *RewardsDistributorFilterer) ParseRoleGranted(log types.Log) (*RewardsDistributorRoleGranted, error) {
	event := new(RewardsDistributorRoleGranted)
	if err := _RewardsDistributor.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the RewardsDistributor contract.
type RewardsDistributorRoleRevokedIterator struct {
	Event *RewardsDistributorRoleRevoked // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorRoleRevoked)
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
		it.Event = new(RewardsDistributorRoleRevoked)
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
func (it *RewardsDistributorRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorRoleRevoked represents a RoleRevoked event raised by the RewardsDistributor contract.
type RewardsDistributorRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RewardsDistributorRoleRevokedIterator, error) {

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

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorRoleRevokedIterator{contract: _RewardsDistributor.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *RewardsDistributorRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorRoleRevoked)
				if err := _RewardsDistributor.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_RewardsDistributor *RewardsDistributorFilterer) ParseRoleRevoked(log types.Log) (*RewardsDistributorRoleRevoked, error) {
	event := new(RewardsDistributorRoleRevoked)
	if err := _RewardsDistributor.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorRootAcceptedIterator is returned from FilterRootAccepted and is used to iterate over the raw logs and unpacked data for RootAccepted events raised by the RewardsDistributor contract.
type RewardsDistributorRootAcceptedIterator struct {
	Event *RewardsDistributorRootAccepted // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorRootAcceptedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorRootAccepted)
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
		it.Event = new(RewardsDistributorRootAccepted)
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
func (it *RewardsDistributorRootAcceptedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorRootAcceptedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorRootAccepted represents a RootAccepted event raised by the RewardsDistributor contract.
type RewardsDistributorRootAccepted struct {
	Epoch           *big.Int
	Root            [32]byte
	TotalCumulative *big.Int
	ManifestHash    [32]byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterRootAccepted is a free log retrieval operation binding the contract event 0x673a51971f4b7655ebe073beade218e4fd672e8b8d625631e891cd5a55e5cd6c.
//
// Solidity: event RootAccepted(uint256 indexed epoch, bytes32 indexed root, uint256 totalCumulative, bytes32 manifestHash)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterRootAccepted(opts *bind.FilterOpts, epoch []*big.Int, root [][32]byte) (*RewardsDistributorRootAcceptedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "RootAccepted", epochRule, rootRule)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorRootAcceptedIterator{contract: _RewardsDistributor.contract, event: "RootAccepted", logs: logs, sub: sub}, nil
}

// WatchRootAccepted is a free log subscription operation binding the contract event 0x673a51971f4b7655ebe073beade218e4fd672e8b8d625631e891cd5a55e5cd6c.
//
// Solidity: event RootAccepted(uint256 indexed epoch, bytes32 indexed root, uint256 totalCumulative, bytes32 manifestHash)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchRootAccepted(opts *bind.WatchOpts, sink chan<- *RewardsDistributorRootAccepted, epoch []*big.Int, root [][32]byte) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "RootAccepted", epochRule, rootRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorRootAccepted)
				if err := _RewardsDistributor.contract.UnpackLog(event, "RootAccepted", log); err != nil {
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

// ParseRootAccepted is a log parse operation binding the contract event 0x673a51971f4b7655ebe073beade218e4fd672e8b8d625631e891cd5a55e5cd6c.
//
// Solidity: event RootAccepted(uint256 indexed epoch, bytes32 indexed root, uint256 totalCumulative, bytes32 manifestHash)
func (_RewardsDistributor *RewardsDistributorFilterer) ParseRootAccepted(log types.Log) (*RewardsDistributorRootAccepted, error) {
	event := new(RewardsDistributorRootAccepted)
	if err := _RewardsDistributor.contract.UnpackLog(event, "RootAccepted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorRootProposedIterator is returned from FilterRootProposed and is used to iterate over the raw logs and unpacked data for RootProposed events raised by the RewardsDistributor contract.
type RewardsDistributorRootProposedIterator struct {
	Event *RewardsDistributorRootProposed // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorRootProposedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorRootProposed)
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
		it.Event = new(RewardsDistributorRootProposed)
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
func (it *RewardsDistributorRootProposedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorRootProposedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorRootProposed represents a RootProposed event raised by the RewardsDistributor contract.
type RewardsDistributorRootProposed struct {
	Epoch           *big.Int
	Root            [32]byte
	TotalCumulative *big.Int
	ManifestHash    [32]byte
	ValidAt         uint64
	Proposer        common.Address
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterRootProposed is a free log retrieval operation binding the contract event 0xd30497d262583a1d9d32ede0ca2d48eba8003092c5938f8316efd8f3de37e9df.
//
// Solidity: event RootProposed(uint256 indexed epoch, bytes32 indexed root, uint256 totalCumulative, bytes32 manifestHash, uint64 validAt, address proposer)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterRootProposed(opts *bind.FilterOpts, epoch []*big.Int, root [][32]byte) (*RewardsDistributorRootProposedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "RootProposed", epochRule, rootRule)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorRootProposedIterator{contract: _RewardsDistributor.contract, event: "RootProposed", logs: logs, sub: sub}, nil
}

// WatchRootProposed is a free log subscription operation binding the contract event 0xd30497d262583a1d9d32ede0ca2d48eba8003092c5938f8316efd8f3de37e9df.
//
// Solidity: event RootProposed(uint256 indexed epoch, bytes32 indexed root, uint256 totalCumulative, bytes32 manifestHash, uint64 validAt, address proposer)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchRootProposed(opts *bind.WatchOpts, sink chan<- *RewardsDistributorRootProposed, epoch []*big.Int, root [][32]byte) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "RootProposed", epochRule, rootRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorRootProposed)
				if err := _RewardsDistributor.contract.UnpackLog(event, "RootProposed", log); err != nil {
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

// ParseRootProposed is a log parse operation binding the contract event 0xd30497d262583a1d9d32ede0ca2d48eba8003092c5938f8316efd8f3de37e9df.
//
// Solidity: event RootProposed(uint256 indexed epoch, bytes32 indexed root, uint256 totalCumulative, bytes32 manifestHash, uint64 validAt, address proposer)
func (_RewardsDistributor *RewardsDistributorFilterer) ParseRootProposed(log types.Log) (*RewardsDistributorRootProposed, error) {
	event := new(RewardsDistributorRootProposed)
	if err := _RewardsDistributor.contract.UnpackLog(event, "RootProposed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorRootRevokedIterator is returned from FilterRootRevoked and is used to iterate over the raw logs and unpacked data for RootRevoked events raised by the RewardsDistributor contract.
type RewardsDistributorRootRevokedIterator struct {
	Event *RewardsDistributorRootRevoked // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorRootRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorRootRevoked)
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
		it.Event = new(RewardsDistributorRootRevoked)
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
func (it *RewardsDistributorRootRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorRootRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorRootRevoked represents a RootRevoked event raised by the RewardsDistributor contract.
type RewardsDistributorRootRevoked struct {
	Epoch    *big.Int
	Root     [32]byte
	Guardian common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRootRevoked is a free log retrieval operation binding the contract event 0xc1848f971a4ec76e8d9f00e8b9fc53d6553eb81eec182999f5f609cca4524eed.
//
// Solidity: event RootRevoked(uint256 indexed epoch, bytes32 indexed root, address guardian)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterRootRevoked(opts *bind.FilterOpts, epoch []*big.Int, root [][32]byte) (*RewardsDistributorRootRevokedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "RootRevoked", epochRule, rootRule)
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorRootRevokedIterator{contract: _RewardsDistributor.contract, event: "RootRevoked", logs: logs, sub: sub}, nil
}

// WatchRootRevoked is a free log subscription operation binding the contract event 0xc1848f971a4ec76e8d9f00e8b9fc53d6553eb81eec182999f5f609cca4524eed.
//
// Solidity: event RootRevoked(uint256 indexed epoch, bytes32 indexed root, address guardian)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchRootRevoked(opts *bind.WatchOpts, sink chan<- *RewardsDistributorRootRevoked, epoch []*big.Int, root [][32]byte) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "RootRevoked", epochRule, rootRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorRootRevoked)
				if err := _RewardsDistributor.contract.UnpackLog(event, "RootRevoked", log); err != nil {
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

// ParseRootRevoked is a log parse operation binding the contract event 0xc1848f971a4ec76e8d9f00e8b9fc53d6553eb81eec182999f5f609cca4524eed.
//
// Solidity: event RootRevoked(uint256 indexed epoch, bytes32 indexed root, address guardian)
func (_RewardsDistributor *RewardsDistributorFilterer) ParseRootRevoked(log types.Log) (*RewardsDistributorRootRevoked, error) {
	event := new(RewardsDistributorRootRevoked)
	if err := _RewardsDistributor.contract.UnpackLog(event, "RootRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorTimelockSetIterator is returned from FilterTimelockSet and is used to iterate over the raw logs and unpacked data for TimelockSet events raised by the RewardsDistributor contract.
type RewardsDistributorTimelockSetIterator struct {
	Event *RewardsDistributorTimelockSet // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorTimelockSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorTimelockSet)
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
		it.Event = new(RewardsDistributorTimelockSet)
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
func (it *RewardsDistributorTimelockSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorTimelockSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorTimelockSet represents a TimelockSet event raised by the RewardsDistributor contract.
type RewardsDistributorTimelockSet struct {
	Timelock uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterTimelockSet is a free log retrieval operation binding the contract event 0x1fbaa44f86bd9b412515a9f5c9a27092b8dd4ac04ea7c6ffb5bf1b5ca5978668.
//
// Solidity: event TimelockSet(uint64 timelock)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterTimelockSet(opts *bind.FilterOpts) (*RewardsDistributorTimelockSetIterator, error) {

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "TimelockSet")
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorTimelockSetIterator{contract: _RewardsDistributor.contract, event: "TimelockSet", logs: logs, sub: sub}, nil
}

// WatchTimelockSet is a free log subscription operation binding the contract event 0x1fbaa44f86bd9b412515a9f5c9a27092b8dd4ac04ea7c6ffb5bf1b5ca5978668.
//
// Solidity: event TimelockSet(uint64 timelock)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchTimelockSet(opts *bind.WatchOpts, sink chan<- *RewardsDistributorTimelockSet) (event.Subscription, error) {

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "TimelockSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorTimelockSet)
				if err := _RewardsDistributor.contract.UnpackLog(event, "TimelockSet", log); err != nil {
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

// ParseTimelockSet is a log parse operation binding the contract event 0x1fbaa44f86bd9b412515a9f5c9a27092b8dd4ac04ea7c6ffb5bf1b5ca5978668.
//
// Solidity: event TimelockSet(uint64 timelock)
func (_RewardsDistributor *RewardsDistributorFilterer) ParseTimelockSet(log types.Log) (*RewardsDistributorTimelockSet, error) {
	event := new(RewardsDistributorTimelockSet)
	if err := _RewardsDistributor.contract.UnpackLog(event, "TimelockSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsDistributorUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the RewardsDistributor contract.
type RewardsDistributorUnpausedIterator struct {
	Event *RewardsDistributorUnpaused // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorUnpaused)
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
		it.Event = new(RewardsDistributorUnpaused)
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
func (it *RewardsDistributorUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorUnpaused represents a Unpaused event raised by the RewardsDistributor contract.
type RewardsDistributorUnpaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterUnpaused(opts *bind.FilterOpts) (*RewardsDistributorUnpausedIterator, error) {

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorUnpausedIterator{contract: _RewardsDistributor.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *RewardsDistributorUnpaused) (event.Subscription, error) {

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorUnpaused)
				if err := _RewardsDistributor.contract.UnpackLog(event, "Unpaused", log); err != nil {
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

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_RewardsDistributor *RewardsDistributorFilterer) ParseUnpaused(log types.Log) (*RewardsDistributorUnpaused, error) {
	event := new(RewardsDistributorUnpaused)
	if err := _RewardsDistributor.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
