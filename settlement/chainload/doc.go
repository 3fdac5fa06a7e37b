// Package chainload builds the reward engine's input straight from the protocol contracts' logs, in
// memory, with no database: the second path to engine.EpochInput beside settlement.Load (which reads
// the indexer's Postgres tables), on purpose. The two are written apart and must agree byte for byte
// (settlement's TestChainPathEqualsSQLPath); `covey verify`, `covey guard` and the publisher's
// self-check use this one, so whoever can write covey's database cannot choose what they check.
//
// A Reader reads through a small consumer-side Source (the logs of a set of addresses over a block
// range, headers by number; *ethclient.Client fits), decodes every log with go-ethereum's ABI decoder
// and the generated bindings (contracts/bindings), and keeps what it decoded: the next epoch re-reads
// only the logs after its cursor. Input(e) then mirrors settlement.Load rule for rule (which table
// becomes which list, which Funded events are FL slash proceeds, how a finalized FL round finds its
// participants, submissions and reveals); the rules are documented on settlement.Load.
//
// The snapshot block of an epoch (REWARDS.md §1: the last block with time < end) is found by
// FindSnapshot, a binary search over headers that settlement.SnapshotBlock calls too: one rule, two
// paths. Logs are read from the lowest start block of the contracts, as the indexer reads them.
package chainload
