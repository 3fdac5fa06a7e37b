package settlement

import (
	"context"
	"fmt"
	"math/big"

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
