// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FLAllianceFixture} from "./FLAllianceBase.sol";
import {Staking} from "../src/Staking.sol";
import {IStaking} from "../src/interfaces/IStaking.sol";
import {Roles} from "../src/interfaces/Roles.sol";

/// @notice Staking.slashTo, added for FLAlliance: the slasher picks the recipient; everything else is `slash`.
contract FLAllianceStakingSlashToTest is FLAllianceFixture {
    address internal slasher = address(0x51A5);
    address internal recipient = address(0x2EC1);
    address internal alice = address(0xA11CE);
    uint256 internal constant ARENA_TASK = 3;

    function setUp() public {
        deployFL();
        vm.startPrank(admin);
        staking.grantRole(staking.SLASHER_ROLE(), slasher);
        vm.stopPrank();
        vm.prank(taskAdmin);
        arena.createTask(ARENA_TASK, "ipfs://t", uint64(block.timestamp), uint64(block.timestamp + 1 days));
        stakeAs(alice, ARENA_TASK, Roles.NODE, 1000 ether);
    }

    function test_slashTo_sendsToRecipientAndEmitsSlashed() public {
        uint256 total = staking.totalOwnStake();
        vm.expectEmit(true, true, false, true, address(staking));
        emit IStaking.Slashed(alice, ARENA_TASK, Roles.NODE, 40 ether, 960 ether, recipient, slasher);
        vm.prank(slasher);
        staking.slashTo(alice, ARENA_TASK, 40 ether, recipient);
        vm.assertEq(token.balanceOf(recipient), 40 ether, "recipient paid");
        vm.assertEq(staking.stakeOf(alice, ARENA_TASK), 960 ether, "stake reduced");
        vm.assertEq(staking.totalOwnStake(), total - 40 ether, "total reduced");
        vm.assertEq(
            token.balanceOf(address(staking)),
            staking.totalOwnStake() + staking.totalDelegated() + staking.totalPending(),
            "solvent"
        );
    }

    function test_slash_stillPaysSlashRecipient() public {
        uint256 before = token.balanceOf(treasury);
        vm.expectEmit(true, true, false, true, address(staking));
        emit IStaking.Slashed(alice, ARENA_TASK, Roles.NODE, 1 ether, 999 ether, treasury, slasher);
        vm.prank(slasher);
        staking.slash(alice, ARENA_TASK, 1 ether);
        vm.assertEq(token.balanceOf(treasury) - before, 1 ether, "treasury paid");
    }

    function test_slashTo_reverts() public {
        vm.expectRevert(unauthorized(stranger, staking.SLASHER_ROLE()));
        vm.prank(stranger);
        staking.slashTo(alice, ARENA_TASK, 1, recipient);

        vm.startPrank(slasher);
        vm.expectRevert(Staking.ZeroAddress.selector);
        staking.slashTo(alice, ARENA_TASK, 1, address(0));
        vm.expectRevert(Staking.ZeroAmount.selector);
        staking.slashTo(alice, ARENA_TASK, 0, recipient);
        vm.expectRevert(abi.encodeWithSelector(Staking.InsufficientStake.selector, 1000 ether, 1000 ether + 1));
        staking.slashTo(alice, ARENA_TASK, 1000 ether + 1, recipient);
        vm.stopPrank();
    }

    /// forge-config: default.fuzz.runs = 256
    function testFuzz_slashTo_conserves(uint256 amount) public {
        amount = bound(amount, 1, 1000 ether);
        uint256 stakingBal = token.balanceOf(address(staking));
        vm.prank(slasher);
        staking.slashTo(alice, ARENA_TASK, amount, recipient);
        vm.assertEq(stakingBal - token.balanceOf(address(staking)), amount, "left staking");
        vm.assertEq(token.balanceOf(recipient), amount, "reached recipient");
        vm.assertEq(staking.stakeOf(alice, ARENA_TASK), 1000 ether - amount, "stake");
    }
}
