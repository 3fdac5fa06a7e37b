// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";

/// @notice Builds sorted-pair Merkle trees over StandardMerkleTree leaves in tests. The layout differs from
/// OpenZeppelin's JS library (pairs adjacent nodes, promotes an odd last node) but every proof verifies with
/// OpenZeppelin MerkleProof, which is what the distributor uses. OZ JS interop is tested with a fixture.
library MerkleHelper {
    function leaf(address account, uint256 amount) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, amount))));
    }

    function leaves(address[] memory accounts, uint256[] memory amounts) internal pure returns (bytes32[] memory l) {
        l = new bytes32[](accounts.length);
        for (uint256 i; i < accounts.length; ++i) {
            l[i] = leaf(accounts[i], amounts[i]);
        }
    }

    function _next(bytes32[] memory level) private pure returns (bytes32[] memory up) {
        up = new bytes32[]((level.length + 1) / 2);
        for (uint256 i; i < up.length; ++i) {
            uint256 l = 2 * i;
            up[i] = l + 1 < level.length ? Hashes.commutativeKeccak256(level[l], level[l + 1]) : level[l];
        }
    }

    function root(bytes32[] memory level) internal pure returns (bytes32) {
        require(level.length > 0, "empty");
        while (level.length > 1) {
            level = _next(level);
        }
        return level[0];
    }

    function proof(bytes32[] memory level, uint256 index) internal pure returns (bytes32[] memory p) {
        bytes32[] memory tmp = new bytes32[](256);
        uint256 n;
        while (level.length > 1) {
            uint256 sib = index ^ 1;
            if (sib < level.length) tmp[n++] = level[sib];
            level = _next(level);
            index /= 2;
        }
        p = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            p[i] = tmp[i];
        }
    }
}
