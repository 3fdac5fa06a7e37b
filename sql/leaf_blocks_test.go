package sql_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/leafblock"
	"github.com/covey-labs/covey/internal/pgtest"
	coveysql "github.com/covey-labs/covey/sql"
)

// misaligned are three accounts of one block whose accounts column holds the third, and
// stray, also across the boundary of the first two: position() finds it there first.
var misaligned = [][]byte{
	bytes.Repeat([]byte{1}, 10), bytes.Repeat([]byte{5}, 10), // P = 01…01 05…05
	bytes.Repeat([]byte{2}, 10), bytes.Repeat([]byte{0}, 10), // Q = 02…02 00…00
	bytes.Repeat([]byte{5}, 10), bytes.Repeat([]byte{2}, 10), // X = 05…05 02…02 = P[10:] Q[:10]
}

// stray is P[5:] Q[:5]: in the accounts column, not an account.
var stray = append(append(bytes.Repeat([]byte{1}, 5), bytes.Repeat([]byte{5}, 10)...), bytes.Repeat([]byte{2}, 5)...)

// rowLeaves seeds epochs in the shape before 00920 (one merkle_leaves row per leaf) and returns
// them per epoch in account order.
func rowLeaves(t *testing.T, pool *pgxpool.Pool) map[int64][]leafblock.Leaf {
	t.Helper()
	maxU := new(uint256.Int).SetAllOne()
	out := map[int64][]leafblock.Leaf{}
	for e, n := range []int{3, 32, 70} {
		var ls []leafblock.Leaf
		for i := range n {
			var l leafblock.Leaf
			copy(l.Account[:], fmt.Sprintf("%020d", i*7919%100003)) // distinct, ASCII digits
			l.TreeIndex = uint32(n - 1 + i)
			l.Amount.SetUint64(uint64(i) * 1e18)
			l.Cumulative.Mul(uint256.NewInt(uint64(e+1)), uint256.NewInt(uint64(i+1)<<40))
			switch {
			case i == 1:
				l.Amount, l.Cumulative = *maxU, *maxU
			case i%5 == 0:
				l.Amount.Clear()
			}
			ls = append(ls, l)
		}
		if e == 2 {
			for k := range 3 {
				copy(ls[k].Account[:], append(append([]byte{}, misaligned[2*k]...), misaligned[2*k+1]...))
			}
		}
		sort.Slice(ls, func(i, j int) bool { return bytes.Compare(ls[i].Account[:], ls[j].Account[:]) < 0 })
		for _, l := range ls {
			if _, err := pool.Exec(context.Background(), `INSERT INTO merkle_leaves (chain_id, epoch, account, amount, cumulative, tree_index)
				VALUES (7, $1, $2, $3, $4, $5)`, e, hexOf(l.Account[:]), l.Amount.Dec(), l.Cumulative.Dec(), int32(l.TreeIndex)); err != nil {
				t.Fatal(err)
			}
		}
		out[int64(e)] = ls
	}
	return out
}

func hexOf(b []byte) string { return "0x" + hex.EncodeToString(b) }

func leafText(e int64, l leafblock.Leaf) string {
	return fmt.Sprintf("%d %s %s %s %d", e, hexOf(l.Account[:]), l.Amount.Dec(), l.Cumulative.Dec(), l.TreeIndex)
}

// viewRows reads merkle_leaves (a table or, after 00920, the view) as leafText lines.
func viewRows(t *testing.T, pool *pgxpool.Pool) []string {
	t.Helper()
	rows, err := pool.Query(context.Background(), `SELECT l.epoch, l.account, l.amount::text, l.cumulative::text, l.tree_index, r.amount::text
		FROM merkle_leaves l JOIN epoch_rewards r USING (chain_id, epoch, account) WHERE l.chain_id = 7 ORDER BY l.epoch, l.account`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var e int64
		var acct, amount, cum, viewAmount string
		var ti int32
		if err := rows.Scan(&e, &acct, &amount, &cum, &ti, &viewAmount); err != nil {
			t.Fatal(err)
		}
		if viewAmount != amount {
			t.Fatalf("epoch_rewards says %s, merkle_leaves %s", viewAmount, amount)
		}
		out = append(out, fmt.Sprintf("%d %s %s %s %d", e, acct, amount, cum, ti))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func wantRows(leaves map[int64][]leafblock.Leaf) []string {
	var out []string
	for e := range int64(len(leaves)) {
		for _, l := range leaves[e] {
			out = append(out, leafText(e, l))
		}
	}
	return out
}

// TestLeafBlocksMigration: an existing database's leaves move into blocks byte for byte what
// settlement writes (leafblock.Encode, 32 a block); the merkle_leaves and epoch_rewards views give
// back every row; leaf_find finds every leaf and none for an account that is not one, also where
// the search's first match straddles two accounts; migrating down gives the rows back.
func TestLeafBlocksMigration(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	migrationDown(t, pool, "00920_leaf_blocks.sql", 920)
	leaves := rowLeaves(t, pool)
	if err := coveysql.Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	if got, want := viewRows(t, pool), wantRows(leaves); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("after migrating:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for e, ls := range leaves {
		for b := 0; b*leafblock.Size < len(ls); b++ {
			part := ls[b*leafblock.Size : min(len(ls), (b+1)*leafblock.Size)]
			want, err := leafblock.Encode(nil, part)
			if err != nil {
				t.Fatal(err)
			}
			var got, first []byte
			if err := pool.QueryRow(ctx, `SELECT leaves, first_account FROM leaf_blocks WHERE chain_id = 7 AND epoch = $1 AND block = $2`, e, b).Scan(&got, &first); err != nil {
				t.Fatalf("epoch %d block %d: %v", e, b, err)
			}
			if !bytes.Equal(got, want) || !bytes.Equal(first, part[0].Account[:]) {
				t.Fatalf("epoch %d block %d:\n%x first %x\nwant\n%x", e, b, got, first, want)
			}
		}
		for _, l := range ls {
			got := findLeaf(t, pool, e, l.Account[:])
			if want := fmt.Sprintf("%d %s %s", l.TreeIndex, l.Amount.Dec(), l.Cumulative.Dec()); got != want {
				t.Fatalf("leaf_find epoch %d %x: %q, want %q", e, l.Account, got, want)
			}
		}
	}
	for e, ls := range leaves {
		checkRanks(t, pool, e, ls)
		checkPages(t, pool, e, ls)
	}
	for _, absent := range [][]byte{stray, bytes.Repeat([]byte{0}, 20), bytes.Repeat([]byte{0xff}, 20), []byte("00000000000000000001")} {
		if got := findLeaf(t, pool, 2, absent); got != "" {
			t.Fatalf("leaf_find of %x, not an account: %q", absent, got)
		}
	}
	migrationDown(t, pool, "00920_leaf_blocks.sql", 920)
	if got, want := viewRows(t, pool), wantRows(leaves); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("after migrating down:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func findLeaf(t *testing.T, pool *pgxpool.Pool, e int64, account []byte) string {
	t.Helper()
	rows, err := pool.Query(context.Background(), `SELECT tree_index, amount::text, cumulative::text FROM leaf_find(7, $1, $2)`, e, hexOf(account))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var ti int32
		var amount, cum string
		if err := rows.Scan(&ti, &amount, &cum); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%d %s %s", ti, amount, cum))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(out, "|")
}

// TestLeafBlocksMigrationRefuses: a leaf that cannot be stored in a block (an amount past uint256,
// an account that is not 0x and 40 lowercase hex digits) stops the migration with an error naming
// it, and the rows are left as they were.
func TestLeafBlocksMigrationRefuses(t *testing.T) {
	tooBig := new(big.Int).Lsh(big.NewInt(1), 256).String()
	for name, c := range map[string]struct{ damage, want string }{
		"amount":     {`UPDATE merkle_leaves SET amount = ` + tooBig + ` WHERE epoch = 1 AND tree_index = 40`, "is not a uint256"},
		"cumulative": {`UPDATE merkle_leaves SET cumulative = ` + tooBig + ` WHERE epoch = 1 AND tree_index = 40`, "is not a uint256"},
		"account":    {`UPDATE merkle_leaves SET account = upper(account) WHERE epoch = 2 AND tree_index = 80`, "is not 0x and 40 lowercase hex digits"},
	} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			pool := pgtest.New(t)
			migrationDown(t, pool, "00920_leaf_blocks.sql", 920)
			rowLeaves(t, pool)
			if _, err := pool.Exec(ctx, c.damage); err != nil {
				t.Fatal(err)
			}
			before := viewRows(t, pool)
			err := coveysql.Migrate(ctx, pool)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("migrating: %v, want %q", err, c.want)
			}
			var kind string
			if err := pool.QueryRow(ctx, `SELECT relkind::text FROM pg_class WHERE relname = 'merkle_leaves'`).Scan(&kind); err != nil || kind != "r" {
				t.Fatalf("merkle_leaves relkind %q (%v)", kind, err)
			}
			if after := viewRows(t, pool); strings.Join(after, "\n") != strings.Join(before, "\n") {
				t.Fatal("rows changed by a refused migration")
			}
		})
	}
}

// checkRanks: the migration's leaf_ranks are leafblock.WriteRanks' (Order of the amounts and of the
// cumulative amounts and their inverses).
func checkRanks(t *testing.T, pool *pgxpool.Pool, e int64, ls []leafblock.Leaf) {
	t.Helper()
	amounts, cums := make([]uint256.Int, len(ls)), make([]uint256.Int, len(ls))
	for i, l := range ls {
		amounts[i], cums[i] = l.Amount, l.Cumulative
	}
	byA, byC := leafblock.Order(amounts), leafblock.Order(cums)
	for kind, list := range map[string][]uint32{"a": byA, "A": leafblock.Inverse(byA), "c": byC, "C": leafblock.Inverse(byC)} {
		var want []byte
		for _, v := range list {
			want = binary.BigEndian.AppendUint32(want, v)
		}
		var got []byte
		if err := pool.QueryRow(context.Background(), `SELECT string_agg(ranks, ''::bytea ORDER BY block) FROM leaf_ranks
			WHERE chain_id = 7 AND epoch = $1 AND kind = $2`, e, kind).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("epoch %d leaf_ranks %s:\n%x\nwant\n%x", e, kind, got, want)
		}
	}
}

// checkPages: leaf_page's rows hold the n leaves after (or before, downwards) each leaf in each
// order, and from either end without a cursor; a cursor whose value is not its leaf's gives every leaf.
func checkPages(t *testing.T, pool *pgxpool.Pool, e int64, ls []leafblock.Leaf) {
	t.Helper()
	const n = 4
	orders := map[string]func(l *leafblock.Leaf) *uint256.Int{
		"account": nil,
		"a":       func(l *leafblock.Leaf) *uint256.Int { return &l.Amount },
		"c":       func(l *leafblock.Leaf) *uint256.Int { return &l.Cumulative },
	}
	for kind, val := range orders {
		sorted := slices.Clone(ls)
		if val != nil {
			slices.SortStableFunc(sorted, func(a, b leafblock.Leaf) int { return val(&a).Cmp(val(&b)) })
		}
		for _, down := range []bool{false, true} {
			for at := -1; at < len(sorted); at++ {
				var want []leafblock.Leaf
				var value, account any
				switch {
				case at < 0 && !down:
					want = sorted[:min(n, len(sorted))]
				case at < 0:
					want = sorted[max(0, len(sorted)-n):]
				case down:
					want = sorted[max(0, at-n):at]
				default:
					want = sorted[at+1 : min(len(sorted), at+1+n)]
				}
				if at >= 0 {
					account = hexOf(sorted[at].Account[:])
					if val != nil {
						value = val(&sorted[at]).Dec()
					}
				}
				got := pageAccounts(t, pool, e, kind, value, account, n, down)
				for _, l := range want {
					if !got[hexOf(l.Account[:])] {
						t.Fatalf("epoch %d leaf_page %s after %d down %v: %v lacks %x", e, kind, at, down, got, l.Account)
					}
				}
			}
		}
		if val != nil && len(ls) > 1 {
			got := pageAccounts(t, pool, e, kind, "12345", hexOf(ls[1].Account[:]), n, false)
			if len(got) != len(ls) {
				t.Fatalf("epoch %d leaf_page %s after a cursor with another value: %d leaves, want all %d", e, kind, len(got), len(ls))
			}
		}
	}
}

func pageAccounts(t *testing.T, pool *pgxpool.Pool, e int64, kind string, value, account any, n int, down bool) map[string]bool {
	t.Helper()
	rows, err := pool.Query(context.Background(), `SELECT account FROM leaf_page(7, $1, $2, $3::numeric, $4::text, $5, $6)`, e, kind, value, account, n, down)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			t.Fatal(err)
		}
		out[a] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
