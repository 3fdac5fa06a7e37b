-- +goose Up
-- Who holds power over the protocol, and how it is set: the access-control, pause and parameter events of every
-- protocol contract (conventions of 00003: block/tx/log position, the emitting contract, one column per event
-- argument in snake_case, no CHECKs; text bytewise as 00900 made every other column). The contracts emit an event
-- for every role change (OpenZeppelin AccessControl), every pause and every parameter setter, constructors
-- included, so the current holders and values follow from the events alone.
--
-- The current state is read through two functions over these tables rather than kept in derived tables: a
-- deployment has a few dozen such events, so replaying them at every read costs nothing, and a replay is exact
-- at any block and after any reorg with no bookkeeping (the rows of a removed block are gone, so is what they
-- said), like withdrawal_current (00301). at_block reads the state as of that block (time travel, finality).

-- OpenZeppelin AccessControl (every protocol contract)
-- RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
CREATE TABLE ev_role_granted (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    role text COLLATE "C" NOT NULL,
    account text COLLATE "C" NOT NULL,
    sender text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
CREATE TABLE ev_role_revoked (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    role text COLLATE "C" NOT NULL,
    account text COLLATE "C" NOT NULL,
    sender text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
CREATE TABLE ev_role_admin_changed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    role text COLLATE "C" NOT NULL,
    previous_admin_role text COLLATE "C" NOT NULL,
    new_admin_role text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- OpenZeppelin Pausable (RewardsDistributor: claims stop while paused)
-- Paused(address account)
CREATE TABLE ev_paused (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    account text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- Unpaused(address account)
CREATE TABLE ev_unpaused (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    account text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- Parameters
-- ManifestBaseURISet(string baseURI) (RewardsDistributor)
CREATE TABLE ev_manifest_base_uri_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    base_uri text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- TreasurySet(address treasury) (Marketplace, FLAlliance)
CREATE TABLE ev_treasury_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    treasury text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- SlashParamsSet(uint32 slashRatePpm, uint32 slashToPoolPpm) (FLAlliance)
CREATE TABLE ev_slash_params_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    slash_rate_ppm bigint NOT NULL,
    slash_to_pool_ppm bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- QuorumSet(uint32 numerator, uint32 denominator) (FLAlliance)
CREATE TABLE ev_quorum_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    numerator bigint NOT NULL,
    denominator bigint NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- SlashRecipientSet(address recipient) (Staking)
CREATE TABLE ev_slash_recipient_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    recipient text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- TaskRegistrySet(address registry) (Staking)
CREATE TABLE ev_task_registry_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    registry text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- Per task (Staking; TASK_ADMIN_ROLE)
-- TaskRegistered(uint256 indexed taskId)
CREATE TABLE ev_task_registered (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    task_id numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- WithdrawalGuardSet(uint256 indexed taskId, address guard)
CREATE TABLE ev_withdrawal_guard_set (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text COLLATE "C" NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text COLLATE "C" NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text COLLATE "C" NOT NULL,
    task_id numeric(78,0) NOT NULL,
    guard text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- Every role held at at_block: the latest RoleGranted or RoleRevoked per (contract, role, account), kept when it
-- is a grant. AccessControl emits RoleGranted only when the account did not hold the role (and RoleRevoked only
-- when it did), so since_block is the block from which the account has held it without interruption.
-- +goose StatementBegin
CREATE FUNCTION protocol_roles(chain bigint, at_block bigint DEFAULT 9223372036854775807)
RETURNS TABLE (contract text, role text, account text, granted_by text, since_block bigint, since_log integer)
LANGUAGE sql STABLE AS $$
    SELECT contract, role, account, sender, block_number, log_index FROM (
        SELECT DISTINCT ON (contract, role, account) contract, role, account, sender, granted, block_number, log_index
        FROM (SELECT contract, role, account, sender, true AS granted, block_number, log_index FROM ev_role_granted
              WHERE chain_id = chain AND block_number <= at_block
              UNION ALL
              SELECT contract, role, account, sender, false, block_number, log_index FROM ev_role_revoked
              WHERE chain_id = chain AND block_number <= at_block) e
        ORDER BY contract, role, account, block_number DESC, log_index DESC) l
    WHERE granted
$$;
-- +goose StatementEnd

-- Every contract-wide parameter at at_block, and each role's admin role where RoleAdminChanged set one (key: the
-- role; otherwise it is DEFAULT_ADMIN_ROLE): the latest event per (contract, name, key). name is the contract's
-- public getter and getter its cast signature, so anyone checks a value with
-- `cast call <contract> "<getter>" [key]`; value is as the getter returns it (decimal integers, lowercase
-- addresses, true/false, the string). paused is absent until a contract first pauses (the getter says false).
-- Per-task settings (TaskRegistered, WithdrawalGuardSet) stay in their tables: one row per task, not a parameter.
-- +goose StatementBegin
CREATE FUNCTION protocol_parameters(chain bigint, at_block bigint DEFAULT 9223372036854775807)
RETURNS TABLE (contract text, name text, key text, value text, getter text, since_block bigint, since_log integer)
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT ON (contract, name, key) contract, name, key, value, getter, block_number, log_index
    FROM (SELECT contract, 'paused' AS name, NULL::text AS key, 'true' AS value, 'paused()(bool)' AS getter,
                 block_number, log_index FROM ev_paused WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'paused', NULL, 'false', 'paused()(bool)', block_number, log_index
          FROM ev_unpaused WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'timelock', NULL, timelock::text, 'timelock()(uint64)', block_number, log_index
          FROM ev_timelock_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'manifestBaseURI', NULL, base_uri, 'manifestBaseURI()(string)', block_number, log_index
          FROM ev_manifest_base_uri_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'feePpm', NULL, fee_ppm::text, 'feePpm()(uint32)', block_number, log_index
          FROM ev_fee_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'treasury', NULL, treasury, 'treasury()(address)', block_number, log_index
          FROM ev_treasury_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'unstakeCooldown', NULL, unstake_cooldown::text, 'unstakeCooldown()(uint64)', block_number, log_index
          FROM ev_cooldowns_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'rewardShareCooldown', NULL, reward_share_cooldown::text, 'rewardShareCooldown()(uint64)', block_number, log_index
          FROM ev_cooldowns_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'slashRatePpm', NULL, slash_rate_ppm::text, 'slashRatePpm()(uint32)', block_number, log_index
          FROM ev_slash_params_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'slashToPoolPpm', NULL, slash_to_pool_ppm::text, 'slashToPoolPpm()(uint32)', block_number, log_index
          FROM ev_slash_params_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'flQuorumNumerator', NULL, numerator::text, 'flQuorumNumerator()(uint32)', block_number, log_index
          FROM ev_quorum_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'flQuorumDenominator', NULL, denominator::text, 'flQuorumDenominator()(uint32)', block_number, log_index
          FROM ev_quorum_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'slashRecipient', NULL, recipient, 'slashRecipient()(address)', block_number, log_index
          FROM ev_slash_recipient_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'taskRegistry', NULL, registry, 'taskRegistry()(address)', block_number, log_index
          FROM ev_task_registry_set WHERE chain_id = chain AND block_number <= at_block
          UNION ALL
          SELECT contract, 'getRoleAdmin', role, new_admin_role, 'getRoleAdmin(bytes32)(bytes32)', block_number, log_index
          FROM ev_role_admin_changed WHERE chain_id = chain AND block_number <= at_block) p
    ORDER BY contract, name, key, block_number DESC, log_index DESC
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION protocol_parameters(bigint, bigint);
DROP FUNCTION protocol_roles(bigint, bigint);
DROP TABLE ev_withdrawal_guard_set;
DROP TABLE ev_task_registered;
DROP TABLE ev_task_registry_set;
DROP TABLE ev_slash_recipient_set;
DROP TABLE ev_quorum_set;
DROP TABLE ev_slash_params_set;
DROP TABLE ev_treasury_set;
DROP TABLE ev_manifest_base_uri_set;
DROP TABLE ev_unpaused;
DROP TABLE ev_paused;
DROP TABLE ev_role_admin_changed;
DROP TABLE ev_role_revoked;
DROP TABLE ev_role_granted;
