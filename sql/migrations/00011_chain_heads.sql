-- +goose Up
-- chain_heads: the chain's heads as the indexer last saw them, and when. The indexer writes its row at
-- every poll, before it indexes anything and whether or not a new block arrived, so seen_at is its
-- heartbeat: the API shows it (Status.chainHead, Status.indexerSeenAt) and /readyz fails once it is older
-- than api.max_indexer_silence. seen_at is the database's clock, the one every reader shares; the block
-- times are the chain's (which a devnet may warp).
CREATE TABLE chain_heads (
    chain_id  bigint PRIMARY KEY,
    number    bigint NOT NULL,
    hash      text COLLATE "C" NOT NULL CHECK (length(hash) = 66 AND hash ~ '^0x[0-9a-f]*$'),
    time      bigint NOT NULL,
    safe      bigint NOT NULL,
    finalized bigint NOT NULL,
    seen_at   timestamptz NOT NULL
);

-- +goose Down
DROP TABLE chain_heads;
