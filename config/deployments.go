package config

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Deployments is what a run of contracts/script/Deploy.s.sol deployed: anvil/deployments.json for the
// devnet (`covey devnet up`, so every other command targets it with no config file), or the file
// `covey config from-broadcast` writes for a real chain, which a config file names (`deployments`).
type Deployments struct {
	ChainID int64 `json:"chainId"`
	// RPCURL is the devnet's RPC; empty for a real chain (an RPC URL may carry an API key).
	RPCURL      string              `json:"rpcUrl,omitempty"`
	DeployBlock uint64              `json:"deployBlock"`
	Contracts   map[string]Contract `json:"contracts"`
	// Accounts with roles: the treasury, the root proposer and guardian of the RewardsDistributor, and
	// the admin every contract was handed to (a multisig off the devnet).
	Treasury     common.Address `json:"treasury"`
	RootProposer common.Address `json:"rootProposer"`
	Guardian     common.Address `json:"guardian"`
	Admin        common.Address `json:"admin"`
	// Deployer sent the deployment; the script leaves it no role.
	Deployer common.Address `json:"deployer"`
	// Genesis is the chain time epoch 0 starts at (spec §1), a UTC midnight: settlement's policy takes it.
	Genesis int64 `json:"genesis"`
}

// ReadDeployments loads a deployments file.
func ReadDeployments(path string) (Deployments, error) {
	var d Deployments
	b, err := os.ReadFile(path)
	if err != nil {
		return d, fmt.Errorf("reading deployments (run `covey devnet up`, or `covey config from-broadcast` after deploying): %w", err)
	}
	if err := json.Unmarshal(b, &d); err != nil {
		return d, fmt.Errorf("parsing %s: %w", path, err)
	}
	return d, nil
}

// WriteDeployments stores a deployments file atomically.
func WriteDeployments(path string, d Deployments) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing deployments: %w", err)
	}
	return os.Rename(tmp, path)
}

// Devnet is the configuration of the local anvil devnet from its deployments: latest head with
// no confirmations, so everything the simulator does is visible at once; its API lets pages on any
// local port (a dApp under development) query and subscribe.
func Devnet(d Deployments) Config {
	c := Defaults()
	c.Chain.ID = d.ChainID
	c.Chain.Name = "devnet"
	c.Chain.RPC = []string{d.RPCURL}
	c.Chain.Finality = FinalityLatest
	c.Chain.Confirmations = 0
	c.Chain.PollInterval = Duration{250 * time.Millisecond}
	c.Contracts = d.Contracts
	c.Deployment = &d
	c.API.CORSOrigins = append([]string(nil), DevnetOrigins...)
	return c
}
