package graphql

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"

	"github.com/holiman/uint256"

	"github.com/covey-labs/covey/internal/leafblock"
)

// leafRankSQL reads an unfiltered page of each epoch's leaves (the partition keys p(k), a FROM item
// from keyRows bound as $2) by rank: $4 is the order ('account', or leaf_ranks' 'a' by amount, 'c' by
// cumulative amount), $3 the cursor leaf's account as 20 bytes (NULL for the first page), $5 how
// many leaves (the page and one more), $6 whether downwards. Per epoch it finds the cursor leaf
// (one probe of leaf_blocks_account; its account-order position o from the block's accounts column,
// as leaf_index decides) and its rank (entry o of the inverse permutation, 'A' or 'C'), reads the
// ranks next to it from the one or two leaf_ranks rows holding them, and returns the leaves'
// positions in rank order and the blocks holding them as bytes: Go decodes the leaves (leafRankPage,
// exact uint256), which the merkle_leaves view and leaf_page decoded in SQL numerics, then sorted.
// Every step is a MATERIALIZED CTE so that each reaches the next as a value; the rank rows are
// read per epoch (LATERAL, OFFSET 0 so it is not flattened) by index (a hash join over the groups of g
// estimated 200 of them and scanned every leaf_ranks row of the chain). A cursor naming no
// leaf of the epoch gives no anchor and no positions (the caller falls back to leaf_page).
func leafRankSQL(keys string) string {
	return `WITH t AS MATERIALIZED (
		SELECT p.k::bigint AS epoch, l.block * 32 + leaf_count(l.leaves) AS total
		FROM ` + keys + ` CROSS JOIN LATERAL (SELECT b.block, b.leaves FROM leaf_blocks b
			WHERE b.chain_id = $1 AND b.epoch = p.k::bigint ORDER BY b.block DESC LIMIT 1) l),
	a AS MATERIALIZED (
		SELECT t.epoch, t.total, x.block AS anchor_block, x.leaves AS anchor_leaves,
			position($3::bytea IN substring(x.leaves FROM 6 FOR 20 * leaf_count(x.leaves))) AS p
		FROM t LEFT JOIN LATERAL (SELECT b.block, b.leaves FROM leaf_blocks b
			WHERE b.chain_id = $1 AND b.epoch = t.epoch AND b.first_account <= $3::bytea
			ORDER BY b.first_account DESC LIMIT 1) x ON true),
	o AS MATERIALIZED (
		SELECT a.*, a.anchor_block * 32 + CASE WHEN a.p IS NULL OR a.p = 0 THEN NULL WHEN a.p % 20 = 1 THEN a.p / 20
			ELSE leaf_index_slow(a.anchor_leaves, $3::bytea) END AS anchor FROM a),
	r AS MATERIALIZED (
		SELECT o.*, CASE WHEN $3::bytea IS NULL THEN CASE WHEN $6::boolean THEN o.total ELSE -1 END
			WHEN $4::text = 'account' THEN o.anchor
			ELSE (SELECT ` + rankEntry("x.ranks", "o.anchor") + ` FROM leaf_ranks x
				WHERE x.chain_id = $1 AND x.epoch = o.epoch AND x.kind = upper($4::text) AND x.block = o.anchor / 480) END AS r0
		FROM o),
	g AS MATERIALIZED (
		SELECT r.epoch, q.rank FROM r CROSS JOIN LATERAL generate_series(
			CASE WHEN $6::boolean THEN greatest(r.r0 - $5::integer, 0) ELSE r.r0 + 1 END,
			CASE WHEN $6::boolean THEN r.r0 - 1 ELSE least(r.r0 + $5::integer, r.total - 1) END) q(rank)),
	k AS MATERIALIZED (
		SELECT x.epoch, x.block, x.ranks FROM (SELECT g.epoch, min(g.rank) / 480 AS lo, max(g.rank) / 480 AS hi FROM g GROUP BY g.epoch) m
		CROSS JOIN LATERAL (SELECT x.epoch, x.block, x.ranks FROM leaf_ranks x
			WHERE x.chain_id = $1 AND x.epoch = m.epoch AND x.kind = $4::text AND x.block BETWEEN m.lo AND m.hi OFFSET 0) x
		WHERE $4::text <> 'account'),
	s AS MATERIALIZED (
		SELECT g.epoch, g.rank, coalesce(CASE WHEN $4::text = 'account' THEN g.rank ELSE ` + rankEntry("k.ranks", "g.rank") + ` END, -1) AS pos
		FROM g LEFT JOIN k ON k.epoch = g.epoch AND k.block = g.rank / 480)
	SELECT r.epoch::text, r.anchor_block, r.anchor_leaves, r.anchor, ps.pos, bs.blocks, bs.leaves
	FROM r
	LEFT JOIN LATERAL (SELECT array_agg(s.pos ORDER BY s.rank) AS pos FROM s WHERE s.epoch = r.epoch) ps ON true
	LEFT JOIN LATERAL (SELECT array_agg(b.block ORDER BY b.block) AS blocks, array_agg(b.leaves ORDER BY b.block) AS leaves
		FROM leaf_blocks b WHERE b.chain_id = $1 AND b.epoch = r.epoch AND b.block IN (SELECT s.pos / 32 FROM s WHERE s.epoch = r.epoch)) bs ON true`
}

// rankEntry is entry i of a leaf_ranks row's ranks (4 bytes big-endian, 480 a row), an integer.
func rankEntry(ranks, i string) string {
	at := func(d int) string { return fmt.Sprintf("get_byte(%s, 4 * (%s %% 480) + %d)", ranks, i, d) }
	return "((" + at(0) + " << 24) | (" + at(1) + " << 16) | (" + at(2) + " << 8) | " + at(3) + ")"
}

// leafKinds names leaf_page's and leafRankSQL's orders by the list's ordering name (where.go's
// orderBy, "" for account order); leafOrders is the reverse.
var (
	leafKinds  = map[string]string{"": "account", "amount": "a", "cumulativeAmount": "c"}
	leafOrders = map[string]string{"account": "", "a": "amount", "c": "cumulativeAmount"}
)

// leafAccount is a cursor account leaf_ranks can anchor on: the form accounts are listed in.
var leafAccount = regexp.MustCompile(`^0x[0-9a-f]{40}$`)

// rankAnchor is where a rank page starts: the cursor leaf (none for the first page) and its value
// in the page's order.
type rankAnchor struct {
	account []byte       // 20 bytes; nil for the first (or, downwards, the last) page
	value   *uint256.Int // the cursor's amount in an order by value
}

// rankPageAnchor tells whether pg is a page leafRankSQL answers and from where: the page's cursor
// is its only one (a page bounded by both, or read backwards from an after cursor, is left to
// leaf_page), and names a lowercase account and, ordered by value, an amount within uint256.
func rankPageAnchor(pg page, kind string) (rankAnchor, bool) {
	anchor, other := pg.after, pg.before
	if pg.backward {
		anchor, other = pg.before, pg.after
	}
	if other != nil {
		return rankAnchor{}, false
	}
	if anchor == nil {
		return rankAnchor{}, true
	}
	acct := anchor[len(anchor)-1]
	if !leafAccount.MatchString(acct) {
		return rankAnchor{}, false
	}
	a := rankAnchor{account: make([]byte, 20)}
	hex.Decode(a.account, []byte(acct[2:]))
	if kind != "account" {
		a.value = new(uint256.Int)
		if err := a.value.SetFromDecimal(anchor[0]); err != nil {
			return rankAnchor{}, false
		}
	}
	return a, true
}

// leafRankRow is leafRankSQL's row for one epoch.
type leafRankRow struct {
	epoch        string
	anchorBlock  *int32
	anchorLeaves []byte
	anchor       *int32
	pos          []int32
	blocks       []int32
	leaves       [][]byte
}

// leafPagesByRank reads each epoch's page of leaves by rank (leafRankSQL): the page rows (n+1 at
// most, in the page's order, as pageQuery's) by epoch key, and the keys whose cursor names no leaf
// of their epoch with the cursor's value, which leaf_page answers instead.
func (s *Server) leafPagesByRank(ctx context.Context, keys []string, kind string, a rankAnchor, pg page) (map[string]*pageRows[*leafR], []string, error) {
	from, arg := keyRows(2, keys)
	down := pg.desc != pg.backward
	var account any
	if a.account != nil {
		account = a.account
	}
	rows, err := s.query(ctx, leafRankSQL(from), s.opts.ChainID, arg, account, kind, pg.n+1, down)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	out := map[string]*pageRows[*leafR]{}
	var rest []string
	for rows.Next() {
		var x leafRankRow
		if err := rows.Scan(&x.epoch, &x.anchorBlock, &x.anchorLeaves, &x.anchor, &x.pos, &x.blocks, &x.leaves); err != nil {
			return nil, nil, err
		}
		p, ok, err := leafRankPage(&x, kind, a, down)
		if err != nil {
			return nil, nil, fmt.Errorf("leaves of epoch %s by %s: %w", x.epoch, kind, err)
		}
		if !ok {
			rest = append(rest, x.epoch)
			continue
		}
		out[x.epoch] = p
	}
	return out, rest, rows.Err()
}

// rankKey is a leaf's place in a rank order: its value (zero in account order), then its account.
type rankKey struct {
	value   uint256.Int
	account [20]byte
}

// inOrder reports whether b follows a in a page's order (descending when down).
func inOrder(a, b *rankKey, down bool) bool {
	c := a.value.Cmp(&b.value)
	if c == 0 {
		c = bytes.Compare(a.account[:], b.account[:])
	}
	return c != 0 && (c < 0) != down
}

// rankKeyOf is l's rankKey in order kind.
func rankKeyOf(l *leafblock.Leaf, kind string) rankKey {
	k := rankKey{account: l.Account}
	switch kind {
	case "a":
		k.value = l.Amount
	case "c":
		k.value = l.Cumulative
	}
	return k
}

// leafRankPage decodes one epoch's page from its leafRankSQL row: false when the cursor names no
// leaf of the epoch with the cursor's value; an error when a block is damaged or missing, or when
// the leaves read are not in the page's order after the cursor (a damaged permutation), so that a
// wrong page is never served.
func leafRankPage(x *leafRankRow, kind string, a rankAnchor, down bool) (*pageRows[*leafR], bool, error) {
	var prev *rankKey
	if a.account != nil {
		k, ok, err := rankAnchorKey(x, kind, a)
		if err != nil || !ok {
			return nil, ok, err
		}
		prev = &k
	}
	blocks, err := parseLeafBlocks(x.blocks, x.leaves)
	if err != nil {
		return nil, false, err
	}
	out := &pageRows[*leafR]{}
	for j := range x.pos {
		if down {
			j = len(x.pos) - 1 - j
		}
		o := x.pos[j]
		k, ok := blocks[o/32]
		if o < 0 || !ok || int(o%32) >= k.Len() {
			return nil, false, fmt.Errorf("%w: no leaf at position %d", leafblock.ErrDamaged, o)
		}
		var l leafblock.Leaf
		k.Leaf(int(o%32), &l)
		key := rankKeyOf(&l, kind)
		if prev != nil && !inOrder(prev, &key, down) {
			return nil, false, fmt.Errorf("leaf_ranks damaged: leaf at position %d out of order", o)
		}
		prev = &key
		it := &leafR{account: "0x" + hex.EncodeToString(l.Account[:]), amount: l.Amount.Dec(), cumulative: l.Cumulative.Dec(), index: int32(l.TreeIndex)}
		cursor := []string{it.account}
		if kind != "account" {
			cursor = []string{key.value.Dec(), it.account}
		}
		out.items = append(out.items, it)
		out.cursors = append(out.cursors, encodeCursor(leafOrders[kind], cursor))
	}
	return out, true, nil
}

// rankAnchorKey is the cursor leaf's rankKey, read from its block: false when the epoch has no leaf
// of the cursor's account or its value differs from the cursor's.
func rankAnchorKey(x *leafRankRow, kind string, a rankAnchor) (rankKey, bool, error) {
	if x.anchor == nil || x.anchorBlock == nil {
		return rankKey{}, false, nil
	}
	k, err := leafblock.Parse(x.anchorLeaves)
	if err != nil {
		return rankKey{}, false, err
	}
	i, ok := k.Find(a.account)
	if !ok || *x.anchorBlock*32+int32(i) != *x.anchor {
		return rankKey{}, false, fmt.Errorf("%w: block %d does not hold %x where its accounts say", leafblock.ErrDamaged, *x.anchorBlock, a.account)
	}
	var l leafblock.Leaf
	k.Leaf(i, &l)
	key := rankKeyOf(&l, kind)
	if a.value != nil && !key.value.Eq(a.value) {
		return rankKey{}, false, nil
	}
	return key, true, nil
}

// parseLeafBlocks parses leafRankSQL's blocks by block number, refusing a damaged one.
func parseLeafBlocks(numbers []int32, raw [][]byte) (map[int32]leafblock.Block, error) {
	if len(numbers) != len(raw) {
		return nil, fmt.Errorf("%d block numbers for %d blocks", len(numbers), len(raw))
	}
	out := make(map[int32]leafblock.Block, len(raw))
	for i, b := range raw {
		k, err := leafblock.Parse(b)
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", numbers[i], err)
		}
		out[numbers[i]] = k
	}
	return out, nil
}

// leavesByRank answers an unfiltered page of leaves per epoch key (part) by rank, its leaves
// decoded in Go (leafPagesByRank); the epochs whose cursor names none of their leaves are read
// through l (leafPageFrom), as before. totalCount is counted as fetch counts it (l, c).
func (s *Server) leavesByRank(ctx context.Context, l *list[*leafR], c *cond, pg page, part *partition, a rankAnchor, withProof bool) (map[string]*conn[*leafR], error) {
	pages, rest, err := s.leafPagesByRank(ctx, part.keys, leafKinds[l.order], a, pg)
	if err != nil {
		return nil, err
	}
	if withProof {
		if err := s.leafProofs(ctx, pages); err != nil {
			return nil, err
		}
	}
	out := map[string]*conn[*leafR]{}
	if len(rest) > 0 {
		if out, err = fetch(ctx, s, l, c, pg, &partition{expr: part.expr, cast: part.cast, keys: rest}); err != nil {
			return nil, err
		}
	}
	counter := s.counter(l, c, part)
	for _, k := range part.keys {
		if _, fallback := out[k]; !fallback {
			out[k] = pageConn(s, pages[k], pg, k, counter)
		}
	}
	return out, nil
}

// leafProofSQL is the proof of each leaf (epoch $2[i], tree position $3[i]) of chain $1.
var leafProofSQL = `SELECT x.e, x.i, (SELECT ` + proofExpr("x.i", "$1", "x.e") + `) FROM unnest($2::bigint[], $3::integer[]) x(e, i)`

// leafProofs reads the proofs of the leaves of pages (by epoch key) in one statement.
func (s *Server) leafProofs(ctx context.Context, pages map[string]*pageRows[*leafR]) error {
	type at struct {
		epoch int64
		index int32
	}
	byAt := map[at]*leafR{}
	var epochs []int64
	var indexes []int32
	for key, p := range pages {
		e, err := strconv.ParseInt(key, 10, 64)
		if err != nil {
			return fmt.Errorf("epoch key %q: %w", key, err)
		}
		for _, it := range p.items {
			it.proofRead = true
			byAt[at{e, it.index}] = it
			epochs, indexes = append(epochs, e), append(indexes, it.index)
		}
	}
	if len(epochs) == 0 {
		return nil
	}
	rows, err := s.query(ctx, leafProofSQL, s.opts.ChainID, epochs, indexes)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			e     int64
			i     int32
			proof []byte
		)
		if err := rows.Scan(&e, &i, &proof); err != nil {
			return err
		}
		if it := byAt[at{e, i}]; it != nil {
			it.proof = proof
		}
	}
	return rows.Err()
}
