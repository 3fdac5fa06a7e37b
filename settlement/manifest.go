package settlement

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement/engine"
)

// ManifestFormat names the manifest layout; it changes whenever a field is added or removed.
// Format 2 pins every contract's start block, identifies the engine's code (module, version, VCS
// revision) and chains each manifest to the previous one by hash.
const ManifestFormat = "covey-manifest/2"

// Manifest is the public record of a settled epoch (spec §10). Its canonical JSON (Bytes) is what is
// hashed and published on-chain with the root; docs/auditors.md specifies those bytes. Every scalar
// is a string so the bytes are exact (policy.params keeps the policy's own canonical form); the struct
// fields are in alphabetical order of their JSON names, which with encoding/json's sorted map keys
// makes the encoding canonical (sorted keys, no white space).
type Manifest struct {
	Accounts  []ManifestAccount           `json:"accounts"` // every leaf, sorted by account
	ChainID   string                      `json:"chainId"`
	Contracts map[string]ManifestContract `json:"contracts"` // by contract name
	Emission  string                      `json:"emission"`
	Engine    ManifestEngine              `json:"engine"`
	Epoch     string                      `json:"epoch"`
	EpochEnd  string                      `json:"epochEnd"`
	// EpochStart is the first second of the epoch; EpochEnd the first second after it (spec §1).
	EpochStart string         `json:"epochStart"`
	Format     string         `json:"format"`
	InputHash  string         `json:"inputHash"`
	LeafCount  string         `json:"leafCount"`
	Policy     ManifestPolicy `json:"policy"`
	// PreviousManifestHash is the manifest hash of the previous epoch ("" for epoch 0): a manifest the
	// chain authenticates authenticates every earlier one, proposed on-chain or not.
	PreviousManifestHash string           `json:"previousManifestHash"`
	PreviousRoot         string           `json:"previousRoot"` // "" for epoch 0
	Revenue              string           `json:"revenue"`
	Root                 string           `json:"root"`
	Snapshot             ManifestBlock    `json:"snapshot"`
	Tasks                []ManifestTask   `json:"tasks"` // sorted by task id
	TotalCumulative      string           `json:"totalCumulative"`
	TotalEpoch           string           `json:"totalEpoch"`
	Treasury             ManifestTreasury `json:"treasury"`
}

// ManifestContract is where a protocol contract lives and the block its events are read from: what a
// verifier needs to re-read the logs with nothing but an RPC.
type ManifestContract struct {
	Address    string `json:"address"` // lowercase 0x hex
	StartBlock string `json:"startBlock"`
}

// ManifestEngine identifies the code that computed the epoch: the reward engine's name (the spec
// version it implements) and the build (Go module, its version, VCS revision and whether the tree was
// modified), from runtime/debug.ReadBuildInfo. Fields a build does not know are "" (a binary built
// with -buildvcs=false has no revision). It records provenance only: a verifier built from other code
// takes the published Engine as is, so the bytes still agree when every result does (see Adopt).
type ManifestEngine struct {
	Modified string `json:"modified"` // "true", "false" or ""
	Module   string `json:"module"`
	Name     string `json:"name"`
	Revision string `json:"revision"`
	Version  string `json:"version"`
}

// String is the engine on one line, as stored in settlement_epochs.engine_version.
func (e ManifestEngine) String() string {
	s := e.Name + " " + e.Module + "@" + e.Version
	if e.Revision != "" {
		s += " rev " + e.Revision
		if e.Modified == "true" {
			s += " (modified)"
		}
	}
	return s
}

// ThisEngine is the engine of the running binary.
func ThisEngine() ManifestEngine {
	e := ManifestEngine{Module: "github.com/covey-labs/covey", Name: engine.EngineVersion}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return e
	}
	if bi.Main.Path != "" {
		e.Module, e.Version = bi.Main.Path, bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			e.Revision = s.Value
		case "vcs.modified":
			e.Modified = s.Value
		}
	}
	return e
}

// ManifestAccount is an account's epoch amount and cumulative leaf amount.
type ManifestAccount struct {
	Account    string `json:"account"`
	Amount     string `json:"amount"`
	Cumulative string `json:"cumulative"`
}

// ManifestPolicy names the policy file and carries its canonical parameters, so the manifest alone
// is enough to recompute the epoch.
type ManifestPolicy struct {
	File   string          `json:"file"`
	Hash   string          `json:"hash"`
	Params json.RawMessage `json:"params"`
}

// ManifestBlock is the snapshot block (spec §1).
type ManifestBlock struct {
	Block string `json:"block"`
	Hash  string `json:"hash"`
	Time  string `json:"time"`
}

// ManifestTask is a task's pools (spec §3, §4, §8).
type ManifestTask struct {
	Emission      string `json:"emission"`
	Fee           string `json:"fee"`
	Kind          string `json:"kind"`
	NodePool      string `json:"nodePool"`
	Pool          string `json:"pool"`
	Residual      string `json:"residual"`
	Revenue       string `json:"revenue"`
	StakeSeconds  string `json:"stakeSeconds"`
	Task          string `json:"task"`
	ValidatorPool string `json:"validatorPool"`
}

// ManifestTreasury is what the treasury got: fees, residual (no one to pay) and the unallocated emission inside it.
type ManifestTreasury struct {
	Account     string `json:"account"`
	Fees        string `json:"fees"`
	Residual    string `json:"residual"`
	Unallocated string `json:"unallocated"`
}

// ManifestInput is everything a manifest is built from.
type ManifestInput struct {
	ChainID    int64
	Contracts  map[string]config.Contract
	Policy     *engine.Policy
	PolicyFile string
	Loaded     *Loaded
	Result     *engine.Result
	Leaves     *Leaves
	Root       common.Hash
	// PreviousRoot and PreviousManifestHash are epoch e-1's ("" for epoch 0).
	PreviousRoot, PreviousManifestHash string
	// Engine is recorded as is; the zero value means ThisEngine.
	Engine ManifestEngine
}

// NewManifest assembles the manifest of a settled epoch.
func NewManifest(in ManifestInput) (*Manifest, error) {
	pj, err := in.Policy.CanonicalJSON()
	if err != nil {
		return nil, err
	}
	ph, err := in.Policy.Hash()
	if err != nil {
		return nil, err
	}
	r := in.Result
	eng := in.Engine
	if eng == (ManifestEngine{}) {
		eng = ThisEngine()
	}
	m := &Manifest{
		ChainID:              strconv.FormatInt(in.ChainID, 10),
		Contracts:            map[string]ManifestContract{},
		Emission:             r.Emission.String(),
		Engine:               eng,
		Epoch:                u(in.Loaded.Epoch),
		EpochEnd:             i64(in.Loaded.End),
		EpochStart:           i64(in.Loaded.Start),
		Format:               ManifestFormat,
		InputHash:            in.Loaded.InputHash.Hex(),
		LeafCount:            strconv.Itoa(in.Leaves.Len()),
		Policy:               ManifestPolicy{File: in.PolicyFile, Hash: ph.Hex(), Params: pj},
		PreviousManifestHash: in.PreviousManifestHash,
		PreviousRoot:         in.PreviousRoot,
		Revenue:              r.Revenue.String(),
		Root:                 in.Root.Hex(),
		Snapshot:             ManifestBlock{Block: u(in.Loaded.Snapshot.Number), Hash: in.Loaded.Snapshot.Hash, Time: i64(in.Loaded.Snapshot.Time)},
		Treasury: ManifestTreasury{Account: r.Treasury, Fees: r.TreasuryFees.String(), Residual: r.TreasuryResidual.String(),
			Unallocated: r.Unallocated.String()},
	}
	for name, c := range in.Contracts {
		m.Contracts[name] = ManifestContract{Address: strings.ToLower(c.Address.Hex()), StartBlock: u(c.StartBlock)}
	}
	epochTotal, total := in.Leaves.Totals()
	m.Accounts = make([]ManifestAccount, in.Leaves.Len())
	_ = in.Leaves.Each(func(i int, a common.Address, amount, cumulative *uint256.Int) error {
		m.Accounts[i] = ManifestAccount{Account: accountHex(a), Amount: amount.Dec(), Cumulative: cumulative.Dec()}
		return nil
	})
	m.TotalCumulative, m.TotalEpoch = total.String(), epochTotal.String()
	m.Tasks = make([]ManifestTask, 0, len(r.Tasks))
	for _, t := range r.Tasks {
		m.Tasks = append(m.Tasks, ManifestTask{
			Emission: t.Emission.String(), Fee: t.Fee.String(), Kind: t.Kind.String(), NodePool: t.NodePool.String(),
			Pool: t.Pool.String(), Residual: t.Residual.String(), Revenue: t.Revenue.String(),
			StakeSeconds: t.StakeSeconds.String(), Task: t.Task.String(), ValidatorPool: t.ValidatorPool.String(),
		})
	}
	return m, nil
}

// Bytes is the canonical JSON of the manifest: the exact bytes that are hashed, stored and published.
func (m *Manifest) Bytes() ([]byte, error) {
	if !sort.SliceIsSorted(m.Accounts, func(i, j int) bool { return m.Accounts[i].Account < m.Accounts[j].Account }) {
		return nil, fmt.Errorf("manifest accounts are not sorted")
	}
	var buf bytes.Buffer
	buf.Grow(256 + 160*len(m.Accounts))
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// ErrManifestFormat is a manifest of a format this covey does not read.
var ErrManifestFormat = errors.New("manifest format")

// ManifestHash is keccak256 of the manifest bytes: the manifestHash published with the root.
func ManifestHash(b []byte) common.Hash { return common.BytesToHash(crypto.Keccak256(b)) }

// ParseManifest reads manifest bytes (strictly: unknown fields are an error) and checks that they are
// canonical, so a manifest that hashes to the published value is the one that was produced.
func ParseManifest(b []byte) (*Manifest, error) {
	var head struct {
		Format string `json:"format"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, fmt.Errorf("parsing manifest: %w", err)
	}
	if head.Format != ManifestFormat {
		return nil, fmt.Errorf("%w %q: this covey reads %q", ErrManifestFormat, head.Format, ManifestFormat)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("parsing manifest: %w", err)
	}
	again, err := m.Bytes()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(again, b) {
		return nil, fmt.Errorf("manifest is not in canonical form")
	}
	return &m, nil
}

// ContractSet is the manifest's contracts with their start blocks, checked.
func (m *Manifest) ContractSet() (map[string]config.Contract, error) {
	out := make(map[string]config.Contract, len(m.Contracts))
	for name, c := range m.Contracts {
		if !addressRe.MatchString(c.Address) {
			return nil, fmt.Errorf("manifest contract %s: invalid address %q", name, c.Address)
		}
		n, err := strconv.ParseUint(c.StartBlock, 10, 64)
		if err != nil || u(n) != c.StartBlock {
			return nil, fmt.Errorf("manifest contract %s: invalid start block %q", name, c.StartBlock)
		}
		out[name] = config.Contract{Address: common.HexToAddress(c.Address), StartBlock: n}
	}
	return out, nil
}

// PolicyOf loads the policy carried by a manifest and checks it against the manifest's policy hash.
func (m *Manifest) PolicyOf() (*engine.Policy, error) {
	p, err := engine.LoadPolicy(bytes.NewReader(m.Policy.Params))
	if err != nil {
		return nil, fmt.Errorf("manifest policy: %w", err)
	}
	h, err := p.Hash()
	if err != nil {
		return nil, err
	}
	if h.Hex() != m.Policy.Hash {
		return nil, fmt.Errorf("manifest policy hashes to %s, the manifest says %s", h.Hex(), m.Policy.Hash)
	}
	return p, nil
}

// WriteManifestFile writes epoch-<N>.json into dir atomically (temp file + rename) and returns its path.
func WriteManifestFile(dir string, epoch uint64, b []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("creating manifest dir: %w", err)
	}
	path := ManifestPath(dir, epoch)
	tmp, err := os.CreateTemp(dir, ".epoch-*.tmp")
	if err != nil {
		return "", fmt.Errorf("writing manifest: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return "", fmt.Errorf("writing manifest: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", fmt.Errorf("writing manifest: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("writing manifest: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", fmt.Errorf("writing manifest: %w", err)
	}
	return path, nil
}

// ManifestPath is where an epoch's manifest lives in dir.
func ManifestPath(dir string, epoch uint64) string {
	return filepath.Join(dir, fmt.Sprintf("epoch-%d.json", epoch))
}

// addressRe is a lowercase 0x address, the only form a manifest holds.
var addressRe = regexp.MustCompile(`^0x[0-9a-f]{40}$`)
