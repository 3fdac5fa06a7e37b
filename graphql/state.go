package graphql

import (
	"context"
	"math"
)

// currentOrEvents is the statement for "the latest state": the derived current table's rows
// (current, filtered on $1 chain_id and its keys, unordered), unless the indexer has deferred that table
// for a backfill (deferred_derived, indexer/deferred.go: it may be behind the indexed events then), in
// which case the replay of every event (replay, with $3 bound to the largest block): the same answer,
// slower. One statement, so one snapshot and no extra round trip: Postgres evaluates each EXISTS once
// and runs only the chosen branch.
func currentOrEvents(current, replay, order string) string {
	const deferred = `EXISTS (SELECT 1 FROM deferred_derived WHERE chain_id = $1)`
	q := `SELECT * FROM (` + current + ` AND NOT ` + deferred + `
		UNION ALL SELECT * FROM (` + replay + `) r WHERE ` + deferred + `) u`
	if order != "" {
		q += ` ORDER BY ` + order
	}
	return q
}

// allBlocks stands for "no block bound" in a replay's block_number <= $3.
const allBlocks = int64(math.MaxInt64)

// roleName maps the on-chain uint8 role to the schema enum.
func roleName(r int32) string {
	switch r {
	case 1:
		return "NODE"
	case 2:
		return "VALIDATOR"
	case 3:
		return "FL"
	}
	return "NONE"
}

type stakeR struct {
	account, task string
	role          int32
	amount        string
}

// Account holds the stake.
func (r *stakeR) Account() Address { return addrOf(r.account) }

// Task is where it is staked.
func (r *stakeR) Task() BigInt { return bigOf(r.task) }

// Role is the account's role in the task.
func (r *stakeR) Role() string { return roleName(r.role) }

// Amount is the own stake (token wei).
func (r *stakeR) Amount() BigInt { return bigOf(r.amount) }

// stakeState returns positive stakes whose `by` column (account or task_id) is in keys, as of
// block (nil: the derived current table; otherwise the latest new_stake per key at or before it).
func (s *Server) stakeState(ctx context.Context, by string, keys []string, block *int64) ([]*stakeR, error) {
	cast := "text"
	if by == "task_id" {
		cast = "numeric"
	}
	in, arg := anyKey(by, 2, cast, keys)
	part := func(t string) string {
		return `SELECT account, task_id, role, new_stake, block_number, log_index FROM ` + t + `
			WHERE chain_id = $1 AND ` + in + ` AND block_number <= $3`
	}
	replay := `SELECT account, task_id::text, role::int, new_stake::text FROM (
		SELECT DISTINCT ON (account, task_id) account, task_id, role, new_stake FROM (` +
		part("ev_staked") + " UNION ALL " + part("ev_unstake_requested") + " UNION ALL " + part("ev_slashed") +
		`) x ORDER BY account, task_id, block_number DESC, log_index DESC) y WHERE new_stake > 0`
	args := []any{s.opts.ChainID, arg, allBlocks}
	sql := replay + ` ORDER BY account, task_id`
	if block == nil {
		sql = currentOrEvents(`SELECT account, task_id::text, role::int, amount::text FROM stake_current
			WHERE chain_id = $1 AND `+in+` AND amount > 0`, replay, "account, task_id")
	} else {
		args[2] = *block
	}
	rows, err := s.query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*stakeR
	for rows.Next() {
		r := &stakeR{}
		if err := rows.Scan(&r.account, &r.task, &r.role, &r.amount); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

type delegationR struct {
	delegator, participant, task, amount string
}

// Delegator backs the participant.
func (r *delegationR) Delegator() Address { return addrOf(r.delegator) }

// Participant is backed.
func (r *delegationR) Participant() Address { return addrOf(r.participant) }

// Task is where.
func (r *delegationR) Task() BigInt { return bigOf(r.task) }

// Amount is the pair's delegation (token wei).
func (r *delegationR) Amount() BigInt { return bigOf(r.amount) }

// delegationState is stakeState for delegations; by is delegator, participant or task_id.
func (s *Server) delegationState(ctx context.Context, by string, keys []string, block *int64) ([]*delegationR, error) {
	cast := "text"
	if by == "task_id" {
		cast = "numeric"
	}
	in, arg := anyKey(by, 2, cast, keys)
	part := func(t string) string {
		return `SELECT delegator, participant, task_id, new_delegation, block_number, log_index FROM ` + t + `
			WHERE chain_id = $1 AND ` + in + ` AND block_number <= $3`
	}
	replay := `SELECT delegator, participant, task_id::text, new_delegation::text FROM (
		SELECT DISTINCT ON (delegator, task_id, participant) delegator, participant, task_id, new_delegation FROM (` +
		part("ev_delegated") + " UNION ALL " + part("ev_undelegated") +
		`) x ORDER BY delegator, task_id, participant, block_number DESC, log_index DESC) y
		WHERE new_delegation > 0`
	args := []any{s.opts.ChainID, arg, allBlocks}
	sql := replay + ` ORDER BY delegator, task_id, participant`
	if block == nil {
		sql = currentOrEvents(`SELECT delegator, participant, task_id::text, amount::text FROM delegation_current
			WHERE chain_id = $1 AND `+in+` AND amount > 0`, replay, "delegator, task_id, participant")
	} else {
		args[2] = *block
	}
	rows, err := s.query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*delegationR
	for rows.Next() {
		r := &delegationR{}
		if err := rows.Scan(&r.delegator, &r.participant, &r.task, &r.amount); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

type rewardShareR struct {
	account string
	ppm     int64
}

// Account sets the share.
func (r *rewardShareR) Account() Address { return addrOf(r.account) }

// SigmaPpm is the share in parts per million (0 when never set).
func (r *rewardShareR) SigmaPpm() int32 { return int32(r.ppm) }

func (s *Server) rewardShareState(ctx context.Context, accounts []string, block *int64) (map[string]int64, error) {
	in, arg := anyKey("account", 2, "text", accounts)
	replay := `SELECT DISTINCT ON (account) account, sigma_ppm::bigint FROM ev_reward_share_set
		WHERE chain_id = $1 AND ` + in + ` AND block_number <= $3
		ORDER BY account, block_number DESC, log_index DESC`
	args := []any{s.opts.ChainID, arg, allBlocks}
	sql := replay
	if block == nil {
		sql = currentOrEvents(`SELECT account, sigma_ppm::bigint FROM reward_share_current WHERE chain_id = $1 AND `+in, replay, "")
	} else {
		args[2] = *block
	}
	rows, err := s.query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var a string
		var p int64
		if err := rows.Scan(&a, &p); err != nil {
			return nil, err
		}
		out[a] = p
	}
	return out, rows.Err()
}

// indexedHead is the indexer's cursor block (0, false when nothing is indexed yet).
func (s *Server) indexedHead(ctx context.Context) (int64, bool, error) {
	var n *int64
	err := s.queryRow(ctx, `SELECT max(block_number) FROM cursors WHERE chain_id = $1`, s.opts.ChainID).Scan(&n)
	if err != nil || n == nil {
		return 0, false, err
	}
	return *n, true, nil
}

// checkBlock validates a time-travel block against what is indexed.
func (s *Server) checkBlock(ctx context.Context, block *int32) (*int64, error) {
	if block == nil {
		return nil, nil
	}
	if *block < 0 {
		return nil, badInput("block must not be negative")
	}
	head, ok, err := s.indexedHead(ctx)
	if err != nil {
		return nil, s.internal(ctx, "reading the indexed head", err)
	}
	if !ok || int64(*block) > head {
		return nil, badInput("block %d is not indexed yet (indexed head %d)", *block, head)
	}
	b := int64(*block)
	return &b, nil
}
