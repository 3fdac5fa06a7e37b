-- +goose Up
-- merkle_siblings(nodes, block, t): the siblings block contributes to the proof of heap position t,
-- deepest first, as 32-byte hashes concatenated (at most 5 of its 62). Aggregated over the blocks
-- merkle_block_roots(t) names, deepest block first, they are t's proof, the bytea merkle_proof
-- returns: a claim then reads 32 bytes a level (640 at a million leaves) instead of 4 whole blocks
-- (8 kB), which halved what the block fetch cost Postgres per claim. An expression, so the planner
-- inlines it. The sibling on level L of the block rooted on level B is the path's node there with
-- its last bit flipped: offset 2^j - 2 + (((t+1) >> (depth(t) - L)) & (2^j - 1)) XOR 1, j = L - B.
-- merkle_level by floating point instead of through text: the same integer for every heap position
-- below 2^31 - 1 (ln's error, ~1e-15, is far below both the 1e-11 added and the 6.7e-10 by which
-- log2(2^k - 1) falls short of k; TestMerkleLevelSQL checks every boundary), at a fraction of the cost.
CREATE OR REPLACE FUNCTION merkle_level(t integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN floor(ln((t + 1)::float8) / ln(2::float8) + 1e-11)::integer;

CREATE FUNCTION merkle_siblings(nodes bytea, r integer, t integer) RETURNS bytea
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN
        CASE WHEN merkle_level(r) + 5 <= merkle_level(t) THEN substring(nodes FROM 32 * (30 + ((((t + 1) >> (merkle_level(t) - merkle_level(r) - 5)) & 31) # 1)) + 1 FOR 32) ELSE ''::bytea END ||
        CASE WHEN merkle_level(r) + 4 <= merkle_level(t) THEN substring(nodes FROM 32 * (14 + ((((t + 1) >> (merkle_level(t) - merkle_level(r) - 4)) & 15) # 1)) + 1 FOR 32) ELSE ''::bytea END ||
        CASE WHEN merkle_level(r) + 3 <= merkle_level(t) THEN substring(nodes FROM 32 * (6 + ((((t + 1) >> (merkle_level(t) - merkle_level(r) - 3)) & 7) # 1)) + 1 FOR 32) ELSE ''::bytea END ||
        CASE WHEN merkle_level(r) + 2 <= merkle_level(t) THEN substring(nodes FROM 32 * (2 + ((((t + 1) >> (merkle_level(t) - merkle_level(r) - 2)) & 3) # 1)) + 1 FOR 32) ELSE ''::bytea END ||
        CASE WHEN merkle_level(r) + 1 <= merkle_level(t) THEN substring(nodes FROM 32 * (((((t + 1) >> (merkle_level(t) - merkle_level(r) - 1)) & 1) # 1)) + 1 FOR 32) ELSE ''::bytea END;

-- +goose Down
DROP FUNCTION merkle_siblings(bytea, integer, integer);
CREATE OR REPLACE FUNCTION merkle_level(t integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN 32 - position('1' in (t + 1)::bit(32)::text);
