package graphql

import (
	"context"
	"strconv"
	"strings"
)

// FL Alliance (REWARDS.md §11) read from the indexer's ev_fl_* / round tables (migration 00300):
// tasks, rounds with their outcome and tallies, and each participant's role, vote and slash. Rewards
// earned in FL rounds are in the accounts' reward breakdown like any other, with role FL.

// ---- FL tasks ----

type flTaskR struct {
	evMeta
	s                          *Server
	b                          *batch
	id, creator, minStake      string
	rounds, commitDur, revealD int64
}

// ID is the task id.
func (r *flTaskR) ID() BigInt { return bigOf(r.id) }

// Creator created the task.
func (r *flTaskR) Creator() Address { return addrOf(r.creator) }

// TotalRounds is the number of rounds the task was created with.
func (r *flTaskR) TotalRounds() int32 { return int32(min(r.rounds, 1<<31-1)) }

// MinStake is the own stake a member needs to take part in a round.
func (r *flTaskR) MinStake() BigInt { return bigOf(r.minStake) }

// CommitDuration is the proposal/commit window in seconds.
func (r *flTaskR) CommitDuration() int32 { return int32(min(r.commitDur, 1<<31-1)) }

// RevealDuration is the reveal window in seconds.
func (r *flTaskR) RevealDuration() int32 { return int32(min(r.revealD, 1<<31-1)) }

// RoundsStarted counts the task's RoundStarted events, batched over sibling tasks.
func (r *flTaskR) RoundsStarted(ctx context.Context) (int32, error) {
	m, err := load(r.b, "roundsStarted", func(ids []string) (map[string]int32, error) {
		in, arg := anyKey("task_id", 2, "numeric", ids)
		rows, err := r.s.query(ctx, `SELECT task_id::text, count(*) FROM ev_round_started
			WHERE chain_id = $1 AND `+in+` GROUP BY 1`, r.s.opts.ChainID, arg)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[string]int32{}
		for rows.Next() {
			var id string
			var n int64
			if err := rows.Scan(&id, &n); err != nil {
				return nil, err
			}
			out[id] = int32(min(n, 1<<31-1))
		}
		return out, rows.Err()
	})
	if err != nil {
		return 0, r.s.internal(ctx, "counting FL rounds", err)
	}
	return m[r.id], nil
}

type flParticipantsArgs struct{ Block *int32 }

// Participants lists the accounts with stake in the task, as Task.participants does (batched).
func (r *flTaskR) Participants(ctx context.Context, args flParticipantsArgs) ([]*participantR, error) {
	return (&taskR{s: r.s, b: r.b, id: r.id}).Participants(ctx, participantsArgs{Block: args.Block})
}

// flMemberR is an account on an FL task's member list.
type flMemberR struct {
	account, stake string
	block, time    int64
}

// Account is the member.
func (m *flMemberR) Account() Address { return addrOf(m.account) }

// JoinStake is the own stake the member joined with (MemberJoined.stake).
func (m *flMemberR) JoinStake() BigInt { return bigOf(m.stake) }

// JoinedBlock is the block of its MemberJoined.
func (m *flMemberR) JoinedBlock() int32 { return int32(min(m.block, 1<<31-1)) }

// JoinedTime is the chain time of its MemberJoined.
func (m *flMemberR) JoinedTime() Timestamp { return Timestamp{m.time} }

// Members lists the task's current member list: each account's latest MemberJoined with no MemberLeft after it,
// by when they joined; sibling tasks share one query.
func (r *flTaskR) Members(ctx context.Context) ([]*flMemberR, error) {
	m, err := load(r.b, "members", func(ids []string) (map[string][]*flMemberR, error) {
		in, arg := anyKey("j.task_id", 2, "numeric", ids)
		rows, err := r.s.query(ctx, `SELECT j.task_id::text, j.account, j.stake::text, j.block_number, j.block_time
			FROM ev_member_joined j WHERE j.chain_id = $1 AND `+in+`
			AND NOT EXISTS (SELECT 1 FROM ev_member_joined n WHERE n.chain_id = j.chain_id AND n.contract = j.contract
				AND n.task_id = j.task_id AND n.account = j.account AND (n.block_number, n.log_index) > (j.block_number, j.log_index))
			AND NOT EXISTS (SELECT 1 FROM ev_member_left l WHERE l.chain_id = j.chain_id AND l.contract = j.contract
				AND l.task_id = j.task_id AND l.account = j.account AND (l.block_number, l.log_index) > (j.block_number, j.log_index))
			ORDER BY j.block_number, j.log_index`, r.s.opts.ChainID, arg)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[string][]*flMemberR{}
		for rows.Next() {
			var id string
			mr := &flMemberR{}
			if err := rows.Scan(&id, &mr.account, &mr.stake, &mr.block, &mr.time); err != nil {
				return nil, err
			}
			out[id] = append(out[id], mr)
		}
		return out, rows.Err()
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading FL members", err)
	}
	return m[r.id], nil
}

type flTaskRoundsArgs struct {
	pageArgs
	Participant *Address
	Outcome     *string
}

// Rounds lists the task's rounds; sibling tasks share one query.
func (r *flTaskR) Rounds(ctx context.Context, args flTaskRoundsArgs) (*conn[*flRoundR], error) {
	m, err := load(r.b, "rounds"+argKey(args), func(ids []string) (map[string]*conn[*flRoundR], error) {
		return r.s.flRounds(ctx, args.pageArgs, flRoundFilter{Participant: args.Participant, Outcome: args.Outcome},
			&partition{expr: "e.task_id", cast: "numeric", keys: ids})
	})
	if err != nil {
		return nil, err
	}
	return m[r.id], nil
}

type flTaskFilter struct {
	Creator    *Address
	BlockRange *blockRange
	ID         *BigInt
}

func (s *Server) flTasks(ctx context.Context, p pageArgs, f flTaskFilter) (*conn[*flTaskR], error) {
	l := &list[*flTaskR]{
		from: evFrom("ev_fl_task_created"),
		cols: evMetaCols + `, e.task_id::text, e.creator, e.rounds::bigint, e.min_stake::text, e.commit_duration::bigint, e.reveal_duration::bigint`,
		keys: []keyCol{{"e.task_id", "numeric"}},
		scan: func() (*flTaskR, []any) {
			r := &flTaskR{s: s}
			return r, append(r.dests(), &r.id, &r.creator, &r.rounds, &r.minStake, &r.commitDur, &r.revealD)
		},
	}
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
	m, err := fetch(ctx, s, l, c, pg, nil)
	if err != nil {
		return nil, s.internal(ctx, "listing FL tasks", err)
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

type flTasksArgs struct {
	pageArgs
	Creator    *Address
	BlockRange *blockRange
}

// FlTasks lists FL Alliance tasks by id.
func (q *queryRoot) FlTasks(ctx context.Context, args flTasksArgs) (*conn[*flTaskR], error) {
	return q.s.flTasks(ctx, args.pageArgs, flTaskFilter{Creator: args.Creator, BlockRange: args.BlockRange})
}

// FlTask reads one FL task (null when unknown).
func (q *queryRoot) FlTask(ctx context.Context, args taskArgs) (*flTaskR, error) {
	one := int32(1)
	cn, err := q.s.flTasks(ctx, pageArgs{First: &one}, flTaskFilter{ID: &args.ID})
	if err != nil || len(cn.items) == 0 {
		return nil, err
	}
	return cn.items[0], nil
}

// ---- FL rounds ----

type flRoundR struct {
	evMeta
	s                           *Server
	b                           *batch
	task, seed                  string
	round, commitEnd, revealEnd int64
	outcome                     *int64
	stakeFor, stakeAgainst      string
	voterStake                  string
	slashed, toPool, toTreasury *string
	finBlock, finTime, settled  *int64
	finTx                       *string
}

func (r *flRoundR) key() string { return r.task + ":" + strconv.FormatInt(r.round, 10) }

// Task is the round's FL task.
func (r *flRoundR) Task() BigInt { return bigOf(r.task) }

// Round is the round number (from 1).
func (r *flRoundR) Round() int32 { return int32(min(r.round, 1<<31-1)) }

// Seed fixed the round's roles.
func (r *flRoundR) Seed() Bytes32 { return hashOf(r.seed) }

// CommitEnd closes proposals and vote commits.
func (r *flRoundR) CommitEnd() Timestamp { return Timestamp{r.commitEnd} }

// RevealEnd closes reveals; the round may be finalized from then on.
func (r *flRoundR) RevealEnd() Timestamp { return Timestamp{r.revealEnd} }

// Outcome is PENDING until RoundFinalized, then its outcome: ACCEPTED, REJECTED or VOID.
func (r *flRoundR) Outcome() string { return flOutcome(r.outcome) }

// FLAlliance's RoundFinalized.outcome codes (OUTCOME_ACCEPTED, OUTCOME_REJECTED, OUTCOME_VOID).
const (
	flAccepted = 1
	flRejected = 2
	flVoid     = 3
)

// flOutcomes maps the FLOutcome enum's finalized values to RoundFinalized.outcome.
var flOutcomes = map[string]int64{"ACCEPTED": flAccepted, "REJECTED": flRejected, "VOID": flVoid}

func flOutcome(outcome *int64) string {
	if outcome == nil {
		return "PENDING"
	}
	for name, code := range flOutcomes {
		if code == *outcome {
			return name
		}
	}
	return "VOID" // not emitted by FLAlliance; a code it never sends slashes nobody, like a void round
}

// StakeFor is the revealed stake behind accept votes.
func (r *flRoundR) StakeFor() BigInt { return bigOf(r.stakeFor) }

// StakeAgainst is the revealed stake behind reject votes.
func (r *flRoundR) StakeAgainst() BigInt { return bigOf(r.stakeAgainst) }

// VoterStake is the round-start stake of all the round's voters, the quorum's base.
func (r *flRoundR) VoterStake() BigInt { return bigOf(r.voterStake) }

func zeroIfNil(s *string) BigInt {
	if s == nil {
		return bigOf("0")
	}
	return bigOf(*s)
}

// SlashedTotal was taken from the round's losers at finalization.
func (r *flRoundR) SlashedTotal() BigInt { return zeroIfNil(r.slashed) }

// ToPool is the part of SlashedTotal that funds the task in the distributor.
func (r *flRoundR) ToPool() BigInt { return zeroIfNil(r.toPool) }

// ToTreasury is the rest of SlashedTotal.
func (r *flRoundR) ToTreasury() BigInt { return zeroIfNil(r.toTreasury) }

// SettledEpoch is the settled epoch holding the finalization time (null until settled).
func (r *flRoundR) SettledEpoch() *int32 { return i32p(r.settled) }

// FinalizedBlock is the RoundFinalized event's block.
func (r *flRoundR) FinalizedBlock() *int32 { return i32p(r.finBlock) }

// FinalizedTime is the RoundFinalized event's block time.
func (r *flRoundR) FinalizedTime() *Timestamp {
	if r.finTime == nil {
		return nil
	}
	return &Timestamp{*r.finTime}
}

// FinalizedTxHash is the finalizing transaction.
func (r *flRoundR) FinalizedTxHash() *Bytes32 {
	if r.finTx == nil {
		return nil
	}
	h := hashOf(*r.finTx)
	return &h
}

type flParticipantR struct {
	account, stake, slashed string
	role                    int64
	updateHash              *string
	committed, finalized    bool
	vote                    *bool
	outcome, reason         *int64
}

// Account took part.
func (p *flParticipantR) Account() Address { return addrOf(p.account) }

// Role is PROPOSER or VOTER.
func (p *flParticipantR) Role() string { return flRoleName(p.role) }

func flRoleName(r int64) string {
	if r == 1 {
		return "PROPOSER"
	}
	return "VOTER"
}

// Stake is the own stake at the round's start.
func (p *flParticipantR) Stake() BigInt { return bigOf(p.stake) }

// UpdateHash is a proposer's submitted update.
func (p *flParticipantR) UpdateHash() *Bytes32 {
	if p.updateHash == nil {
		return nil
	}
	h := hashOf(*p.updateHash)
	return &h
}

// Committed is true when a voter committed.
func (p *flParticipantR) Committed() bool { return p.committed }

// Vote is a voter's revealed vote.
func (p *flParticipantR) Vote() *string {
	if p.vote == nil {
		return nil
	}
	v := "REJECT"
	if *p.vote {
		v = "ACCEPT"
	}
	return &v
}

// Slashed is what the participant lost in the round.
func (p *flParticipantR) Slashed() BigInt { return bigOf(p.slashed) }

// SlashReason says why it was slashed.
func (p *flParticipantR) SlashReason() *string {
	if p.reason == nil {
		return nil
	}
	v := "VOTE_AGAINST_OUTCOME"
	if *p.reason == 1 {
		v = "REJECTED_PROPOSER"
	}
	return &v
}

// Paid is §11's "active and not slashed in it" in a finalized round. "Slashed in it" is the rule's loser
// (a proposer of a rejected round, a voter whose revealed vote went against an accepted or rejected
// outcome) whatever was taken, so it is decided by the outcome, not by the ParticipantSlashed amount (none
// is emitted for a loser with nothing left, or with slashRate 0). A void round has no losers.
func (p *flParticipantR) Paid() bool {
	if !p.finalized || p.outcome == nil {
		return false
	}
	o := *p.outcome
	if p.role == 1 {
		return p.updateHash != nil && o != flRejected
	}
	return p.vote != nil && (o == flVoid || *p.vote == (o == flAccepted))
}

type flRoundParticipantsArgs struct{ Role *string }

// Participants lists the round's participants in RoleAssigned order; sibling rounds share one query.
func (r *flRoundR) Participants(ctx context.Context, args flRoundParticipantsArgs) ([]*flParticipantR, error) {
	m, err := load(r.b, "participants", func(keys []string) (map[string][]*flParticipantR, error) {
		tasks := make([]string, len(keys))
		rounds := make([]int64, len(keys))
		for i, k := range keys {
			t, rd, _ := strings.Cut(k, ":")
			tasks[i] = t
			rounds[i], _ = strconv.ParseInt(rd, 10, 64)
		}
		rows, err := r.s.query(ctx, `SELECT r.task_id::text, r.round::bigint, r.participant, r.fl_role::bigint, r.stake::text,
				u.update_hash, c.voter IS NOT NULL, v.accept, coalesce(s.amount::text, '0'), s.reason::bigint, f.outcome::bigint
			FROM ev_role_assigned r
			JOIN unnest($2::numeric[], $3::bigint[]) AS k(task_id, round) ON k.task_id = r.task_id AND k.round = r.round
			LEFT JOIN LATERAL (SELECT update_hash FROM ev_update_submitted u WHERE u.chain_id = r.chain_id AND u.contract = r.contract
				AND u.task_id = r.task_id AND u.round = r.round AND u.proposer = r.participant ORDER BY u.block_number, u.log_index LIMIT 1) u ON true
			LEFT JOIN LATERAL (SELECT voter FROM ev_vote_committed c WHERE c.chain_id = r.chain_id AND c.contract = r.contract
				AND c.task_id = r.task_id AND c.round = r.round AND c.voter = r.participant LIMIT 1) c ON true
			LEFT JOIN LATERAL (SELECT accept FROM ev_vote_revealed v WHERE v.chain_id = r.chain_id AND v.contract = r.contract
				AND v.task_id = r.task_id AND v.round = r.round AND v.voter = r.participant ORDER BY v.block_number, v.log_index LIMIT 1) v ON true
			LEFT JOIN LATERAL (SELECT sum(amount) AS amount, min(reason) AS reason FROM ev_participant_slashed s WHERE s.chain_id = r.chain_id
				AND s.contract = r.contract AND s.task_id = r.task_id AND s.round = r.round AND s.account = r.participant HAVING count(*) > 0) s ON true
			LEFT JOIN ev_round_finalized f ON f.chain_id = r.chain_id AND f.contract = r.contract AND f.task_id = r.task_id AND f.round = r.round
			WHERE r.chain_id = $1
			ORDER BY r.task_id, r.round, r.block_number, r.log_index`, r.s.opts.ChainID, tasks, rounds)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[string][]*flParticipantR{}
		for rows.Next() {
			var task string
			var round int64
			p := &flParticipantR{}
			if err := rows.Scan(&task, &round, &p.account, &p.role, &p.stake, &p.updateHash, &p.committed, &p.vote,
				&p.slashed, &p.reason, &p.outcome); err != nil {
				return nil, err
			}
			p.finalized = p.outcome != nil
			k := task + ":" + strconv.FormatInt(round, 10)
			out[k] = append(out[k], p)
		}
		return out, rows.Err()
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading FL participants", err)
	}
	var out []*flParticipantR
	for _, p := range m[r.key()] {
		if args.Role == nil || flRoleName(p.role) == *args.Role {
			out = append(out, p)
		}
	}
	return out, nil
}

// flRoundFrom joins each RoundStarted with its RoundFinalized (if any).
const flRoundFrom = `ev_round_started e LEFT JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash
	LEFT JOIN ev_round_finalized f ON f.chain_id = e.chain_id AND f.contract = e.contract AND f.task_id = e.task_id AND f.round = e.round`

// flTally is the revealed stake on one side while a round is pending (the finalized tallies otherwise).
func flTally(accept bool, finalized string) string {
	side := "v.accept"
	if !accept {
		side = "NOT v.accept"
	}
	return `coalesce(` + finalized + `::text, (SELECT coalesce(sum(v.stake), 0)::text FROM ev_vote_revealed v WHERE v.chain_id = e.chain_id
		AND v.contract = e.contract AND v.task_id = e.task_id AND v.round = e.round AND ` + side + `))`
}

type flRoundFilter struct {
	Task        *BigInt
	Round       *int32
	Participant *Address
	Outcome     *string
	BlockRange  *blockRange
}

func (s *Server) flRounds(ctx context.Context, p pageArgs, f flRoundFilter, part *partition) (map[string]*conn[*flRoundR], error) {
	l := &list[*flRoundR]{
		from: flRoundFrom,
		cols: evMetaCols + `, e.task_id::text, e.round::bigint, e.seed, e.commit_end::bigint, e.reveal_end::bigint, f.outcome::bigint, ` +
			flTally(true, "f.stake_for") + `, ` + flTally(false, "f.stake_against") + `,
			coalesce(f.voter_stake::text, (SELECT coalesce(sum(ra.stake), 0)::text FROM ev_role_assigned ra WHERE ra.chain_id = e.chain_id
				AND ra.contract = e.contract AND ra.task_id = e.task_id AND ra.round = e.round AND ra.fl_role = 2)),
			f.slashed_total::text, f.to_pool::text, f.to_treasury::text, f.block_number, f.block_time, f.tx_hash,
			(SELECT se.epoch FROM settlement_epochs se WHERE se.chain_id = f.chain_id AND f.block_time >= se.epoch_start AND f.block_time < se.epoch_end)`,
		keys: evKeys,
		scan: func() (*flRoundR, []any) {
			r := &flRoundR{s: s}
			return r, append(r.dests(), &r.task, &r.round, &r.seed, &r.commitEnd, &r.revealEnd, &r.outcome, &r.stakeFor, &r.stakeAgainst, &r.voterStake,
				&r.slashed, &r.toPool, &r.toTreasury, &r.finBlock, &r.finTime, &r.finTx, &r.settled)
		},
	}
	m, err := listEvents(ctx, s, p, l, part, f.BlockRange, nil, "listing FL rounds", func(c *cond) error {
		if f.Task != nil {
			c.add("e.task_id = ?::numeric", f.Task.String())
		}
		if f.Round != nil {
			c.add("e.round = ?", int64(*f.Round))
		}
		if f.Participant != nil {
			c.add(`EXISTS (SELECT 1 FROM ev_role_assigned ra WHERE ra.chain_id = e.chain_id AND ra.contract = e.contract
				AND ra.task_id = e.task_id AND ra.round = e.round AND ra.participant = ?)`, f.Participant.lower())
		}
		if f.Outcome != nil {
			if code, ok := flOutcomes[*f.Outcome]; ok {
				c.add("f.outcome = ?", code)
			} else {
				c.add("f.block_number IS NULL") // PENDING
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, cn := range m {
		for _, it := range cn.items {
			keys = append(keys, it.key())
		}
	}
	b := newBatch(keys)
	for _, cn := range m {
		for _, it := range cn.items {
			it.b = b
		}
	}
	return m, nil
}

type flRoundsArgs struct {
	pageArgs
	Task        *BigInt
	Participant *Address
	Outcome     *string
	BlockRange  *blockRange
}

// FlRounds lists FL rounds in chain order of their start.
func (q *queryRoot) FlRounds(ctx context.Context, args flRoundsArgs) (*conn[*flRoundR], error) {
	m, err := q.s.flRounds(ctx, args.pageArgs, flRoundFilter{Task: args.Task, Participant: args.Participant,
		Outcome: args.Outcome, BlockRange: args.BlockRange}, nil)
	if err != nil {
		return nil, err
	}
	return m[""], nil
}

type flRoundArgs struct {
	Task  BigInt
	Round int32
}

// FlRound reads one FL round (null when not started).
func (q *queryRoot) FlRound(ctx context.Context, args flRoundArgs) (*flRoundR, error) {
	one := int32(1)
	m, err := q.s.flRounds(ctx, pageArgs{First: &one}, flRoundFilter{Task: &args.Task, Round: &args.Round}, nil)
	if err != nil || len(m[""].items) == 0 {
		return nil, err
	}
	return m[""].items[0], nil
}
