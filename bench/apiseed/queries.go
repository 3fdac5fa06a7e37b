package apiseed

import (
	"encoding/base64"
	"encoding/json"
)

// The operations the API benchmarks send (graphql/bench_test.go and benchrun's API section), so
// both measure the same documents.
const (
	// ClaimQuery ($a: an account) asks for every field of Query.claim, calldata included.
	ClaimQuery = `query($a: Address!) { claim(account: $a) { account settledEpoch cumulativeAmount claimed epoch root
	acceptedCumulativeAmount claimable proof distributor calldata } }`
	// LeaderboardQuery ($t: a task id) is a task's latest leaderboard (Nodes+Validators entries).
	LeaderboardQuery = `query($t: BigInt!) { task(id: $t) { id creator leaderboard { epoch account role rank score qualityPpm submission reward } } }`
	// EpochPageQuery ($n: an epoch, $after: a leaf cursor or null) is an epoch with its pools and
	// a page of 25 leaves.
	EpochPageQuery = `query($n: Int!, $after: String) { epoch(number: $n) { number status start end root emission revenue totalEpoch totalCumulative
	treasuryResidual leafCount manifestHash policyVersion
	pools { task stakeSeconds emission revenue fee nodePool validatorPool residual }
	leaves(first: 25, after: $after) { nodes { account amount cumulativeAmount } pageInfo { hasNextPage endCursor } } } }`
	// TopRecipientsQuery ($n: an epoch) is the epoch's 100 largest payouts (orderBy amount, DESC).
	TopRecipientsQuery = `query($n: Int!) { epoch(number: $n) { number leaves(first: 100, orderBy: amount, orderDirection: DESC) {
	nodes { account amount cumulativeAmount } pageInfo { hasNextPage endCursor } } } }`
	// RewardsQuery ($a: an account) is the account's latest 25 per-epoch rewards with their parts.
	RewardsQuery = `query($a: Address!) { account(address: $a) { address rewards(first: 25, orderDirection: DESC) {
	nodes { epoch amount cumulativeAmount parts { task role kind source amount } } pageInfo { hasNextPage endCursor } } } }`
)

// LeafCursor is the cursor of account i's leaf in an epoch's leaves (they are ordered by
// account): the page after it starts at the next account.
func LeafCursor(i int) string {
	b, _ := json.Marshal([]string{Addr(i)})
	return base64.RawURLEncoding.EncodeToString(b)
}
