package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/covey-labs/covey/config"
)

// Check asks the chain behind eth whether the broadcast b and the deployment d read from it are real
// and final enough to configure covey with: the chain is b's, every receipt's block is still in the
// chain (a reorg since would have undone the deployment), every contract has code, and the deployment
// was handed over (CheckHandover). It names every problem it finds.
func Check(ctx context.Context, eth *ethclient.Client, b Broadcast, d config.Deployments) error {
	id, err := eth.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading chain id: %w", err)
	}
	if id.Int64() != b.Chain {
		return fmt.Errorf("the RPC serves chain %s, the broadcast is of chain %d", id, b.Chain)
	}
	var errs []error
	blocks := map[uint64]BroadcastReceipt{}
	for _, r := range b.Receipts {
		blocks[uint64(r.BlockNumber)] = r
	}
	numbers := make([]uint64, 0, len(blocks))
	for n := range blocks {
		numbers = append(numbers, n)
	}
	sort.Slice(numbers, func(i, j int) bool { return numbers[i] < numbers[j] })
	for _, n := range numbers {
		h, err := eth.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return fmt.Errorf("reading block %d: %w", n, err)
		}
		if r := blocks[n]; h.Hash() != r.BlockHash {
			errs = append(errs, fmt.Errorf("block %d is %s on the chain, the broadcast's receipt (%s) says %s: the deployment was reorged out; run the script again", n, h.Hash(), r.TransactionHash, r.BlockHash))
		}
	}
	for _, name := range append([]string{config.FlockToken}, Protocol...) {
		addr := d.Contracts[name].Address
		code, err := eth.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("reading code of %s: %w", name, err)
		}
		if len(code) == 0 {
			errs = append(errs, fmt.Errorf("%s %s has no code on chain %d", name, addr, b.Chain))
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	return CheckHandover(ctx, eth, d)
}

// Genesis is the reward spec's genesis for a deployment whose first block is stamped t and whose
// distributor takes its first root for firstEpoch: the UTC midnight that makes the deployment's day
// that epoch (with daily epochs, as policy v1's). With firstEpoch 0, as the deploy parameters have it,
// that is the midnight starting the day, so epoch 0 holds the deployment, as on the devnet.
func Genesis(t uint64, firstEpoch uint64) int64 {
	day := time.Unix(int64(t), 0).UTC().Truncate(24 * time.Hour).Unix()
	return day - int64(firstEpoch)*86400
}
