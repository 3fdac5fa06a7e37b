// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Deployer} from "./utils/Deployer.sol";
import {ReentrantToken} from "./utils/ReentrantToken.sol";
import {Staking} from "../src/Staking.sol";
import {TaskArena} from "../src/TaskArena.sol";
import {IStaking} from "../src/interfaces/IStaking.sol";
import {Roles} from "../src/interfaces/Roles.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

contract StakingTest is Deployer {
    address internal node = address(0x40DE);
    address internal validator = address(0x7A11D);
    address internal delegator = address(0xDE1E);
    uint256 internal constant TASK = 1;
    uint256 internal constant FL_TASK = 900;

    function setUp() public {
        deployAll();
        vm.prank(taskAdmin);
        arena.createTask(TASK, "ipfs://task1", uint64(block.timestamp), uint64(block.timestamp + 30 days));
        fundAndApprove(node, address(staking), 1_000 ether);
        fundAndApprove(validator, address(staking), 1_000 ether);
        fundAndApprove(delegator, address(staking), 1_000 ether);
    }

    function _assertSolvent() internal view {
        vm.assertEq(
            token.balanceOf(address(staking)),
            staking.totalOwnStake() + staking.totalDelegated() + staking.totalPending(),
            "staking balance"
        );
    }

    // ---------------------------------------------------------------- constructor / admin

    function test_Constructor() public {
        vm.assertEq(address(staking.token()), address(token));
        vm.assertEq(staking.slashRecipient(), treasury);
        vm.assertEq(uint256(staking.unstakeCooldown()), 7 days);
        vm.assertEq(uint256(staking.rewardShareCooldown()), 1 days);
        vm.assertTrue(staking.hasRole(staking.DEFAULT_ADMIN_ROLE(), admin));
        vm.expectEmit(false, false, false, true);
        emit IStaking.CooldownsSet(7 days, 1 days);
        new Staking(token, admin, treasury);
    }

    function test_Constructor_RevertZeroAddress() public {
        vm.expectRevert(Staking.ZeroAddress.selector);
        new Staking(IERC20(address(0)), admin, treasury);
        vm.expectRevert(Staking.ZeroAddress.selector);
        new Staking(token, address(0), treasury);
        vm.expectRevert(Staking.ZeroAddress.selector);
        new Staking(token, admin, address(0));
    }

    function test_SetCooldowns() public {
        vm.expectEmit(false, false, false, true, address(staking));
        emit IStaking.CooldownsSet(3 days, 2 hours);
        vm.prank(admin);
        staking.setCooldowns(3 days, 2 hours);
        vm.assertEq(uint256(staking.unstakeCooldown()), 3 days);
        vm.assertEq(uint256(staking.rewardShareCooldown()), 2 hours);
    }

    function test_SetCooldowns_Reverts() public {
        bytes32 role = staking.DEFAULT_ADMIN_ROLE();
        vm.prank(stranger);
        vm.expectRevert(unauthorized(stranger, role));
        staking.setCooldowns(1, 1);
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(Staking.CooldownTooLong.selector, 365 days + 1));
        staking.setCooldowns(365 days + 1, 1);
        vm.expectRevert(abi.encodeWithSelector(Staking.CooldownTooLong.selector, 365 days + 1));
        staking.setCooldowns(1, 365 days + 1);
        vm.stopPrank();
    }

    function test_SetSlashRecipient() public {
        vm.prank(admin);
        staking.setSlashRecipient(stranger);
        vm.assertEq(staking.slashRecipient(), stranger);
        vm.prank(admin);
        vm.expectRevert(Staking.ZeroAddress.selector);
        staking.setSlashRecipient(address(0));
        bytes32 role = staking.DEFAULT_ADMIN_ROLE();
        vm.prank(slasher);
        vm.expectRevert(unauthorized(slasher, role));
        staking.setSlashRecipient(slasher);
    }

    function test_SetTaskRegistry() public {
        bytes32 role = staking.DEFAULT_ADMIN_ROLE();
        vm.prank(stranger);
        vm.expectRevert(unauthorized(stranger, role));
        staking.setTaskRegistry(address(0));
        // with the registry on, unknown tasks are refused; with it off, any non-zero task is accepted
        vm.assertFalse(staking.taskKnown(77));
        vm.prank(admin);
        staking.setTaskRegistry(address(0));
        vm.assertEq(staking.taskRegistry(), address(0));
        vm.assertTrue(staking.taskKnown(77));
        vm.assertFalse(staking.taskKnown(0));
    }

    function test_RegisterTask() public {
        vm.assertFalse(staking.taskKnown(FL_TASK));
        vm.prank(taskAdmin);
        staking.registerTask(FL_TASK);
        vm.assertTrue(staking.registeredTask(FL_TASK));
        vm.assertTrue(staking.taskKnown(FL_TASK));
        vm.prank(node);
        staking.stake(FL_TASK, Roles.FL, 1 ether);
        vm.assertEq(uint256(staking.roleOf(node, FL_TASK)), Roles.FL);
    }

    function test_RegisterTask_Reverts() public {
        bytes32 role = staking.TASK_ADMIN_ROLE();
        vm.prank(admin);
        vm.expectRevert(unauthorized(admin, role));
        staking.registerTask(FL_TASK);
        vm.prank(taskAdmin);
        vm.expectRevert(abi.encodeWithSelector(Staking.UnknownTask.selector, 0));
        staking.registerTask(0);
    }

    // ---------------------------------------------------------------- stake

    function test_Stake() public {
        vm.expectEmit(true, true, false, true, address(staking));
        emit IStaking.Staked(node, TASK, Roles.NODE, 10 ether, 10 ether);
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        vm.expectEmit(true, true, false, true, address(staking));
        emit IStaking.Staked(node, TASK, Roles.NODE, 5 ether, 15 ether);
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 5 ether);
        vm.assertEq(staking.stakeOf(node, TASK), 15 ether);
        vm.assertEq(uint256(staking.roleOf(node, TASK)), Roles.NODE);
        vm.assertEq(staking.totalOwnStake(), 15 ether);
        vm.assertEq(token.balanceOf(node), 985 ether);
        _assertSolvent();
    }

    function test_Stake_RevertZeroAmount() public {
        vm.prank(node);
        vm.expectRevert(Staking.ZeroAmount.selector);
        staking.stake(TASK, Roles.NODE, 0);
    }

    function test_Stake_RevertInvalidRole() public {
        vm.startPrank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.InvalidRole.selector, 0));
        staking.stake(TASK, Roles.NONE, 1);
        vm.expectRevert(abi.encodeWithSelector(Staking.InvalidRole.selector, 4));
        staking.stake(TASK, 4, 1);
        vm.stopPrank();
    }

    function test_Stake_RevertUnknownTask() public {
        vm.startPrank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.UnknownTask.selector, 2));
        staking.stake(2, Roles.NODE, 1);
        vm.expectRevert(abi.encodeWithSelector(Staking.UnknownTask.selector, 0));
        staking.stake(0, Roles.NODE, 1);
        vm.stopPrank();
    }

    function test_Stake_RevertRoleMismatch() public {
        vm.startPrank(node);
        staking.stake(TASK, Roles.NODE, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(Staking.RoleMismatch.selector, Roles.NODE, Roles.VALIDATOR));
        staking.stake(TASK, Roles.VALIDATOR, 1 ether);
        // the role stays fixed after a full unstake
        staking.requestUnstake(TASK, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(Staking.RoleMismatch.selector, Roles.NODE, Roles.VALIDATOR));
        staking.stake(TASK, Roles.VALIDATOR, 1 ether);
        vm.stopPrank();
    }

    /// A stake whose role does not fit the task's kind is refused: otherwise anyone could put an FL stake in an
    /// Arena task (or a node stake in an FL task) that no reward rule covers, and make the epoch unsettleable.
    function test_Stake_RevertRoleNotAllowedInTask() public {
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.RoleNotAllowedInTask.selector, TASK, Roles.FL));
        staking.stake(TASK, Roles.FL, 1 ether);
        uint256 flTask = 4242;
        vm.prank(taskAdmin);
        staking.registerTask(flTask);
        // An id the Arena already has cannot become an FL task, and the Arena refuses ids registered as FL.
        vm.prank(taskAdmin);
        vm.expectRevert(abi.encodeWithSelector(Staking.TaskKindConflict.selector, TASK));
        staking.registerTask(TASK);
        vm.prank(taskAdmin);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.TaskAlreadyExists.selector, flTask));
        arena.createTask(flTask, "ipfs://clash", uint64(block.timestamp), uint64(block.timestamp + 1 days));
        vm.startPrank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.RoleNotAllowedInTask.selector, flTask, Roles.NODE));
        staking.stake(flTask, Roles.NODE, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(Staking.RoleNotAllowedInTask.selector, flTask, Roles.VALIDATOR));
        staking.stake(flTask, Roles.VALIDATOR, 1 ether);
        staking.stake(flTask, Roles.FL, 1 ether);
        vm.stopPrank();
        vm.assertEq(uint256(staking.roleOf(node, flTask)), Roles.FL);
    }

    function test_Stake_RevertWithoutAllowance() public {
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(staking), 0, 1 ether)
        );
        staking.stake(TASK, Roles.NODE, 1 ether);
    }

    function testFuzz_Stake(uint256 amount, uint8 role) public {
        amount = bound(amount, 1, 1_000 ether);
        uint8 r = uint8(bound(role, 1, 2)); // an Arena task takes nodes and validators (FL roles: FL tasks only)
        vm.prank(node);
        staking.stake(TASK, r, amount);
        vm.assertEq(staking.stakeOf(node, TASK), amount);
        vm.assertEq(uint256(staking.roleOf(node, TASK)), r);
        _assertSolvent();
    }

    // ---------------------------------------------------------------- unstake / withdraw

    function test_RequestUnstakeAndWithdraw() public {
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        uint64 availableAt = uint64(block.timestamp + 7 days);
        vm.expectEmit(true, true, false, true, address(staking));
        emit IStaking.UnstakeRequested(node, TASK, Roles.NODE, 4 ether, 6 ether, 1, availableAt);
        vm.prank(node);
        uint256 id = staking.requestUnstake(TASK, 4 ether);
        vm.assertEq(id, 1);
        vm.assertEq(staking.stakeOf(node, TASK), 6 ether);
        vm.assertEq(staking.totalPending(), 4 ether);
        Staking.WithdrawalRequest memory r = staking.requestOf(id);
        vm.assertEq(r.owner, node);
        vm.assertEq(r.taskId, TASK);
        vm.assertEq(r.amount, 4 ether);
        vm.assertEq(uint256(r.availableAt), availableAt);
        vm.assertFalse(r.withdrawn);
        _assertSolvent();

        vm.warp(availableAt);
        vm.expectEmit(true, true, true, true, address(staking));
        emit IStaking.Withdrawn(node, TASK, 1, 4 ether);
        vm.prank(node);
        staking.withdraw(id);
        vm.assertEq(token.balanceOf(node), 994 ether);
        vm.assertTrue(staking.requestOf(id).withdrawn);
        vm.assertEq(staking.totalPending(), 0);
        _assertSolvent();
    }

    function test_RequestUnstake_Reverts() public {
        vm.startPrank(node);
        vm.expectRevert(Staking.ZeroAmount.selector);
        staking.requestUnstake(TASK, 0);
        vm.expectRevert(abi.encodeWithSelector(Staking.InsufficientStake.selector, 0, 1));
        staking.requestUnstake(TASK, 1);
        staking.stake(TASK, Roles.NODE, 10 ether);
        vm.expectRevert(abi.encodeWithSelector(Staking.InsufficientStake.selector, 10 ether, 10 ether + 1));
        staking.requestUnstake(TASK, 10 ether + 1);
        vm.stopPrank();
    }

    function test_Withdraw_Reverts() public {
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        vm.prank(node);
        uint256 id = staking.requestUnstake(TASK, 10 ether);
        uint64 availableAt = uint64(block.timestamp + 7 days);

        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.UnknownRequest.selector, 99));
        staking.withdraw(99);
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.NotMatured.selector, id, availableAt));
        staking.withdraw(id);
        vm.warp(availableAt);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Staking.NotRequestOwner.selector, id));
        staking.withdraw(id);
        vm.prank(node);
        staking.withdraw(id);
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.AlreadyWithdrawn.selector, id));
        staking.withdraw(id);
    }

    function test_Withdraw_UsesCooldownAtRequestTime() public {
        vm.startPrank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        uint256 id = staking.requestUnstake(TASK, 1 ether);
        vm.stopPrank();
        vm.prank(admin);
        staking.setCooldowns(365 days, 1 days);
        vm.warp(block.timestamp + 7 days);
        vm.prank(node);
        staking.withdraw(id);
        vm.prank(node);
        uint256 id2 = staking.requestUnstake(TASK, 1 ether);
        vm.assertEq(uint256(staking.requestOf(id2).availableAt), block.timestamp + 365 days);
    }

    function testFuzz_UnstakeWithdraw(uint256 stakeAmt, uint256 unstakeAmt, uint64 wait) public {
        stakeAmt = bound(stakeAmt, 1, 1_000 ether);
        unstakeAmt = bound(unstakeAmt, 1, stakeAmt);
        vm.startPrank(node);
        staking.stake(TASK, Roles.NODE, stakeAmt);
        uint256 id = staking.requestUnstake(TASK, unstakeAmt);
        uint256 availableAt = staking.requestOf(id).availableAt;
        vm.warp(block.timestamp + bound(wait, 0, 14 days));
        if (block.timestamp < availableAt) {
            vm.expectRevert(abi.encodeWithSelector(Staking.NotMatured.selector, id, availableAt));
            staking.withdraw(id);
        } else {
            staking.withdraw(id);
            vm.assertEq(token.balanceOf(node), 1_000 ether - stakeAmt + unstakeAmt);
        }
        vm.stopPrank();
        vm.assertEq(staking.stakeOf(node, TASK), stakeAmt - unstakeAmt);
        _assertSolvent();
    }

    // ---------------------------------------------------------------- delegation

    function test_DelegateUndelegate() public {
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        vm.expectEmit(true, true, true, true, address(staking));
        emit IStaking.Delegated(delegator, TASK, node, 3 ether, 3 ether);
        vm.prank(delegator);
        staking.delegate(TASK, node, 3 ether);
        vm.prank(delegator);
        staking.delegate(TASK, node, 2 ether);
        vm.assertEq(staking.delegationOf(delegator, TASK, node), 5 ether);
        vm.assertEq(staking.delegatedTo(node, TASK), 5 ether);
        _assertSolvent();

        uint64 availableAt = uint64(block.timestamp + 7 days);
        vm.expectEmit(true, true, true, true, address(staking));
        emit IStaking.Undelegated(delegator, TASK, node, 4 ether, 1 ether, 1, availableAt);
        vm.prank(delegator);
        uint256 id = staking.undelegate(TASK, node, 4 ether);
        vm.assertEq(staking.delegationOf(delegator, TASK, node), 1 ether);
        vm.assertEq(staking.delegatedTo(node, TASK), 1 ether);
        _assertSolvent();
        vm.warp(availableAt);
        vm.prank(delegator);
        staking.withdraw(id);
        vm.assertEq(token.balanceOf(delegator), 999 ether);
        _assertSolvent();
    }

    function test_Delegate_ToParticipantWithRoleButNoStake() public {
        vm.startPrank(node);
        staking.stake(TASK, Roles.NODE, 1 ether);
        staking.requestUnstake(TASK, 1 ether);
        vm.stopPrank();
        vm.prank(delegator);
        staking.delegate(TASK, node, 1 ether);
        vm.assertEq(staking.delegatedTo(node, TASK), 1 ether);
    }

    function test_Delegate_Reverts() public {
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 1 ether);
        vm.startPrank(delegator);
        vm.expectRevert(Staking.ZeroAmount.selector);
        staking.delegate(TASK, node, 0);
        vm.expectRevert(abi.encodeWithSelector(Staking.NotAParticipant.selector, validator, TASK));
        staking.delegate(TASK, validator, 1 ether);
        vm.stopPrank();
        vm.prank(node);
        vm.expectRevert(Staking.SelfDelegation.selector);
        staking.delegate(TASK, node, 1 ether);
    }

    function test_Undelegate_Reverts() public {
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 1 ether);
        vm.startPrank(delegator);
        vm.expectRevert(Staking.ZeroAmount.selector);
        staking.undelegate(TASK, node, 0);
        vm.expectRevert(abi.encodeWithSelector(Staking.InsufficientDelegation.selector, 0, 1));
        staking.undelegate(TASK, node, 1);
        staking.delegate(TASK, node, 2 ether);
        vm.expectRevert(abi.encodeWithSelector(Staking.InsufficientDelegation.selector, 2 ether, 3 ether));
        staking.undelegate(TASK, node, 3 ether);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- reward share

    function test_SetRewardShare() public {
        vm.expectEmit(true, false, false, true, address(staking));
        emit IStaking.RewardShareSet(node, 200_000, 0);
        vm.prank(node);
        staking.setRewardShare(200_000);
        vm.assertEq(uint256(staking.rewardShareOf(node)), 200_000);

        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.RewardShareCooldown.selector, uint64(block.timestamp + 1 days)));
        staking.setRewardShare(300_000);

        vm.warp(block.timestamp + 1 days);
        vm.expectEmit(true, false, false, true, address(staking));
        emit IStaking.RewardShareSet(node, 1_000_000, 200_000);
        vm.prank(node);
        staking.setRewardShare(1_000_000);
    }

    function test_SetRewardShare_FirstSetToZeroStillStartsCooldown() public {
        vm.prank(node);
        staking.setRewardShare(0);
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.RewardShareCooldown.selector, uint64(block.timestamp + 1 days)));
        staking.setRewardShare(1);
    }

    function test_SetRewardShare_RevertInvalid() public {
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(Staking.InvalidRewardShare.selector, 1_000_001));
        staking.setRewardShare(1_000_001);
    }

    function testFuzz_SetRewardShare(uint32 sigma) public {
        vm.prank(node);
        if (sigma > 1_000_000) {
            vm.expectRevert(abi.encodeWithSelector(Staking.InvalidRewardShare.selector, sigma));
            staking.setRewardShare(sigma);
        } else {
            staking.setRewardShare(sigma);
            vm.assertEq(uint256(staking.rewardShareOf(node)), sigma);
        }
    }

    // ---------------------------------------------------------------- slash

    function test_Slash() public {
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        vm.prank(delegator);
        staking.delegate(TASK, node, 5 ether);
        vm.prank(node);
        staking.requestUnstake(TASK, 2 ether);
        uint256 before = token.balanceOf(treasury);

        vm.expectEmit(true, true, false, true, address(staking));
        emit IStaking.Slashed(node, TASK, Roles.NODE, 3 ether, 5 ether, treasury, slasher);
        vm.prank(slasher);
        staking.slash(node, TASK, 3 ether);
        vm.assertEq(staking.stakeOf(node, TASK), 5 ether);
        vm.assertEq(token.balanceOf(treasury), before + 3 ether);
        // delegations and pending requests are untouched
        vm.assertEq(staking.delegationOf(delegator, TASK, node), 5 ether);
        vm.assertEq(staking.totalPending(), 2 ether);
        _assertSolvent();

        vm.prank(admin);
        staking.setSlashRecipient(stranger);
        vm.prank(slasher);
        staking.slash(node, TASK, 5 ether);
        vm.assertEq(token.balanceOf(stranger), 5 ether);
        vm.assertEq(staking.stakeOf(node, TASK), 0);
        _assertSolvent();
    }

    function test_Slash_Reverts() public {
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        bytes32 role = staking.SLASHER_ROLE();
        vm.prank(admin);
        vm.expectRevert(unauthorized(admin, role));
        staking.slash(node, TASK, 1);
        vm.prank(node);
        vm.expectRevert(unauthorized(node, role));
        staking.slash(node, TASK, 1);
        vm.startPrank(slasher);
        vm.expectRevert(Staking.ZeroAmount.selector);
        staking.slash(node, TASK, 0);
        vm.expectRevert(abi.encodeWithSelector(Staking.InsufficientStake.selector, 10 ether, 11 ether));
        staking.slash(node, TASK, 11 ether);
        // a delegator has no own stake to slash
        vm.expectRevert(abi.encodeWithSelector(Staking.InsufficientStake.selector, 0, 1));
        staking.slash(delegator, TASK, 1);
        vm.stopPrank();
    }

    /// @dev Own stake requested for withdrawal stays slashable: active stake first, then the newest request.
    function test_Slash_ReachesPendingRequestsNewestFirst() public {
        vm.startPrank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        uint256 older = staking.requestUnstake(TASK, 3 ether);
        uint256 newer = staking.requestUnstake(TASK, 4 ether);
        vm.stopPrank();
        vm.assertEq(staking.slashableOf(node, TASK), 10 ether, "active 3 + pending 7");
        uint256 before = token.balanceOf(treasury);
        vm.expectEmit(true, true, false, true, address(staking));
        emit IStaking.Slashed(node, TASK, Roles.NODE, 3 ether, 0, treasury, slasher);
        vm.expectEmit(true, true, true, true, address(staking));
        emit IStaking.WithdrawalSlashed(node, TASK, newer, 4 ether, 0, treasury, slasher);
        vm.expectEmit(true, true, true, true, address(staking));
        emit IStaking.WithdrawalSlashed(node, TASK, older, 1 ether, 2 ether, treasury, slasher);
        vm.prank(slasher);
        staking.slash(node, TASK, 8 ether);
        vm.assertEq(token.balanceOf(treasury) - before, 8 ether, "one transfer of the whole slash");
        vm.assertEq(staking.stakeOf(node, TASK), 0);
        vm.assertEq(staking.pendingStakeOf(node, TASK), 2 ether);
        vm.assertEq(staking.totalPending(), 2 ether);
        vm.assertEq(staking.requestOf(newer).amount, 0);
        vm.assertEq(staking.requestOf(older).amount, 2 ether);
        _assertSolvent();
        // More than what is left is refused; the zeroed request is skipped.
        vm.expectRevert(abi.encodeWithSelector(Staking.InsufficientStake.selector, 2 ether, 2 ether + 1));
        vm.prank(slasher);
        staking.slash(node, TASK, 2 ether + 1);
        vm.expectEmit(true, true, true, true, address(staking));
        emit IStaking.WithdrawalSlashed(node, TASK, older, 2 ether, 0, treasury, slasher);
        vm.prank(slasher);
        staking.slash(node, TASK, 2 ether);
        vm.assertEq(staking.slashableOf(node, TASK), 0);
        // Withdrawals pay what the slashes left: 0 and 0.
        vm.warp(block.timestamp + 7 days);
        vm.startPrank(node);
        vm.expectEmit(true, true, true, true, address(staking));
        emit IStaking.Withdrawn(node, TASK, older, 0);
        staking.withdraw(older);
        staking.withdraw(newer);
        vm.stopPrank();
        vm.assertEq(token.balanceOf(node), 990 ether);
        vm.assertEq(staking.openUnstakesOf(node, TASK).length, 0);
        _assertSolvent();
    }

    /// @dev Delegations and their undelegation requests are never slashed.
    function test_Slash_NeverTakesUndelegations() public {
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 1 ether);
        vm.startPrank(delegator);
        staking.delegate(TASK, node, 5 ether);
        staking.undelegate(TASK, node, 5 ether);
        vm.stopPrank();
        vm.assertEq(staking.slashableOf(node, TASK), 1 ether);
        vm.assertEq(staking.slashableOf(delegator, TASK), 0);
        vm.expectRevert(abi.encodeWithSelector(Staking.InsufficientStake.selector, 1 ether, 2 ether));
        vm.prank(slasher);
        staking.slash(node, TASK, 2 ether);
    }

    function test_RequestUnstake_BoundsOpenRequests() public {
        vm.startPrank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        uint256 first;
        for (uint256 i; i < staking.MAX_OPEN_UNSTAKES(); ++i) {
            uint256 id = staking.requestUnstake(TASK, 1 ether);
            if (i == 0) first = id;
        }
        vm.expectRevert(abi.encodeWithSelector(Staking.TooManyOpenUnstakes.selector, TASK, 8));
        staking.requestUnstake(TASK, 1 ether);
        vm.warp(block.timestamp + 7 days);
        staking.withdraw(first + 3); // from the middle: the others keep their order
        uint256[] memory open = staking.openUnstakesOf(node, TASK);
        vm.assertEq(open.length, 7);
        for (uint256 i; i < open.length; ++i) {
            vm.assertEq(open[i], first + (i < 3 ? i : i + 1), "request order kept");
        }
        staking.requestUnstake(TASK, 1 ether);
        vm.stopPrank();
        _assertSolvent();
    }

    /// @dev A task's guard holds back own-stake payouts (not undelegations) while it says locked.
    function test_Withdraw_GuardHoldsOwnStakeRequests() public {
        GuardStub guard = new GuardStub();
        vm.startPrank(taskAdmin);
        vm.expectRevert(abi.encodeWithSelector(Staking.UnknownTask.selector, FL_TASK));
        staking.setWithdrawalGuard(FL_TASK, address(guard));
        staking.registerTask(FL_TASK);
        vm.expectRevert(abi.encodeWithSelector(Staking.NotAContract.selector, stranger));
        staking.setWithdrawalGuard(FL_TASK, stranger);
        vm.expectEmit(true, false, false, true, address(staking));
        emit Staking.WithdrawalGuardSet(FL_TASK, address(guard));
        staking.setWithdrawalGuard(FL_TASK, address(guard));
        vm.stopPrank();
        vm.expectRevert(unauthorized(stranger, staking.TASK_ADMIN_ROLE()));
        vm.prank(stranger);
        staking.setWithdrawalGuard(FL_TASK, address(0));

        vm.startPrank(node);
        staking.stake(FL_TASK, Roles.FL, 10 ether);
        uint256 own = staking.requestUnstake(FL_TASK, 4 ether);
        vm.stopPrank();
        vm.startPrank(delegator);
        staking.delegate(FL_TASK, node, 2 ether);
        uint256 undel = staking.undelegate(FL_TASK, node, 2 ether);
        vm.stopPrank();
        vm.warp(block.timestamp + 7 days);
        guard.set(true);
        vm.expectRevert(abi.encodeWithSelector(Staking.WithdrawalLocked.selector, own, address(guard)));
        vm.prank(node);
        staking.withdraw(own);
        vm.prank(delegator);
        staking.withdraw(undel); // undelegations are not held
        guard.set(false);
        vm.prank(node);
        staking.withdraw(own);
        vm.assertEq(token.balanceOf(node), 994 ether);
        _assertSolvent();
    }

    function testFuzz_SlashWithPending(uint256 stakeAmt, uint256 unstakeAmt, uint256 slashAmt) public {
        stakeAmt = bound(stakeAmt, 1, 1_000 ether);
        unstakeAmt = bound(unstakeAmt, 1, stakeAmt);
        slashAmt = bound(slashAmt, 1, stakeAmt);
        vm.startPrank(validator);
        staking.stake(TASK, Roles.VALIDATOR, stakeAmt);
        uint256 id = staking.requestUnstake(TASK, unstakeAmt);
        vm.stopPrank();
        vm.prank(slasher);
        staking.slash(validator, TASK, slashAmt);
        uint256 active = stakeAmt - unstakeAmt;
        uint256 fromActive = slashAmt < active ? slashAmt : active;
        vm.assertEq(staking.stakeOf(validator, TASK), active - fromActive);
        vm.assertEq(staking.requestOf(id).amount, unstakeAmt - (slashAmt - fromActive));
        vm.assertEq(staking.slashableOf(validator, TASK), stakeAmt - slashAmt);
        _assertSolvent();
        vm.warp(block.timestamp + 7 days);
        uint256 bal = token.balanceOf(validator);
        vm.prank(validator);
        staking.withdraw(id);
        vm.assertEq(token.balanceOf(validator) - bal, unstakeAmt - (slashAmt - fromActive), "paid what is left");
        _assertSolvent();
    }

    function testFuzz_Slash(uint256 stakeAmt, uint256 slashAmt) public {
        stakeAmt = bound(stakeAmt, 1, 1_000 ether);
        slashAmt = bound(slashAmt, 1, stakeAmt);
        vm.prank(validator);
        staking.stake(TASK, Roles.VALIDATOR, stakeAmt);
        uint256 before = token.balanceOf(treasury);
        vm.prank(slasher);
        staking.slash(validator, TASK, slashAmt);
        vm.assertEq(staking.stakeOf(validator, TASK), stakeAmt - slashAmt);
        vm.assertEq(token.balanceOf(treasury), before + slashAmt);
        _assertSolvent();
    }
}

/// Security: a malicious token re-entering `withdraw` during the payout cannot withdraw twice. The token contract
/// itself owns the request, so the re-entrant call comes from the legitimate owner and only the guard stops it.
contract StakingReentrancyTest is Deployer {
    ReentrantToken internal evil;
    Staking internal s;

    function setUp() public {
        evil = new ReentrantToken();
        s = new Staking(IERC20(address(evil)), admin, treasury);
        evil.mint(address(evil), 100 ether);
        evil.mint(address(0x40DE), 50 ether); // someone else's stake that a double withdrawal would steal
        vm.prank(address(0x40DE));
        evil.approve(address(s), type(uint256).max);
        vm.prank(address(0x40DE));
        s.stake(1, Roles.NODE, 50 ether);
    }

    function test_Withdraw_ReentrancyBlocked() public {
        evil.exec(address(evil), abi.encodeCall(evil.approve, (address(s), type(uint256).max)));
        evil.exec(address(s), abi.encodeCall(Staking.stake, (1, Roles.NODE, 10 ether)));
        uint256 id = abi.decode(evil.exec(address(s), abi.encodeCall(Staking.requestUnstake, (1, 10 ether))), (uint256));
        vm.warp(block.timestamp + 7 days);
        evil.arm(address(s), address(s), abi.encodeCall(Staking.withdraw, (id)));
        evil.exec(address(s), abi.encodeCall(Staking.withdraw, (id)));
        vm.assertTrue(evil.attempted());
        vm.assertFalse(evil.reentrySucceeded());
        vm.assertEq(evil.reentryResult(), abi.encodeWithSelector(ReentrancyGuard.ReentrancyGuardReentrantCall.selector));
        vm.assertEq(evil.balanceOf(address(evil)), 100 ether);
        vm.assertEq(evil.balanceOf(address(s)), 50 ether);
        vm.assertEq(s.stakeOf(address(0x40DE), 1), 50 ether);
    }
}

/// @notice A withdrawal guard whose answer the test sets.
contract GuardStub {
    bool public locked;

    function set(bool l) external {
        locked = l;
    }

    function withdrawalLocked(address, uint256, uint256) external view returns (bool) {
        return locked;
    }
}
