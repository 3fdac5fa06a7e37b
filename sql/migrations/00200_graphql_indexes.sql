-- +goose Up
-- Indexes for the GraphQL API's lookups that the indexer and settlement schemas do not already serve.

-- Submission.consensusScore: latest settled score of a submission.
CREATE INDEX epoch_leaderboard_submission ON epoch_leaderboard (chain_id, submission_id, epoch)
    WHERE submission_id IS NOT NULL;
-- Task.leaderboard: a task's latest epoch.
CREATE INDEX epoch_leaderboard_task ON epoch_leaderboard (chain_id, task_id, epoch);
-- Status: highest safe / finalized block.
CREATE INDEX blocks_finality ON blocks (chain_id, finality, number);
-- tasks(creator:)
CREATE INDEX ev_task_created_creator ON ev_task_created (chain_id, creator);
-- Time travel: latest event per key at or below a block.
CREATE INDEX ev_staked_account_block ON ev_staked (chain_id, account, block_number, log_index);
CREATE INDEX ev_unstake_requested_account_block ON ev_unstake_requested (chain_id, account, block_number, log_index);
CREATE INDEX ev_slashed_account_block ON ev_slashed (chain_id, account, block_number, log_index);
CREATE INDEX ev_reward_share_set_account_block ON ev_reward_share_set (chain_id, account, block_number, log_index);

-- +goose Down
DROP INDEX ev_reward_share_set_account_block;
DROP INDEX ev_slashed_account_block;
DROP INDEX ev_unstake_requested_account_block;
DROP INDEX ev_staked_account_block;
DROP INDEX ev_task_created_creator;
DROP INDEX blocks_finality;
DROP INDEX epoch_leaderboard_task;
DROP INDEX epoch_leaderboard_submission;
