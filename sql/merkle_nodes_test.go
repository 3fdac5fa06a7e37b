package sql_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/merkle"
	coveysql "github.com/covey-labs/covey/sql"
)

// migrationDown runs the Down section of a migration file and forgets that it was applied.
func migrationDown(t *testing.T, pool *pgxpool.Pool, file string, version int) {
	t.Helper()
	b, err := os.ReadFile("migrations/" + file)
	if err != nil {
		t.Fatal(err)
	}
	_, down, ok := strings.Cut(string(b), "-- +goose Down")
	if !ok {
		t.Fatalf("%s has no Down section", file)
	}
	if _, err := pool.Exec(context.Background(), down+fmt.Sprintf("; DELETE FROM goose_db_version WHERE version_id = %d", version)); err != nil {
		t.Fatalf("%s down: %v", file, err)
	}
}

// TestMerkleNodesMigration: a database of the old shape (a proof per leaf and epoch) is migrated to
// node blocks equal to the ones settlement writes (merkle.Tree.Blocks) for the trees that are kept
// (the two latest accepted epochs and those after), none for the superseded, and the proofs are
// dropped; migrating down brings back the kept trees' proofs byte for byte.
func TestMerkleNodesMigration(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	migrationDown(t, pool, "00920_leaf_blocks.sql", 920)
	migrationDown(t, pool, "00910_one_row_per_leaf.sql", 910)
	migrationDown(t, pool, "00102_merkle_siblings.sql", 102)
	migrationDown(t, pool, "00101_merkle_nodes.sql", 101)

	sizes := []int{50, 37, 1000, 1} // epochs 0..3; 1 and 2 accepted, so epoch 0's tree is superseded
	trees := make([]*merkle.Tree, len(sizes))
	proofs := map[string][]byte{}
	for e, n := range sizes {
		leaves := make([]merkle.Leaf, n)
		for i := range leaves {
			leaves[i] = merkle.Leaf{Account: common.BigToAddress(big.NewInt(int64(1000*e + i + 1))), Amount: new(big.Int).Lsh(big.NewInt(int64(i+1)), 80)}
		}
		tr, err := merkle.Build(leaves)
		if err != nil {
			t.Fatal(err)
		}
		trees[e] = tr
		root := fmt.Sprintf("0x%x", tr.Root())
		if _, err := pool.Exec(ctx, `INSERT INTO settlement_epochs (chain_id, epoch, epoch_start, epoch_end, snapshot_block, snapshot_hash,
			policy_version, policy_hash, engine_version, input_hash, emission, revenue, total_epoch, total_cumulative, treasury_residual,
			leaf_count, root, manifest_hash, manifest) VALUES (1, $1, 0, 0, 0, $2, '1', $2, 't', $2, 0, 0, 0, 0, 0, $3, $2, $2, '')`,
			e, root, n); err != nil {
			t.Fatal(err)
		}
		if e == 1 || e == 2 {
			if _, err := pool.Exec(ctx, `INSERT INTO ev_root_accepted (chain_id, block_number, block_hash, block_time, tx_hash, tx_index,
				log_index, contract, epoch, root, total_cumulative, manifest_hash) VALUES (1, $1::bigint, $2, 0, $2, 0, 0, '0x00', $1::bigint, $2, 0, $2)`,
				e, root); err != nil {
				t.Fatal(err)
			}
		}
		for i := range n {
			l := tr.Leaf(i)
			p := tr.AppendProof([]byte{}, i)
			proofs[fmt.Sprint(e, l.Account)] = p
			if _, err := pool.Exec(ctx, `INSERT INTO merkle_leaves (chain_id, epoch, account, cumulative, tree_index, proof) VALUES (1, $1, $2, $3, $4, $5)`,
				e, strings.ToLower(l.Account.Hex()), l.Amount.String(), tr.TreeIndex(i), p); err != nil {
				t.Fatal(err)
			}
			if _, err := pool.Exec(ctx, `INSERT INTO epoch_rewards (chain_id, epoch, account, amount, cumulative) VALUES (1, $1, $2, 0, $3)`,
				e, strings.ToLower(l.Account.Hex()), l.Amount.String()); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := coveysql.Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	for e, tr := range trees {
		stored := map[int][]byte{}
		rows, err := pool.Query(ctx, `SELECT block, nodes FROM merkle_nodes WHERE chain_id = 1 AND epoch = $1`, e)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var b int32
			var nodes []byte
			if err := rows.Scan(&b, &nodes); err != nil {
				t.Fatal(err)
			}
			stored[int(b)] = nodes
		}
		if rows.Err() != nil {
			t.Fatal(rows.Err())
		}
		want := 0
		if e > 0 {
			for root, nodes := range tr.Blocks() {
				if !bytes.Equal(stored[root], nodes) {
					t.Fatalf("epoch %d block %d: migrated %x, settlement writes %x", e, root, stored[root], nodes)
				}
				want++
			}
		}
		if len(stored) != want {
			t.Fatalf("epoch %d: %d blocks migrated, want %d", e, len(stored), want)
		}
	}
	var proofCol bool
	if err := pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'merkle_leaves' AND column_name = 'proof')`).Scan(&proofCol); err != nil || proofCol {
		t.Fatalf("merkle_leaves.proof still there (%v)", err)
	}

	migrationDown(t, pool, "00920_leaf_blocks.sql", 920)
	migrationDown(t, pool, "00910_one_row_per_leaf.sql", 910)
	migrationDown(t, pool, "00102_merkle_siblings.sql", 102)
	migrationDown(t, pool, "00101_merkle_nodes.sql", 101)
	rows, err := pool.Query(ctx, `SELECT epoch, account, proof FROM merkle_leaves`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var e int64
		var a string
		var p []byte
		if err := rows.Scan(&e, &a, &p); err != nil {
			t.Fatal(err)
		}
		want := proofs[fmt.Sprint(e, common.HexToAddress(a))]
		if e == 0 {
			want = []byte{}
		}
		if !bytes.Equal(p, want) {
			t.Fatalf("down: epoch %d %s: proof %x, want %x", e, a, p, want)
		}
	}
}
