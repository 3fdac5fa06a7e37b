package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/settlement/chainload"
)

// Chain is what a verifier asks an RPC besides logs: contract calls, the head and the chain id.
// *ethclient.Client fits.
type Chain interface {
	bind.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// OnChainRoot is what the distributor says about an epoch: its accepted root, or its pending one.
type OnChainRoot struct {
	Epoch           uint64
	Status          string // "accepted" or "pending"
	Root            common.Hash
	ManifestHash    common.Hash
	TotalCumulative *big.Int
	ValidAt         uint64 // pending roots only
	Block           uint64 // the block the distributor was read at (state) or the RootAccepted's block
}

// ErrNotPublished is returned when the distributor has no root for the epoch.
var ErrNotPublished = errors.New("no root published for this epoch")

// ReadRoot finds epoch e's root on the distributor with nothing but an RPC: the pending root or the
// accepted one from its state (read at one block), else the RootAccepted event of an epoch the
// distributor has moved past (its logs scanned from block 0, ranges split as the node requires).
func ReadRoot(ctx context.Context, chain Chain, logs chainload.Source, distributor common.Address, e uint64) (*OnChainRoot, error) {
	h, err := chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the head: %w", err)
	}
	c, err := bindings.NewRewardsDistributorCaller(distributor, chain)
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: h.Number}
	pending, err := c.PendingRoot(opts)
	if err != nil {
		return nil, fmt.Errorf("reading the distributor's pending root at %s: %w", distributor.Hex(), err)
	}
	at := h.Number.Uint64()
	if pending.Exists && pending.Epoch.IsUint64() && pending.Epoch.Uint64() == e {
		return &OnChainRoot{Epoch: e, Status: "pending", Root: pending.Root, ManifestHash: pending.ManifestHash,
			TotalCumulative: pending.TotalCumulative, ValidAt: pending.ValidAt, Block: at}, nil
	}
	has, err := c.HasRoot(opts)
	if err != nil {
		return nil, fmt.Errorf("reading the distributor: %w", err)
	}
	if has {
		cur, err := c.CurrentEpoch(opts)
		if err != nil {
			return nil, fmt.Errorf("reading the distributor: %w", err)
		}
		if cur.IsUint64() && cur.Uint64() == e {
			r := &OnChainRoot{Epoch: e, Status: "accepted", Block: at}
			var root, mh [32]byte
			if root, err = c.Root(opts); err == nil {
				if mh, err = c.ManifestHash(opts); err == nil {
					r.TotalCumulative, err = c.AcceptedTotal(opts)
				}
			}
			if err != nil {
				return nil, fmt.Errorf("reading the distributor: %w", err)
			}
			r.Root, r.ManifestHash = root, mh
			return r, nil
		}
		if cur.IsUint64() && cur.Uint64() < e {
			return nil, fmt.Errorf("epoch %d: the distributor's accepted epoch is %s: %w", e, cur, ErrNotPublished)
		}
	}
	return readAcceptedEvent(ctx, logs, distributor, e, at)
}

// readAcceptedEvent finds the RootAccepted of epoch e in the distributor's logs up to block to.
func readAcceptedEvent(ctx context.Context, logs chainload.Source, distributor common.Address, e, to uint64) (*OnChainRoot, error) {
	a, err := bindings.RewardsDistributorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	ls, err := chainload.Logs(ctx, logs, []common.Address{distributor}, []common.Hash{a.Events["RootAccepted"].ID}, 0, to)
	if err != nil {
		return nil, fmt.Errorf("reading RootAccepted: %w", err)
	}
	f, err := bindings.NewRewardsDistributorFilterer(distributor, nil)
	if err != nil {
		return nil, err
	}
	for _, l := range ls {
		ev, err := f.ParseRootAccepted(l)
		if err != nil {
			return nil, fmt.Errorf("reading RootAccepted at block %d: %w", l.BlockNumber, err)
		}
		if !ev.Epoch.IsUint64() || ev.Epoch.Uint64() != e {
			continue
		}
		return &OnChainRoot{Epoch: e, Status: "accepted", Root: ev.Root, ManifestHash: ev.ManifestHash,
			TotalCumulative: ev.TotalCumulative, Block: l.BlockNumber}, nil
	}
	return nil, fmt.Errorf("epoch %d: %w", e, ErrNotPublished)
}
