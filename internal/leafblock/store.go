package leafblock

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	"github.com/holiman/uint256"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// DB is what reading and writing an epoch's blocks needs: a pool, a connection or a transaction.
type DB interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	CopyFrom(ctx context.Context, table pgx.Identifier, columns []string, src pgx.CopyFromSource) (int64, error)
}

// Each calls fn with every leaf of an epoch in account order (l is reused between calls), refusing a
// damaged block or a missing one; it stops at fn's first error.
func Each(ctx context.Context, db DB, chain, epoch int64, fn func(l *Leaf) error) error {
	rows, err := db.Query(ctx, `SELECT block, leaves FROM leaf_blocks WHERE chain_id = $1 AND epoch = $2 ORDER BY block`, chain, epoch)
	if err != nil {
		return fmt.Errorf("reading leaf_blocks of epoch %d: %w", epoch, err)
	}
	defer rows.Close()
	var (
		l   Leaf
		n   int32
		raw []byte
	)
	for want := int32(0); rows.Next(); want++ {
		if err := rows.Scan(&n, &raw); err != nil {
			return err
		}
		k, err := Parse(raw)
		if err == nil && n != want {
			err = fmt.Errorf("%w: block %d where %d belongs", ErrDamaged, n, want)
		}
		if err != nil {
			return fmt.Errorf("reading leaf_blocks of epoch %d: %w", epoch, err)
		}
		for i := range k.Len() {
			k.Leaf(i, &l)
			if err := fn(&l); err != nil {
				return err
			}
		}
	}
	return rows.Err()
}

// Read returns every leaf of an epoch in account order.
func Read(ctx context.Context, db DB, chain, epoch int64) ([]Leaf, error) {
	var out []Leaf
	err := Each(ctx, db, chain, epoch, func(l *Leaf) error { out = append(out, *l); return nil })
	return out, err
}

// Write stores an epoch's leaves, in strictly ascending account order, as blocks of Size, and their
// orders by amount and cumulative amount (WriteRanks).
func Write(ctx context.Context, db DB, chain, epoch int64, leaves []Leaf) error {
	if !sortedLeaves(leaves) {
		return fmt.Errorf("storing leaf_blocks of epoch %d: leaves not in ascending account order", epoch)
	}
	var buf []byte
	var err error
	b := 0
	_, err = db.CopyFrom(ctx, pgx.Identifier{"leaf_blocks"}, []string{"chain_id", "epoch", "block", "first_account", "leaves"},
		pgx.CopyFromFunc(func() ([]any, error) {
			if b*Size >= len(leaves) {
				return nil, nil
			}
			part := leaves[b*Size : min(len(leaves), (b+1)*Size)]
			if buf, err = Encode(buf[:0], part); err != nil {
				return nil, err
			}
			b++
			return []any{chain, epoch, int32(b - 1), part[0].Account[:], buf}, nil
		}))
	if err != nil {
		return fmt.Errorf("storing leaf_blocks of epoch %d: %w", epoch, err)
	}
	amounts, cums := make([]uint256.Int, len(leaves)), make([]uint256.Int, len(leaves))
	for i := range leaves {
		amounts[i], cums[i] = leaves[i].Amount, leaves[i].Cumulative
	}
	return WriteRanks(ctx, db, chain, epoch, amounts, cums)
}

// Put adds leaves to an epoch's stored ones (replacing an account's leaf) and writes the epoch's
// blocks again: for fixtures and tools that write a few leaves at a time, not for settlement.
func Put(ctx context.Context, db DB, chain, epoch int64, add ...Leaf) error {
	leaves, err := Read(ctx, db, chain, epoch)
	if err != nil {
		return err
	}
	cmp := func(a, b Leaf) int { return bytes.Compare(a.Account[:], b.Account[:]) }
	for _, l := range add {
		if i, ok := slices.BinarySearchFunc(leaves, l, cmp); ok {
			leaves[i] = l
		} else {
			leaves = slices.Insert(leaves, i, l)
		}
	}
	for _, t := range []string{"leaf_blocks", "leaf_ranks"} {
		if _, err := db.Exec(ctx, `DELETE FROM `+t+` WHERE chain_id = $1 AND epoch = $2`, chain, epoch); err != nil {
			return fmt.Errorf("replacing %s of epoch %d: %w", t, epoch, err)
		}
	}
	return Write(ctx, db, chain, epoch, leaves)
}
