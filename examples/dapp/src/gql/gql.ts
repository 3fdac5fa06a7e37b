/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query StakerRewards($account: Address!) {\n    account(address: $account) {\n      address\n      stakes { task role amount }\n      rewards(first: 100) {\n        nodes { epoch amount cumulativeAmount parts { task role kind source amount } }\n      }\n      claim {\n        epoch\n        root\n        cumulativeAmount\n        acceptedCumulativeAmount\n        claimed\n        claimable\n        proof\n        distributor\n        calldata\n      }\n    }\n  }\n": typeof types.StakerRewardsDocument,
    "\n  subscription ClaimUpdates($account: Address!) {\n    claimable(account: $account) { epoch claimed claimable acceptedCumulativeAmount }\n  }\n": typeof types.ClaimUpdatesDocument,
    "\n  subscription Heads {\n    head { chainId block fromBlock toBlock hash time }\n  }\n": typeof types.HeadsDocument,
};
const documents: Documents = {
    "\n  query StakerRewards($account: Address!) {\n    account(address: $account) {\n      address\n      stakes { task role amount }\n      rewards(first: 100) {\n        nodes { epoch amount cumulativeAmount parts { task role kind source amount } }\n      }\n      claim {\n        epoch\n        root\n        cumulativeAmount\n        acceptedCumulativeAmount\n        claimed\n        claimable\n        proof\n        distributor\n        calldata\n      }\n    }\n  }\n": types.StakerRewardsDocument,
    "\n  subscription ClaimUpdates($account: Address!) {\n    claimable(account: $account) { epoch claimed claimable acceptedCumulativeAmount }\n  }\n": types.ClaimUpdatesDocument,
    "\n  subscription Heads {\n    head { chainId block fromBlock toBlock hash time }\n  }\n": types.HeadsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakerRewards($account: Address!) {\n    account(address: $account) {\n      address\n      stakes { task role amount }\n      rewards(first: 100) {\n        nodes { epoch amount cumulativeAmount parts { task role kind source amount } }\n      }\n      claim {\n        epoch\n        root\n        cumulativeAmount\n        acceptedCumulativeAmount\n        claimed\n        claimable\n        proof\n        distributor\n        calldata\n      }\n    }\n  }\n"): (typeof documents)["\n  query StakerRewards($account: Address!) {\n    account(address: $account) {\n      address\n      stakes { task role amount }\n      rewards(first: 100) {\n        nodes { epoch amount cumulativeAmount parts { task role kind source amount } }\n      }\n      claim {\n        epoch\n        root\n        cumulativeAmount\n        acceptedCumulativeAmount\n        claimed\n        claimable\n        proof\n        distributor\n        calldata\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClaimUpdates($account: Address!) {\n    claimable(account: $account) { epoch claimed claimable acceptedCumulativeAmount }\n  }\n"): (typeof documents)["\n  subscription ClaimUpdates($account: Address!) {\n    claimable(account: $account) { epoch claimed claimable acceptedCumulativeAmount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Heads {\n    head { chainId block fromBlock toBlock hash time }\n  }\n"): (typeof documents)["\n  subscription Heads {\n    head { chainId block fromBlock toBlock hash time }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;