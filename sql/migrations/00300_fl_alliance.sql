-- +goose Up
-- FL Alliance events (contracts/src/interfaces/IFLAlliance.sol), one table per event with the conventions of
-- 00003: the block/tx/log position, the emitting contract, then one column per argument in snake_case
-- (uint256 -> numeric(78,0), uint8..uint64 -> bigint, address/bytes32 -> lowercase hex text, bool -> boolean).
-- indexer/registry.go maps the ABI onto these tables (TestSchemaMatchesABI catches drift). FLAlliance's
-- membership and admin events (MemberJoined, MemberLeft, SlashParamsSet, TreasurySet) have no table and
-- are not indexed: a round's participants are its RoleAssigned events.
-- FLTaskCreated(uint256 indexed taskId, address indexed creator, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration)
CREATE TABLE ev_fl_task_created (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    creator text NOT NULL CHECK (length(creator) = 42 AND creator ~ '^0x[0-9a-f]*$'),
    rounds bigint NOT NULL CHECK (rounds >= 0),
    min_stake numeric(78,0) NOT NULL CHECK (min_stake >= 0),
    commit_duration bigint NOT NULL CHECK (commit_duration >= 0),
    reveal_duration bigint NOT NULL CHECK (reveal_duration >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_fl_task_created (chain_id, task_id);
-- RoundStarted(uint256 indexed taskId, uint32 indexed round, bytes32 seed, uint64 commitEnd, uint64 revealEnd, uint32 participants)
CREATE TABLE ev_round_started (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    round bigint NOT NULL CHECK (round >= 0),
    seed text NOT NULL CHECK (length(seed) = 66 AND seed ~ '^0x[0-9a-f]*$'),
    commit_end bigint NOT NULL CHECK (commit_end >= 0),
    reveal_end bigint NOT NULL CHECK (reveal_end >= 0),
    participants bigint NOT NULL CHECK (participants >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_round_started (chain_id, task_id, round);
-- RoleAssigned(uint256 indexed taskId, uint32 indexed round, address indexed participant, uint8 flRole, uint256 stake)
CREATE TABLE ev_role_assigned (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    round bigint NOT NULL CHECK (round >= 0),
    participant text NOT NULL CHECK (length(participant) = 42 AND participant ~ '^0x[0-9a-f]*$'),
    fl_role bigint NOT NULL CHECK (fl_role >= 0),
    stake numeric(78,0) NOT NULL CHECK (stake >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_role_assigned (chain_id, task_id, round);
CREATE INDEX ON ev_role_assigned (chain_id, participant);
-- UpdateSubmitted(uint256 indexed taskId, uint32 indexed round, address indexed proposer, bytes32 updateHash)
CREATE TABLE ev_update_submitted (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    round bigint NOT NULL CHECK (round >= 0),
    proposer text NOT NULL CHECK (length(proposer) = 42 AND proposer ~ '^0x[0-9a-f]*$'),
    update_hash text NOT NULL CHECK (length(update_hash) = 66 AND update_hash ~ '^0x[0-9a-f]*$'),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_update_submitted (chain_id, task_id, round);
CREATE INDEX ON ev_update_submitted (chain_id, proposer);
-- VoteCommitted(uint256 indexed taskId, uint32 indexed round, address indexed voter, bytes32 commitment)
CREATE TABLE ev_vote_committed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    round bigint NOT NULL CHECK (round >= 0),
    voter text NOT NULL CHECK (length(voter) = 42 AND voter ~ '^0x[0-9a-f]*$'),
    commitment text NOT NULL CHECK (length(commitment) = 66 AND commitment ~ '^0x[0-9a-f]*$'),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_vote_committed (chain_id, task_id, round);
CREATE INDEX ON ev_vote_committed (chain_id, voter);
-- VoteRevealed(uint256 indexed taskId, uint32 indexed round, address indexed voter, bool accept, uint256 stake)
CREATE TABLE ev_vote_revealed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    round bigint NOT NULL CHECK (round >= 0),
    voter text NOT NULL CHECK (length(voter) = 42 AND voter ~ '^0x[0-9a-f]*$'),
    accept boolean NOT NULL,
    stake numeric(78,0) NOT NULL CHECK (stake >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_vote_revealed (chain_id, task_id, round);
CREATE INDEX ON ev_vote_revealed (chain_id, voter);
-- RoundFinalized(uint256 indexed taskId, uint32 indexed round, bool accepted, uint256 stakeFor, uint256 stakeAgainst, uint256 slashedTotal, uint256 toPool, uint256 toTreasury)
CREATE TABLE ev_round_finalized (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    round bigint NOT NULL CHECK (round >= 0),
    accepted boolean NOT NULL,
    stake_for numeric(78,0) NOT NULL CHECK (stake_for >= 0),
    stake_against numeric(78,0) NOT NULL CHECK (stake_against >= 0),
    slashed_total numeric(78,0) NOT NULL CHECK (slashed_total >= 0),
    to_pool numeric(78,0) NOT NULL CHECK (to_pool >= 0),
    to_treasury numeric(78,0) NOT NULL CHECK (to_treasury >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_round_finalized (chain_id, task_id, round);
-- ParticipantSlashed(uint256 indexed taskId, uint32 indexed round, address indexed account, uint256 amount, uint8 reason)
CREATE TABLE ev_participant_slashed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    round bigint NOT NULL CHECK (round >= 0),
    account text NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    amount numeric(78,0) NOT NULL CHECK (amount >= 0),
    reason bigint NOT NULL CHECK (reason >= 0),
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
