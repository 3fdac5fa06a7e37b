package settlement

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/contracts/bindings"
)

// Signer holds the root proposer's key. It prints as its address only: the key never reaches a log,
// an error or a %v.
type Signer struct {
	key     *ecdsa.PrivateKey
	address common.Address
}

// Address is the signer's account.
func (s *Signer) Address() common.Address { return s.address }

// String shows the address, never the key.
func (s *Signer) String() string { return "signer(" + s.address.Hex() + ")" }

// GoString shows the address, never the key.
func (s *Signer) GoString() string { return s.String() }

// SignTx signs a transaction for chainID (the latest signer: EIP-1559 and later).
func (s *Signer) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// SignerFromKeystore decrypts a go-ethereum (web3 secret storage) keystore file.
func SignerFromKeystore(path, password string) (*Signer, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading keystore: %w", err)
	}
	k, err := keystore.DecryptKey(b, password)
	if err != nil {
		return nil, fmt.Errorf("decrypting keystore %s: %w", path, err) // DecryptKey's errors carry no secret
	}
	return &Signer{key: k.PrivateKey, address: k.Address}, nil
}

// SignerFromHex parses a hex private key (with or without 0x).
func SignerFromHex(h string) (*Signer, error) {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(h), "0x"))
	if err != nil {
		return nil, errors.New("invalid private key (expected 32 bytes of hex)") // never echo the input
	}
	return &Signer{key: k, address: crypto.PubkeyToAddress(k.PublicKey)}, nil
}

// ChainClient is what the publisher needs from an RPC: contract calls, transactions and receipts.
// *ethclient.Client and the simulated backend's client fit.
type ChainClient interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Publication actions as stored in root_publications.
const (
	ActionPropose = "propose"
	ActionAccept  = "accept"
)

// PubStatus is what became of a publication: a root_publications status when a transaction was signed,
// or why none was needed.
type PubStatus string

// Statuses of a transaction, as stored in root_publications.
const (
	PubSigned   PubStatus = "signed"
	PubSent     PubStatus = "sent"
	PubMined    PubStatus = "mined"
	PubReverted PubStatus = "reverted"
	PubReplaced PubStatus = "replaced"
)

// Why no transaction was sent.
const (
	PubAccepted      PubStatus = "accepted"       // the chain already has this root
	PubPending       PubStatus = "pending"        // already proposed, waiting for its timelock
	PubSuperseded    PubStatus = "superseded"     // a later epoch is on-chain, or the epoch is before the distributor's first
	PubBehindPending PubStatus = "behind-pending" // an earlier settled epoch is pending: accept it first
	PubNone          PubStatus = "none"           // nothing to accept
	PubWaiting       PubStatus = "waiting"        // the timelock has not passed; ValidAt says when
)

// HasTx says whether the status is a transaction's (TxHash and, once mined, Block are set).
func (s PubStatus) HasTx() bool {
	switch s {
	case PubSigned, PubSent, PubMined, PubReverted, PubReplaced:
		return true
	}
	return false
}

// Publication is the outcome of Propose or Accept.
type Publication struct {
	Action  string
	Epoch   uint64
	Status  PubStatus
	TxHash  common.Hash
	Block   uint64
	ValidAt uint64
}

// ErrRootConflict means the chain holds a different root for the epoch than the one settled here:
// a human must look (revoke the pending root, or find out why the settlements differ).
var ErrRootConflict = errors.New("on-chain root differs from the settled root")

// ErrNotNextEpoch means the distributor takes another epoch next (it takes epochs one after another, never
// skipping one): propose the epochs before this one first (NextToPropose says which).
var ErrNotNextEpoch = errors.New("the distributor takes another epoch next")

// Publisher proposes settled roots to the RewardsDistributor and accepts them after the timelock. Every
// transaction is signed and stored in root_publications before it is sent; after a crash the stored
// transaction is re-broadcast (the same bytes, so the same hash — never a second proposal) or its
// receipt found.
type Publisher struct {
	Pool        *pgxpool.Pool
	Client      ChainClient
	ChainID     int64
	Distributor common.Address
	Signer      *Signer
	// Check, when set, re-derives each epoch from the chain before it is proposed and refuses one
	// that does not reproduce (SelfCheck); cmd/covey always sets it.
	Check *SelfCheck
	// PollInterval is how often a receipt is polled for (default 1 s).
	PollInterval time.Duration
	Log          *slog.Logger

	// beforeSend lets tests stop between storing and sending (a crash).
	beforeSend func(*types.Transaction) error
}

func (p *Publisher) log() *slog.Logger {
	if p.Log != nil {
		return p.Log
	}
	return slog.Default()
}

func (p *Publisher) contract() (*bindings.RewardsDistributor, error) {
	return bindings.NewRewardsDistributor(p.Distributor, p.Client)
}

// Propose publishes the root of settled epoch e, unless the chain already has it.
func (p *Publisher) Propose(ctx context.Context, e uint64) (*Publication, error) {
	s, err := p.settled(ctx, e)
	if err != nil {
		return nil, err
	}
	if err := p.finishStaleProposals(ctx, e); err != nil {
		return nil, err
	}
	if pub, done, err := p.resume(ctx, ActionPropose, e); err != nil || done {
		return pub, err
	}
	c, err := p.contract()
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx}
	// Each check returns a publication when there is nothing to send.
	if pub, err := p.againstAccepted(opts, c, e, s.root); err != nil || pub != nil {
		return pub, err
	}
	if pub, err := p.againstPending(ctx, opts, c, e, s.root); err != nil || pub != nil {
		return pub, err
	}
	if pub, err := p.againstNext(opts, c, e); err != nil || pub != nil {
		return pub, err
	}
	if err := p.selfCheck(ctx, e, s); err != nil {
		return nil, err
	}
	data, err := proposeCalldata(e, s)
	if err != nil {
		return nil, err
	}
	return p.publish(ctx, ActionPropose, e, data)
}

// settledEpoch is what settlement stored for an epoch and a proposal carries.
type settledEpoch struct {
	root, manifestHash common.Hash
	total              *big.Int
}

// settled reads epoch e's root, manifest hash and total from settlement_epochs.
func (p *Publisher) settled(ctx context.Context, e uint64) (settledEpoch, error) {
	var s settledEpoch
	var rootHex, mhHex, totalStr string
	err := p.Pool.QueryRow(ctx, `SELECT root, manifest_hash, total_cumulative::text FROM settlement_epochs WHERE chain_id = $1 AND epoch = $2`,
		p.ChainID, int64(e)).Scan(&rootHex, &mhHex, &totalStr)
	if errors.Is(err, pgx.ErrNoRows) {
		return s, fmt.Errorf("epoch %d is not settled", e)
	}
	if err != nil {
		return s, fmt.Errorf("reading epoch %d: %w", e, err)
	}
	s.root, s.manifestHash = common.HexToHash(rootHex), common.HexToHash(mhHex)
	s.total, err = parseBig(totalStr)
	return s, err
}

// againstAccepted compares epoch e with the distributor's accepted root: a publication with nothing to
// send when that root is e's or a later epoch's, ErrRootConflict when it is e's with another root, nil
// otherwise.
func (p *Publisher) againstAccepted(opts *bind.CallOpts, c *bindings.RewardsDistributor, e uint64, root common.Hash) (*Publication, error) {
	hasRoot, err := c.HasRoot(opts)
	if err != nil {
		return nil, fmt.Errorf("reading distributor: %w", err)
	}
	if !hasRoot {
		return nil, nil
	}
	cur, err := c.CurrentEpoch(opts)
	if err != nil {
		return nil, fmt.Errorf("reading distributor: %w", err)
	}
	onchain, err := c.Root(opts)
	if err != nil {
		return nil, fmt.Errorf("reading distributor: %w", err)
	}
	switch cmp := cur.Cmp(new(big.Int).SetUint64(e)); {
	case cmp == 0 && common.Hash(onchain) == root:
		return &Publication{Action: ActionPropose, Epoch: e, Status: PubAccepted}, nil
	case cmp == 0:
		return nil, fmt.Errorf("epoch %d: accepted root %s, settled %s: %w", e, common.Hash(onchain).Hex(), root.Hex(), ErrRootConflict)
	case cmp > 0:
		return &Publication{Action: ActionPropose, Epoch: e, Status: PubSuperseded}, nil
	}
	return nil, nil
}

// againstPending compares epoch e with the distributor's pending root: a publication with nothing to
// send when e's root or a later epoch's is pending, or when an earlier epoch settled here is (accept it
// first); ErrRootConflict when the pending root is not the one settled here; nil when nothing is pending.
func (p *Publisher) againstPending(ctx context.Context, opts *bind.CallOpts, c *bindings.RewardsDistributor, e uint64, root common.Hash) (*Publication, error) {
	pending, err := c.PendingRoot(opts)
	if err != nil {
		return nil, fmt.Errorf("reading pending root: %w", err)
	}
	if !pending.Exists {
		return nil, nil
	}
	switch cmp := pending.Epoch.Cmp(new(big.Int).SetUint64(e)); {
	case cmp == 0 && common.Hash(pending.Root) == root:
		return &Publication{Action: ActionPropose, Epoch: e, Status: PubPending, ValidAt: pending.ValidAt}, nil
	case cmp == 0:
		return nil, fmt.Errorf("epoch %d: pending root %s, settled %s: %w", e, common.Hash(pending.Root).Hex(), root.Hex(), ErrRootConflict)
	case cmp > 0:
		return &Publication{Action: ActionPropose, Epoch: e, Status: PubSuperseded}, nil
	}
	// An earlier epoch is pending. Replacing it would restart the timelock, and with epochs as
	// long as the timelock no root would ever go live; so wait until it is accepted (the next
	// root covers this epoch's amounts anyway, the leaves being cumulative). A pending root that
	// is not what was settled here is a conflict.
	pe := pending.Epoch.Uint64()
	var settled string
	err = p.Pool.QueryRow(ctx, `SELECT root FROM settlement_epochs WHERE chain_id = $1 AND epoch = $2`, p.ChainID, int64(pe)).Scan(&settled)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("reading epoch %d: %w", pe, err)
	}
	if settled != common.Hash(pending.Root).Hex() {
		return nil, fmt.Errorf("epoch %d: pending root %s was not settled here (settled %q): %w", pe, common.Hash(pending.Root).Hex(), settled, ErrRootConflict)
	}
	return &Publication{Action: ActionPropose, Epoch: e, Status: PubBehindPending, ValidAt: pending.ValidAt}, nil
}

// againstNext checks e is the epoch the distributor takes next: superseded when it is past, ErrNotNextEpoch
// when epochs before it have not been proposed, nil when it is next.
func (p *Publisher) againstNext(opts *bind.CallOpts, c *bindings.RewardsDistributor, e uint64) (*Publication, error) {
	next, err := c.NextEpoch(opts)
	if err != nil {
		return nil, fmt.Errorf("reading distributor: %w", err)
	}
	switch cmp := next.Cmp(new(big.Int).SetUint64(e)); {
	case cmp > 0:
		return &Publication{Action: ActionPropose, Epoch: e, Status: PubSuperseded}, nil
	case cmp < 0:
		return nil, fmt.Errorf("epoch %d: the distributor takes epoch %s next: %w", e, next, ErrNotNextEpoch)
	}
	return nil, nil
}

// selfCheck re-derives epoch e from the chain (Check) and refuses, loudly, a root that does not reproduce.
func (p *Publisher) selfCheck(ctx context.Context, e uint64, s settledEpoch) error {
	if p.Check == nil {
		return nil
	}
	if err := p.Check.Check(ctx, e, s.root, s.manifestHash, s.total); err != nil {
		p.log().Error("refusing to propose", "epoch", e, "root", s.root.Hex(), "err", err)
		return err
	}
	p.log().Info("self-check: the epoch reproduces from the chain", "epoch", e, "root", s.root.Hex())
	return nil
}

// proposeCalldata is the distributor's proposeRoot call for epoch e.
func proposeCalldata(e uint64, s settledEpoch) ([]byte, error) {
	abi, err := bindings.RewardsDistributorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return abi.Pack("proposeRoot", s.root, new(big.Int).SetUint64(e), s.total, s.manifestHash)
}

// NextToPropose is the epoch to propose when epochs up to latest are settled: the distributor's next epoch
// when it is settled, else latest (Propose then reports it accepted, superseded or pending). The distributor
// takes epochs one after another, so a publisher that fell behind proposes the epochs it missed one at a
// time, each behind its own timelock, rather than jumping to latest.
func (p *Publisher) NextToPropose(ctx context.Context, latest uint64) (uint64, error) {
	c, err := p.contract()
	if err != nil {
		return 0, err
	}
	next, err := c.NextEpoch(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("reading distributor: %w", err)
	}
	if next.IsUint64() && next.Uint64() < latest {
		return next.Uint64(), nil
	}
	return latest, nil
}

// Accept calls acceptRoot once the pending root's validAt has passed (anyone may; the proposer does it
// so roots go live without a third party).
func (p *Publisher) Accept(ctx context.Context) (*Publication, error) {
	c, err := p.contract()
	if err != nil {
		return nil, err
	}
	// An accept interrupted after reaching the node (the crash came before its receipt) left its row
	// signed or sent, possibly for an earlier epoch: find its receipt (or re-broadcast it) first.
	if err := p.finishLiveAccepts(ctx); err != nil {
		return nil, err
	}
	pending, err := c.PendingRoot(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("reading pending root: %w", err)
	}
	if !pending.Exists {
		return &Publication{Action: ActionAccept, Status: PubNone}, nil
	}
	if !pending.Epoch.IsUint64() {
		return nil, fmt.Errorf("pending epoch %s out of range", pending.Epoch)
	}
	e := pending.Epoch.Uint64()
	if pub, done, err := p.resume(ctx, ActionAccept, e); err != nil || done {
		return pub, err
	}
	if err := p.ours(ctx, e, pending.Root, pending.ManifestHash); err != nil {
		p.log().Error("refusing to accept the pending root", "epoch", e, "root", common.Hash(pending.Root).Hex(), "err", err)
		return nil, err
	}
	head, err := p.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading head: %w", err)
	}
	// acceptRoot checks block.timestamp >= validAt; the next block's timestamp is > head's.
	if head.Time+1 < pending.ValidAt {
		return &Publication{Action: ActionAccept, Epoch: e, Status: PubWaiting, ValidAt: pending.ValidAt}, nil
	}
	abi, err := bindings.RewardsDistributorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	data, err := abi.Pack("acceptRoot")
	if err != nil {
		return nil, err
	}
	pub, err := p.publish(ctx, ActionAccept, e, data)
	if pub != nil {
		pub.ValidAt = pending.ValidAt
	}
	return pub, err
}

// ours refuses a pending root that is not the one covey settled for its epoch (root and manifest
// hash) and proposed (a mined propose publication): a root someone else proposed, even with the
// proposer key, is never accepted by covey.
func (p *Publisher) ours(ctx context.Context, e uint64, root, manifestHash common.Hash) error {
	var settledRoot, settledHash string
	err := p.Pool.QueryRow(ctx, `SELECT root, manifest_hash FROM settlement_epochs WHERE chain_id = $1 AND epoch = $2`,
		p.ChainID, int64(e)).Scan(&settledRoot, &settledHash)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("epoch %d: the pending root %s is for an epoch covey has not settled: %w", e, root.Hex(), ErrRootConflict)
	}
	if err != nil {
		return fmt.Errorf("reading epoch %d: %w", e, err)
	}
	if settledRoot != root.Hex() || settledHash != manifestHash.Hex() {
		return fmt.Errorf("epoch %d: the pending root %s (manifest %s) is not the settled one (root %s, manifest %s): %w",
			e, root.Hex(), manifestHash.Hex(), settledRoot, settledHash, ErrRootConflict)
	}
	// A proposal of this epoch that was mined; one still recorded signed or sent counts once its receipt
	// shows it succeeded (the status update may have been lost, O8).
	rows, err := p.Pool.Query(ctx, `SELECT tx_hash, status FROM root_publications WHERE chain_id = $1 AND epoch = $2 AND action = $3
		AND status IN ('signed', 'sent', 'mined')`, p.ChainID, int64(e), ActionPropose)
	if err != nil {
		return fmt.Errorf("reading publications: %w", err)
	}
	type pubRow struct {
		tx     string
		status PubStatus
	}
	pubs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (pubRow, error) {
		var x pubRow
		return x, r.Scan(&x.tx, &x.status)
	})
	if err != nil {
		return fmt.Errorf("reading publications: %w", err)
	}
	for _, x := range pubs {
		if x.status == PubMined {
			return nil
		}
		r, err := p.Client.TransactionReceipt(ctx, common.HexToHash(x.tx))
		if err == nil && r.Status == types.ReceiptStatusSuccessful {
			blk := r.BlockNumber.Uint64()
			return p.setStatus(ctx, &Publication{Action: ActionPropose, Epoch: e, TxHash: common.HexToHash(x.tx)}, PubMined, &blk)
		}
	}
	return fmt.Errorf("epoch %d: the pending root %s was not proposed by covey (no mined proposal on record): %w", e, root.Hex(), ErrRootConflict)
}

// finishLiveAccepts resumes every accept publication still signed or sent (see resume).
func (p *Publisher) finishLiveAccepts(ctx context.Context) error {
	rows, err := p.Pool.Query(ctx, `SELECT DISTINCT epoch FROM root_publications
		WHERE chain_id = $1 AND action = $2 AND status IN ('signed', 'sent') ORDER BY epoch`, p.ChainID, ActionAccept)
	if err != nil {
		return fmt.Errorf("reading live accepts: %w", err)
	}
	epochs, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("reading live accepts: %w", err)
	}
	for _, e := range epochs {
		if _, _, err := p.resume(ctx, ActionAccept, uint64(e)); err != nil {
			return fmt.Errorf("finishing the accept of epoch %d: %w", e, err)
		}
	}
	return nil
}

// finishStaleProposals settles the rows of proposals of other epochs than e still signed or sent: an
// earlier run stopped before it saw their fate (O8: Postgres restarted between mining and the status
// update), and Propose is only ever called again for a later epoch. Unlike accepts they are never
// re-broadcast (that would propose an old epoch): a receipt makes them mined or reverted, a nonce the
// chain has used without them makes them replaced, and otherwise they may still be in a mempool and
// stay as they are until a later call can tell.
func (p *Publisher) finishStaleProposals(ctx context.Context, e uint64) error {
	rows, err := p.Pool.Query(ctx, `SELECT epoch, tx_hash, sender, nonce FROM root_publications
		WHERE chain_id = $1 AND action = $2 AND epoch <> $3 AND status IN ('signed', 'sent') ORDER BY epoch`, p.ChainID, ActionPropose, int64(e))
	if err != nil {
		return fmt.Errorf("reading stale proposals: %w", err)
	}
	type stale struct {
		epoch, nonce int64
		tx, sender   string
	}
	st, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (stale, error) {
		var s stale
		err := row.Scan(&s.epoch, &s.tx, &s.sender, &s.nonce)
		return s, err
	})
	if err != nil {
		return fmt.Errorf("reading stale proposals: %w", err)
	}
	for _, s := range st {
		pub := &Publication{Action: ActionPropose, Epoch: uint64(s.epoch), TxHash: common.HexToHash(s.tx)}
		r, err := p.Client.TransactionReceipt(ctx, pub.TxHash)
		if err == nil {
			// Recorded as mined or reverted; a stale proposal that reverted does not fail this epoch's.
			status, blk := PubMined, r.BlockNumber.Uint64()
			if r.Status != types.ReceiptStatusSuccessful {
				status = PubReverted
			}
			if err := p.setStatus(ctx, pub, status, &blk); err != nil {
				return err
			}
			p.log().Info("stale proposal found on chain", "epoch", s.epoch, "tx", s.tx, "block", blk, "status", status)
			continue
		}
		if !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("reading the receipt of %s: %w", s.tx, err)
		}
		used, err := p.Client.NonceAt(ctx, common.HexToAddress(s.sender), nil)
		if err != nil {
			return fmt.Errorf("reading nonce: %w", err)
		}
		if used <= uint64(s.nonce) {
			continue // its nonce is still free: it may yet be mined
		}
		if err := p.setStatus(ctx, pub, PubReplaced, nil); err != nil {
			return err
		}
		p.log().Warn("stale proposal was never mined (its nonce is used)", "epoch", s.epoch, "tx", s.tx)
	}
	return nil
}

// resume finishes a live (signed or sent) publication left by an earlier run, or reports a mined one.
// done is true when nothing more is to be sent for this epoch and action.
func (p *Publisher) resume(ctx context.Context, action string, e uint64) (*Publication, bool, error) {
	var raw []byte
	var status, txHash string
	var block *int64
	err := p.Pool.QueryRow(ctx, `SELECT raw_tx, status, tx_hash, mined_block FROM root_publications
		WHERE chain_id = $1 AND epoch = $2 AND action = $3 AND status IN ('signed', 'sent', 'mined')`,
		p.ChainID, int64(e), action).Scan(&raw, &status, &txHash, &block)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("reading publications: %w", err)
	}
	pub := &Publication{Action: action, Epoch: e, Status: PubStatus(status), TxHash: common.HexToHash(txHash)}
	if pub.Status == PubMined {
		if block != nil {
			pub.Block = uint64(*block)
		}
		return pub, true, nil
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, false, fmt.Errorf("decoding stored transaction %s: %w", txHash, err)
	}
	if tx.Hash() != pub.TxHash {
		return nil, false, fmt.Errorf("stored transaction hashes to %s, row says %s", tx.Hash().Hex(), txHash)
	}
	p.log().Info("resuming publication", "action", action, "epoch", e, "tx", txHash, "status", status)
	if r, err := p.Client.TransactionReceipt(ctx, tx.Hash()); err == nil {
		return p.finish(ctx, pub, r)
	}
	if err := p.Client.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) {
		if !nonceTooLow(err) {
			return nil, false, fmt.Errorf("re-broadcasting %s: %w", txHash, err)
		}
		// The nonce is used: either by this very transaction (mined, receipt just appeared) or by another.
		if r, rerr := p.Client.TransactionReceipt(ctx, tx.Hash()); rerr == nil {
			return p.finish(ctx, pub, r)
		}
		if _, err := p.Pool.Exec(ctx, `UPDATE root_publications SET status = 'replaced', updated_at = now()
			WHERE chain_id = $1 AND epoch = $2 AND action = $3 AND tx_hash = $4`, p.ChainID, int64(e), action, txHash); err != nil {
			return nil, false, err
		}
		p.log().Warn("stored publication was replaced (its nonce is used); publishing afresh", "action", action, "epoch", e, "tx", txHash)
		return nil, false, nil
	}
	if err := p.setStatus(ctx, pub, PubSent, nil); err != nil {
		return nil, false, err
	}
	r, err := p.wait(ctx, tx.Hash())
	if err != nil {
		return nil, false, err
	}
	return p.finish(ctx, pub, r)
}

func (p *Publisher) finish(ctx context.Context, pub *Publication, r *types.Receipt) (*Publication, bool, error) {
	status := PubMined
	if r.Status != types.ReceiptStatusSuccessful {
		status = PubReverted
	}
	blk := r.BlockNumber.Uint64()
	if err := p.setStatus(ctx, pub, status, &blk); err != nil {
		return nil, false, err
	}
	pub.Status, pub.Block = status, blk
	p.log().Info("publication mined", "action", pub.Action, "epoch", pub.Epoch, "tx", pub.TxHash.Hex(), "block", blk, "status", status)
	if status == PubReverted {
		return pub, true, fmt.Errorf("%s of epoch %d: transaction %s reverted in block %d", pub.Action, pub.Epoch, pub.TxHash.Hex(), blk)
	}
	return pub, true, nil
}

func (p *Publisher) setStatus(ctx context.Context, pub *Publication, status PubStatus, block *uint64) error {
	var b *int64
	if block != nil {
		v := int64(*block)
		b = &v
	}
	_, err := p.Pool.Exec(ctx, `UPDATE root_publications SET status = $1, mined_block = coalesce($2, mined_block), updated_at = now()
		WHERE chain_id = $3 AND epoch = $4 AND action = $5 AND tx_hash = $6`,
		status, b, p.ChainID, int64(pub.Epoch), pub.Action, pub.TxHash.Hex())
	if err != nil {
		return fmt.Errorf("updating publication: %w", err)
	}
	return nil
}

// publish signs a call to the distributor, stores it, then sends it and waits for its receipt.
func (p *Publisher) publish(ctx context.Context, action string, e uint64, data []byte) (*Publication, error) {
	if p.Signer == nil {
		return nil, errors.New("no publisher key configured")
	}
	from := p.Signer.address
	nonce, err := p.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("reading nonce: %w", err)
	}
	tip, err := p.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggesting tip: %w", err)
	}
	head, err := p.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading head: %w", err)
	}
	feeCap := new(big.Int).Set(tip)
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	to := p.Distributor
	gas, err := p.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, GasFeeCap: feeCap, GasTipCap: tip, Data: data})
	if err != nil {
		return nil, fmt.Errorf("%s of epoch %d would fail: %w", action, e, err)
	}
	gas = gas * 6 / 5
	chainID := big.NewInt(p.ChainID)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Data: data,
	}), types.LatestSignerForChainID(chainID), p.Signer.key)
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, err
	}
	pub := &Publication{Action: action, Epoch: e, Status: PubSigned, TxHash: tx.Hash()}
	// Stored before sending: the partial unique index allows one live publication per epoch and action,
	// so a concurrent publisher fails here instead of sending a second transaction.
	if err := p.storeSigned(ctx, action, e, tx.Hash(), from, nonce, raw); err != nil {
		return nil, fmt.Errorf("storing signed %s of epoch %d: %w", action, e, err)
	}
	p.log().Info("publication signed", "action", action, "epoch", e, "tx", tx.Hash().Hex(), "nonce", nonce, "from", from.Hex())
	if p.beforeSend != nil {
		if err := p.beforeSend(tx); err != nil {
			return pub, err
		}
	}
	if err := p.Client.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) {
		// Left 'signed': the next run re-broadcasts it or finds it replaced.
		return pub, fmt.Errorf("sending %s of epoch %d: %w", action, e, err)
	}
	if err := p.setStatus(ctx, pub, PubSent, nil); err != nil {
		return pub, err
	}
	r, err := p.wait(ctx, tx.Hash())
	if err != nil {
		return pub, err
	}
	out, _, err := p.finish(ctx, pub, r)
	return out, err
}

// storeSigned records a signed transaction before it is sent, durably whatever the server's
// synchronous_commit: with it off (covey's private Postgres runs so) a Postgres crash right after the
// commit can lose the row while the transaction is already on its way to the chain, and then a root
// covey proposed is refused as "not proposed by covey" forever (TestPostgresRestarted, seed
// 1796668432060574593: epoch 0 proposed on chain, no publication on record after a kill -9).
func (p *Publisher) storeSigned(ctx context.Context, action string, e uint64, h common.Hash, from common.Address, nonce uint64, raw []byte) error {
	tx, err := p.Pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(context.Background()) }()
	if _, err := tx.Exec(ctx, "SET LOCAL synchronous_commit = on"); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO root_publications (chain_id, epoch, action, tx_hash, sender, nonce, raw_tx, status)
		VALUES ($1,$2,$3,$4,$5,$6,$7,'signed')`, p.ChainID, int64(e), action, h.Hex(), strings.ToLower(from.Hex()), int64(nonce), raw); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// wait polls for a receipt until it appears or ctx ends (the row stays 'sent' for the next run).
func (p *Publisher) wait(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	every := p.PollInterval
	if every <= 0 {
		every = time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		r, err := p.Client.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			p.log().Debug("receipt not available", "tx", h.Hex(), "err", err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", h.Hex(), ctx.Err())
		case <-t.C:
		}
	}
}

func alreadyKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "already imported") || strings.Contains(s, "known transaction")
}

func nonceTooLow(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}
