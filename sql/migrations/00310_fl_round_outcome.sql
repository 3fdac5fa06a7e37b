-- +goose Up
-- FL quorum (REWARDS.md §11, issue 17): RoundFinalized now says how the round ended, outcome 1 accepted, 2 rejected,
-- 3 void (no reveal, or revealed stake below flQuorum of the voters' round-start stake: nobody slashed), instead of
-- a bool, and carries voter_stake, the round-start stake of all its voters (the quorum's base):
--   RoundFinalized(uint256 indexed taskId, uint32 indexed round, uint8 outcome, uint256 stakeFor, uint256 stakeAgainst,
--                  uint256 voterStake, uint256 slashedTotal, uint256 toPool, uint256 toTreasury)
-- The table is rebuilt in the argument order (indexer/registry.go maps arguments to columns by name; TestSchemaMatchesABI
-- reads them in order). Rows of the old event carry over: accepted -> 1, rejected -> 2 (the old contract had no void),
-- voter_stake from the round's RoleAssigned voters. Text columns are bytewise as 00900 made every other one.
ALTER TABLE ev_round_finalized RENAME TO ev_round_finalized_bool;
CREATE TABLE ev_round_finalized (
    chain_id      bigint NOT NULL,
    block_number  bigint NOT NULL,
    block_hash    text COLLATE "C" NOT NULL,
    block_time    bigint NOT NULL,
    tx_hash       text COLLATE "C" NOT NULL,
    tx_index      integer NOT NULL,
    log_index     integer NOT NULL,
    contract      text COLLATE "C" NOT NULL,
    task_id       numeric(78,0) NOT NULL,
    round         bigint NOT NULL,
    outcome       bigint NOT NULL,
    stake_for     numeric(78,0) NOT NULL,
    stake_against numeric(78,0) NOT NULL,
    voter_stake   numeric(78,0) NOT NULL,
    slashed_total numeric(78,0) NOT NULL,
    to_pool       numeric(78,0) NOT NULL,
    to_treasury   numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
INSERT INTO ev_round_finalized
SELECT f.chain_id, f.block_number, f.block_hash, f.block_time, f.tx_hash, f.tx_index, f.log_index, f.contract,
       f.task_id, f.round, CASE WHEN f.accepted THEN 1 ELSE 2 END, f.stake_for, f.stake_against,
       coalesce((SELECT sum(r.stake) FROM ev_role_assigned r
                 WHERE r.chain_id = f.chain_id AND r.contract = f.contract AND r.task_id = f.task_id
                   AND r.round = f.round AND r.fl_role = 2 AND r.block_number <= f.block_number), 0),
       f.slashed_total, f.to_pool, f.to_treasury
FROM ev_round_finalized_bool f;
DROP TABLE ev_round_finalized_bool;
CREATE INDEX ON ev_round_finalized (chain_id, task_id, round);

-- +goose Down
ALTER TABLE ev_round_finalized RENAME TO ev_round_finalized_outcome;
CREATE TABLE ev_round_finalized (
    chain_id      bigint NOT NULL,
    block_number  bigint NOT NULL,
    block_hash    text COLLATE "C" NOT NULL,
    block_time    bigint NOT NULL,
    tx_hash       text COLLATE "C" NOT NULL,
    tx_index      integer NOT NULL,
    log_index     integer NOT NULL,
    contract      text COLLATE "C" NOT NULL,
    task_id       numeric(78,0) NOT NULL,
    round         bigint NOT NULL,
    accepted      boolean NOT NULL,
    stake_for     numeric(78,0) NOT NULL,
    stake_against numeric(78,0) NOT NULL,
    slashed_total numeric(78,0) NOT NULL,
    to_pool       numeric(78,0) NOT NULL,
    to_treasury   numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
INSERT INTO ev_round_finalized
SELECT chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index, contract,
       task_id, round, outcome = 1, stake_for, stake_against, slashed_total, to_pool, to_treasury
FROM ev_round_finalized_outcome;
DROP TABLE ev_round_finalized_outcome;
CREATE INDEX ON ev_round_finalized (chain_id, task_id, round);
