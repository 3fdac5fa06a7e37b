// Package chaos is covey's adversarial suite: it runs the real binary (built from ./cmd/covey) against
// a real anvil chain, a real Postgres and a real Redis, and breaks things on purpose — kill -9 at
// random points, chain reorganizations, lying and failing RPCs, dependencies going away, concurrent
// writers, hostile GraphQL clients, malformed logs and sustained load. After every round the database
// is compared with a fresh index of the canonical chain (see oracle_test.go): nothing may be lost,
// duplicated or left behind.
//
// Without build tags the suite runs a short smoke variant (a few rounds of each scenario) as part of
// `go test ./...`; with `-tags chaos` it runs the long variant (`make chaos`). RELIABILITY.md at the
// repository root lists every scenario, its command, its rounds and what it found.
//
// Knobs (environment): CHAOS_SEED fixes the random seed (every test logs the seed it used),
// CHAOS_ROUNDS overrides the number of rounds of round-based scenarios, CHAOS_LOAD_DURATION sets the
// load test's duration (default 5m), CHAOS_SOAK runs the soak (TestSoak, `make soak`) for that long,
// CHAOS_STRICT=1 turns known open findings from skips into failures.
package chaos
