// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Deployer} from "./utils/Deployer.sol";
import {MerkleHelper} from "./utils/MerkleHelper.sol";
import {Roles} from "../src/interfaces/Roles.sol";

/// @notice The devnet story end to end: a task, staked node and validator, a submission and its score, a model
/// sale funding the distributor, a settled root, and the claims it pays.
contract FlowTest is Deployer {
    function test_EndToEnd() public {
        deployAll();
        address node = address(0x40DE);
        address validator = address(0x7A11D);
        address delegator = address(0xDE1E);
        address buyer = address(0xB17E);
        fundAndApprove(node, address(staking), 100 ether);
        fundAndApprove(validator, address(staking), 100 ether);
        fundAndApprove(delegator, address(staking), 100 ether);
        fundAndApprove(buyer, address(market), 100 ether);

        vm.prank(taskAdmin);
        arena.createTask(1, "ipfs://t1", uint64(block.timestamp), uint64(block.timestamp + 7 days));
        vm.prank(node);
        staking.stake(1, Roles.NODE, 50 ether);
        vm.prank(validator);
        staking.stake(1, Roles.VALIDATOR, 50 ether);
        vm.prank(node);
        staking.setRewardShare(100_000);
        vm.prank(delegator);
        staking.delegate(1, node, 20 ether);

        vm.prank(node);
        uint256 sub = arena.submitModel(1, keccak256("weights"), "ipfs://w");
        vm.prank(validator);
        arena.submitScore(sub, 900_000);

        vm.prank(node);
        uint256 modelId = market.listModel(1, sub, 80 ether);
        vm.prank(buyer);
        market.purchase(modelId);
        vm.assertEq(dist.totalFunded(), 76 ether);

        // settlement splits the 76 FLOCK: node 50, validator 20, delegator 6
        address[] memory acc = new address[](3);
        uint256[] memory amt = new uint256[](3);
        (acc[0], acc[1], acc[2]) = (node, validator, delegator);
        (amt[0], amt[1], amt[2]) = (50 ether, 20 ether, 6 ether);
        bytes32[] memory leaves = MerkleHelper.leaves(acc, amt);
        vm.prank(proposer);
        dist.proposeRoot(MerkleHelper.root(leaves), 1, 76 ether, keccak256("manifest"));
        vm.warp(block.timestamp + 1 days);
        dist.acceptRoot();
        for (uint256 i; i < 3; ++i) {
            dist.claim(acc[i], amt[i], MerkleHelper.proof(leaves, i));
        }
        vm.assertEq(token.balanceOf(node), 100 ether);
        vm.assertEq(token.balanceOf(validator), 70 ether);
        vm.assertEq(token.balanceOf(delegator), 86 ether);
        vm.assertEq(token.balanceOf(address(dist)), 0);
        vm.assertEq(
            token.balanceOf(address(staking)),
            staking.totalOwnStake() + staking.totalDelegated() + staking.totalPending()
        );
    }
}
