-- +goose Up
-- One decoded table per protocol event (contracts/src/interfaces/*.sol): the block/tx/log position,
-- the emitting contract, then one column per event argument in snake_case. uint256 -> numeric(78,0),
-- small uints -> bigint, address/bytes32 -> lowercase hex text, bool -> boolean, string -> text.
-- indexer/registry.go maps ABI events onto these tables; TestSchemaMatchesABI catches drift.

-- IStaking
CREATE TABLE ev_cooldowns_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    unstake_cooldown bigint NOT NULL CHECK (unstake_cooldown >= 0),
    reward_share_cooldown bigint NOT NULL CHECK (reward_share_cooldown >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE TABLE ev_delegated (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    delegator text NOT NULL CHECK (length(delegator) = 42 AND delegator ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    participant text NOT NULL CHECK (length(participant) = 42 AND participant ~ '^0x[0-9a-f]*$'),
    amount numeric(78,0) NOT NULL CHECK (amount >= 0),
    new_delegation numeric(78,0) NOT NULL CHECK (new_delegation >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_delegated (chain_id, delegator);
CREATE INDEX ON ev_delegated (chain_id, task_id);
CREATE INDEX ON ev_delegated (chain_id, participant);
CREATE TABLE ev_reward_share_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    account text NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    sigma_ppm bigint NOT NULL CHECK (sigma_ppm >= 0),
    previous_ppm bigint NOT NULL CHECK (previous_ppm >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_reward_share_set (chain_id, account);
CREATE TABLE ev_slashed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    account text NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    role bigint NOT NULL CHECK (role >= 0),
    amount numeric(78,0) NOT NULL CHECK (amount >= 0),
    new_stake numeric(78,0) NOT NULL CHECK (new_stake >= 0),
    recipient text NOT NULL CHECK (length(recipient) = 42 AND recipient ~ '^0x[0-9a-f]*$'),
    slasher text NOT NULL CHECK (length(slasher) = 42 AND slasher ~ '^0x[0-9a-f]*$'),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_slashed (chain_id, account);
CREATE INDEX ON ev_slashed (chain_id, task_id);
CREATE TABLE ev_staked (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    account text NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    role bigint NOT NULL CHECK (role >= 0),
    amount numeric(78,0) NOT NULL CHECK (amount >= 0),
    new_stake numeric(78,0) NOT NULL CHECK (new_stake >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_staked (chain_id, account);
CREATE INDEX ON ev_staked (chain_id, task_id);
CREATE TABLE ev_undelegated (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    delegator text NOT NULL CHECK (length(delegator) = 42 AND delegator ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    participant text NOT NULL CHECK (length(participant) = 42 AND participant ~ '^0x[0-9a-f]*$'),
    amount numeric(78,0) NOT NULL CHECK (amount >= 0),
    new_delegation numeric(78,0) NOT NULL CHECK (new_delegation >= 0),
    request_id numeric(78,0) NOT NULL CHECK (request_id >= 0),
    available_at bigint NOT NULL CHECK (available_at >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_undelegated (chain_id, delegator);
CREATE INDEX ON ev_undelegated (chain_id, task_id);
CREATE INDEX ON ev_undelegated (chain_id, participant);
CREATE INDEX ON ev_undelegated (chain_id, request_id);
CREATE TABLE ev_unstake_requested (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    account text NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    role bigint NOT NULL CHECK (role >= 0),
    amount numeric(78,0) NOT NULL CHECK (amount >= 0),
    new_stake numeric(78,0) NOT NULL CHECK (new_stake >= 0),
    request_id numeric(78,0) NOT NULL CHECK (request_id >= 0),
    available_at bigint NOT NULL CHECK (available_at >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_unstake_requested (chain_id, account);
CREATE INDEX ON ev_unstake_requested (chain_id, task_id);
CREATE INDEX ON ev_unstake_requested (chain_id, request_id);
CREATE TABLE ev_withdrawn (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    account text NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    request_id numeric(78,0) NOT NULL CHECK (request_id >= 0),
    amount numeric(78,0) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_withdrawn (chain_id, account);
CREATE INDEX ON ev_withdrawn (chain_id, task_id);
CREATE INDEX ON ev_withdrawn (chain_id, request_id);

-- ITaskArena
CREATE TABLE ev_model_submitted (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    submission_id numeric(78,0) NOT NULL CHECK (submission_id >= 0),
    node text NOT NULL CHECK (length(node) = 42 AND node ~ '^0x[0-9a-f]*$'),
    model_hash text NOT NULL CHECK (length(model_hash) = 66 AND model_hash ~ '^0x[0-9a-f]*$'),
    uri text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_model_submitted (chain_id, task_id);
CREATE INDEX ON ev_model_submitted (chain_id, submission_id);
CREATE INDEX ON ev_model_submitted (chain_id, node);
CREATE TABLE ev_score_submitted (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    submission_id numeric(78,0) NOT NULL CHECK (submission_id >= 0),
    validator text NOT NULL CHECK (length(validator) = 42 AND validator ~ '^0x[0-9a-f]*$'),
    score bigint NOT NULL CHECK (score >= 0),
    replaced boolean NOT NULL,
    previous_score bigint NOT NULL CHECK (previous_score >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_score_submitted (chain_id, task_id);
CREATE INDEX ON ev_score_submitted (chain_id, submission_id);
CREATE INDEX ON ev_score_submitted (chain_id, validator);
CREATE TABLE ev_task_created (
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
    metadata_uri text NOT NULL,
    start bigint NOT NULL CHECK (start >= 0),
    "end" bigint NOT NULL CHECK ("end" >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_task_created (chain_id, task_id);

-- IMarketplace
CREATE TABLE ev_fee_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    fee_ppm bigint NOT NULL CHECK (fee_ppm >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE TABLE ev_model_listed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    model_id numeric(78,0) NOT NULL CHECK (model_id >= 0),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    seller text NOT NULL CHECK (length(seller) = 42 AND seller ~ '^0x[0-9a-f]*$'),
    submission_id numeric(78,0) NOT NULL CHECK (submission_id >= 0),
    price numeric(78,0) NOT NULL CHECK (price >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_model_listed (chain_id, model_id);
CREATE INDEX ON ev_model_listed (chain_id, task_id);
CREATE INDEX ON ev_model_listed (chain_id, seller);
CREATE INDEX ON ev_model_listed (chain_id, submission_id);
CREATE TABLE ev_model_purchased (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    model_id numeric(78,0) NOT NULL CHECK (model_id >= 0),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    buyer text NOT NULL CHECK (length(buyer) = 42 AND buyer ~ '^0x[0-9a-f]*$'),
    price numeric(78,0) NOT NULL CHECK (price >= 0),
    fee numeric(78,0) NOT NULL CHECK (fee >= 0),
    net numeric(78,0) NOT NULL CHECK (net >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_model_purchased (chain_id, model_id);
CREATE INDEX ON ev_model_purchased (chain_id, task_id);
CREATE INDEX ON ev_model_purchased (chain_id, buyer);

-- IRewardsDistributor
CREATE TABLE ev_claimed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    account text NOT NULL CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$'),
    root text NOT NULL CHECK (length(root) = 66 AND root ~ '^0x[0-9a-f]*$'),
    amount numeric(78,0) NOT NULL CHECK (amount >= 0),
    cumulative_claimed numeric(78,0) NOT NULL CHECK (cumulative_claimed >= 0),
    caller text NOT NULL CHECK (length(caller) = 42 AND caller ~ '^0x[0-9a-f]*$'),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_claimed (chain_id, account);
CREATE INDEX ON ev_claimed (chain_id, root);
CREATE TABLE ev_funded (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    "from" text NOT NULL CHECK (length("from") = 42 AND "from" ~ '^0x[0-9a-f]*$'),
    task_id numeric(78,0) NOT NULL CHECK (task_id >= 0),
    amount numeric(78,0) NOT NULL CHECK (amount >= 0),
    total_funded numeric(78,0) NOT NULL CHECK (total_funded >= 0),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_funded (chain_id, task_id);
CREATE TABLE ev_root_accepted (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    epoch numeric(78,0) NOT NULL CHECK (epoch >= 0),
    root text NOT NULL CHECK (length(root) = 66 AND root ~ '^0x[0-9a-f]*$'),
    total_cumulative numeric(78,0) NOT NULL CHECK (total_cumulative >= 0),
    manifest_hash text NOT NULL CHECK (length(manifest_hash) = 66 AND manifest_hash ~ '^0x[0-9a-f]*$'),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_root_accepted (chain_id, epoch);
CREATE INDEX ON ev_root_accepted (chain_id, root);
CREATE TABLE ev_root_proposed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    epoch numeric(78,0) NOT NULL CHECK (epoch >= 0),
    root text NOT NULL CHECK (length(root) = 66 AND root ~ '^0x[0-9a-f]*$'),
    total_cumulative numeric(78,0) NOT NULL CHECK (total_cumulative >= 0),
    manifest_hash text NOT NULL CHECK (length(manifest_hash) = 66 AND manifest_hash ~ '^0x[0-9a-f]*$'),
    valid_at bigint NOT NULL CHECK (valid_at >= 0),
    proposer text NOT NULL CHECK (length(proposer) = 42 AND proposer ~ '^0x[0-9a-f]*$'),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_root_proposed (chain_id, epoch);
CREATE INDEX ON ev_root_proposed (chain_id, root);
CREATE TABLE ev_root_revoked (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    epoch numeric(78,0) NOT NULL CHECK (epoch >= 0),
    root text NOT NULL CHECK (length(root) = 66 AND root ~ '^0x[0-9a-f]*$'),
    guardian text NOT NULL CHECK (length(guardian) = 42 AND guardian ~ '^0x[0-9a-f]*$'),
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_root_revoked (chain_id, epoch);
CREATE INDEX ON ev_root_revoked (chain_id, root);
CREATE TABLE ev_timelock_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL CHECK (length(tx_hash) = 66 AND tx_hash ~ '^0x[0-9a-f]*$'),
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL CHECK (length(contract) = 42 AND contract ~ '^0x[0-9a-f]*$'),
    timelock bigint NOT NULL CHECK (timelock >= 0),
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
