package graphql

import (
	"context"
)

// queryRoot resolves the Query type.
type queryRoot struct{ s *Server }

// Status of indexing and settlement.
func (q *queryRoot) Status(ctx context.Context) (*statusR, error) { return q.s.status(ctx) }

type accountArgs struct {
	Address     Address
	Block       *int32
	MinFinality *string
}

// Account reads one account.
func (q *queryRoot) Account(ctx context.Context, args accountArgs) (*accountR, error) {
	block, err := q.s.readBlock(ctx, args.Block, args.MinFinality)
	if err != nil {
		return nil, err
	}
	a := args.Address.lower()
	return &accountR{s: q.s, b: newBatch([]string{a}), addr: a, block: block}, nil
}

type accountsArgs struct {
	Addresses   []Address
	Block       *int32
	MinFinality *string
}

// Accounts reads many accounts; their nested fields load in one query per field.
func (q *queryRoot) Accounts(ctx context.Context, args accountsArgs) ([]*accountR, error) {
	if len(args.Addresses) > q.s.opts.MaxFirst {
		return nil, limitErr("first", "at most %d addresses per query", q.s.opts.MaxFirst)
	}
	block, err := q.s.readBlock(ctx, args.Block, args.MinFinality)
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(args.Addresses))
	seen := map[string]bool{}
	for _, a := range args.Addresses {
		if l := a.lower(); !seen[l] {
			seen[l] = true
			keys = append(keys, l)
		}
	}
	b := newBatch(keys)
	out := make([]*accountR, len(args.Addresses))
	for i, a := range args.Addresses {
		out[i] = &accountR{s: q.s, b: b, addr: a.lower(), block: block}
	}
	return out, nil
}

type claimArgs struct{ Account Address }

// Claim is the account's claim state, read in one statement (singleStatement: a plan that reads
// nothing else runs it without a snapshot transaction).
func (q *queryRoot) Claim(ctx context.Context, args claimArgs) (*claimR, error) {
	a := args.Account.lower()
	m, err := q.s.claims(ctx, []string{a})
	if err != nil {
		return nil, q.s.internal(ctx, "loading claim", err)
	}
	return m[a], nil
}

type tasksArgs struct {
	pageArgs
	Creator     *Address
	BlockRange  *blockRange
	MinFinality *string
}

// Tasks lists created tasks by id.
func (q *queryRoot) Tasks(ctx context.Context, args tasksArgs) (*conn[*taskR], error) {
	return q.s.tasks(ctx, args.pageArgs, taskFilter{Creator: args.Creator, BlockRange: args.BlockRange, MinFinality: args.MinFinality})
}

type taskArgs struct{ ID BigInt }

// Task reads one task (null when unknown).
func (q *queryRoot) Task(ctx context.Context, args taskArgs) (*taskR, error) {
	one := int32(1)
	cn, err := q.s.tasks(ctx, pageArgs{First: &one}, taskFilter{ID: &args.ID})
	if err != nil || len(cn.items) == 0 {
		return nil, err
	}
	return cn.items[0], nil
}

type submissionsArgs struct {
	pageArgs
	submissionFilter
}

// Submissions lists model submissions.
func (q *queryRoot) Submissions(ctx context.Context, args submissionsArgs) (*conn[*submissionR], error) {
	m, err := q.s.submissions(ctx, args.pageArgs, args.submissionFilter, nil)
	if err != nil {
		return nil, err
	}
	return m[""], nil
}

type scoresArgs struct {
	pageArgs
	scoreFilter
}

// Scores lists validator scores.
func (q *queryRoot) Scores(ctx context.Context, args scoresArgs) (*conn[*scoreR], error) {
	m, err := q.s.scores(ctx, args.pageArgs, args.scoreFilter, nil)
	if err != nil {
		return nil, err
	}
	return m[""], nil
}

type purchasesArgs struct {
	pageArgs
	purchaseFilter
}

// Purchases lists model purchases.
func (q *queryRoot) Purchases(ctx context.Context, args purchasesArgs) (*conn[*purchaseR], error) {
	m, err := q.s.purchases(ctx, args.pageArgs, args.purchaseFilter, nil)
	if err != nil {
		return nil, err
	}
	return m[""], nil
}

type modelsArgs struct {
	pageArgs
	modelFilter
}

// Models lists model listings.
func (q *queryRoot) Models(ctx context.Context, args modelsArgs) (*conn[*modelR], error) {
	return q.s.models(ctx, args.pageArgs, args.modelFilter)
}

type epochsArgs struct{ pageArgs }

// Epochs lists settled epochs.
func (q *queryRoot) Epochs(ctx context.Context, args epochsArgs) (*conn[*epochR], error) {
	return q.s.epochs(ctx, args.pageArgs, nil)
}

type epochArgs struct{ Number int32 }

// Epoch reads one settled epoch (null when not settled).
func (q *queryRoot) Epoch(ctx context.Context, args epochArgs) (*epochR, error) {
	one := int32(1)
	cn, err := q.s.epochs(ctx, pageArgs{First: &one}, &args.Number)
	if err != nil || len(cn.items) == 0 {
		return nil, err
	}
	return cn.items[0], nil
}

// SettlementRuns lists settlement attempts.
func (q *queryRoot) SettlementRuns(ctx context.Context, args runsArgs) (*conn[*runR], error) {
	return q.s.runs(ctx, args)
}
