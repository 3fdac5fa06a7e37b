// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Per-task staking with roles, delegation, reward share and slashing.
/// Every event carries the resulting balance so an indexer never reads state back.
interface IStaking {
    /// @notice `account` added `amount` of own stake in `taskId` under `role`; its own stake is now `newStake`.
    event Staked(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake);
    /// @notice Own stake stops counting at once; the tokens are withdrawable at `availableAt` via `requestId`.
    event UnstakeRequested(
        address indexed account,
        uint256 indexed taskId,
        uint8 role,
        uint256 amount,
        uint256 newStake,
        uint256 requestId,
        uint64 availableAt
    );
    /// @notice A slash took `amount` from the open unstake request `requestId` of `account` (own stake requested for
    /// withdrawal stays slashable until withdrawn); the request now pays `newAmount` and went to `recipient`.
    event WithdrawalSlashed(
        address indexed account,
        uint256 indexed taskId,
        uint256 indexed requestId,
        uint256 amount,
        uint256 newAmount,
        address recipient,
        address slasher
    );
    /// @notice A matured unstake or undelegate request `requestId` paid `amount` back to `account` (what the
    /// request held then: its requested amount less any WithdrawalSlashed).
    event Withdrawn(address indexed account, uint256 indexed taskId, uint256 indexed requestId, uint256 amount);
    /// @notice `amount` of `account`'s own (active) stake was taken and sent to `recipient`; own stake is now `newStake`.
    /// A slash larger than the active stake goes on into the account's open unstake requests in the task
    /// (WithdrawalSlashed); the slash's total is Slashed.amount plus those requests' amounts.
    event Slashed(
        address indexed account,
        uint256 indexed taskId,
        uint8 role,
        uint256 amount,
        uint256 newStake,
        address recipient,
        address slasher
    );
    /// @notice `delegator` backs `participant` in `taskId` with `amount` more; the pair's delegation is now `newDelegation`.
    event Delegated(
        address indexed delegator, uint256 indexed taskId, address indexed participant, uint256 amount, uint256 newDelegation
    );
    /// @notice The delegation stops counting at once; the tokens are withdrawable at `availableAt` via `requestId`.
    event Undelegated(
        address indexed delegator,
        uint256 indexed taskId,
        address indexed participant,
        uint256 amount,
        uint256 newDelegation,
        uint256 requestId,
        uint64 availableAt
    );
    /// @notice `account` keeps `sigmaPpm` parts per million of the reward its delegators' stake earns.
    event RewardShareSet(address indexed account, uint32 sigmaPpm, uint32 previousPpm);
    /// @notice Parameters changed by the admin.
    event CooldownsSet(uint64 unstakeCooldown, uint64 rewardShareCooldown);

    function stake(uint256 taskId, uint8 role, uint256 amount) external;
    function requestUnstake(uint256 taskId, uint256 amount) external returns (uint256 requestId);
    function withdraw(uint256 requestId) external;
    function delegate(uint256 taskId, address participant, uint256 amount) external;
    function undelegate(uint256 taskId, address participant, uint256 amount) external returns (uint256 requestId);
    function setRewardShare(uint32 sigmaPpm) external;
    function slash(address account, uint256 taskId, uint256 amount) external;

    function roleOf(address account, uint256 taskId) external view returns (uint8);
    function stakeOf(address account, uint256 taskId) external view returns (uint256);
    function delegationOf(address delegator, uint256 taskId, address participant) external view returns (uint256);
    function rewardShareOf(address account) external view returns (uint32);
}

/// @notice A contract that decides when own stake requested for withdrawal in a task may leave Staking: while it
/// says locked, Staking refuses to pay out that unstake request (it stays slashable). FLAlliance guards its tasks
/// so that a participant of an open round cannot take out stake it committed to the round before the round's slash.
interface IWithdrawalGuard {
    /// @notice Whether `account`'s unstake request `requestId` in `taskId` must wait (request ids increase with time).
    function withdrawalLocked(address account, uint256 taskId, uint256 requestId) external view returns (bool);
}
