-- +goose Up
-- Logs at protocol addresses whose topic0 names a known event but whose topics or data do not fit it.
-- They stay in raw_logs and get no event row; settlement refuses an epoch whose snapshot covers one.
CREATE TABLE undecodable_logs (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    log_index    bigint NOT NULL,
    tx_hash      text   NOT NULL,
    address      text   NOT NULL,
    event        text   NOT NULL,
    error        text   NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- +goose Down
DROP TABLE undecodable_logs;
