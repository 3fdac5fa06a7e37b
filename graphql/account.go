package graphql

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

type accountR struct {
	s     *Server
	b     *batch
	addr  string // lowercase
	block *int64
}

// Address of the account.
func (r *accountR) Address() Address { return addrOf(r.addr) }

// Block is the time-travel block, null for the latest state.
func (r *accountR) Block() *int32 {
	if r.block == nil {
		return nil
	}
	v := int32(*r.block)
	return &v
}

type stakesArgs struct {
	Task *BigInt
	Role *string
}

// Stakes lists the account's positive own stakes (batched over sibling accounts).
func (r *accountR) Stakes(ctx context.Context, args stakesArgs) ([]*stakeR, error) {
	m, err := load(r.b, "stakes", func(keys []string) (map[string][]*stakeR, error) {
		rows, err := r.s.stakeState(ctx, "account", keys, r.block)
		if err != nil {
			return nil, err
		}
		out := map[string][]*stakeR{}
		for _, x := range rows {
			out[x.account] = append(out[x.account], x)
		}
		return out, nil
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading stakes", err)
	}
	var out []*stakeR
	for _, x := range m[r.addr] {
		if args.Task != nil && x.task != args.Task.String() {
			continue
		}
		if args.Role != nil && roleName(x.role) != *args.Role {
			continue
		}
		out = append(out, x)
	}
	return out, nil
}

type delegationsArgs struct{ Task *BigInt }

func (r *accountR) delegations(ctx context.Context, by string, args delegationsArgs) ([]*delegationR, error) {
	m, err := load(r.b, "delegations:"+by, func(keys []string) (map[string][]*delegationR, error) {
		rows, err := r.s.delegationState(ctx, by, keys, r.block)
		if err != nil {
			return nil, err
		}
		out := map[string][]*delegationR{}
		for _, x := range rows {
			k := x.delegator
			if by == "participant" {
				k = x.participant
			}
			out[k] = append(out[k], x)
		}
		return out, nil
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading delegations", err)
	}
	var out []*delegationR
	for _, x := range m[r.addr] {
		if args.Task == nil || x.task == args.Task.String() {
			out = append(out, x)
		}
	}
	return out, nil
}

// DelegationsMade lists what the account delegated to others.
func (r *accountR) DelegationsMade(ctx context.Context, args delegationsArgs) ([]*delegationR, error) {
	return r.delegations(ctx, "delegator", args)
}

// DelegationsReceived lists what others delegated to the account.
func (r *accountR) DelegationsReceived(ctx context.Context, args delegationsArgs) ([]*delegationR, error) {
	return r.delegations(ctx, "participant", args)
}

// RewardShare is the account's sigma (0 when never set).
func (r *accountR) RewardShare(ctx context.Context) (*rewardShareR, error) {
	m, err := load(r.b, "rewardShare", func(keys []string) (map[string]int64, error) {
		return r.s.rewardShareState(ctx, keys, r.block)
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading reward share", err)
	}
	return &rewardShareR{account: r.addr, ppm: m[r.addr]}, nil
}

type accountEventsArgs struct {
	pageArgs
	Task        *BigInt
	BlockRange  *blockRange
	MinFinality *string
}

func (r *accountR) part(col, cast string) *partition {
	return &partition{expr: col, cast: cast, keys: r.b.keys}
}

// Submissions the account made as a node (one query for all sibling accounts).
func (r *accountR) Submissions(ctx context.Context, args accountEventsArgs) (*conn[*submissionR], error) {
	m, err := load(r.b, "submissions"+argKey(args), func([]string) (map[string]*conn[*submissionR], error) {
		return r.s.submissions(ctx, args.pageArgs, submissionFilter{Task: args.Task, BlockRange: args.BlockRange, MinFinality: args.MinFinality}, r.part("e.node", "text"))
	})
	if err != nil {
		return nil, err
	}
	return m[r.addr], nil
}

// ScoresGiven are the account's scores as a validator.
func (r *accountR) ScoresGiven(ctx context.Context, args accountEventsArgs) (*conn[*scoreR], error) {
	m, err := load(r.b, "scores"+argKey(args), func([]string) (map[string]*conn[*scoreR], error) {
		return r.s.scores(ctx, args.pageArgs, scoreFilter{Task: args.Task, BlockRange: args.BlockRange, MinFinality: args.MinFinality}, r.part("e.validator", "text"))
	})
	if err != nil {
		return nil, err
	}
	return m[r.addr], nil
}

// Purchases are the models the account bought.
func (r *accountR) Purchases(ctx context.Context, args accountEventsArgs) (*conn[*purchaseR], error) {
	m, err := load(r.b, "purchases"+argKey(args), func([]string) (map[string]*conn[*purchaseR], error) {
		return r.s.purchases(ctx, args.pageArgs, purchaseFilter{Task: args.Task, BlockRange: args.BlockRange, MinFinality: args.MinFinality}, r.part("e.buyer", "text"))
	})
	if err != nil {
		return nil, err
	}
	return m[r.addr], nil
}

type rewardsArgs struct {
	pageArgs
	FromEpoch *int32
	ToEpoch   *int32
}

type epochRewardR struct {
	s                  *Server
	b                  *batch
	epoch              int64
	account            string
	amount, cumulative string
	leaves             []byte // the leaf block holding the reward as read, until rewardLeaves decodes it
}

// Epoch of the reward.
func (r *epochRewardR) Epoch() int32 { return int32(r.epoch) }

// Account rewarded.
func (r *epochRewardR) Account() Address { return addrOf(r.account) }

// Amount paid in the epoch.
func (r *epochRewardR) Amount() BigInt { return bigOf(r.amount) }

// CumulativeAmount is the account's leaf after the epoch.
func (r *epochRewardR) CumulativeAmount() BigInt { return bigOf(r.cumulative) }

type rewardPartR struct {
	task         string
	role         int32
	kind, source string
	amount       string
}

// Task the part was earned in.
func (r *rewardPartR) Task() BigInt { return bigOf(r.task) }

// Role it was earned as.
func (r *rewardPartR) Role() string { return roleName(r.role) }

// Kind: own stake, delegated stake, treasury or fee.
func (r *rewardPartR) Kind() string { return strings.ToUpper(r.kind) }

// Source is the participant a delegated part came through, or the treasury reason.
func (r *rewardPartR) Source() string {
	if len(r.source) == 42 && strings.HasPrefix(r.source, "0x") {
		if a, err := ParseAddress(r.source); err == nil {
			return a.Hex()
		}
	}
	return r.source
}

// Amount of the part.
func (r *rewardPartR) Amount() BigInt { return bigOf(r.amount) }

// Parts breaks the epoch amount down by task, role and own/delegated (batched over siblings).
func (r *epochRewardR) Parts(ctx context.Context) ([]*rewardPartR, error) {
	m, err := load(r.b, "parts", func(keys []string) (map[string][]*rewardPartR, error) {
		accts := make([]string, len(keys))
		epochs := make([]int64, len(keys))
		for i, k := range keys {
			a, e, _ := strings.Cut(k, "/")
			accts[i] = a
			epochs[i], _ = strconv.ParseInt(e, 10, 64)
		}
		rows, err := r.s.query(ctx, `SELECT p.account, p.epoch, p.task_id::text, p.role::int, p.kind, p.source, p.amount::text
			FROM epoch_reward_parts p JOIN unnest($2::text[], $3::bigint[]) AS k(account, epoch)
			ON p.account = k.account AND p.epoch = k.epoch
			WHERE p.chain_id = $1 ORDER BY p.account, p.epoch, p.task_id, p.role, p.kind, p.source`, r.s.opts.ChainID, accts, epochs)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[string][]*rewardPartR{}
		for rows.Next() {
			var a string
			var e int64
			p := &rewardPartR{}
			if err := rows.Scan(&a, &e, &p.task, &p.role, &p.kind, &p.source, &p.amount); err != nil {
				return nil, err
			}
			k := a + "/" + strconv.FormatInt(e, 10)
			out[k] = append(out[k], p)
		}
		return out, rows.Err()
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading reward parts", err)
	}
	return m[r.account+"/"+strconv.FormatInt(r.epoch, 10)], nil
}

// Rewards lists the account's per-epoch rewards (one query for all sibling accounts).
func (r *accountR) Rewards(ctx context.Context, args rewardsArgs) (*conn[*epochRewardR], error) {
	m, err := load(r.b, "rewards"+argKey(args), func(keys []string) (map[string]*conn[*epochRewardR], error) {
		// Per settled epoch of the account (p.k), in epoch order, the leaf block that would hold it
		// (one index probe of leaf_blocks_account) when it holds it; Go decodes the leaf (rewardLeaves).
		l := &list[*epochRewardR]{
			from: `(SELECT se.chain_id, se.epoch, p.k::text AS account, b.leaves FROM settlement_epochs se ` + rewardBlockSQL + `) e`,
			countFrom: func(keys string) string {
				return `(SELECT se.chain_id, se.epoch, p.k::text AS account FROM ` + keys + ` CROSS JOIN settlement_epochs se ` + rewardBlockSQL + `) e`
			},
			cols: "e.epoch, e.account, e.leaves",
			keys: []keyCol{{"e.epoch", "bigint"}},
			scan: func() (*epochRewardR, []any) {
				x := &epochRewardR{s: r.s}
				return x, []any{&x.epoch, &x.account, &x.leaves}
			},
		}
		pg, err := r.s.page(args.pageArgs, l.keys)
		if err != nil {
			return nil, err
		}
		c := &cond{}
		c.add("e.chain_id = ?", r.s.opts.ChainID)
		if args.FromEpoch != nil {
			c.add("e.epoch >= ?", int64(*args.FromEpoch))
		}
		if args.ToEpoch != nil {
			c.add("e.epoch <= ?", int64(*args.ToEpoch))
		}
		m, err := fetch(ctx, r.s, l, c, pg, r.part("e.account", "text"))
		if err != nil {
			return nil, r.s.internal(ctx, "listing rewards", err)
		}
		if err := rewardLeaves(m); err != nil {
			return nil, r.s.internal(ctx, "listing rewards", err)
		}
		var ks []string
		for _, cn := range m {
			for _, it := range cn.items {
				ks = append(ks, it.account+"/"+strconv.FormatInt(it.epoch, 10))
			}
		}
		b := newBatch(ks)
		for _, cn := range m {
			for _, it := range cn.items {
				it.b = b
			}
		}
		return m, nil
	})
	if err != nil {
		return nil, err
	}
	return m[r.addr], nil
}

// Claim is the account's claim state (batched over sibling accounts).
func (r *accountR) Claim(ctx context.Context) (*claimR, error) {
	m, err := load(r.b, "claim", func(keys []string) (map[string]*claimR, error) {
		return r.s.claims(ctx, keys)
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading claims", err)
	}
	return m[r.addr], nil
}

// rewardBlockSQL joins to settlement epoch se the leaf block of account p.k in it (one probe of
// leaf_blocks_account), only when the block holds the account (its bytes among the block's
// accounts, at a leaf boundary or, if not there first, found by leaf_index_slow). The leaf is
// decoded in Go (rewardLeaves), which refuses a damaged block: read through leaf_find, Postgres
// decoded the amounts with SQL functions (leaf_uint_hex) it ran per use, not inlined.
const rewardBlockSQL = `CROSS JOIN LATERAL (SELECT lb.leaves FROM leaf_blocks lb
		WHERE lb.chain_id = se.chain_id AND lb.epoch = se.epoch AND lb.first_account <= decode(substr(p.k::text, 3), 'hex')
		ORDER BY lb.first_account DESC LIMIT 1) b
	CROSS JOIN LATERAL (SELECT position(decode(substr(p.k::text, 3), 'hex')
		IN substring(b.leaves FROM 6 FOR 20 * ((get_byte(b.leaves, 1) << 8) | get_byte(b.leaves, 2)))) AS p) f
	WHERE length(p.k::text) = 42 AND f.p > 0 AND (f.p % 20 = 1 OR leaf_index_slow(b.leaves, decode(substr(p.k::text, 3), 'hex')) IS NOT NULL)`

// rewardLeaves decodes each listed reward's leaf from its leaf block (exact uint256): an error when
// a block is damaged or does not hold the account the statement found in it.
func rewardLeaves(m map[string]*conn[*epochRewardR]) error {
	for _, cn := range m {
		for _, it := range cn.items {
			l, err := claimLeaf(it.leaves, it.account)
			if err != nil {
				return fmt.Errorf("reward of %s in epoch %d: %w", it.account, it.epoch, err)
			}
			if l == nil {
				return fmt.Errorf("reward of %s in epoch %d: the leaf block does not hold it", it.account, it.epoch)
			}
			it.amount, it.cumulative, it.leaves = l.Amount.Dec(), l.Cumulative.Dec(), nil
		}
	}
	return nil
}
