package deploy

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/covey-labs/covey/config"
)

// Broadcast is the record `forge script script/Deploy.s.sol --broadcast` leaves in
// broadcast/Deploy.s.sol/<chain id>/run-latest.json: every transaction the script sent and its receipt.
// It is where a deployment's addresses and start blocks come from, so nobody copies them by hand.
type Broadcast struct {
	Chain        int64              `json:"chain"`
	Commit       string             `json:"commit"`
	Transactions []BroadcastTx      `json:"transactions"`
	Receipts     []BroadcastReceipt `json:"receipts"`
	Pending      []json.RawMessage  `json:"pending"`
}

// BroadcastTx is one transaction of a broadcast as forge describes it.
type BroadcastTx struct {
	Hash common.Hash `json:"hash"`
	// TransactionType is CREATE, CREATE2 or CALL.
	TransactionType string `json:"transactionType"`
	ContractName    string `json:"contractName"`
	// ContractAddress is the created contract (CREATE) or the one called (CALL).
	ContractAddress *common.Address `json:"contractAddress"`
	// Function is the called signature (CALL), e.g. "grantRole(bytes32,address)".
	Function string `json:"function"`
	// Arguments are the constructor's or function's arguments as forge prints them.
	Arguments   []string `json:"arguments"`
	Transaction struct {
		From common.Address `json:"from"`
	} `json:"transaction"`
}

// BroadcastReceipt is the part of a receipt a deployment is read from.
type BroadcastReceipt struct {
	TransactionHash common.Hash    `json:"transactionHash"`
	Status          hexutil.Uint64 `json:"status"`
	BlockNumber     hexutil.Uint64 `json:"blockNumber"`
	BlockHash       common.Hash    `json:"blockHash"`
}

// BroadcastPath is where forge writes the record of the deploy script's latest run on chain id under
// broadcastDir (contracts/broadcast unless FOUNDRY_BROADCAST says otherwise).
func BroadcastPath(broadcastDir string, chainID int64) string {
	return filepath.Join(broadcastDir, filepath.Base(Script), fmt.Sprint(chainID), "run-latest.json")
}

// ReadBroadcast loads a forge broadcast file.
func ReadBroadcast(path string) (Broadcast, error) {
	var b Broadcast
	data, err := os.ReadFile(path)
	if err != nil {
		return b, fmt.Errorf("reading broadcast: %w", err)
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return b, fmt.Errorf("parsing broadcast %s: %w", path, err)
	}
	return b, nil
}

// Protocol are the contracts the deploy script creates (FlockToken only as a stand-in).
var Protocol = []string{config.Staking, config.TaskArena, config.RewardsDistributor, config.Marketplace, config.FLAlliance}

// Deployments reads what a complete run of Deploy.s.sol deployed: the contracts with the blocks that
// created them (an existing FLOCK token starts at the deployment's first block: covey reads nothing
// older), the deployer, the admin every contract was handed to, the treasury, root proposer and guardian.
// A run with a transaction unsent, unmined or reverted is refused: resume it first.
func (b Broadcast) Deployments() (config.Deployments, error) {
	if b.Chain <= 0 {
		return config.Deployments{}, errors.New("broadcast: no chain id")
	}
	if len(b.Pending) > 0 {
		return config.Deployments{}, fmt.Errorf("broadcast: %d transactions still pending: finish the run with forge script … --resume", len(b.Pending))
	}
	receipts := make(map[common.Hash]BroadcastReceipt, len(b.Receipts))
	for _, r := range b.Receipts {
		receipts[r.TransactionHash] = r
	}
	d := config.Deployments{ChainID: b.Chain, Contracts: map[string]config.Contract{}}
	admins := map[common.Address]int{}
	var staking *BroadcastTx
	for i := range b.Transactions {
		tx := &b.Transactions[i]
		r, ok := receipts[tx.Hash]
		if !ok {
			return config.Deployments{}, fmt.Errorf("broadcast: transaction %d (%s %s) has no receipt: finish the run with forge script … --resume", i, tx.TransactionType, tx.ContractName)
		}
		if r.Status != 1 {
			return config.Deployments{}, fmt.Errorf("broadcast: transaction %d (%s %s %s) reverted in block %d", i, tx.TransactionType, tx.ContractName, tx.Function, r.BlockNumber)
		}
		if i == 0 || uint64(r.BlockNumber) < d.DeployBlock {
			d.DeployBlock = uint64(r.BlockNumber)
		}
		if i == 0 {
			d.Deployer = tx.Transaction.From
		} else if tx.Transaction.From != d.Deployer {
			return config.Deployments{}, fmt.Errorf("broadcast: transactions from %s and %s: not one run of Deploy.s.sol", d.Deployer, tx.Transaction.From)
		}
		switch {
		case tx.TransactionType == "CREATE" || tx.TransactionType == "CREATE2":
			if !known(tx.ContractName) || tx.ContractAddress == nil {
				return config.Deployments{}, fmt.Errorf("broadcast: transaction %d creates %q, not a protocol contract: not a run of Deploy.s.sol", i, tx.ContractName)
			}
			if _, dup := d.Contracts[tx.ContractName]; dup {
				return config.Deployments{}, fmt.Errorf("broadcast: %s is created twice", tx.ContractName)
			}
			d.Contracts[tx.ContractName] = config.Contract{Address: *tx.ContractAddress, StartBlock: uint64(r.BlockNumber)}
			if tx.ContractName == config.Staking {
				staking = tx
			}
		case tx.Function == "grantRole(bytes32,address)":
			role, account, err := roleArgs(tx.Arguments)
			if err != nil {
				return config.Deployments{}, fmt.Errorf("broadcast: transaction %d: %w", i, err)
			}
			switch {
			case role == RoleAdmin:
				admins[account]++
			case tx.ContractName == config.RewardsDistributor && role == RoleRootProposer:
				d.RootProposer = account
			case tx.ContractName == config.RewardsDistributor && role == RoleGuardian:
				d.Guardian = account
			}
		}
	}
	for _, name := range Protocol {
		if _, ok := d.Contracts[name]; !ok {
			return config.Deployments{}, fmt.Errorf("broadcast: no %s created: not a complete run of Deploy.s.sol", name)
		}
	}
	// Staking(token, admin, slashRecipient): the token (when it existed before) and the treasury.
	if len(staking.Arguments) != 3 {
		return config.Deployments{}, fmt.Errorf("broadcast: Staking created with %d arguments, want 3", len(staking.Arguments))
	}
	token, err := argAddress(staking.Arguments[0])
	if err != nil {
		return config.Deployments{}, fmt.Errorf("broadcast: Staking's token: %w", err)
	}
	if tk, ok := d.Contracts[config.FlockToken]; ok && tk.Address != token {
		return config.Deployments{}, fmt.Errorf("broadcast: Staking uses token %s, the stand-in FlockToken is %s", token, tk.Address)
	}
	if _, ok := d.Contracts[config.FlockToken]; !ok {
		d.Contracts[config.FlockToken] = config.Contract{Address: token, StartBlock: d.DeployBlock}
	}
	if d.Treasury, err = argAddress(staking.Arguments[2]); err != nil {
		return config.Deployments{}, fmt.Errorf("broadcast: Staking's slash recipient: %w", err)
	}
	for a, n := range admins {
		if n == len(Protocol) {
			d.Admin = a
		}
	}
	if d.Admin == (common.Address{}) || d.RootProposer == (common.Address{}) || d.Guardian == (common.Address{}) {
		return config.Deployments{}, errors.New("broadcast: no admin granted on every contract, or no root proposer or guardian: not a complete run of Deploy.s.sol")
	}
	return d, nil
}

// known says whether name is a contract Deploy.s.sol creates.
func known(name string) bool {
	return name == config.FlockToken || slices.Contains(Protocol, name)
}

func roleArgs(args []string) (common.Hash, common.Address, error) {
	if len(args) != 2 {
		return common.Hash{}, common.Address{}, fmt.Errorf("grantRole with %d arguments", len(args))
	}
	b, err := hexutil.Decode(args[0])
	if err != nil || len(b) != 32 {
		return common.Hash{}, common.Address{}, fmt.Errorf("grantRole role %q is not 32 bytes", args[0])
	}
	a, err := argAddress(args[1])
	return common.BytesToHash(b), a, err
}

func argAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
		return common.Address{}, fmt.Errorf("%q is not an address", s)
	}
	return common.HexToAddress(s), nil
}
