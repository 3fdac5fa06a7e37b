package engine

import (
	"math/big"
	"strconv"
)

// EngineVersion identifies this implementation of the reward specification in manifests.
const EngineVersion = "covey-engine/1 (REWARDS.md v1)"

// CreditKind says why an account received an amount.
type CreditKind string

// Credit kinds.
const (
	// KindOwn is a participant's part of its own reward (own stake plus the share sigma of its delegators', §7).
	KindOwn CreditKind = "own"
	// KindDelegated is a delegator's part of the reward of the participant it backs (§7).
	KindDelegated CreditKind = "delegated"
	// KindFee is the protocol fee of a task pool (§8).
	KindFee CreditKind = "fee"
	// KindTreasury is a pool (or the whole emission) that no one could receive (§8, §11).
	KindTreasury CreditKind = "treasury"
)

// Credit is one line of an account's breakdown.
type Credit struct {
	// Task is nil only for emission that went to the treasury because no task had stake.
	Task *big.Int
	// Role is the role the reward was earned in (for delegated: the backed participant's role; for
	// treasury: the pool, or RoleNone for a whole task pool or the emission).
	Role Role
	Kind CreditKind
	// Via is the participant a delegated credit came through ("" otherwise).
	Via    string
	Amount *big.Int
}

// AccountResult is what one account receives in the epoch: Amount is the sum of Breakdown.
type AccountResult struct {
	Account   string
	Amount    *big.Int
	Breakdown []Credit
}

// LeaderboardEntry is a ranked training node of an Arena task (§5).
type LeaderboardEntry struct {
	Node       string
	Rank       int
	Score      uint32   // epoch score: the node's best consensus score
	Submission *big.Int // the submission that gave it
	Block      uint64
	LogIndex   uint64
	Stake      *big.Int // m_i
	Reward     *big.Int // the node's share of the node pool, before the §7 split
}

// ValidatorResult is a participant validator of an Arena task and its §6 quality.
type ValidatorResult struct {
	Validator string
	Stake     *big.Int // m_j
	Scored    int      // eligible submissions it scored
	Coverage  *big.Rat // C_j
	Deviation *big.Rat // D_j (0 when it scored none)
	Quality   *big.Rat // F_j
	Reward    *big.Int // its share of the validator pool, before the §7 split
}

// ParticipantResult is a participant (m_p > 0) of a task, its stake-seconds and reward (§2, §7).
type ParticipantResult struct {
	Account   string
	Role      Role
	Own       *big.Int // o_p
	Delegated *big.Int // d_p
	Stake     *big.Int // m_p
	SigmaPpm  uint32
	Reward    *big.Int // R_p
	Kept      *big.Int // the participant's part of R_p; the rest went to its delegators
}

// RoundResult is an FL round finalized in the epoch (§11).
type RoundResult struct {
	Round    uint64
	Outcome  FLOutcome
	Share    *big.Int // the round's share of the task pool after the fee
	Paid     *big.Int // paid to active, unslashed participants
	Residual *big.Int // to the treasury (no one to pay)
}

// TaskResult is the money of one task (§3, §4, §8, §11).
type TaskResult struct {
	Task           *big.Int
	Kind           TaskKind
	StakeSeconds   *big.Int // S_T
	NodeStake      *big.Int // t (Arena)
	ValidatorStake *big.Int // s (Arena)
	Emission       *big.Int // E_T
	Revenue        *big.Int // R_T
	Pool           *big.Int // P_T = E_T + R_T
	Fee            *big.Int // floor(P_T * phi)
	NodePool       *big.Int // N_T (Arena)
	ValidatorPool  *big.Int // V_T (Arena)
	Residual       *big.Int // to the treasury besides the fee
	Eligible       int      // eligible submissions (Arena)
	Leaderboard    []LeaderboardEntry
	Validators     []ValidatorResult
	Participants   []ParticipantResult
	Rounds         []RoundResult
}

// Result is the full outcome of one epoch. Sum of Accounts[].Amount == Emission + Revenue, always:
// Compute returns an error rather than a Result where that does not hold.
type Result struct {
	Epoch      uint64
	Start, End int64
	PolicyHash string
	Emission   *big.Int // E_e
	Revenue    *big.Int // sum R_T
	Treasury   string
	// TreasuryFees is the sum of the protocol fees; TreasuryResidual everything else the treasury got.
	TreasuryFees     *big.Int
	TreasuryResidual *big.Int
	// Unallocated is the part of E_e no task took (no task with stake); it is inside TreasuryResidual.
	Unallocated *big.Int
	Accounts    []AccountResult // sorted by address; accounts with a zero amount are left out
	Tasks       []TaskResult    // sorted by task id
}

// CanonicalJSON renders the result with sorted keys and no white space; amounts, ids and ratios
// (as "num/den") are strings, so the bytes are exact and the same on every machine.
func (r *Result) CanonicalJSON() ([]byte, error) {
	return canonicalJSON(r.view())
}

func str(x *big.Int) any {
	if x == nil {
		return nil
	}
	return x.String()
}

func rat(x *big.Rat) any {
	if x == nil {
		return nil
	}
	return x.RatString()
}

func (r *Result) view() map[string]any {
	accounts := []any{}
	for _, a := range r.Accounts {
		credits := []any{}
		for _, c := range a.Breakdown {
			credits = append(credits, map[string]any{
				"task": str(c.Task), "role": c.Role.String(), "kind": string(c.Kind), "via": c.Via, "amount": str(c.Amount),
			})
		}
		accounts = append(accounts, map[string]any{"account": a.Account, "amount": str(a.Amount), "breakdown": credits})
	}
	tasks := []any{}
	for _, t := range r.Tasks {
		lb := []any{}
		for _, e := range t.Leaderboard {
			lb = append(lb, map[string]any{
				"node": e.Node, "rank": e.Rank, "score": e.Score, "submission": str(e.Submission),
				"block": strconv.FormatUint(e.Block, 10), "logIndex": strconv.FormatUint(e.LogIndex, 10),
				"stake": str(e.Stake), "reward": str(e.Reward),
			})
		}
		vals := []any{}
		for _, v := range t.Validators {
			vals = append(vals, map[string]any{
				"validator": v.Validator, "stake": str(v.Stake), "scored": v.Scored, "coverage": rat(v.Coverage),
				"deviation": rat(v.Deviation), "quality": rat(v.Quality), "reward": str(v.Reward),
			})
		}
		parts := []any{}
		for _, p := range t.Participants {
			parts = append(parts, map[string]any{
				"account": p.Account, "role": p.Role.String(), "own": str(p.Own), "delegated": str(p.Delegated),
				"stake": str(p.Stake), "sigmaPpm": p.SigmaPpm, "reward": str(p.Reward), "kept": str(p.Kept),
			})
		}
		rounds := []any{}
		for _, rd := range t.Rounds {
			rounds = append(rounds, map[string]any{
				"round": strconv.FormatUint(rd.Round, 10), "outcome": rd.Outcome.String(), "share": str(rd.Share),
				"paid": str(rd.Paid), "residual": str(rd.Residual),
			})
		}
		tasks = append(tasks, map[string]any{
			"task": str(t.Task), "kind": t.Kind.String(), "stakeSeconds": str(t.StakeSeconds),
			"nodeStake": str(t.NodeStake), "validatorStake": str(t.ValidatorStake),
			"emission": str(t.Emission), "revenue": str(t.Revenue), "pool": str(t.Pool), "fee": str(t.Fee),
			"nodePool": str(t.NodePool), "validatorPool": str(t.ValidatorPool), "residual": str(t.Residual),
			"eligible": t.Eligible, "leaderboard": lb, "validators": vals, "participants": parts, "rounds": rounds,
		})
	}
	return map[string]any{
		"engineVersion": EngineVersion, "epoch": strconv.FormatUint(r.Epoch, 10),
		"start": strconv.FormatInt(r.Start, 10), "end": strconv.FormatInt(r.End, 10),
		"policyHash": r.PolicyHash, "emission": str(r.Emission), "revenue": str(r.Revenue),
		"treasury": r.Treasury, "treasuryFees": str(r.TreasuryFees), "treasuryResidual": str(r.TreasuryResidual),
		"unallocated": str(r.Unallocated), "accounts": accounts, "tasks": tasks,
	}
}
