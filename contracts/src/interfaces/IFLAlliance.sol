// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice FL Alliance: federated training in rounds. Only update hashes and votes touch the chain.
/// Each round's roles follow from a seed fixed at its start, so anyone can recompute them.
interface IFLAlliance {
    /// @notice `account` joined `taskId`'s member list with own stake `stake`; it takes part from the next round started.
    event MemberJoined(uint256 indexed taskId, address indexed account, uint256 stake);
    /// @notice `account` left `taskId`'s member list (`removed`: dropped for too little stake, by startRound or
    /// removeIneligible; else it left itself). A started round keeps it as a participant.
    event MemberLeft(uint256 indexed taskId, address indexed account, bool removed);
    /// @notice An FL task with `rounds` rounds; each round has a proposal/commit window then a reveal window.
    event FLTaskCreated(
        uint256 indexed taskId,
        address indexed creator,
        uint32 rounds,
        uint256 minStake,
        uint64 commitDuration,
        uint64 revealDuration
    );
    /// @notice Round `round` of `taskId` was seeded with `seed` (when its roles were assigned, a block or more after
    /// startRound); proposals and commits until `commitEnd`, reveals until `revealEnd`.
    event RoundStarted(
        uint256 indexed taskId, uint32 indexed round, bytes32 seed, uint64 commitEnd, uint64 revealEnd, uint32 participants
    );
    /// @notice `participant` is proposer (flRole 1) or voter (flRole 2) in the round, with `stake` at its start.
    event RoleAssigned(
        uint256 indexed taskId, uint32 indexed round, address indexed participant, uint8 flRole, uint256 stake
    );
    /// @notice A proposer submitted the hash of its model update.
    event UpdateSubmitted(uint256 indexed taskId, uint32 indexed round, address indexed proposer, bytes32 updateHash);
    /// @notice A voter committed keccak256(abi.encode(accept, salt)).
    event VoteCommitted(uint256 indexed taskId, uint32 indexed round, address indexed voter, bytes32 commitment);
    /// @notice A voter revealed its vote; `stake` is the weight it carries.
    event VoteRevealed(uint256 indexed taskId, uint32 indexed round, address indexed voter, bool accept, uint256 stake);
    /// @notice The round closed with `outcome`: 1 accepted (stake for > stake against), 2 rejected, 3 void (no reveal,
    /// or revealed stake below the round's quorum of `voterStake`, the voters' round-start stake; nobody slashed).
    /// Slashed stake is split between the task's pool and the treasury.
    event RoundFinalized(
        uint256 indexed taskId,
        uint32 indexed round,
        uint8 outcome,
        uint256 stakeFor,
        uint256 stakeAgainst,
        uint256 voterStake,
        uint256 slashedTotal,
        uint256 toPool,
        uint256 toTreasury
    );
    /// @notice `account` lost `amount` in the round: reason 1 = proposer of a rejected round, 2 = vote against the outcome.
    event ParticipantSlashed(
        uint256 indexed taskId, uint32 indexed round, address indexed account, uint256 amount, uint8 reason
    );

    function createFLTask(uint256 taskId, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration)
        external;
    function startRound(uint256 taskId) external returns (uint32 round);
    /// @notice Fixes the current round's seed from the hash of the block after its startRound and assigns the roles
    /// (RoundStarted, RoleAssigned); the round's first submitUpdate, commitVote, revealVote or finalizeRound does it too.
    function seedRound(uint256 taskId) external;
    function submitUpdate(uint256 taskId, bytes32 updateHash) external;
    function commitVote(uint256 taskId, bytes32 commitment) external;
    function revealVote(uint256 taskId, bool accept, bytes32 salt) external;
    function finalizeRound(uint256 taskId) external;
}
