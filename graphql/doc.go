// Package graphql serves covey's read-only GraphQL API over the tables the indexer and the
// settlement engine write (it never imports them; Postgres and Redis are the contract).
//
// Wiring, from cmd/covey:
//
//	srv, err := graphql.NewServer(pool, graphql.Options{
//		ChainID:            cfg.Chain.ID,
//		Distributor:        deployments.RewardsDistributor, // zero: the RootAccepted emitter
//		Redis:              rdb,                            // nil: notifications from Postgres LISTEN, no cache
//		MaxFirst:           1000,
//		MaxDepth:           12,
//		MaxComplexity:      2000,
//		MaxBodyBytes:       64 << 10,
//		Timeout:            10 * time.Second,
//		CacheTTL:           30 * time.Second,
//		RateLimitPerMinute: 600,
//		CORSOrigins:        []string{"https://app.example"},
//		Logger:             logger,
//	})
//	if err != nil { ... }
//	return srv.Run(ctx, ":8080") // graceful shutdown when ctx ends
//
// For a server-side statement_timeout and read-only sessions, configure the pool with
// ConfigurePool before opening it (the request deadline already cancels running queries).
//
// Routes (Server.Handler): GraphiQL at / (graphiql.go: the page and its pinned builds are embedded
// in the binary, under /graphiql/, so it works offline), the API at /graphql (POST application/json, GET with
// query/variables/operationName parameters, and WebSocket upgrades speaking
// graphql-transport-ws for subscriptions), /healthz and /readyz (database reachable, an indexer
// cursor exists and, with Options.MaxIndexerSilence, the indexer read the chain's head within that
// bound: its heartbeat in chain_heads, which Status.chainHead and indexerSeenAt show). Metrics are not on this listener: Gatherer hands them to cmd/covey, which serves
// them on metrics.listen.
//
// Notifications (internal/notify): the indexer announces {chain_id, from, block, hash, time} and settlement
// {chain_id, epoch, root}, on Redis (covey:head:<chain id>, covey:epoch:<chain id>) and on Postgres
// (NOTIFY covey_head, covey_epoch in the committing transaction). The server hears Redis when it has
// it, else LISTENs on Postgres on a connection of its own (broker.go); subscriptions (head,
// epochSettled, claimable) and response-cache invalidation follow them, a head arriving when it is
// committed. Each head message names the blocks it covers (fromBlock..toBlock, headRanges in
// subscription.go): heads merged by the indexer's commits or skipped by a slow subscriber lose no block.
//
// Errors carry extensions.code (docs/api.md has the table): GRAPHQL_PARSE_FAILED,
// GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT (extensions.argument or .variable, and .at inside it),
// LIMIT (extensions.limit: first, depth, complexity, nodes, body, timeout, errors, operations,
// connections), RATE_LIMITED, REPLICA_BEHIND, OVERLOADED (admission.go: HTTP 503 with Retry-After) or
// INTERNAL (details are only logged with slog, never returned). A
// request refused before execution (parse, validation, argument and variable values, checked in
// coerce.go, limits) is HTTP 400 without data under application/graphql-response+json, 200 when the
// client accepts only application/json. A single object that does not exist (task, epoch) is
// null, not an error. An answer holds at most 100 errors.
//
// Browsers (origin.go): one allow-list, CORSOrigins (origins, origins with any port as
// "http://localhost:*", or "*"), decides both CORS (preflights answered) and WebSocket upgrades.
//
// Abuse (ratelimit.go, ws.go): each client (its address, or the one a trusted proxy names in
// X-Forwarded-For) has RateLimitPerMinute operations a minute, every HTTP request, WebSocket upgrade
// and WebSocket operation counting one: GCRA in Redis (redis_rate) when Redis is set, a token bucket
// in the process (x/time/rate) otherwise or when Redis fails (RateLimitOnRedisError). A WebSocket
// connection runs at most MaxWSOperations operations at once, a client holds at most
// MaxWSConnsPerClient connections, and a connection is closed 10 s after opening without
// connection_init or after WSIdleTimeout with nothing in flight. Validation compares at most 2,000
// pairs of same-named fields and the HTTP server has a write deadline, so a request under the body
// limit costs bounded memory.
//
// Limits: depth and complexity (every field selection, aliases included, fragments expanded;
// introspection exempt) are measured before execution by a small document reader in analyze.go;
// a document it cannot read runs only if graphql-go rejects it anyway. first/last and the
// accounts list are capped by MaxFirst, and the list items a query may return (first times the
// firsts around it, defaults counted, with the request's variables) by MaxNodes; bodies by
// MaxBodyBytes; execution by Timeout.
//
// No N+1: every list hands its items a shared batch, so a nested field (stakes, claims, nested
// connections via a lateral join, consensus scores, reward parts...) is one query for all
// siblings. Lists are Relay connections over a stable keyset (chain order for events) with
// opaque base64 cursors; totalCount is one extra count query, run only when selected. where.go:
// The Graph-style `where` inputs and `orderBy` fields; a non-natural order puts its column first in
// the keyset and its name in the cursor, each orderBy column has an index (sql 00201).
//
// Cache: with Redis, a query's response is cached under the current generation (bumped by every
// head and epoch notification). A lookup reads the generation and the entry in one pipeline, and
// the cache commands of concurrent requests share pipelines (one worker); a request waits at most
// 100 ms for them, past which the cache is skipped.
//
// Performance (bench_test.go: BenchmarkClaimQuery, BenchmarkLeaderboardQuery,
// BenchmarkEpochPageQuery over a seeded settled state, BenchmarkClaimExec without SQL; they report
// req/s, p50/p99 and CPU per request of the server, Postgres and Redis). Rules the hot paths
// follow: a batch of one key binds a scalar, not an array (Postgres re-plans a prepared statement
// with an array parameter on every execution: anyKey, keyRows); a claim is one statement; fields
// that are always cheap take no context and return no error (graphql-go runs every sibling of
// such a field in its own goroutine); scalars are encoding.TextMarshalers and numerics read from
// the database are written as Postgres rendered them; checks of a document that passed them are
// remembered; a query document graphql-go validated is compiled once into a plan (plan.go) that
// calls the same resolvers and writes byte-identical JSON without graphql-go's per-field
// execution (scalar fields of list items are read by typed functions, planleaf.go), and
// graphql-go answers whatever a plan declines. benchrun's API section measures the
// real `covey serve` over a million settled accounts (BENCHMARKS.md).
//
// Database failures: every read goes through Server.query, which sends a read once more, on a
// new connection, when Postgres had closed the one it was sent on (retry.go).
//
// Consistent reads (snapshot.go): a request answered by graphql-go reads one snapshot, a
// REPEATABLE READ READ ONLY transaction on one connection opened by its first read (BEGIN sent in
// the same pipeline), its statements serialized on it; so no answer mixes two states of the index
// (status from block N with stakes from N+1, or half of it from before a reorg rollback). A lost
// connection reruns the whole request once on a new snapshot. A plan whose one read is a single statement
// (the claim query) opens none.
//
// Time travel: Account(block:) and Task.participants(block:) replay the latest new_stake /
// new_delegation / sigma_ppm event per key at or below the block; without it the indexer's
// derived *_current tables are read. minFinality: SAFE or FINALIZED (finality.go) is time travel
// to the highest indexed block at least that final (the lower of the two when block is given too),
// bounds every event list at that block, and keeps Task.leaderboard to epochs whose snapshot block
// is at or below it; UNSAFE bounds nothing.
//
// Withdrawals: Account.withdrawals lists the withdrawal_current view (unstake and undelegation
// requests, what each holds after slashes, maturity, withdrawn).
//
// Power: Query.protocol reads who holds each role of each contract, each contract's parameters and pause
// state (protocol.go, through the indexer's protocol_roles and protocol_parameters functions, replayed at the
// request's block) and the distributor's pending root; Options.Contracts names the contracts.
package graphql
