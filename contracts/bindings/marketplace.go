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

// MarketplaceListing is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceListing struct {
	TaskId       *big.Int
	SubmissionId *big.Int
	Seller       common.Address
	Price        *big.Int
}

// MarketplaceMetaData contains all meta data concerning the Marketplace contract.
var MarketplaceMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"arena_\",\"type\":\"address\",\"internalType\":\"contractITaskArena\"},{\"name\":\"distributor_\",\"type\":\"address\",\"internalType\":\"contractIRewardsDistributor\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_FEE_PPM\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PPM\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"arena\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractITaskArena\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"distributor\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardsDistributor\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"feePpm\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasPurchased\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastModelId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"listModel\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"listingOf\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMarketplace.Listing\",\"components\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"modelIdOfSubmission\",\"inputs\":[{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"purchase\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFee\",\"inputs\":[{\"name\":\"feePpm_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"FeeSet\",\"inputs\":[{\"name\":\"feePpm\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ModelListed\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"seller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"submissionId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ModelPurchased\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"net\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyListed\",\"inputs\":[{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyPurchased\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"FeeTooHigh\",\"inputs\":[{\"name\":\"feePpm\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NotSubmitter\",\"inputs\":[{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownModel\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPrice\",\"inputs\":[]}]",
	Bin: "0x60e06040526002805463ffffffff60a01b1916610c3560a41b179055348015610026575f5ffd5b506040516113793803806113798339810160408190526100459161023f565b600180556001600160a01b038516158061006657506001600160a01b038416155b8061007857506001600160a01b038316155b8061008a57506001600160a01b038216155b8061009c57506001600160a01b038116155b156100ba5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0385811660805284811660a05283811660c052600280546001600160a01b0319169184169190911790556100f55f8261017f565b50600254604051600160a01b90910463ffffffff1681527ff489d8b93b3874572cc94319f109187d1ea814b9de5a3d9e54c48c1ac0d57cad9060200160405180910390a16040516001600160a01b03831681527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a150505050506102b0565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661021f575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101d73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610222565b505f5b92915050565b6001600160a01b038116811461023c575f5ffd5b50565b5f5f5f5f5f60a08688031215610253575f5ffd5b855161025e81610228565b602087015190955061026f81610228565b604087015190945061028081610228565b606087015190935061029181610228565b60808701519092506102a281610228565b809150509295509295909350565b60805160a05160c0516110756103045f395f818161027a0152818161098e01526109d001525f818161039c015261055e01525f8181610375015281816108f701528181610936015261096c01526110755ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c8063a217fddf116100b4578063dc9da2f811610079578063dc9da2f8146102ce578063e3404981146102fb578063efef39a11461034a578063f0f442601461035d578063fc0c546a14610370578063fd3705f914610397575f5ffd5b8063a217fddf14610257578063a534150c1461025e578063bfe1092814610275578063ce5978751461029c578063d547741f146102bb575f5ffd5b80632f2ff15d116101055780632f2ff15d146101d757806336568abe146101ea57806361d027b3146101fd578063834d5da91461022857806391d1485414610231578063989f045814610244575f5ffd5b806301ff572d1461014157806301ffc9a7146101655780630d720bbc146101885780631ab971ab14610192578063248a9ca3146101a7575b5f5ffd5b61014b62030d4081565b60405163ffffffff90911681526020015b60405180910390f35b610178610173366004610ee2565b6103be565b604051901515815260200161015c565b61014b620f424081565b6101a56101a0366004610f09565b6103f4565b005b6101c96101b5366004610f2c565b5f9081526020819052604090206001015490565b60405190815260200161015c565b6101a56101e5366004610f57565b610491565b6101a56101f8366004610f57565b6104bb565b600254610210906001600160a01b031681565b6040516001600160a01b03909116815260200161015c565b6101c960065481565b61017861023f366004610f57565b6104f3565b6101c9610252366004610f85565b61051b565b6101c95f81565b60025461014b90600160a01b900463ffffffff1681565b6102107f000000000000000000000000000000000000000000000000000000000000000081565b6101c96102aa366004610f2c565b60046020525f908152604090205481565b6101a56102c9366004610f57565b610721565b6101786102dc366004610f57565b600560209081525f928352604080842090915290825290205460ff1681565b61030e610309366004610f2c565b610745565b60405161015c919081518152602080830151908201526040808301516001600160a01b0316908201526060918201519181019190915260800190565b6101a5610358366004610f2c565b6107bf565b6101a561036b366004610fae565b610a40565b6102107f000000000000000000000000000000000000000000000000000000000000000081565b6102107f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b14806103ee57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6103fe81610abf565b62030d4063ffffffff83161115610435576040516331e4ee5560e01b815263ffffffff831660048201526024015b60405180910390fd5b6002805463ffffffff60a01b1916600160a01b63ffffffff8516908102919091179091556040519081527ff489d8b93b3874572cc94319f109187d1ea814b9de5a3d9e54c48c1ac0d57cad906020015b60405180910390a15050565b5f828152602081905260409020600101546104ab81610abf565b6104b58383610ac9565b50505050565b6001600160a01b03811633146104e45760405163334bd91960e11b815260040160405180910390fd5b6104ee8282610b58565b505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f815f0361053c57604051634dfba02360e01b815260040160405180910390fd5b6040516374505d7160e01b8152600481018490525f9081906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906374505d71906024016040805180830381865afa1580156105a2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105c69190610fc9565b90925090506001600160a01b038116331415806105e35750858214155b806105f557506001600160a01b038116155b1561061c5760405163619d155360e11b81526004810186905233602482015260440161042c565b5f85815260046020526040902054801561065357604051631e20b6ed60e31b8152600481018790526024810182905260440161042c565b60065f815461066190611000565b91829055506040805160808101825289815260208082018a815233838501818152606085018c81525f8881526003808752888220975188559451600188015591516002870180546001600160a01b0319166001600160a01b039092169190911790555194909201939093558a81526004825283902084905582518a815290810189905292965091899187917fee854c6a67af867645ef6f297bffcee6412b29f5670b58432de4abf3120a001b910160405180910390a45050509392505050565b5f8281526020819052604090206001015461073b81610abf565b6104b58383610b58565b61077560405180608001604052805f81526020015f81526020015f6001600160a01b031681526020015f81525090565b505f9081526003602081815260409283902083516080810185528154815260018201549281019290925260028101546001600160a01b031693820193909352910154606082015290565b6107c7610bc1565b5f81815260036020526040902060028101546001600160a01b031661080257604051632380022d60e01b81526004810183905260240161042c565b5f82815260056020908152604080832033845290915290205460ff1615610845576040516356918fc760e01b81526004810183905233602482015260440161042c565b5f8281526005602090815260408083203384529091528120805460ff19166001179055600382015482546002549192909161089390849063ffffffff600160a01b90910416620f4240610beb565b90505f6108a08285611018565b60408051868152602081018590529081018290529091503390849088907f55c1873857323eeaca0a68871500c1013ce338db039c28be207ef29a16ea33bd9060600160405180910390a461091f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087610c9c565b811561095f5760025461095f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911684610d03565b6109b36001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000083610d34565b60405163a65e2cfd60e01b815260048101849052602481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a65e2cfd906044015f604051808303815f87803b158015610a19575f5ffd5b505af1158015610a2b573d5f5f3e3d5ffd5b505050505050505050610a3d60018055565b50565b5f610a4a81610abf565b6001600160a01b038216610a715760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f90602001610485565b610a3d8133610dc3565b5f610ad483836104f3565b610b51575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610b093390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103ee565b505f6103ee565b5f610b6383836104f3565b15610b51575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103ee565b600260015403610be457604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b5f5f5f610bf88686610e00565b91509150815f03610c1c57838181610c1257610c1261102b565b0492505050610c95565b818411610c3357610c336003851502601118610e1c565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526104b59186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050610e2d565b6040516001600160a01b038381166024830152604482018390526104ee91859182169063a9059cbb90606401610cd1565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b179052610d858482610e99565b6104b5576040516001600160a01b0384811660248301525f6044830152610db991869182169063095ea7b390606401610cd1565b6104b58482610e2d565b610dcd82826104f3565b610dfc5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161042c565b5050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f60205f8451602086015f885af180610e4c576040513d5f823e3d81fd5b50505f513d91508115610e63578060011415610e70565b6001600160a01b0384163b155b156104b557604051635274afe760e01b81526001600160a01b038516600482015260240161042c565b5f5f5f5f60205f8651602088015f8a5af192503d91505f519050828015610ed857508115610eca5780600114610ed8565b5f866001600160a01b03163b115b9695505050505050565b5f60208284031215610ef2575f5ffd5b81356001600160e01b031981168114610c95575f5ffd5b5f60208284031215610f19575f5ffd5b813563ffffffff81168114610c95575f5ffd5b5f60208284031215610f3c575f5ffd5b5035919050565b6001600160a01b0381168114610a3d575f5ffd5b5f5f60408385031215610f68575f5ffd5b823591506020830135610f7a81610f43565b809150509250929050565b5f5f5f60608486031215610f97575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215610fbe575f5ffd5b8135610c9581610f43565b5f5f60408385031215610fda575f5ffd5b825191506020830151610f7a81610f43565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161101157611011610fec565b5060010190565b818103818111156103ee576103ee610fec565b634e487b7160e01b5f52601260045260245ffdfea26469706673582212201339c6b0815d80569439dee1c0127f58a8a692b7ab0794322ab884b2c53eea8f64736f6c634300081c0033",
}

// MarketplaceABI is the input ABI used to generate the binding from.
// Deprecated: Use MarketplaceMetaData.ABI instead.
var MarketplaceABI = MarketplaceMetaData.ABI

// MarketplaceBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MarketplaceMetaData.Bin instead.
var MarketplaceBin = MarketplaceMetaData.Bin

// DeployMarketplace deploys a new Ethereum contract, binding an instance of Marketplace to it.
func DeployMarketplace(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, arena_ common.Address, distributor_ common.Address, treasury_ common.Address, admin common.Address) (common.Address, *types.Transaction, *Marketplace, error) {
	parsed, err := MarketplaceMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MarketplaceBin), backend, token_, arena_, distributor_, treasury_, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Marketplace{MarketplaceCaller: MarketplaceCaller{contract: contract}, MarketplaceTransactor: MarketplaceTransactor{contract: contract}, MarketplaceFilterer: MarketplaceFilterer{contract: contract}}, nil
}

// Marketplace is an auto generated Go binding around an Ethereum contract.
type Marketplace struct {
	MarketplaceCaller     // Read-only binding to the contract
	MarketplaceTransactor // Write-only binding to the contract
	MarketplaceFilterer   // Log filterer for contract events
}

// MarketplaceCaller is an auto generated read-only Go binding around an Ethereum contract.
type MarketplaceCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MarketplaceTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MarketplaceTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MarketplaceFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MarketplaceFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MarketplaceSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MarketplaceSession struct {
	Contract     *Marketplace      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// MarketplaceCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MarketplaceCallerSession struct {
	Contract *MarketplaceCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// MarketplaceTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MarketplaceTransactorSession struct {
	Contract     *MarketplaceTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// MarketplaceRaw is an auto generated low-level Go binding around an Ethereum contract.
type MarketplaceRaw struct {
	Contract *Marketplace // Generic contract binding to access the raw methods on
}

// MarketplaceCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MarketplaceCallerRaw struct {
	Contract *MarketplaceCaller // Generic read-only contract binding to access the raw methods on
}

// MarketplaceTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MarketplaceTransactorRaw struct {
	Contract *MarketplaceTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMarketplace creates a new instance of Marketplace, bound to a specific deployed contract.
func NewMarketplace(address common.Address, backend bind.ContractBackend) (*Marketplace, error) {
	contract, err := bindMarketplace(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Marketplace{MarketplaceCaller: MarketplaceCaller{contract: contract}, MarketplaceTransactor: MarketplaceTransactor{contract: contract}, MarketplaceFilterer: MarketplaceFilterer{contract: contract}}, nil
}

// NewMarketplaceCaller creates a new read-only instance of Marketplace, bound to a specific deployed contract.
func NewMarketplaceCaller(address common.Address, caller bind.ContractCaller) (*MarketplaceCaller, error) {
	contract, err := bindMarketplace(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MarketplaceCaller{contract: contract}, nil
}

// NewMarketplaceTransactor creates a new write-only instance of Marketplace, bound to a specific deployed contract.
func NewMarketplaceTransactor(address common.Address, transactor bind.ContractTransactor) (*MarketplaceTransactor, error) {
	contract, err := bindMarketplace(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MarketplaceTransactor{contract: contract}, nil
}

// NewMarketplaceFilterer creates a new log filterer instance of Marketplace, bound to a specific deployed contract.
func NewMarketplaceFilterer(address common.Address, filterer bind.ContractFilterer) (*MarketplaceFilterer, error) {
	contract, err := bindMarketplace(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MarketplaceFilterer{contract: contract}, nil
}

// bindMarketplace binds a generic wrapper to an already deployed contract.
func bindMarketplace(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MarketplaceMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Marketplace *MarketplaceRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Marketplace.Contract.MarketplaceCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Marketplace *MarketplaceRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Marketplace.Contract.MarketplaceTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Marketplace *MarketplaceRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Marketplace.Contract.MarketplaceTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Marketplace *MarketplaceCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Marketplace.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Marketplace *MarketplaceTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Marketplace.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Marketplace *MarketplaceTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Marketplace.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Marketplace *MarketplaceCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Marketplace *MarketplaceSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Marketplace.Contract.DEFAULTADMINROLE(&_Marketplace.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Marketplace *MarketplaceCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Marketplace.Contract.DEFAULTADMINROLE(&_Marketplace.CallOpts)
}

// MAXFEEPPM is a free data retrieval call binding the contract method 0x01ff572d.
//
// Solidity: function MAX_FEE_PPM() view returns(uint32)
func (_Marketplace *MarketplaceCaller) MAXFEEPPM(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "MAX_FEE_PPM")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXFEEPPM is a free data retrieval call binding the contract method 0x01ff572d.
//
// Solidity: function MAX_FEE_PPM() view returns(uint32)
func (_Marketplace *MarketplaceSession) MAXFEEPPM() (uint32, error) {
	return _Marketplace.Contract.MAXFEEPPM(&_Marketplace.CallOpts)
}

// MAXFEEPPM is a free data retrieval call binding the contract method 0x01ff572d.
//
// Solidity: function MAX_FEE_PPM() view returns(uint32)
func (_Marketplace *MarketplaceCallerSession) MAXFEEPPM() (uint32, error) {
	return _Marketplace.Contract.MAXFEEPPM(&_Marketplace.CallOpts)
}

// PPM is a free data retrieval call binding the contract method 0x0d720bbc.
//
// Solidity: function PPM() view returns(uint32)
func (_Marketplace *MarketplaceCaller) PPM(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "PPM")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// PPM is a free data retrieval call binding the contract method 0x0d720bbc.
//
// Solidity: function PPM() view returns(uint32)
func (_Marketplace *MarketplaceSession) PPM() (uint32, error) {
	return _Marketplace.Contract.PPM(&_Marketplace.CallOpts)
}

// PPM is a free data retrieval call binding the contract method 0x0d720bbc.
//
// Solidity: function PPM() view returns(uint32)
func (_Marketplace *MarketplaceCallerSession) PPM() (uint32, error) {
	return _Marketplace.Contract.PPM(&_Marketplace.CallOpts)
}

// Arena is a free data retrieval call binding the contract method 0xfd3705f9.
//
// Solidity: function arena() view returns(address)
func (_Marketplace *MarketplaceCaller) Arena(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "arena")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Arena is a free data retrieval call binding the contract method 0xfd3705f9.
//
// Solidity: function arena() view returns(address)
func (_Marketplace *MarketplaceSession) Arena() (common.Address, error) {
	return _Marketplace.Contract.Arena(&_Marketplace.CallOpts)
}

// Arena is a free data retrieval call binding the contract method 0xfd3705f9.
//
// Solidity: function arena() view returns(address)
func (_Marketplace *MarketplaceCallerSession) Arena() (common.Address, error) {
	return _Marketplace.Contract.Arena(&_Marketplace.CallOpts)
}

// Distributor is a free data retrieval call binding the contract method 0xbfe10928.
//
// Solidity: function distributor() view returns(address)
func (_Marketplace *MarketplaceCaller) Distributor(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "distributor")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Distributor is a free data retrieval call binding the contract method 0xbfe10928.
//
// Solidity: function distributor() view returns(address)
func (_Marketplace *MarketplaceSession) Distributor() (common.Address, error) {
	return _Marketplace.Contract.Distributor(&_Marketplace.CallOpts)
}

// Distributor is a free data retrieval call binding the contract method 0xbfe10928.
//
// Solidity: function distributor() view returns(address)
func (_Marketplace *MarketplaceCallerSession) Distributor() (common.Address, error) {
	return _Marketplace.Contract.Distributor(&_Marketplace.CallOpts)
}

// FeePpm is a free data retrieval call binding the contract method 0xa534150c.
//
// Solidity: function feePpm() view returns(uint32)
func (_Marketplace *MarketplaceCaller) FeePpm(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "feePpm")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// FeePpm is a free data retrieval call binding the contract method 0xa534150c.
//
// Solidity: function feePpm() view returns(uint32)
func (_Marketplace *MarketplaceSession) FeePpm() (uint32, error) {
	return _Marketplace.Contract.FeePpm(&_Marketplace.CallOpts)
}

// FeePpm is a free data retrieval call binding the contract method 0xa534150c.
//
// Solidity: function feePpm() view returns(uint32)
func (_Marketplace *MarketplaceCallerSession) FeePpm() (uint32, error) {
	return _Marketplace.Contract.FeePpm(&_Marketplace.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Marketplace *MarketplaceCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Marketplace *MarketplaceSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Marketplace.Contract.GetRoleAdmin(&_Marketplace.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Marketplace *MarketplaceCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Marketplace.Contract.GetRoleAdmin(&_Marketplace.CallOpts, role)
}

// HasPurchased is a free data retrieval call binding the contract method 0xdc9da2f8.
//
// Solidity: function hasPurchased(uint256 modelId, address buyer) view returns(bool)
func (_Marketplace *MarketplaceCaller) HasPurchased(opts *bind.CallOpts, modelId *big.Int, buyer common.Address) (bool, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "hasPurchased", modelId, buyer)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasPurchased is a free data retrieval call binding the contract method 0xdc9da2f8.
//
// Solidity: function hasPurchased(uint256 modelId, address buyer) view returns(bool)
func (_Marketplace *MarketplaceSession) HasPurchased(modelId *big.Int, buyer common.Address) (bool, error) {
	return _Marketplace.Contract.HasPurchased(&_Marketplace.CallOpts, modelId, buyer)
}

// HasPurchased is a free data retrieval call binding the contract method 0xdc9da2f8.
//
// Solidity: function hasPurchased(uint256 modelId, address buyer) view returns(bool)
func (_Marketplace *MarketplaceCallerSession) HasPurchased(modelId *big.Int, buyer common.Address) (bool, error) {
	return _Marketplace.Contract.HasPurchased(&_Marketplace.CallOpts, modelId, buyer)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Marketplace *MarketplaceCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Marketplace *MarketplaceSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Marketplace.Contract.HasRole(&_Marketplace.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Marketplace *MarketplaceCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Marketplace.Contract.HasRole(&_Marketplace.CallOpts, role, account)
}

// LastModelId is a free data retrieval call binding the contract method 0x834d5da9.
//
// Solidity: function lastModelId() view returns(uint256)
func (_Marketplace *MarketplaceCaller) LastModelId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "lastModelId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastModelId is a free data retrieval call binding the contract method 0x834d5da9.
//
// Solidity: function lastModelId() view returns(uint256)
func (_Marketplace *MarketplaceSession) LastModelId() (*big.Int, error) {
	return _Marketplace.Contract.LastModelId(&_Marketplace.CallOpts)
}

// LastModelId is a free data retrieval call binding the contract method 0x834d5da9.
//
// Solidity: function lastModelId() view returns(uint256)
func (_Marketplace *MarketplaceCallerSession) LastModelId() (*big.Int, error) {
	return _Marketplace.Contract.LastModelId(&_Marketplace.CallOpts)
}

// ListingOf is a free data retrieval call binding the contract method 0xe3404981.
//
// Solidity: function listingOf(uint256 modelId) view returns((uint256,uint256,address,uint256))
func (_Marketplace *MarketplaceCaller) ListingOf(opts *bind.CallOpts, modelId *big.Int) (MarketplaceListing, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "listingOf", modelId)

	if err != nil {
		return *new(MarketplaceListing), err
	}

	out0 := *abi.ConvertType(out[0], new(MarketplaceListing)).(*MarketplaceListing)

	return out0, err

}

// ListingOf is a free data retrieval call binding the contract method 0xe3404981.
//
// Solidity: function listingOf(uint256 modelId) view returns((uint256,uint256,address,uint256))
func (_Marketplace *MarketplaceSession) ListingOf(modelId *big.Int) (MarketplaceListing, error) {
	return _Marketplace.Contract.ListingOf(&_Marketplace.CallOpts, modelId)
}

// ListingOf is a free data retrieval call binding the contract method 0xe3404981.
//
// Solidity: function listingOf(uint256 modelId) view returns((uint256,uint256,address,uint256))
func (_Marketplace *MarketplaceCallerSession) ListingOf(modelId *big.Int) (MarketplaceListing, error) {
	return _Marketplace.Contract.ListingOf(&_Marketplace.CallOpts, modelId)
}

// ModelIdOfSubmission is a free data retrieval call binding the contract method 0xce597875.
//
// Solidity: function modelIdOfSubmission(uint256 submissionId) view returns(uint256 modelId)
func (_Marketplace *MarketplaceCaller) ModelIdOfSubmission(opts *bind.CallOpts, submissionId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "modelIdOfSubmission", submissionId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ModelIdOfSubmission is a free data retrieval call binding the contract method 0xce597875.
//
// Solidity: function modelIdOfSubmission(uint256 submissionId) view returns(uint256 modelId)
func (_Marketplace *MarketplaceSession) ModelIdOfSubmission(submissionId *big.Int) (*big.Int, error) {
	return _Marketplace.Contract.ModelIdOfSubmission(&_Marketplace.CallOpts, submissionId)
}

// ModelIdOfSubmission is a free data retrieval call binding the contract method 0xce597875.
//
// Solidity: function modelIdOfSubmission(uint256 submissionId) view returns(uint256 modelId)
func (_Marketplace *MarketplaceCallerSession) ModelIdOfSubmission(submissionId *big.Int) (*big.Int, error) {
	return _Marketplace.Contract.ModelIdOfSubmission(&_Marketplace.CallOpts, submissionId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Marketplace *MarketplaceCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Marketplace *MarketplaceSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Marketplace.Contract.SupportsInterface(&_Marketplace.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Marketplace *MarketplaceCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Marketplace.Contract.SupportsInterface(&_Marketplace.CallOpts, interfaceId)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Marketplace *MarketplaceCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Marketplace *MarketplaceSession) Token() (common.Address, error) {
	return _Marketplace.Contract.Token(&_Marketplace.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Marketplace *MarketplaceCallerSession) Token() (common.Address, error) {
	return _Marketplace.Contract.Token(&_Marketplace.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Marketplace *MarketplaceCaller) Treasury(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Marketplace.contract.Call(opts, &out, "treasury")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Marketplace *MarketplaceSession) Treasury() (common.Address, error) {
	return _Marketplace.Contract.Treasury(&_Marketplace.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Marketplace *MarketplaceCallerSession) Treasury() (common.Address, error) {
	return _Marketplace.Contract.Treasury(&_Marketplace.CallOpts)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Marketplace *MarketplaceTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Marketplace.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Marketplace *MarketplaceSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Marketplace.Contract.GrantRole(&_Marketplace.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Marketplace *MarketplaceTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Marketplace.Contract.GrantRole(&_Marketplace.TransactOpts, role, account)
}

// ListModel is a paid mutator transaction binding the contract method 0x989f0458.
//
// Solidity: function listModel(uint256 taskId, uint256 submissionId, uint256 price) returns(uint256 modelId)
func (_Marketplace *MarketplaceTransactor) ListModel(opts *bind.TransactOpts, taskId *big.Int, submissionId *big.Int, price *big.Int) (*types.Transaction, error) {
	return _Marketplace.contract.Transact(opts, "listModel", taskId, submissionId, price)
}

// ListModel is a paid mutator transaction binding the contract method 0x989f0458.
//
// Solidity: function listModel(uint256 taskId, uint256 submissionId, uint256 price) returns(uint256 modelId)
func (_Marketplace *MarketplaceSession) ListModel(taskId *big.Int, submissionId *big.Int, price *big.Int) (*types.Transaction, error) {
	return _Marketplace.Contract.ListModel(&_Marketplace.TransactOpts, taskId, submissionId, price)
}

// ListModel is a paid mutator transaction binding the contract method 0x989f0458.
//
// Solidity: function listModel(uint256 taskId, uint256 submissionId, uint256 price) returns(uint256 modelId)
func (_Marketplace *MarketplaceTransactorSession) ListModel(taskId *big.Int, submissionId *big.Int, price *big.Int) (*types.Transaction, error) {
	return _Marketplace.Contract.ListModel(&_Marketplace.TransactOpts, taskId, submissionId, price)
}

// Purchase is a paid mutator transaction binding the contract method 0xefef39a1.
//
// Solidity: function purchase(uint256 modelId) returns()
func (_Marketplace *MarketplaceTransactor) Purchase(opts *bind.TransactOpts, modelId *big.Int) (*types.Transaction, error) {
	return _Marketplace.contract.Transact(opts, "purchase", modelId)
}

// Purchase is a paid mutator transaction binding the contract method 0xefef39a1.
//
// Solidity: function purchase(uint256 modelId) returns()
func (_Marketplace *MarketplaceSession) Purchase(modelId *big.Int) (*types.Transaction, error) {
	return _Marketplace.Contract.Purchase(&_Marketplace.TransactOpts, modelId)
}

// Purchase is a paid mutator transaction binding the contract method 0xefef39a1.
//
// Solidity: function purchase(uint256 modelId) returns()
func (_Marketplace *MarketplaceTransactorSession) Purchase(modelId *big.Int) (*types.Transaction, error) {
	return _Marketplace.Contract.Purchase(&_Marketplace.TransactOpts, modelId)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Marketplace *MarketplaceTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Marketplace.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Marketplace *MarketplaceSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Marketplace.Contract.RenounceRole(&_Marketplace.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Marketplace *MarketplaceTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Marketplace.Contract.RenounceRole(&_Marketplace.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Marketplace *MarketplaceTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Marketplace.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Marketplace *MarketplaceSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Marketplace.Contract.RevokeRole(&_Marketplace.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Marketplace *MarketplaceTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Marketplace.Contract.RevokeRole(&_Marketplace.TransactOpts, role, account)
}

// SetFee is a paid mutator transaction binding the contract method 0x1ab971ab.
//
// Solidity: function setFee(uint32 feePpm_) returns()
func (_Marketplace *MarketplaceTransactor) SetFee(opts *bind.TransactOpts, feePpm_ uint32) (*types.Transaction, error) {
	return _Marketplace.contract.Transact(opts, "setFee", feePpm_)
}

// SetFee is a paid mutator transaction binding the contract method 0x1ab971ab.
//
// Solidity: function setFee(uint32 feePpm_) returns()
func (_Marketplace *MarketplaceSession) SetFee(feePpm_ uint32) (*types.Transaction, error) {
	return _Marketplace.Contract.SetFee(&_Marketplace.TransactOpts, feePpm_)
}

// SetFee is a paid mutator transaction binding the contract method 0x1ab971ab.
//
// Solidity: function setFee(uint32 feePpm_) returns()
func (_Marketplace *MarketplaceTransactorSession) SetFee(feePpm_ uint32) (*types.Transaction, error) {
	return _Marketplace.Contract.SetFee(&_Marketplace.TransactOpts, feePpm_)
}

// SetTreasury is a paid mutator transaction binding the contract method 0xf0f44260.
//
// Solidity: function setTreasury(address treasury_) returns()
func (_Marketplace *MarketplaceTransactor) SetTreasury(opts *bind.TransactOpts, treasury_ common.Address) (*types.Transaction, error) {
	return _Marketplace.contract.Transact(opts, "setTreasury", treasury_)
}

// SetTreasury is a paid mutator transaction binding the contract method 0xf0f44260.
//
// Solidity: function setTreasury(address treasury_) returns()
func (_Marketplace *MarketplaceSession) SetTreasury(treasury_ common.Address) (*types.Transaction, error) {
	return _Marketplace.Contract.SetTreasury(&_Marketplace.TransactOpts, treasury_)
}

// SetTreasury is a paid mutator transaction binding the contract method 0xf0f44260.
//
// Solidity: function setTreasury(address treasury_) returns()
func (_Marketplace *MarketplaceTransactorSession) SetTreasury(treasury_ common.Address) (*types.Transaction, error) {
	return _Marketplace.Contract.SetTreasury(&_Marketplace.TransactOpts, treasury_)
}

// MarketplaceFeeSetIterator is returned from FilterFeeSet and is used to iterate over the raw logs and unpacked data for FeeSet events raised by the Marketplace contract.
type MarketplaceFeeSetIterator struct {
	Event *MarketplaceFeeSet // Event containing the contract specifics and raw log

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
func (it *MarketplaceFeeSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MarketplaceFeeSet)
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
		it.Event = new(MarketplaceFeeSet)
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
func (it *MarketplaceFeeSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MarketplaceFeeSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MarketplaceFeeSet represents a FeeSet event raised by the Marketplace contract.
type MarketplaceFeeSet struct {
	FeePpm uint32
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFeeSet is a free log retrieval operation binding the contract event 0xf489d8b93b3874572cc94319f109187d1ea814b9de5a3d9e54c48c1ac0d57cad.
//
// Solidity: event FeeSet(uint32 feePpm)
func (_Marketplace *MarketplaceFilterer) FilterFeeSet(opts *bind.FilterOpts) (*MarketplaceFeeSetIterator, error) {

	logs, sub, err := _Marketplace.contract.FilterLogs(opts, "FeeSet")
	if err != nil {
		return nil, err
	}
	return &MarketplaceFeeSetIterator{contract: _Marketplace.contract, event: "FeeSet", logs: logs, sub: sub}, nil
}

// WatchFeeSet is a free log subscription operation binding the contract event 0xf489d8b93b3874572cc94319f109187d1ea814b9de5a3d9e54c48c1ac0d57cad.
//
// Solidity: event FeeSet(uint32 feePpm)
func (_Marketplace *MarketplaceFilterer) WatchFeeSet(opts *bind.WatchOpts, sink chan<- *MarketplaceFeeSet) (event.Subscription, error) {

	logs, sub, err := _Marketplace.contract.WatchLogs(opts, "FeeSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MarketplaceFeeSet)
				if err := _Marketplace.contract.UnpackLog(event, "FeeSet", log); err != nil {
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

// ParseFeeSet is a log parse operation binding the contract event 0xf489d8b93b3874572cc94319f109187d1ea814b9de5a3d9e54c48c1ac0d57cad.
//
// Solidity: event FeeSet(uint32 feePpm)
func (_Marketplace *MarketplaceFilterer) ParseFeeSet(log types.Log) (*MarketplaceFeeSet, error) {
	event := new(MarketplaceFeeSet)
	if err := _Marketplace.contract.UnpackLog(event, "FeeSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MarketplaceModelListedIterator is returned from FilterModelListed and is used to iterate over the raw logs and unpacked data for ModelListed events raised by the Marketplace contract.
type MarketplaceModelListedIterator struct {
	Event *MarketplaceModelListed // Event containing the contract specifics and raw log

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
func (it *MarketplaceModelListedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MarketplaceModelListed)
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
		it.Event = new(MarketplaceModelListed)
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
func (it *MarketplaceModelListedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MarketplaceModelListedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MarketplaceModelListed represents a ModelListed event raised by the Marketplace contract.
type MarketplaceModelListed struct {
	ModelId      *big.Int
	TaskId       *big.Int
	Seller       common.Address
	SubmissionId *big.Int
	Price        *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterModelListed is a free log retrieval operation binding the contract event 0xee854c6a67af867645ef6f297bffcee6412b29f5670b58432de4abf3120a001b.
//
// Solidity: event ModelListed(uint256 indexed modelId, uint256 indexed taskId, address indexed seller, uint256 submissionId, uint256 price)
func (_Marketplace *MarketplaceFilterer) FilterModelListed(opts *bind.FilterOpts, modelId []*big.Int, taskId []*big.Int, seller []common.Address) (*MarketplaceModelListedIterator, error) {

	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var sellerRule []interface{}
	for _, sellerItem := range seller {
		sellerRule = append(sellerRule, sellerItem)
	}

	logs, sub, err := _Marketplace.contract.FilterLogs(opts, "ModelListed", modelIdRule, taskIdRule, sellerRule)
	if err != nil {
		return nil, err
	}
	return &MarketplaceModelListedIterator{contract: _Marketplace.contract, event: "ModelListed", logs: logs, sub: sub}, nil
}

// WatchModelListed is a free log subscription operation binding the contract event 0xee854c6a67af867645ef6f297bffcee6412b29f5670b58432de4abf3120a001b.
//
// Solidity: event ModelListed(uint256 indexed modelId, uint256 indexed taskId, address indexed seller, uint256 submissionId, uint256 price)
func (_Marketplace *MarketplaceFilterer) WatchModelListed(opts *bind.WatchOpts, sink chan<- *MarketplaceModelListed, modelId []*big.Int, taskId []*big.Int, seller []common.Address) (event.Subscription, error) {

	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var sellerRule []interface{}
	for _, sellerItem := range seller {
		sellerRule = append(sellerRule, sellerItem)
	}

	logs, sub, err := _Marketplace.contract.WatchLogs(opts, "ModelListed", modelIdRule, taskIdRule, sellerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MarketplaceModelListed)
				if err := _Marketplace.contract.UnpackLog(event, "ModelListed", log); err != nil {
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

// ParseModelListed is a log parse operation binding the contract event 0xee854c6a67af867645ef6f297bffcee6412b29f5670b58432de4abf3120a001b.
//
// Solidity: event ModelListed(uint256 indexed modelId, uint256 indexed taskId, address indexed seller, uint256 submissionId, uint256 price)
func (_Marketplace *MarketplaceFilterer) ParseModelListed(log types.Log) (*MarketplaceModelListed, error) {
	event := new(MarketplaceModelListed)
	if err := _Marketplace.contract.UnpackLog(event, "ModelListed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MarketplaceModelPurchasedIterator is returned from FilterModelPurchased and is used to iterate over the raw logs and unpacked data for ModelPurchased events raised by the Marketplace contract.
type MarketplaceModelPurchasedIterator struct {
	Event *MarketplaceModelPurchased // Event containing the contract specifics and raw log

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
func (it *MarketplaceModelPurchasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MarketplaceModelPurchased)
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
		it.Event = new(MarketplaceModelPurchased)
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
func (it *MarketplaceModelPurchasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MarketplaceModelPurchasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MarketplaceModelPurchased represents a ModelPurchased event raised by the Marketplace contract.
type MarketplaceModelPurchased struct {
	ModelId *big.Int
	TaskId  *big.Int
	Buyer   common.Address
	Price   *big.Int
	Fee     *big.Int
	Net     *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterModelPurchased is a free log retrieval operation binding the contract event 0x55c1873857323eeaca0a68871500c1013ce338db039c28be207ef29a16ea33bd.
//
// Solidity: event ModelPurchased(uint256 indexed modelId, uint256 indexed taskId, address indexed buyer, uint256 price, uint256 fee, uint256 net)
func (_Marketplace *MarketplaceFilterer) FilterModelPurchased(opts *bind.FilterOpts, modelId []*big.Int, taskId []*big.Int, buyer []common.Address) (*MarketplaceModelPurchasedIterator, error) {

	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _Marketplace.contract.FilterLogs(opts, "ModelPurchased", modelIdRule, taskIdRule, buyerRule)
	if err != nil {
		return nil, err
	}
	return &MarketplaceModelPurchasedIterator{contract: _Marketplace.contract, event: "ModelPurchased", logs: logs, sub: sub}, nil
}

// WatchModelPurchased is a free log subscription operation binding the contract event 0x55c1873857323eeaca0a68871500c1013ce338db039c28be207ef29a16ea33bd.
//
// Solidity: event ModelPurchased(uint256 indexed modelId, uint256 indexed taskId, address indexed buyer, uint256 price, uint256 fee, uint256 net)
func (_Marketplace *MarketplaceFilterer) WatchModelPurchased(opts *bind.WatchOpts, sink chan<- *MarketplaceModelPurchased, modelId []*big.Int, taskId []*big.Int, buyer []common.Address) (event.Subscription, error) {

	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}
	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _Marketplace.contract.WatchLogs(opts, "ModelPurchased", modelIdRule, taskIdRule, buyerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MarketplaceModelPurchased)
				if err := _Marketplace.contract.UnpackLog(event, "ModelPurchased", log); err != nil {
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

// ParseModelPurchased is a log parse operation binding the contract event 0x55c1873857323eeaca0a68871500c1013ce338db039c28be207ef29a16ea33bd.
//
// Solidity: event ModelPurchased(uint256 indexed modelId, uint256 indexed taskId, address indexed buyer, uint256 price, uint256 fee, uint256 net)
func (_Marketplace *MarketplaceFilterer) ParseModelPurchased(log types.Log) (*MarketplaceModelPurchased, error) {
	event := new(MarketplaceModelPurchased)
	if err := _Marketplace.contract.UnpackLog(event, "ModelPurchased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MarketplaceRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the Marketplace contract.
type MarketplaceRoleAdminChangedIterator struct {
	Event *MarketplaceRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *MarketplaceRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MarketplaceRoleAdminChanged)
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
		it.Event = new(MarketplaceRoleAdminChanged)
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
func (it *MarketplaceRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MarketplaceRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MarketplaceRoleAdminChanged represents a RoleAdminChanged event raised by the Marketplace contract.
type MarketplaceRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Marketplace *MarketplaceFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*MarketplaceRoleAdminChangedIterator, error) {

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

	logs, sub, err := _Marketplace.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &MarketplaceRoleAdminChangedIterator{contract: _Marketplace.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Marketplace *MarketplaceFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *MarketplaceRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _Marketplace.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MarketplaceRoleAdminChanged)
				if err := _Marketplace.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_Marketplace *MarketplaceFilterer) ParseRoleAdminChanged(log types.Log) (*MarketplaceRoleAdminChanged, error) {
	event := new(MarketplaceRoleAdminChanged)
	if err := _Marketplace.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MarketplaceRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the Marketplace contract.
type MarketplaceRoleGrantedIterator struct {
	Event *MarketplaceRoleGranted // Event containing the contract specifics and raw log

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
func (it *MarketplaceRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MarketplaceRoleGranted)
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
		it.Event = new(MarketplaceRoleGranted)
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
func (it *MarketplaceRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MarketplaceRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MarketplaceRoleGranted represents a RoleGranted event raised by the Marketplace contract.
type MarketplaceRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Marketplace *MarketplaceFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*MarketplaceRoleGrantedIterator, error) {

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

	logs, sub, err := _Marketplace.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &MarketplaceRoleGrantedIterator{contract: _Marketplace.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Marketplace *MarketplaceFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *MarketplaceRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _Marketplace.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MarketplaceRoleGranted)
				if err := _Marketplace.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_Marketplace *MarketplaceFilterer) ParseRoleGranted(log types.Log) (*MarketplaceRoleGranted, error) {
	event := new(MarketplaceRoleGranted)
	if err := _Marketplace.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MarketplaceRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the Marketplace contract.
type MarketplaceRoleRevokedIterator struct {
	Event *MarketplaceRoleRevoked // Event containing the contract specifics and raw log

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
func (it *MarketplaceRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MarketplaceRoleRevoked)
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
		it.Event = new(MarketplaceRoleRevoked)
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
func (it *MarketplaceRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MarketplaceRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MarketplaceRoleRevoked represents a RoleRevoked event raised by the Marketplace contract.
type MarketplaceRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Marketplace *MarketplaceFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*MarketplaceRoleRevokedIterator, error) {

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

	logs, sub, err := _Marketplace.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &MarketplaceRoleRevokedIterator{contract: _Marketplace.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Marketplace *MarketplaceFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *MarketplaceRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _Marketplace.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MarketplaceRoleRevoked)
				if err := _Marketplace.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_Marketplace *MarketplaceFilterer) ParseRoleRevoked(log types.Log) (*MarketplaceRoleRevoked, error) {
	event := new(MarketplaceRoleRevoked)
	if err := _Marketplace.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MarketplaceTreasurySetIterator is returned from FilterTreasurySet and is used to iterate over the raw logs and unpacked data for TreasurySet events raised by the Marketplace contract.
type MarketplaceTreasurySetIterator struct {
	Event *MarketplaceTreasurySet // Event containing the contract specifics and raw log

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
func (it *MarketplaceTreasurySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MarketplaceTreasurySet)
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
		it.Event = new(MarketplaceTreasurySet)
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
func (it *MarketplaceTreasurySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MarketplaceTreasurySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MarketplaceTreasurySet represents a TreasurySet event raised by the Marketplace contract.
type MarketplaceTreasurySet struct {
	Treasury common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterTreasurySet is a free log retrieval operation binding the contract event 0x3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f.
//
// Solidity: event TreasurySet(address treasury)
func (_Marketplace *MarketplaceFilterer) FilterTreasurySet(opts *bind.FilterOpts) (*MarketplaceTreasurySetIterator, error) {

	logs, sub, err := _Marketplace.contract.FilterLogs(opts, "TreasurySet")
	if err != nil {
		return nil, err
	}
	return &MarketplaceTreasurySetIterator{contract: _Marketplace.contract, event: "TreasurySet", logs: logs, sub: sub}, nil
}

// WatchTreasurySet is a free log subscription operation binding the contract event 0x3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f.
//
// Solidity: event TreasurySet(address treasury)
func (_Marketplace *MarketplaceFilterer) WatchTreasurySet(opts *bind.WatchOpts, sink chan<- *MarketplaceTreasurySet) (event.Subscription, error) {

	logs, sub, err := _Marketplace.contract.WatchLogs(opts, "TreasurySet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MarketplaceTreasurySet)
				if err := _Marketplace.contract.UnpackLog(event, "TreasurySet", log); err != nil {
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
func (_Marketplace *MarketplaceFilterer) ParseTreasurySet(log types.Log) (*MarketplaceTreasurySet, error) {
	event := new(MarketplaceTreasurySet)
	if err := _Marketplace.contract.UnpackLog(event, "TreasurySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
