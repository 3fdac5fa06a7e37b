// The dApp's story against a running covey (node --test; covey's e2e TestDAppExample starts the devnet,
// indexer and API and sets the environment): read a staker's rewards and claim with typed queries,
// watch the claim over a subscription, send the claim with viem, and see the API follow the chain.
//
// Environment: COVEY_GRAPHQL_URL (the API), COVEY_RPC_URL (the chain), COVEY_STAKER (an account with
// something claimable under the accepted root).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createPublicClient, createWalletClient, defineChain, http, type PublicClient } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';

import { claimArgs, claimCalldata, distributorAbi, erc20Abi } from '../src/claim.js';
import { Covey } from '../src/covey.js';
import { ClaimUpdates, Heads, StakerRewards } from '../src/operations.js';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const api = new Covey(env('COVEY_GRAPHQL_URL'));
const rpc = env('COVEY_RPC_URL');
const staker = env('COVEY_STAKER') as `0x${string}`;
// anvil's well-known test mnemonic (devnet only): account 9 pays for the claim, as any relayer could.
const payer = mnemonicToAccount('test test test test test test test test test test test junk', { addressIndex: 9 });

let client: PublicClient;
let chain: ReturnType<typeof defineChain>;

before(async () => {
  const probe = createPublicClient({ transport: http(rpc) });
  const id = await probe.getChainId();
  chain = defineChain({ id, name: `covey devnet ${id}`, nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [rpc] } } });
  client = createPublicClient({ chain, transport: http(rpc) }) as PublicClient;
});

after(() => api.close());

/** The next event of a subscription, or a failure after ms. */
async function next<T>(it: AsyncGenerator<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
  });
  try {
    const r = await Promise.race([it.next(), timeout]);
    if (r.done) throw new Error(`${what}: subscription ended`);
    return r.value;
  } finally {
    clearTimeout(timer);
  }
}

test('rewards add up to the claim, exactly, and the calldata is the claim viem encodes', async () => {
  const { account } = await api.query(StakerRewards, { account: staker });
  assert.equal(account.address.toLowerCase(), staker.toLowerCase());
  const rewards = account.rewards.nodes;
  assert.ok(rewards.length > 0, 'the staker has rewards');
  // uint256 amounts are decimal strings: summed as bigint, never as number.
  const total = rewards.reduce((s, r) => s + BigInt(r.amount), 0n);
  const latest = rewards.reduce((a, b) => (b.epoch > a.epoch ? b : a));
  assert.equal(total, BigInt(latest.cumulativeAmount), 'epoch amounts sum to the cumulative amount');
  assert.equal(BigInt(account.claim.cumulativeAmount), BigInt(latest.cumulativeAmount));
  for (const r of rewards) {
    assert.equal(r.parts.reduce((s, p) => s + BigInt(p.amount), 0n), BigInt(r.amount), `epoch ${r.epoch}: parts sum to the amount`);
  }

  const c = account.claim;
  assert.ok(BigInt(c.claimable) > 0n, 'something to claim');
  assert.equal(BigInt(c.claimable), BigInt(c.acceptedCumulativeAmount) - BigInt(c.claimed));
  assert.ok(c.proof.length > 0 && c.distributor);
  assert.equal(c.calldata, claimCalldata(staker, c));
});

test('the claim sent with viem pays exactly claimable, and the subscription sees it', async () => {
  const claims = api.subscribe(ClaimUpdates, { account: staker });
  const heads = api.subscribe(Heads, {});
  try {
    const first = (await next(claims, 15_000, 'current claim')).claimable;
    const { account } = await api.query(StakerRewards, { account: staker });
    const c = account.claim;
    assert.equal(first.claimable, c.claimable, 'the subscription starts from the claim as it is now');

    const distributor = c.distributor!;
    const token = await client.readContract({ address: distributor, abi: distributorAbi, functionName: 'token' });
    const balance = () => client.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [staker] });
    const before = await balance();
    const wallet = createWalletClient({ account: payer, chain, transport: http(rpc) });
    const hash = await wallet.writeContract({ chain, address: distributor, abi: distributorAbi, functionName: 'claim', args: claimArgs(staker, c) });
    const receipt = await client.waitForTransactionReceipt({ hash });
    assert.equal(receipt.status, 'success');
    assert.equal((await balance()) - before, BigInt(c.claimable), 'paid exactly claimable');
    assert.equal(
      await client.readContract({ address: distributor, abi: distributorAbi, functionName: 'claimed', args: [staker] }),
      BigInt(c.acceptedCumulativeAmount),
    );

    // The indexer picks the Claimed event up; the subscription then says nothing is left.
    let update = first;
    while (BigInt(update.claimable) !== 0n) {
      update = (await next(claims, 30_000, 'claim update after the claim')).claimable;
    }
    assert.equal(BigInt(update.claimed), BigInt(c.acceptedCumulativeAmount));

    // And the claim's block has been announced: the heads' ranges follow each other with no gap, and one
    // of them covers the block.
    let head = (await next(heads, 30_000, 'head')).head;
    while (BigInt(head.toBlock) < receipt.blockNumber) {
      const following = (await next(heads, 30_000, `head at block ${receipt.blockNumber}`)).head;
      assert.equal(following.fromBlock, head.toBlock + 1, 'each range starts after the previous one');
      head = following;
    }
    assert.equal(head.chainId, chain.id);
    assert.equal(head.block, head.toBlock);
    assert.ok(BigInt(head.fromBlock) <= receipt.blockNumber, `the message covering block ${receipt.blockNumber} starts at ${head.fromBlock}`);
  } finally {
    await claims.return(undefined);
    await heads.return(undefined);
  }
});

test('a bad address is refused with BAD_USER_INPUT, not a silent null', async () => {
  await assert.rejects(api.query(StakerRewards, { account: '0x1234' }), (e: Error & { errors?: { extensions?: { code?: string } }[] }) => {
    assert.ok(e.errors?.some((x) => x.extensions?.code === 'BAD_USER_INPUT'), e.message);
    return true;
  });
});
