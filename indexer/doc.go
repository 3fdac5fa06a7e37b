// Package indexer tails the protocol contracts' logs into Postgres, exactly once, reorg-safe and
// finality-aware. The loop follows Shovel (indexsupply): read the cursor, fetch logs and headers for the
// next range, check that the range's first block links to the stored cursor block by parent hash, then
// write raw logs, decoded event rows, block headers and derived state and advance the cursor in ONE
// transaction. A crash anywhere leaves either the whole batch or none of it.
//
// Backfill: the first fetch probes 16 blocks, then the range follows the log density (about
// WithTargetLogs logs per fetch); up to indexer.workers fetchers run ahead and encode their rows for binary
// COPY (copy.go) and the derived tables' latest event per key, so the single writer only streams
// bytes; consecutive batches that are already fetched commit in one transaction (at most 4× the
// target logs), still with their cursor. Two batch transactions overlap: the next one COPYs its rows
// while the previous one finishes, and only then takes the chain's advisory lock, checks the cursor is
// the one the previous batch committed, writes the derived state and the cursor and commits. So two
// Postgres backends write at once (the single writing backend was the backfill's bottleneck) while
// batches still commit one at a time, in order; a batch whose predecessor failed rolls back.
//
// A large backfill (estimated at 250,000 logs or more, and at least twice what is stored) drops the
// secondary indexes of the event and derived tables and builds them once caught up (deferred.go,
// table deferred_indexes): row-by-row index maintenance was ~45% of the writer's Postgres CPU. Queries
// return the same rows meanwhile, only slower; /readyz waits for the indexes. The same backfill stops
// upserting the derived tables batch by batch (a third of the writer's time) and folds every event above
// the block recorded in deferred_derived into them with one statement per table once caught up; the API
// reads stakes, delegations, reward shares and claimed totals from the events meanwhile. Batches with more to follow
// commit with synchronous_commit off: rows and cursor still commit together, so a Postgres crash can
// only lose whole recent batches, which are fetched again, and, on a server that commits synchronously
// by default, any later synchronous commit (the batch that reaches the target head, settlement's
// writes) flushes them first.
//
// # Tables (sql/migrations/00002–00011, 00900: every text column COLLATE "C")
//
//   - raw_logs: every fetched log verbatim (topics, data), PK (chain_id, block_number, log_index).
//   - blocks: headers of blocks with logs, each batch's first and last block and every block within
//     chain.reorg_bound of the head; finality unsafe/safe/finalized, promoted as the heads advance.
//   - cursors: per chain, the last fully indexed block and its hash.
//   - chain_heads (00011): per chain, the latest, safe and finalized heads the indexer last saw and when
//     (seen_at, the database's clock), written at every poll whether or not a block arrived and stamped by
//     every batch commit: its heartbeat, which the API shows and its /readyz bounds.
//   - ev_<snake_case(Event)>: one table per event of contracts/src/interfaces/*.sol; columns chain_id,
//     block_number, block_hash, block_time, tx_hash, tx_index, log_index, contract, then each argument.
//   - stake_current, delegation_current, reward_share_current, claimed_total: the latest event per key
//     (events carry resulting balances), with the (block_number, log_index) that set it.
//   - protocol_roles(chain, at_block) and protocol_parameters(chain, at_block) (00009): who holds each role
//     of each contract and each contract's parameters and pause state, replayed from the access-control,
//     pause and parameter events at any block (a few dozen events per deployment: nothing to keep or roll
//     back, so they are exact after any reorg).
//   - indexed_events: per chain, the events whose logs every committed block holds. An event fetched now but
//     not recorded (a newer covey asks for more events than the one that indexed the blocks, as 00009 did) is
//     fetched over the indexed blocks before the next step and recorded (catchup.go): no re-index on upgrade.
//
// The Registry is built from the ABIs of the protocol contracts in contracts/bindings (not the token's
// ERC-20 events) and maps events onto tables by name. The indexer asks the node for every event of the
// registry; at start it decodes the events that have a table, and keeps the others in raw_logs only (Status
// counts them there), so a new event (an admin event, FL Alliance's) is never dropped and needs only its
// migration to be decoded from then on. Check refuses to start when a table's columns do not match its
// event or a core protocol event has no table.
//
// # Reorgs, lagging nodes, finality
//
// A parent-hash mismatch is confirmed by asking the RPC twice before anything is deleted: a node that
// does not have the block (or reports a lower head) is lagging and is waited for. The common ancestor is
// the highest stored block within reorg_bound whose hash the chain still has; everything above it is
// deleted and derived state recomputed in one transaction. A chain that only got shorter (head below the
// cursor, the stored blocks up to it unchanged) is rolled back when no endpoint has the block after its
// head in two asks; an endpoint that gives no answer at all (timed out, refused) has no say, one that
// answers with an error is asked again (F9, F13). A deeper reorg returns *ReorgTooDeepError and
// changes nothing. The target head is the finalized or safe tag, or latest − confirmations; with
// follow_unsafe the indexer goes to latest and marks newer blocks unsafe.
//
// # The chain (Source)
//
// The indexer reads the chain through Source, the small interface it declares (Shovel's Source):
// heads and tags, headers, logs, and a poll of every endpoint for reorg and fork decisions. New dials a
// *chainrpc.Pool over chain.rpc (failover, retries, hedging, quarantines: package chainrpc) unless
// WithSource hands it one: a pool the command dialled once, or an in-memory chain in tests
// (internal/memchain).
//
// # Wiring (cmd/covey)
//
//	covey index:   ix, err := indexer.New(cfg, pool, indexer.WithLogger(log),
//	                   indexer.WithNotifier(notify.Redis{Client: rdb, Prefix: prefix}), // optional
//	                   indexer.WithSource(rpcPool))                                     // optional: else dialled here
//	               defer ix.Close()
//	               err = ix.Run(ctx)            // follows the head until ctx is cancelled
//	               err = ix.RunUntilSynced(ctx) // `covey index --until-synced`: stop at the target head
//	covey status:  rep, err := indexer.Status(ctx, pool, rpcClient) // rpcClient may be nil; print JSON
//
// Metrics (namespace covey_indexer): indexed_block, head_block, lag_blocks, lag_seconds,
// logs_written_total, reorgs_total, reorg_depth_blocks (histogram), held_below_finalized, and its RPC
// pool's rpc_* series (chainrpc: requests and errors by method, rate limiting, per-endpoint
// disagreements, lagging answers, quarantines, hedges and timeouts).
//
// Run the migrations (coveysql.Migrate) before New. Metrics go to prometheus.DefaultRegisterer unless
// WithRegisterer is given. Every head is NOTIFY'd on Postgres in its batch transaction and, after the
// commit, published WithNotifier (notify.Redis): internal/notify's vocabulary (notify.HeadEvent on
// covey:head:<id> and covey_head), which the API hears with or without Redis.
package indexer
