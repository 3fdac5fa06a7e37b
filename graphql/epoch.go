package graphql

import (
	"context"
	"fmt"
	gql "github.com/graph-gophers/graphql-go"
	"strconv"

	"github.com/covey-labs/covey/internal/redact"
	"github.com/covey-labs/covey/merkle"
)

type epochR struct {
	s                                                        *Server
	b                                                        *batch
	number, start, end, snapshotBlock                        int64
	snapshotHash, root                                       string
	emission, revenue, totalEpoch, totalCumulative, residual string
	leafCount                                                int32
	manifestHash, policyVersion, policyHash                  string
	engineVersion, inputHash                                 string
}

const epochCols = `e.epoch, e.epoch_start, e.epoch_end, e.snapshot_block, e.snapshot_hash, e.root, e.emission::text,
	e.revenue::text, e.total_epoch::text, e.total_cumulative::text, e.treasury_residual::text, e.leaf_count,
	e.manifest_hash, e.policy_version, e.policy_hash, e.engine_version, e.input_hash`

func (s *Server) epochList() *list[*epochR] {
	return &list[*epochR]{
		from: "settlement_epochs e",
		cols: epochCols,
		keys: []keyCol{{"e.epoch", "bigint"}},
		scan: func() (*epochR, []any) {
			r := &epochR{s: s}
			return r, []any{&r.number, &r.start, &r.end, &r.snapshotBlock, &r.snapshotHash, &r.root, &r.emission,
				&r.revenue, &r.totalEpoch, &r.totalCumulative, &r.residual, &r.leafCount, &r.manifestHash,
				&r.policyVersion, &r.policyHash, &r.engineVersion, &r.inputHash}
		},
	}
}

func (s *Server) epochs(ctx context.Context, p pageArgs, number *int32) (*conn[*epochR], error) {
	l := s.epochList()
	pg, err := s.page(p, l.keys)
	if err != nil {
		return nil, err
	}
	c := &cond{}
	c.add("e.chain_id = ?", s.opts.ChainID)
	if number != nil {
		c.add("e.epoch = ?", int64(*number))
	}
	m, err := fetch(ctx, s, l, c, pg, nil)
	if err != nil {
		return nil, s.internal(ctx, "listing epochs", err)
	}
	cn := m[""]
	keys := make([]string, len(cn.items))
	for i, it := range cn.items {
		keys[i] = strconv.FormatInt(it.number, 10)
	}
	b := newBatch(keys)
	for _, it := range cn.items {
		it.b = b
	}
	return cn, nil
}

func (r *epochR) key() string { return strconv.FormatInt(r.number, 10) }

// Number of the epoch.
func (r *epochR) Number() int32 { return int32(r.number) }

// Start of the epoch window.
func (r *epochR) Start() Timestamp { return Timestamp{r.start} }

// End of the epoch window.
func (r *epochR) End() Timestamp { return Timestamp{r.end} }

// SnapshotBlock is the block settlement read state at.
func (r *epochR) SnapshotBlock() int32 { return int32(r.snapshotBlock) }

// SnapshotHash is that block's hash.
func (r *epochR) SnapshotHash() Bytes32 { return hashOf(r.snapshotHash) }

// Root of the cumulative tree.
func (r *epochR) Root() Bytes32 { return hashOf(r.root) }

// Emission paid into the epoch.
func (r *epochR) Emission() BigInt { return bigOf(r.emission) }

// Revenue (marketplace net) paid into the epoch.
func (r *epochR) Revenue() BigInt { return bigOf(r.revenue) }

// TotalEpoch paid to accounts this epoch.
func (r *epochR) TotalEpoch() BigInt { return bigOf(r.totalEpoch) }

// TotalCumulative is the sum of all leaves.
func (r *epochR) TotalCumulative() BigInt { return bigOf(r.totalCumulative) }

// TreasuryResidual is what no one could receive.
func (r *epochR) TreasuryResidual() BigInt { return bigOf(r.residual) }

// LeafCount is the number of leaves.
func (r *epochR) LeafCount() int32 { return r.leafCount }

// ManifestHash binds the root to its manifest.
func (r *epochR) ManifestHash() Bytes32 { return hashOf(r.manifestHash) }

// ManifestUrl is where the manifest is served (manifest.go).
func (r *epochR) ManifestUrl() string { return r.s.manifestURL(r.number) }

// PolicyVersion used to settle.
func (r *epochR) PolicyVersion() string { return r.policyVersion }

// PolicyHash used to settle.
func (r *epochR) PolicyHash() Bytes32 { return hashOf(r.policyHash) }

// EngineVersion used to settle.
func (r *epochR) EngineVersion() string { return r.engineVersion }

// InputHash of the settlement inputs.
func (r *epochR) InputHash() Bytes32 { return hashOf(r.inputHash) }

// Status is where the epoch's root stands on-chain (batched over sibling epochs).
func (r *epochR) Status(ctx context.Context) (string, error) {
	m, err := load(r.b, "status", func(keys []string) (map[string]map[string]string, error) {
		in, arg := anyKey("epoch", 2, "numeric", keys)
		rows, err := r.s.query(ctx, `SELECT epoch::text, root, kind FROM (
			SELECT epoch, root, 'ACCEPTED' AS kind FROM ev_root_accepted WHERE chain_id = $1 AND `+in+`
			UNION ALL SELECT epoch, root, 'REVOKED' FROM ev_root_revoked WHERE chain_id = $1 AND `+in+`
			UNION ALL SELECT epoch, root, 'PROPOSED' FROM ev_root_proposed WHERE chain_id = $1 AND `+in+`) x`,
			r.s.opts.ChainID, arg)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[string]map[string]string{} // epoch -> root -> strongest status
		rank := map[string]int{"PROPOSED": 1, "REVOKED": 2, "ACCEPTED": 3}
		for rows.Next() {
			var e, root, kind string
			if err := rows.Scan(&e, &root, &kind); err != nil {
				return nil, err
			}
			if out[e] == nil {
				out[e] = map[string]string{}
			}
			if rank[kind] > rank[out[e][root]] {
				out[e][root] = kind
			}
		}
		return out, rows.Err()
	})
	if err != nil {
		return "", r.s.internal(ctx, "loading epoch status", err)
	}
	if st, ok := m[r.key()][r.root]; ok {
		return st, nil
	}
	return "SETTLED", nil
}

type poolR struct {
	task, stakeSeconds, emission, revenue, fee, nodePool, validatorPool, residual string
}

// Task of the pool.
func (r *poolR) Task() BigInt { return bigOf(r.task) }

// StakeSeconds weighting the task's emission.
func (r *poolR) StakeSeconds() BigInt { return bigOf(r.stakeSeconds) }

// Emission to the task.
func (r *poolR) Emission() BigInt { return bigOf(r.emission) }

// Revenue to the task.
func (r *poolR) Revenue() BigInt { return bigOf(r.revenue) }

// Fee taken.
func (r *poolR) Fee() BigInt { return bigOf(r.fee) }

// NodePool for training nodes.
func (r *poolR) NodePool() BigInt { return bigOf(r.nodePool) }

// ValidatorPool for validators.
func (r *poolR) ValidatorPool() BigInt { return bigOf(r.validatorPool) }

// Residual sent to the treasury.
func (r *poolR) Residual() BigInt { return bigOf(r.residual) }

// Pools are the per-task pools of the epoch.
func (r *epochR) Pools(ctx context.Context) ([]*poolR, error) {
	m, err := load(r.b, "pools", func(keys []string) (map[string][]*poolR, error) {
		in, arg := anyKey("epoch", 2, "bigint", keys)
		rows, err := r.s.query(ctx, `SELECT epoch::text, task_id::text, stake_seconds::text, emission::text, revenue::text,
			fee::text, node_pool::text, validator_pool::text, residual::text FROM epoch_pools
			WHERE chain_id = $1 AND `+in+` ORDER BY epoch, task_id`, r.s.opts.ChainID, arg)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[string][]*poolR{}
		for rows.Next() {
			var e string
			p := &poolR{}
			if err := rows.Scan(&e, &p.task, &p.stakeSeconds, &p.emission, &p.revenue, &p.fee, &p.nodePool, &p.validatorPool, &p.residual); err != nil {
				return nil, err
			}
			out[e] = append(out[e], p)
		}
		return out, rows.Err()
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading pools", err)
	}
	return m[r.key()], nil
}

type epochLeaderboardArgs struct{ Task *BigInt }

// Leaderboard of the epoch, optionally for one task.
func (r *epochR) Leaderboard(ctx context.Context, args epochLeaderboardArgs) ([]*leaderboardR, error) {
	m, err := load(r.b, "leaderboard", func(keys []string) (map[string][]*leaderboardR, error) {
		rows, err := r.s.leaderboards(ctx, "epoch", keys, nil, false, nil)
		if err != nil {
			return nil, err
		}
		out := map[string][]*leaderboardR{}
		for _, x := range rows {
			k := strconv.FormatInt(x.epoch, 10)
			out[k] = append(out[k], x)
		}
		return out, nil
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading leaderboard", err)
	}
	var out []*leaderboardR
	for _, x := range m[r.key()] {
		if args.Task == nil || x.task == args.Task.String() {
			out = append(out, x)
		}
	}
	return out, nil
}

type leafR struct {
	account, amount, cumulative string
	index                       int32
	proof                       []byte // read with proofExpr
	// proofRead: the proof was read (the query selects it; Epoch.leaves).
	proofRead bool
}

// Account of the leaf.
func (r *leafR) Account() Address { return addrOf(r.account) }

// Amount paid to the account in this epoch.
func (r *leafR) Amount() BigInt { return bigOf(r.amount) }

// CumulativeAmount is the leaf value.
func (r *leafR) CumulativeAmount() BigInt { return bigOf(r.cumulative) }

// TreeIndex is the leaf's index in the tree.
func (r *leafR) TreeIndex() int32 { return r.index }

// Proof of the leaf, derived from the epoch's tree; null once the tree is no longer kept (the roots of
// two later epochs were accepted on-chain: nothing can be claimed against this one any more).
func (r *leafR) Proof() (*[]Bytes32, error) {
	if !r.proofRead {
		return nil, fmt.Errorf("proof of %s resolved but not read: Epoch.leaves did not see it selected", r.account)
	}
	if r.proof == nil && merkle.ProofLen(int(r.index)) > 0 {
		return nil, nil
	}
	p, err := proofOf(&r.index, r.proof)
	if err != nil {
		return nil, fmt.Errorf("proof of %s: %w", r.account, err)
	}
	out := make([]Bytes32, len(p))
	for i, h := range p {
		out[i] = Bytes32{h}
	}
	return &out, nil
}

type leavesArgs struct {
	pageArgs
	Account *Address
	Where   *leafWhere
	OrderBy *string
}

// leafWhere is LeafWhere (where.go).
type leafWhere struct {
	Account                                                                       *Address
	AccountIn                                                                     *[]Address
	Amount, AmountGt, AmountGte, AmountLt, AmountLte                              *BigInt
	AmountIn                                                                      *[]BigInt
	CumulativeAmount, CumulativeAmountGt, CumulativeAmountGte, CumulativeAmountLt *BigInt
	CumulativeAmountLte                                                           *BigInt
	CumulativeAmountIn                                                            *[]BigInt
}

// Leaves pages through the epoch's tree (one query for all sibling epochs): by account, or by
// amount or cumulative amount (the top recipients). Without a filter a page reads by rank only the
// leaves next to its cursor, decoded in Go (leavesByRank; leafPageFrom when the cursor names no leaf
// of the epoch); a filtered list reads the merkle_leaves view, which decodes every block of the
// epoch. Each leaf's proof is a subquery over merkle_nodes, read only when the query selects it
// (an epoch page of accounts and amounts does no proof work).
func (r *epochR) Leaves(ctx context.Context, args leavesArgs) (*conn[*leafR], error) {
	withProof := selects(ctx, "nodes.proof") || selects(ctx, "edges.node.proof")
	name := "leaves" + argKey(args)
	proofCol := `NULL::bytea`
	if withProof {
		// Siblings share a batch only when they all read proofs or none does.
		name += "+proof"
		proofCol = `(SELECT ` + proofExpr("e.tree_index", "e.chain_id", "e.epoch") + `)`
	}
	m, err := load(r.b, name, func(keys []string) (map[string]*conn[*leafR], error) {
		l := &list[*leafR]{
			from: `merkle_leaves e`,
			cols: `e.account, e.amount::text, e.cumulative::text, e.tree_index, ` + proofCol,
			scan: func() (*leafR, []any) {
				x := &leafR{proofRead: withProof}
				return x, []any{&x.account, &x.amount, &x.cumulative, &x.index, &x.proof}
			},
		}
		l.keys, l.order = sortedBy(args.OrderBy, "account", leafColumns, []keyCol{{"e.account", "text"}})
		pg, err := r.s.orderedPage(args.pageArgs, l.keys, l.order)
		if err != nil {
			return nil, err
		}
		c := &cond{}
		c.add("e.chain_id = ?", r.s.opts.ChainID)
		part := &partition{expr: "e.epoch", cast: "bigint", keys: keys}
		if args.Account == nil && args.Where == nil {
			l.from, l.countFrom = leafPageFrom(c, l.order, pg), countLeaves
			if a, ok := rankPageAnchor(pg, leafKinds[l.order]); ok {
				m, err := r.s.leavesByRank(ctx, l, c, pg, part, a, withProof)
				if err != nil {
					return nil, r.s.internal(ctx, "listing leaves", err)
				}
				return m, nil
			}
		}
		if args.Account != nil {
			c.add("e.account = ?", args.Account.lower())
		}
		if err := r.s.applyWhere(c, args.Where, leafColumns); err != nil {
			return nil, err
		}
		m, err := fetch(ctx, r.s, l, c, pg, part)
		if err != nil {
			return nil, r.s.internal(ctx, "listing leaves", err)
		}
		return m, nil
	})
	if err != nil {
		return nil, err
	}
	return m[r.key()], nil
}

// leafPageFrom is the FROM item of an unfiltered page of an epoch's leaves (the partition key p.k)
// that leavesByRank leaves to SQL (a cursor naming no leaf of the epoch, or a page bounded by two):
// leaf_page's leaves next to the page's cursor in the page's order (leaf_ranks), a few index probes
// however large the epoch, or every leaf of the epoch when the cursor names none. It returns a superset of the page; the cursor condition, order and limit
// the page query adds pick the page out of it. The cursor's value and account are bound through c
// (a condition that is always true, so that the count query, which does not read them, binds them too).
func leafPageFrom(c *cond, order string, pg page) string {
	kind := leafKinds[order]
	anchor := pg.after
	if pg.backward {
		anchor = pg.before
	}
	var value, account any
	switch {
	case anchor != nil && kind == "account":
		account = anchor[0]
	case anchor != nil:
		value, account = anchor[0], anchor[1]
	}
	c.add("(TRUE OR ?::numeric IS NULL OR ?::text IS NULL)", value, account)
	return fmt.Sprintf(`(SELECT lp.chain_id, lp.epoch, lp.tree_index, lp.account COLLATE "C" AS account, lp.amount, lp.cumulative
		FROM leaf_page($1, p.k::bigint, '%s', $%d, $%d, %d, %t) lp) e`, kind, len(c.args)-1, len(c.args), pg.n+1, pg.desc != pg.backward)
}

// countLeaves counts an epoch's leaves off its blocks' headers (Epoch.leaves' totalCount unfiltered).
func countLeaves(string) string {
	return `(SELECT b.chain_id, b.epoch FROM leaf_blocks b CROSS JOIN LATERAL generate_series(1, leaf_count(b.leaves)) g) e`
}

type runR struct {
	id, epoch                              int64
	kind, status                           string
	root, manifestHash, inputHash, errText *string
	started                                int64
	finished                               *int64
	loadMs, computeMs, treeMs, storeMs     *int64
}

// ID of the run.
func (r *runR) ID() gql.ID { return gql.ID(strconv.FormatInt(r.id, 10)) }

// Epoch settled or checked.
func (r *runR) Epoch() int32 { return int32(r.epoch) }

// Kind: settle, recheck or verify.
func (r *runR) Kind() string { return r.kind }

// Status of the run.
func (r *runR) Status() string { return r.status }

// Root computed.
func (r *runR) Root() *Bytes32 { return optHash(r.root) }

// ManifestHash computed.
func (r *runR) ManifestHash() *Bytes32 { return optHash(r.manifestHash) }

// InputHash computed.
func (r *runR) InputHash() *Bytes32 { return optHash(r.inputHash) }

// Error of a failed run.
// Error is the run's stored error, redacted again on the way out (rows written before errors were
// redacted at the source may hold an RPC URL with its key).
func (r *runR) Error() *string {
	if r.errText == nil {
		return nil
	}
	s := redact.String(*r.errText)
	return &s
}

// StartedAt wall-clock time.
func (r *runR) StartedAt() Timestamp { return Timestamp{r.started} }

// FinishedAt wall-clock time.
func (r *runR) FinishedAt() *Timestamp {
	if r.finished == nil {
		return nil
	}
	return &Timestamp{*r.finished}
}

// LoadMs timing.
func (r *runR) LoadMs() *int32 { return i32p(r.loadMs) }

// ComputeMs timing.
func (r *runR) ComputeMs() *int32 { return i32p(r.computeMs) }

// TreeMs timing.
func (r *runR) TreeMs() *int32 { return i32p(r.treeMs) }

// StoreMs timing.
func (r *runR) StoreMs() *int32 { return i32p(r.storeMs) }

func optHash(s *string) *Bytes32 {
	if s == nil || len(*s) != 66 {
		return nil
	}
	h := hashOf(*s)
	return &h
}

type runsArgs struct {
	pageArgs
	Epoch  *int32
	Kind   *string
	Status *string
}

func (s *Server) runs(ctx context.Context, args runsArgs) (*conn[*runR], error) {
	l := &list[*runR]{
		from: "settlement_runs e",
		cols: `e.id, e.epoch, e.kind, e.status, e.root, e.manifest_hash, e.input_hash, e.error,
			extract(epoch from e.started_at)::bigint, extract(epoch from e.finished_at)::bigint,
			e.load_ms::bigint, e.compute_ms::bigint, e.tree_ms::bigint, e.store_ms::bigint`,
		keys: []keyCol{{"e.id", "bigint"}},
		scan: func() (*runR, []any) {
			x := &runR{}
			return x, []any{&x.id, &x.epoch, &x.kind, &x.status, &x.root, &x.manifestHash, &x.inputHash,
				&x.errText, &x.started, &x.finished, &x.loadMs, &x.computeMs, &x.treeMs, &x.storeMs}
		},
	}
	pg, err := s.page(args.pageArgs, l.keys)
	if err != nil {
		return nil, err
	}
	c := &cond{}
	c.add("e.chain_id = ?", s.opts.ChainID)
	if args.Epoch != nil {
		c.add("e.epoch = ?", int64(*args.Epoch))
	}
	if args.Kind != nil {
		c.add("e.kind = ?", *args.Kind)
	}
	if args.Status != nil {
		c.add("e.status = ?", *args.Status)
	}
	m, err := fetch(ctx, s, l, c, pg, nil)
	if err != nil {
		return nil, s.internal(ctx, "listing settlement runs", err)
	}
	return m[""], nil
}
