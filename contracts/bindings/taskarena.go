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

// TaskArenaMetaData contains all meta data concerning the TaskArena contract.
var TaskArenaMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SCORE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TASK_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastSubmissionId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"modelHashOf\",\"inputs\":[{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"scoreOf\",\"inputs\":[{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"score\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"exists\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submissionOf\",\"inputs\":[{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"node\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submitModel\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"modelHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"uri\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitScore\",\"inputs\":[{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"score\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"taskExists\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"taskOf\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"creator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"exists\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"ModelSubmitted\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"submissionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"node\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"modelHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"uri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ScoreSubmitted\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"submissionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"score\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"replaced\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"previousScore\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskCreated\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"creator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"start\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidTaskId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidWindow\",\"inputs\":[{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotStakedAs\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ScoreTooHigh\",\"inputs\":[{\"name\":\"score\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"TaskAlreadyExists\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TaskNotOpen\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownSubmission\",\"inputs\":[{\"name\":\"submissionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownTask\",\"inputs\":[{\"name\":\"taskId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroModelHash\",\"inputs\":[]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161117a38038061117a83398101604081905261002e91610148565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382166080526100805f82610088565b505050610180565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610128575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100e03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161012b565b505f5b92915050565b6001600160a01b0381168114610145575f5ffd5b50565b5f5f60408385031215610159575f5ffd5b825161016481610131565b602084015190925061017581610131565b809150509250929050565b608051610fcd6101ad5f395f81816101ea015281816106b701528181610a530152610aef0152610fcd5ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806374505d71116100a9578063ce8a40751161006e578063ce8a4075146102e9578063d547741f146102fc578063d5b36e241461030f578063d90583df1461039a578063dcb7501a146103c7575f5ffd5b806374505d711461022d57806391d148541461027d578063a217fddf14610290578063c27b382b14610297578063c3128e29146102c6575f5ffd5b80632f2ff15d116100ef5780632f2ff15d146101aa57806336568abe146101bf57806339fcbe54146101d25780634cf088d9146101e55780635f771fd314610224575f5ffd5b806301ffc9a714610120578063057c2b0614610148578063248a9ca31461016957806327ff62231461018b575b5f5ffd5b61013361012e366004610cd5565b6103ee565b60405190151581526020015b60405180910390f35b61015b610156366004610d40565b610424565b60405190815260200161013f565b61015b610177366004610d8e565b5f9081526020819052604090206001015490565b610195620f424081565b60405163ffffffff909116815260200161013f565b6101bd6101b8366004610dc0565b6105b8565b005b6101bd6101cd366004610dc0565b6105e2565b6101bd6101e0366004610e00565b61061a565b61020c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161013f565b61015b60045481565b61026061023b366004610d8e565b5f908152600260205260409020805460019091015490916001600160a01b0390911690565b604080519283526001600160a01b0390911660208301520161013f565b61013361028b366004610dc0565b61086e565b61015b5f81565b6102aa6102a5366004610dc0565b610896565b6040805163ffffffff909316835290151560208301520161013f565b61015b6102d4366004610d8e565b5f908152600260208190526040909120015490565b6101bd6102f7366004610e69565b6108d3565b6101bd61030a366004610dc0565b610a04565b61036161031d366004610d8e565b5f90815260016020819052604090912080549101546001600160a01b038216926001600160401b03600160a01b90930483169282169160ff600160401b9091041690565b604080516001600160a01b039590951685526001600160401b03938416602086015291909216908301521515606082015260800161013f565b6101336103a8366004610d8e565b5f9081526001602081905260409091200154600160401b900460ff1690565b61015b7fb92c2a21703f3c072393dbfb80892d64c658be905cb04413ee31f582996f0bb281565b5f6001600160e01b03198216637965db0b60e01b148061041e57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f848152600160208190526040822090810154600160401b900460ff1661046657604051634899e04360e01b8152600481018790526024015b60405180910390fd5b8054600160a01b90046001600160401b0316421080610492575060018101546001600160401b03164210155b156104d8578054600182015460405163c834bc3960e01b815260048101899052600160a01b9092046001600160401b03908116602484015216604482015260640161045d565b846104f657604051632133d03360e21b815260040160405180910390fd5b61050233876001610a28565b60045f815461051090610e9f565b9182905550604080516060810182528881523360208083018281528385018b81525f8781526002938490528690209451855590516001850180546001600160a01b0319166001600160a01b0390921691909117905551920191909155905191935090839088907f89e16fc7f5b25a3b122f51746243e474dea13db3915b2bcb5eb4eccdfff5e8bf906105a7908a908a908a90610eeb565b60405180910390a450949350505050565b5f828152602081905260409020600101546105d281610b93565b6105dc8383610ba0565b50505050565b6001600160a01b038116331461060b5760405163334bd91960e11b815260040160405180910390fd5b6106158282610c2f565b505050565b7fb92c2a21703f3c072393dbfb80892d64c658be905cb04413ee31f582996f0bb261064481610b93565b855f036106645760405163fea707d960e01b815260040160405180910390fd5b5f8681526001602081905260409091200154600160401b900460ff16156106a15760405163fabb347d60e01b81526004810187905260240161045d565b60405163b882b0a560e01b8152600481018790527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b882b0a590602401602060405180830381865afa158015610704573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107289190610f0d565b156107495760405163fabb347d60e01b81526004810187905260240161045d565b816001600160401b0316836001600160401b03161061078e576040516314016ecf60e11b81526001600160401b0380851660048301528316602482015260440161045d565b60408051608081018252338082526001600160401b0380871660208085019182528783168587019081526001606087018181525f8f815293829052928890209651875494518616600160a01b026001600160e01b03199095166001600160a01b0391909116179390931786555194909101805491511515600160401b0268ffffffffffffffffff19909216949092169390931792909217909155905187907e33984d3b45be59198cb2a3a5f5cbf8daff421698c86b3a9280e2efc14984a09061085e908990899089908990610f2c565b60405180910390a3505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8281526003602090815260408083206001600160a01b038516845290915290205463ffffffff811690640100000000900460ff165b9250929050565b5f82815260026020526040902060018101546001600160a01b031661090e5760405163ef9d9bd760e01b81526004810184905260240161045d565b620f424063ffffffff8316111561094057604051638393ede760e01b815263ffffffff8316600482015260240161045d565b805461094e33826002610a28565b5f8481526003602090815260408083203380855281845282852080548451808601865263ffffffff8b81168083526001838a01908152998690529588529051975197811664ffffffffff198316176401000000009815158902178355855194855296810460ff16801515968501969096529590951692820183905290889086907f1b4e4b5caa534a4a8437e66d0a9aedc50d3a9ca39dedd56edfad3630ea24e75d9060600160405180910390a450505050505050565b5f82815260208190526040902060010154610a1e81610b93565b6105dc8383610c2f565b6040516335a76b6960e11b81526001600160a01b0384811660048301526024820184905260ff8316917f000000000000000000000000000000000000000000000000000000000000000090911690636b4ed6d290604401602060405180830381865afa158015610a9a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610abe9190610f60565b60ff16141580610b5a5750604051633b61c5a760e21b81526001600160a01b038481166004830152602482018490527f0000000000000000000000000000000000000000000000000000000000000000169063ed87169c90604401602060405180830381865afa158015610b34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b589190610f80565b155b1561061557604051633bf5633d60e01b81526001600160a01b03841660048201526024810183905260ff8216604482015260640161045d565b610b9d8133610c98565b50565b5f610bab838361086e565b610c28575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610be03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161041e565b505f61041e565b5f610c3a838361086e565b15610c28575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161041e565b610ca2828261086e565b610cd15760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161045d565b5050565b5f60208284031215610ce5575f5ffd5b81356001600160e01b031981168114610cfc575f5ffd5b9392505050565b5f5f83601f840112610d13575f5ffd5b5081356001600160401b03811115610d29575f5ffd5b6020830191508360208285010111156108cc575f5ffd5b5f5f5f5f60608587031215610d53575f5ffd5b843593506020850135925060408501356001600160401b03811115610d76575f5ffd5b610d8287828801610d03565b95989497509550505050565b5f60208284031215610d9e575f5ffd5b5035919050565b80356001600160a01b0381168114610dbb575f5ffd5b919050565b5f5f60408385031215610dd1575f5ffd5b82359150610de160208401610da5565b90509250929050565b80356001600160401b0381168114610dbb575f5ffd5b5f5f5f5f5f60808688031215610e14575f5ffd5b8535945060208601356001600160401b03811115610e30575f5ffd5b610e3c88828901610d03565b9095509350610e4f905060408701610dea565b9150610e5d60608701610dea565b90509295509295909350565b5f5f60408385031215610e7a575f5ffd5b82359150602083013563ffffffff81168114610e94575f5ffd5b809150509250929050565b5f60018201610ebc57634e487b7160e01b5f52601160045260245ffd5b5060010190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f610f04604083018486610ec3565b95945050505050565b5f60208284031215610f1d575f5ffd5b81518015158114610cfc575f5ffd5b606081525f610f3f606083018688610ec3565b6001600160401b039485166020840152929093166040909101529392505050565b5f60208284031215610f70575f5ffd5b815160ff81168114610cfc575f5ffd5b5f60208284031215610f90575f5ffd5b505191905056fea26469706673582212200588aa76c947b87ec42b9f89c90aa991ba51e8514731123347c4a3afeab7ed9264736f6c634300081c0033",
}

// TaskArenaABI is the input ABI used to generate the binding from.
// Deprecated: Use TaskArenaMetaData.ABI instead.
var TaskArenaABI = TaskArenaMetaData.ABI

// TaskArenaBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TaskArenaMetaData.Bin instead.
var TaskArenaBin = TaskArenaMetaData.Bin

// DeployTaskArena deploys a new Ethereum contract, binding an instance of TaskArena to it.
func DeployTaskArena(auth *bind.TransactOpts, backend bind.ContractBackend, staking_ common.Address, admin common.Address) (common.Address, *types.Transaction, *TaskArena, error) {
	parsed, err := TaskArenaMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TaskArenaBin), backend, staking_, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TaskArena{TaskArenaCaller: TaskArenaCaller{contract: contract}, TaskArenaTransactor: TaskArenaTransactor{contract: contract}, TaskArenaFilterer: TaskArenaFilterer{contract: contract}}, nil
}

// TaskArena is an auto generated Go binding around an Ethereum contract.
type TaskArena struct {
	TaskArenaCaller     // Read-only binding to the contract
	TaskArenaTransactor // Write-only binding to the contract
	TaskArenaFilterer   // Log filterer for contract events
}

// TaskArenaCaller is an auto generated read-only Go binding around an Ethereum contract.
type TaskArenaCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TaskArenaTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TaskArenaTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TaskArenaFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TaskArenaFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TaskArenaSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TaskArenaSession struct {
	Contract     *TaskArena        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TaskArenaCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TaskArenaCallerSession struct {
	Contract *TaskArenaCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// TaskArenaTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TaskArenaTransactorSession struct {
	Contract     *TaskArenaTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// TaskArenaRaw is an auto generated low-level Go binding around an Ethereum contract.
type TaskArenaRaw struct {
	Contract *TaskArena // Generic contract binding to access the raw methods on
}

// TaskArenaCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TaskArenaCallerRaw struct {
	Contract *TaskArenaCaller // Generic read-only contract binding to access the raw methods on
}

// TaskArenaTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TaskArenaTransactorRaw struct {
	Contract *TaskArenaTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTaskArena creates a new instance of TaskArena, bound to a specific deployed contract.
func NewTaskArena(address common.Address, backend bind.ContractBackend) (*TaskArena, error) {
	contract, err := bindTaskArena(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TaskArena{TaskArenaCaller: TaskArenaCaller{contract: contract}, TaskArenaTransactor: TaskArenaTransactor{contract: contract}, TaskArenaFilterer: TaskArenaFilterer{contract: contract}}, nil
}

// NewTaskArenaCaller creates a new read-only instance of TaskArena, bound to a specific deployed contract.
func NewTaskArenaCaller(address common.Address, caller bind.ContractCaller) (*TaskArenaCaller, error) {
	contract, err := bindTaskArena(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TaskArenaCaller{contract: contract}, nil
}

// NewTaskArenaTransactor creates a new write-only instance of TaskArena, bound to a specific deployed contract.
func NewTaskArenaTransactor(address common.Address, transactor bind.ContractTransactor) (*TaskArenaTransactor, error) {
	contract, err := bindTaskArena(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TaskArenaTransactor{contract: contract}, nil
}

// NewTaskArenaFilterer creates a new log filterer instance of TaskArena, bound to a specific deployed contract.
func NewTaskArenaFilterer(address common.Address, filterer bind.ContractFilterer) (*TaskArenaFilterer, error) {
	contract, err := bindTaskArena(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TaskArenaFilterer{contract: contract}, nil
}

// bindTaskArena binds a generic wrapper to an already deployed contract.
func bindTaskArena(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TaskArenaMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TaskArena *TaskArenaRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TaskArena.Contract.TaskArenaCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TaskArena *TaskArenaRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TaskArena.Contract.TaskArenaTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TaskArena *TaskArenaRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TaskArena.Contract.TaskArenaTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TaskArena *TaskArenaCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TaskArena.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TaskArena *TaskArenaTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TaskArena.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TaskArena *TaskArenaTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TaskArena.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_TaskArena *TaskArenaCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_TaskArena *TaskArenaSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _TaskArena.Contract.DEFAULTADMINROLE(&_TaskArena.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_TaskArena *TaskArenaCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _TaskArena.Contract.DEFAULTADMINROLE(&_TaskArena.CallOpts)
}

// MAXSCORE is a free data retrieval call binding the contract method 0x27ff6223.
//
// Solidity: function MAX_SCORE() view returns(uint32)
func (_TaskArena *TaskArenaCaller) MAXSCORE(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "MAX_SCORE")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXSCORE is a free data retrieval call binding the contract method 0x27ff6223.
//
// Solidity: function MAX_SCORE() view returns(uint32)
func (_TaskArena *TaskArenaSession) MAXSCORE() (uint32, error) {
	return _TaskArena.Contract.MAXSCORE(&_TaskArena.CallOpts)
}

// MAXSCORE is a free data retrieval call binding the contract method 0x27ff6223.
//
// Solidity: function MAX_SCORE() view returns(uint32)
func (_TaskArena *TaskArenaCallerSession) MAXSCORE() (uint32, error) {
	return _TaskArena.Contract.MAXSCORE(&_TaskArena.CallOpts)
}

// TASKADMINROLE is a free data retrieval call binding the contract method 0xdcb7501a.
//
// Solidity: function TASK_ADMIN_ROLE() view returns(bytes32)
func (_TaskArena *TaskArenaCaller) TASKADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "TASK_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TASKADMINROLE is a free data retrieval call binding the contract method 0xdcb7501a.
//
// Solidity: function TASK_ADMIN_ROLE() view returns(bytes32)
func (_TaskArena *TaskArenaSession) TASKADMINROLE() ([32]byte, error) {
	return _TaskArena.Contract.TASKADMINROLE(&_TaskArena.CallOpts)
}

// TASKADMINROLE is a free data retrieval call binding the contract method 0xdcb7501a.
//
// Solidity: function TASK_ADMIN_ROLE() view returns(bytes32)
func (_TaskArena *TaskArenaCallerSession) TASKADMINROLE() ([32]byte, error) {
	return _TaskArena.Contract.TASKADMINROLE(&_TaskArena.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_TaskArena *TaskArenaCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_TaskArena *TaskArenaSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _TaskArena.Contract.GetRoleAdmin(&_TaskArena.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_TaskArena *TaskArenaCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _TaskArena.Contract.GetRoleAdmin(&_TaskArena.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_TaskArena *TaskArenaCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_TaskArena *TaskArenaSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _TaskArena.Contract.HasRole(&_TaskArena.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_TaskArena *TaskArenaCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _TaskArena.Contract.HasRole(&_TaskArena.CallOpts, role, account)
}

// LastSubmissionId is a free data retrieval call binding the contract method 0x5f771fd3.
//
// Solidity: function lastSubmissionId() view returns(uint256)
func (_TaskArena *TaskArenaCaller) LastSubmissionId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "lastSubmissionId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastSubmissionId is a free data retrieval call binding the contract method 0x5f771fd3.
//
// Solidity: function lastSubmissionId() view returns(uint256)
func (_TaskArena *TaskArenaSession) LastSubmissionId() (*big.Int, error) {
	return _TaskArena.Contract.LastSubmissionId(&_TaskArena.CallOpts)
}

// LastSubmissionId is a free data retrieval call binding the contract method 0x5f771fd3.
//
// Solidity: function lastSubmissionId() view returns(uint256)
func (_TaskArena *TaskArenaCallerSession) LastSubmissionId() (*big.Int, error) {
	return _TaskArena.Contract.LastSubmissionId(&_TaskArena.CallOpts)
}

// ModelHashOf is a free data retrieval call binding the contract method 0xc3128e29.
//
// Solidity: function modelHashOf(uint256 submissionId) view returns(bytes32)
func (_TaskArena *TaskArenaCaller) ModelHashOf(opts *bind.CallOpts, submissionId *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "modelHashOf", submissionId)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ModelHashOf is a free data retrieval call binding the contract method 0xc3128e29.
//
// Solidity: function modelHashOf(uint256 submissionId) view returns(bytes32)
func (_TaskArena *TaskArenaSession) ModelHashOf(submissionId *big.Int) ([32]byte, error) {
	return _TaskArena.Contract.ModelHashOf(&_TaskArena.CallOpts, submissionId)
}

// ModelHashOf is a free data retrieval call binding the contract method 0xc3128e29.
//
// Solidity: function modelHashOf(uint256 submissionId) view returns(bytes32)
func (_TaskArena *TaskArenaCallerSession) ModelHashOf(submissionId *big.Int) ([32]byte, error) {
	return _TaskArena.Contract.ModelHashOf(&_TaskArena.CallOpts, submissionId)
}

// ScoreOf is a free data retrieval call binding the contract method 0xc27b382b.
//
// Solidity: function scoreOf(uint256 submissionId, address validator) view returns(uint32 score, bool exists)
func (_TaskArena *TaskArenaCaller) ScoreOf(opts *bind.CallOpts, submissionId *big.Int, validator common.Address) (struct {
	Score  uint32
	Exists bool
}, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "scoreOf", submissionId, validator)

	outstruct := new(struct {
		Score  uint32
		Exists bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Score = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Exists = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// ScoreOf is a free data retrieval call binding the contract method 0xc27b382b.
//
// Solidity: function scoreOf(uint256 submissionId, address validator) view returns(uint32 score, bool exists)
func (_TaskArena *TaskArenaSession) ScoreOf(submissionId *big.Int, validator common.Address) (struct {
	Score  uint32
	Exists bool
}, error) {
	return _TaskArena.Contract.ScoreOf(&_TaskArena.CallOpts, submissionId, validator)
}

// ScoreOf is a free data retrieval call binding the contract method 0xc27b382b.
//
// Solidity: function scoreOf(uint256 submissionId, address validator) view returns(uint32 score, bool exists)
func (_TaskArena *TaskArenaCallerSession) ScoreOf(submissionId *big.Int, validator common.Address) (struct {
	Score  uint32
	Exists bool
}, error) {
	return _TaskArena.Contract.ScoreOf(&_TaskArena.CallOpts, submissionId, validator)
}

// Staking is a free data retrieval call binding the contract method 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (_TaskArena *TaskArenaCaller) Staking(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "staking")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Staking is a free data retrieval call binding the contract method 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (_TaskArena *TaskArenaSession) Staking() (common.Address, error) {
	return _TaskArena.Contract.Staking(&_TaskArena.CallOpts)
}

// Staking is a free data retrieval call binding the contract method 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (_TaskArena *TaskArenaCallerSession) Staking() (common.Address, error) {
	return _TaskArena.Contract.Staking(&_TaskArena.CallOpts)
}

// SubmissionOf is a free data retrieval call binding the contract method 0x74505d71.
//
// Solidity: function submissionOf(uint256 submissionId) view returns(uint256 taskId, address node)
func (_TaskArena *TaskArenaCaller) SubmissionOf(opts *bind.CallOpts, submissionId *big.Int) (struct {
	TaskId *big.Int
	Node   common.Address
}, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "submissionOf", submissionId)

	outstruct := new(struct {
		TaskId *big.Int
		Node   common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.TaskId = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Node = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// SubmissionOf is a free data retrieval call binding the contract method 0x74505d71.
//
// Solidity: function submissionOf(uint256 submissionId) view returns(uint256 taskId, address node)
func (_TaskArena *TaskArenaSession) SubmissionOf(submissionId *big.Int) (struct {
	TaskId *big.Int
	Node   common.Address
}, error) {
	return _TaskArena.Contract.SubmissionOf(&_TaskArena.CallOpts, submissionId)
}

// SubmissionOf is a free data retrieval call binding the contract method 0x74505d71.
//
// Solidity: function submissionOf(uint256 submissionId) view returns(uint256 taskId, address node)
func (_TaskArena *TaskArenaCallerSession) SubmissionOf(submissionId *big.Int) (struct {
	TaskId *big.Int
	Node   common.Address
}, error) {
	return _TaskArena.Contract.SubmissionOf(&_TaskArena.CallOpts, submissionId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_TaskArena *TaskArenaCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_TaskArena *TaskArenaSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _TaskArena.Contract.SupportsInterface(&_TaskArena.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_TaskArena *TaskArenaCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _TaskArena.Contract.SupportsInterface(&_TaskArena.CallOpts, interfaceId)
}

// TaskExists is a free data retrieval call binding the contract method 0xd90583df.
//
// Solidity: function taskExists(uint256 taskId) view returns(bool)
func (_TaskArena *TaskArenaCaller) TaskExists(opts *bind.CallOpts, taskId *big.Int) (bool, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "taskExists", taskId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// TaskExists is a free data retrieval call binding the contract method 0xd90583df.
//
// Solidity: function taskExists(uint256 taskId) view returns(bool)
func (_TaskArena *TaskArenaSession) TaskExists(taskId *big.Int) (bool, error) {
	return _TaskArena.Contract.TaskExists(&_TaskArena.CallOpts, taskId)
}

// TaskExists is a free data retrieval call binding the contract method 0xd90583df.
//
// Solidity: function taskExists(uint256 taskId) view returns(bool)
func (_TaskArena *TaskArenaCallerSession) TaskExists(taskId *big.Int) (bool, error) {
	return _TaskArena.Contract.TaskExists(&_TaskArena.CallOpts, taskId)
}

// TaskOf is a free data retrieval call binding the contract method 0xd5b36e24.
//
// Solidity: function taskOf(uint256 taskId) view returns(address creator, uint64 start, uint64 end, bool exists)
func (_TaskArena *TaskArenaCaller) TaskOf(opts *bind.CallOpts, taskId *big.Int) (struct {
	Creator common.Address
	Start   uint64
	End     uint64
	Exists  bool
}, error) {
	var out []interface{}
	err := _TaskArena.contract.Call(opts, &out, "taskOf", taskId)

	outstruct := new(struct {
		Creator common.Address
		Start   uint64
		End     uint64
		Exists  bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Creator = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Start = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.End = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Exists = *abi.ConvertType(out[3], new(bool)).(*bool)

	return *outstruct, err

}

// TaskOf is a free data retrieval call binding the contract method 0xd5b36e24.
//
// Solidity: function taskOf(uint256 taskId) view returns(address creator, uint64 start, uint64 end, bool exists)
func (_TaskArena *TaskArenaSession) TaskOf(taskId *big.Int) (struct {
	Creator common.Address
	Start   uint64
	End     uint64
	Exists  bool
}, error) {
	return _TaskArena.Contract.TaskOf(&_TaskArena.CallOpts, taskId)
}

// TaskOf is a free data retrieval call binding the contract method 0xd5b36e24.
//
// Solidity: function taskOf(uint256 taskId) view returns(address creator, uint64 start, uint64 end, bool exists)
func (_TaskArena *TaskArenaCallerSession) TaskOf(taskId *big.Int) (struct {
	Creator common.Address
	Start   uint64
	End     uint64
	Exists  bool
}, error) {
	return _TaskArena.Contract.TaskOf(&_TaskArena.CallOpts, taskId)
}

// CreateTask is a paid mutator transaction binding the contract method 0x39fcbe54.
//
// Solidity: function createTask(uint256 taskId, string metadataURI, uint64 start, uint64 end) returns()
func (_TaskArena *TaskArenaTransactor) CreateTask(opts *bind.TransactOpts, taskId *big.Int, metadataURI string, start uint64, end uint64) (*types.Transaction, error) {
	return _TaskArena.contract.Transact(opts, "createTask", taskId, metadataURI, start, end)
}

// CreateTask is a paid mutator transaction binding the contract method 0x39fcbe54.
//
// Solidity: function createTask(uint256 taskId, string metadataURI, uint64 start, uint64 end) returns()
func (_TaskArena *TaskArenaSession) CreateTask(taskId *big.Int, metadataURI string, start uint64, end uint64) (*types.Transaction, error) {
	return _TaskArena.Contract.CreateTask(&_TaskArena.TransactOpts, taskId, metadataURI, start, end)
}

// CreateTask is a paid mutator transaction binding the contract method 0x39fcbe54.
//
// Solidity: function createTask(uint256 taskId, string metadataURI, uint64 start, uint64 end) returns()
func (_TaskArena *TaskArenaTransactorSession) CreateTask(taskId *big.Int, metadataURI string, start uint64, end uint64) (*types.Transaction, error) {
	return _TaskArena.Contract.CreateTask(&_TaskArena.TransactOpts, taskId, metadataURI, start, end)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_TaskArena *TaskArenaTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TaskArena.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_TaskArena *TaskArenaSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TaskArena.Contract.GrantRole(&_TaskArena.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_TaskArena *TaskArenaTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TaskArena.Contract.GrantRole(&_TaskArena.TransactOpts, role, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_TaskArena *TaskArenaTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _TaskArena.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_TaskArena *TaskArenaSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _TaskArena.Contract.RenounceRole(&_TaskArena.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_TaskArena *TaskArenaTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _TaskArena.Contract.RenounceRole(&_TaskArena.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_TaskArena *TaskArenaTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TaskArena.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_TaskArena *TaskArenaSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TaskArena.Contract.RevokeRole(&_TaskArena.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_TaskArena *TaskArenaTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TaskArena.Contract.RevokeRole(&_TaskArena.TransactOpts, role, account)
}

// SubmitModel is a paid mutator transaction binding the contract method 0x057c2b06.
//
// Solidity: function submitModel(uint256 taskId, bytes32 modelHash, string uri) returns(uint256 submissionId)
func (_TaskArena *TaskArenaTransactor) SubmitModel(opts *bind.TransactOpts, taskId *big.Int, modelHash [32]byte, uri string) (*types.Transaction, error) {
	return _TaskArena.contract.Transact(opts, "submitModel", taskId, modelHash, uri)
}

// SubmitModel is a paid mutator transaction binding the contract method 0x057c2b06.
//
// Solidity: function submitModel(uint256 taskId, bytes32 modelHash, string uri) returns(uint256 submissionId)
func (_TaskArena *TaskArenaSession) SubmitModel(taskId *big.Int, modelHash [32]byte, uri string) (*types.Transaction, error) {
	return _TaskArena.Contract.SubmitModel(&_TaskArena.TransactOpts, taskId, modelHash, uri)
}

// SubmitModel is a paid mutator transaction binding the contract method 0x057c2b06.
//
// Solidity: function submitModel(uint256 taskId, bytes32 modelHash, string uri) returns(uint256 submissionId)
func (_TaskArena *TaskArenaTransactorSession) SubmitModel(taskId *big.Int, modelHash [32]byte, uri string) (*types.Transaction, error) {
	return _TaskArena.Contract.SubmitModel(&_TaskArena.TransactOpts, taskId, modelHash, uri)
}

// SubmitScore is a paid mutator transaction binding the contract method 0xce8a4075.
//
// Solidity: function submitScore(uint256 submissionId, uint32 score) returns()
func (_TaskArena *TaskArenaTransactor) SubmitScore(opts *bind.TransactOpts, submissionId *big.Int, score uint32) (*types.Transaction, error) {
	return _TaskArena.contract.Transact(opts, "submitScore", submissionId, score)
}

// SubmitScore is a paid mutator transaction binding the contract method 0xce8a4075.
//
// Solidity: function submitScore(uint256 submissionId, uint32 score) returns()
func (_TaskArena *TaskArenaSession) SubmitScore(submissionId *big.Int, score uint32) (*types.Transaction, error) {
	return _TaskArena.Contract.SubmitScore(&_TaskArena.TransactOpts, submissionId, score)
}

// SubmitScore is a paid mutator transaction binding the contract method 0xce8a4075.
//
// Solidity: function submitScore(uint256 submissionId, uint32 score) returns()
func (_TaskArena *TaskArenaTransactorSession) SubmitScore(submissionId *big.Int, score uint32) (*types.Transaction, error) {
	return _TaskArena.Contract.SubmitScore(&_TaskArena.TransactOpts, submissionId, score)
}

// TaskArenaModelSubmittedIterator is returned from FilterModelSubmitted and is used to iterate over the raw logs and unpacked data for ModelSubmitted events raised by the TaskArena contract.
type TaskArenaModelSubmittedIterator struct {
	Event *TaskArenaModelSubmitted // Event containing the contract specifics and raw log

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
func (it *TaskArenaModelSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskArenaModelSubmitted)
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
		it.Event = new(TaskArenaModelSubmitted)
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
func (it *TaskArenaModelSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskArenaModelSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskArenaModelSubmitted represents a ModelSubmitted event raised by the TaskArena contract.
type TaskArenaModelSubmitted struct {
	TaskId       *big.Int
	SubmissionId *big.Int
	Node         common.Address
	ModelHash    [32]byte
	Uri          string
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterModelSubmitted is a free log retrieval operation binding the contract event 0x89e16fc7f5b25a3b122f51746243e474dea13db3915b2bcb5eb4eccdfff5e8bf.
//
// Solidity: event ModelSubmitted(uint256 indexed taskId, uint256 indexed submissionId, address indexed node, bytes32 modelHash, string uri)
func (_TaskArena *TaskArenaFilterer) FilterModelSubmitted(opts *bind.FilterOpts, taskId []*big.Int, submissionId []*big.Int, node []common.Address) (*TaskArenaModelSubmittedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var submissionIdRule []interface{}
	for _, submissionIdItem := range submissionId {
		submissionIdRule = append(submissionIdRule, submissionIdItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _TaskArena.contract.FilterLogs(opts, "ModelSubmitted", taskIdRule, submissionIdRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return &TaskArenaModelSubmittedIterator{contract: _TaskArena.contract, event: "ModelSubmitted", logs: logs, sub: sub}, nil
}

// WatchModelSubmitted is a free log subscription operation binding the contract event 0x89e16fc7f5b25a3b122f51746243e474dea13db3915b2bcb5eb4eccdfff5e8bf.
//
// Solidity: event ModelSubmitted(uint256 indexed taskId, uint256 indexed submissionId, address indexed node, bytes32 modelHash, string uri)
func (_TaskArena *TaskArenaFilterer) WatchModelSubmitted(opts *bind.WatchOpts, sink chan<- *TaskArenaModelSubmitted, taskId []*big.Int, submissionId []*big.Int, node []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var submissionIdRule []interface{}
	for _, submissionIdItem := range submissionId {
		submissionIdRule = append(submissionIdRule, submissionIdItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _TaskArena.contract.WatchLogs(opts, "ModelSubmitted", taskIdRule, submissionIdRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskArenaModelSubmitted)
				if err := _TaskArena.contract.UnpackLog(event, "ModelSubmitted", log); err != nil {
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

// ParseModelSubmitted is a log parse operation binding the contract event 0x89e16fc7f5b25a3b122f51746243e474dea13db3915b2bcb5eb4eccdfff5e8bf.
//
// Solidity: event ModelSubmitted(uint256 indexed taskId, uint256 indexed submissionId, address indexed node, bytes32 modelHash, string uri)
func (_TaskArena *TaskArenaFilterer) ParseModelSubmitted(log types.Log) (*TaskArenaModelSubmitted, error) {
	event := new(TaskArenaModelSubmitted)
	if err := _TaskArena.contract.UnpackLog(event, "ModelSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskArenaRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the TaskArena contract.
type TaskArenaRoleAdminChangedIterator struct {
	Event *TaskArenaRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *TaskArenaRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskArenaRoleAdminChanged)
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
		it.Event = new(TaskArenaRoleAdminChanged)
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
func (it *TaskArenaRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskArenaRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskArenaRoleAdminChanged represents a RoleAdminChanged event raised by the TaskArena contract.
type TaskArenaRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_TaskArena *TaskArenaFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*TaskArenaRoleAdminChangedIterator, error) {

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

	logs, sub, err := _TaskArena.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &TaskArenaRoleAdminChangedIterator{contract: _TaskArena.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_TaskArena *TaskArenaFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *TaskArenaRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _TaskArena.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskArenaRoleAdminChanged)
				if err := _TaskArena.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_TaskArena *TaskArenaFilterer) ParseRoleAdminChanged(log types.Log) (*TaskArenaRoleAdminChanged, error) {
	event := new(TaskArenaRoleAdminChanged)
	if err := _TaskArena.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskArenaRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the TaskArena contract.
type TaskArenaRoleGrantedIterator struct {
	Event *TaskArenaRoleGranted // Event containing the contract specifics and raw log

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
func (it *TaskArenaRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskArenaRoleGranted)
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
		it.Event = new(TaskArenaRoleGranted)
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
func (it *TaskArenaRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskArenaRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskArenaRoleGranted represents a RoleGranted event raised by the TaskArena contract.
type TaskArenaRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_TaskArena *TaskArenaFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*TaskArenaRoleGrantedIterator, error) {

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

	logs, sub, err := _TaskArena.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &TaskArenaRoleGrantedIterator{contract: _TaskArena.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_TaskArena *TaskArenaFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *TaskArenaRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _TaskArena.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskArenaRoleGranted)
				if err := _TaskArena.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_TaskArena *TaskArenaFilterer) ParseRoleGranted(log types.Log) (*TaskArenaRoleGranted, error) {
	event := new(TaskArenaRoleGranted)
	if err := _TaskArena.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskArenaRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the TaskArena contract.
type TaskArenaRoleRevokedIterator struct {
	Event *TaskArenaRoleRevoked // Event containing the contract specifics and raw log

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
func (it *TaskArenaRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskArenaRoleRevoked)
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
		it.Event = new(TaskArenaRoleRevoked)
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
func (it *TaskArenaRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskArenaRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskArenaRoleRevoked represents a RoleRevoked event raised by the TaskArena contract.
type TaskArenaRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_TaskArena *TaskArenaFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*TaskArenaRoleRevokedIterator, error) {

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

	logs, sub, err := _TaskArena.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &TaskArenaRoleRevokedIterator{contract: _TaskArena.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_TaskArena *TaskArenaFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *TaskArenaRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _TaskArena.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskArenaRoleRevoked)
				if err := _TaskArena.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_TaskArena *TaskArenaFilterer) ParseRoleRevoked(log types.Log) (*TaskArenaRoleRevoked, error) {
	event := new(TaskArenaRoleRevoked)
	if err := _TaskArena.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskArenaScoreSubmittedIterator is returned from FilterScoreSubmitted and is used to iterate over the raw logs and unpacked data for ScoreSubmitted events raised by the TaskArena contract.
type TaskArenaScoreSubmittedIterator struct {
	Event *TaskArenaScoreSubmitted // Event containing the contract specifics and raw log

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
func (it *TaskArenaScoreSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskArenaScoreSubmitted)
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
		it.Event = new(TaskArenaScoreSubmitted)
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
func (it *TaskArenaScoreSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskArenaScoreSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskArenaScoreSubmitted represents a ScoreSubmitted event raised by the TaskArena contract.
type TaskArenaScoreSubmitted struct {
	TaskId        *big.Int
	SubmissionId  *big.Int
	Validator     common.Address
	Score         uint32
	Replaced      bool
	PreviousScore uint32
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterScoreSubmitted is a free log retrieval operation binding the contract event 0x1b4e4b5caa534a4a8437e66d0a9aedc50d3a9ca39dedd56edfad3630ea24e75d.
//
// Solidity: event ScoreSubmitted(uint256 indexed taskId, uint256 indexed submissionId, address indexed validator, uint32 score, bool replaced, uint32 previousScore)
func (_TaskArena *TaskArenaFilterer) FilterScoreSubmitted(opts *bind.FilterOpts, taskId []*big.Int, submissionId []*big.Int, validator []common.Address) (*TaskArenaScoreSubmittedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var submissionIdRule []interface{}
	for _, submissionIdItem := range submissionId {
		submissionIdRule = append(submissionIdRule, submissionIdItem)
	}
	var validatorRule []interface{}
	for _, validatorItem := range validator {
		validatorRule = append(validatorRule, validatorItem)
	}

	logs, sub, err := _TaskArena.contract.FilterLogs(opts, "ScoreSubmitted", taskIdRule, submissionIdRule, validatorRule)
	if err != nil {
		return nil, err
	}
	return &TaskArenaScoreSubmittedIterator{contract: _TaskArena.contract, event: "ScoreSubmitted", logs: logs, sub: sub}, nil
}

// WatchScoreSubmitted is a free log subscription operation binding the contract event 0x1b4e4b5caa534a4a8437e66d0a9aedc50d3a9ca39dedd56edfad3630ea24e75d.
//
// Solidity: event ScoreSubmitted(uint256 indexed taskId, uint256 indexed submissionId, address indexed validator, uint32 score, bool replaced, uint32 previousScore)
func (_TaskArena *TaskArenaFilterer) WatchScoreSubmitted(opts *bind.WatchOpts, sink chan<- *TaskArenaScoreSubmitted, taskId []*big.Int, submissionId []*big.Int, validator []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var submissionIdRule []interface{}
	for _, submissionIdItem := range submissionId {
		submissionIdRule = append(submissionIdRule, submissionIdItem)
	}
	var validatorRule []interface{}
	for _, validatorItem := range validator {
		validatorRule = append(validatorRule, validatorItem)
	}

	logs, sub, err := _TaskArena.contract.WatchLogs(opts, "ScoreSubmitted", taskIdRule, submissionIdRule, validatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskArenaScoreSubmitted)
				if err := _TaskArena.contract.UnpackLog(event, "ScoreSubmitted", log); err != nil {
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

// ParseScoreSubmitted is a log parse operation binding the contract event 0x1b4e4b5caa534a4a8437e66d0a9aedc50d3a9ca39dedd56edfad3630ea24e75d.
//
// Solidity: event ScoreSubmitted(uint256 indexed taskId, uint256 indexed submissionId, address indexed validator, uint32 score, bool replaced, uint32 previousScore)
func (_TaskArena *TaskArenaFilterer) ParseScoreSubmitted(log types.Log) (*TaskArenaScoreSubmitted, error) {
	event := new(TaskArenaScoreSubmitted)
	if err := _TaskArena.contract.UnpackLog(event, "ScoreSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TaskArenaTaskCreatedIterator is returned from FilterTaskCreated and is used to iterate over the raw logs and unpacked data for TaskCreated events raised by the TaskArena contract.
type TaskArenaTaskCreatedIterator struct {
	Event *TaskArenaTaskCreated // Event containing the contract specifics and raw log

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
func (it *TaskArenaTaskCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TaskArenaTaskCreated)
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
		it.Event = new(TaskArenaTaskCreated)
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
func (it *TaskArenaTaskCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TaskArenaTaskCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TaskArenaTaskCreated represents a TaskCreated event raised by the TaskArena contract.
type TaskArenaTaskCreated struct {
	TaskId      *big.Int
	Creator     common.Address
	MetadataURI string
	Start       uint64
	End         uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTaskCreated is a free log retrieval operation binding the contract event 0x0033984d3b45be59198cb2a3a5f5cbf8daff421698c86b3a9280e2efc14984a0.
//
// Solidity: event TaskCreated(uint256 indexed taskId, address indexed creator, string metadataURI, uint64 start, uint64 end)
func (_TaskArena *TaskArenaFilterer) FilterTaskCreated(opts *bind.FilterOpts, taskId []*big.Int, creator []common.Address) (*TaskArenaTaskCreatedIterator, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var creatorRule []interface{}
	for _, creatorItem := range creator {
		creatorRule = append(creatorRule, creatorItem)
	}

	logs, sub, err := _TaskArena.contract.FilterLogs(opts, "TaskCreated", taskIdRule, creatorRule)
	if err != nil {
		return nil, err
	}
	return &TaskArenaTaskCreatedIterator{contract: _TaskArena.contract, event: "TaskCreated", logs: logs, sub: sub}, nil
}

// WatchTaskCreated is a free log subscription operation binding the contract event 0x0033984d3b45be59198cb2a3a5f5cbf8daff421698c86b3a9280e2efc14984a0.
//
// Solidity: event TaskCreated(uint256 indexed taskId, address indexed creator, string metadataURI, uint64 start, uint64 end)
func (_TaskArena *TaskArenaFilterer) WatchTaskCreated(opts *bind.WatchOpts, sink chan<- *TaskArenaTaskCreated, taskId []*big.Int, creator []common.Address) (event.Subscription, error) {

	var taskIdRule []interface{}
	for _, taskIdItem := range taskId {
		taskIdRule = append(taskIdRule, taskIdItem)
	}
	var creatorRule []interface{}
	for _, creatorItem := range creator {
		creatorRule = append(creatorRule, creatorItem)
	}

	logs, sub, err := _TaskArena.contract.WatchLogs(opts, "TaskCreated", taskIdRule, creatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TaskArenaTaskCreated)
				if err := _TaskArena.contract.UnpackLog(event, "TaskCreated", log); err != nil {
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

// ParseTaskCreated is a log parse operation binding the contract event 0x0033984d3b45be59198cb2a3a5f5cbf8daff421698c86b3a9280e2efc14984a0.
//
// Solidity: event TaskCreated(uint256 indexed taskId, address indexed creator, string metadataURI, uint64 start, uint64 end)
func (_TaskArena *TaskArenaFilterer) ParseTaskCreated(log types.Log) (*TaskArenaTaskCreated, error) {
	event := new(TaskArenaTaskCreated)
	if err := _TaskArena.contract.UnpackLog(event, "TaskCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
