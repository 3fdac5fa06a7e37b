#!/usr/bin/env node
// Interop helper for merkle/ tests: runs @openzeppelin/merkle-tree (StandardMerkleTree,
// leafEncoding ["address","uint256"]) on the same data as the Go package.
//
//   node scripts/oz-tree.mjs build <leaves.json> <out.json>
//       leaves.json: [["0xaddr","amount"], ...] (values passed to StandardMerkleTree.of verbatim)
//       out.json:    {root, proofs: [proof of value i, ...], dump}
//   node scripts/oz-tree.mjs load <dump.json> <out.json> [proofs.json]
//       StandardMerkleTree.load(dump) (which validates it), then
//       out.json:    {root, proofs, verified} where verified counts the proofs in proofs.json
//                    (default: the tree's own) accepted by StandardMerkleTree.verify
//   node scripts/oz-tree.mjs bench <n>
//       times of() and getProof() for every value on n random leaves; prints JSON to stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import oz from '@openzeppelin/merkle-tree';

const { StandardMerkleTree } = oz;
const ENC = ['address', 'uint256'];

function allProofs(tree) {
  const proofs = [];
  for (let i = 0; i < tree.length; i++) proofs.push(tree.getProof(i));
  return proofs;
}

const [mode, ...args] = process.argv.slice(2);
switch (mode) {
  case 'build': {
    const [inPath, outPath] = args;
    const values = JSON.parse(readFileSync(inPath, 'utf8'));
    const tree = StandardMerkleTree.of(values, ENC);
    writeFileSync(outPath, JSON.stringify({ root: tree.root, proofs: allProofs(tree), dump: tree.dump() }));
    break;
  }
  case 'load': {
    const [dumpPath, outPath, proofsPath] = args;
    const tree = StandardMerkleTree.load(JSON.parse(readFileSync(dumpPath, 'utf8')));
    const proofs = allProofs(tree);
    const check = proofsPath ? JSON.parse(readFileSync(proofsPath, 'utf8')) : proofs;
    let verified = 0;
    for (const [i, value] of tree.entries()) {
      if (check[i] && StandardMerkleTree.verify(tree.root, ENC, value, check[i])) verified++;
    }
    writeFileSync(outPath, JSON.stringify({ root: tree.root, proofs, verified }));
    break;
  }
  case 'bench': {
    const n = Number(args[0] ?? 100000);
    const values = [];
    for (let i = 0; i < n; i++) {
      values.push(['0x' + randomBytes(20).toString('hex'), BigInt('0x' + randomBytes(12).toString('hex')).toString()]);
    }
    const t0 = performance.now();
    const tree = StandardMerkleTree.of(values, ENC);
    const t1 = performance.now();
    const proofs = allProofs(tree);
    const t2 = performance.now();
    console.log(JSON.stringify({ n, root: tree.root, proofs: proofs.length, ofMs: t1 - t0, proofsMs: t2 - t1, totalMs: t2 - t0 }));
    break;
  }
  default:
    console.error('usage: oz-tree.mjs build <leaves.json> <out.json> | load <dump.json> <out.json> [proofs.json] | bench <n>');
    process.exit(2);
}
