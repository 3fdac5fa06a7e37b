package settlement

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/merkle"
)

// storeTree stores leaves as epoch e of testChain (leaves and node blocks) with its settlement_epochs
// row, then prunes as Store does.
func storeTree(t *testing.T, pool *pgxpool.Pool, e uint64, leaves []AccountLeaf) *Tree {
	t.Helper()
	ctx := context.Background()
	m := map[string]*big.Int{}
	for _, l := range leaves {
		m[l.Account] = l.Cumulative
	}
	ls := &Leaves{Balances: *balancesOf(t, m)}
	tree, err := BuildTree(&ls.Balances)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `INSERT INTO settlement_epochs (chain_id, epoch, epoch_start, epoch_end, snapshot_block, snapshot_hash,
		policy_version, policy_hash, engine_version, input_hash, emission, revenue, total_epoch, total_cumulative, treasury_residual,
		leaf_count, root, manifest_hash, manifest) VALUES ($1, $2, 0, 0, 0, $3, '1', $3, 'test', $3, 0, 0, 0, 0, 0, $4, $5, $3, '')`,
		testChain, int64(e), hash(1), len(leaves), common.Hash(tree.Tree.Root()).Hex()); err != nil {
		t.Fatal(err)
	}
	p := &Prepared{Loaded: &Loaded{Epoch: e}, Leaves: ls, Tree: tree}
	if err := storeLeaves(ctx, tx, testChain, e, p); err != nil {
		t.Fatal(err)
	}
	if err := keepTrees(ctx, tx, testChain); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	return tree
}

func someLeaves(n, salt int) []AccountLeaf {
	out := make([]AccountLeaf, n)
	for i := range out {
		c := new(big.Int).Lsh(big.NewInt(int64(i*7+salt+1)), 70) // beyond 64 bits
		out[i] = AccountLeaf{Account: fmt.Sprintf("0x%040x", uint64(i)*0x9e3779b97f4a7c15+1), Amount: c, Cumulative: c}
	}
	// In account order, as an epoch keeps them: leaf i is the tree's leaf i.
	slices.SortFunc(out, func(a, b AccountLeaf) int { return strings.Compare(a.Account, b.Account) })
	return out
}

// TestStoredProofsEqualTree: for every leaf of stored trees of several shapes, the proof derived in SQL
// (merkle_proof) and the one derived in Go from the blocks the claim query reads
// (merkle_block_roots, merkle.AppendProofFromBlocks) both equal the tree's own proof, which
// merkle's tests hold to the OpenZeppelin library; and merkle_block_roots is merkle.BlockRoots.
func TestStoredProofsEqualTree(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	for e, n := range []int{1, 2, 3, 31, 32, 33, 64, 1000, 2000} {
		leaves := someLeaves(n, e)
		tree := storeTree(t, pool, uint64(e), leaves)
		index := map[string]int{}
		for i, l := range leaves {
			index[l.Account] = i
		}
		rows, err := pool.Query(ctx, `SELECT account, tree_index, merkle_proof(chain_id, epoch, tree_index),
			array_remove(merkle_block_roots(tree_index), NULL),
			ARRAY(SELECT n.nodes FROM merkle_nodes n WHERE n.chain_id = l.chain_id AND n.epoch = l.epoch
				AND n.block = ANY(merkle_block_roots(l.tree_index)) ORDER BY n.block),
			(SELECT string_agg(merkle_siblings(n.nodes, n.block, l.tree_index), ''::bytea ORDER BY n.block DESC) FROM merkle_nodes n
				WHERE n.chain_id = l.chain_id AND n.epoch = l.epoch AND n.block = ANY(merkle_block_roots(l.tree_index)))
			FROM merkle_leaves l WHERE chain_id = $1 AND epoch = $2`, testChain, e)
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for rows.Next() {
			var (
				account     string
				ti          int32
				sqlProof    []byte
				siblings    []byte
				roots       []int32
				blocks      [][]byte
				goRoots     []int
				fromBlocks  []byte
				treeProof   []byte
				errFromTree error
			)
			if err := rows.Scan(&account, &ti, &sqlProof, &roots, &blocks, &siblings); err != nil {
				t.Fatal(err)
			}
			i := index[account]
			treeProof = tree.Tree.AppendProof(nil, i)
			if int(ti) != tree.Tree.TreeIndex(i) {
				t.Fatalf("%d leaves: %s stored at %d, in the tree at %d", n, account, ti, tree.Tree.TreeIndex(i))
			}
			goRoots = merkle.BlockRoots(nil, int(ti))
			if !slices.Equal(goRoots, slices.Collect(func(yield func(int) bool) {
				for _, r := range roots {
					if !yield(int(r)) {
						return
					}
				}
			})) {
				t.Fatalf("%d leaves, index %d: merkle_block_roots %v, merkle.BlockRoots %v", n, ti, roots, goRoots)
			}
			fromBlocks, errFromTree = merkle.AppendProofFromBlocks(nil, int(ti), blocks)
			if errFromTree != nil {
				t.Fatalf("%d leaves, %s: %v", n, account, errFromTree)
			}
			if sqlProof == nil || !bytes.Equal(sqlProof, treeProof) || !bytes.Equal(fromBlocks, treeProof) || !bytes.Equal(siblings, treeProof) {
				t.Fatalf("%d leaves, %s (index %d): proofs differ: sql %x, blocks %x, merkle_siblings %x, tree %x", n, account, ti, sqlProof, fromBlocks, siblings, treeProof)
			}
			seen++
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		if seen != n {
			t.Fatalf("%d leaves: %d stored", n, seen)
		}
	}
}

// TestMerkleLevelSQL: merkle_level (floating point) is merkle.ProofLen at every power of two and its
// neighbours up to the largest heap position, where rounding would show.
func TestMerkleLevelSQL(t *testing.T) {
	pool := pgtest.New(t)
	for k := 0; k <= 30; k++ {
		for _, p := range []int{1<<k - 2, 1<<k - 1, 1 << k} {
			if p < 0 || p > 1<<31-2 {
				continue
			}
			var got int
			if err := pool.QueryRow(context.Background(), `SELECT merkle_level($1)`, int32(p)).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != merkle.ProofLen(p) {
				t.Fatalf("merkle_level(%d) = %d, want %d", p, got, merkle.ProofLen(p))
			}
		}
	}
}

// TestTreeStorageIndependentOfEpochs settles K epochs of the same size, each accepted on-chain after it
// is stored: merkle_nodes keeps the trees of the two latest accepted epochs and no more, so its bytes
// after 8 epochs equal its bytes after 3, while every epoch's leaves (history) stay. Before any root is
// accepted every tree is kept, and a pruned epoch's proof reads as NULL, never as a wrong proof. A kept
// tree that went missing is rebuilt from its leaves when the next epoch is stored.
func TestTreeStorageIndependentOfEpochs(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	const n = 3000
	treeBytes := func() (epochs []int64, size int64) {
		rows, err := pool.Query(ctx, `SELECT epoch, sum(length(nodes)) FROM merkle_nodes WHERE chain_id = $1 GROUP BY epoch ORDER BY epoch`, testChain)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var e, b int64
			if err := rows.Scan(&e, &b); err != nil {
				t.Fatal(err)
			}
			epochs, size = append(epochs, e), size+b
		}
		return epochs, size
	}
	accept := func(e int, root [32]byte) {
		if _, err := pool.Exec(ctx, `INSERT INTO ev_root_accepted (chain_id, block_number, block_hash, block_time, tx_hash, tx_index,
			log_index, contract, epoch, root, total_cumulative, manifest_hash) VALUES ($1, $2::bigint, $3, 0, $3, 0, 0, '0x00', $2::bigint, $4, 0, $3)`,
			testChain, e, hash(int64(e)), common.Hash(root).Hex()); err != nil {
			t.Fatal(err)
		}
	}
	// Two epochs before any acceptance: both kept.
	for e := range 2 {
		storeTree(t, pool, uint64(e), someLeaves(n, e))
	}
	if eps, _ := treeBytes(); !slices.Equal(eps, []int64{0, 1}) {
		t.Fatalf("before any acceptance, trees of epochs %v kept, want [0 1]", eps)
	}
	var sizes []int64
	trees := map[int]*Tree{}
	for e := 2; e < 8; e++ {
		tree := storeTree(t, pool, uint64(e), someLeaves(n, e))
		trees[e] = tree
		accept(e, tree.Tree.Root())
		eps, size := treeBytes()
		sizes = append(sizes, size)
		t.Logf("after epoch %d: trees of epochs %v, %d bytes", e, eps, size)
		if e >= 4 && !slices.Equal(eps, []int64{int64(e - 2), int64(e - 1), int64(e)}) {
			t.Fatalf("after epoch %d: trees of epochs %v kept, want %d..%d", e, eps, e-2, e)
		}
	}
	if first, last := sizes[2], sizes[len(sizes)-1]; last != first || last > 3*32*(2*n) {
		t.Fatalf("tree storage %d bytes after epoch 4, %d after epoch 7: it grows with the number of epochs", first, last)
	}
	var leaves int
	var pruned []byte
	if err := pool.QueryRow(ctx, `SELECT count(*), (SELECT merkle_proof($1, 0, tree_index) FROM merkle_leaves WHERE chain_id = $1 AND epoch = 0 LIMIT 1)
		FROM merkle_leaves WHERE chain_id = $1`, testChain).Scan(&leaves, &pruned); err != nil {
		t.Fatal(err)
	}
	if leaves != 8*n || pruned != nil {
		t.Fatalf("%d leaves kept (want every epoch's, %d); pruned epoch 0 proof %x (want NULL)", leaves, 8*n, pruned)
	}

	// Epochs 6 and 7 lose their trees (still kept: 7 is the latest accepted, 6 the one before).
	if _, err := pool.Exec(ctx, `DELETE FROM merkle_nodes WHERE epoch IN (6, 7)`); err != nil {
		t.Fatal(err)
	}
	storeTree(t, pool, 8, someLeaves(n, 8))
	if eps, _ := treeBytes(); !slices.Equal(eps, []int64{6, 7, 8}) {
		t.Fatalf("after epoch 8: trees of epochs %v, want the missing 6 and 7 rebuilt", eps)
	}
	for _, e := range []int{6, 7} {
		for root, nodes := range trees[e].Tree.Blocks() {
			var got []byte
			if err := pool.QueryRow(ctx, `SELECT nodes FROM merkle_nodes WHERE chain_id = $1 AND epoch = $2 AND block = $3`, testChain, e, root).Scan(&got); err != nil || !bytes.Equal(got, nodes) {
				t.Fatalf("epoch %d block %d rebuilt as %x (%v), want %x", e, root, got, err, nodes)
			}
		}
	}
}
