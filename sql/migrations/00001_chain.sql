-- +goose Up
-- Chain bookkeeping shared by every component: one row per chain indexed by this database.
CREATE TABLE chains (
    chain_id   bigint PRIMARY KEY,
    name       text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE chains;
