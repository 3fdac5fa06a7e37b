// Claiming with viem: the distributor's claim(account, cumulativeAmount, proof) with the amounts and
// proof the API returns. Anyone may send it; the tokens always go to `account`:
//
//   await wallet.writeContract({ address: claim.distributor, abi: distributorAbi, functionName: 'claim',
//     args: claimArgs(account, claim) });
import { encodeFunctionData, parseAbi } from 'viem';

export const distributorAbi = parseAbi([
  'function claim(address account, uint256 cumulativeAmount, bytes32[] proof)',
  'function claimed(address account) view returns (uint256)',
  'function token() view returns (address)',
]);

export const erc20Abi = parseAbi(['function balanceOf(address account) view returns (uint256)']);

/** The claim fields a transaction needs, as the API returns them. */
export interface ClaimFields {
  distributor?: `0x${string}` | null;
  acceptedCumulativeAmount: string;
  proof: `0x${string}`[];
}

/** The claim call's arguments: amounts are exact bigint, never number. */
export function claimArgs(account: `0x${string}`, c: ClaimFields) {
  return [account, BigInt(c.acceptedCumulativeAmount), c.proof] as const;
}

/** The calldata viem encodes for the claim (the API's `calldata` field must be the same bytes). */
export function claimCalldata(account: `0x${string}`, c: ClaimFields): `0x${string}` {
  return encodeFunctionData({ abi: distributorAbi, functionName: 'claim', args: claimArgs(account, c) });
}
