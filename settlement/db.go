package settlement

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// DBTX is what helpers need from a pool, a connection or a transaction, so that exported methods
// can decide where transactions begin and end.
type DBTX interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	CopyFrom(ctx context.Context, table pgx.Identifier, columns []string, src pgx.CopyFromSource) (int64, error)
}

// parseBig reads a numeric column selected as text: amounts never pass through a float.
func parseBig(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("invalid integer %q", s)
	}
	return v, nil
}

// numeric wraps an integer for pgx's binary COPY and parameters.
func numeric(x *big.Int) pgtype.Numeric {
	return pgtype.Numeric{Int: new(big.Int).Set(x), Exp: 0, Valid: true}
}

// pgNumeric wraps a uint256 for pgx's binary COPY through *buf, a big.Int reused from row to row (pgx
// encodes a row's values before it asks for the next one).
func pgNumeric(x *uint256.Int, buf **big.Int) pgtype.Numeric {
	x.IntoBig(buf)
	return pgtype.Numeric{Int: *buf, Valid: true}
}

// copyLeaves streams leaves into a COPY, one row each from row(i, account, amount, cumulative, dst),
// which appends the row's values to dst (one slice reused for every row): no row outlives its encoding.
func copyLeaves(l *Leaves, row func(i int, a common.Address, amount, cumulative *uint256.Int, dst []any) []any) pgx.CopyFromSource {
	c := l.cursor()
	var vals []any
	return pgx.CopyFromFunc(func() ([]any, error) {
		if !c.next() {
			return nil, nil
		}
		vals = row(c.i, l.Accounts[c.i], &c.amount, &l.Amounts[c.i], vals[:0])
		return vals, nil
	})
}
