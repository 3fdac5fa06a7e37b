package sql_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
	coveysql "github.com/covey-labs/covey/sql"
)

// oldLeafRows seeds settled epochs in the shape before 00910 (a leaf in merkle_leaves and its
// reward in epoch_rewards, same key) and returns every (epoch, account, amount, cumulative,
// tree_index) row as text, the answer the API gave from them.
func oldLeafRows(t *testing.T, pool *pgxpool.Pool) []string {
	t.Helper()
	ctx := context.Background()
	var want []string
	for e, n := range []int{3, 40, 41} {
		for i := range n {
			acct := fmt.Sprintf("0x%040x", (i*7919+e)%1000+1)
			amount := fmt.Sprintf("%d000000000000000000000000000000000000000000000000000000000000000000%d", i, e) // beyond int64
			cum := fmt.Sprintf("%d%s", e+1, strings.Repeat("0", 70))
			if i%5 == 0 {
				amount = "0" // carried forward, nothing earned this epoch
			}
			if _, err := pool.Exec(ctx, `INSERT INTO merkle_leaves (chain_id, epoch, account, cumulative, tree_index) VALUES (7, $1, $2, $3, $4)`,
				e, acct, cum, n-1+i); err != nil {
				t.Fatal(err)
			}
			if _, err := pool.Exec(ctx, `INSERT INTO epoch_rewards (chain_id, epoch, account, amount, cumulative) VALUES (7, $1, $2, $3, $4)`,
				e, acct, amount, cum); err != nil {
				t.Fatal(err)
			}
			want = append(want, fmt.Sprintf("%d %s %s %s %d", e, acct, amount, cum, n-1+i))
		}
	}
	return want
}

// leafRowsNow reads the rows back after the migration, from the merged table and from the
// epoch_rewards view, and checks the two agree.
func leafRowsNow(t *testing.T, pool *pgxpool.Pool) []string {
	t.Helper()
	rows, err := pool.Query(context.Background(), `SELECT l.epoch, l.account, l.amount::text, l.cumulative::text, l.tree_index,
		r.amount::text, r.cumulative::text
		FROM merkle_leaves l LEFT JOIN epoch_rewards r USING (chain_id, epoch, account) WHERE l.chain_id = 7`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var e int64
		var acct, amount, cum string
		var ti int32
		var vAmount, vCum *string
		if err := rows.Scan(&e, &acct, &amount, &cum, &ti, &vAmount, &vCum); err != nil {
			t.Fatal(err)
		}
		if vAmount == nil || *vAmount != amount || *vCum != cum {
			t.Fatalf("epoch %d %s: epoch_rewards view says %v/%v, merkle_leaves %s/%s", e, acct, vAmount, vCum, amount, cum)
		}
		got = append(got, fmt.Sprintf("%d %s %s %s %d", e, acct, amount, cum, ti))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}

func sameRows(t *testing.T, what string, got, want []string) {
	t.Helper()
	set := map[string]bool{}
	for _, r := range want {
		set[r] = true
	}
	for _, r := range got {
		if !set[r] {
			t.Fatalf("%s: row %q was not there before", what, r)
		}
		delete(set, r)
	}
	if len(got) != len(want) || len(set) != 0 {
		t.Fatalf("%s: %d rows, want %d (%d missing)", what, len(got), len(want), len(set))
	}
}

// TestOneRowPerLeafMigration: a database with settled epochs in the two-table shape is migrated to
// one row per leaf with every amount, cumulative amount and tree index unchanged (and the same rows
// through the epoch_rewards view); migrating down gives the two tables back, row for row.
func TestOneRowPerLeafMigration(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	migrationDown(t, pool, "00920_leaf_blocks.sql", 920)
	migrationDown(t, pool, "00910_one_row_per_leaf.sql", 910)
	want := oldLeafRows(t, pool)
	if err := coveysql.Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	sameRows(t, "after migrating", leafRowsNow(t, pool), want)
	migrationDown(t, pool, "00920_leaf_blocks.sql", 920)
	migrationDown(t, pool, "00910_one_row_per_leaf.sql", 910)
	rows, err := pool.Query(ctx, `SELECT l.epoch, l.account, r.amount::text, l.cumulative::text, l.tree_index
		FROM merkle_leaves l JOIN epoch_rewards r USING (chain_id, epoch, account) WHERE r.cumulative = l.cumulative`)
	if err != nil {
		t.Fatal(err)
	}
	var down []string
	for rows.Next() {
		var e int64
		var acct, amount, cum string
		var ti int32
		if err := rows.Scan(&e, &acct, &amount, &cum, &ti); err != nil {
			t.Fatal(err)
		}
		down = append(down, fmt.Sprintf("%d %s %s %s %d", e, acct, amount, cum, ti))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	sameRows(t, "after migrating down", down, want)
}

// TestOneRowPerLeafMigrationRefusesDisagreement: when the two tables disagree (a leaf without its
// reward row, or a different cumulative amount) the migration stops with an error naming the row,
// and both tables are left as they were.
func TestOneRowPerLeafMigrationRefusesDisagreement(t *testing.T) {
	for name, damage := range map[string]string{
		"cumulative differs":  `UPDATE epoch_rewards SET cumulative = cumulative + 1 WHERE epoch = 1 AND account = (SELECT min(account) FROM epoch_rewards WHERE epoch = 1)`,
		"leaf without reward": `DELETE FROM epoch_rewards WHERE epoch = 2 AND account = (SELECT min(account) FROM epoch_rewards WHERE epoch = 2)`,
		"reward without leaf": `DELETE FROM merkle_leaves WHERE epoch = 0 AND account = (SELECT min(account) FROM merkle_leaves WHERE epoch = 0)`,
	} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			pool := pgtest.New(t)
			migrationDown(t, pool, "00920_leaf_blocks.sql", 920)
			migrationDown(t, pool, "00910_one_row_per_leaf.sql", 910)
			oldLeafRows(t, pool)
			if _, err := pool.Exec(ctx, damage); err != nil {
				t.Fatal(err)
			}
			var before [2]int
			if err := pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM merkle_leaves), (SELECT count(*) FROM epoch_rewards)`).Scan(&before[0], &before[1]); err != nil {
				t.Fatal(err)
			}
			err := coveysql.Migrate(ctx, pool)
			if err == nil || !strings.Contains(err.Error(), "they must agree row for row") {
				t.Fatalf("migrating: %v, want a refusal naming the row", err)
			}
			var after [2]int
			var kind string
			if err := pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM merkle_leaves), (SELECT count(*) FROM epoch_rewards),
				(SELECT relkind::text FROM pg_class WHERE relname = 'epoch_rewards')`).Scan(&after[0], &after[1], &kind); err != nil {
				t.Fatal(err)
			}
			if after != before || kind != "r" {
				t.Fatalf("after the refusal: rows %v (before %v), epoch_rewards relkind %q", after, before, kind)
			}
		})
	}
}
