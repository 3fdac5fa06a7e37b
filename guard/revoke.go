package guard

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/contracts/bindings"
)

// receiptWait bounds how long one step waits for a revocation's receipt; the next step goes on.
const receiptWait = 2 * time.Minute

// revoke signs revokePendingRoot, stores it in the state file, sends it and waits for its receipt.
func (g *Guard) revoke(ctx context.Context, rec *Record) error {
	abi, err := bindings.RewardsDistributorMetaData.GetAbi()
	if err != nil {
		return err
	}
	data, err := abi.Pack("revokePendingRoot")
	if err != nil {
		return err
	}
	from, to := g.Signer.Address(), g.Distributor
	nonce, err := g.Chain.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("reading the guardian's nonce: %w", err)
	}
	tip, feeCap, err := g.fees(ctx)
	if err != nil {
		return err
	}
	gas, err := g.Chain.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, GasFeeCap: feeCap, GasTipCap: tip, Data: data})
	if err != nil {
		return fmt.Errorf("revokePendingRoot would fail (is %s a guardian?): %w", from.Hex(), err)
	}
	chainID := big.NewInt(g.chainID)
	tx, err := g.Signer.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas * 3 / 2, To: &to, Data: data}), chainID)
	if err != nil {
		return fmt.Errorf("signing: %w", err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	rec.Status, rec.Tx, rec.RawTx, rec.Nonce = StatusRevokeSigned, tx.Hash(), hexutil.Encode(raw), nonce
	if err := g.state.put(rec); err != nil { // stored before it is sent: a restart finds it
		g.m.errors.WithLabelValues("state").Inc()
		return err
	}
	g.log().Warn("guard: revocation signed", "epoch", rec.Epoch, "root", rec.Root.Hex(), "tx", tx.Hash().Hex(), "nonce", nonce)
	return g.send(ctx, rec, tx)
}

// fees are a tip and a fee cap that get a transaction in soon: twice the base fee plus the tip.
func (g *Guard) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	if tip, err = g.Chain.SuggestGasTipCap(ctx); err != nil {
		return nil, nil, fmt.Errorf("suggesting a tip: %w", err)
	}
	head, err := g.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the head: %w", err)
	}
	feeCap = new(big.Int).Set(tip)
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	return tip, feeCap, nil
}

// send broadcasts the stored revocation (again: the same bytes, the same hash) and waits for it.
func (g *Guard) send(ctx context.Context, rec *Record, tx *types.Transaction) error {
	if err := g.Chain.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) {
		if !strings.Contains(strings.ToLower(err.Error()), "nonce too low") {
			return fmt.Errorf("sending the revocation %s: %w", tx.Hash().Hex(), err)
		}
		// Its nonce is used: by this very transaction (mined) or by another.
		if _, rerr := g.Chain.TransactionReceipt(ctx, tx.Hash()); rerr != nil {
			g.log().Warn("guard: the revocation lost its nonce to another transaction of the guardian; signing a new one",
				"tx", tx.Hash().Hex(), "nonce", rec.Nonce)
			return g.revoke(ctx, rec)
		}
	}
	if rec.Status != StatusRevokeSent {
		rec.Status = StatusRevokeSent
		if err := g.state.put(rec); err != nil {
			g.m.errors.WithLabelValues("state").Inc()
			return err
		}
	}
	wctx, cancel := context.WithTimeout(ctx, receiptWait)
	defer cancel()
	for {
		r, err := g.Chain.TransactionReceipt(wctx, tx.Hash())
		if err == nil {
			return g.mined(ctx, rec, r)
		}
		if !errors.Is(err, ethereum.NotFound) {
			g.log().Debug("guard: receipt not available", "tx", tx.Hash().Hex(), "err", err)
		}
		select {
		case <-wctx.Done():
			return fmt.Errorf("the revocation %s is not mined yet (the next step looks again)", tx.Hash().Hex())
		case <-time.After(time.Second):
		}
	}
}

// mined records a revocation's receipt.
func (g *Guard) mined(ctx context.Context, rec *Record, r *types.Receipt) error {
	rec.Block = r.BlockNumber.Uint64()
	if r.Status == types.ReceiptStatusSuccessful {
		rec.Status = StatusRevoked
		g.m.revoked.Inc()
		g.raise(ctx, Alarm{Event: "root_revoked", Epoch: rec.Epoch, Status: "pending", Root: rec.Root.Hex(),
			ManifestHash: rec.ManifestHash.Hex(), ValidAt: rec.ValidAt, Reason: rec.Reason, RevokeTx: rec.Tx.Hex()})
	} else {
		// Reverted: the root left the timelock first (accepted, replaced or revoked by someone else).
		rec.Status = StatusGone
		g.log().Warn("guard: the revocation reverted (the root had left the timelock)", "epoch", rec.Epoch, "tx", rec.Tx.Hex(), "block", rec.Block)
	}
	if err := g.state.put(rec); err != nil {
		g.m.errors.WithLabelValues("state").Inc()
		return err
	}
	return nil
}

// finishRevocations takes up every revocation the state holds in flight (signed, or sent and not seen
// mined): its receipt when it was mined; else, while the proposal it revokes is still the pending
// one, the stored transaction is sent again; once that proposal is gone it is never sent (it would
// revoke whatever is pending now).
func (g *Guard) finishRevocations(ctx context.Context, p bindings.RewardsDistributorPendingRoot) error {
	for _, rec := range g.state.Roots {
		if rec.Status != StatusRevokeSigned && rec.Status != StatusRevokeSent {
			continue
		}
		if r, err := g.Chain.TransactionReceipt(ctx, rec.Tx); err == nil {
			if err := g.mined(ctx, rec, r); err != nil {
				return err
			}
			continue
		} else if !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("reading the receipt of %s: %w", rec.Tx.Hex(), err)
		}
		still := p.Exists && p.Epoch.IsUint64() && p.Epoch.Uint64() == rec.Epoch && common.Hash(p.Root) == rec.Root &&
			common.Hash(p.ManifestHash) == rec.ManifestHash && p.ValidAt == rec.ValidAt
		if !still {
			if rec.Status == StatusRevokeSent {
				g.cancel(ctx, rec)
			}
			rec.Status = StatusGone
			g.log().Warn("guard: the root left the timelock before its revocation was mined; not sending it", "epoch", rec.Epoch, "tx", rec.Tx.Hex())
			if err := g.state.put(rec); err != nil {
				return err
			}
			continue
		}
		raw, err := hexutil.Decode(rec.RawTx)
		if err != nil {
			return fmt.Errorf("the stored revocation %s: %w", rec.Tx.Hex(), err)
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return fmt.Errorf("the stored revocation %s does not decode: %w", rec.Tx.Hex(), err)
		}
		if tx.Hash() != rec.Tx {
			return fmt.Errorf("the stored revocation %s decodes to %s", rec.Tx.Hex(), tx.Hash().Hex())
		}
		g.log().Warn("guard: re-sending the stored revocation", "epoch", rec.Epoch, "tx", rec.Tx.Hex(), "status", rec.Status)
		if err := g.send(ctx, rec, tx); err != nil {
			return err
		}
	}
	return nil
}

// cancel replaces a sent revocation that must not be mined any more (it would revoke whatever is
// pending now) with a transfer of nothing to the guardian itself at the same nonce and a higher fee.
// Best effort: if the revocation is mined first, it reverts or its receipt is found at the next step.
func (g *Guard) cancel(ctx context.Context, rec *Record) {
	from := g.Signer.Address()
	tip, feeCap, err := g.fees(ctx)
	if err == nil {
		raw, _ := hexutil.Decode(rec.RawTx)
		old := new(types.Transaction)
		if old.UnmarshalBinary(raw) == nil {
			tip = bigMax(tip, new(big.Int).Mul(old.GasTipCap(), big.NewInt(2)))
			feeCap = bigMax(feeCap, new(big.Int).Mul(old.GasFeeCap(), big.NewInt(2)))
		}
		chainID := big.NewInt(g.chainID)
		var tx *types.Transaction
		tx, err = g.Signer.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: rec.Nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: 21_000, To: &from}), chainID)
		if err == nil {
			err = g.Chain.SendTransaction(ctx, tx)
		}
	}
	if err != nil {
		g.log().Warn("guard: could not cancel the stale revocation", "tx", rec.Tx.Hex(), "err", err)
	}
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func alreadyKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "already imported") || strings.Contains(s, "known transaction")
}
