-- +goose Up
-- Current state derived from the event tables in the indexer's transaction. Every source event carries
-- the resulting balance, so a row is the latest event for its key; (block_number, log_index) say which
-- event that is, so replays never move a row backwards and a reorg recomputes exactly the rows above
-- the common ancestor.

-- Own stake per (account, task) from Staked / UnstakeRequested / Slashed .new_stake.
CREATE TABLE stake_current (
    chain_id     bigint  NOT NULL,
    account      text    NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    task_id      numeric(78,0) NOT NULL,
    role         bigint  NOT NULL,
    amount       numeric(78,0) NOT NULL,
    block_number bigint  NOT NULL,
    log_index    integer NOT NULL,
    PRIMARY KEY (chain_id, account, task_id)
);
CREATE INDEX stake_current_task ON stake_current (chain_id, task_id);
CREATE INDEX stake_current_block ON stake_current (chain_id, block_number);

-- Delegation per (delegator, task, participant) from Delegated / Undelegated .new_delegation.
CREATE TABLE delegation_current (
    chain_id     bigint  NOT NULL,
    delegator    text    NOT NULL CHECK (length(delegator) = 42 AND delegator ~ '^0x[0-9a-f]*$'),
    task_id      numeric(78,0) NOT NULL,
    participant  text    NOT NULL CHECK (length(participant) = 42 AND participant ~ '^0x[0-9a-f]*$'),
    amount       numeric(78,0) NOT NULL,
    block_number bigint  NOT NULL,
    log_index    integer NOT NULL,
    PRIMARY KEY (chain_id, delegator, task_id, participant)
);
CREATE INDEX delegation_current_participant ON delegation_current (chain_id, task_id, participant);
CREATE INDEX delegation_current_block ON delegation_current (chain_id, block_number);

-- Reward share per account from RewardShareSet.sigma_ppm.
CREATE TABLE reward_share_current (
    chain_id     bigint  NOT NULL,
    account      text    NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    sigma_ppm    bigint  NOT NULL,
    block_number bigint  NOT NULL,
    log_index    integer NOT NULL,
    PRIMARY KEY (chain_id, account)
);
CREATE INDEX reward_share_current_block ON reward_share_current (chain_id, block_number);

-- Cumulative claimed per account from Claimed.cumulative_claimed.
CREATE TABLE claimed_total (
    chain_id     bigint  NOT NULL,
    account      text    NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    amount       numeric(78,0) NOT NULL,
    block_number bigint  NOT NULL,
    log_index    integer NOT NULL,
    PRIMARY KEY (chain_id, account)
);
CREATE INDEX claimed_total_block ON claimed_total (chain_id, block_number);

-- +goose Down
DROP TABLE claimed_total;
DROP TABLE reward_share_current;
DROP TABLE delegation_current;
DROP TABLE stake_current;
