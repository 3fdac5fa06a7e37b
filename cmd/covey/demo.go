package main

import (
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/indexer"
	"github.com/covey-labs/covey/settlement"
)

func init() { register("demo", runDemo) }

// demoClaimer pays the gas of the demo's claim; claim() is callable by anyone and pays the account.
const demoClaimer = 9

// runDemo tells the whole story on a local devnet: chain, activity, indexing, settlement, roots
// proposed and accepted on-chain, a staker's claim paid, `covey verify` for each epoch, and the
// GraphQL API to explore. Running it again resumes where it stopped.
func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	users := fs.Int("users", 40, "simulated users")
	epochs := fs.Int("epochs", 3, "epochs to simulate, settle and publish")
	seed := fs.Uint64("seed", 1, "simulation seed")
	listen := fs.String("listen", "127.0.0.1:8080", "GraphQL listen address")
	port := fs.Int("port", anvil.DefaultPort, "anvil RPC port")
	noServe := fs.Bool("no-serve", false, "stop after the story instead of serving GraphQL (for scripts and tests)")
	keepDevnet := fs.Bool("keep-devnet", false, "leave anvil running on exit")
	if err := fs.Parse(args); err != nil {
		return exitError{2, err}
	}
	step := func(format string, a ...any) { fmt.Fprintf(stdout, "\n==> "+format+"\n", a...) }

	step("devnet: anvil on 127.0.0.1:%d (state in %s)", *port, filepath.Join(stateDir, "anvil"))
	devOpts := anvil.DevnetOptions{Port: *port, Log: stdout}
	wasRunning := devnetAnswers(ctx, devOpts.RPCURL())
	d, err := anvil.Up(ctx, devOpts)
	if err != nil {
		return err
	}
	if !wasRunning && !*keepDevnet {
		defer func() {
			if err := anvil.Down(devOpts); err != nil {
				slog.Warn("stopping anvil", "err", err)
			} else {
				fmt.Fprintln(stdout, "devnet stopped (state kept; `make demo` resumes, `make demo-clean` wipes)")
			}
		}()
	}
	cfg := config.Devnet(d)
	if v := os.Getenv("DATABASE_URL"); v != "" {
		cfg.Database.URL = v
	}
	if v := os.Getenv("REDIS_URL"); v != "" {
		cfg.Redis.URL = v
	}
	if v := os.Getenv("COVEY_REDIS_PREFIX"); v != "" {
		cfg.Redis.Prefix = v
	}
	raw, err := rpc.DialContext(ctx, d.RPCURL)
	if err != nil {
		return fmt.Errorf("dialing devnet: %w", err)
	}
	defer raw.Close()
	client := ethclient.NewClient(raw)

	step("postgres: %s", dbWhere(cfg))
	pool, rdb, closeStores, err := openStores(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeStores()

	pol, polFile, err := loadPolicy(cfg, true)
	if err != nil {
		return err
	}
	done, err := simulatedEpochs(ctx, client, pol.Genesis, pol.EpochLength)
	if err != nil {
		return err
	}
	if done < uint64(*epochs) {
		step("simulate: %d users, epochs %d..%d, seed %d", *users, done, *epochs-1, *seed)
		if _, err := anvil.Simulate(ctx, raw, d, anvil.Options{Users: *users, Epochs: *epochs - int(done), Seed: *seed, Progress: stdout}); err != nil {
			return fmt.Errorf("simulating: %w", err)
		}
	} else {
		step("simulate: epochs 0..%d already on the chain (resuming)", *epochs-1)
	}

	indexOnce := func() error {
		ix, err := indexer.New(cfg, pool, indexer.WithLogger(slog.Default()))
		if err != nil {
			return err
		}
		defer ix.Close()
		return ix.RunUntilSynced(ctx)
	}
	step("index: contracts' logs into Postgres")
	if err := indexOnce(); err != nil {
		return err
	}
	if err := printIndexed(ctx, pool, raw, stdout); err != nil {
		return err
	}

	settler := newSettler(cfg, pool, rdb, client, pol, polFile)
	proposer := anvil.DevAccount(anvil.RootProposerIndex)
	signer, err := settlement.SignerFromHex(hex.EncodeToString(crypto.FromECDSA(proposer.Key)))
	if err != nil {
		return err
	}
	pub := &settlement.Publisher{Pool: pool, Client: client, ChainID: cfg.Chain.ID,
		Distributor: d.Contracts[config.RewardsDistributor].Address, Signer: signer, PollInterval: 100 * time.Millisecond}
	for e := uint64(0); e < uint64(*epochs); e++ {
		step("settle epoch %d", e)
		out, err := settler.Settle(ctx, e)
		if err != nil {
			return fmt.Errorf("settling epoch %d: %w", e, err)
		}
		fmt.Fprintf(stdout, "    %s: root %s, %d leaves, manifest %s\n", out.Status, strings.ToLower(out.Root.Hex()), out.Leaves, out.ManifestPath)
		p, err := pub.Propose(ctx, e)
		if err != nil {
			return fmt.Errorf("proposing epoch %d: %w", e, err)
		}
		fmt.Fprintf(stdout, "    propose: %s %s\n", p.Status, txNote(p))
		if p.Status == "accepted" || p.Status == "superseded" {
			continue
		}
		// Warp anvil's clock past the distributor's timelock, then accept.
		if err := warp(ctx, client, raw, anvil.DistributorTimelock+1); err != nil {
			return err
		}
		a, err := pub.Accept(ctx)
		if err != nil {
			return fmt.Errorf("accepting epoch %d: %w", e, err)
		}
		fmt.Fprintf(stdout, "    accept (after warping %d s): %s %s\n", anvil.DistributorTimelock+1, a.Status, txNote(a))
	}
	if err := indexOnce(); err != nil {
		return err
	}

	step("claim: one staker's rewards through the distributor")
	staker, err := demoClaim(ctx, pool, client, d, stdout)
	if err != nil {
		return err
	}
	if err := indexOnce(); err != nil {
		return err
	}

	for e := 0; e < *epochs; e++ {
		step("verify epoch %d from chain data alone", e)
		if err := runVerify(ctx, []string{"--epoch", fmt.Sprint(e)}, stdout, stderr); err != nil {
			return fmt.Errorf("verify epoch %d: %w", e, err)
		}
	}

	if *noServe {
		return nil
	}
	srv, err := newAPI(cfg, pool, rdb)
	if err != nil {
		return err
	}
	step("GraphQL at http://%s/ (GraphiQL), POST http://%s/graphql — Ctrl-C stops everything", *listen, *listen)
	fmt.Fprintf(stdout, "\nPaste this into GraphiQL for the staker's rewards and claim:\n\n%s\n", stakerQuery(staker))
	fmt.Fprintf(stdout, "\nor: curl -s http://%s/graphql -H 'content-type: application/json' -d '{\"query\":\"{ status { indexed { number } lastSettledEpoch acceptedEpoch } }\"}'\n", *listen)
	if err := srv.Run(ctx, *listen); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	fmt.Fprintln(stdout, "\nstopping")
	return nil
}

func devnetAnswers(ctx context.Context, url string) bool {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return false
	}
	defer c.Close()
	cctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	_, err = c.ChainID(cctx)
	return err == nil
}

func dbWhere(cfg config.Config) string {
	if cfg.Database.URL != "" {
		return "DATABASE_URL " + redactURL(cfg.Database.URL)
	}
	return "private embedded server under " + filepath.Join(stateDir, "pg")
}

// simulatedEpochs is how many whole epochs the chain has already lived through (a resumed demo
// does not simulate them again).
func simulatedEpochs(ctx context.Context, c *ethclient.Client, genesis, length int64) (uint64, error) {
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reading head: %w", err)
	}
	t := int64(h.Time)
	if h.Number.Sign() == 0 || t < genesis+length {
		return 0, nil
	}
	// Only count epochs the simulator drove: a chain with fewer than a handful of blocks was just deployed.
	if h.Number.Uint64() < 10 {
		return 0, nil
	}
	return uint64((t - genesis) / length), nil
}

func printIndexed(ctx context.Context, pool *pgxpool.Pool, raw *rpc.Client, w io.Writer) error {
	s, err := indexer.Status(ctx, pool, raw)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "    indexed block %d, %d logs:", s.IndexedBlock, s.LogsTotal)
	n := 0
	for _, name := range sortedKeys(s.Events) {
		if s.Events[name] > 0 {
			if n%6 == 0 {
				fmt.Fprint(w, "\n     ")
			}
			fmt.Fprintf(w, " %s %d", name, s.Events[name])
			n++
		}
	}
	fmt.Fprintln(w)
	return nil
}

func txNote(p *settlement.Publication) string {
	if p.TxHash == (gethcommon.Hash{}) {
		return ""
	}
	return fmt.Sprintf("(tx %s, block %d)", strings.ToLower(p.TxHash.Hex()), p.Block)
}

// demoClaim pays the account with the largest claimable amount under the accepted root and shows
// its FLOCK balance before and after; a second claim for it must revert (nothing to claim).
func demoClaim(ctx context.Context, pool *pgxpool.Pool, client *ethclient.Client, d config.Deployments, w io.Writer) (gethcommon.Address, error) {
	dist, err := bindings.NewRewardsDistributor(d.Contracts[config.RewardsDistributor].Address, client)
	if err != nil {
		return gethcommon.Address{}, err
	}
	token, err := bindings.NewFlockToken(d.Contracts[config.FlockToken].Address, client)
	if err != nil {
		return gethcommon.Address{}, err
	}
	call := &bind.CallOpts{Context: ctx}
	epoch, err := dist.CurrentEpoch(call)
	if err != nil {
		return gethcommon.Address{}, fmt.Errorf("reading accepted epoch: %w", err)
	}
	var acct, cumText string
	var proof []byte
	err = pool.QueryRow(ctx, `
		SELECT l.account, l.cumulative::text, l.proof
		FROM merkle_leaves l
		LEFT JOIN claimed_total c ON c.chain_id = l.chain_id AND c.account = l.account
		WHERE l.chain_id = $1 AND l.epoch = $2 AND l.account <> $3
		ORDER BY (l.cumulative - COALESCE(c.amount, 0)) DESC, l.account
		LIMIT 1`, d.ChainID, epoch.Int64(), strings.ToLower(d.Treasury.Hex())).Scan(&acct, &cumText, &proof)
	if errors.Is(err, pgx.ErrNoRows) {
		return gethcommon.Address{}, fmt.Errorf("no leaves for accepted epoch %s", epoch)
	}
	if err != nil {
		return gethcommon.Address{}, fmt.Errorf("reading a leaf: %w", err)
	}
	account := gethcommon.HexToAddress(acct)
	cum, _ := new(big.Int).SetString(cumText, 10)
	siblings := make([][32]byte, len(proof)/32)
	for i := range siblings {
		copy(siblings[i][:], proof[i*32:])
	}
	already, err := dist.Claimed(call, account)
	if err != nil {
		return account, err
	}
	before, err := token.BalanceOf(call, account)
	if err != nil {
		return account, err
	}
	fmt.Fprintf(w, "    staker %s: cumulative %s wei under epoch %s, claimed before %s wei\n", account.Hex(), cum, epoch, already)
	if already.Cmp(cum) >= 0 {
		fmt.Fprintln(w, "    already claimed in an earlier run: nothing to pay")
		return account, nil
	}
	payer := anvil.DevAccount(demoClaimer)
	chainID := big.NewInt(d.ChainID)
	opts, err := bind.NewKeyedTransactorWithChainID(payer.Key, chainID)
	if err != nil {
		return account, err
	}
	opts.Context = ctx
	tx, err := dist.Claim(opts, account, cum, siblings)
	if err != nil {
		return account, fmt.Errorf("sending claim: %w", err)
	}
	rc, err := bind.WaitMined(ctx, client, tx)
	if err != nil {
		return account, fmt.Errorf("waiting for claim: %w", err)
	}
	if rc.Status != 1 {
		return account, fmt.Errorf("claim reverted (tx %s)", tx.Hash())
	}
	after, err := token.BalanceOf(call, account)
	if err != nil {
		return account, err
	}
	fmt.Fprintf(w, "    claim tx %s in block %d: balance %s -> %s FLOCK wei (+%s)\n", tx.Hash().Hex(), rc.BlockNumber, before, after, new(big.Int).Sub(after, before))
	// A second claim with the same amount pays nothing: the distributor refuses it.
	if _, err := dist.Claim(opts, account, cum, siblings); err == nil {
		return account, errors.New("a second claim was accepted")
	}
	fmt.Fprintln(w, "    a second claim is refused on-chain (NothingToClaim)")
	return account, nil
}

func stakerQuery(a gethcommon.Address) string {
	return fmt.Sprintf(`{
  account(address: "%s") {
    address
    stakes { task role amount }
    rewards(first: 10) { edges { node { epoch amount cumulativeAmount parts { task role kind source amount } } } }
    claim { epoch root acceptedCumulativeAmount claimed claimable proof distributor calldata }
  }
}`, a.Hex())
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// warp moves anvil's clock forward by seconds and mines a block there (the devnet mines at a fixed
// interval, so evm_increaseTime alone would be ignored).
func warp(ctx context.Context, c *ethclient.Client, raw *rpc.Client, seconds uint64) error {
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading head: %w", err)
	}
	if err := raw.CallContext(ctx, nil, "evm_setNextBlockTimestamp", h.Time+seconds); err != nil {
		return fmt.Errorf("warping time: %w", err)
	}
	if err := raw.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("mining: %w", err)
	}
	return nil
}
