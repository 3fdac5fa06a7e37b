#!/usr/bin/env node
// oz-bench.mjs times @openzeppelin/merkle-tree (the version pinned in the root package.json) on the
// leaves bench/tree wrote: StandardMerkleTree.of(values, ["address", "uint256"]) and getProof(i) for
// every leaf. Reading and parsing the file is not timed. Prints one JSON line.
//
//   node bench/tree/oz-bench.mjs <leaves.json>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');
const version = require('@openzeppelin/merkle-tree/package.json').version;

const values = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const t0 = process.hrtime.bigint();
const tree = StandardMerkleTree.of(values, ['address', 'uint256']);
const t1 = process.hrtime.bigint();
let proofBytes = 0;
for (let i = 0; i < tree.length; i++) proofBytes += tree.getProof(i).length * 32;
const t2 = process.hrtime.bigint();
const s = (a, b) => Number(b - a) / 1e9;
console.log(JSON.stringify({
  leaves: tree.length, buildSeconds: s(t0, t1), proofsSeconds: s(t1, t2), totalSeconds: s(t0, t2),
  root: tree.root, proofBytes, version, peakRssBytes: process.resourceUsage().maxRSS * 1024,
}));
