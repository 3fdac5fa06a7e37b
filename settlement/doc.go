// Package settlement turns indexed chain events into settled reward epochs: it loads an epoch's
// events from Postgres (Load), runs the pure reward engine (settlement/engine), adds the epoch to
// every account's cumulative amount, builds the OpenZeppelin-compatible Merkle tree (merkle), writes
// the canonical manifest (spec §10, docs/auditors.md) and stores it all in one transaction
// (Settler.Settle). Publisher proposes and accepts roots on the RewardsDistributor crash-safely,
// Scheduler runs all of it on a cron with exactly one replica settling each epoch.
//
// The same epoch can be built without a database, from the contracts' logs read through an RPC
// (LoadChain over settlement/chainload, then Build): the Verifier behind `covey verify` and `covey
// guard` reproduces a distributor's roots that way from manifests the chain authenticates, and the
// publisher's SelfCheck re-derives each epoch that way before proposing it.
//
// Settlement never imports the indexer: the two meet in the ev_*, blocks and cursors tables.
//
// # Input hash
//
// The manifest's inputHash lets an auditor check that they fed the engine the same events. It is
// keccak256 over this byte string (see InputHash):
//
//	{"delegationChanges":[…],"epoch":"E","flRounds":[…],"purchases":[…],"rewardShares":[…],
//	 "scores":[…],"slashFunds":[…],"stakeChanges":[…],"submissions":[…],"tasks":[…]}
//
// with no white space, every scalar a JSON string (decimal integers, lowercase 0x addresses), object
// keys sorted, event lists sorted by (block, logIndex), tasks by id. Elements:
//
//	delegationChange {"block","delegator","logIndex","newDelegation","participant","task","time"}
//	flRound          {"accepted","block","logIndex","proposers":[{"account","submitted"}],"round","task","time",
//	                  "voters":[{"accept","account","revealed"}]}   (booleans as "true"/"false")
//	purchase         {"block","logIndex","net","task","time"}
//	rewardShare      {"account","block","logIndex","sigmaPpm","time"}
//	score            {"block","logIndex","score","submission","time","validator"}
//	slashFund        {"amount","block","logIndex","task","time"}
//	stakeChange      {"account","block","logIndex","newStake","role","task","time"}
//	submission       {"block","id","logIndex","node","task","time"}
//	task             {"id","kind"}   (kind "arena" or "fl")
//
// The event set of epoch E is every protocol event in a block numbered <= the snapshot block of E
// (Load documents where each list comes from).
package settlement
