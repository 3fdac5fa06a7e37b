// The operations this dApp sends. graphql-codegen reads them from here and generates their types
// (src/gql/); `graphql(...)` returns a typed document, so results and variables are checked by tsc.
import { graphql } from './gql/index.js';

/** A staker's rewards epoch by epoch and the claim ready to send. */
export const StakerRewards = graphql(`
  query StakerRewards($account: Address!) {
    account(address: $account) {
      address
      stakes { task role amount }
      rewards(first: 100) {
        nodes { epoch amount cumulativeAmount parts { task role kind source amount } }
      }
      claim {
        epoch
        root
        cumulativeAmount
        acceptedCumulativeAmount
        claimed
        claimable
        proof
        distributor
        calldata
      }
    }
  }
`);

/** The staker's claim now and whenever it may have changed (a new head or epoch). */
export const ClaimUpdates = graphql(`
  subscription ClaimUpdates($account: Address!) {
    claimable(account: $account) { epoch claimed claimable acceptedCumulativeAmount }
  }
`);

/** New indexed heads, each with the blocks it announces: the ranges cover every block once, in order. */
export const Heads = graphql(`
  subscription Heads {
    head { chainId block fromBlock toBlock hash time }
  }
`);
