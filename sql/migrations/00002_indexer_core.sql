-- +goose Up
-- Indexer bookkeeping: every protocol log verbatim, the block headers the reorg check needs, and one
-- cursor per chain. All three move together in the indexer's single per-batch transaction.

-- raw_logs keeps each fetched log exactly as the chain returned it, so event tables can be rebuilt
-- (or a new event decoded) without refetching. Only the indexer writes it, encoding hashes and
-- addresses as lowercase 0x hex from fixed-size byte arrays, so the format cannot vary: the hex CHECKs
-- (a regex per column per row) were a quarter of Postgres's backfill CPU and are left out on purpose.
CREATE TABLE raw_logs (
    chain_id     bigint  NOT NULL,
    block_number bigint  NOT NULL,
    block_hash   text    NOT NULL,
    block_time   bigint  NOT NULL,
    tx_hash      text    NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    address      text    NOT NULL,
    topic0       text,
    topic1       text,
    topic2       text,
    topic3       text,
    data         bytea   NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
-- No secondary index: raw_logs is written at backfill speed and read rarely (re-decoding an event
-- added later scans it once).

-- blocks holds the header of every block that had logs, plus each batch's first and last block and
-- every block within reorg_bound of the head, so the parent-hash check always finds a stored hash and
-- a reorg's common ancestor can be found by comparing stored hashes with the chain.
CREATE TABLE blocks (
    chain_id    bigint NOT NULL,
    number      bigint NOT NULL,
    hash        text   NOT NULL CHECK (length(hash) = 66 AND hash ~ '^0x[0-9a-f]*$'),
    parent_hash text   NOT NULL CHECK (length(parent_hash) = 66 AND parent_hash ~ '^0x[0-9a-f]*$'),
    time        bigint NOT NULL,
    finality    text   NOT NULL CHECK (finality IN ('unsafe', 'safe', 'finalized')),
    PRIMARY KEY (chain_id, number)
);
-- Promotion (UPDATE ... SET finality) only ever touches the not-yet-finalized tail.
CREATE INDEX blocks_not_final ON blocks (chain_id, number) WHERE finality <> 'finalized';

-- cursors: the last block whose logs are all written (block_hash is its hash, for the parent check).
CREATE TABLE cursors (
    chain_id     bigint PRIMARY KEY,
    block_number bigint NOT NULL,
    block_hash   text   NOT NULL CHECK (length(block_hash) = 66 AND block_hash ~ '^0x[0-9a-f]*$'),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE cursors;
DROP TABLE blocks;
DROP TABLE raw_logs;
