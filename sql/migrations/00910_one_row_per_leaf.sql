-- +goose Up
-- One row per leaf and epoch instead of two. Settlement wrote every leaf twice, with the same key:
-- epoch_rewards (account, amount, cumulative) and merkle_leaves (account, cumulative, tree_index),
-- each with its own heap and primary key, the cumulative amount in both. merkle_leaves now holds the
-- amount as well and epoch_rewards is a view of it, for tools and psql. The indexes that served
-- epoch_rewards (an account's epochs, an epoch's leaves by amount and by cumulative amount) move to
-- merkle_leaves unchanged. The rows are rewritten in primary-key order and the indexes built after
-- the copy, so they start out packed. Numbered after every component's range: it replaces the
-- epoch_rewards table that 00100 and 00201 build on.

-- Both tables are written by one COPY of the same leaves in one transaction: refuse to merge a
-- database where they disagree (rows edited by hand) rather than lose either side.
-- +goose StatementBegin
DO $$
DECLARE
    bad record;
BEGIN
    SELECT coalesce(l.chain_id, r.chain_id) AS chain_id, coalesce(l.epoch, r.epoch) AS epoch,
           coalesce(l.account, r.account) AS account, l.cumulative AS leaf, r.cumulative AS reward
    INTO bad
    FROM merkle_leaves l FULL JOIN epoch_rewards r ON r.chain_id = l.chain_id AND r.epoch = l.epoch AND r.account = l.account
    WHERE l.account IS NULL OR r.account IS NULL OR l.cumulative <> r.cumulative
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'merging epoch_rewards into merkle_leaves: chain % epoch % account %: leaf cumulative %, epoch_rewards cumulative % (they must agree row for row; fix the rows, then migrate again)',
            bad.chain_id, bad.epoch, bad.account, coalesce(bad.leaf::text, 'missing'), coalesce(bad.reward::text, 'missing');
    END IF;
END $$;
-- +goose StatementEnd

-- Fixed-width columns first: no alignment padding between them.
CREATE TABLE merkle_leaves_merged (
    chain_id   bigint  NOT NULL,
    epoch      bigint  NOT NULL,
    tree_index integer NOT NULL,
    account    text    COLLATE "C" NOT NULL,
    amount     numeric(78,0) NOT NULL CHECK (amount >= 0),
    cumulative numeric(78,0) NOT NULL CHECK (cumulative >= 0)
);
INSERT INTO merkle_leaves_merged (chain_id, epoch, tree_index, account, amount, cumulative)
SELECT l.chain_id, l.epoch, l.tree_index, l.account, r.amount, l.cumulative
FROM merkle_leaves l JOIN epoch_rewards r ON r.chain_id = l.chain_id AND r.epoch = l.epoch AND r.account = l.account
ORDER BY l.chain_id, l.epoch, l.account;

DROP TABLE epoch_rewards;
DROP TABLE merkle_leaves;
ALTER TABLE merkle_leaves_merged RENAME TO merkle_leaves;
ALTER TABLE merkle_leaves ADD CONSTRAINT merkle_leaves_pkey PRIMARY KEY (chain_id, epoch, account);
-- An account's epochs (Account.rewards).
CREATE INDEX merkle_leaves_account ON merkle_leaves (chain_id, account, epoch);
-- Epoch.leaves by amount or cumulativeAmount: an epoch's top recipients.
CREATE INDEX merkle_leaves_amount ON merkle_leaves (chain_id, epoch, amount, account);
CREATE INDEX merkle_leaves_cumulative ON merkle_leaves (chain_id, epoch, cumulative, account);

-- What epoch_rewards was, for tools and psql (read only: settlement writes merkle_leaves).
CREATE VIEW epoch_rewards AS SELECT chain_id, epoch, account, amount, cumulative FROM merkle_leaves;

-- +goose Down
DROP VIEW epoch_rewards;
CREATE TABLE epoch_rewards (
    chain_id   bigint NOT NULL,
    epoch      bigint NOT NULL,
    account    text   COLLATE "C" NOT NULL,
    amount     numeric(78,0) NOT NULL CHECK (amount >= 0),
    cumulative numeric(78,0) NOT NULL CHECK (cumulative >= 0),
    PRIMARY KEY (chain_id, epoch, account)
);
INSERT INTO epoch_rewards (chain_id, epoch, account, amount, cumulative)
SELECT chain_id, epoch, account, amount, cumulative FROM merkle_leaves ORDER BY chain_id, epoch, account;
CREATE INDEX epoch_rewards_account ON epoch_rewards (chain_id, account, epoch);
CREATE INDEX epoch_rewards_amount ON epoch_rewards (chain_id, epoch, amount, account);
CREATE INDEX epoch_rewards_cumulative ON epoch_rewards (chain_id, epoch, cumulative, account);
DROP INDEX merkle_leaves_cumulative;
DROP INDEX merkle_leaves_amount;
DROP INDEX merkle_leaves_account;
ALTER TABLE merkle_leaves DROP COLUMN amount;
