package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	gethcommon "github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/merkle"
)

func init() { register("tree", runTree) }

const treeUsage = `Usage:
  covey tree build --in amounts.csv|amounts.json [--format csv|json] [--out dump.json]
      Build an OpenZeppelin StandardMerkleTree over (address, uint256) and print its root.
      CSV rows are "address,amount" (optional header); JSON is [{"account","amount"}] or
      {"0xaddr": "amount"}; amounts are decimal strings in base units.
  covey tree proof --dump dump.json --account 0x…
      Print the account's amount and proof from a standard-v1 dump, as JSON.
`

// runTree builds a Merkle tree from an amounts file or prints one account's proof from a
// dump. It needs neither a chain nor a database, so anyone can rebuild and check a root offline.
func runTree(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, treeUsage)
		return exitError{2, errors.New("tree: want a subcommand: build or proof")}
	}
	switch args[0] {
	case "build":
		return runTreeBuild(ctx, args[1:], stdout, stderr)
	case "proof":
		return runTreeProof(ctx, args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, treeUsage)
		return nil
	default:
		fmt.Fprint(stderr, treeUsage)
		return exitError{2, fmt.Errorf("tree: unknown subcommand %q", args[0])}
	}
}

func runTreeBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tree build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "amounts file (.csv or .json)")
	format := fs.String("format", "", "csv or json (default: from the --in extension)")
	out := fs.String("out", "", "write the standard-v1 dump here (optional)")
	if err := fs.Parse(args); err != nil {
		return exitError{2, err}
	}
	if *in == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitError{2, errors.New("tree build: want --in FILE and no arguments")}
	}
	if *format == "" {
		*format = filepath.Ext(*in)
	}
	f, err := os.Open(*in)
	if err != nil {
		return err
	}
	leaves, err := merkle.ReadAmounts(f, *format)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", *in, err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	tree, err := merkle.Build(leaves)
	if err != nil {
		return fmt.Errorf("%s: %w", *in, err)
	}
	if *out != "" {
		if err := writeFileAtomic(*out, tree.Dump); err != nil {
			return fmt.Errorf("writing dump: %w", err)
		}
	}
	root := tree.Root()
	fmt.Fprintf(stdout, "0x%s\n", hex.EncodeToString(root[:]))
	return nil
}

// treeProof is what `covey tree proof` prints: everything a claim transaction needs.
type treeProof struct {
	Account   string   `json:"account"`
	Amount    string   `json:"amount"`
	Root      string   `json:"root"`
	TreeIndex int      `json:"treeIndex"`
	Proof     []string `json:"proof"`
}

func runTreeProof(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tree proof", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dump := fs.String("dump", "", "standard-v1 dump (from `covey tree build --out` or StandardMerkleTree.dump())")
	account := fs.String("account", "", "0x-prefixed account address")
	if err := fs.Parse(args); err != nil {
		return exitError{2, err}
	}
	if *dump == "" || *account == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitError{2, errors.New("tree proof: want --dump FILE and --account 0x…")}
	}
	if !strings.HasPrefix(*account, "0x") || !gethcommon.IsHexAddress(*account) {
		return exitError{2, fmt.Errorf("tree proof: --account %q is not a 0x-prefixed address", *account)}
	}
	f, err := os.Open(*dump)
	if err != nil {
		return err
	}
	tree, err := merkle.Load(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", *dump, err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	a := gethcommon.HexToAddress(*account)
	amount, proof, err := tree.ProofFor(a)
	if err != nil {
		return err
	}
	i, _ := tree.Index(a)
	root := tree.Root()
	res := treeProof{
		Account:   "0x" + hex.EncodeToString(a[:]),
		Amount:    amount.String(),
		Root:      "0x" + hex.EncodeToString(root[:]),
		TreeIndex: tree.TreeIndex(i),
		Proof:     make([]string, len(proof)),
	}
	for k := range proof {
		res.Proof[k] = "0x" + hex.EncodeToString(proof[k][:])
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// writeFileAtomic writes path via a temporary file in the same directory and a rename, so a
// crash never leaves a truncated dump where a valid one is expected.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
