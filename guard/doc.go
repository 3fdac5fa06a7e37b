// Package guard watches a RewardsDistributor's timelock for anyone (an auditor, the community, the
// operator's second team): it verifies every pending root as soon as it appears, from the chain alone
// (settlement.Verifier: manifests authenticated by the chain, logs through an RPC, no database), and
// when a root does not reproduce it sends revokePendingRoot with a guardian key before validAt, or,
// without one, raises the alarm (an ERROR log, a metric, an optional webhook). A root that verifies is
// left alone and recorded as verified.
//
// The chain is the truth: each step reads the distributor's pending root (and its accepted one, so a
// root that went live while the guard was down is still verified, and alarmed about when it does not
// reproduce). The guard's own record is a small state file: what it decided about each root and, for a
// revocation, the signed transaction, written (and fsynced) before the transaction is sent, as
// settlement's publisher does. A guard killed anywhere and restarted re-broadcasts the stored
// transaction (the same bytes, so the same hash: never a second revocation), or finds its receipt.
//
// A root it cannot verify (its manifest nowhere to be found, or not the one the chain names; the RPCs
// failing) is retried every poll and alarmed about; once the chain's time is within RevokeBefore of
// validAt and it still could not be verified, it is revoked as unverifiable: a root nobody can
// reproduce must not go live.
package guard
