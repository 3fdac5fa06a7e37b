-- +goose Up
-- The FL slash-dodge fix and FLAlliance's member list (conventions of 00003/00300: block/tx/log position, the
-- emitting contract, one column per event argument in snake_case, no CHECKs).
--
-- Staking keeps own stake requested for withdrawal slashable until withdrawn (so an FL participant cannot escape
-- a round's slash by requesting an unstake first): a slash takes active stake (Slashed) and then open unstake
-- requests, newest first, each reduction a WithdrawalSlashed event. The table lives in the FL range because the
-- FL Alliance fix brought it; indexer/registry.go binds it like any ev_ table.
-- WithdrawalSlashed(address indexed account, uint256 indexed taskId, uint256 indexed requestId, uint256 amount, uint256 newAmount, address recipient, address slasher)
CREATE TABLE ev_withdrawal_slashed (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    account text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    request_id numeric(78,0) NOT NULL,
    amount numeric(78,0) NOT NULL,
    new_amount numeric(78,0) NOT NULL,
    recipient text NOT NULL,
    slasher text NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_withdrawal_slashed (chain_id, request_id);
CREATE INDEX ON ev_withdrawal_slashed (chain_id, account);

-- MemberJoined(uint256 indexed taskId, address indexed account, uint256 stake)
CREATE TABLE ev_member_joined (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    account text NOT NULL,
    stake numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_member_joined (chain_id, task_id, account);
-- MemberLeft(uint256 indexed taskId, address indexed account, bool removed)
CREATE TABLE ev_member_left (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   text NOT NULL,
    block_time   bigint NOT NULL,
    tx_hash      text NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text NOT NULL,
    task_id numeric(78,0) NOT NULL,
    account text NOT NULL,
    removed boolean NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX ON ev_member_left (chain_id, task_id, account);
-- withdrawal_current looks Withdrawn up by request id (00003 gave ev_withdrawn no secondary index).
CREATE INDEX ev_withdrawn_request ON ev_withdrawn (chain_id, request_id);

-- Every withdrawal request (UnstakeRequested: own stake, slashable; Undelegated: a delegation, never slashed)
-- with what it holds now: `amount` is the requested amount less every WithdrawalSlashed of the request (the
-- latest new_amount), i.e. what withdraw pays or paid; `withdrawn` once a Withdrawn names it. A view over the
-- event tables, so it is exact after any reorg without derived-table bookkeeping; pending own stake per
-- account is SUM(amount) WHERE slashable AND NOT withdrawn.
CREATE VIEW withdrawal_current AS
SELECT q.chain_id, q.contract, q.request_id, q.owner, q.task_id, q.participant, q.slashable,
       q.amount AS requested,
       coalesce((SELECT s.new_amount FROM ev_withdrawal_slashed s
                 WHERE s.chain_id = q.chain_id AND s.contract = q.contract AND s.request_id = q.request_id
                 ORDER BY s.block_number DESC, s.log_index DESC LIMIT 1), q.amount) AS amount,
       q.available_at,
       EXISTS (SELECT 1 FROM ev_withdrawn w
               WHERE w.chain_id = q.chain_id AND w.contract = q.contract AND w.request_id = q.request_id) AS withdrawn,
       q.block_number, q.log_index
FROM (SELECT chain_id, contract, request_id, account AS owner, task_id, NULL::text AS participant, true AS slashable,
             amount, available_at, block_number, log_index
      FROM ev_unstake_requested
      UNION ALL
      SELECT chain_id, contract, request_id, delegator, task_id, participant, false, amount, available_at,
             block_number, log_index
      FROM ev_undelegated) q;

-- +goose Down
DROP VIEW withdrawal_current;
DROP INDEX ev_withdrawn_request;
DROP TABLE ev_member_left;
DROP TABLE ev_member_joined;
DROP TABLE ev_withdrawal_slashed;
