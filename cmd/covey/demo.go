package main

import (
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/big"
	"path/filepath"
	"slices"
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
	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/indexer"
	"github.com/covey-labs/covey/internal/redact"
	"github.com/covey-labs/covey/settlement"
)

func init() { register("demo", runDemo) }

// demoClaimer pays the gas of the demo's claim; claim() is callable by anyone and pays the account.
const demoClaimer = 9

// demo tells the whole story on a local devnet: chain, activity, indexing, settlement, roots proposed
// and accepted on-chain, a staker's claim paid, `covey verify` for each epoch, and then the running
// service (`covey run`: indexer, scheduler, GraphQL API) to explore. Running it again resumes where it
// stopped. Its fields are its flags, then what the steps share.
type demo struct {
	users, epochs, port int
	seed                uint64
	listen              string
	noServe, keepDevnet bool
	stdout, stderr      io.Writer

	d      config.Deployments
	env    *app.Env
	staker gethcommon.Address
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	dm := &demo{stdout: stdout, stderr: stderr}
	if err := dm.parse(args); err != nil {
		return err
	}
	stopDevnet, err := dm.devnet(ctx)
	if err != nil {
		return err
	}
	defer stopDevnet()
	cfg := config.Devnet(dm.d)
	fromEnvironment(&cfg)
	dm.env = app.New(cfg, app.Options{})
	defer func() {
		if err := dm.env.Close(); err != nil {
			slog.Warn("closing", "err", err)
		}
	}()
	for _, step := range []func(context.Context) error{dm.database, dm.simulate, dm.index, dm.settleAndPublish, dm.claim, dm.verify, dm.serve} {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (dm *demo) parse(args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(dm.stderr)
	fs.IntVar(&dm.users, "users", 40, "simulated users")
	fs.IntVar(&dm.epochs, "epochs", 3, "epochs to simulate, settle and publish")
	fs.Uint64Var(&dm.seed, "seed", 1, "simulation seed")
	fs.StringVar(&dm.listen, "listen", "127.0.0.1:8080", "GraphQL listen address")
	fs.IntVar(&dm.port, "port", anvil.DefaultPort, "anvil RPC port")
	fs.BoolVar(&dm.noServe, "no-serve", false, "stop after the story instead of running the service (for scripts and tests)")
	fs.BoolVar(&dm.keepDevnet, "keep-devnet", false, "leave anvil running on exit")
	if err := fs.Parse(args); err != nil {
		return exitError{2, err}
	}
	return nil
}

// step announces a step of the story.
func (dm *demo) step(format string, a ...any) { fmt.Fprintf(dm.stdout, "\n==> "+format+"\n", a...) }

// devnet starts anvil with the contracts deployed (or finds it running); stop stops it unless it was
// already running or --keep-devnet.
func (dm *demo) devnet(ctx context.Context) (stop func(), err error) {
	dm.step("devnet: anvil on 127.0.0.1:%d (state in %s)", dm.port, filepath.Join(stateDir, "anvil"))
	devOpts := anvil.DevnetOptions{Port: dm.port, Log: dm.stdout}
	wasRunning := devnetAnswers(ctx, devOpts.RPCURL())
	if dm.d, err = anvil.Up(ctx, devOpts); err != nil {
		return nil, err
	}
	if wasRunning || dm.keepDevnet {
		return func() {}, nil
	}
	return func() {
		if err := anvil.Down(devOpts); err != nil {
			slog.Warn("stopping anvil", "err", err)
		} else {
			fmt.Fprintln(dm.stdout, "devnet stopped (state kept; `make demo` resumes, `make demo-clean` wipes)")
		}
	}, nil
}

// database opens Postgres (DATABASE_URL, else the private server) and migrates it.
func (dm *demo) database(ctx context.Context) error {
	dm.step("postgres: %s", dbWhere(dm.env.Config))
	_, err := dm.env.DB(ctx, app.Tool)
	return err
}

// simulate drives the epochs the chain has not lived through yet.
func (dm *demo) simulate(ctx context.Context) error {
	pol, err := dm.env.Policy()
	if err != nil {
		return err
	}
	client, err := dm.env.Chain(ctx)
	if err != nil {
		return err
	}
	done, err := simulatedEpochs(ctx, client, pol.Genesis, pol.EpochLength)
	if err != nil {
		return err
	}
	if done >= uint64(dm.epochs) {
		dm.step("simulate: epochs 0..%d already on the chain (resuming)", dm.epochs-1)
		return nil
	}
	dm.step("simulate: %d users, epochs %d..%d, seed %d", dm.users, done, dm.epochs-1, dm.seed)
	raw, err := dm.env.RPC(ctx)
	if err != nil {
		return err
	}
	if _, err := anvil.Simulate(ctx, raw, dm.d, anvil.Options{Users: dm.users, Epochs: dm.epochs - int(done), Seed: dm.seed, Progress: dm.stdout}); err != nil {
		return fmt.Errorf("simulating: %w", err)
	}
	return nil
}

// index indexes the contracts' logs up to the head and shows what it found.
func (dm *demo) index(ctx context.Context) error {
	dm.step("index: contracts' logs into Postgres")
	if err := dm.indexOnce(ctx); err != nil {
		return err
	}
	s, err := chainStatus(ctx, dm.env, app.Tool)
	if err != nil {
		return err
	}
	printIndexed(s, dm.stdout)
	return nil
}

func (dm *demo) indexOnce(ctx context.Context) error {
	ix, err := dm.env.Indexer(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	return ix.RunUntilSynced(ctx)
}

// settleAndPublish settles each epoch, proposes its root and accepts it after warping the devnet's
// clock past the distributor's timelock, then indexes the publications.
func (dm *demo) settleAndPublish(ctx context.Context) error {
	settler, err := dm.env.Settler(ctx)
	if err != nil {
		return err
	}
	proposer := anvil.DevAccount(anvil.RootProposerIndex)
	signer, err := settlement.SignerFromHex(hex.EncodeToString(crypto.FromECDSA(proposer.Key)))
	if err != nil {
		return err
	}
	pub, err := dm.env.Publisher(ctx, signer)
	if err != nil {
		return err
	}
	pub.PollInterval = 100 * time.Millisecond
	for e := uint64(0); e < uint64(dm.epochs); e++ {
		if err := dm.settleEpoch(ctx, settler, pub, e); err != nil {
			return err
		}
	}
	return dm.indexOnce(ctx)
}

func (dm *demo) settleEpoch(ctx context.Context, settler *settlement.Settler, pub *settlement.Publisher, e uint64) error {
	dm.step("settle epoch %d", e)
	out, err := settler.Settle(ctx, e)
	if err != nil {
		return fmt.Errorf("settling epoch %d: %w", e, err)
	}
	fmt.Fprintf(dm.stdout, "    %s: root %s, %d leaves, manifest %s\n", out.Status, out.Root.Hex(), out.Leaves, out.ManifestPath)
	p, err := pub.Propose(ctx, e)
	if err != nil {
		return fmt.Errorf("proposing epoch %d: %w", e, err)
	}
	fmt.Fprintf(dm.stdout, "    propose: %s %s\n", p.Status, txNote(p))
	if p.Status == settlement.PubAccepted || p.Status == settlement.PubSuperseded {
		return nil
	}
	// Warp anvil's clock past the distributor's timelock, then accept.
	raw, err := dm.env.RPC(ctx)
	if err != nil {
		return err
	}
	if err := warp(ctx, raw, anvil.DistributorTimelock+1); err != nil {
		return err
	}
	a, err := pub.Accept(ctx)
	if err != nil {
		return fmt.Errorf("accepting epoch %d: %w", e, err)
	}
	fmt.Fprintf(dm.stdout, "    accept (after warping %d s): %s %s\n", anvil.DistributorTimelock+1, a.Status, txNote(a))
	return nil
}

// claim pays one staker through the distributor, then indexes the claim.
func (dm *demo) claim(ctx context.Context) error {
	dm.step("claim: one staker's rewards through the distributor")
	pool, err := dm.env.DB(ctx, app.Tool)
	if err != nil {
		return err
	}
	client, err := dm.env.Chain(ctx)
	if err != nil {
		return err
	}
	if dm.staker, err = demoClaim(ctx, pool, client, dm.d, dm.stdout); err != nil {
		return err
	}
	return dm.indexOnce(ctx)
}

// verify runs `covey verify` for every epoch: the chain's logs through the RPC, and the manifests
// settlement wrote (served by `covey serve` once the demo serves; the chain authenticates them either way).
func (dm *demo) verify(ctx context.Context) error {
	dir := dm.env.Config.Settlement.ManifestDir + "/"
	for e := 0; e < dm.epochs; e++ {
		dm.step("verify epoch %d from chain data alone", e)
		if err := runVerify(ctx, []string{"--epoch", fmt.Sprint(e), "--manifest", dir}, dm.stdout, dm.stderr); err != nil {
			return fmt.Errorf("verify epoch %d: %w", e, err)
		}
	}
	return nil
}

// serve ends the story in the running service, as `covey run` runs it (the indexer following the head,
// the settlement scheduler and the API on --listen), until interrupted (unless --no-serve): blocks mined
// and claims made after the URL is printed show in the API.
func (dm *demo) serve(ctx context.Context) error {
	if dm.noServe {
		return nil
	}
	dm.env.Config.API.Listen = dm.listen
	run := &runCmd{started: func(names []string) {
		dm.step("GraphQL at http://%s/ (GraphiQL), POST http://%s/graphql — Ctrl-C stops everything", dm.listen, dm.listen)
		fmt.Fprintf(dm.stdout, "    running: %s; new blocks, claims and epochs show up as they happen\n", strings.Join(names, ", "))
		fmt.Fprintf(dm.stdout, "\nPaste this into GraphiQL for the staker's rewards and claim:\n\n%s\n", stakerQuery(dm.staker))
		fmt.Fprintf(dm.stdout, "\nor: curl -s http://%s/graphql -H 'content-type: application/json' -d '{\"query\":\"{ status { chainHead { number } indexed { number } indexerSeenAt lastSettledEpoch acceptedEpoch } }\"}'\n", dm.listen)
	}}
	if err := run.run(ctx, dm.env, dm.stdout, dm.stderr); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	fmt.Fprintln(dm.stdout, "\nstopping")
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
		return "DATABASE_URL " + redact.URL(cfg.Database.URL)
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

func printIndexed(s indexer.StatusReport, w io.Writer) {
	fmt.Fprintf(w, "    indexed block %d, %d logs:", s.IndexedBlock, s.LogsTotal)
	n := 0
	for _, name := range slices.Sorted(maps.Keys(s.Events)) {
		if s.Events[name] > 0 {
			if n%6 == 0 {
				fmt.Fprint(w, "\n     ")
			}
			fmt.Fprintf(w, " %s %d", name, s.Events[name])
			n++
		}
	}
	fmt.Fprintln(w)
}

func txNote(p *settlement.Publication) string {
	if p.TxHash == (gethcommon.Hash{}) {
		return ""
	}
	return fmt.Sprintf("(tx %s, block %d)", p.TxHash.Hex(), p.Block)
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
		SELECT l.account, l.cumulative::text, merkle_proof(l.chain_id, l.epoch, l.tree_index)
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
	if proof == nil {
		return gethcommon.Address{}, fmt.Errorf("the tree of accepted epoch %s is not kept", epoch)
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

// warp moves anvil's clock forward by seconds and mines a block there (the devnet mines at a fixed
// interval, so evm_increaseTime alone would be ignored).
func warp(ctx context.Context, raw *rpc.Client, seconds uint64) error {
	h, err := ethclient.NewClient(raw).HeaderByNumber(ctx, nil)
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
