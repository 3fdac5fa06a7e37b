-- +goose Up
-- The derived tables lose their regex CHECKs, as the event tables never had them (why: 00003): only the
-- indexer writes them, from event columns its encoder fills from fixed-size byte arrays, so the format
-- cannot vary; a regex per row was a fifth of the end-of-backfill fold's time.
ALTER TABLE stake_current DROP CONSTRAINT IF EXISTS stake_current_account_check;
ALTER TABLE delegation_current DROP CONSTRAINT IF EXISTS delegation_current_delegator_check;
ALTER TABLE delegation_current DROP CONSTRAINT IF EXISTS delegation_current_participant_check;
ALTER TABLE reward_share_current DROP CONSTRAINT IF EXISTS reward_share_current_account_check;
ALTER TABLE claimed_total DROP CONSTRAINT IF EXISTS claimed_total_account_check;

-- +goose Down
ALTER TABLE stake_current ADD CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$');
ALTER TABLE delegation_current ADD CHECK (length(delegator) = 42 AND delegator ~ '^0x[0-9a-f]*$');
ALTER TABLE delegation_current ADD CHECK (length(participant) = 42 AND participant ~ '^0x[0-9a-f]*$');
ALTER TABLE reward_share_current ADD CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$');
ALTER TABLE claimed_total ADD CHECK (length(account) = 42 AND account ~ '^0x[0-9a-f]*$');
