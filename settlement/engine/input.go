package engine

import (
	"fmt"
	"math/big"
)

// Role is a participant's role in a task, as the staking contract's uint8 (contracts/src/interfaces/Roles.sol).
type Role uint8

// The roles of Roles.sol. An address holds one role per task, fixed by its first stake.
const (
	RoleNone      Role = 0
	RoleNode      Role = 1
	RoleValidator Role = 2
	RoleFL        Role = 3
)

// String names the role as it appears in the output JSON.
func (r Role) String() string {
	switch r {
	case RoleNone:
		return ""
	case RoleNode:
		return "node"
	case RoleValidator:
		return "validator"
	case RoleFL:
		return "fl"
	}
	return fmt.Sprintf("role(%d)", uint8(r))
}

// TaskKind tells AI Arena tasks (§4–§6) from FL Alliance tasks (§11): they share §3 and §7 but pay differently.
type TaskKind uint8

// Task kinds.
const (
	TaskArena TaskKind = 0
	TaskFL    TaskKind = 1
)

// String names the kind as it appears in the output JSON.
func (k TaskKind) String() string {
	if k == TaskFL {
		return "fl"
	}
	return "arena"
}

// Position is where an event sits on the chain: its block's timestamp, block number and log index.
// Time decides the epoch (§1) and when a balance change starts counting (§2); (Time, Block, LogIndex)
// orders events; (Block, LogIndex) must be unique across all events of an input.
type Position struct {
	Time     int64
	Block    uint64
	LogIndex uint64
}

func (a Position) less(b Position) bool {
	if a.Time != b.Time {
		return a.Time < b.Time
	}
	if a.Block != b.Block {
		return a.Block < b.Block
	}
	return a.LogIndex < b.LogIndex
}

// chainLess orders by (block, log index) only: the §5 rank tie-break.
func (a Position) chainLess(b Position) bool {
	if a.Block != b.Block {
		return a.Block < b.Block
	}
	return a.LogIndex < b.LogIndex
}

// Task is a task known to the protocol. Every task referenced by any other input must be listed.
type Task struct {
	ID   *big.Int
	Kind TaskKind
}

// StakeChange is one Staked, UnstakeRequested or Slashed event: Account's own stake in Task under Role
// is NewStake from Position.Time on (§2). Pass every change before the epoch's end; the engine takes the
// balance at the epoch's start from the last change before it and ignores changes at or after the end.
type StakeChange struct {
	Account  string
	Task     *big.Int
	Role     Role
	NewStake *big.Int
	Position
}

// DelegationChange is one Delegated or Undelegated event: Delegator backs Participant in Task with
// NewDelegation from Position.Time on (§2).
type DelegationChange struct {
	Delegator     string
	Participant   string
	Task          *big.Int
	NewDelegation *big.Int
	Position
}

// RewardShareChange is one RewardShareSet event: Account keeps SigmaPpm / 1e6 of its delegators' reward
// (§7). The latest one at or before the epoch's start applies; pass the history up to the epoch's start.
type RewardShareChange struct {
	Account  string
	SigmaPpm uint32
	Position
}

// Submission is one ModelSubmitted event of an Arena task (§5).
type Submission struct {
	ID   *big.Int
	Task *big.Int
	Node string
	Position
}

// Score is one ScoreSubmitted event (§5): a later score of the same validator for the same submission
// replaces an earlier one. Scores of submissions not in the input are ignored.
type Score struct {
	Submission *big.Int
	Validator  string
	Score      uint32
	Position
}

// Purchase is one ModelPurchased event: Net wei (price minus the marketplace fee) fund Task (§3).
type Purchase struct {
	Task *big.Int
	Net  *big.Int
	Position
}

// SlashFund is slashed FL stake that reached the distributor for Task (a Funded event, §11): the R_T of an FL task.
type SlashFund struct {
	Task   *big.Int
	Amount *big.Int
	Position
}

// FLOutcome is how an FL round finalized (§11), as FLAlliance's RoundFinalized.outcome.
type FLOutcome uint8

// The outcomes of RoundFinalized (FLAlliance.OUTCOME_*). A void round (no reveal, or revealed stake below
// flQuorum of its voters' round-start stake) has no losers.
const (
	OutcomeAccepted FLOutcome = 1
	OutcomeRejected FLOutcome = 2
	OutcomeVoid     FLOutcome = 3
)

// String names the outcome as it appears in the output JSON.
func (o FLOutcome) String() string {
	switch o {
	case OutcomeAccepted:
		return "accepted"
	case OutcomeRejected:
		return "rejected"
	case OutcomeVoid:
		return "void"
	}
	return fmt.Sprintf("outcome(%d)", uint8(o))
}

// FLRound is one finalized FL round (§11); Position is its finalization event, which decides its epoch.
type FLRound struct {
	Task      *big.Int
	Round     uint64
	Outcome   FLOutcome
	Proposers []FLProposer
	Voters    []FLVoter
	Position
}

// FLProposer is a participant assigned to propose in a round; Submitted when it submitted an update hash.
type FLProposer struct {
	Account   string
	Submitted bool
}

// FLVoter is a participant assigned to vote in a round; Revealed when it revealed, Accept its revealed vote.
type FLVoter struct {
	Account  string
	Revealed bool
	Accept   bool
}

// EpochInput is everything the engine needs for one epoch, as flat lists shaped like event rows, in any order.
// Events outside the epoch are allowed (and needed for balances before its start); the engine filters by time.
type EpochInput struct {
	Epoch             uint64
	Tasks             []Task
	StakeChanges      []StakeChange
	DelegationChanges []DelegationChange
	RewardShares      []RewardShareChange
	Submissions       []Submission
	Scores            []Score
	Purchases         []Purchase
	SlashFunds        []SlashFund
	FLRounds          []FLRound
}
