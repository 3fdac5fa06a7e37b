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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"firstEpoch_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEVNET_CHAIN_ID\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GUARDIAN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_TIMELOCK\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_TIMELOCK\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ROOT_PROPOSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptRoot\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptedTotal\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"firstEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fund\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasRoot\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leafOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"manifestBaseURI\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"manifestHash\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"manifestURI\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minTimelock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingRoot\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structRewardsDistributor.PendingRoot\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"validAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exists\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposeRoot\",\"inputs\":[{\"name\":\"newRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newManifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokePendingRoot\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"root\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setManifestBaseURI\",\"inputs\":[{\"name\":\"baseURI\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTimelock\",\"inputs\":[{\"name\":\"timelock_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"timelock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalClaimed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalFunded\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cumulativeClaimed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Funded\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalFunded\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ManifestBaseURISet\",\"inputs\":[{\"name\":\"baseURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootAccepted\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootProposed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"validAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootRevoked\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TimelockSet\",\"inputs\":[{\"name\":\"timelock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExceedsRootTotal\",\"inputs\":[{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoPendingRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotNextEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nextEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"alreadyClaimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TimelockNotElapsed\",\"inputs\":[{\"name\":\"validAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TimelockTooLong\",\"inputs\":[{\"name\":\"timelock\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TimelockTooShort\",\"inputs\":[{\"name\":\"timelock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minTimelock\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TotalDecreases\",\"inputs\":[{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Underfunded\",\"inputs\":[{\"name\":\"totalCumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalFunded\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]}]",
	Bin: "0x60c0604052600380546001600160401b03191662015180179055348015610024575f5ffd5b50604051611db0380380611db0833981016040819052610043916101b0565b60016002556001600160a01b038316158061006557506001600160a01b038216155b156100835760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383166080526001600160401b03811660a0526100a75f836100f0565b506003546040516001600160401b0390911681527f1fbaa44f86bd9b412515a9f5c9a27092b8dd4ac04ea7c6ffb5bf1b5ca59786689060200160405180910390a1505050610205565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610190575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101483390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610193565b505f5b92915050565b6001600160a01b03811681146101ad575f5ffd5b50565b5f5f5f606084860312156101c2575f5ffd5b83516101cd81610199565b60208501519093506101de81610199565b60408501519092506001600160401b03811681146101fa575f5ffd5b809150509250925092565b60805160a051611b7561023b5f395f81816103350152610eb801525f8181610515015281816109300152610e6a0152611b755ff3fe608060405234801561000f575f5ffd5b5060043610610234575f3560e01c80639a0de80011610135578063d33219b4116100b4578063ecc2b44711610079578063ecc2b447146104ec578063ed075ec5146104ff578063fb0c754914610507578063fc0c546a14610510578063fd3c4a891461054f575f5ffd5b8063d33219b4146104ab578063d547741f146104be578063d54ad2a1146104d1578063d7c503b3146104da578063ebf0c717146104e3575f5ffd5b8063ad044f49116100fa578063ad044f491461044b578063aea0e78b14610454578063b3c190181461045c578063b52086ee14610465578063c884ef831461048c575f5ffd5b80639a0de800146103fe5780639bcb710e1461040b578063a16984271461041e578063a217fddf14610431578063a65e2cfd14610438575f5ffd5b80633f4ba83a116101c1578063750588cf11610186578063750588cf1461037257806376671808146103d05780638456cb59146103d957806391d14854146103e157806394f1825b146103f4575f5ffd5b80633f4ba83a1461032857806341682744146103305780634b387053146103575780635c975abb1461035f5780636a03fd611461036a575f5ffd5b806325429e7d1161020757806325429e7d146102c45780632f2ff15d146102e4578063337f3f32146102f957806336568abe146103025780633d13f87414610315575f5ffd5b806301ffc9a714610238578063060f40db14610260578063248a9ca31461028057806324ea54f4146102b0575b5f5ffd5b61024b610246366004611695565b6105b6565b60405190151581526020015b60405180910390f35b61027361026e3660046116bc565b6105ec565b60405161025791906116d3565b6102a261028e3660046116bc565b5f9081526020819052604090206001015490565b604051908152602001610257565b6102a25f516020611b205f395f51905f5281565b6102cc6106c9565b6040516001600160401b039091168152602001610257565b6102f76102f2366004611723565b6106e1565b005b6102a260075481565b6102f7610310366004611723565b61070b565b6102a261032336600461174d565b610743565b6102f761096e565b6102cc7f000000000000000000000000000000000000000000000000000000000000000081565b6102f7610990565b60015460ff1661024b565b610273610a76565b61037a610b02565b60405161025791905f60c082019050825182526020830151602083015260408301516040830152606083015160608301526001600160401b03608084015116608083015260a0830151151560a083015292915050565b6102a260055481565b6102f7610b90565b61024b6103ef366004611723565b610baf565b6102cc62278d0081565b60095461024b9060ff1681565b6102f76104193660046117d1565b610bd7565b6102f761042c36600461183d565b610c2d565b6102a25f81565b6102f761044636600461186c565b610de1565b6102a260105481565b6102a2610ea1565b6102a2617a6981565b6102a27f64ba955c8b5b448b2248fa0532807b98b1b75941bbd2184ca97df4881a13b44881565b6102a261049a36600461188c565b600f6020525f908152604090205481565b6003546102cc906001600160401b031681565b6102f76104cc366004611723565b610ee9565b6102a260115481565b6102a260065481565b6102a260045481565b6102f76104fa3660046118a5565b610f0d565b6102f7610fef565b6102cc61546081565b6105377f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610257565b6102a261055d3660046118cb565b604080516001600160a01b03841660208201529081018290525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b5f6001600160e01b03198216637965db0b60e01b14806105e657506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f600880546105fc906118f3565b80601f0160208091040260200160405190810160405280929190818152602001828054610628906118f3565b80156106735780601f1061064a57610100808354040283529160200191610673565b820191905f5260205f20905b81548152906001019060200180831161065657829003601f168201915b5050505050905080515f0361069757505060408051602081019091525f8152919050565b806106a18461116b565b6040516020016106b2929190611942565b604051602081830303815290604052915050919050565b5f617a6946146106da575061546090565b5f5b905090565b5f828152602081905260409020600101546106fb816111fa565b6107058383611204565b50505050565b6001600160a01b03811633146107345760405163334bd91960e11b815260040160405180910390fd5b61073e8282611293565b505050565b5f61074c6112fc565b610754611322565b60095460ff166107765760405162cccc2760e81b815260040160405180910390fd5b600454604080516001600160a01b03881660208201529081018690525f9060600160408051601f19818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090506107d88585848461134a565b6107f5576040516309bde33960e01b815260040160405180910390fd5b60065480871115610828576040516357de30e760e01b815260048101889052602481018290526044015b60405180910390fd5b6001600160a01b0388165f908152600f60205260409020548088116108785760405162cfa2bb60e41b81526001600160a01b038a166004820152602481018990526044810182905260640161081f565b6108828189611980565b94505f856011546108939190611993565b9050828111156108c0576040516357de30e760e01b8152600481018290526024810184905260440161081f565b6001600160a01b038a165f818152600f60209081526040918290208c9055601184905581518981529081018c9052338183015290518792917f0e5794e6d951fbd3280881d81fbf4d38e2b27ff87e9151f025c84b39ce0ca668919081900360600190a36109576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168b88611361565b50505050506109666001600255565b949350505050565b5f516020611b205f395f51905f52610985816111fa565b61098d6113c0565b50565b5f516020611b205f395f51905f526109a7816111fa565b6040805160c081018252600a548152600b546020820152600c5491810191909152600d546060820152600e546001600160401b0381166080830152600160401b900460ff16151560a08201819052610a1257604051631500c4af60e11b815260040160405180910390fd5b5f600a819055600b819055600c819055600d55600e805468ffffffffffffffffff19169055805160208083015160405133815290917fc1848f971a4ec76e8d9f00e8b9fc53d6553eb81eec182999f5f609cca4524eed910160405180910390a35050565b60088054610a83906118f3565b80601f0160208091040260200160405190810160405280929190818152602001828054610aaf906118f3565b8015610afa5780601f10610ad157610100808354040283529160200191610afa565b820191905f5260205f20905b815481529060010190602001808311610add57829003601f168201915b505050505081565b610b406040518060c001604052805f81526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f151581525090565b506040805160c081018252600a548152600b546020820152600c5491810191909152600d546060820152600e546001600160401b0381166080830152600160401b900460ff16151560a082015290565b5f516020611b205f395f51905f52610ba7816111fa565b61098d611412565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610be1816111fa565b6008610bee838583611a05565b507f2b8e0c6e8808fbcad8f3b6648f7629b1bcb2722aef0021d29e14b0415738e7e78383604051610c20929190611abe565b60405180910390a1505050565b7f64ba955c8b5b448b2248fa0532807b98b1b75941bbd2184ca97df4881a13b448610c57816111fa565b84610c755760405163b263ae7360e01b815260040160405180910390fd5b5f610c7e610ea1565b9050808514610caa5760405163c1fea46f60e01b8152600481018690526024810182905260440161081f565b600654841015610cdb5760065460405163cf8c6d7360e01b815261081f918691600401918252602082015260400190565b601054841115610d0c57601054604051631182d3d560e11b815261081f918691600401918252602082015260400190565b6003545f90610d24906001600160401b031642611aec565b6040805160c08101825289815260208082018a905281830189905260608083018990526001600160401b0385166080808501829052600160a090950194909452600a8d9055600b8c9055600c8b9055600d8a9055600e805468ffffffffffffffffff19168217600160401b17905584518b81529283018a90528285015233908201529151929350899289927fd30497d262583a1d9d32ede0ca2d48eba8003092c5938f8316efd8f3de37e9df92908290030190a350505050505050565b610de9611322565b805f03610e0957604051631f2a200560e01b815260040160405180910390fd5b5f81601054610e189190611993565b60108190556040805184815260208101839052919250849133917f26b27e83d0b82c44eb17d6f11776a8c600332d2ed7d9febfe585848bcfadf52d910160405180910390a3610e926001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308561144d565b50610e9d6001600255565b5050565b6009545f9060ff16610edb57506001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690565b6005546106dc906001611993565b5f82815260208190526040902060010154610f03816111fa565b6107058383611293565b5f610f17816111fa565b62278d006001600160401b0383161115610f4f576040516335de6d7160e01b81526001600160401b038316600482015260240161081f565b5f610f586106c9565b9050806001600160401b0316836001600160401b03161015610fa057604051635fa8750d60e01b81526001600160401b0380851660048301528216602482015260440161081f565b6003805467ffffffffffffffff19166001600160401b0385169081179091556040519081527f1fbaa44f86bd9b412515a9f5c9a27092b8dd4ac04ea7c6ffb5bf1b5ca597866890602001610c20565b6040805160c081018252600a548152600b546020820152600c5491810191909152600d546060820152600e546001600160401b0381166080830152600160401b900460ff16151560a0820181905261105a57604051631500c4af60e11b815260040160405180910390fd5b80608001516001600160401b031642101561109957608081015160405163812107fd60e01b81526001600160401b03909116600482015260240161081f565b601054816040015111156110d3578060400151601054604051631182d3d560e11b815260040161081f929190918252602082015260400190565b5f600a819055600b819055600c819055600d55600e805468ffffffffffffffffff1916905580516004819055602082015160058190556040808401516006819055606085015160078190556009805460ff1916600117905591517f673a51971f4b7655ebe073beade218e4fd672e8b8d625631e891cd5a55e5cd6c92611160928252602082015260400190565b60405180910390a350565b60605f61117783611486565b60010190505f816001600160401b03811115611195576111956119a6565b6040519080825280601f01601f1916602001820160405280156111bf576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846111c957509392505050565b61098d813361155d565b5f61120f8383610baf565b61128c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556112443390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105e6565b505f6105e6565b5f61129e8383610baf565b1561128c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105e6565b60015460ff16156113205760405163d93c066560e01b815260040160405180910390fd5b565b600280540361134457604051633ee5aeb560e01b815260040160405180910390fd5b60028055565b5f82611357868685611596565b1495945050505050565b6040516001600160a01b0383811660248301526044820183905261073e91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506115d7565b6113c8611643565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b61141a6112fc565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258336113f5565b6040516001600160a01b0384811660248301528381166044830152606482018390526107059186918216906323b872dd9060840161138e565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106114c45772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106114f0576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061150e57662386f26fc10000830492506010015b6305f5e1008310611526576305f5e100830492506008015b612710831061153a57612710830492506004015b6064831061154c576064830492506002015b600a83106105e65760010192915050565b6115678282610baf565b610e9d5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161081f565b5f81815b848110156115ce576115c4828787848181106115b8576115b8611b0b565b90506020020135611666565b915060010161159a565b50949350505050565b5f5f60205f8451602086015f885af1806115f6576040513d5f823e3d81fd5b50505f513d9150811561160d57806001141561161a565b6001600160a01b0384163b155b1561070557604051635274afe760e01b81526001600160a01b038516600482015260240161081f565b60015460ff1661132057604051638dfc202b60e01b815260040160405180910390fd5b5f818310611680575f82815260208490526040902061168e565b5f8381526020839052604090205b9392505050565b5f602082840312156116a5575f5ffd5b81356001600160e01b03198116811461168e575f5ffd5b5f602082840312156116cc575f5ffd5b5035919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461171e575f5ffd5b919050565b5f5f60408385031215611734575f5ffd5b8235915061174460208401611708565b90509250929050565b5f5f5f5f60608587031215611760575f5ffd5b61176985611708565b93506020850135925060408501356001600160401b0381111561178a575f5ffd5b8501601f8101871361179a575f5ffd5b80356001600160401b038111156117af575f5ffd5b8760208260051b84010111156117c3575f5ffd5b949793965060200194505050565b5f5f602083850312156117e2575f5ffd5b82356001600160401b038111156117f7575f5ffd5b8301601f81018513611807575f5ffd5b80356001600160401b0381111561181c575f5ffd5b85602082840101111561182d575f5ffd5b6020919091019590945092505050565b5f5f5f5f60808587031215611850575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f5f6040838503121561187d575f5ffd5b50508035926020909101359150565b5f6020828403121561189c575f5ffd5b61168e82611708565b5f602082840312156118b5575f5ffd5b81356001600160401b038116811461168e575f5ffd5b5f5f604083850312156118dc575f5ffd5b6118e583611708565b946020939093013593505050565b600181811c9082168061190757607f821691505b60208210810361192557634e487b7160e01b5f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b5f611956611950838661192b565b8461192b565b64173539b7b760d91b8152600501949350505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105e6576105e661196c565b808201808211156105e6576105e661196c565b634e487b7160e01b5f52604160045260245ffd5b601f82111561073e57805f5260205f20601f840160051c810160208510156119df5750805b601f840160051c820191505b818110156119fe575f81556001016119eb565b5050505050565b6001600160401b03831115611a1c57611a1c6119a6565b611a3083611a2a83546118f3565b836119ba565b5f601f841160018114611a61575f8515611a4a5750838201355b5f19600387901b1c1916600186901b1783556119fe565b5f83815260208120601f198716915b82811015611a905786850135825560209485019460019092019101611a70565b5086821015611aac575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b6001600160401b0381811683821601908111156105e6576105e661196c565b634e487b7160e01b5f52603260045260245ffdfe55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a26469706673582212206f308961798a5d17038bd2f286804a98c10ece4509fc5e0cc580c7bdbcb2297d64736f6c634300081c0033",
}

// RewardsDistributorABI is the input ABI used to generate the binding from.
// Deprecated: Use RewardsDistributorMetaData.ABI instead.
var RewardsDistributorABI = RewardsDistributorMetaData.ABI

// RewardsDistributorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RewardsDistributorMetaData.Bin instead.
var RewardsDistributorBin = RewardsDistributorMetaData.Bin

// DeployRewardsDistributor deploys a new Ethereum contract, binding an instance of RewardsDistributor to it.
func DeployRewardsDistributor(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, admin common.Address, firstEpoch_ uint64) (common.Address, *types.Transaction, *RewardsDistributor, error) {
	parsed, err := RewardsDistributorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RewardsDistributorBin), backend, token_, admin, firstEpoch_)
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

// DEVNETCHAINID is a free data retrieval call binding the contract method 0xb3c19018.
//
// Solidity: function DEVNET_CHAIN_ID() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCaller) DEVNETCHAINID(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "DEVNET_CHAIN_ID")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DEVNETCHAINID is a free data retrieval call binding the contract method 0xb3c19018.
//
// Solidity: function DEVNET_CHAIN_ID() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorSession) DEVNETCHAINID() (*big.Int, error) {
	return _RewardsDistributor.Contract.DEVNETCHAINID(&_RewardsDistributor.CallOpts)
}

// DEVNETCHAINID is a free data retrieval call binding the contract method 0xb3c19018.
//
// Solidity: function DEVNET_CHAIN_ID() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCallerSession) DEVNETCHAINID() (*big.Int, error) {
	return _RewardsDistributor.Contract.DEVNETCHAINID(&_RewardsDistributor.CallOpts)
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

// MINTIMELOCK is a free data retrieval call binding the contract method 0xfb0c7549.
//
// Solidity: function MIN_TIMELOCK() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCaller) MINTIMELOCK(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "MIN_TIMELOCK")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MINTIMELOCK is a free data retrieval call binding the contract method 0xfb0c7549.
//
// Solidity: function MIN_TIMELOCK() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorSession) MINTIMELOCK() (uint64, error) {
	return _RewardsDistributor.Contract.MINTIMELOCK(&_RewardsDistributor.CallOpts)
}

// MINTIMELOCK is a free data retrieval call binding the contract method 0xfb0c7549.
//
// Solidity: function MIN_TIMELOCK() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCallerSession) MINTIMELOCK() (uint64, error) {
	return _RewardsDistributor.Contract.MINTIMELOCK(&_RewardsDistributor.CallOpts)
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

// FirstEpoch is a free data retrieval call binding the contract method 0x41682744.
//
// Solidity: function firstEpoch() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCaller) FirstEpoch(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "firstEpoch")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// FirstEpoch is a free data retrieval call binding the contract method 0x41682744.
//
// Solidity: function firstEpoch() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorSession) FirstEpoch() (uint64, error) {
	return _RewardsDistributor.Contract.FirstEpoch(&_RewardsDistributor.CallOpts)
}

// FirstEpoch is a free data retrieval call binding the contract method 0x41682744.
//
// Solidity: function firstEpoch() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCallerSession) FirstEpoch() (uint64, error) {
	return _RewardsDistributor.Contract.FirstEpoch(&_RewardsDistributor.CallOpts)
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

// ManifestBaseURI is a free data retrieval call binding the contract method 0x6a03fd61.
//
// Solidity: function manifestBaseURI() view returns(string)
func (_RewardsDistributor *RewardsDistributorCaller) ManifestBaseURI(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "manifestBaseURI")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// ManifestBaseURI is a free data retrieval call binding the contract method 0x6a03fd61.
//
// Solidity: function manifestBaseURI() view returns(string)
func (_RewardsDistributor *RewardsDistributorSession) ManifestBaseURI() (string, error) {
	return _RewardsDistributor.Contract.ManifestBaseURI(&_RewardsDistributor.CallOpts)
}

// ManifestBaseURI is a free data retrieval call binding the contract method 0x6a03fd61.
//
// Solidity: function manifestBaseURI() view returns(string)
func (_RewardsDistributor *RewardsDistributorCallerSession) ManifestBaseURI() (string, error) {
	return _RewardsDistributor.Contract.ManifestBaseURI(&_RewardsDistributor.CallOpts)
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

// ManifestURI is a free data retrieval call binding the contract method 0x060f40db.
//
// Solidity: function manifestURI(uint256 epoch) view returns(string)
func (_RewardsDistributor *RewardsDistributorCaller) ManifestURI(opts *bind.CallOpts, epoch *big.Int) (string, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "manifestURI", epoch)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// ManifestURI is a free data retrieval call binding the contract method 0x060f40db.
//
// Solidity: function manifestURI(uint256 epoch) view returns(string)
func (_RewardsDistributor *RewardsDistributorSession) ManifestURI(epoch *big.Int) (string, error) {
	return _RewardsDistributor.Contract.ManifestURI(&_RewardsDistributor.CallOpts, epoch)
}

// ManifestURI is a free data retrieval call binding the contract method 0x060f40db.
//
// Solidity: function manifestURI(uint256 epoch) view returns(string)
func (_RewardsDistributor *RewardsDistributorCallerSession) ManifestURI(epoch *big.Int) (string, error) {
	return _RewardsDistributor.Contract.ManifestURI(&_RewardsDistributor.CallOpts, epoch)
}

// MinTimelock is a free data retrieval call binding the contract method 0x25429e7d.
//
// Solidity: function minTimelock() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCaller) MinTimelock(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "minTimelock")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MinTimelock is a free data retrieval call binding the contract method 0x25429e7d.
//
// Solidity: function minTimelock() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorSession) MinTimelock() (uint64, error) {
	return _RewardsDistributor.Contract.MinTimelock(&_RewardsDistributor.CallOpts)
}

// MinTimelock is a free data retrieval call binding the contract method 0x25429e7d.
//
// Solidity: function minTimelock() view returns(uint64)
func (_RewardsDistributor *RewardsDistributorCallerSession) MinTimelock() (uint64, error) {
	return _RewardsDistributor.Contract.MinTimelock(&_RewardsDistributor.CallOpts)
}

// NextEpoch is a free data retrieval call binding the contract method 0xaea0e78b.
//
// Solidity: function nextEpoch() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCaller) NextEpoch(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardsDistributor.contract.Call(opts, &out, "nextEpoch")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NextEpoch is a free data retrieval call binding the contract method 0xaea0e78b.
//
// Solidity: function nextEpoch() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorSession) NextEpoch() (*big.Int, error) {
	return _RewardsDistributor.Contract.NextEpoch(&_RewardsDistributor.CallOpts)
}

// NextEpoch is a free data retrieval call binding the contract method 0xaea0e78b.
//
// Solidity: function nextEpoch() view returns(uint256)
func (_RewardsDistributor *RewardsDistributorCallerSession) NextEpoch() (*big.Int, error) {
	return _RewardsDistributor.Contract.NextEpoch(&_RewardsDistributor.CallOpts)
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

// SetManifestBaseURI is a paid mutator transaction binding the contract method 0x9bcb710e.
//
// Solidity: function setManifestBaseURI(string baseURI) returns()
func (_RewardsDistributor *RewardsDistributorTransactor) SetManifestBaseURI(opts *bind.TransactOpts, baseURI string) (*types.Transaction, error) {
	return _RewardsDistributor.contract.Transact(opts, "setManifestBaseURI", baseURI)
}

// SetManifestBaseURI is a paid mutator transaction binding the contract method 0x9bcb710e.
//
// Solidity: function setManifestBaseURI(string baseURI) returns()
func (_RewardsDistributor *RewardsDistributorSession) SetManifestBaseURI(baseURI string) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.SetManifestBaseURI(&_RewardsDistributor.TransactOpts, baseURI)
}

// SetManifestBaseURI is a paid mutator transaction binding the contract method 0x9bcb710e.
//
// Solidity: function setManifestBaseURI(string baseURI) returns()
func (_RewardsDistributor *RewardsDistributorTransactorSession) SetManifestBaseURI(baseURI string) (*types.Transaction, error) {
	return _RewardsDistributor.Contract.SetManifestBaseURI(&_RewardsDistributor.TransactOpts, baseURI)
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

// RewardsDistributorManifestBaseURISetIterator is returned from FilterManifestBaseURISet and is used to iterate over the raw logs and unpacked data for ManifestBaseURISet events raised by the RewardsDistributor contract.
type RewardsDistributorManifestBaseURISetIterator struct {
	Event *RewardsDistributorManifestBaseURISet // Event containing the contract specifics and raw log

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
func (it *RewardsDistributorManifestBaseURISetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsDistributorManifestBaseURISet)
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
		it.Event = new(RewardsDistributorManifestBaseURISet)
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
func (it *RewardsDistributorManifestBaseURISetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsDistributorManifestBaseURISetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsDistributorManifestBaseURISet represents a ManifestBaseURISet event raised by the RewardsDistributor contract.
type RewardsDistributorManifestBaseURISet struct {
	BaseURI string
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterManifestBaseURISet is a free log retrieval operation binding the contract event 0x2b8e0c6e8808fbcad8f3b6648f7629b1bcb2722aef0021d29e14b0415738e7e7.
//
// Solidity: event ManifestBaseURISet(string baseURI)
func (_RewardsDistributor *RewardsDistributorFilterer) FilterManifestBaseURISet(opts *bind.FilterOpts) (*RewardsDistributorManifestBaseURISetIterator, error) {

	logs, sub, err := _RewardsDistributor.contract.FilterLogs(opts, "ManifestBaseURISet")
	if err != nil {
		return nil, err
	}
	return &RewardsDistributorManifestBaseURISetIterator{contract: _RewardsDistributor.contract, event: "ManifestBaseURISet", logs: logs, sub: sub}, nil
}

// WatchManifestBaseURISet is a free log subscription operation binding the contract event 0x2b8e0c6e8808fbcad8f3b6648f7629b1bcb2722aef0021d29e14b0415738e7e7.
//
// Solidity: event ManifestBaseURISet(string baseURI)
func (_RewardsDistributor *RewardsDistributorFilterer) WatchManifestBaseURISet(opts *bind.WatchOpts, sink chan<- *RewardsDistributorManifestBaseURISet) (event.Subscription, error) {

	logs, sub, err := _RewardsDistributor.contract.WatchLogs(opts, "ManifestBaseURISet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsDistributorManifestBaseURISet)
				if err := _RewardsDistributor.contract.UnpackLog(event, "ManifestBaseURISet", log); err != nil {
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

// ParseManifestBaseURISet is a log parse operation binding the contract event 0x2b8e0c6e8808fbcad8f3b6648f7629b1bcb2722aef0021d29e14b0415738e7e7.
//
// Solidity: event ManifestBaseURISet(string baseURI)
func (_RewardsDistributor *RewardsDistributorFilterer) ParseManifestBaseURISet(log types.Log) (*RewardsDistributorManifestBaseURISet, error) {
	event := new(RewardsDistributorManifestBaseURISet)
	if err := _RewardsDistributor.contract.UnpackLog(event, "ManifestBaseURISet", log); err != nil {
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
