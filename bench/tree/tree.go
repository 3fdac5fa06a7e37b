// Package tree compares Merkle distribution trees on the same leaves: covey's merkle package
// (Build + AllProofs), @openzeppelin/merkle-tree's StandardMerkleTree (oz-bench.mjs, node) and the keccak
// floor, the 3n−1 keccak256 any such tree of n leaves needs (two per leaf for the double-hashed leaf, one
// per internal node) on one core.
package tree

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/covey-labs/covey/merkle"
)

// Leaves returns n deterministic leaves for seed: distinct accounts and amounts spread like rewards
// (most small, a few large), in 18-decimal base units.
func Leaves(n int, seed uint64) []merkle.Leaf {
	rng := rand.New(rand.NewPCG(seed, uint64(n)))
	out := make([]merkle.Leaf, n)
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], seed)
	for i := range out {
		binary.BigEndian.PutUint64(b[8:], uint64(i))
		acct := common.BytesToAddress(crypto.Keccak256(b[:])[12:])
		// log-uniform between 10^-3 and 10^5 tokens
		exp := rng.IntN(8)
		amt := new(big.Int).SetUint64(1 + rng.Uint64N(1_000_000_000_000_000))
		amt.Mul(amt, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil))
		out[i] = merkle.Leaf{Account: acct, Amount: amt}
	}
	return out
}

// WriteLeaves writes leaves as the JSON array of [address, amount] pairs StandardMerkleTree.of takes
// (the format of scripts/oz-tree.mjs), returning the path. An existing file is reused.
func WriteLeaves(dir string, n int, seed uint64) (string, error) {
	p := filepath.Join(dir, fmt.Sprintf("tree-leaves-%d-%d.json", n, seed))
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp := p + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return "", err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteByte('[')
	for i, l := range Leaves(n, seed) {
		if i > 0 {
			w.WriteByte(',')
		}
		fmt.Fprintf(w, "[\"%s\",\"%s\"]", hexutil.Encode(l.Account[:]), l.Amount.String())
	}
	w.WriteString("]\n")
	if err := w.Flush(); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return p, os.Rename(tmp, p)
}

// Result is one timed tree run.
type Result struct {
	Leaves        int     `json:"leaves"`
	BuildSeconds  float64 `json:"buildSeconds"`
	ProofsSeconds float64 `json:"proofsSeconds"`
	TotalSeconds  float64 `json:"totalSeconds"`
	Root          string  `json:"root"`
	ProofBytes    int64   `json:"proofBytes,omitempty"`
}

// Covey times merkle.Build and AllProofs on leaves.
func Covey(leaves []merkle.Leaf) (Result, error) {
	t0 := time.Now()
	tr, err := merkle.Build(leaves)
	if err != nil {
		return Result{}, err
	}
	t1 := time.Now()
	ps := tr.AllProofs()
	t2 := time.Now()
	var size int64
	for i := 0; i < ps.Len(); i++ {
		size += int64(len(ps.Bytes(i)))
	}
	root := tr.Root()
	return Result{
		Leaves: tr.Len(), BuildSeconds: t1.Sub(t0).Seconds(), ProofsSeconds: t2.Sub(t1).Seconds(),
		TotalSeconds: t2.Sub(t0).Seconds(), Root: "0x" + hex.EncodeToString(root[:]), ProofBytes: size,
	}, nil
}

// KeccakFloor times the 3n−1 keccak256 of an n-leaf StandardMerkleTree on one core: for every leaf
// keccak256(keccak256(abi.encode(account, amount))) (64 then 32 bytes), then n−1 internal nodes over
// 64 bytes. No sorting, no allocation per hash: the least any implementation must compute (timed from
// the leaves, abi-encoding included, which is a few milliseconds per million leaves).
func KeccakFloor(leaves []merkle.Leaf) Result {
	t0 := time.Now()
	nodes := floorNodes(leaves)
	d := time.Since(t0).Seconds()
	return Result{Leaves: len(leaves), BuildSeconds: d, TotalSeconds: d, Root: "0x" + hex.EncodeToString(nodes[0][:])}
}

func hexString(b []byte) string { return hex.EncodeToString(b) }

// floorNodes computes the hashes (leaf level at n-1.., unsorted pairs above).
func floorNodes(leaves []merkle.Leaf) [][32]byte {
	n := len(leaves)
	enc := make([][64]byte, n)
	for i, l := range leaves {
		copy(enc[i][12:32], l.Account[:])
		l.Amount.FillBytes(enc[i][32:])
	}
	nodes := make([][32]byte, 2*n-1)
	k := crypto.NewKeccakState()
	var inner [32]byte
	for i := range enc {
		k.Reset()
		k.Write(enc[i][:])
		k.Read(inner[:])
		k.Reset()
		k.Write(inner[:])
		k.Read(nodes[n-1+i][:])
	}
	var pair [64]byte
	for p := n - 2; p >= 0; p-- {
		copy(pair[:32], nodes[2*p+1][:])
		copy(pair[32:], nodes[2*p+2][:])
		k.Reset()
		k.Write(pair[:])
		k.Read(nodes[p][:])
	}
	return nodes
}
