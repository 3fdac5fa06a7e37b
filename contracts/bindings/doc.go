// Package bindings holds the Go bindings (go-ethereum abigen, classic v1 with Deploy functions) for covey's
// protocol contracts: FlockToken, Staking, TaskArena, Marketplace and RewardsDistributor. Everything except this
// file is generated from the Foundry build; never edit it by hand. Regenerate with
//
//	bash contracts/gen.sh
//
// and check that the committed bindings are current with
//
//	bash contracts/gen.sh && git diff --exit-code contracts/bindings
package bindings

//go:generate bash ../gen.sh
