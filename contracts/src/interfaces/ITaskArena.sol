// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice AI Arena: tasks, model submissions by staked training nodes, scores by staked validators.
interface ITaskArena {
    /// @notice A training task open for submissions during [start, end).
    event TaskCreated(uint256 indexed taskId, address indexed creator, string metadataURI, uint64 start, uint64 end);
    /// @notice `node` submitted model `modelHash` to `taskId` as `submissionId`.
    event ModelSubmitted(
        uint256 indexed taskId, uint256 indexed submissionId, address indexed node, bytes32 modelHash, string uri
    );
    /// @notice `validator` scored `submissionId` with `score` in [0, 1_000_000]; `replaced` when it re-scored.
    event ScoreSubmitted(
        uint256 indexed taskId,
        uint256 indexed submissionId,
        address indexed validator,
        uint32 score,
        bool replaced,
        uint32 previousScore
    );

    function createTask(uint256 taskId, string calldata metadataURI, uint64 start, uint64 end) external;
    function submitModel(uint256 taskId, bytes32 modelHash, string calldata uri) external returns (uint256 submissionId);
    function submitScore(uint256 submissionId, uint32 score) external;

    function taskExists(uint256 taskId) external view returns (bool);
    function submissionOf(uint256 submissionId) external view returns (uint256 taskId, address node);
}
