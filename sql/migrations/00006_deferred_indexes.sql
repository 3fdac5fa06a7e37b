-- +goose Up
-- Secondary (API) indexes the indexer dropped for a bulk backfill and builds again once it has caught up
-- (indexer/deferred.go). Maintaining them row by row was about 45% of Postgres's backfill CPU; one sorted
-- build at the end costs a fraction of that. A row is inserted in the transaction that drops its index
-- and deleted in the one that creates it, so a crash at any point leaves the list exact: the next
-- catch-up (or the next `covey migrate` with pending migrations, sql.Migrate) builds what is listed.
CREATE TABLE deferred_indexes (
    name        text PRIMARY KEY,
    table_name  text NOT NULL,
    definition  text NOT NULL,
    deferred_at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE deferred_indexes;
