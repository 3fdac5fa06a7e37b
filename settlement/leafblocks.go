package settlement

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/internal/leafblock"
)

// copyLeafBlocks streams an epoch's leaves into a COPY of leaf_blocks, leafblock.Size leaves a row
// in account order, each with its position in the tree (index(i) of leaf i). One block's leaves and
// bytes are reused from row to row (pgx encodes a row before it asks for the next).
func copyLeafBlocks(l *Leaves, chain int64, e uint64, index func(i int) int) pgx.CopyFromSource {
	c := l.cursor()
	part := make([]leafblock.Leaf, 0, leafblock.Size)
	var buf []byte
	var err error
	block := int32(0)
	more := true
	return pgx.CopyFromFunc(func() ([]any, error) {
		part = part[:0]
		for more && len(part) < leafblock.Size {
			if more = c.next(); more {
				part = append(part, leafblock.Leaf{Account: l.Accounts[c.i], TreeIndex: uint32(index(c.i)), Amount: c.amount, Cumulative: l.Amounts[c.i]})
			}
		}
		if len(part) == 0 {
			return nil, nil
		}
		if buf, err = leafblock.Encode(buf[:0], part); err != nil {
			return nil, fmt.Errorf("epoch %d block %d: %w", e, block, err)
		}
		block++
		return []any{chain, int64(e), block - 1, part[0].Account[:], buf}, nil
	})
}

// storeLeafBlocks writes an epoch's leaves as leaf_blocks rows and their orders by amount and by
// cumulative amount as leaf_ranks rows.
func storeLeafBlocks(ctx context.Context, db DBTX, chain int64, e uint64, l *Leaves, index func(i int) int) error {
	if _, err := db.CopyFrom(ctx, pgx.Identifier{"leaf_blocks"}, []string{"chain_id", "epoch", "block", "first_account", "leaves"},
		copyLeafBlocks(l, chain, e, index)); err != nil {
		return fmt.Errorf("storing leaf_blocks: %w", err)
	}
	amounts := make([]uint256.Int, l.Len())
	_ = l.Each(func(i int, _ common.Address, amount, _ *uint256.Int) error { amounts[i] = *amount; return nil })
	return leafblock.WriteRanks(ctx, db, chain, int64(e), amounts, l.Amounts)
}

// readLeaves reads an epoch's (account, cumulative) leaves from its blocks into Balances, in account
// order, refusing a damaged block or blocks out of order.
func readLeaves(ctx context.Context, db DBTX, chainID, e int64) (*Balances, error) {
	b := &Balances{}
	err := leafblock.Each(ctx, db, chainID, e, func(l *leafblock.Leaf) error {
		b.add(common.Address(l.Account), &l.Cumulative)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := b.sortUnique(fmt.Sprintf("leaf_blocks of epoch %d", e)); err != nil {
		return nil, err
	}
	return b, nil
}
