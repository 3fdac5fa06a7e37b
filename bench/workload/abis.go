package workload

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// Interfaces maps each protocol contract (config names) to the Solidity interface that declares its
// events (contracts/src/interfaces/*.sol): the contract between the chain and the indexers.
var Interfaces = map[string]string{
	"Staking":            "IStaking",
	"TaskArena":          "ITaskArena",
	"Marketplace":        "IMarketplace",
	"RewardsDistributor": "IRewardsDistributor",
	"FLAlliance":         "IFLAlliance",
}

// ContractNames lists the contracts that emit events, in a fixed order.
func ContractNames() []string {
	names := make([]string, 0, len(Interfaces))
	for n := range Interfaces {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ContractABI is one contract's event ABI, read from the Foundry build of its interface.
type ContractABI struct {
	Contract  string
	Interface string
	// Path is the Foundry artifact the ABI came from.
	Path string
	ABI  abi.ABI
	// Events are the interface's events sorted by name.
	Events []abi.Event
}

// LoadABIs reads contracts/out/<I>.sol/<I>.json for every contract in names (all of Interfaces when
// empty) from the repository root repo, building the contracts with `npx forge build` first when an
// artifact is missing.
func LoadABIs(repo string, names []string) ([]ContractABI, error) {
	if len(names) == 0 {
		names = ContractNames()
	}
	artifact := func(iface string) string {
		return filepath.Join(repo, "contracts", "out", iface+".sol", iface+".json")
	}
	for _, n := range names {
		iface, ok := Interfaces[n]
		if !ok {
			return nil, fmt.Errorf("unknown contract %q (known: %s)", n, strings.Join(ContractNames(), ", "))
		}
		if _, err := os.Stat(artifact(iface)); err != nil {
			if err := forgeBuild(repo); err != nil {
				return nil, err
			}
			break
		}
	}
	out := make([]ContractABI, 0, len(names))
	for _, n := range names {
		iface := Interfaces[n]
		p := artifact(iface)
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("reading ABI of %s: %w", iface, err)
		}
		var art struct {
			ABI json.RawMessage `json:"abi"`
		}
		if err := json.Unmarshal(b, &art); err != nil {
			return nil, fmt.Errorf("parsing %s: %w", p, err)
		}
		a, err := abi.JSON(strings.NewReader(string(art.ABI)))
		if err != nil {
			return nil, fmt.Errorf("parsing ABI in %s: %w", p, err)
		}
		c := ContractABI{Contract: n, Interface: iface, Path: p, ABI: a}
		for _, e := range a.Events {
			if e.Anonymous {
				return nil, fmt.Errorf("%s.%s is anonymous: the emitter needs topic0", iface, e.Name)
			}
			c.Events = append(c.Events, e)
		}
		sort.Slice(c.Events, func(i, j int) bool { return c.Events[i].Name < c.Events[j].Name })
		if len(c.Events) == 0 {
			return nil, fmt.Errorf("%s declares no events", p)
		}
		out = append(out, c)
	}
	return out, nil
}

func forgeBuild(repo string) error {
	cmd := exec.Command("npx", "--no-install", "forge", "build", "--skip", "test", "--skip", "script")
	cmd.Dir = filepath.Join(repo, "contracts")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the contracts (cd contracts && npx forge build): %w\n%s", err, out)
	}
	return nil
}

// FindRepo walks up from dir to the repository root (the directory holding go.mod and contracts/).
func FindRepo(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			if _, err := os.Stat(filepath.Join(d, "contracts")); err == nil {
				return d, nil
			}
		}
		p := filepath.Dir(d)
		if p == d {
			return "", fmt.Errorf("no repository root (go.mod with contracts/) at or above %s", dir)
		}
		d = p
	}
}

// AnvilBinary is anvil as installed by `npm ci` in the repository root (@foundry-rs/anvil).
func AnvilBinary(repo string) (string, error) {
	p := filepath.Join(repo, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("no anvil at %s: run npm ci in the repository root", p)
	}
	return p, nil
}
