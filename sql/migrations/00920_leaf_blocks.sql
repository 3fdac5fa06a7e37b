-- +goose Up
-- An epoch's leaves are stored in blocks of 32 (leaf_blocks) instead of one row per leaf with four
-- index entries (~560 bytes a leaf at a million accounts, the whole of an epoch's history but its
-- tree). A block is columnar with a fixed width per column (internal/leafblock): the accounts as 20
-- raw bytes, ascending, then the leaves' tree positions (4 bytes), epoch amounts and cumulative
-- amounts (big-endian, as wide as the block's largest): ~45 bytes a leaf. A block row carries its
-- first account, so an account's leaf is one index probe, one ~1.5 kB row and a search of the block
-- (leaf_find). merkle_leaves and epoch_rewards become read-only views decoding every block, with the
-- columns they had, for tools and psql. Settlement writes the blocks in Go, and the API reads them as
-- bytes and decodes them in Go (claims, an account's rewards, unfiltered leaf pages by leaf_ranks);
-- leaf_find and leaf_page serve psql and the API's remaining paths. Numbered after 00910, whose table
-- it replaces.

CREATE TABLE leaf_blocks (
    chain_id      bigint  NOT NULL,
    epoch         bigint  NOT NULL,
    block         integer NOT NULL,  -- the block's rank in account order: leaves 32·block onwards
    first_account bytea   NOT NULL,  -- its first (lowest) account
    leaves        bytea   NOT NULL,  -- internal/leafblock's format
    PRIMARY KEY (chain_id, epoch, block)
);
-- A block fits a page; addresses and amounts barely compress: never compress it or move it out of line.
ALTER TABLE leaf_blocks ALTER COLUMN leaves SET STORAGE PLAIN;
CREATE UNIQUE INDEX leaf_blocks_account ON leaf_blocks (chain_id, epoch, first_account);

-- Epoch.leaves by amount or by cumulative amount (the top recipients) read an epoch's leaves in
-- (amount, account) order, which the former amount and cumulative indexes gave: each order is
-- stored as a permutation, 480 4-byte entries a row (internal/leafblock.WriteRanks). Kind 'a' lists
-- the leaves' account-order positions by rank of (amount, account), 'c' of (cumulative, account);
-- 'A' and 'C' are their inverses (a leaf's rank by its position), to start a page after a leaf.
CREATE TABLE leaf_ranks (
    chain_id bigint  NOT NULL,
    epoch    bigint  NOT NULL,
    kind     text    COLLATE "C" NOT NULL CHECK (kind IN ('a', 'A', 'c', 'C')),
    block    integer NOT NULL,  -- entries 480·block onwards
    ranks    bytea   NOT NULL,  -- big-endian 4-byte entries
    PRIMARY KEY (chain_id, epoch, kind, block)
);
ALTER TABLE leaf_ranks ALTER COLUMN ranks SET STORAGE PLAIN;

-- The unsigned big-endian integer of at most 32 bytes x, exactly.
CREATE FUNCTION leaf_uint_hex(h text) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ('x' || substr(h, 1, 8))::bit(32)::bigint::numeric * 26959946667150639794667015087019630673637144422540572481103610249216
         + ('x' || substr(h, 9, 8))::bit(32)::bigint::numeric * 6277101735386680763835789423207666416102355444464034512896
         + ('x' || substr(h, 17, 8))::bit(32)::bigint::numeric * 1461501637330902918203684832716283019655932542976
         + ('x' || substr(h, 25, 8))::bit(32)::bigint::numeric * 340282366920938463463374607431768211456
         + ('x' || substr(h, 33, 8))::bit(32)::bigint::numeric * 79228162514264337593543950336
         + ('x' || substr(h, 41, 8))::bit(32)::bigint::numeric * 18446744073709551616
         + ('x' || substr(h, 49, 8))::bit(32)::bigint::numeric * 4294967296
         + ('x' || substr(h, 57, 8))::bit(32)::bigint::numeric;
CREATE FUNCTION leaf_uint(x bytea) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN leaf_uint_hex(lpad(encode(x, 'hex'), 64, '0'));

-- The number of leaves of block b, checked against its header and length: every field is read at an
-- offset computed from it, so a damaged block (a bad header, cut short) fails the statement that
-- reads it (an invalid integer naming the block's length) instead of reading wrong amounts.
CREATE FUNCTION leaf_count(b bytea) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN get_byte(b, 0) = 1 AND get_byte(b, 3) <= 32 AND get_byte(b, 4) <= 32
            AND length(b) = 5 + ((get_byte(b, 1) << 8) | get_byte(b, 2)) * (24 + get_byte(b, 3) + get_byte(b, 4))
        THEN (get_byte(b, 1) << 8) | get_byte(b, 2)
        ELSE ('damaged leaf block of ' || length(b)::text || ' bytes')::integer END;

-- Leaf i's fields in block b (0-based).
CREATE FUNCTION leaf_tree_index(b bytea, i integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (get_byte(b, 5 + 20 * leaf_count(b) + 4 * i) << 24) | (get_byte(b, 6 + 20 * leaf_count(b) + 4 * i) << 16)
         | (get_byte(b, 7 + 20 * leaf_count(b) + 4 * i) << 8) | get_byte(b, 8 + 20 * leaf_count(b) + 4 * i);
CREATE FUNCTION leaf_amount(b bytea, i integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN leaf_uint(substring(b FROM 6 + 24 * leaf_count(b) + get_byte(b, 3) * i FOR get_byte(b, 3)));
CREATE FUNCTION leaf_cumulative(b bytea, i integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN leaf_uint(substring(b FROM 6 + (24 + get_byte(b, 3)) * leaf_count(b) + get_byte(b, 4) * i FOR get_byte(b, 4)));

-- The index in block b of account a's leaf (20 bytes), NULL when it has none. position() searches
-- the accounts column in C; a match that does not start on a 20-byte boundary (the end of one
-- account and the start of the next) is not a leaf, and the block is then searched leaf by leaf.
CREATE FUNCTION leaf_index_slow(b bytea, a bytea) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT min(i) FROM generate_series(0, leaf_count(b) - 1) i WHERE substring(b FROM 6 + 20 * i FOR 20) = a);
CREATE FUNCTION leaf_index_at(b bytea, a bytea, p integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN length(a) <> 20 OR p = 0 THEN NULL WHEN p % 20 = 1 THEN p / 20 ELSE leaf_index_slow(b, a) END;
CREATE FUNCTION leaf_index(b bytea, a bytea) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN leaf_index_at(b, a, position(a IN substring(b FROM 6 FOR 20 * leaf_count(b))));

-- Every leaf of block b, in account order. PL/pgSQL, so never inlined: its columns reach the views'
-- readers as values, not as the decoding expressions (a reader's merkle_block_roots(tree_index) would
-- otherwise decode the block again wherever it is used, also inside a filter run for every row).
-- +goose StatementBegin
CREATE FUNCTION leaf_rows(b bytea) RETURNS TABLE (tree_index integer, account text, amount numeric, cumulative numeric)
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN QUERY SELECT leaf_tree_index(b, i), '0x' || encode(substring(b FROM 6 + 20 * i FOR 20), 'hex'), leaf_amount(b, i), leaf_cumulative(b, i)
        FROM generate_series(0, leaf_count(b) - 1) i;
END $$;
-- +goose StatementEnd

-- Account a's (lowercase 0x hex) leaf in epoch e of chain c: no row when it has none. One index probe
-- of leaf_blocks_account and one block. OFFSET 0 is meant to keep the decoding expressions from being
-- substituted where the columns are used, but an inlined caller can still get them substituted (the
-- claim's proof lookup did: graphql/claim.go), so the API's hot paths decode the block in Go instead.
-- +goose StatementBegin
CREATE FUNCTION leaf_find(c bigint, e bigint, a text) RETURNS TABLE (tree_index integer, amount numeric, cumulative numeric)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT r.tree_index, r.amount, r.cumulative
    FROM (SELECT decode(substr(a, 3), 'hex') AS x) q
    CROSS JOIN LATERAL (SELECT lb.leaves FROM leaf_blocks lb WHERE lb.chain_id = c AND lb.epoch = e AND lb.first_account <= q.x
        ORDER BY lb.first_account DESC LIMIT 1) b
    CROSS JOIN LATERAL (SELECT leaf_index(b.leaves, q.x) AS i) f
    CROSS JOIN LATERAL (SELECT leaf_tree_index(b.leaves, f.i) AS tree_index, leaf_amount(b.leaves, f.i) AS amount,
        leaf_cumulative(b.leaves, f.i) AS cumulative OFFSET 0) r
    WHERE f.i IS NOT NULL
$$;
-- +goose StatementEnd

-- Entry i of an epoch's permutation k (leaf_ranks).
CREATE FUNCTION leaf_rank(c bigint, e bigint, k text, i integer) RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN (SELECT (get_byte(r.ranks, 4 * (i % 480)) << 24) | (get_byte(r.ranks, 4 * (i % 480) + 1) << 16)
            | (get_byte(r.ranks, 4 * (i % 480) + 2) << 8) | get_byte(r.ranks, 4 * (i % 480) + 3)
        FROM leaf_ranks r WHERE r.chain_id = c AND r.epoch = e AND r.kind = k AND r.block = i / 480);

-- One page of an epoch's leaves (Epoch.leaves without a filter): the n leaves that follow the leaf
-- of account after_account in order k ('account', 'a' by amount, 'c' by cumulative amount), downwards
-- when down, from the first (or, downwards, the last) when after_account is NULL. after_value is
-- the cursor's amount in order k: a cursor that names no leaf of the epoch with that value gives
-- every leaf of the epoch instead. Either way it returns a superset of the page: the caller keeps
-- its cursor condition, order and limit, so the answer is what the former index ranges gave.
-- +goose StatementBegin
CREATE FUNCTION leaf_page(c bigint, e bigint, k text, after_value numeric, after_account text, n integer, down boolean)
    RETURNS TABLE (chain_id bigint, epoch bigint, tree_index integer, account text, amount numeric, cumulative numeric)
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    total integer;
    r0 integer;
    o integer;
    blk integer;
    leaves bytea;
    i integer;
BEGIN
    SELECT b.block * 32 + leaf_count(b.leaves) INTO total FROM leaf_blocks b
        WHERE b.chain_id = c AND b.epoch = e ORDER BY b.block DESC LIMIT 1;
    IF total IS NULL THEN
        RETURN;
    END IF;
    IF after_account IS NULL THEN
        r0 := CASE WHEN down THEN total ELSE -1 END;
    ELSIF after_account ~ '^0x[0-9a-f]{40}$' THEN
        SELECT b.block, b.leaves INTO blk, leaves FROM leaf_blocks b WHERE b.chain_id = c AND b.epoch = e
            AND b.first_account <= decode(substr(after_account, 3), 'hex') ORDER BY b.first_account DESC LIMIT 1;
        IF FOUND THEN
            i := leaf_index(leaves, decode(substr(after_account, 3), 'hex'));
        END IF;
    END IF;
    IF after_account IS NOT NULL THEN
        IF i IS NOT NULL AND k <> 'account' THEN
            IF (CASE k WHEN 'a' THEN leaf_amount(leaves, i) ELSE leaf_cumulative(leaves, i) END) IS DISTINCT FROM after_value THEN
                i := NULL;
            END IF;
        END IF;
        IF i IS NULL THEN
            RETURN QUERY SELECT b.chain_id, b.epoch, r.tree_index, r.account, r.amount, r.cumulative
                FROM leaf_blocks b CROSS JOIN LATERAL leaf_rows(b.leaves) r WHERE b.chain_id = c AND b.epoch = e;
            RETURN;
        END IF;
        o := blk * 32 + i;
        r0 := CASE k WHEN 'account' THEN o ELSE leaf_rank(c, e, upper(k), o) END;
    END IF;
    RETURN QUERY SELECT c, e, leaf_tree_index(b.leaves, x.o % 32), '0x' || encode(substring(b.leaves FROM 6 + 20 * (x.o % 32) FOR 20), 'hex'),
            leaf_amount(b.leaves, x.o % 32), leaf_cumulative(b.leaves, x.o % 32)
        FROM generate_series(CASE WHEN down THEN greatest(r0 - n, 0) ELSE r0 + 1 END,
                             CASE WHEN down THEN r0 - 1 ELSE least(r0 + n, total - 1) END) q(rank)
        CROSS JOIN LATERAL (SELECT CASE k WHEN 'account' THEN q.rank ELSE leaf_rank(c, e, k, q.rank) END AS o) x
        JOIN leaf_blocks b ON b.chain_id = c AND b.epoch = e AND b.block = x.o / 32;
END $$;
-- +goose StatementEnd

-- Existing leaves move into blocks: each amount as its minimal big-endian bytes (leaf_uint_bytes,
-- for this conversion and the Down section), refused past uint256.
-- +goose StatementBegin
CREATE FUNCTION leaf_uint_bytes(v numeric) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    out bytea := '';
    x numeric := v;
BEGIN
    IF v < 0 OR v >= 115792089237316195423570985008687907853269984665640564039457584007913129639936 OR v <> trunc(v) THEN
        RAISE EXCEPTION 'leaf amount % is not a uint256', v;
    END IF;
    WHILE x > 0 LOOP
        out := set_byte('\x00'::bytea, 0, mod(x, 256)::integer) || out;
        x := div(x, 256);
    END LOOP;
    RETURN out;
END $$;
-- +goose StatementEnd

CREATE TEMPORARY TABLE leaf_convert ON COMMIT DROP AS
SELECT chain_id, epoch, (row_number() OVER w - 1) / 32 AS block, row_number() OVER w AS i,
       (row_number() OVER w - 1)::integer AS ord,
       (row_number() OVER (PARTITION BY chain_id, epoch ORDER BY amount, decode(substr(account, 3), 'hex')) - 1)::integer AS rank_a,
       (row_number() OVER (PARTITION BY chain_id, epoch ORDER BY cumulative, decode(substr(account, 3), 'hex')) - 1)::integer AS rank_c,
       account AS hex, decode(substr(account, 3), 'hex') AS account, tree_index,
       leaf_uint_bytes(amount) AS amount, leaf_uint_bytes(cumulative) AS cumulative
FROM merkle_leaves
WINDOW w AS (PARTITION BY chain_id, epoch ORDER BY decode(substr(account, 3), 'hex'));

-- +goose StatementBegin
DO $$
DECLARE
    bad record;
BEGIN
    SELECT chain_id, epoch, hex INTO bad FROM leaf_convert WHERE length(account) <> 20 OR hex !~ '^0x[0-9a-f]{40}$' LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'moving merkle_leaves into leaf_blocks: chain % epoch %: account % is not 0x and 40 lowercase hex digits (fix the row, then migrate again)',
            bad.chain_id, bad.epoch, bad.hex;
    END IF;
END $$;
-- +goose StatementEnd

INSERT INTO leaf_blocks (chain_id, epoch, block, first_account, leaves)
SELECT chain_id, epoch, block, (array_agg(account ORDER BY i))[1],
       '\x01'::bytea || substring(int4send(count(*)::integer) FROM 3 FOR 2)
       || set_byte('\x00'::bytea, 0, max(wa)) || set_byte('\x00'::bytea, 0, max(wc))
       || string_agg(account, ''::bytea ORDER BY i)
       || string_agg(int4send(tree_index), ''::bytea ORDER BY i)
       || string_agg(decode(repeat('00', wa - length(amount)), 'hex') || amount, ''::bytea ORDER BY i)
       || string_agg(decode(repeat('00', wc - length(cumulative)), 'hex') || cumulative, ''::bytea ORDER BY i)
FROM (SELECT c.*, max(length(amount)) OVER b AS wa, max(length(cumulative)) OVER b AS wc
      FROM leaf_convert c WINDOW b AS (PARTITION BY chain_id, epoch, block)) x
GROUP BY chain_id, epoch, block;

INSERT INTO leaf_ranks (chain_id, epoch, kind, block, ranks)
SELECT chain_id, epoch, 'a', rank_a / 480, string_agg(int4send(ord), ''::bytea ORDER BY rank_a) FROM leaf_convert GROUP BY 1, 2, 4
UNION ALL
SELECT chain_id, epoch, 'A', ord / 480, string_agg(int4send(rank_a), ''::bytea ORDER BY ord) FROM leaf_convert GROUP BY 1, 2, 4
UNION ALL
SELECT chain_id, epoch, 'c', rank_c / 480, string_agg(int4send(ord), ''::bytea ORDER BY rank_c) FROM leaf_convert GROUP BY 1, 2, 4
UNION ALL
SELECT chain_id, epoch, 'C', ord / 480, string_agg(int4send(rank_c), ''::bytea ORDER BY ord) FROM leaf_convert GROUP BY 1, 2, 4;

DROP VIEW epoch_rewards;
DROP TABLE merkle_leaves;

-- What the tables were, for tools and psql (read only; each decodes every block it reads: filter by
-- epoch). The API and settlement read leaf_blocks.
CREATE VIEW merkle_leaves AS
    SELECT b.chain_id, b.epoch, r.tree_index, r.account COLLATE "C" AS account, r.amount, r.cumulative
    FROM leaf_blocks b CROSS JOIN LATERAL leaf_rows(b.leaves) r;
CREATE VIEW epoch_rewards AS SELECT chain_id, epoch, account, amount, cumulative FROM merkle_leaves;

-- +goose Down
CREATE TABLE merkle_leaves_rows (
    chain_id   bigint  NOT NULL,
    epoch      bigint  NOT NULL,
    tree_index integer NOT NULL,
    account    text    COLLATE "C" NOT NULL,
    amount     numeric(78,0) NOT NULL CHECK (amount >= 0),
    cumulative numeric(78,0) NOT NULL CHECK (cumulative >= 0)
);
INSERT INTO merkle_leaves_rows (chain_id, epoch, tree_index, account, amount, cumulative)
SELECT chain_id, epoch, tree_index, account, amount, cumulative FROM merkle_leaves ORDER BY chain_id, epoch, account;
DROP VIEW epoch_rewards;
DROP VIEW merkle_leaves;
ALTER TABLE merkle_leaves_rows RENAME TO merkle_leaves;
ALTER TABLE merkle_leaves ADD CONSTRAINT merkle_leaves_pkey PRIMARY KEY (chain_id, epoch, account);
CREATE INDEX merkle_leaves_account ON merkle_leaves (chain_id, account, epoch);
CREATE INDEX merkle_leaves_amount ON merkle_leaves (chain_id, epoch, amount, account);
CREATE INDEX merkle_leaves_cumulative ON merkle_leaves (chain_id, epoch, cumulative, account);
CREATE VIEW epoch_rewards AS SELECT chain_id, epoch, account, amount, cumulative FROM merkle_leaves;
DROP FUNCTION leaf_uint_bytes(numeric);
DROP FUNCTION leaf_page(bigint, bigint, text, numeric, text, integer, boolean);
DROP FUNCTION leaf_rank(bigint, bigint, text, integer);
DROP TABLE leaf_ranks;
DROP FUNCTION leaf_find(bigint, bigint, text);
DROP FUNCTION leaf_rows(bytea);
DROP FUNCTION leaf_index(bytea, bytea);
DROP FUNCTION leaf_index_at(bytea, bytea, integer);
DROP FUNCTION leaf_index_slow(bytea, bytea);
DROP FUNCTION leaf_cumulative(bytea, integer);
DROP FUNCTION leaf_amount(bytea, integer);
DROP FUNCTION leaf_tree_index(bytea, integer);
DROP FUNCTION leaf_count(bytea);
DROP FUNCTION leaf_uint(bytea);
DROP FUNCTION leaf_uint_hex(text);
DROP TABLE leaf_blocks;
