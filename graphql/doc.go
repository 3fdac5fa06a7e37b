// Package graphql serves covey's read-only GraphQL API over the tables the indexer and the
// settlement engine write (it never imports them; Postgres and Redis are the contract).
//
// Wiring, from cmd/covey:
//
//	srv, err := graphql.NewServer(pool, graphql.Options{
//		ChainID:            cfg.ChainID,
//		Distributor:        deployments.RewardsDistributor, // zero: the RootAccepted emitter
//		Redis:              rdb,                            // nil: in-process broker + DB polling, no cache
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
// Routes (Server.Handler): GraphiQL at /, the API at /graphql (POST application/json, GET with
// query/variables/operationName parameters, and WebSocket upgrades speaking
// graphql-transport-ws for subscriptions), /healthz, /readyz (database reachable and an indexer
// cursor exists) and /metrics (Prometheus).
//
// Notifications: the indexer publishes {chain_id, block, hash, time} on Redis channel
// covey:head:<chain id> and settlement publishes {chain_id, epoch, root} on covey:epoch:<chain id>.
// Subscriptions (head, epochSettled, claimable) and response-cache invalidation follow them.
//
// Errors carry extensions.code: BAD_USER_INPUT, NOT_FOUND, LIMIT (with extensions.limit naming
// it: first, depth, complexity, body, timeout, rate) or INTERNAL (details are only logged).
package graphql
