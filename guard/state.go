package guard

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// Root statuses in the state file.
const (
	StatusVerified     = "verified"     // reproduces: left alone
	StatusMismatch     = "mismatch"     // does not reproduce; no key to revoke with (alarm raised)
	StatusUnverifiable = "unverifiable" // could not be verified before the deadline; no key (alarm raised)
	StatusRevokeSigned = "revoke-signed"
	StatusRevokeSent   = "revoke-sent"
	StatusRevoked      = "revoked" // our revokePendingRoot was mined
	StatusGone         = "gone"    // the root left the timelock (accepted, replaced, revoked) before our revocation was mined
)

// Record is what the guard decided about one proposal: (epoch, root, manifest hash, validAt) names it,
// so the same root proposed again is a new proposal.
type Record struct {
	Epoch        uint64      `json:"epoch"`
	Root         common.Hash `json:"root"`
	ManifestHash common.Hash `json:"manifestHash"`
	ValidAt      uint64      `json:"validAt"`
	Status       string      `json:"status"`
	Reason       string      `json:"reason,omitempty"`
	// The revocation, stored before it is sent.
	Tx    common.Hash `json:"tx,omitempty"`
	RawTx string      `json:"rawTx,omitempty"`
	Nonce uint64      `json:"nonce,omitempty"`
	Block uint64      `json:"block,omitempty"` // where it was mined
}

func (r *Record) key() string {
	return fmt.Sprintf("%d/%s/%s/%d", r.Epoch, r.Root.Hex(), r.ManifestHash.Hex(), r.ValidAt)
}

// State is the guard's state file: the chain and distributor it guards and a record per proposal.
type State struct {
	ChainID     int64          `json:"chainId"`
	Distributor common.Address `json:"distributor"`
	Roots       []*Record      `json:"roots"`
	path        string
}

// LoadState reads the state file at path (a missing file is an empty state) and refuses one written
// for another chain or distributor.
func LoadState(path string, chainID int64, distributor common.Address) (*State, error) {
	s := &State{ChainID: chainID, Distributor: distributor, path: path}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the guard state: %w", err)
	}
	if err := json.Unmarshal(b, s); err != nil {
		return nil, fmt.Errorf("reading the guard state %s: %w", path, err)
	}
	if s.ChainID != chainID || s.Distributor != distributor {
		return nil, fmt.Errorf("the guard state %s is for chain %d distributor %s, not chain %d distributor %s: use another --state",
			path, s.ChainID, s.Distributor.Hex(), chainID, distributor.Hex())
	}
	return s, nil
}

// find is the record of a proposal, or nil.
func (s *State) find(r *Record) *Record {
	k := r.key()
	for _, x := range s.Roots {
		if x.key() == k {
			return x
		}
	}
	return nil
}

// put adds or replaces a record and writes the file.
func (s *State) put(r *Record) error {
	if x := s.find(r); x != nil {
		*x = *r
	} else {
		s.Roots = append(s.Roots, r)
	}
	return s.save()
}

// save writes the state atomically and durably: a temporary file, fsync, rename, fsync of the directory.
func (s *State) save() error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("writing the guard state: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".guard-*.tmp")
	if err != nil {
		return fmt.Errorf("writing the guard state: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the guard state: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the guard state: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing the guard state: %w", err)
	}
	if err := os.Rename(tmp.Name(), s.path); err != nil {
		return fmt.Errorf("writing the guard state: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
