-- +goose Up
-- The API's orderBy fields and where filters (graphql/where.go): each orderBy field has an index that
-- hands its rows out in order, ties broken by the list's natural key as the API breaks them, so a page
-- is an index range scan whatever the table's size.

-- Epoch.leaves by amount or cumulativeAmount: an epoch's top recipients (1M leaves per epoch at scale).
CREATE INDEX epoch_rewards_amount ON epoch_rewards (chain_id, epoch, amount, account);
CREATE INDEX epoch_rewards_cumulative ON epoch_rewards (chain_id, epoch, cumulative, account);
-- scores by value, purchases and listings by price.
CREATE INDEX ev_score_submitted_score ON ev_score_submitted (chain_id, score, block_number, log_index);
CREATE INDEX ev_model_purchased_price ON ev_model_purchased (chain_id, price, block_number, log_index);
CREATE INDEX ev_model_listed_price ON ev_model_listed (chain_id, price, block_number, log_index);
-- blockTime filters: a block's time only grows with its number and rows arrive in chain order, so a BRIN
-- index (a few pages, next to free to keep up) finds the blocks of a time range.
CREATE INDEX ev_model_submitted_time ON ev_model_submitted USING brin (block_time);
CREATE INDEX ev_score_submitted_time ON ev_score_submitted USING brin (block_time);
CREATE INDEX ev_model_listed_time ON ev_model_listed USING brin (block_time);
CREATE INDEX ev_model_purchased_time ON ev_model_purchased USING brin (block_time);

-- +goose Down
DROP INDEX ev_model_purchased_time;
DROP INDEX ev_model_listed_time;
DROP INDEX ev_score_submitted_time;
DROP INDEX ev_model_submitted_time;
DROP INDEX ev_model_listed_price;
DROP INDEX ev_model_purchased_price;
DROP INDEX ev_score_submitted_score;
DROP INDEX epoch_rewards_cumulative;
DROP INDEX epoch_rewards_amount;
