-- +goose Up
-- Proofs are stored once per tree, not once per leaf and epoch. merkle_leaves kept a full proof
-- for every account of every epoch's cumulative tree (~640 bytes a leaf at a million accounts,
-- ~0.9 GB an epoch with its row), yet only the latest accepted root (and the epochs settled after
-- it) can be claimed against. A tree is now its node layer (2n-1 hashes, 64 MB at a million
-- leaves) in merkle_nodes, cut into blocks (merkle/blocks.go): block r holds the descendants of
-- heap position r (a node on a level that is a multiple of 5) on the 5 levels below it, level by
-- level in heap order, at most 62 hashes. A proof reads one block per 5 levels of the tree (4 at
-- a million leaves) and is derived in O(log n): in Go by merkle.AppendProofFromBlocks (the API's
-- claim and epoch.leaves), in SQL by merkle_proof (tools, psql). Settlement keeps the trees of the
-- two latest epochs whose root was accepted on-chain and of every epoch after them, and deletes
-- older ones when it stores an epoch (merkle_keep_from): proof storage no longer grows with the
-- number of epochs. merkle_leaves keeps each epoch's (account, cumulative, tree_index): history.

CREATE TABLE merkle_nodes (
    chain_id bigint  NOT NULL,
    epoch    bigint  NOT NULL,
    block    integer NOT NULL,  -- heap position of the block's root
    nodes    bytea   NOT NULL,  -- 32-byte hashes concatenated, at most 62
    PRIMARY KEY (chain_id, epoch, block)
);
-- Hashes do not compress, and a block fits a page: never try to compress it or move it out of line.
ALTER TABLE merkle_nodes ALTER COLUMN nodes SET STORAGE PLAIN;

-- The level of heap position t (0 for the root).
CREATE FUNCTION merkle_level(t integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN 32 - position('1' in (t + 1)::bit(32)::text);

-- The roots of the blocks that hold the proof of heap position t, top first (NULL past the tree's
-- depth): ancestors of t on levels 0, 5, 10, … above t. An expression, so the planner inlines it
-- into the claim query: merkle_nodes.block = ANY(merkle_block_roots(tree_index)) is one index scan.
-- merkle.BlockRoots is the same arithmetic. Not STRICT: the planner inlines only a strict function
-- whose body is strict, and CASE is not (a NULL t yields NULLs all the same).
CREATE FUNCTION merkle_block_roots(t integer) RETURNS integer[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ARRAY[
        CASE WHEN merkle_level(t) > 0  THEN ((t + 1) >> merkle_level(t)) - 1 END,
        CASE WHEN merkle_level(t) > 5  THEN ((t + 1) >> (merkle_level(t) - 5)) - 1 END,
        CASE WHEN merkle_level(t) > 10 THEN ((t + 1) >> (merkle_level(t) - 10)) - 1 END,
        CASE WHEN merkle_level(t) > 15 THEN ((t + 1) >> (merkle_level(t) - 15)) - 1 END,
        CASE WHEN merkle_level(t) > 20 THEN ((t + 1) >> (merkle_level(t) - 20)) - 1 END,
        CASE WHEN merkle_level(t) > 25 THEN ((t + 1) >> (merkle_level(t) - 25)) - 1 END];

-- The proof of heap position t in the tree of (c, e), siblings leaf first as 32-byte hashes
-- concatenated (the bytea the claim calldata's bytes32[] is made of); NULL when that tree is not
-- kept (superseded). For tools and psql; the API derives proofs in Go from the same blocks.
-- +goose StatementBegin
CREATE FUNCTION merkle_proof(c bigint, e bigint, t integer) RETURNS bytea
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
DECLARE
    roots  integer[] := array_remove(merkle_block_roots(t), NULL);
    blocks bytea[];
    proof  bytea := '';
    q integer := t;
    s integer; l integer; j integer; r integer; off integer;
BEGIN
    SELECT array_agg(n.nodes ORDER BY n.block) INTO blocks
        FROM merkle_nodes n WHERE n.chain_id = c AND n.epoch = e AND n.block = ANY(roots);
    IF coalesce(array_length(blocks, 1), 0) <> coalesce(array_length(roots, 1), 0) THEN
        RETURN NULL;
    END IF;
    WHILE q > 0 LOOP
        s := CASE WHEN q % 2 = 1 THEN q + 1 ELSE q - 1 END;
        l := merkle_level(s);
        j := l - (l - 1) / 5 * 5;
        r := ((s + 1) >> j) - 1;
        off := 32 * ((1 << j) - 2 + s - (((r + 1) << j) - 1));
        IF off + 32 > length(blocks[(l - 1) / 5 + 1]) THEN
            RAISE EXCEPTION 'merkle_nodes of chain % epoch %: block % has no node %', c, e, r, s;
        END IF;
        proof := proof || substring(blocks[(l - 1) / 5 + 1] FROM off + 1 FOR 32);
        q := (q - 1) / 2;
    END LOOP;
    RETURN proof;
END $$;
-- +goose StatementEnd

-- The lowest epoch of chain c whose tree must be kept: the older of the two latest epochs whose
-- root was accepted on-chain (the latest is what claims are served against; the one before it is
-- served again if a reorg drops the latest acceptance). NULL, keep everything, before any root
-- settled here was accepted. A string body, so that later migrations may alter the columns it reads.
CREATE FUNCTION merkle_keep_from(c bigint) RETURNS bigint
    LANGUAGE sql STABLE STRICT PARALLEL SAFE AS
    'SELECT min(k.epoch) FROM (
        SELECT DISTINCT se.epoch FROM ev_root_accepted x
        JOIN settlement_epochs se ON se.chain_id = x.chain_id AND se.epoch = x.epoch AND se.root = x.root
        WHERE x.chain_id = c ORDER BY se.epoch DESC LIMIT 2) k';

-- Existing databases: the kept trees' nodes are read off the stored proofs (every node but the
-- root is the sibling on some leaf's path), then the proofs are dropped. The space they held is
-- reused by later rows; VACUUM FULL merkle_leaves returns it to the operating system.
INSERT INTO merkle_nodes (chain_id, epoch, block, nodes)
SELECT chain_id, epoch, r, string_agg(h, ''::bytea ORDER BY off)
FROM (
    SELECT DISTINCT ON (l.chain_id, l.epoch, s.q) l.chain_id, l.epoch, b.r,
        32 * ((1 << b.j) - 2 + s.q - (((b.r + 1) << b.j) - 1)) AS off,
        substring(l.proof FROM 32 * k + 1 FOR 32) AS h
    FROM merkle_leaves l
    CROSS JOIN LATERAL generate_series(0, least(length(l.proof) / 32, merkle_level(l.tree_index)) - 1) k
    CROSS JOIN LATERAL (SELECT ((l.tree_index + 1) >> k) - 1 AS p) pk
    CROSS JOIN LATERAL (SELECT CASE WHEN pk.p % 2 = 1 THEN pk.p + 1 ELSE pk.p - 1 END AS q) s
    CROSS JOIN LATERAL (SELECT merkle_level(s.q) - (merkle_level(s.q) - 1) / 5 * 5 AS j) jj
    CROSS JOIN LATERAL (SELECT jj.j, ((s.q + 1) >> jj.j) - 1 AS r) b
    WHERE l.epoch >= coalesce(merkle_keep_from(l.chain_id), 0)
    ORDER BY l.chain_id, l.epoch, s.q
) x
GROUP BY chain_id, epoch, r;

ALTER TABLE merkle_leaves DROP COLUMN proof;

-- +goose Down
-- Proofs come back for the kept trees; superseded epochs get an empty proof (their trees are gone).
ALTER TABLE merkle_leaves ADD COLUMN proof bytea NOT NULL DEFAULT '';
UPDATE merkle_leaves SET proof = coalesce(merkle_proof(chain_id, epoch, tree_index), '')
    WHERE epoch >= coalesce(merkle_keep_from(chain_id), 0);
ALTER TABLE merkle_leaves ALTER COLUMN proof DROP DEFAULT;
DROP FUNCTION merkle_keep_from(bigint);
DROP FUNCTION merkle_proof(bigint, bigint, integer);
DROP FUNCTION merkle_block_roots(integer);
DROP FUNCTION merkle_level(integer);
DROP TABLE merkle_nodes;
