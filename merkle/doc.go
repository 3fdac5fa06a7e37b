// Package merkle builds OpenZeppelin StandardMerkleTree-compatible Merkle trees over
// (address, uint256) leaves, so that reward claims settled by covey can be verified on-chain
// by OpenZeppelin's MerkleProof and consumed by the @openzeppelin/merkle-tree JS library.
//
// The tree is bit-identical to @openzeppelin/merkle-tree 1.0.8 with leafEncoding
// ["address", "uint256"] and default options (sortLeaves: true):
//
//   - leaf   = keccak256(keccak256(abi.encode(address, uint256)))
//   - leaves are sorted ascending by hash (stable, original order on ties) and placed at the
//     end of a heap array of length 2n-1 in reverse order: sorted leaf k sits at index 2n-2-k
//   - node i = keccak256(sort(node 2i+1, node 2i+2)) — a "sorted pair" hash
//   - a proof is the list of siblings from the leaf up to (excluding) the root
//   - the JSON dump is the library's "standard-v1" format (see Dump and Load).
//
// Building is parallelised across GOMAXPROCS for large inputs and allocates no memory per node.
package merkle
