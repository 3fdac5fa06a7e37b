package settlement

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement/chainload"
	"github.com/covey-labs/covey/settlement/engine"
)

// LoadEvents reads every event up to block snapshot into an engine input for epoch e (see Load); it
// also returns how many event rows the input consumed (task creations and ev_funded rows that are not
// FL slash proceeds are read but not counted).
func LoadEvents(ctx context.Context, db DBTX, src Source, e uint64, snapshot uint64) (*engine.EpochInput, int, error) {
	l := &eventLoader{
		ctx: ctx, db: db, src: src,
		args:      []any{src.ChainID, int64(snapshot), contractFilter(src.Contracts)},
		in:        &engine.EpochInput{Epoch: e},
		taskIDs:   map[string]*big.Int{},
		flTasks:   map[string]bool{},
		flCreator: map[string]string{},
	}
	for _, step := range []func() error{
		l.stakeChanges,
		l.delegationChanges,
		l.rewardShares,
		l.tasksCreated,
		l.submissions,
		l.scores,
		l.purchases,
		l.flTasksCreated,
		l.flRounds,
		l.slashFunds, // after every step that marks a task FL or names its creator
	} {
		if err := step(); err != nil {
			return nil, 0, err
		}
	}
	l.in.Tasks = chainload.Tasks(l.taskIDs, l.flTasks)
	return l.in, l.events, nil
}

// eventLoader holds one LoadEvents: the query arguments, the input being built and what the steps
// learn about tasks along the way.
type eventLoader struct {
	ctx  context.Context
	db   DBTX
	src  Source
	args []any // chain id, snapshot block, contract filter: eventQuery's $1..$3

	in        *engine.EpochInput
	events    int                 // event rows the input consumed
	taskIDs   map[string]*big.Int // every task id seen, by its decimal string
	flTasks   map[string]bool     // tasks that are FL (created by FLAlliance, or staked in with role FL)
	flCreator map[string]string   // FL task -> the contract that created it (the first ev_fl_task_created)
}

// contractFilter is the lowercase addresses of the configured contracts, sorted; nil (no filter) without any.
func contractFilter(contracts map[string]config.Contract) []string {
	var out []string
	for _, c := range contracts {
		out = append(out, strings.ToLower(c.Address.Hex()))
	}
	slices.Sort(out)
	return out
}

// eventQuery selects rows of one event table up to the snapshot block, optionally from some contracts.
func eventQuery(table, cols string) string {
	return `SELECT block_number, log_index, block_time, ` + cols + ` FROM ` + table +
		` WHERE chain_id = $1 AND block_number <= $2 AND ($3::text[] IS NULL OR contract = ANY($3))`
}

// each reads table's rows up to the snapshot: for every row it scans the position, then cols into
// dest, and calls use with the position; use says whether the row is an event the input consumed.
func (l *eventLoader) each(table, cols string, dest []any, use func(pos engine.Position) (bool, error)) error {
	rows, err := l.db.Query(l.ctx, eventQuery(table, cols), l.args...)
	if err != nil {
		return fmt.Errorf("reading %s: %w", table, err)
	}
	defer rows.Close()
	var blk, li, bt int64
	scan := append([]any{&blk, &li, &bt}, dest...)
	for rows.Next() {
		if err := rows.Scan(scan...); err != nil {
			return fmt.Errorf("reading %s: %w", table, err)
		}
		consumed, err := use(engine.Position{Time: bt, Block: uint64(blk), LogIndex: uint64(li)})
		if err != nil {
			return fmt.Errorf("reading %s: %w", table, err)
		}
		if consumed {
			l.events++
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", table, err)
	}
	return nil
}

// noteTask records a task id any event references.
func (l *eventLoader) noteTask(t *big.Int) { l.taskIDs[t.String()] = t }

// stakeChanges reads ev_staked, ev_unstake_requested and ev_slashed; a stake with role FL makes its task FL.
func (l *eventLoader) stakeChanges() error {
	var acct, task, stake string
	var role int64
	for _, table := range []string{"ev_staked", "ev_unstake_requested", "ev_slashed"} {
		err := l.each(table, "account, task_id::text, role, new_stake::text", []any{&acct, &task, &role, &stake}, func(pos engine.Position) (bool, error) {
			v, err := parseBigs(task, stake)
			if err != nil {
				return false, err
			}
			l.noteTask(v[0])
			if role == int64(engine.RoleFL) {
				l.flTasks[task] = true
			}
			l.in.StakeChanges = append(l.in.StakeChanges, engine.StakeChange{Account: acct, Task: v[0], Role: engine.Role(role), NewStake: v[1], Position: pos})
			return true, nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// delegationChanges reads ev_delegated and ev_undelegated.
func (l *eventLoader) delegationChanges() error {
	var q, pp, task, amt string
	for _, table := range []string{"ev_delegated", "ev_undelegated"} {
		err := l.each(table, "delegator, participant, task_id::text, new_delegation::text", []any{&q, &pp, &task, &amt}, func(pos engine.Position) (bool, error) {
			v, err := parseBigs(task, amt)
			if err != nil {
				return false, err
			}
			l.noteTask(v[0])
			l.in.DelegationChanges = append(l.in.DelegationChanges, engine.DelegationChange{Delegator: q, Participant: pp, Task: v[0], NewDelegation: v[1], Position: pos})
			return true, nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// rewardShares reads ev_reward_share_set (sigma in parts per million).
func (l *eventLoader) rewardShares() error {
	var acct string
	var sigma int64
	return l.each("ev_reward_share_set", "account, sigma_ppm", []any{&acct, &sigma}, func(pos engine.Position) (bool, error) {
		if sigma < 0 || sigma > 1_000_000 {
			return false, fmt.Errorf("sigma_ppm %d out of range", sigma)
		}
		l.in.RewardShares = append(l.in.RewardShares, engine.RewardShareChange{Account: acct, SigmaPpm: uint32(sigma), Position: pos})
		return true, nil
	})
}

// tasksCreated notes every task of ev_task_created: a task, not an event the engine consumes.
func (l *eventLoader) tasksCreated() error {
	var task string
	return l.each("ev_task_created", "task_id::text", []any{&task}, func(engine.Position) (bool, error) {
		v, err := parseBig(task)
		if err != nil {
			return false, err
		}
		l.noteTask(v)
		return false, nil
	})
}

// submissions reads ev_model_submitted.
func (l *eventLoader) submissions() error {
	var task, sub, node string
	return l.each("ev_model_submitted", "task_id::text, submission_id::text, node", []any{&task, &sub, &node}, func(pos engine.Position) (bool, error) {
		v, err := parseBigs(task, sub)
		if err != nil {
			return false, err
		}
		l.noteTask(v[0])
		l.in.Submissions = append(l.in.Submissions, engine.Submission{ID: v[1], Task: v[0], Node: node, Position: pos})
		return true, nil
	})
}

// scores reads ev_score_submitted (a score is a uint32).
func (l *eventLoader) scores() error {
	var sub, val string
	var score int64
	return l.each("ev_score_submitted", "submission_id::text, validator, score", []any{&sub, &val, &score}, func(pos engine.Position) (bool, error) {
		v, err := parseBig(sub)
		if err != nil {
			return false, err
		}
		if score < 0 || score > 1<<32-1 {
			return false, fmt.Errorf("score %d out of range", score)
		}
		l.in.Scores = append(l.in.Scores, engine.Score{Submission: v, Validator: val, Score: uint32(score), Position: pos})
		return true, nil
	})
}

// purchases reads ev_model_purchased (the net amount).
func (l *eventLoader) purchases() error {
	var task, net string
	return l.each("ev_model_purchased", "task_id::text, net::text", []any{&task, &net}, func(pos engine.Position) (bool, error) {
		v, err := parseBigs(task, net)
		if err != nil {
			return false, err
		}
		l.noteTask(v[0])
		l.in.Purchases = append(l.in.Purchases, engine.Purchase{Task: v[0], Net: v[1], Position: pos})
		return true, nil
	})
}

// flTasksCreated notes FL tasks as FLAlliance created them: the creator is the only sender of their
// slash proceeds. Like ev_task_created, not an event the engine consumes.
func (l *eventLoader) flTasksCreated() error {
	var task, contract string
	return l.each("ev_fl_task_created", "task_id::text, contract", []any{&task, &contract}, func(engine.Position) (bool, error) {
		v, err := parseBig(task)
		if err != nil {
			return false, err
		}
		l.noteTask(v)
		l.flTasks[task] = true
		if _, dup := l.flCreator[task]; !dup {
			l.flCreator[task] = contract
		}
		return false, nil
	})
}

// flRounds reads the finalized FL rounds (loadFLRounds); each round's task is FL.
func (l *eventLoader) flRounds() error {
	rounds, n, err := loadFLRounds(l.ctx, l.db, l.args)
	if err != nil {
		return err
	}
	for _, rd := range rounds {
		l.noteTask(rd.Task)
		l.flTasks[rd.Task.String()] = true
	}
	l.in.FLRounds = rounds
	l.events += n
	return nil
}

// slashFunds reads the ev_funded rows of FL tasks sent by their FLAlliance contract (flSender); other
// rows are read but not consumed. Without any FL task there is nothing to read.
func (l *eventLoader) slashFunds() error {
	if len(l.flTasks) == 0 {
		return nil
	}
	var task, amt, from string
	return l.each("ev_funded", `task_id::text, amount::text, "from"`, []any{&task, &amt, &from}, func(pos engine.Position) (bool, error) {
		if !l.flTasks[task] || !l.flSender(task, from) {
			return false, nil
		}
		v, err := parseBigs(task, amt)
		if err != nil {
			return false, err
		}
		l.in.SlashFunds = append(l.in.SlashFunds, engine.SlashFund{Task: v[0], Amount: v[1], Position: pos})
		return true, nil
	})
}

// flSender says whether from may send task's slash proceeds: the configured FLAlliance, or the contract
// that created the task.
func (l *eventLoader) flSender(task, from string) bool {
	if fl, ok := l.src.Contracts[config.FLAlliance]; ok && from == strings.ToLower(fl.Address.Hex()) {
		return true
	}
	c, ok := l.flCreator[task]
	return ok && c == from
}

// parseBigs parses each numeric column selected as text (parseBig).
func parseBigs(ss ...string) ([]*big.Int, error) {
	out := make([]*big.Int, len(ss))
	for i, s := range ss {
		v, err := parseBig(s)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// loadFLRounds reads every FL round finalized up to the snapshot (args: chain id, snapshot block,
// contracts) with its participants in RoleAssigned order; it returns the rounds and the number of
// event rows they consumed (finalizations, role assignments, updates and reveals).
func loadFLRounds(ctx context.Context, db DBTX, args []any) ([]engine.FLRound, int, error) {
	rows, err := db.Query(ctx, `SELECT f.block_number, f.log_index, f.block_time, f.task_id::text, f.round, f.outcome,
			r.participant, r.fl_role,
			EXISTS (SELECT 1 FROM ev_update_submitted u WHERE u.chain_id = f.chain_id AND u.contract = f.contract
				AND u.task_id = f.task_id AND u.round = f.round AND u.proposer = r.participant AND u.block_number <= f.block_number),
			v.accept
		FROM ev_round_finalized f
		JOIN ev_role_assigned r ON r.chain_id = f.chain_id AND r.contract = f.contract AND r.task_id = f.task_id
			AND r.round = f.round AND r.block_number <= f.block_number
		LEFT JOIN LATERAL (SELECT accept FROM ev_vote_revealed v WHERE v.chain_id = f.chain_id AND v.contract = f.contract
			AND v.task_id = f.task_id AND v.round = f.round AND v.voter = r.participant AND v.block_number <= f.block_number
			ORDER BY v.block_number, v.log_index LIMIT 1) v ON true
		WHERE f.chain_id = $1 AND f.block_number <= $2 AND ($3::text[] IS NULL OR f.contract = ANY($3))
		ORDER BY f.block_number, f.log_index, r.block_number, r.log_index`, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("reading FL rounds: %w", err)
	}
	defer rows.Close()
	var out []engine.FLRound
	count := 0
	for rows.Next() {
		var (
			blk, li, bt, round, role, outcome int64
			task, participant                 string
			submitted                         bool
			accept                            *bool
		)
		if err := rows.Scan(&blk, &li, &bt, &task, &round, &outcome, &participant, &role, &submitted, &accept); err != nil {
			return nil, 0, fmt.Errorf("reading FL rounds: %w", err)
		}
		pos := engine.Position{Time: bt, Block: uint64(blk), LogIndex: uint64(li)}
		if n := len(out); n == 0 || out[n-1].Position != pos {
			id, err := parseBig(task)
			if err != nil {
				return nil, 0, fmt.Errorf("reading FL rounds: %w", err)
			}
			if round < 0 {
				return nil, 0, fmt.Errorf("reading FL rounds: round %d out of range", round)
			}
			if outcome < 0 || outcome > 255 {
				return nil, 0, fmt.Errorf("reading FL rounds: task %s round %d: outcome %d out of range", task, round, outcome)
			}
			out = append(out, engine.FLRound{Task: id, Round: uint64(round), Outcome: engine.FLOutcome(outcome), Position: pos})
			count++
		}
		rd := &out[len(out)-1]
		count++
		switch role {
		case 1:
			rd.Proposers = append(rd.Proposers, engine.FLProposer{Account: participant, Submitted: submitted})
			if submitted {
				count++
			}
		case 2:
			rd.Voters = append(rd.Voters, engine.FLVoter{Account: participant, Revealed: accept != nil, Accept: accept != nil && *accept})
			if accept != nil {
				count++
			}
		default:
			return nil, 0, fmt.Errorf("reading FL rounds: task %s round %d: %s has flRole %d", task, round, participant, role)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("reading FL rounds: %w", err)
	}
	return out, count, nil
}
