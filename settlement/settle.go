package settlement

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/notify"
	"github.com/covey-labs/covey/internal/redact"
	"github.com/covey-labs/covey/merkle"
	"github.com/covey-labs/covey/settlement/engine"
)

// Run statuses and kinds as stored in settlement_runs.
const (
	StatusStored   = "stored"
	StatusMatched  = "matched"
	StatusMismatch = "mismatch"
	StatusFailed   = "failed"
)

// Settler settles epochs of one chain into Postgres. It is safe to use from several goroutines and
// processes at once: the settlement_epochs primary key is the final guard, and a second settlement of
// a stored epoch becomes a re-check that never overwrites anything.
type Settler struct {
	Pool       *pgxpool.Pool
	Policy     *engine.Policy
	PolicyFile string // as named in manifests (e.g. settlement/policy/v1.json)
	Source     Source
	// ManifestDir receives epoch-<N>.json after commit; "" writes no file (the manifest is in the database).
	ManifestDir string
	// Notifier is told about each newly stored epoch after commit (notify.Redis; optional: the epoch is
	// also NOTIFY'd on Postgres in the storing transaction).
	Notifier notify.Publisher
	// Runner names this process in settlement_runs (host, pid).
	Runner string
	Log    *slog.Logger
}

// Timings are the durations of a settlement's phases.
type Timings struct {
	Load, Compute, Tree, Store time.Duration
}

// Prepared is a fully computed epoch, not yet stored.
type Prepared struct {
	Loaded       *Loaded
	Result       *engine.Result
	Leaves       *Leaves
	Tree         *Tree
	Manifest     *Manifest
	Bytes        []byte
	Root         common.Hash
	ManifestHash common.Hash
	Timings      Timings
}

// Outcome is what Settle did.
type Outcome struct {
	Epoch uint64
	// Status is StatusStored (newly settled), StatusMatched (already settled, recomputation agrees) or
	// StatusMismatch (already settled, recomputation differs: StoredRoot/StoredManifestHash say how).
	Status             string
	Root               common.Hash
	ManifestHash       common.Hash
	StoredRoot         string
	StoredManifestHash string
	Leaves             int
	ManifestPath       string
	Timings            Timings
}

// ErrNotInOrder is returned when the previous epoch has not been settled: epochs are settled in order.
var ErrNotInOrder = errors.New("previous epoch is not settled (epochs settle in order)")

func (s *Settler) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// Previous is what epoch e-1 left for epoch e: the cumulative amounts, the published tree's leaves,
// its root and its manifest hash (all empty before epoch 0).
type Previous struct {
	Cumulative   *Balances // carried forward: the leaves of e-1 when read from Postgres
	Leaves       *Balances // merkle_leaves of e-1 (what the published tree promised)
	Root         string
	ManifestHash string
}

// NoPrevious is what precedes epoch 0.
func NoPrevious() *Previous {
	return &Previous{Cumulative: &Balances{}, Leaves: &Balances{}}
}

func readPrevious(ctx context.Context, db DBTX, chainID int64, e uint64) (*Previous, error) {
	p := NoPrevious()
	if e == 0 {
		return p, nil
	}
	err := db.QueryRow(ctx, `SELECT root, manifest_hash FROM settlement_epochs WHERE chain_id = $1 AND epoch = $2`, chainID, int64(e-1)).Scan(&p.Root, &p.ManifestHash)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("settling epoch %d: epoch %d: %w", e, e-1, ErrNotInOrder)
	}
	if err != nil {
		return nil, fmt.Errorf("reading epoch %d: %w", e-1, err)
	}
	// One row per leaf holds both (merkle_leaves): what is carried forward is what the tree promised.
	// Cumulate only reads it, so the two may share it.
	if p.Leaves, err = readLeaves(ctx, db, chainID, int64(e-1)); err != nil {
		return nil, err
	}
	p.Cumulative = p.Leaves
	return p, nil
}

// Prepare loads, computes and builds epoch e without storing anything: the shared first half of
// Settle, a re-check and `covey verify`.
func (s *Settler) Prepare(ctx context.Context, e uint64) (*Prepared, error) {
	t0 := time.Now()
	tx, err := s.Pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("beginning read transaction: %w", err)
	}
	defer tx.Rollback(ctx)
	loaded, err := Load(ctx, tx, s.Policy, s.Source, e)
	if err != nil {
		return nil, err
	}
	prev, err := readPrevious(ctx, tx, s.Source.ChainID, e)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	load := time.Since(t0)
	p, err := Build(BuildInput{ChainID: s.Source.ChainID, Contracts: s.Source.Contracts, Policy: s.Policy,
		PolicyFile: s.PolicyFile, Loaded: loaded, Previous: prev})
	if err != nil {
		return nil, err
	}
	p.Timings.Load = load
	return p, nil
}

// BuildInput is everything an epoch is built from once its input is loaded, from Postgres (Load)
// or straight from the chain's logs (settlement/chainload).
type BuildInput struct {
	ChainID    int64
	Contracts  map[string]config.Contract
	Policy     *engine.Policy
	PolicyFile string
	Loaded     *Loaded
	Previous   *Previous
	// Engine is recorded in the manifest; the zero value means ThisEngine.
	Engine ManifestEngine
}

// Build computes a loaded epoch, adds it to the previous cumulative amounts, builds the tree and the
// manifest: the part of Prepare that needs no database, shared by settlement, `covey verify`,
// `covey guard` and the publisher's self-check.
func Build(in BuildInput) (*Prepared, error) {
	e := in.Loaded.Epoch
	p := &Prepared{Loaded: in.Loaded}
	t1 := time.Now()
	res, err := engine.Compute(in.Policy, in.Loaded.Input)
	if err != nil {
		return nil, fmt.Errorf("computing epoch %d: %w", e, err)
	}
	p.Result = res
	if p.Leaves, err = Cumulate(in.Previous.Cumulative, len(res.Accounts), func(i int) engine.AccountResult { return res.Accounts[i] }); err != nil {
		return nil, err
	}
	if err := CheckNoDecrease(in.Previous.Leaves, p.Leaves); err != nil {
		return nil, fmt.Errorf("epoch %d against the tree of epoch %d: %w", e, e-1, err)
	}
	if p.Leaves.Len() == 0 {
		return nil, fmt.Errorf("epoch %d: nobody to pay (not even the treasury): refusing an empty tree", e)
	}
	p.Timings.Compute = time.Since(t1)

	t2 := time.Now()
	if p.Tree, err = BuildTree(&p.Leaves.Balances); err != nil {
		return nil, err
	}
	p.Root = p.Tree.Tree.Root()
	p.Timings.Tree = time.Since(t2)

	p.Manifest, err = NewManifest(ManifestInput{
		ChainID: in.ChainID, Contracts: in.Contracts, Policy: in.Policy, PolicyFile: in.PolicyFile,
		Loaded: in.Loaded, Result: res, Leaves: p.Leaves, Root: p.Root,
		PreviousRoot: in.Previous.Root, PreviousManifestHash: in.Previous.ManifestHash, Engine: in.Engine,
	})
	if err != nil {
		return nil, err
	}
	if p.Bytes, err = p.Manifest.Bytes(); err != nil {
		return nil, err
	}
	p.ManifestHash = ManifestHash(p.Bytes)
	return p, nil
}

// Adopt re-renders the manifest with the engine recorded in published (when published is a manifest
// of this format for the same epoch): the engine is provenance, not a result, so a recomputation by
// other code still yields the published bytes exactly when every result agrees. It returns the
// published engine, or the zero value when published could not be read (nothing changes then).
func (p *Prepared) Adopt(published []byte) (ManifestEngine, error) {
	m, err := ParseManifest(published)
	if err != nil || m.Epoch != p.Manifest.Epoch {
		return ManifestEngine{}, nil
	}
	if m.Engine == p.Manifest.Engine {
		return m.Engine, nil
	}
	p.Manifest.Engine = m.Engine
	if p.Bytes, err = p.Manifest.Bytes(); err != nil {
		return ManifestEngine{}, err
	}
	p.ManifestHash = ManifestHash(p.Bytes)
	return m.Engine, nil
}

// Settle computes epoch e and stores it in one transaction, or, when it is already stored, recomputes
// it and records whether the result matches (never overwriting). Errors of type *NotSettleableError
// mean "not yet"; other failures are recorded as a failed run.
func (s *Settler) Settle(ctx context.Context, e uint64) (*Outcome, error) {
	p, err := s.Prepare(ctx, e)
	if err != nil {
		var ns *NotSettleableError
		if !errors.As(err, &ns) && !errors.Is(err, ErrNoHead) && ctx.Err() == nil {
			s.recordFailure(ctx, e, err)
		}
		return nil, err
	}
	out, err := s.Store(ctx, p)
	if err != nil {
		if ctx.Err() == nil {
			s.recordFailure(ctx, e, err)
		}
		return nil, err
	}
	return out, nil
}

func (s *Settler) recordFailure(ctx context.Context, e uint64, cause error) {
	_, err := s.Pool.Exec(ctx, `INSERT INTO settlement_runs (chain_id, epoch, kind, status, error, runner, finished_at)
		VALUES ($1, $2, 'settle', 'failed', $3, $4, now())`, s.Source.ChainID, int64(e), redact.String(cause.Error()), s.Runner)
	if err != nil {
		s.log().Warn("recording failed settlement run", "epoch", e, "err", err)
	}
}

// Store writes a prepared epoch in one transaction: the settlement_epochs row first (a conflict means
// the epoch is already settled, and Store turns into a re-check), then breakdown, pools,
// leaderboard, leaves (amounts included) and the tree's nodes (COPY), the deletion of superseded trees, the run and a
// pg_notify. After commit it writes the manifest file and notifies.
func (s *Settler) Store(ctx context.Context, p *Prepared) (*Outcome, error) {
	e := p.Loaded.Epoch
	chain := s.Source.ChainID
	out := &Outcome{Epoch: e, Root: p.Root, ManifestHash: p.ManifestHash, Leaves: p.Leaves.Len(), Timings: p.Timings}
	path := ""
	if s.ManifestDir != "" {
		path = ManifestPath(s.ManifestDir, e)
	}
	t0 := time.Now()
	tx, err := s.Pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("beginning transaction: %w", err)
	}
	defer tx.Rollback(ctx)

	totalEpoch, totalCum := p.Leaves.Totals()
	r := p.Result
	tag, err := tx.Exec(ctx, `INSERT INTO settlement_epochs (chain_id, epoch, epoch_start, epoch_end, snapshot_block, snapshot_hash,
		policy_version, policy_hash, engine_version, input_hash, emission, revenue, total_epoch, total_cumulative,
		treasury_residual, leaf_count, root, manifest_hash, manifest_path, manifest)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)
		ON CONFLICT (chain_id, epoch) DO NOTHING`,
		chain, int64(e), p.Loaded.Start, p.Loaded.End, int64(p.Loaded.Snapshot.Number), p.Loaded.Snapshot.Hash,
		u(s.Policy.Version), r.PolicyHash, p.Manifest.Engine.String(), p.Loaded.InputHash.Hex(),
		numeric(r.Emission), numeric(r.Revenue), numeric(totalEpoch), numeric(totalCum), numeric(r.TreasuryResidual),
		p.Leaves.Len(), p.Root.Hex(), p.ManifestHash.Hex(), path, p.Bytes)
	if err != nil {
		return nil, fmt.Errorf("storing epoch %d: %w", e, err)
	}
	if tag.RowsAffected() == 0 {
		_ = tx.Rollback(ctx)
		return s.recheck(ctx, p, out)
	}
	if err := storeParts(ctx, tx, chain, e, r); err != nil {
		return nil, err
	}
	if err := storePools(ctx, tx, chain, e, r); err != nil {
		return nil, err
	}
	if err := storeLeaderboard(ctx, tx, chain, e, r); err != nil {
		return nil, err
	}
	if err := storeLeaves(ctx, tx, chain, e, p); err != nil {
		return nil, err
	}
	if err := keepTrees(ctx, tx, chain); err != nil {
		return nil, err
	}
	out.Timings.Store = time.Since(t0)
	if _, err := tx.Exec(ctx, `INSERT INTO settlement_runs (chain_id, epoch, kind, status, root, manifest_hash, input_hash,
		runner, finished_at, load_ms, compute_ms, tree_ms, store_ms)
		VALUES ($1,$2,'settle','stored',$3,$4,$5,$6,now(),$7,$8,$9,$10)`,
		chain, int64(e), p.Root.Hex(), p.ManifestHash.Hex(), p.Loaded.InputHash.Hex(), s.Runner,
		ms(out.Timings.Load), ms(out.Timings.Compute), ms(out.Timings.Tree), ms(out.Timings.Store)); err != nil {
		return nil, fmt.Errorf("recording run: %w", err)
	}
	payload := notify.EpochEvent{ChainID: chain, Epoch: e, Root: p.Root.Hex()}.Payload()
	if err := notify.Notify(ctx, tx, notify.Epoch, payload); err != nil {
		return nil, fmt.Errorf("notifying: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("committing epoch %d: %w", e, err)
	}
	out.Status = StatusStored
	if s.ManifestDir != "" {
		// The database holds the authoritative bytes; the file is a convenience copy for publishing.
		if out.ManifestPath, err = WriteManifestFile(s.ManifestDir, e, p.Bytes); err != nil {
			s.log().Warn("writing manifest file", "epoch", e, "err", err)
		}
	}
	if s.Notifier != nil {
		if err := s.Notifier.Publish(ctx, notify.Epoch, chain, payload); err != nil {
			s.log().Warn("epoch notification", "epoch", e, "err", err)
		}
	}
	s.log().Info("epoch settled", "chain", chain, "epoch", e, "root", p.Root.Hex(), "leaves", p.Leaves.Len(),
		"load", out.Timings.Load, "compute", out.Timings.Compute, "tree", out.Timings.Tree, "store", out.Timings.Store)
	return out, nil
}

// recheck compares a recomputation with the stored epoch and records the verdict as a 'recheck' run.
func (s *Settler) recheck(ctx context.Context, p *Prepared, out *Outcome) (*Outcome, error) {
	e := p.Loaded.Epoch
	var manifest []byte
	err := s.Pool.QueryRow(ctx, `SELECT root, manifest_hash, manifest, manifest_path FROM settlement_epochs WHERE chain_id = $1 AND epoch = $2`,
		s.Source.ChainID, int64(e)).Scan(&out.StoredRoot, &out.StoredManifestHash, &manifest, &out.ManifestPath)
	if err != nil {
		return nil, fmt.Errorf("reading stored epoch %d: %w", e, err)
	}
	// A binary built from other code records another engine: provenance, not a result.
	if _, err := p.Adopt(manifest); err != nil {
		return nil, err
	}
	out.ManifestHash = p.ManifestHash
	out.Status = StatusMatched
	var msg *string
	if out.StoredRoot != p.Root.Hex() || out.StoredManifestHash != p.ManifestHash.Hex() || !bytes.Equal(manifest, p.Bytes) {
		out.Status = StatusMismatch
		m := fmt.Sprintf("stored root %s manifest %s, recomputed root %s manifest %s",
			out.StoredRoot, out.StoredManifestHash, p.Root.Hex(), p.ManifestHash.Hex())
		msg = &m
		s.log().Error("re-check of a settled epoch differs", "epoch", e, "detail", m)
	}
	if _, err := s.Pool.Exec(ctx, `INSERT INTO settlement_runs (chain_id, epoch, kind, status, root, manifest_hash, input_hash,
		error, runner, finished_at, load_ms, compute_ms, tree_ms)
		VALUES ($1,$2,'recheck',$3,$4,$5,$6,$7,$8,now(),$9,$10,$11)`,
		s.Source.ChainID, int64(e), out.Status, p.Root.Hex(), p.ManifestHash.Hex(), p.Loaded.InputHash.Hex(),
		msg, s.Runner, ms(p.Timings.Load), ms(p.Timings.Compute), ms(p.Timings.Tree)); err != nil {
		return nil, fmt.Errorf("recording re-check: %w", err)
	}
	return out, nil
}

func ms(d time.Duration) int32 { return int32(d.Milliseconds()) }

// storeLeaves writes the epoch's leaves in blocks (account, amount paid in the epoch, cumulative
// amount, position in the tree: history kept for every epoch) and its tree once, as the node blocks
// proofs are derived from (merkle_nodes).
func storeLeaves(ctx context.Context, db DBTX, chain int64, e uint64, p *Prepared) error {
	if err := storeLeafBlocks(ctx, db, chain, e, p.Leaves, p.Tree.Tree.TreeIndex); err != nil {
		return err
	}
	return storeNodes(ctx, db, chain, e, p.Tree.Tree)
}

// storeNodes writes a tree's node blocks (merkle/blocks.go): 2n-2 hashes in about n/31 rows, streamed.
func storeNodes(ctx context.Context, db DBTX, chain int64, e uint64, t *merkle.Tree) error {
	next, stop := iter.Pull2(t.Blocks())
	defer stop()
	_, err := db.CopyFrom(ctx, pgx.Identifier{"merkle_nodes"}, []string{"chain_id", "epoch", "block", "nodes"},
		pgx.CopyFromFunc(func() ([]any, error) {
			root, nodes, ok := next()
			if !ok {
				return nil, nil
			}
			return []any{chain, int64(e), int32(root), nodes}, nil
		}))
	if err != nil {
		return fmt.Errorf("storing merkle_nodes: %w", err)
	}
	return nil
}

// keepTrees deletes the trees nothing can be claimed against any more: those of epochs before the
// older of the two latest epochs whose root was accepted on-chain (merkle_keep_from). Proof storage
// stays a few trees however many epochs are settled; the per-epoch leaves stay, and restoreTrees
// rebuilds from them a kept epoch's tree that is missing.
func keepTrees(ctx context.Context, db DBTX, chain int64) error {
	if _, err := db.Exec(ctx, `DELETE FROM merkle_nodes WHERE chain_id = $1 AND epoch < merkle_keep_from($1)`, chain); err != nil {
		return fmt.Errorf("pruning superseded trees: %w", err)
	}
	return restoreTrees(ctx, db, chain)
}

// restoreTrees rebuilds the tree of every kept epoch that has none (a reorg that undid two
// acceptances, a hand-pruned table) from its merkle_leaves, checks the root against the settled one
// and stores its nodes. A tree is a function of its leaves, so nothing is lost by pruning.
func restoreTrees(ctx context.Context, db DBTX, chain int64) error {
	rows, err := db.Query(ctx, `SELECT se.epoch, se.root FROM settlement_epochs se
		WHERE se.chain_id = $1 AND se.epoch >= coalesce(merkle_keep_from($1), 0) AND se.leaf_count > 1
		AND NOT EXISTS (SELECT 1 FROM merkle_nodes n WHERE n.chain_id = $1 AND n.epoch = se.epoch)`, chain)
	if err != nil {
		return fmt.Errorf("finding missing trees: %w", err)
	}
	type missing struct {
		epoch int64
		root  string
	}
	var todo []missing
	for rows.Next() {
		var m missing
		if err := rows.Scan(&m.epoch, &m.root); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, m := range todo {
		leaves, err := readLeaves(ctx, db, chain, m.epoch)
		if err != nil {
			return err
		}
		tree, err := BuildTree(leaves)
		if err != nil {
			return fmt.Errorf("rebuilding the tree of epoch %d: %w", m.epoch, err)
		}
		if got := common.Hash(tree.Tree.Root()).Hex(); got != m.root {
			return fmt.Errorf("rebuilding the tree of epoch %d: root %s, settled %s", m.epoch, got, m.root)
		}
		if err := storeNodes(ctx, db, chain, uint64(m.epoch), tree.Tree); err != nil {
			return err
		}
	}
	return nil
}

type partKey struct {
	account, task string
	role          int16
	kind, source  string
}

func storeParts(ctx context.Context, db DBTX, chain int64, e uint64, r *engine.Result) error {
	sums := map[partKey]*big.Int{}
	var order []partKey
	for _, a := range r.Accounts {
		for _, c := range a.Breakdown {
			task := "0" // emission no task could take (§8): no task has id 0 on-chain
			if c.Task != nil {
				task = c.Task.String()
			}
			k := partKey{a.Account, task, int16(c.Role), string(c.Kind), c.Via}
			if s, ok := sums[k]; ok {
				s.Add(s, c.Amount)
				continue
			}
			sums[k] = new(big.Int).Set(c.Amount)
			order = append(order, k)
		}
	}
	i := 0
	_, err := db.CopyFrom(ctx, pgx.Identifier{"epoch_reward_parts"},
		[]string{"chain_id", "epoch", "account", "task_id", "role", "kind", "source", "amount"},
		pgx.CopyFromFunc(func() ([]any, error) {
			if i >= len(order) {
				return nil, nil
			}
			k := order[i]
			i++
			t, _ := new(big.Int).SetString(k.task, 10)
			return []any{chain, int64(e), k.account, numeric(t), k.role, k.kind, k.source, numeric(sums[k])}, nil
		}))
	if err != nil {
		return fmt.Errorf("storing epoch_reward_parts: %w", err)
	}
	return nil
}

func storePools(ctx context.Context, db DBTX, chain int64, e uint64, r *engine.Result) error {
	for _, t := range r.Tasks {
		if _, err := db.Exec(ctx, `INSERT INTO epoch_pools (chain_id, epoch, task_id, stake_seconds, emission, revenue, fee,
			node_pool, validator_pool, residual) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
			chain, int64(e), numeric(t.Task), numeric(t.StakeSeconds), numeric(t.Emission), numeric(t.Revenue), numeric(t.Fee),
			numeric(t.NodePool), numeric(t.ValidatorPool), numeric(t.Residual)); err != nil {
			return fmt.Errorf("storing epoch_pools: %w", err)
		}
	}
	return nil
}

func storeLeaderboard(ctx context.Context, db DBTX, chain int64, e uint64, r *engine.Result) error {
	var rows [][]any
	for _, t := range r.Tasks {
		for _, l := range t.Leaderboard {
			rows = append(rows, []any{chain, int64(e), numeric(t.Task), l.Node, int16(engine.RoleNode), int32(l.Rank),
				int64(l.Score), nil, numeric(l.Submission), numeric(l.Reward)})
		}
		for _, v := range t.Validators {
			var q *int64
			if v.Quality != nil {
				x := new(big.Int).Mul(v.Quality.Num(), big.NewInt(1_000_000))
				x.Quo(x, v.Quality.Denom())
				qv := x.Int64()
				q = &qv
			}
			rows = append(rows, []any{chain, int64(e), numeric(t.Task), v.Validator, int16(engine.RoleValidator), nil,
				nil, q, nil, numeric(v.Reward)})
		}
		if t.Kind == engine.TaskFL {
			for _, p := range t.Participants {
				rows = append(rows, []any{chain, int64(e), numeric(t.Task), p.Account, int16(p.Role), nil, nil, nil, nil, numeric(p.Reward)})
			}
		}
	}
	_, err := db.CopyFrom(ctx, pgx.Identifier{"epoch_leaderboard"},
		[]string{"chain_id", "epoch", "task_id", "account", "role", "rank", "score", "quality_ppm", "submission_id", "reward"},
		pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("storing epoch_leaderboard: %w", err)
	}
	return nil
}

// NextUnsettled is the lowest epoch after the highest settled one (0 when none is settled).
func NextUnsettled(ctx context.Context, db DBTX, chainID int64) (uint64, error) {
	var max *int64
	if err := db.QueryRow(ctx, `SELECT max(epoch) FROM settlement_epochs WHERE chain_id = $1`, chainID).Scan(&max); err != nil {
		return 0, fmt.Errorf("reading settled epochs: %w", err)
	}
	if max == nil {
		return 0, nil
	}
	return uint64(*max) + 1, nil
}

// SettleAll settles every settleable epoch after the last settled one, in order, stopping at the first
// that is not settleable yet. It returns what it settled.
func (s *Settler) SettleAll(ctx context.Context) ([]*Outcome, error) {
	next, err := NextUnsettled(ctx, s.Pool, s.Source.ChainID)
	if err != nil {
		return nil, err
	}
	var outs []*Outcome
	for e := next; ; e++ {
		if err := ctx.Err(); err != nil {
			return outs, err
		}
		out, err := s.Settle(ctx, e)
		var ns *NotSettleableError
		if errors.As(err, &ns) {
			return outs, nil
		}
		if err != nil {
			return outs, err
		}
		outs = append(outs, out)
	}
}
