-- +goose Up
-- FL Alliance events (contracts/src/interfaces/IFLAlliance.sol), one table per event with the conventions of
-- 00003: the block/tx/log position, the emitting contract, then one column per argument in snake_case
-- (uint256 -> numeric(78,0), uint8..uint64 -> bigint, address/bytes32 -> lowercase hex text, bool -> boolean),
-- without CHECKs (why: 00003).
-- indexer/registry.go maps the ABI onto these tables (TestSchemaMatchesABI catches drift). FLAlliance's
-- admin events (SlashParamsSet, TreasurySet) have no table and are not indexed: a round's participants are
-- its RoleAssigned events. The membership events (MemberJoined, MemberLeft) got their tables in 00301.
-- FLTaskCreated(uint256 indexed taskId, address indexed creator, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration)
CREATE TABLE ev_fl_task_created (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    creator text NOT NULL,
    rounds bigint NOT NULL,
    min_stake numeric(78,0) NOT NULL,
    commit_duration bigint NOT NULL,
    reveal_duration bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_fl_task_created (chain_id, task_id);
-- RoundStarted(uint256 indexed taskId, uint32 indexed round, bytes32 seed, uint64 commitEnd, uint64 revealEnd, uint32 participants)
CREATE TABLE ev_round_started (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    round bigint NOT NULL,
    seed text NOT NULL,
    commit_end bigint NOT NULL,
    reveal_end bigint NOT NULL,
    participants bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_round_started (chain_id, task_id, round);
-- RoleAssigned(uint256 indexed taskId, uint32 indexed round, address indexed participant, uint8 flRole, uint256 stake)
CREATE TABLE ev_role_assigned (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    round bigint NOT NULL,
    participant text NOT NULL,
    fl_role bigint NOT NULL,
    stake numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_role_assigned (chain_id, task_id, round);
CREATE INDEX ON ev_role_assigned (chain_id, participant);
-- UpdateSubmitted(uint256 indexed taskId, uint32 indexed round, address indexed proposer, bytes32 updateHash)
CREATE TABLE ev_update_submitted (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    round bigint NOT NULL,
    proposer text NOT NULL,
    update_hash text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_update_submitted (chain_id, task_id, round);
CREATE INDEX ON ev_update_submitted (chain_id, proposer);
-- VoteCommitted(uint256 indexed taskId, uint32 indexed round, address indexed voter, bytes32 commitment)
CREATE TABLE ev_vote_committed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    round bigint NOT NULL,
    voter text NOT NULL,
    commitment text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_vote_committed (chain_id, task_id, round);
CREATE INDEX ON ev_vote_committed (chain_id, voter);
-- VoteRevealed(uint256 indexed taskId, uint32 indexed round, address indexed voter, bool accept, uint256 stake)
CREATE TABLE ev_vote_revealed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    round bigint NOT NULL,
    voter text NOT NULL,
    accept boolean NOT NULL,
    stake numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_vote_revealed (chain_id, task_id, round);
CREATE INDEX ON ev_vote_revealed (chain_id, voter);
-- RoundFinalized(uint256 indexed taskId, uint32 indexed round, bool accepted, uint256 stakeFor, uint256 stakeAgainst, uint256 slashedTotal, uint256 toPool, uint256 toTreasury)
CREATE TABLE ev_round_finalized (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    round bigint NOT NULL,
    accepted boolean NOT NULL,
    stake_for numeric(78,0) NOT NULL,
    stake_against numeric(78,0) NOT NULL,
    slashed_total numeric(78,0) NOT NULL,
    to_pool numeric(78,0) NOT NULL,
    to_treasury numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_round_finalized (chain_id, task_id, round);
-- ParticipantSlashed(uint256 indexed taskId, uint32 indexed round, address indexed account, uint256 amount, uint8 reason)
CREATE TABLE ev_participant_slashed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    round bigint NOT NULL,
    account text NOT NULL,
    amount numeric(78,0) NOT NULL,
    reason bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_participant_slashed (chain_id, task_id, round);
CREATE INDEX ON ev_participant_slashed (chain_id, account);

-- +goose Down
DROP TABLE ev_participant_slashed;
DROP TABLE ev_round_finalized;
DROP TABLE ev_vote_revealed;
DROP TABLE ev_vote_committed;
DROP TABLE ev_update_submitted;
DROP TABLE ev_role_assigned;
DROP TABLE ev_round_started;
DROP TABLE ev_fl_task_created;
