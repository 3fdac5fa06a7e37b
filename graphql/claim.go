package graphql

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/internal/leafblock"
	"github.com/covey-labs/covey/merkle"
)

// distributorABI is the one RewardsDistributor method the API encodes calldata for.
var distributorABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"claim","stateMutability":"nonpayable",
		"inputs":[{"name":"account","type":"address"},{"name":"cumulativeAmount","type":"uint256"},{"name":"proof","type":"bytes32[]"}],
		"outputs":[{"name":"paid","type":"uint256"}]}]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// claimSelector is the 4-byte selector of claim(address,uint256,bytes32[]).
var claimSelector = distributorABI.Methods["claim"].ID

// EncodeClaim is the calldata of RewardsDistributor.claim(account, cumulativeAmount, proof).
// It is laid out by hand (selector, the address and the amount as words, the offset of the
// dynamic array, its length, its elements), byte for byte what abi.Pack produces (see
// TestEncodeClaimMatchesABI) at a tenth of the cost: it is in every claim response.
func EncodeClaim(account common.Address, cumulative *big.Int, proof []common.Hash) ([]byte, error) {
	if err := checkUint256(cumulative); err != nil {
		return nil, fmt.Errorf("cumulative amount: %w", err)
	}
	return encodeClaim(account, cumulative, proof), nil
}

// checkUint256 is the one thing that can make claim calldata fail to encode.
func checkUint256(x *big.Int) error {
	if x.Sign() < 0 || x.BitLen() > 256 {
		return fmt.Errorf("%s is not a uint256", x)
	}
	return nil
}

// encodeClaim is EncodeClaim for an amount known to be a uint256.
func encodeClaim(account common.Address, cumulative *big.Int, proof []common.Hash) []byte {
	out := make([]byte, 4+32*(4+len(proof)))
	copy(out, claimSelector)
	copy(out[4+12:], account[:])
	cumulative.FillBytes(out[4+32 : 4+64])
	out[4+64+31] = 0x60 // the array starts after the three head words
	new(big.Int).SetInt64(int64(len(proof))).FillBytes(out[4+96 : 4+128])
	for i, h := range proof {
		copy(out[4+128+32*i:], h[:])
	}
	return out
}

type claimR struct {
	account      string
	block        *int64
	settledEpoch *int64
	cumulative   *big.Int
	claimed      *big.Int
	epoch        *int64
	root         *string
	acceptedCum  *big.Int
	proof        []common.Hash
	distributor  *common.Address
}

// Block is the indexer's cursor in the claim's snapshot: the chain state (claimed) it reflects.
func (r *claimR) Block() *int32 { return i32p(r.block) }

// Account claiming.
func (r *claimR) Account() Address { return addrOf(r.account) }

// SettledEpoch is the latest settled epoch.
func (r *claimR) SettledEpoch() *int32 { return i32p(r.settledEpoch) }

// CumulativeAmount is the account's leaf in the latest settled epoch (0 when absent).
func (r *claimR) CumulativeAmount() BigInt { return BigInt{v: r.cumulative} }

// Claimed is what the account has claimed on-chain.
func (r *claimR) Claimed() BigInt { return BigInt{v: r.claimed} }

// Epoch is the epoch of the root accepted on-chain.
func (r *claimR) Epoch() *int32 { return i32p(r.epoch) }

// Root is the root accepted on-chain.
func (r *claimR) Root() *Bytes32 {
	if r.root == nil {
		return nil
	}
	h := hashOf(*r.root)
	return &h
}

// AcceptedCumulativeAmount is the account's leaf under the accepted root.
func (r *claimR) AcceptedCumulativeAmount() BigInt { return BigInt{v: r.acceptedCum} }

// Claimable is acceptedCumulativeAmount - claimed, floored at zero.
func (r *claimR) Claimable() BigInt {
	d := new(big.Int).Sub(r.acceptedCum, r.claimed)
	if d.Sign() < 0 {
		d.SetInt64(0)
	}
	return BigInt{v: d}
}

// Proof of the account's leaf under the accepted root.
func (r *claimR) Proof() []Bytes32 {
	out := make([]Bytes32, len(r.proof))
	for i, h := range r.proof {
		out[i] = Bytes32{h}
	}
	return out
}

// Distributor is the contract to send the calldata to.
func (r *claimR) Distributor() *Address {
	if r.distributor == nil {
		return nil
	}
	return &Address{*r.distributor}
}

// Calldata is claim(account, acceptedCumulativeAmount, proof), null when nothing is claimable.
// It returns no error on purpose: graphql-go runs every sibling of a field that can fail (or
// takes a context) in its own goroutine, and Claim's fields are all plain values. It cannot fail:
// the one thing that could, an accepted amount that is not a uint256, is refused when the claim
// is read (claims), as an error of the claim field.
func (r *claimR) Calldata() *Bytes {
	if r.epoch == nil || r.Claimable().v.Sign() == 0 {
		return nil
	}
	out := Bytes(encodeClaim(common.HexToAddress(r.account), r.acceptedCum, r.proof))
	return &out
}

// claimsSQL reads everything a claim needs in one statement (one round trip, one snapshot): the
// indexer's cursor (the block the answer reflects), the WAL position read after the statement's
// snapshot was taken (reading a replica, the answer's X-Covey-Lsn), the latest settled epoch, the latest accepted root (which counts only if it is the root we settled
// for that epoch: otherwise our proofs would not verify against it), and per account its leaf in
// each of the two epochs (the leaf block that would hold it: one index probe of leaf_blocks, its bytes decoded in Go by claimLeaf), its proof under the accepted root (proofExpr: one index scan of one
// block per 5 levels of the tree, 4 at a million leaves) and its claimed total,
// all by primary key. %s is where the accounts come from: claimOne for one account ($2 text), claimMany for a batch ($2 text[]). The single
// account form matters: Postgres keeps planning a prepared statement over an array parameter
// afresh on every execution (its generic plan assumes 100 array elements, so it never looks
// cheaper than a custom plan for one), which cost more CPU than executing the query.
// While a backfill defers the derived tables (deferred_derived, indexer/deferred.go) claimed_total may
// be behind: the claimed total is then the latest Claimed event's cumulative amount. That read sits
// in a CASE behind its EXISTS (one primary-key probe of an empty table), so it does not run at all
// otherwise: as a lateral join filtered by the EXISTS, Postgres planned a parallel scan of a large
// ev_claimed (no index by account) and started its workers on every claim even though the filter
// then skipped the scan, 36 of 40 ms per claim over the scale benchmark's 10M-event database.
// An accepted epoch beyond bigint (the contract allows it; covey never settles one) reads as NULL:
// nothing is claimable against it, instead of every claim query failing.
// The leaf's tree position the proof reads is computed in MATERIALIZED CTEs (b, i, l) so that it
// reaches proofExpr as a value: read through leaf_find, Postgres inlined the whole block decoding
// into merkle_block_roots(tree_index) (an expression using it a dozen times, in the index condition
// and per row), 1.27 ms of Postgres CPU a claim where the former table took 0.31 ms.
var claimsSQL = `WITH s AS (SELECT max(epoch) AS epoch FROM settlement_epochs WHERE chain_id = $1),
	a AS (SELECT x.epoch, x.root, x.contract, coalesce(se.root = x.root, false) AS matches
		FROM (SELECT CASE WHEN epoch <= 9223372036854775807 THEN epoch::bigint END AS epoch, root, contract FROM ev_root_accepted WHERE chain_id = $1
			ORDER BY block_number DESC, log_index DESC LIMIT 1) x
		LEFT JOIN settlement_epochs se ON se.chain_id = $1 AND se.epoch = x.epoch),
	k AS (SELECT k.account, decode(substr(k.account, 3), 'hex') AS x FROM %s),
	b AS MATERIALIZED (SELECT k.account, k.x, s.epoch AS settled, a.epoch AS accepted, a.root, a.contract, coalesce(a.matches, false) AS matches,
			bs.leaves AS ls, ba.leaves AS la
		FROM k CROSS JOIN s LEFT JOIN a ON true
		LEFT JOIN LATERAL (` + leafBlockOf("s.epoch") + `) bs ON true
		LEFT JOIN LATERAL (` + leafBlockOf("a.epoch") + `) ba ON a.matches),
	i AS MATERIALIZED (SELECT b.*, 5 + 20 * ((get_byte(b.la, 1) << 8) | get_byte(b.la, 2)) AS o,
		position(b.x IN substring(b.la FROM 6 FOR 20 * ((get_byte(b.la, 1) << 8) | get_byte(b.la, 2)))) AS p FROM b),
	j AS MATERIALIZED (SELECT i.*, CASE WHEN length(i.x) <> 20 OR i.p = 0 THEN NULL WHEN i.p %% 20 = 1 THEN i.p / 20 ELSE leaf_index_slow(i.la, i.x) END AS ia FROM i),
	l AS MATERIALIZED (SELECT j.account, j.settled, j.accepted, j.root, j.contract, j.matches, j.ls, j.la,
		(get_byte(j.la, j.o + 4 * j.ia) << 24) | (get_byte(j.la, j.o + 4 * j.ia + 1) << 16)
		| (get_byte(j.la, j.o + 4 * j.ia + 2) << 8) | get_byte(j.la, j.o + 4 * j.ia + 3) AS tree_index FROM j)
	SELECT l.account, (SELECT block_number FROM cursors WHERE chain_id = $1), (SELECT ` + positionExpr + `), l.settled, l.accepted, l.root, l.contract, l.matches,
		l.ls, l.la, l.tree_index, (SELECT ` + proofExpr("l.tree_index", "$1", "l.accepted") + `),
		coalesce(CASE WHEN EXISTS (SELECT 1 FROM deferred_derived WHERE chain_id = $1) THEN (SELECT cumulative_claimed FROM ev_claimed e
			WHERE e.chain_id = $1 AND e.account = l.account ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1) END, c.amount)::text
	FROM l LEFT JOIN claimed_total c ON c.chain_id = $1 AND c.account = l.account`

// leafBlockOf is a lateral subquery for the leaf block of epoch (of chain $1) that would hold
// account k.x: one probe of leaf_blocks_account, the block's bytes (decoded in Go, claimLeaf).
func leafBlockOf(epoch string) string {
	return `SELECT lb.leaves FROM leaf_blocks lb WHERE lb.chain_id = $1 AND lb.epoch = ` + epoch + ` AND lb.first_account <= k.x
			ORDER BY lb.first_account DESC LIMIT 1`
}

var (
	claimOne  = fmt.Sprintf(claimsSQL, `(SELECT $2::text AS account) k`)
	claimMany = fmt.Sprintf(claimsSQL, `unnest($2::text[]) AS k(account)`)
)

// proofExpr is a query's select-list subquery for the proof of the leaf at heap position index
// of (chain, epoch)'s tree, as 32-byte siblings concatenated leaf first: each of the tree's blocks
// that hold it (merkle_nodes, merkle_block_roots) gives its siblings (merkle_siblings), deepest block
// first. It reads NULL when the tree is not kept, a shorter value when it is damaged: proofOf
// refuses both.
func proofExpr(index, chain, epoch string) string {
	return `string_agg(merkle_siblings(n.nodes, n.block, ` + index + `), ''::bytea ORDER BY n.block DESC) FROM merkle_nodes n
		WHERE n.chain_id = ` + chain + ` AND n.epoch = ` + epoch + ` AND n.block = ANY(merkle_block_roots(` + index + `))`
}

// proofOf checks a proof read with proofExpr (one sibling per level of the leaf's position in the
// tree, never fewer) and splits it into hashes.
func proofOf(treeIndex *int32, proof []byte) ([]common.Hash, error) {
	if treeIndex == nil {
		return nil, errors.New("leaf without a tree index")
	}
	if want := 32 * merkle.ProofLen(int(*treeIndex)); len(proof) != want {
		return nil, fmt.Errorf("tree index %d: %d proof bytes from the stored tree, want %d (tree missing or damaged)", *treeIndex, len(proof), want)
	}
	out := make([]common.Hash, len(proof)/32)
	for i := range out {
		copy(out[i][:], proof[32*i:])
	}
	return out, nil
}

// claims computes claim state for accounts in one query.
func (s *Server) claims(ctx context.Context, accounts []string) (map[string]*claimR, error) {
	out := make(map[string]*claimR, len(accounts))
	sql, arg := claimMany, any(accounts)
	if len(accounts) == 1 {
		sql, arg = claimOne, accounts[0]
	}
	rows, err := s.query(ctx, sql, s.opts.ChainID, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var answerPos *string
	for rows.Next() {
		var (
			a                      string
			block                  *int64
			pos                    *string
			settled, accEpoch      *int64
			accRoot, contract      *string
			matches                bool
			settledBlock, accBlock []byte
			claimed                *string
			treeIndex              *int32
			proof                  []byte
		)
		if err := rows.Scan(&a, &block, &pos, &settled, &accEpoch, &accRoot, &contract, &matches, &settledBlock, &accBlock, &treeIndex, &proof, &claimed); err != nil {
			return nil, err
		}
		cum, err := claimLeaf(settledBlock, a)
		if err != nil {
			return nil, fmt.Errorf("claim of %s in epoch %d: %w", a, *settled, err)
		}
		var accLeaf *leafblock.Leaf
		if accEpoch != nil && matches {
			if accLeaf, err = claimLeaf(accBlock, a); err != nil {
				return nil, fmt.Errorf("claim of %s in epoch %d: %w", a, *accEpoch, err)
			}
		}
		answerPos = pos
		c := &claimR{account: a, block: block, settledEpoch: settled, cumulative: new(big.Int), claimed: new(big.Int), acceptedCum: new(big.Int)}
		if cum != nil {
			c.cumulative = cum.Cumulative.ToBig()
		}
		if claimed != nil {
			c.claimed = decimal(*claimed)
		}
		if accEpoch != nil {
			c.epoch, c.root = accEpoch, accRoot
			if accLeaf != nil {
				c.acceptedCum = accLeaf.Cumulative.ToBig()
				if treeIndex == nil || uint32(*treeIndex) != accLeaf.TreeIndex {
					return nil, fmt.Errorf("claim of %s in epoch %d: leaf at tree index %d, read as %v", a, *accEpoch, accLeaf.TreeIndex, treeIndex)
				}
				if c.proof, err = proofOf(treeIndex, proof); err != nil {
					return nil, fmt.Errorf("claim of %s in epoch %d: %w", a, *accEpoch, err)
				}
			}
		}
		if s.opts.Distributor != (common.Address{}) {
			d := s.opts.Distributor
			c.distributor = &d
		} else if contract != nil {
			d := common.HexToAddress(*contract)
			c.distributor = &d
		}
		out[a] = c
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if sn := snapshotOf(ctx); sn != nil && answerPos != nil {
		if err := sn.record(*answerPos); err != nil {
			return nil, err
		}
	}
	// Every account gets a row from unnest; a duplicate only repeats the same values.
	for _, a := range accounts {
		if out[a] == nil {
			return nil, fmt.Errorf("no claim row for %s", a)
		}
	}
	return out, nil
}

// claimLeaf is account's (lowercase 0x hex) leaf in block, a leaf block that would hold it as
// claimsSQL reads it: nil when there is no block or the block has no such leaf, an error when the
// block is damaged.
func claimLeaf(block []byte, account string) (*leafblock.Leaf, error) {
	if block == nil {
		return nil, nil
	}
	k, err := leafblock.Parse(block)
	if err != nil {
		return nil, err
	}
	i, ok := k.Find(common.FromHex(account))
	if !ok {
		return nil, nil
	}
	var l leafblock.Leaf
	k.Leaf(i, &l)
	return &l, nil
}
