// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Deployer} from "./utils/Deployer.sol";
import {RewardsDistributor} from "../src/RewardsDistributor.sol";

/// @notice Claims every leaf of a tree built by @openzeppelin/merkle-tree (StandardMerkleTree, types
/// ['address','uint256']) through the distributor. Regenerate the fixture with `node scripts/oz-fixture.mjs`.
contract OzInteropTest is Deployer {
    string internal json;

    function setUp() public {
        deployAll();
        json = vm.readFile("test/fixtures/oz-tree.json");
        uint256 total = vm.parseJsonUint(json, ".total");
        vm.prank(treasury);
        token.approve(address(dist), total);
        vm.prank(treasury);
        dist.fund(0, total);
        vm.prank(proposer);
        dist.proposeRoot(vm.parseJsonBytes32(json, ".root"), 1, total, keccak256("oz-fixture"));
        vm.warp(block.timestamp + 1 days);
        dist.acceptRoot();
    }

    function _key(uint256 i, string memory field) internal pure returns (string memory) {
        return string.concat(".leaves[", _itoa(i), "].", field);
    }

    function _itoa(uint256 v) internal pure returns (string memory) {
        if (v == 0) return "0";
        bytes memory b;
        while (v > 0) {
            b = bytes.concat(bytes1(uint8(48 + v % 10)), b);
            v /= 10;
        }
        return string(b);
    }

    function test_ClaimsEveryLeafOfAnOzTree() public {
        uint256 count = vm.parseJsonUint(json, ".count");
        vm.assertGt(count, 0);
        for (uint256 i; i < count; ++i) {
            address account = vm.parseJsonAddress(json, _key(i, "account"));
            uint256 amount = vm.parseJsonUint(json, _key(i, "amount"));
            bytes32 leaf = vm.parseJsonBytes32(json, _key(i, "leaf"));
            bytes32[] memory proof = vm.parseJsonBytes32Array(json, _key(i, "proof"));
            vm.assertEq(dist.leafOf(account, amount), leaf, "leaf hash differs from OZ StandardMerkleTree");
            vm.prank(stranger);
            vm.assertEq(dist.claim(account, amount, proof), amount);
            vm.assertEq(token.balanceOf(account), amount);
            // and the proof is bound to its account
            if (i > 0) {
                address prev = vm.parseJsonAddress(json, _key(i - 1, "account"));
                vm.expectRevert(RewardsDistributor.InvalidProof.selector);
                dist.claim(prev, amount, proof);
            }
        }
        vm.assertEq(dist.totalClaimed(), vm.parseJsonUint(json, ".total"));
        vm.assertEq(token.balanceOf(address(dist)), 0);
    }
}
