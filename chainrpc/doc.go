// Package chainrpc reads one EVM chain through several JSON-RPC URLs as if they were one reliable node.
// Everything covey reads from the chain goes through it: the indexer (which consumes it through its own
// small Source interface), and the commands that check settlement against chain logs without Postgres.
//
// A Pool fails over between endpoints with jittered exponential backoff, rate-limits each endpoint
// with a token bucket that halves on HTTP 429, hedges a request past a node that does not answer
// (hedge.go, F2), and quarantines for a while an endpoint that lags or follows another fork (endpoints.go,
// F6). Nothing an endpoint says is trusted alone where it matters: eth_getLogs is batched with the
// header of the range's last block (a lagging node shows itself by lacking it, a node on another fork
// by its hash), HeaderByNumber and Headers ask the next endpoint for blocks one lacks, Latest is the
// highest head among the endpoints, and Poll asks every endpoint at once so a caller can tell a reorg
// from a lagging node (Judge). Logs splits ranges providers refuse and adapts the range to the log
// density (Ranges). The eth_getLogs hot path bypasses go-ethereum's client for plain HTTP (rawrpc.go,
// logjson.go: one pass over the envelope, a direct log decoder).
//
// URLs carry API keys: only their scheme://host (internal/redact, prefixed rpcN: by position) reaches
// logs, errors and metric labels. Metrics are covey_<Options.Subsystem>_rpc_{requests,errors}_total{method},
// rpc_rate_limited_total and, per endpoint, rpc_{disagreements,lagging_answers,quarantines,hedged,
// timeouts}_total.
//
//	p, err := chainrpc.Dial(cfg.Chain.RPC, indexer.RPCOptions(cfg)) // or chainrpc.Options{...}
//	defer p.Close()
//	id, err := p.ChainID(ctx)                                        // every reachable endpoint agrees
//	head, err := p.Latest(ctx)
//	fin, err := p.HeaderByTag(ctx, "finalized")
//	logs, parts, err := p.Logs(ctx, from, to, chainrpc.Filter{Addresses: addrs}, chainrpc.NewRanges(2000, 1, 100_000, 0))
//
// It imports nothing of covey but small internal helpers: indexer, settlement and graphql may all import it.
package chainrpc
