// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ITaskArena} from "./interfaces/ITaskArena.sol";
import {IStaking} from "./interfaces/IStaking.sol";
import {Roles} from "./interfaces/Roles.sol";

/// @title TaskArena
/// @notice AI Arena tasks. TASK_ADMIN_ROLE creates tasks; training nodes (role NODE with stake > 0 in Staking)
/// submit models during [start, end); validators (role VALIDATOR with stake > 0) score submissions.
///
/// Design notes:
/// - Submission ids are global and sequential from 1.
/// - A validator may score a submission at any time after it exists (also after the task ended; the settlement
///   engine decides which scores count) and may re-score it: the event then carries `replaced = true` and the
///   previous score. A validator cannot score its own submission because an address has one role per task.
/// @dev The part of Staking that says which task ids are FL tasks.
interface IStakingTaskKinds {
    function registeredTask(uint256 taskId) external view returns (bool);
}

contract TaskArena is ITaskArena, AccessControl {
    bytes32 public constant TASK_ADMIN_ROLE = keccak256("TASK_ADMIN_ROLE");
    uint32 public constant MAX_SCORE = 1_000_000;

    struct Task {
        address creator;
        uint64 start;
        uint64 end;
        bool exists;
    }

    struct Submission {
        uint256 taskId;
        address node;
        bytes32 modelHash;
    }

    struct Score {
        uint32 score;
        bool exists;
    }

    IStaking public immutable staking;

    mapping(uint256 taskId => Task) private _tasks;
    mapping(uint256 submissionId => Submission) private _submissions;
    mapping(uint256 submissionId => mapping(address validator => Score)) private _scores;
    /// @notice Id of the last submission (ids start at 1).
    uint256 public lastSubmissionId;

    error ZeroAddress();
    error InvalidTaskId();
    error TaskAlreadyExists(uint256 taskId);
    error InvalidWindow(uint64 start, uint64 end);
    error UnknownTask(uint256 taskId);
    error TaskNotOpen(uint256 taskId, uint64 start, uint64 end);
    error NotStakedAs(address account, uint256 taskId, uint8 role);
    error ZeroModelHash();
    error UnknownSubmission(uint256 submissionId);
    error ScoreTooHigh(uint32 score);

    constructor(IStaking staking_, address admin) {
        if (address(staking_) == address(0) || admin == address(0)) revert ZeroAddress();
        staking = staking_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc ITaskArena
    function createTask(uint256 taskId, string calldata metadataURI, uint64 start, uint64 end)
        external
        onlyRole(TASK_ADMIN_ROLE)
    {
        if (taskId == 0) revert InvalidTaskId();
        if (_tasks[taskId].exists) revert TaskAlreadyExists(taskId);
        // An id already registered as an FL task in Staking belongs to the FL Alliance.
        if (IStakingTaskKinds(address(staking)).registeredTask(taskId)) revert TaskAlreadyExists(taskId);
        if (start >= end) revert InvalidWindow(start, end);
        _tasks[taskId] = Task({creator: msg.sender, start: start, end: end, exists: true});
        emit TaskCreated(taskId, msg.sender, metadataURI, start, end);
    }

    /// @inheritdoc ITaskArena
    function submitModel(uint256 taskId, bytes32 modelHash, string calldata uri)
        external
        returns (uint256 submissionId)
    {
        Task storage t = _tasks[taskId];
        if (!t.exists) revert UnknownTask(taskId);
        if (block.timestamp < t.start || block.timestamp >= t.end) revert TaskNotOpen(taskId, t.start, t.end);
        if (modelHash == bytes32(0)) revert ZeroModelHash();
        _requireStakedAs(msg.sender, taskId, Roles.NODE);
        submissionId = ++lastSubmissionId;
        _submissions[submissionId] = Submission({taskId: taskId, node: msg.sender, modelHash: modelHash});
        emit ModelSubmitted(taskId, submissionId, msg.sender, modelHash, uri);
    }

    /// @inheritdoc ITaskArena
    function submitScore(uint256 submissionId, uint32 score) external {
        Submission storage s = _submissions[submissionId];
        if (s.node == address(0)) revert UnknownSubmission(submissionId);
        if (score > MAX_SCORE) revert ScoreTooHigh(score);
        uint256 taskId = s.taskId;
        _requireStakedAs(msg.sender, taskId, Roles.VALIDATOR);
        Score storage prev = _scores[submissionId][msg.sender];
        bool replaced = prev.exists;
        uint32 previousScore = prev.score;
        _scores[submissionId][msg.sender] = Score({score: score, exists: true});
        emit ScoreSubmitted(taskId, submissionId, msg.sender, score, replaced, previousScore);
    }

    // ---------------------------------------------------------------- views

    function taskExists(uint256 taskId) external view returns (bool) {
        return _tasks[taskId].exists;
    }

    function taskOf(uint256 taskId) external view returns (address creator, uint64 start, uint64 end, bool exists) {
        Task storage t = _tasks[taskId];
        return (t.creator, t.start, t.end, t.exists);
    }

    function submissionOf(uint256 submissionId) external view returns (uint256 taskId, address node) {
        Submission storage s = _submissions[submissionId];
        return (s.taskId, s.node);
    }

    function modelHashOf(uint256 submissionId) external view returns (bytes32) {
        return _submissions[submissionId].modelHash;
    }

    /// @notice The latest score of `validator` for `submissionId`; `exists` is false when it never scored it.
    function scoreOf(uint256 submissionId, address validator) external view returns (uint32 score, bool exists) {
        Score storage sc = _scores[submissionId][validator];
        return (sc.score, sc.exists);
    }

    function _requireStakedAs(address account, uint256 taskId, uint8 role) private view {
        if (staking.roleOf(account, taskId) != role || staking.stakeOf(account, taskId) == 0) {
            revert NotStakedAs(account, taskId, role);
        }
    }
}
