-- +goose Up
-- One decoded table per protocol event (contracts/src/interfaces/*.sol): the block/tx/log position,
-- the emitting contract, then one column per event argument in snake_case. uint256 -> numeric(78,0),
-- small uints -> bigint, address/bytes32 -> lowercase hex text, bool -> boolean, string -> text.
-- indexer/registry.go maps ABI events onto these tables; TestSchemaMatchesABI catches drift.
--
-- No CHECKs: only the indexer writes these tables, and its encoder (indexer/copy.go) produces hex text
-- from fixed-size byte arrays and numerics from unsigned ABI words (Check refuses to start when a
-- column's type does not match its argument), so hex format and sign cannot vary. The CHECKs (a regex
-- per hex column per row) were a quarter of Postgres's backfill CPU.
--
-- Secondary indexes are the ones graphql/ and settlement/ query by: settlement reads every table by
-- (chain_id, block_number) (the primary key); filters and batched lookups of the API need the rest.
-- (chain_id, account) of ev_staked, ev_unstake_requested, ev_slashed and ev_reward_share_set is served
-- by the (chain_id, account, block_number, log_index) indexes of 00200; request ids, ev_withdrawn and
-- ev_claimed are not queried by either (claims are read from claimed_total), so they have none.

-- IStaking
CREATE TABLE ev_cooldowns_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    unstake_cooldown bigint NOT NULL,
    reward_share_cooldown bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE TABLE ev_delegated (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    delegator text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    participant text NOT NULL,
    amount numeric(78,0) NOT NULL,
    new_delegation numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_delegated (chain_id, delegator);
CREATE INDEX ON ev_delegated (chain_id, task_id);
CREATE INDEX ON ev_delegated (chain_id, participant);
CREATE TABLE ev_reward_share_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    account text NOT NULL,
    sigma_ppm bigint NOT NULL,
    previous_ppm bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE TABLE ev_slashed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    account text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    role bigint NOT NULL,
    amount numeric(78,0) NOT NULL,
    new_stake numeric(78,0) NOT NULL,
    recipient text NOT NULL,
    slasher text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_slashed (chain_id, task_id);
CREATE TABLE ev_staked (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    account text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    role bigint NOT NULL,
    amount numeric(78,0) NOT NULL,
    new_stake numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_staked (chain_id, task_id);
CREATE TABLE ev_undelegated (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    delegator text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    participant text NOT NULL,
    amount numeric(78,0) NOT NULL,
    new_delegation numeric(78,0) NOT NULL,
    request_id numeric(78,0) NOT NULL,
    available_at bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_undelegated (chain_id, delegator);
CREATE INDEX ON ev_undelegated (chain_id, task_id);
CREATE INDEX ON ev_undelegated (chain_id, participant);
CREATE TABLE ev_unstake_requested (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    account text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    role bigint NOT NULL,
    amount numeric(78,0) NOT NULL,
    new_stake numeric(78,0) NOT NULL,
    request_id numeric(78,0) NOT NULL,
    available_at bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_unstake_requested (chain_id, task_id);
CREATE TABLE ev_withdrawn (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    account text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    request_id numeric(78,0) NOT NULL,
    amount numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- ITaskArena
CREATE TABLE ev_model_submitted (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    submission_id numeric(78,0) NOT NULL,
    node text NOT NULL,
    model_hash text NOT NULL,
    uri text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_model_submitted (chain_id, task_id);
CREATE INDEX ON ev_model_submitted (chain_id, submission_id);
CREATE INDEX ON ev_model_submitted (chain_id, node);
CREATE TABLE ev_score_submitted (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    submission_id numeric(78,0) NOT NULL,
    validator text NOT NULL,
    score bigint NOT NULL,
    replaced boolean NOT NULL,
    previous_score bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_score_submitted (chain_id, task_id);
CREATE INDEX ON ev_score_submitted (chain_id, submission_id);
CREATE INDEX ON ev_score_submitted (chain_id, validator);
CREATE TABLE ev_task_created (
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
    metadata_uri text NOT NULL,
    start bigint NOT NULL,
    "end" bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_task_created (chain_id, task_id);

-- IMarketplace
CREATE TABLE ev_fee_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    fee_ppm bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE TABLE ev_model_listed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    model_id numeric(78,0) NOT NULL,
    task_id numeric(78,0) NOT NULL,
    seller text NOT NULL,
    submission_id numeric(78,0) NOT NULL,
    price numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_model_listed (chain_id, model_id);
CREATE INDEX ON ev_model_listed (chain_id, task_id);
CREATE INDEX ON ev_model_listed (chain_id, seller);
CREATE INDEX ON ev_model_listed (chain_id, submission_id);
CREATE TABLE ev_model_purchased (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    model_id numeric(78,0) NOT NULL,
    task_id numeric(78,0) NOT NULL,
    buyer text NOT NULL,
    price numeric(78,0) NOT NULL,
    fee numeric(78,0) NOT NULL,
    net numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_model_purchased (chain_id, model_id);
CREATE INDEX ON ev_model_purchased (chain_id, task_id);
CREATE INDEX ON ev_model_purchased (chain_id, buyer);

-- IRewardsDistributor
CREATE TABLE ev_claimed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    account text NOT NULL,
    root text NOT NULL,
    amount numeric(78,0) NOT NULL,
    cumulative_claimed numeric(78,0) NOT NULL,
    caller text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE TABLE ev_funded (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    "from" text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    amount numeric(78,0) NOT NULL,
    total_funded numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_funded (chain_id, task_id);
CREATE TABLE ev_root_accepted (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    epoch numeric(78,0) NOT NULL,
    root text NOT NULL,
    total_cumulative numeric(78,0) NOT NULL,
    manifest_hash text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_root_accepted (chain_id, epoch);
CREATE INDEX ON ev_root_accepted (chain_id, root);
CREATE TABLE ev_root_proposed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    epoch numeric(78,0) NOT NULL,
    root text NOT NULL,
    total_cumulative numeric(78,0) NOT NULL,
    manifest_hash text NOT NULL,
    valid_at bigint NOT NULL,
    proposer text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_root_proposed (chain_id, epoch);
CREATE INDEX ON ev_root_proposed (chain_id, root);
CREATE TABLE ev_root_revoked (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    epoch numeric(78,0) NOT NULL,
    root text NOT NULL,
    guardian text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_root_revoked (chain_id, epoch);
CREATE INDEX ON ev_root_revoked (chain_id, root);
CREATE TABLE ev_timelock_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    timelock bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- +goose Down
DROP TABLE ev_timelock_set;
DROP TABLE ev_root_revoked;
DROP TABLE ev_root_proposed;
DROP TABLE ev_root_accepted;
DROP TABLE ev_funded;
DROP TABLE ev_claimed;
DROP TABLE ev_model_purchased;
DROP TABLE ev_model_listed;
DROP TABLE ev_fee_set;
DROP TABLE ev_task_created;
DROP TABLE ev_score_submitted;
DROP TABLE ev_model_submitted;
DROP TABLE ev_withdrawn;
DROP TABLE ev_unstake_requested;
DROP TABLE ev_undelegated;
DROP TABLE ev_staked;
DROP TABLE ev_slashed;
DROP TABLE ev_reward_share_set;
DROP TABLE ev_delegated;
DROP TABLE ev_cooldowns_set;
