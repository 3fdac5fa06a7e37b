package deploy

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/covey-labs/covey/config"
)

var (
	deployer = common.HexToAddress("0x00000000000000000000000000000000000000d0")
	token    = common.HexToAddress("0x5aB3D4c385B400F3aBB49e80DE2fAF6a88A7B691")
	treasury = common.HexToAddress("0x00000000000000000000000000000000000007e5")
	multisig = common.HexToAddress("0x000000000000000000000000000000000000ad01")
	proposer = common.HexToAddress("0x0000000000000000000000000000000000009807")
	guardian = common.HexToAddress("0x0000000000000000000000000000000000006a7d")
)

// broadcast builds the record of a run of Deploy.s.sol against an existing token, one block per
// transaction from block 100, as forge writes it.
func broadcast() Broadcast {
	b := Broadcast{Chain: 84532}
	add := func(typ, name string, at common.Address, fn string, args ...string) {
		i := len(b.Transactions)
		tx := BroadcastTx{Hash: common.BigToHash(big.NewInt(int64(1000 + i))), TransactionType: typ,
			ContractName: name, ContractAddress: &at, Function: fn, Arguments: args}
		tx.Transaction.From = deployer
		b.Transactions = append(b.Transactions, tx)
		b.Receipts = append(b.Receipts, BroadcastReceipt{TransactionHash: tx.Hash, Status: 1, BlockNumber: hexutil.Uint64(100 + i)})
	}
	addr := map[string]common.Address{}
	for i, name := range Protocol {
		addr[name] = common.BigToAddress(big.NewInt(int64(0xc0 + i)))
	}
	add("CREATE", config.Staking, addr[config.Staking], "", token.Hex(), deployer.Hex(), treasury.Hex())
	for _, name := range Protocol[1:] {
		add("CREATE", name, addr[name], "")
	}
	add("CALL", config.RewardsDistributor, addr[config.RewardsDistributor], "grantRole(bytes32,address)", RoleRootProposer.Hex(), proposer.Hex())
	add("CALL", config.RewardsDistributor, addr[config.RewardsDistributor], "grantRole(bytes32,address)", RoleGuardian.Hex(), guardian.Hex())
	add("CALL", config.RewardsDistributor, addr[config.RewardsDistributor], "setTimelock(uint64)", "86400")
	for _, name := range Protocol {
		add("CALL", name, addr[name], "grantRole(bytes32,address)", RoleAdmin.Hex(), multisig.Hex())
		add("CALL", name, addr[name], "renounceRole(bytes32,address)", RoleAdmin.Hex(), deployer.Hex())
	}
	// forge lists receipts in the order they came back, not the transactions' order.
	b.Receipts[0], b.Receipts[len(b.Receipts)-1] = b.Receipts[len(b.Receipts)-1], b.Receipts[0]
	return b
}

func TestBroadcastGivesTheDeployment(t *testing.T) {
	// Through JSON, as read from the file.
	raw, err := json.Marshal(broadcast())
	if err != nil {
		t.Fatal(err)
	}
	var b Broadcast
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	d, err := b.Deployments()
	if err != nil {
		t.Fatal(err)
	}
	if d.ChainID != 84532 || d.DeployBlock != 100 || d.Deployer != deployer || d.Admin != multisig ||
		d.Treasury != treasury || d.RootProposer != proposer || d.Guardian != guardian {
		t.Errorf("deployment %+v", d)
	}
	// The existing token starts with the deployment (covey reads nothing older); each contract at its creation.
	if got := d.Contracts[config.FlockToken]; got.Address != token || got.StartBlock != 100 {
		t.Errorf("FlockToken %+v", got)
	}
	for i, name := range Protocol {
		if got := d.Contracts[name].StartBlock; got != uint64(100+i) {
			t.Errorf("%s starts at %d, want %d", name, got, 100+i)
		}
	}
}

func TestBroadcastOfAnIncompleteRunIsRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Broadcast)
		want string
	}{
		{"pending", func(b *Broadcast) { b.Pending = []json.RawMessage{[]byte(`{}`)} }, "still pending"},
		{"no receipt", func(b *Broadcast) { b.Receipts = b.Receipts[1:] }, "has no receipt"},
		{"reverted", func(b *Broadcast) { b.Receipts[3].Status = 0 }, "reverted in block"},
		{"no FLAlliance", func(b *Broadcast) {
			for i := range b.Transactions {
				if b.Transactions[i].ContractName == config.FLAlliance && b.Transactions[i].TransactionType == "CREATE" {
					b.Transactions[i].ContractName = "Other"
				}
			}
		}, `creates "Other"`},
		{"two senders", func(b *Broadcast) { b.Transactions[2].Transaction.From = multisig }, "not one run"},
		{"no admin everywhere", func(b *Broadcast) { b.Transactions[len(b.Transactions)-2].Arguments[1] = guardian.Hex() }, "no admin granted on every contract"},
		{"bad role", func(b *Broadcast) { b.Transactions[6].Arguments[0] = "0x12" }, "not 32 bytes"},
		{"no chain", func(b *Broadcast) { b.Chain = 0 }, "no chain id"},
	} {
		b := broadcast()
		tc.edit(&b)
		_, err := b.Deployments()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error saying %q", tc.name, err, tc.want)
		}
	}
}

func TestBroadcastPath(t *testing.T) {
	if got, want := BroadcastPath("broadcast", 84532), "broadcast/Deploy.s.sol/84532/run-latest.json"; got != want {
		t.Errorf("%s, want %s", got, want)
	}
}
