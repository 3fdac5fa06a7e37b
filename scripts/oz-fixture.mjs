#!/usr/bin/env node
// Writes contracts/test/fixtures/oz-tree.json: an OpenZeppelin StandardMerkleTree over
// (address account, uint256 cumulativeAmount) leaves, built by @openzeppelin/merkle-tree (pinned in package.json),
// with its root, every leaf hash and every proof. contracts/test/OzInterop.t.sol claims every leaf through the
// RewardsDistributor, proving the contract verifies trees built by the reference JS library.
// Deterministic: rerunning it rewrites the same file.   node scripts/oz-fixture.mjs
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'contracts', 'test', 'fixtures', 'oz-tree.json');

// Amounts are decimal strings (uint256 does not fit a JS number). Includes a zero-padded-looking address,
// a 1-wei leaf, a large amount, and an odd leaf count so the tree is unbalanced.
const values = [
  ['0x1111111111111111111111111111111111111111', '1000000000000000000'],
  ['0x2222222222222222222222222222222222222222', '250000000000000000000'],
  ['0x00000000000000000000000000000000000000aa', '1'],
  ['0xAbCdEf0123456789aBcDeF0123456789AbCdEf01', '123456789012345678901234567'],
  ['0x9999999999999999999999999999999999999999', '42000000000000000000'],
];

const tree = StandardMerkleTree.of(values, ['address', 'uint256']);
let total = 0n;
const leaves = [];
for (const [i, [account, amount]] of tree.entries()) {
  total += BigInt(amount);
  leaves.push({
    account: account.toLowerCase(),
    amount,
    leaf: tree.leafHash([account, amount]),
    proof: tree.getProof(i),
  });
}

const fixture = { root: tree.root, count: leaves.length, total: total.toString(), leaves };
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(fixture, null, 2) + '\n');
console.log(`oz-fixture: wrote ${leaves.length} leaves, root ${tree.root}, to ${out}`);
