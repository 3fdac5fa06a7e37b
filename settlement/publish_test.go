package settlement

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/internal/pgtest"
)

const simChain = int64(1337)

// simChainEnv is a simulated chain with the token and the distributor deployed, funded, and a
// separate root-proposer key; a goroutine mines a block every few milliseconds.
type simChainEnv struct {
	sim         *simulated.Backend
	client      simulated.Client
	admin       *ecdsa.PrivateKey
	proposer    *ecdsa.PrivateKey
	distributor *bindings.RewardsDistributor
	addr        common.Address
	mu          sync.Mutex // serialises Commit and AdjustTime
}

func newSimChain(t *testing.T, fund *big.Int) *simChainEnv {
	t.Helper()
	admin, _ := crypto.GenerateKey()
	proposer, _ := crypto.GenerateKey()
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	sim := simulated.NewBackend(types.GenesisAlloc{
		crypto.PubkeyToAddress(admin.PublicKey):    {Balance: eth},
		crypto.PubkeyToAddress(proposer.PublicKey): {Balance: eth},
	})
	t.Cleanup(func() { sim.Close() })
	env := &simChainEnv{sim: sim, client: sim.Client(), admin: admin, proposer: proposer}
	auth, err := bind.NewKeyedTransactorWithChainID(admin, big.NewInt(simChain))
	if err != nil {
		t.Fatal(err)
	}
	adminAddr := crypto.PubkeyToAddress(admin.PublicKey)
	supply := new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18))
	tokenAddr, _, token, err := bindings.DeployFlockToken(auth, env.client, adminAddr, supply)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	env.addr, _, env.distributor, err = bindings.DeployRewardsDistributor(auth, env.client, tokenAddr, adminAddr, 0)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	role, err := env.distributor.ROOTPROPOSERROLE(nil)
	if err != nil {
		t.Fatal(err)
	}
	mustTx(t, env, func() (*types.Transaction, error) {
		return env.distributor.GrantRole(auth, role, crypto.PubkeyToAddress(proposer.PublicKey))
	})
	mustTx(t, env, func() (*types.Transaction, error) { return token.Approve(auth, env.addr, fund) })
	mustTx(t, env, func() (*types.Transaction, error) { return env.distributor.Fund(auth, big.NewInt(0), fund) })

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(10 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				env.mu.Lock()
				sim.Commit()
				env.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
	return env
}

// auth is a transactor of key on the simulated chain.
func (env *simChainEnv) auth(t *testing.T, key *ecdsa.PrivateKey) *bind.TransactOpts {
	t.Helper()
	a, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(simChain))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// proposeAs proposes epoch's settled root directly from key (given ROOT_PROPOSER_ROLE first), bypassing
// the publisher.
func (env *simChainEnv) proposeAs(t *testing.T, key *ecdsa.PrivateKey, epoch int64, total *big.Int) {
	t.Helper()
	role, err := env.distributor.ROOTPROPOSERROLE(nil)
	if err != nil {
		t.Fatal(err)
	}
	env.waitTx(t, func() (*types.Transaction, error) {
		return env.distributor.GrantRole(env.auth(t, env.admin), role, crypto.PubkeyToAddress(key.PublicKey))
	})
	root := crypto.Keccak256Hash([]byte(fmt.Sprintf("epoch %d proposed elsewhere", epoch)))
	env.waitTx(t, func() (*types.Transaction, error) {
		return env.distributor.ProposeRoot(env.auth(t, key), root, big.NewInt(epoch), total, [32]byte{})
	})
}

// waitTx sends a transaction once the background committer runs (newSimChain) and waits for its receipt.
func (env *simChainEnv) waitTx(t *testing.T, f func() (*types.Transaction, error)) {
	t.Helper()
	tx, err := f()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := bind.WaitMined(ctx, env.client, tx)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s failed: %v", tx.Hash().Hex(), err)
	}
}

func mustTx(t *testing.T, env *simChainEnv, f func() (*types.Transaction, error)) {
	t.Helper()
	tx, err := f()
	if err != nil {
		t.Fatal(err)
	}
	env.sim.Commit()
	r, err := env.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s failed: %v", tx.Hash().Hex(), err)
	}
}

// settledForSim settles epochs 0 and 1 of the fixture and copies them under the simulated chain's id;
// it returns epoch 0's root and manifest hash and epoch 1's total.
func settledForSim(t *testing.T, pool *pgxpool.Pool) (root, manifestHash common.Hash, total *big.Int) {
	t.Helper()
	ctx := context.Background()
	f := newFixture(t, pool)
	f.epochActivity(0)
	f.epochActivity(1)
	f.head(testGenesis + 2*testL + 61)
	outs, err := newSettler(t, pool, "").SettleAll(ctx)
	if err != nil || len(outs) != 2 {
		t.Fatalf("settling epochs 0 and 1: %d %v", len(outs), err)
	}
	out := outs[0]
	var tot string
	if err := pool.QueryRow(ctx, `SELECT total_cumulative::text FROM settlement_epochs WHERE chain_id = $1 AND epoch = 1`, testChain).Scan(&tot); err != nil {
		t.Fatal(err)
	}
	cols := `epoch, epoch_start, epoch_end, snapshot_block, snapshot_hash, policy_version, policy_hash, engine_version, input_hash,
		emission, revenue, total_epoch, total_cumulative, treasury_residual, leaf_count, root, manifest_hash, manifest_path, manifest`
	if _, err := pool.Exec(ctx, `INSERT INTO settlement_epochs (chain_id, `+cols+`) SELECT $1, `+cols+` FROM settlement_epochs WHERE chain_id = $2`, simChain, testChain); err != nil {
		t.Fatal(err)
	}
	total, _ = new(big.Int).SetString(tot, 10)
	return out.Root, out.ManifestHash, total
}

var errCrash = errors.New("simulated crash before send")

func TestPublishCrashSafeProposeAndAccept(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	pool := pgtest.New(t)
	root, mh, total1 := settledForSim(t, pool)
	var total0 string
	if err := pool.QueryRow(ctx, `SELECT total_cumulative::text FROM settlement_epochs WHERE chain_id = $1 AND epoch = 0`, simChain).Scan(&total0); err != nil {
		t.Fatal(err)
	}
	total, _ := new(big.Int).SetString(total0, 10)
	env := newSimChain(t, new(big.Int).Mul(total1, big.NewInt(2)))
	signer := &Signer{key: env.proposer, address: crypto.PubkeyToAddress(env.proposer.PublicKey)}
	if s := fmt.Sprintf("%v %+v %#v", signer, signer, signer); strings.Contains(s, fmt.Sprintf("%x", env.proposer.D)) {
		t.Fatal("formatting a signer prints its key")
	}
	newPub := func() *Publisher {
		return &Publisher{Pool: pool, Client: env.client, ChainID: simChain, Distributor: env.addr, Signer: signer, PollInterval: 10 * time.Millisecond}
	}

	// 1. Sign and store, then "crash" before sending.
	p1 := newPub()
	p1.beforeSend = func(*types.Transaction) error { return errCrash }
	pub1, err := p1.Propose(ctx, 0)
	if !errors.Is(err, errCrash) {
		t.Fatalf("want the crash, got %v", err)
	}
	var status PubStatus
	var stored string
	if err := pool.QueryRow(ctx, `SELECT status, tx_hash FROM root_publications WHERE chain_id = $1 AND epoch = 0 AND action = 'propose'`, simChain).Scan(&status, &stored); err != nil {
		t.Fatal(err)
	}
	if status != PubSigned || stored != strings.ToLower(pub1.TxHash.Hex()) {
		t.Fatalf("stored %s %s, want signed %s", status, stored, pub1.TxHash.Hex())
	}
	if n, _ := env.client.PendingNonceAt(ctx, signer.Address()); n != 0 {
		t.Fatalf("the crashed publisher sent something: nonce %d", n)
	}

	// 2. Restart: the stored transaction is re-broadcast (same hash) and mined.
	pub2, err := newPub().Propose(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if pub2.TxHash != pub1.TxHash || pub2.Status != PubMined {
		t.Fatalf("restart sent %s (%s), the stored one was %s", pub2.TxHash.Hex(), pub2.Status, pub1.TxHash.Hex())
	}

	// 3. Again: the mined publication is found, nothing is sent.
	pub3, err := newPub().Propose(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if pub3.Status != PubMined || pub3.TxHash != pub1.TxHash {
		t.Fatalf("third propose: %+v", pub3)
	}
	if n, _ := env.client.PendingNonceAt(ctx, signer.Address()); n != 1 {
		t.Fatalf("proposer nonce %d, want 1 (exactly one transaction ever sent)", n)
	}
	it, err := env.distributor.FilterRootProposed(&bind.FilterOpts{Start: 0, Context: ctx}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	proposals := 0
	for it.Next() {
		proposals++
		if it.Event.Root != root || it.Event.ManifestHash != mh || it.Event.TotalCumulative.Cmp(total) != 0 {
			t.Errorf("proposed %x %x %s, want %s %s %s", it.Event.Root, it.Event.ManifestHash, it.Event.TotalCumulative, root.Hex(), mh.Hex(), total)
		}
	}
	if proposals != 1 {
		t.Fatalf("%d RootProposed events, want 1", proposals)
	}

	// Epoch 1 does not replace the pending epoch 0 (that would restart the timelock).
	if pub, err := newPub().Propose(ctx, 1); err != nil || pub.Status != PubBehindPending {
		t.Fatalf("proposing epoch 1 while 0 is pending: %+v %v", pub, err)
	}
	if e, err := newPub().NextToPropose(ctx, 1); err != nil || e != 0 {
		t.Fatalf("next to propose with 0 pending and 1 settled: %d %v, want 0", e, err)
	}

	// 4. Accept waits for the timelock, then goes through.
	acc, err := newPub().Accept(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if acc.Status != PubWaiting {
		t.Fatalf("accept before the timelock: %+v", acc)
	}
	env.mu.Lock()
	if err := env.sim.AdjustTime(25 * time.Hour); err != nil {
		t.Fatal(err)
	}
	env.sim.Commit()
	env.mu.Unlock()
	acc, err = newPub().Accept(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if acc.Status != PubMined || acc.Epoch != 0 {
		t.Fatalf("accept: %+v", acc)
	}
	onchain, _ := env.distributor.Root(nil)
	if common.Hash(onchain) != root {
		t.Fatalf("accepted root %x, want %s", onchain, root.Hex())
	}
	if acc, err := newPub().Accept(ctx); err != nil || acc.Status != PubNone {
		t.Fatalf("nothing left to accept: %+v %v", acc, err)
	}
	if e, err := newPub().NextToPropose(ctx, 1); err != nil || e != 1 {
		t.Fatalf("next to propose after 0 was accepted: %d %v, want 1", e, err)
	}
	if pub, err := newPub().Propose(ctx, 1); err != nil || pub.Status != PubMined {
		t.Fatalf("proposing epoch 1 after 0 was accepted: %+v %v", pub, err)
	}

	// 5. Proposing with no publication record finds the accepted root and sends nothing.
	if _, err := pool.Exec(ctx, `DELETE FROM root_publications`); err != nil {
		t.Fatal(err)
	}
	pub4, err := newPub().Propose(ctx, 0)
	if err != nil || pub4.Status != PubAccepted {
		t.Fatalf("re-propose of an accepted root: %+v %v", pub4, err)
	}
	// 6. A settled root that differs from the chain's is refused.
	if _, err := pool.Exec(ctx, `UPDATE settlement_epochs SET root = $1 WHERE chain_id = $2 AND epoch = 0`, hash(7), simChain); err != nil {
		t.Fatal(err)
	}
	if _, err := newPub().Propose(ctx, 0); !errors.Is(err, ErrRootConflict) {
		t.Fatalf("conflicting root: want ErrRootConflict, got %v", err)
	}
	if n, _ := env.client.PendingNonceAt(ctx, signer.Address()); n != 3 {
		t.Fatalf("proposer nonce %d, want 3 (propose 0, accept 0, propose 1)", n)
	}
}

// TestStaleProposalsFinished (O8): Propose is only ever called again for a later epoch, so a proposal
// whose run stopped before it recorded the receipt (Postgres restarted between mining and the status
// update) stayed sent forever, and one signed but never sent stayed signed. The next Propose records
// the first as mined from its receipt, and the second as replaced once its nonce is used by another
// transaction; while its nonce is free it is left alone (it could still be mined).
func TestStaleProposalsFinished(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	pool := pgtest.New(t)
	_, _, total1 := settledForSim(t, pool)
	// Epoch 2: epoch 1's root again (a later epoch with nothing new is still a proposal).
	cols := `epoch_start, epoch_end, snapshot_block, snapshot_hash, policy_version, policy_hash, engine_version, input_hash,
		emission, revenue, total_epoch, total_cumulative, treasury_residual, leaf_count, root, manifest_hash, manifest_path, manifest`
	if _, err := pool.Exec(ctx, `INSERT INTO settlement_epochs (chain_id, epoch, `+cols+`) SELECT chain_id, 2, `+cols+` FROM settlement_epochs WHERE chain_id = $1 AND epoch = 1`, simChain); err != nil {
		t.Fatal(err)
	}
	env := newSimChain(t, new(big.Int).Mul(total1, big.NewInt(2)))
	signer := &Signer{key: env.proposer, address: crypto.PubkeyToAddress(env.proposer.PublicKey)}
	newPub := func() *Publisher {
		return &Publisher{Pool: pool, Client: env.client, ChainID: simChain, Distributor: env.addr, Signer: signer, PollInterval: 10 * time.Millisecond}
	}
	statusOf := func(epoch int) PubStatus {
		t.Helper()
		var st PubStatus
		if err := pool.QueryRow(ctx, `SELECT status FROM root_publications WHERE chain_id = $1 AND epoch = $2 AND action = 'propose' ORDER BY created_at DESC LIMIT 1`, simChain, epoch).Scan(&st); err != nil {
			t.Fatal(err)
		}
		return st
	}
	accept := func() {
		t.Helper()
		env.mu.Lock()
		if err := env.sim.AdjustTime(25 * time.Hour); err != nil {
			t.Fatal(err)
		}
		env.sim.Commit()
		env.mu.Unlock()
		if acc, err := newPub().Accept(ctx); err != nil || acc.Status != PubMined {
			t.Fatalf("accept: %+v %v", acc, err)
		}
	}

	// Epoch 0 is mined, but its row says sent (the status update was lost).
	if pub, err := newPub().Propose(ctx, 0); err != nil || pub.Status != PubMined {
		t.Fatalf("propose 0: %+v %v", pub, err)
	}
	if _, err := pool.Exec(ctx, `UPDATE root_publications SET status = 'sent', mined_block = NULL WHERE chain_id = $1 AND epoch = 0`, simChain); err != nil {
		t.Fatal(err)
	}
	accept()
	// Epoch 2 cannot skip epoch 1: refused before anything is signed.
	if _, err := newPub().Propose(ctx, 2); !errors.Is(err, ErrNotNextEpoch) {
		t.Fatalf("propose 2 before 1: want ErrNotNextEpoch, got %v", err)
	}
	// Epoch 1 is signed and stored, then the run stops before sending.
	p := newPub()
	p.beforeSend = func(*types.Transaction) error { return errCrash }
	if _, err := p.Propose(ctx, 1); !errors.Is(err, errCrash) {
		t.Fatalf("want the crash, got %v", err)
	}

	// Epoch 1 goes on-chain another way (a second proposer key; the distributor takes epochs in order).
	env.proposeAs(t, env.admin, 1, total1)
	env.mu.Lock()
	if err := env.sim.AdjustTime(25 * time.Hour); err != nil {
		t.Fatal(err)
	}
	env.sim.Commit()
	env.mu.Unlock()
	env.waitTx(t, func() (*types.Transaction, error) { return env.distributor.AcceptRoot(env.auth(t, env.admin)) })

	// The next run proposes epoch 2: epoch 0's row is mined, epoch 1's left signed (its nonce is free).
	if pub, err := newPub().Propose(ctx, 2); err != nil || pub.Status != PubMined {
		t.Fatalf("propose 2: %+v %v", pub, err)
	}
	if st := statusOf(0); st != PubMined {
		t.Fatalf("epoch 0's proposal: %s, want mined", st)
	}
	if st := statusOf(1); st != PubSigned {
		t.Fatalf("epoch 1's proposal before its nonce was used: %s, want signed", st)
	}
	// Epoch 2's proposal took that nonce: the next call records epoch 1's as replaced.
	if pub, err := newPub().Propose(ctx, 2); err != nil || pub.Status != PubMined {
		t.Fatalf("propose 2 again: %+v %v", pub, err)
	}
	if st := statusOf(1); st != PubReplaced {
		t.Fatalf("epoch 1's proposal after its nonce was used: %s, want replaced", st)
	}
	var live int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM root_publications WHERE status IN ('signed', 'sent')`).Scan(&live); err != nil {
		t.Fatal(err)
	}
	if live != 0 {
		t.Fatalf("%d publications left signed or sent", live)
	}
	if n, _ := env.client.PendingNonceAt(ctx, signer.Address()); n != 3 {
		t.Fatalf("proposer nonce %d, want 3 (propose 0, accept 0, propose 2)", n)
	}
}

// TestAcceptRefusesRootsCoveyDidNotPropose: a pending root that is not the settled one, or that is the
// settled one but was proposed by someone else (the proposer key used outside covey), is never
// accepted by covey; covey's own proposal is. Fails without Publisher.ours.
func TestAcceptRefusesRootsCoveyDidNotPropose(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	pool := pgtest.New(t)
	root, mh, total1 := settledForSim(t, pool)
	env := newSimChain(t, new(big.Int).Mul(total1, big.NewInt(2)))
	signer := &Signer{key: env.proposer, address: crypto.PubkeyToAddress(env.proposer.PublicKey)}
	pub := &Publisher{Pool: pool, Client: env.client, ChainID: simChain, Distributor: env.addr, Signer: signer, PollInterval: 10 * time.Millisecond}
	var total0 string
	if err := pool.QueryRow(ctx, `SELECT total_cumulative::text FROM settlement_epochs WHERE chain_id = $1 AND epoch = 0`, simChain).Scan(&total0); err != nil {
		t.Fatal(err)
	}
	t0, _ := new(big.Int).SetString(total0, 10)
	auth, _ := bind.NewKeyedTransactorWithChainID(env.proposer, big.NewInt(simChain))
	for _, c := range []struct {
		root common.Hash
		want string
	}{{common.HexToHash(hash(9)), "is not the settled one"}, {root, "was not proposed by covey"}} {
		mustTx(t, env, func() (*types.Transaction, error) {
			return env.distributor.ProposeRoot(auth, c.root, big.NewInt(0), t0, mh)
		})
		env.mu.Lock()
		_ = env.sim.AdjustTime(25 * time.Hour)
		env.sim.Commit()
		env.mu.Unlock()
		if acc, err := pub.Accept(ctx); !errors.Is(err, ErrRootConflict) || !strings.Contains(err.Error(), c.want) {
			t.Fatalf("accepting root %s: %+v %v, want a conflict saying %q", c.root.Hex(), acc, err, c.want)
		}
	}
	if has, _ := env.distributor.HasRoot(nil); has {
		t.Fatal("a root covey did not propose was accepted")
	}
}
