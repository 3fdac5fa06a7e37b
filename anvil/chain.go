package anvil

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID is the devnet's chain id (anvil's default, set explicitly).
const ChainID = 31337

// BlockTime is the spacing in seconds of the blocks the deployer and simulator mine (Base's block time).
const BlockTime = 2

// blockGasBudget caps the sum of gas limits of the transactions sent for one block, below anvil's
// 30M block gas limit, so every transaction of a batch lands in the block mined for it.
const blockGasBudget = 25_000_000

// maxTxsPerBlock spreads a batch over several blocks, as activity on a real chain would be.
const maxTxsPerBlock = 24

var (
	gasFeeCap = big.NewInt(100_000_000_000) // 100 gwei: far above the devnet base fee
	gasTipCap = big.NewInt(1_000_000_000)
)

// txReq is one transaction to send: who signs it, its gas limit and how to build it from the binding.
type txReq struct {
	from  Account
	gas   uint64
	label string
	send  func(*bind.TransactOpts) (*types.Transaction, error)
	// done, when set, reads the mined receipt (e.g. the ids the transaction's events carry).
	done func(*types.Receipt) error
}

func newTx(from Account, gas uint64, label string, send func(*bind.TransactOpts) (*types.Transaction, error)) txReq {
	return txReq{from: from, gas: gas, label: label, send: send}
}

// chain drives an anvil node with explicit block production: transactions are sent with local nonces,
// fixed gas and fees (no estimation round trips), and blocks are mined at explicit timestamps, so the
// same inputs always produce the same blocks.
type chain struct {
	rpc    *rpc.Client
	eth    *ethclient.Client
	nonces map[common.Address]uint64
	// now is the timestamp of the latest block.
	now uint64
	// blocks counts the blocks this chain mined.
	blocks int
	// txs counts the transactions this chain sent.
	txs int
}

func newChain(ctx context.Context, c *rpc.Client) (*chain, error) {
	ch := &chain{rpc: c, eth: ethclient.NewClient(c), nonces: map[common.Address]uint64{}}
	id, err := ch.eth.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading chain id: %w", err)
	}
	if id.Int64() != ChainID {
		return nil, fmt.Errorf("chain id %d is not the devnet's %d", id, ChainID)
	}
	h, err := ch.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading head: %w", err)
	}
	ch.now = h.Time
	return ch, nil
}

// setAutomine switches anvil's mine-on-every-transaction mode.
func (c *chain) setAutomine(ctx context.Context, on bool) error {
	if err := c.rpc.CallContext(ctx, nil, "evm_setAutomine", on); err != nil {
		return fmt.Errorf("evm_setAutomine: %w", err)
	}
	return nil
}

// mine mines one block at timestamp ts (which must be after the head) holding the pooled transactions.
func (c *chain) mine(ctx context.Context, ts uint64) (uint64, error) {
	if ts <= c.now {
		ts = c.now + 1
	}
	if err := c.rpc.CallContext(ctx, nil, "evm_mine", map[string]any{"timestamp": ts}); err != nil {
		return 0, fmt.Errorf("evm_mine: %w", err)
	}
	h, err := c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reading mined block: %w", err)
	}
	if h.Time != ts {
		return 0, fmt.Errorf("mined block %d at %d, wanted %d", h.Number, h.Time, ts)
	}
	c.now = ts
	c.blocks++
	return h.Number.Uint64(), nil
}

// setBalance gives addr wei of ETH for gas.
func (c *chain) setBalance(ctx context.Context, addr common.Address, wei *big.Int) error {
	if err := c.rpc.CallContext(ctx, nil, "anvil_setBalance", addr, (*hexutil.Big)(wei)); err != nil {
		return fmt.Errorf("anvil_setBalance: %w", err)
	}
	return nil
}

func (c *chain) nonce(ctx context.Context, a common.Address) (uint64, error) {
	if n, ok := c.nonces[a]; ok {
		return n, nil
	}
	n, err := c.eth.PendingNonceAt(ctx, a)
	if err != nil {
		return 0, fmt.Errorf("reading nonce of %s: %w", a, err)
	}
	c.nonces[a] = n
	return n, nil
}

// run sends reqs in order and mines them into blocks at ts, ts+BlockTime, …: a block is closed when the
// next transaction would exceed blockGasBudget or it holds maxTxsPerBlock. anvil must not be automining. Every transaction must
// succeed; the receipts come back in request order.
func (c *chain) run(ctx context.Context, ts uint64, reqs []txReq) ([]*types.Receipt, error) {
	if len(reqs) == 0 {
		return nil, nil
	}
	if ts <= c.now {
		ts = c.now + BlockTime
	}
	hashes := make([]common.Hash, len(reqs))
	var blocks []uint64
	var gas uint64
	var inBlock int
	flush := func() error {
		n, err := c.mine(ctx, ts)
		if err != nil {
			return err
		}
		blocks = append(blocks, n)
		ts = c.now + BlockTime
		gas, inBlock = 0, 0
		return nil
	}
	for i, r := range reqs {
		if inBlock > 0 && (gas+r.gas > blockGasBudget || inBlock == maxTxsPerBlock) {
			if err := flush(); err != nil {
				return nil, err
			}
		}
		n, err := c.nonce(ctx, r.from.Address)
		if err != nil {
			return nil, err
		}
		opts, err := bind.NewKeyedTransactorWithChainID(r.from.Key, big.NewInt(ChainID))
		if err != nil {
			return nil, err
		}
		opts.Context = ctx
		opts.Nonce = new(big.Int).SetUint64(n)
		opts.GasLimit = r.gas
		opts.GasFeeCap = gasFeeCap
		opts.GasTipCap = gasTipCap
		tx, err := r.send(opts)
		if err != nil {
			return nil, fmt.Errorf("sending %s from %s: %w", r.label, r.from.Address, err)
		}
		c.nonces[r.from.Address] = n + 1
		c.txs++
		hashes[i] = tx.Hash()
		gas += r.gas
		inBlock++
	}
	if err := flush(); err != nil {
		return nil, err
	}
	byHash := make(map[common.Hash]*types.Receipt, len(reqs))
	for _, n := range blocks {
		rs, err := c.eth.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(n)))
		if err != nil {
			return nil, fmt.Errorf("reading receipts of block %d: %w", n, err)
		}
		for _, r := range rs {
			byHash[r.TxHash] = r
		}
	}
	out := make([]*types.Receipt, len(reqs))
	var errs []error
	for i, h := range hashes {
		r, ok := byHash[h]
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("%s from %s (%s) was not mined", reqs[i].label, reqs[i].from.Address, h))
		case r.Status != types.ReceiptStatusSuccessful:
			errs = append(errs, fmt.Errorf("%s from %s (%s) reverted in block %d (gas used %d of %d)",
				reqs[i].label, reqs[i].from.Address, h, r.BlockNumber, r.GasUsed, reqs[i].gas))
		}
		out[i] = r
	}
	if len(errs) > 0 {
		return out, errors.Join(errs...)
	}
	for i, r := range reqs {
		if r.done != nil {
			if err := r.done(out[i]); err != nil {
				return out, fmt.Errorf("reading receipt of %s: %w", r.label, err)
			}
		}
	}
	return out, nil
}
