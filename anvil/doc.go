// Package anvil runs covey's deterministic local devnet and drives realistic protocol activity on it.
//
// Up starts anvil (from npm's @foundry-rs/anvil) with a fixed genesis timestamp (Genesis, a UTC midnight),
// chain id, mnemonic and a state file, deploys the protocol with the deploy script a real chain gets
// (contracts/script/Deploy.s.sol through package deploy, with the devnet's parameters), funds the
// distributor and the dev accounts, and writes anvil/deployments.json, which every other command reads to
// target the devnet with no config.
// Simulate then stakes, delegates, submits and scores models, slashes, lists and buys models across epochs,
// deterministically for a seed, so settlement and the indexer have a real chain to work on.
//
// Determinism is the point: forge's deployment is mined one block per transaction a second apart, then
// blocks are mined at explicit timestamps and transactions are sent with local nonces and fixed gas, so
// the same seed on a fresh devnet yields byte-identical logs.
package anvil
