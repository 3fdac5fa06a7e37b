package graphql

import (
	"context"
	"math/big"
)

type taskR struct {
	evMeta
	s                *Server
	b                *batch
	id, creator, uri string
	start, end       int64
}

// ID is the task id.
func (r *taskR) ID() BigInt { return bigOf(r.id) }

// Creator created the task.
func (r *taskR) Creator() Address { return addrOf(r.creator) }

// MetadataURI describes the task.
func (r *taskR) MetadataURI() string { return r.uri }

// Start opens submissions.
func (r *taskR) Start() Timestamp { return Timestamp{r.start} }

// End closes submissions.
func (r *taskR) End() Timestamp { return Timestamp{r.end} }

func (s *Server) taskList() *list[*taskR] {
	return &list[*taskR]{
		from: evFrom("ev_task_created"),
		cols: evMetaCols + `, e.task_id::text, e.creator, e.metadata_uri, e.start::bigint, e."end"::bigint`,
		keys: []keyCol{{"e.task_id", "numeric"}},
		scan: func() (*taskR, []any) {
			r := &taskR{s: s}
			return r, append(r.dests(), &r.id, &r.creator, &r.uri, &r.start, &r.end)
		},
	}
}

type taskFilter struct {
	Creator     *Address
	BlockRange  *blockRange
	ID          *BigInt
	MinFinality *string
}

func (s *Server) tasks(ctx context.Context, p pageArgs, f taskFilter) (*conn[*taskR], error) {
	l := s.taskList()
	pg, err := s.page(p, l.keys)
	if err != nil {
		return nil, err
	}
	c := &cond{}
	c.add("e.chain_id = ?", s.opts.ChainID)
	if f.Creator != nil {
		c.add("e.creator = ?", f.Creator.lower())
	}
	if f.ID != nil {
		c.add("e.task_id = ?::numeric", f.ID.String())
	}
	blockFilter(c, "e.block_number", f.BlockRange)
	if err := s.finalityFilter(ctx, c, "e.block_number", f.MinFinality); err != nil {
		return nil, err
	}
	m, err := fetch(ctx, s, l, c, pg, nil)
	if err != nil {
		return nil, s.internal(ctx, "listing tasks", err)
	}
	cn := m[""]
	ids := make([]string, len(cn.items))
	for i, it := range cn.items {
		ids[i] = it.id
	}
	b := newBatch(ids)
	for _, it := range cn.items {
		it.b = b
	}
	return cn, nil
}

type participantR struct {
	account          string
	role             int32
	stake, delegated *big.Int
}

// Account participates.
func (r *participantR) Account() Address { return addrOf(r.account) }

// Role in the task.
func (r *participantR) Role() string { return roleName(r.role) }

// Stake is the participant's own stake.
func (r *participantR) Stake() BigInt { return BigInt{v: r.stake} }

// Delegated is the stake delegated to the participant in this task.
func (r *participantR) Delegated() BigInt { return BigInt{v: r.delegated} }

type participantsArgs struct {
	Role        *string
	Block       *int32
	MinFinality *string
}

// Participants lists the accounts with stake in the task, batched over sibling tasks.
func (r *taskR) Participants(ctx context.Context, args participantsArgs) ([]*participantR, error) {
	block, err := r.s.readBlock(ctx, args.Block, args.MinFinality)
	if err != nil {
		return nil, err
	}
	m, err := load(r.b, "participants"+argKey(block), func(ids []string) (map[string][]*participantR, error) {
		stakes, err := r.s.stakeState(ctx, "task_id", ids, block)
		if err != nil {
			return nil, err
		}
		dels, err := r.s.delegationState(ctx, "task_id", ids, block)
		if err != nil {
			return nil, err
		}
		type pk struct{ task, account string }
		got := map[pk]*participantR{}
		out := map[string][]*participantR{}
		for _, st := range stakes {
			p := &participantR{account: st.account, role: st.role, stake: decimal(st.amount), delegated: new(big.Int)}
			got[pk{st.task, st.account}] = p
			out[st.task] = append(out[st.task], p)
		}
		for _, d := range dels {
			if p := got[pk{d.task, d.participant}]; p != nil {
				p.delegated.Add(p.delegated, decimal(d.amount))
			}
		}
		return out, nil
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading participants", err)
	}
	var out []*participantR
	for _, p := range m[r.id] {
		if args.Role == nil || roleName(p.role) == *args.Role {
			out = append(out, p)
		}
	}
	return out, nil
}

type taskSubmissionsArgs struct {
	pageArgs
	Node        *Address
	BlockRange  *blockRange
	MinFinality *string
}

// Submissions lists the task's submissions; sibling tasks share one query.
func (r *taskR) Submissions(ctx context.Context, args taskSubmissionsArgs) (*conn[*submissionR], error) {
	m, err := load(r.b, "submissions"+argKey(args), func(ids []string) (map[string]*conn[*submissionR], error) {
		return r.s.submissions(ctx, args.pageArgs, submissionFilter{Node: args.Node, BlockRange: args.BlockRange, MinFinality: args.MinFinality},
			&partition{expr: "e.task_id", cast: "numeric", keys: ids})
	})
	if err != nil {
		return nil, err
	}
	return m[r.id], nil
}

type leaderboardR struct {
	epoch                int64
	task, account        string
	role                 int32
	rank, score, quality *int64
	submission           *string
	reward               string
}

// Epoch of the leaderboard.
func (r *leaderboardR) Epoch() int32 { return int32(r.epoch) }

// Task of the leaderboard.
func (r *leaderboardR) Task() BigInt { return bigOf(r.task) }

// Account ranked.
func (r *leaderboardR) Account() Address { return addrOf(r.account) }

// Role of the account.
func (r *leaderboardR) Role() string { return roleName(r.role) }

// Rank for nodes (0 is best); null for validators.
func (r *leaderboardR) Rank() *int32 { return i32p(r.rank) }

// Score is the node's consensus score.
func (r *leaderboardR) Score() *int32 { return i32p(r.score) }

// QualityPpm is a validator's quality (display only).
func (r *leaderboardR) QualityPpm() *int32 { return i32p(r.quality) }

// Submission ranked for a node.
func (r *leaderboardR) Submission() *BigInt {
	if r.submission == nil {
		return nil
	}
	b := bigOf(*r.submission)
	return &b
}

// Reward in the epoch.
func (r *leaderboardR) Reward() BigInt { return bigOf(r.reward) }

func i32p(v *int64) *int32 {
	if v == nil {
		return nil
	}
	x := int32(*v)
	return &x
}

// leaderboards loads leaderboard rows where `by` (task_id or epoch) is in keys; epoch restricts
// to one epoch, and latest picks each task's latest epoch.
// maxSnapshot, when set, keeps the epochs whose snapshot block is at or below it (minFinality).
func (s *Server) leaderboards(ctx context.Context, by string, keys []string, epoch *int32, latest bool, maxSnapshot *int64) ([]*leaderboardR, error) {
	cast := "numeric"
	if by == "epoch" {
		cast = "bigint"
	}
	var sql string
	var args []any
	final := func(col string, n int) string {
		if maxSnapshot == nil {
			return ""
		}
		return " AND " + col + " IN (SELECT epoch FROM settlement_epochs WHERE chain_id = $1 AND snapshot_block <= $" + itoa(n) + ")"
	}
	if epoch == nil && latest && by == "task_id" {
		// Each task's latest epoch, found once per task (epoch_leaderboard_task), then that epoch's
		// rows by primary key. (Comparing every row of the task with a correlated max(epoch) read
		// all its epochs' rows: 25 ms for 24 epochs of 120 entries, growing with every epoch.)
		from, arg := keyRows(2, keys)
		args = []any{s.opts.ChainID, arg}
		if maxSnapshot != nil {
			args = append(args, *maxSnapshot)
		}
		sql = `SELECT l.epoch, l.task_id::text, l.account, l.role::int, l.rank::bigint, l.score::bigint,
			l.quality_ppm::bigint, l.submission_id::text, l.reward::text
			FROM ` + from + ` CROSS JOIN LATERAL (SELECT max(epoch) AS epoch FROM epoch_leaderboard
				WHERE chain_id = $1 AND task_id = p.k::numeric` + final("epoch", 3) + `) m
			JOIN epoch_leaderboard l ON l.chain_id = $1 AND l.epoch = m.epoch AND l.task_id = p.k::numeric`
	} else {
		in, arg := anyKey("l."+by, 2, cast, keys)
		args = []any{s.opts.ChainID, arg}
		where := "l.chain_id = $1 AND " + in
		if maxSnapshot != nil {
			args = append(args, *maxSnapshot)
			where += final("l.epoch", 3)
		}
		if epoch != nil {
			args = append(args, int64(*epoch))
			where += " AND l.epoch = $" + itoa(len(args))
		} else if latest {
			where += " AND l.epoch = (SELECT max(epoch) FROM epoch_leaderboard l2 WHERE l2.chain_id = l.chain_id AND l2.task_id = l.task_id" +
				final("l2.epoch", 3) + ")"
		}
		sql = `SELECT l.epoch, l.task_id::text, l.account, l.role::int, l.rank::bigint, l.score::bigint,
			l.quality_ppm::bigint, l.submission_id::text, l.reward::text FROM epoch_leaderboard l WHERE ` + where
	}
	rows, err := s.query(ctx, sql+`
		ORDER BY l.epoch, l.task_id, l.role, l.rank NULLS LAST, l.reward DESC, l.account`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*leaderboardR
	for rows.Next() {
		r := &leaderboardR{}
		if err := rows.Scan(&r.epoch, &r.task, &r.account, &r.role, &r.rank, &r.score, &r.quality, &r.submission, &r.reward); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

type taskLeaderboardArgs struct {
	Epoch       *int32
	MinFinality *string
}

// Leaderboard is the task's ranking in an epoch (default: its latest settled one); minFinality
// keeps the epochs whose snapshot block is at least that final.
func (r *taskR) Leaderboard(ctx context.Context, args taskLeaderboardArgs) ([]*leaderboardR, error) {
	var maxSnap *int64
	if args.MinFinality != nil {
		h, ok, err := r.s.finalityHead(ctx, *args.MinFinality)
		if err != nil {
			return nil, r.s.internal(ctx, "reading the finality head", err)
		}
		if ok {
			maxSnap = &h
		}
	}
	m, err := load(r.b, "leaderboard"+argKey(args), func(ids []string) (map[string][]*leaderboardR, error) {
		rows, err := r.s.leaderboards(ctx, "task_id", ids, args.Epoch, true, maxSnap)
		if err != nil {
			return nil, err
		}
		out := map[string][]*leaderboardR{}
		for _, x := range rows {
			out[x.task] = append(out[x.task], x)
		}
		return out, nil
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading leaderboard", err)
	}
	return m[r.id], nil
}
