// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Deployer} from "./utils/Deployer.sol";
import {TaskArena} from "../src/TaskArena.sol";
import {ITaskArena} from "../src/interfaces/ITaskArena.sol";
import {IStaking} from "../src/interfaces/IStaking.sol";
import {Roles} from "../src/interfaces/Roles.sol";

contract TaskArenaTest is Deployer {
    address internal node = address(0x40DE);
    address internal node2 = address(0x40DE2);
    address internal validator = address(0x7A11D);
    uint256 internal constant TASK = 5;
    uint64 internal start;
    uint64 internal end;
    bytes32 internal constant HASH = keccak256("model-weights");

    function setUp() public {
        deployAll();
        start = uint64(block.timestamp + 1 hours);
        end = uint64(block.timestamp + 10 days);
        vm.prank(taskAdmin);
        arena.createTask(TASK, "ipfs://task5", start, end);
        fundAndApprove(node, address(staking), 100 ether);
        fundAndApprove(node2, address(staking), 100 ether);
        fundAndApprove(validator, address(staking), 100 ether);
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 10 ether);
        vm.prank(validator);
        staking.stake(TASK, Roles.VALIDATOR, 10 ether);
    }

    function _submit() internal returns (uint256 id) {
        vm.warp(start);
        vm.prank(node);
        id = arena.submitModel(TASK, HASH, "ipfs://model");
    }

    function test_Constructor() public {
        vm.assertEq(address(arena.staking()), address(staking));
        vm.assertTrue(arena.hasRole(arena.DEFAULT_ADMIN_ROLE(), admin));
        vm.expectRevert(TaskArena.ZeroAddress.selector);
        new TaskArena(IStaking(address(0)), admin);
        vm.expectRevert(TaskArena.ZeroAddress.selector);
        new TaskArena(staking, address(0));
    }

    // ---------------------------------------------------------------- createTask

    function test_CreateTask() public {
        vm.expectEmit(true, true, false, true, address(arena));
        emit ITaskArena.TaskCreated(6, taskAdmin, "ipfs://six", 10, 20);
        vm.prank(taskAdmin);
        arena.createTask(6, "ipfs://six", 10, 20);
        vm.assertTrue(arena.taskExists(6));
        (address creator, uint64 s, uint64 e, bool exists) = arena.taskOf(6);
        vm.assertEq(creator, taskAdmin);
        vm.assertEq(uint256(s), 10);
        vm.assertEq(uint256(e), 20);
        vm.assertTrue(exists);
        vm.assertFalse(arena.taskExists(7));
    }

    function test_CreateTask_Reverts() public {
        bytes32 role = arena.TASK_ADMIN_ROLE();
        vm.prank(admin);
        vm.expectRevert(unauthorized(admin, role));
        arena.createTask(6, "", 1, 2);
        vm.startPrank(taskAdmin);
        vm.expectRevert(TaskArena.InvalidTaskId.selector);
        arena.createTask(0, "", 1, 2);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.TaskAlreadyExists.selector, TASK));
        arena.createTask(TASK, "", 1, 2);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.InvalidWindow.selector, 2, 2));
        arena.createTask(6, "", 2, 2);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.InvalidWindow.selector, 3, 2));
        arena.createTask(6, "", 3, 2);
        vm.stopPrank();
    }

    function testFuzz_CreateTask(uint256 taskId, uint64 s, uint64 e) public {
        vm.assume(taskId != TASK);
        vm.prank(taskAdmin);
        if (taskId == 0) {
            vm.expectRevert(TaskArena.InvalidTaskId.selector);
        } else if (s >= e) {
            vm.expectRevert(abi.encodeWithSelector(TaskArena.InvalidWindow.selector, s, e));
        }
        arena.createTask(taskId, "u", s, e);
        vm.assertEq(arena.taskExists(taskId), taskId != 0 && s < e);
    }

    // ---------------------------------------------------------------- submitModel

    function test_SubmitModel() public {
        vm.warp(start);
        vm.expectEmit(true, true, true, true, address(arena));
        emit ITaskArena.ModelSubmitted(TASK, 1, node, HASH, "ipfs://model");
        vm.prank(node);
        uint256 id = arena.submitModel(TASK, HASH, "ipfs://model");
        vm.assertEq(id, 1);
        (uint256 t, address n) = arena.submissionOf(id);
        vm.assertEq(t, TASK);
        vm.assertEq(n, node);
        vm.assertEq(arena.modelHashOf(id), HASH);
        vm.warp(end - 1);
        vm.prank(node);
        vm.assertEq(arena.submitModel(TASK, HASH, ""), 2);
        vm.assertEq(arena.lastSubmissionId(), 2);
    }

    function test_SubmitModel_RevertUnknownTask() public {
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.UnknownTask.selector, 99));
        arena.submitModel(99, HASH, "");
    }

    function test_SubmitModel_RevertOutsideWindow() public {
        vm.warp(start - 1);
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.TaskNotOpen.selector, TASK, start, end));
        arena.submitModel(TASK, HASH, "");
        vm.warp(end);
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.TaskNotOpen.selector, TASK, start, end));
        arena.submitModel(TASK, HASH, "");
    }

    function test_SubmitModel_RevertZeroHash() public {
        vm.warp(start);
        vm.prank(node);
        vm.expectRevert(TaskArena.ZeroModelHash.selector);
        arena.submitModel(TASK, bytes32(0), "");
    }

    function test_SubmitModel_RevertNotStakedNode() public {
        vm.warp(start);
        // no role
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.NotStakedAs.selector, stranger, TASK, Roles.NODE));
        arena.submitModel(TASK, HASH, "");
        // a validator is not a node
        vm.prank(validator);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.NotStakedAs.selector, validator, TASK, Roles.NODE));
        arena.submitModel(TASK, HASH, "");
        // a node whose stake went to zero
        vm.prank(node);
        staking.requestUnstake(TASK, 10 ether);
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.NotStakedAs.selector, node, TASK, Roles.NODE));
        arena.submitModel(TASK, HASH, "");
    }

    // ---------------------------------------------------------------- submitScore

    function test_SubmitScore_AndRescore() public {
        uint256 id = _submit();
        vm.expectEmit(true, true, true, true, address(arena));
        emit ITaskArena.ScoreSubmitted(TASK, id, validator, 700_000, false, 0);
        vm.prank(validator);
        arena.submitScore(id, 700_000);
        (uint32 sc, bool exists) = arena.scoreOf(id, validator);
        vm.assertEq(uint256(sc), 700_000);
        vm.assertTrue(exists);

        vm.expectEmit(true, true, true, true, address(arena));
        emit ITaskArena.ScoreSubmitted(TASK, id, validator, 1_000_000, true, 700_000);
        vm.prank(validator);
        arena.submitScore(id, 1_000_000);

        // re-scoring to 0 still reports the replacement
        vm.expectEmit(true, true, true, true, address(arena));
        emit ITaskArena.ScoreSubmitted(TASK, id, validator, 0, true, 1_000_000);
        vm.prank(validator);
        arena.submitScore(id, 0);
        vm.expectEmit(true, true, true, true, address(arena));
        emit ITaskArena.ScoreSubmitted(TASK, id, validator, 5, true, 0);
        vm.prank(validator);
        arena.submitScore(id, 5);
    }

    function test_SubmitScore_Reverts() public {
        uint256 id = _submit();
        vm.prank(validator);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.UnknownSubmission.selector, 42));
        arena.submitScore(42, 1);
        vm.prank(validator);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.ScoreTooHigh.selector, 1_000_001));
        arena.submitScore(id, 1_000_001);
        // a node cannot score (not even its own submission)
        vm.prank(node);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.NotStakedAs.selector, node, TASK, Roles.VALIDATOR));
        arena.submitScore(id, 1);
        // a validator of another task cannot score this one
        vm.prank(taskAdmin);
        arena.createTask(6, "", start, end);
        vm.prank(node2);
        staking.stake(6, Roles.VALIDATOR, 1 ether);
        vm.prank(node2);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.NotStakedAs.selector, node2, TASK, Roles.VALIDATOR));
        arena.submitScore(id, 1);
        // a validator slashed to zero cannot score
        vm.prank(slasher);
        staking.slash(validator, TASK, 10 ether);
        vm.prank(validator);
        vm.expectRevert(abi.encodeWithSelector(TaskArena.NotStakedAs.selector, validator, TASK, Roles.VALIDATOR));
        arena.submitScore(id, 1);
    }

    function testFuzz_SubmitScore(uint32 score) public {
        uint256 id = _submit();
        vm.prank(validator);
        if (score > 1_000_000) {
            vm.expectRevert(abi.encodeWithSelector(TaskArena.ScoreTooHigh.selector, score));
            arena.submitScore(id, score);
        } else {
            arena.submitScore(id, score);
            (uint32 sc,) = arena.scoreOf(id, validator);
            vm.assertEq(uint256(sc), score);
        }
    }
}
