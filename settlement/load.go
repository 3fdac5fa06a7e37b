package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/settlement/chainload"
	"github.com/covey-labs/covey/settlement/engine"
)

// HeaderSource reads block headers from the chain. With one, the snapshot block (spec §1) is found
// exactly on the chain (chainload.FindSnapshot between the blocks the indexer stored), so settlement
// and the chain path (`covey verify`, `covey guard`) agree on it whatever blocks each saw.
// *ethclient.Client fits.
type HeaderSource = chainload.HeaderSource

// Source says which chain data an epoch is loaded from.
type Source struct {
	ChainID int64
	// Finality is the indexer's mode (config.FinalityLatest, Safe or Finalized): it decides the settled head.
	Finality string
	// Contracts restricts events to the protocol's configured contracts (name → address and start
	// block, which the manifest pins); nil takes every row of the event tables. FLAlliance, when set,
	// is the only sender whose Funded events are FL slash proceeds (§11).
	Contracts map[string]config.Contract
	// Headers, when set, makes the snapshot block exact on the chain; without it the snapshot is the
	// last block with time < end(e) among those the indexer stored (every block with an event is stored).
	Headers HeaderSource
}

// Block is a block's number, hash (lowercase 0x hex) and timestamp.
type Block = chainload.Block

// Loaded is one epoch's input as read from Postgres.
type Loaded struct {
	Epoch      uint64
	Start, End int64
	Head       Block // the settled head the epoch was checked against
	Snapshot   Block
	Input      *engine.EpochInput
	InputHash  common.Hash
	Events     int
}

// NotSettleableError says an epoch may not be settled yet (spec §1) and until when.
type NotSettleableError struct {
	Epoch    uint64
	HeadTime int64 // timestamp of the settled head
	Need     int64 // end(e) + grace
}

func (e *NotSettleableError) Error() string {
	return fmt.Sprintf("epoch %d is not settleable yet: the settled head's time is %d, it must be >= end + grace = %d (%d s to go)",
		e.Epoch, e.HeadTime, e.Need, e.Need-e.HeadTime)
}

// ErrNoHead is returned before the indexer has written anything for the chain.
var ErrNoHead = errors.New("no settled head: the indexer has not indexed this chain yet")

// SettledHead is the block settlement may trust (spec §1): the indexer's cursor block in latest mode
// (a devnet, where the indexer already keeps its confirmation depth), otherwise the highest stored block
// the indexer marked safe (or finalized) at or below its cursor.
func SettledHead(ctx context.Context, db DBTX, chainID int64, finality string, headers HeaderSource) (Block, error) {
	var b Block
	var cursor int64
	var cursorHash string
	err := db.QueryRow(ctx, `SELECT block_number, block_hash FROM cursors WHERE chain_id = $1`, chainID).Scan(&cursor, &cursorHash)
	if errors.Is(err, pgx.ErrNoRows) {
		return b, ErrNoHead
	}
	if err != nil {
		return b, fmt.Errorf("reading cursor: %w", err)
	}
	var q string
	switch finality {
	case config.FinalityLatest, "":
		q = `SELECT number, hash, time FROM blocks WHERE chain_id = $1 AND number = $2`
	case config.FinalitySafe:
		q = `SELECT number, hash, time FROM blocks WHERE chain_id = $1 AND number <= $2 AND finality IN ('safe', 'finalized')
			ORDER BY number DESC LIMIT 1`
	case config.FinalityFinalized:
		q = `SELECT number, hash, time FROM blocks WHERE chain_id = $1 AND number <= $2 AND finality = 'finalized'
			ORDER BY number DESC LIMIT 1`
	default:
		return b, fmt.Errorf("unknown finality %q", finality)
	}
	var n int64
	err = db.QueryRow(ctx, q, chainID, cursor).Scan(&n, &b.Hash, &b.Time)
	if errors.Is(err, pgx.ErrNoRows) {
		if (finality == config.FinalityLatest || finality == "") && headers != nil {
			h, herr := headers.HeaderByNumber(ctx, big.NewInt(cursor))
			if herr != nil {
				return b, fmt.Errorf("reading cursor block %d: %w", cursor, herr)
			}
			if h.Hash().Hex() != common.HexToHash(cursorHash).Hex() {
				return b, fmt.Errorf("cursor block %d hash %s differs from the chain's %s (reorg in progress?)", cursor, cursorHash, h.Hash().Hex())
			}
			return Block{Number: uint64(cursor), Hash: cursorHash, Time: int64(h.Time)}, nil
		}
		return b, fmt.Errorf("%w (no %s block stored at or below the cursor %d)", ErrNoHead, finality, cursor)
	}
	if err != nil {
		return b, fmt.Errorf("reading settled head: %w", err)
	}
	b.Number = uint64(n)
	return b, nil
}

// SnapshotBlock finds the last block with timestamp < end (spec §1). With headers it is exact on the
// chain and checked against the stored hash when the indexer stored that block; without, it is the
// last such block the indexer stored. head bounds the search from above.
func SnapshotBlock(ctx context.Context, db DBTX, chainID int64, end int64, head Block, headers HeaderSource) (Block, error) {
	var lo Block
	var n int64
	err := db.QueryRow(ctx, `SELECT number, hash, time FROM blocks WHERE chain_id = $1 AND time < $2 AND number <= $3
		ORDER BY number DESC LIMIT 1`, chainID, end, int64(head.Number)).Scan(&n, &lo.Hash, &lo.Time)
	found := err == nil
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return lo, fmt.Errorf("reading snapshot block: %w", err)
	}
	lo.Number = uint64(n)
	if headers == nil {
		if !found {
			return lo, fmt.Errorf("no stored block with time < %d: nothing indexed before the epoch's end", end)
		}
		return lo, nil
	}
	// Exact: binary search on the chain for the last block with time < end in [lo, hi).
	hi := head.Number
	var hn int64
	err = db.QueryRow(ctx, `SELECT number FROM blocks WHERE chain_id = $1 AND time >= $2 ORDER BY number LIMIT 1`, chainID, end).Scan(&hn)
	if err == nil && uint64(hn) < hi {
		hi = uint64(hn)
	} else if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return lo, fmt.Errorf("reading first block after the epoch: %w", err)
	}
	lowN := lo.Number
	if !found {
		lowN = 0
	}
	snap, err := chainload.FindSnapshot(ctx, chainload.HeaderBlocks(headers), end, lowN, hi)
	if err != nil {
		return lo, err
	}
	var stored string
	err = db.QueryRow(ctx, `SELECT hash FROM blocks WHERE chain_id = $1 AND number = $2`, chainID, int64(snap.Number)).Scan(&stored)
	if err == nil && stored != snap.Hash {
		return snap, fmt.Errorf("snapshot block %d: the indexer stored hash %s but the chain has %s (reorg not yet handled)", snap.Number, stored, snap.Hash)
	}
	return snap, nil
}

// Load reads epoch e for settlement: it checks that the settled head has reached end(e) + grace,
// finds the snapshot block and reads every protocol event up to it into an engine input:
//
//   - Tasks: every task id of ev_task_created and ev_fl_task_created and every task id any loaded event
//     references; a task is FL when FLAlliance created it (ev_fl_task_created) or a stake in it has role
//     FL (3), Arena otherwise.
//   - StakeChanges: ev_staked, ev_unstake_requested and ev_slashed (account, task_id, role, new_stake).
//   - DelegationChanges: ev_delegated and ev_undelegated (delegator, participant, task_id, new_delegation).
//   - RewardShares: ev_reward_share_set (account, sigma_ppm).
//   - Submissions: ev_model_submitted; Scores: ev_score_submitted; Purchases: ev_model_purchased (net).
//   - SlashFunds: ev_funded rows of FL tasks sent by the FLAlliance contract: the configured one, or
//     the contract that created the task (ev_fl_task_created.contract). §11's R_T is "the slashed stake sent to
//     the distributor ... the exact amounts the contract's events report": Funded is the pool share of a round's
//     whole slash, including what Staking took from the losers' pending unstake requests (WithdrawalSlashed),
//     so it is read as is; stake-seconds are unaffected by such slashes (pending stake no longer counts).
//   - FLRounds: one per ev_round_finalized (§11; its position decides the epoch), with the round's
//     participants from ev_role_assigned (flRole 1 proposer, 2 voter, in chain order), Submitted from
//     ev_update_submitted and Revealed/Accept from ev_vote_revealed of the same contract, task and round.
//
// Load reads in whatever transaction db is; Settler.Settle runs it in a repeatable-read one.
func Load(ctx context.Context, db DBTX, p *engine.Policy, src Source, e uint64) (*Loaded, error) {
	head, err := SettledHead(ctx, db, src.ChainID, src.Finality, src.Headers)
	if err != nil {
		return nil, err
	}
	end := p.EpochEnd(e)
	if !p.Settleable(e, head.Time) {
		return nil, &NotSettleableError{Epoch: e, HeadTime: head.Time, Need: end + p.Grace}
	}
	snap, err := SnapshotBlock(ctx, db, src.ChainID, end, head, src.Headers)
	if err != nil {
		return nil, err
	}
	if err := refuseUndecodable(ctx, db, src.ChainID, snap.Number); err != nil {
		return nil, err
	}
	l := &Loaded{Epoch: e, Start: p.EpochStart(e), End: end, Head: head, Snapshot: snap}
	in, n, err := LoadEvents(ctx, db, src, e, snap.Number)
	if err != nil {
		return nil, err
	}
	l.Input, l.Events = in, n
	if l.InputHash, err = InputHash(in); err != nil {
		return nil, err
	}
	return l, nil
}

// ErrUndecodableLogs means the indexer kept a protocol log it could not decode at or below the snapshot:
// the epoch's input would be incomplete, so it is not settled until a human has looked.
var ErrUndecodableLogs = errors.New("undecodable protocol logs before the snapshot")

// refuseUndecodable stops settlement when an event the engine might need could not be decoded.
func refuseUndecodable(ctx context.Context, db DBTX, chainID int64, snapshot uint64) error {
	var n int64
	var block, index int64
	var event, msg string
	err := db.QueryRow(ctx, `SELECT count(*) OVER (), block_number, log_index, event, error FROM undecodable_logs
		WHERE chain_id = $1 AND block_number <= $2 ORDER BY block_number, log_index LIMIT 1`, chainID, int64(snapshot)).Scan(&n, &block, &index, &event, &msg)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("checking undecodable logs: %w", err)
	}
	return fmt.Errorf("%w: %d up to block %d, the first at block %d log %d (%s: %s); see the undecodable_logs table",
		ErrUndecodableLogs, n, snapshot, block, index, event, msg)
}
