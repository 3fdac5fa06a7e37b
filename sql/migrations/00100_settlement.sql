-- +goose Up
-- Settlement: one row per settled epoch (the final guard against settling an epoch twice),
-- the attempts that produced or re-checked it, per-account amounts with their breakdown,
-- per-task pools and leaderboards, the cumulative Merkle leaves with their proofs, and the
-- on-chain publication of each root (recorded before sending, so a crash never sends twice).

CREATE TABLE settlement_epochs (
    chain_id          bigint NOT NULL,
    epoch             bigint NOT NULL CHECK (epoch >= 0),
    epoch_start       bigint NOT NULL,
    epoch_end         bigint NOT NULL,
    snapshot_block    bigint NOT NULL,
    snapshot_hash     text   NOT NULL CHECK (snapshot_hash ~ '^0x[0-9a-f]{64}$'),
    policy_version    text   NOT NULL,
    policy_hash       text   NOT NULL CHECK (policy_hash ~ '^0x[0-9a-f]{64}$'),
    engine_version    text   NOT NULL,
    input_hash        text   NOT NULL CHECK (input_hash ~ '^0x[0-9a-f]{64}$'),
    emission          numeric(78,0) NOT NULL,
    revenue           numeric(78,0) NOT NULL,
    total_epoch       numeric(78,0) NOT NULL,   -- paid to accounts this epoch (incl. treasury)
    total_cumulative  numeric(78,0) NOT NULL,   -- sum of all cumulative leaves
    treasury_residual numeric(78,0) NOT NULL,
    leaf_count        integer NOT NULL,
    root              text NOT NULL CHECK (root ~ '^0x[0-9a-f]{64}$'),
    manifest_hash     text NOT NULL CHECK (manifest_hash ~ '^0x[0-9a-f]{64}$'),
    manifest_path     text NOT NULL DEFAULT '',
    manifest          bytea NOT NULL,            -- canonical JSON, byte for byte what was hashed
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, epoch)
);

CREATE TABLE settlement_runs (
    id              bigserial PRIMARY KEY,
    chain_id        bigint NOT NULL,
    epoch           bigint NOT NULL,
    kind            text   NOT NULL CHECK (kind IN ('settle', 'recheck', 'verify')),
    status          text   NOT NULL CHECK (status IN ('running', 'stored', 'matched', 'mismatch', 'failed')),
    root            text,
    manifest_hash   text,
    input_hash      text,
    error           text,
    runner          text NOT NULL DEFAULT '',
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    load_ms         integer,
    compute_ms      integer,
    tree_ms         integer,
    store_ms        integer
);
CREATE INDEX settlement_runs_epoch ON settlement_runs (chain_id, epoch, id);

-- Amount each account receives in an epoch and its cumulative leaf amount after it.
-- The two per-account tables below carry no foreign key and no regex CHECK: they are written only by
-- Settler.Store, in the same transaction as their settlement_epochs row, from validated engine output,
-- and at a million accounts per epoch those checks double the cost of the COPY.
CREATE TABLE epoch_rewards (
    chain_id   bigint NOT NULL,
    epoch      bigint NOT NULL,
    account    text   NOT NULL,
    amount     numeric(78,0) NOT NULL CHECK (amount >= 0),
    cumulative numeric(78,0) NOT NULL CHECK (cumulative >= 0),
    PRIMARY KEY (chain_id, epoch, account)
);
CREATE INDEX epoch_rewards_account ON epoch_rewards (chain_id, account, epoch);

-- Where an account's epoch amount came from: task, role, and own stake vs delegated stake.
CREATE TABLE epoch_reward_parts (
    chain_id  bigint NOT NULL,
    epoch     bigint NOT NULL,
    account   text   NOT NULL,
    task_id   numeric(78,0) NOT NULL,
    role      smallint NOT NULL,            -- 1 node, 2 validator, 3 FL, 0 treasury/none
    kind      text NOT NULL CHECK (kind IN ('own', 'delegated', 'treasury', 'fee')),
    source    text NOT NULL DEFAULT '',     -- participant the delegated part came through, or the residual reason
    amount    numeric(78,0) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (chain_id, epoch, account, task_id, role, kind, source),
    FOREIGN KEY (chain_id, epoch) REFERENCES settlement_epochs (chain_id, epoch) ON DELETE CASCADE
);

CREATE TABLE epoch_pools (
    chain_id        bigint NOT NULL,
    epoch           bigint NOT NULL,
    task_id         numeric(78,0) NOT NULL,
    stake_seconds   numeric(78,0) NOT NULL,
    emission        numeric(78,0) NOT NULL,
    revenue         numeric(78,0) NOT NULL,
    fee             numeric(78,0) NOT NULL,
    node_pool       numeric(78,0) NOT NULL,
    validator_pool  numeric(78,0) NOT NULL,
    residual        numeric(78,0) NOT NULL,   -- sent to the treasury (no one could receive it)
    PRIMARY KEY (chain_id, epoch, task_id),
    FOREIGN KEY (chain_id, epoch) REFERENCES settlement_epochs (chain_id, epoch) ON DELETE CASCADE
);

CREATE TABLE epoch_leaderboard (
    chain_id      bigint NOT NULL,
    epoch         bigint NOT NULL,
    task_id       numeric(78,0) NOT NULL,
    account       text NOT NULL,
    role          smallint NOT NULL,
    rank          integer,                    -- nodes: 0..n-1; validators: null
    score         bigint,                     -- nodes: epoch score (consensus); validators: null
    quality_ppm   bigint,                     -- validators: F_j in parts per million (display only)
    submission_id numeric(78,0),
    reward        numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, epoch, task_id, account),
    FOREIGN KEY (chain_id, epoch) REFERENCES settlement_epochs (chain_id, epoch) ON DELETE CASCADE
);

-- The cumulative tree of an epoch: one row per leaf, with its proof (siblings, 32 bytes each,
-- concatenated) so a claim is served with a single indexed lookup.
CREATE TABLE merkle_leaves (
    chain_id   bigint NOT NULL,
    epoch      bigint NOT NULL,
    account    text   NOT NULL,
    cumulative numeric(78,0) NOT NULL,
    tree_index integer NOT NULL,
    proof      bytea NOT NULL,
    PRIMARY KEY (chain_id, epoch, account)
);

-- Root publication: the signed transaction is stored before it is sent, so after a crash the
-- publisher finds it (by hash) instead of sending a second one.
CREATE TABLE root_publications (
    chain_id     bigint NOT NULL,
    epoch        bigint NOT NULL,
    action       text   NOT NULL CHECK (action IN ('propose', 'accept')),
    tx_hash      text   NOT NULL CHECK (tx_hash ~ '^0x[0-9a-f]{64}$'),
    sender       text   NOT NULL,
    nonce        bigint NOT NULL,
    raw_tx       bytea  NOT NULL,
    status       text   NOT NULL CHECK (status IN ('signed', 'sent', 'mined', 'reverted', 'replaced')),
    mined_block  bigint,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, epoch, action, tx_hash)
);
-- At most one live (not failed) publication per epoch and action.
CREATE UNIQUE INDEX root_publications_live ON root_publications (chain_id, epoch, action)
    WHERE status IN ('signed', 'sent', 'mined');

-- +goose Down
DROP TABLE root_publications;
DROP TABLE merkle_leaves;
DROP TABLE epoch_leaderboard;
DROP TABLE epoch_pools;
DROP TABLE epoch_reward_parts;
DROP TABLE epoch_rewards;
DROP TABLE settlement_runs;
DROP TABLE settlement_epochs;
