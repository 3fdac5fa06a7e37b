-- +goose Up
-- Derived current state (stake_current, delegation_current, reward_share_current, claimed_total) that a
-- bulk backfill stopped maintaining batch by batch (indexer/deferred.go): its per-batch upserts were
-- about a third of the single writing connection's time. A row means: the derived tables of chain_id
-- hold every event up to and including since_block (-1: none), and none above it; the indexer folds in
-- the rest with one statement per table once caught up, and deletes the row in the same transaction.
-- Batches check for the row inside their own transaction (under the chain's advisory lock), so a
-- batch either folds its events itself or leaves them to that catch-up, never neither. Readers (the
-- API) answer from the events while the row exists.
CREATE TABLE deferred_derived (
    chain_id    bigint PRIMARY KEY,
    since_block bigint NOT NULL,
    deferred_at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE deferred_derived;
