// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStaking, IWithdrawalGuard} from "./interfaces/IStaking.sol";
import {ITaskArena} from "./interfaces/ITaskArena.sol";
import {Roles} from "./interfaces/Roles.sol";

/// @title Staking
/// @notice Per-task staking of FLOCK with one role per (account, task), delegation to participants,
/// a per-account reward share (sigma) and slashing of own stake.
///
/// Design notes:
/// - Task existence: a task is known when it was registered here by TASK_ADMIN_ROLE (`registerTask`, used for
///   FL Alliance tasks that live in a later contract) or, when `taskRegistry` is set, when
///   `ITaskArena(taskRegistry).taskExists(taskId)` is true. With no registry configured and nothing registered,
///   any non-zero task id is accepted (devnet convenience). Task id 0 is never valid.
/// - Task kinds: a registered (FL) task takes only role FL; any other task only NODE or VALIDATOR. An id cannot be
///   registered once the Arena registry knows it (and TaskArena refuses ids registered here).
/// - Roles: the first stake of an account in a task fixes its role for that task for good (also after a full
///   unstake). Staking under another role reverts.
/// - Unstaking and undelegating reduce the counted balance at once and queue a withdrawal request that matures
///   after `unstakeCooldown` (the cooldown in force when the request is made).
/// - Slashing takes own stake only (never delegations) and sends it to `slashRecipient` (or the slasher's pick).
///   Own stake requested for withdrawal stays slashable until it is withdrawn, as EigenLayer keeps queued
///   withdrawals slashable through their escrow: otherwise anyone about to be slashed (an FL participant in a
///   round going against it) could request an unstake first and take the stake away. A slash takes active stake
///   first, then the account's open unstake requests in that task, newest first (a request made to dodge is the
///   first to pay; one made before the offence the last), each reduction reported by WithdrawalSlashed.
///   At most MAX_OPEN_UNSTAKES requests per (account, task) are open, so a slash stays within a block's gas.
///   Undelegation requests are never slashable (delegations are not).
/// - Withdrawal guard: a task's guard (FLAlliance for its tasks, set by TASK_ADMIN_ROLE) can hold back the
///   payout of an own-stake request while something open may still slash the stake it took out (an FL round the
///   account takes part in and requested the unstake during, until finalized). With requests slashable until
///   withdrawn, this makes the slash reach the stake committed to the round whatever the cooldown and however
///   late the round is finalized.
/// - Invariant: token.balanceOf(this) == totalOwnStake + totalDelegated + totalPending (absent direct transfers,
///   which only ever add to the left side).
contract Staking is IStaking, AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    bytes32 public constant TASK_ADMIN_ROLE = keccak256("TASK_ADMIN_ROLE");

    uint32 public constant PPM = 1_000_000;
    uint64 public constant MAX_COOLDOWN = 365 days;
    /// @notice Bound on open (not withdrawn) unstake requests per (account, task): a slash walks them.
    uint256 public constant MAX_OPEN_UNSTAKES = 8;

    /// @notice A queued withdrawal (from `requestUnstake` or `undelegate`).
    struct WithdrawalRequest {
        address owner;
        uint64 availableAt;
        bool withdrawn;
        /// @dev Own stake (requestUnstake): slashable until withdrawn. Undelegations are not.
        bool slashable;
        uint256 taskId;
        uint256 amount;
    }

    IERC20 public immutable token;

    /// @notice Optional ITaskArena used to check that a task exists (address(0): not consulted).
    address public taskRegistry;
    /// @notice Receiver of slashed stake (the treasury by default).
    address public slashRecipient;
    uint64 public unstakeCooldown = 7 days;
    uint64 public rewardShareCooldown = 1 days;

    /// @notice Tasks registered directly with this contract (e.g. FL Alliance tasks).
    mapping(uint256 taskId => bool) public registeredTask;

    mapping(address account => mapping(uint256 taskId => uint8)) private _role;
    mapping(address account => mapping(uint256 taskId => uint256)) private _stake;
    mapping(address delegator => mapping(uint256 taskId => mapping(address participant => uint256))) private _delegation;
    /// @notice Sum of all delegations to `participant` in `taskId`.
    mapping(address participant => mapping(uint256 taskId => uint256)) public delegatedTo;

    mapping(address account => uint32) private _rewardShare;
    mapping(address account => uint64) public rewardShareSetAt;
    mapping(address account => bool) public rewardShareInitialized;

    mapping(uint256 requestId => WithdrawalRequest) private _requests;
    /// @notice Id of the last withdrawal request (ids start at 1).
    uint256 public lastRequestId;

    /// @dev Open unstake request ids per (account, task), oldest first.
    mapping(address account => mapping(uint256 taskId => uint256[])) private _openUnstakes;
    /// @notice Sum of the open unstake requests' amounts per (account, task): own stake still slashable.
    mapping(address account => mapping(uint256 taskId => uint256)) public pendingStakeOf;
    /// @notice Contract asked before an own-stake request in the task is paid out (address(0): none).
    mapping(uint256 taskId => address) public withdrawalGuard;

    uint256 public totalOwnStake;
    uint256 public totalDelegated;
    uint256 public totalPending;

    event TaskRegistrySet(address registry);
    event TaskRegistered(uint256 indexed taskId);
    event SlashRecipientSet(address recipient);
    event WithdrawalGuardSet(uint256 indexed taskId, address guard);

    error ZeroAddress();
    error ZeroAmount();
    error InvalidRole(uint8 role);
    error RoleMismatch(uint8 existing, uint8 requested);
    error UnknownTask(uint256 taskId);
    error InsufficientStake(uint256 available, uint256 requested);
    error InsufficientDelegation(uint256 available, uint256 requested);
    error NotAParticipant(address participant, uint256 taskId);
    error SelfDelegation();
    error UnknownRequest(uint256 requestId);
    error NotRequestOwner(uint256 requestId);
    error AlreadyWithdrawn(uint256 requestId);
    error NotMatured(uint256 requestId, uint64 availableAt);
    error InvalidRewardShare(uint32 sigmaPpm);
    error RewardShareCooldown(uint64 nextAllowedAt);
    error CooldownTooLong(uint64 cooldown);
    error RoleNotAllowedInTask(uint256 taskId, uint8 role);
    error TaskKindConflict(uint256 taskId);
    error TooManyOpenUnstakes(uint256 taskId, uint256 open);
    error WithdrawalLocked(uint256 requestId, address guard);
    error NotAContract(address account);

    constructor(IERC20 token_, address admin, address slashRecipient_) {
        if (address(token_) == address(0) || admin == address(0) || slashRecipient_ == address(0)) revert ZeroAddress();
        token = token_;
        slashRecipient = slashRecipient_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        emit SlashRecipientSet(slashRecipient_);
        emit CooldownsSet(unstakeCooldown, rewardShareCooldown);
    }

    // ---------------------------------------------------------------- participants

    /// @inheritdoc IStaking
    function stake(uint256 taskId, uint8 role, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        if (role == Roles.NONE || role > Roles.FL) revert InvalidRole(role);
        if (!taskKnown(taskId)) revert UnknownTask(taskId);
        // FL tasks (registered here) take only the FL role; Arena tasks only nodes and validators. A stake whose
        // role does not fit its task's kind could never be rewarded and would make the epoch's input inconsistent.
        if (registeredTask[taskId] != (role == Roles.FL)) revert RoleNotAllowedInTask(taskId, role);
        uint8 existing = _role[msg.sender][taskId];
        if (existing == Roles.NONE) {
            _role[msg.sender][taskId] = role;
        } else if (existing != role) {
            revert RoleMismatch(existing, role);
        }
        uint256 newStake = _stake[msg.sender][taskId] + amount;
        _stake[msg.sender][taskId] = newStake;
        totalOwnStake += amount;
        emit Staked(msg.sender, taskId, role, amount, newStake);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IStaking
    function requestUnstake(uint256 taskId, uint256 amount) external nonReentrant returns (uint256 requestId) {
        if (amount == 0) revert ZeroAmount();
        uint256 current = _stake[msg.sender][taskId];
        if (amount > current) revert InsufficientStake(current, amount);
        uint256[] storage open = _openUnstakes[msg.sender][taskId];
        if (open.length >= MAX_OPEN_UNSTAKES) revert TooManyOpenUnstakes(taskId, open.length);
        uint256 newStake = current - amount;
        _stake[msg.sender][taskId] = newStake;
        totalOwnStake -= amount;
        uint64 availableAt;
        (requestId, availableAt) = _queue(msg.sender, taskId, amount, true);
        open.push(requestId);
        pendingStakeOf[msg.sender][taskId] += amount;
        emit UnstakeRequested(
            msg.sender, taskId, _role[msg.sender][taskId], amount, newStake, requestId, availableAt
        );
    }

    /// @inheritdoc IStaking
    function withdraw(uint256 requestId) external nonReentrant {
        WithdrawalRequest storage r = _requests[requestId];
        if (r.owner == address(0)) revert UnknownRequest(requestId);
        if (r.owner != msg.sender) revert NotRequestOwner(requestId);
        if (r.withdrawn) revert AlreadyWithdrawn(requestId);
        if (block.timestamp < r.availableAt) revert NotMatured(requestId, r.availableAt);
        uint256 taskId = r.taskId;
        uint256 amount = r.amount;
        if (r.slashable) {
            address guard = withdrawalGuard[taskId];
            if (guard != address(0) && IWithdrawalGuard(guard).withdrawalLocked(msg.sender, taskId, requestId)) {
                revert WithdrawalLocked(requestId, guard);
            }
            _closeUnstake(msg.sender, taskId, requestId);
            pendingStakeOf[msg.sender][taskId] -= amount;
        }
        r.withdrawn = true;
        totalPending -= amount;
        emit Withdrawn(msg.sender, r.taskId, requestId, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IStaking
    function delegate(uint256 taskId, address participant, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        if (participant == msg.sender) revert SelfDelegation();
        if (_role[participant][taskId] == Roles.NONE) revert NotAParticipant(participant, taskId);
        uint256 newDelegation = _delegation[msg.sender][taskId][participant] + amount;
        _delegation[msg.sender][taskId][participant] = newDelegation;
        delegatedTo[participant][taskId] += amount;
        totalDelegated += amount;
        emit Delegated(msg.sender, taskId, participant, amount, newDelegation);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IStaking
    function undelegate(uint256 taskId, address participant, uint256 amount)
        external
        nonReentrant
        returns (uint256 requestId)
    {
        if (amount == 0) revert ZeroAmount();
        uint256 current = _delegation[msg.sender][taskId][participant];
        if (amount > current) revert InsufficientDelegation(current, amount);
        uint256 newDelegation = current - amount;
        _delegation[msg.sender][taskId][participant] = newDelegation;
        delegatedTo[participant][taskId] -= amount;
        totalDelegated -= amount;
        uint64 availableAt;
        (requestId, availableAt) = _queue(msg.sender, taskId, amount, false);
        emit Undelegated(msg.sender, taskId, participant, amount, newDelegation, requestId, availableAt);
    }

    /// @inheritdoc IStaking
    /// @dev The first set is always allowed; later changes need `rewardShareCooldown` since the previous one.
    function setRewardShare(uint32 sigmaPpm) external {
        if (sigmaPpm > PPM) revert InvalidRewardShare(sigmaPpm);
        if (rewardShareInitialized[msg.sender]) {
            uint64 next = rewardShareSetAt[msg.sender] + rewardShareCooldown;
            if (block.timestamp < next) revert RewardShareCooldown(next);
        } else {
            rewardShareInitialized[msg.sender] = true;
        }
        uint32 previous = _rewardShare[msg.sender];
        _rewardShare[msg.sender] = sigmaPpm;
        rewardShareSetAt[msg.sender] = uint64(block.timestamp);
        emit RewardShareSet(msg.sender, sigmaPpm, previous);
    }

    // ---------------------------------------------------------------- slashing

    /// @inheritdoc IStaking
    /// @dev Own stake only (active, then open unstake requests newest first); delegations are never slashed.
    function slash(address account, uint256 taskId, uint256 amount) external onlyRole(SLASHER_ROLE) nonReentrant {
        _slash(account, taskId, amount, slashRecipient);
    }

    /// @notice Like `slash`, but the slasher picks the recipient (FLAlliance routes slashed stake to the
    /// distributor and the treasury itself). Emits the same Slashed event.
    function slashTo(address account, uint256 taskId, uint256 amount, address recipient)
        external
        onlyRole(SLASHER_ROLE)
        nonReentrant
    {
        if (recipient == address(0)) revert ZeroAddress();
        _slash(account, taskId, amount, recipient);
    }

    /// @dev Takes `amount` of `account`'s own stake in `taskId`: active stake first (Slashed), then its open unstake
    /// requests newest first (WithdrawalSlashed per request reduced). One transfer of `amount` to `recipient`.
    function _slash(address account, uint256 taskId, uint256 amount, address recipient) private {
        if (amount == 0) revert ZeroAmount();
        uint256 current = _stake[account][taskId];
        uint256 pending = pendingStakeOf[account][taskId];
        if (amount > current + pending) revert InsufficientStake(current + pending, amount);
        uint256 fromStake = amount < current ? amount : current;
        if (fromStake != 0) {
            uint256 newStake = current - fromStake;
            _stake[account][taskId] = newStake;
            totalOwnStake -= fromStake;
            emit Slashed(account, taskId, _role[account][taskId], fromStake, newStake, recipient, msg.sender);
        }
        if (amount != fromStake) _slashPending(account, taskId, amount - fromStake, pending, recipient);
        token.safeTransfer(recipient, amount);
    }

    /// @dev Takes `rest` (<= `pending`, the open requests' sum) from the open unstake requests, newest first.
    function _slashPending(address account, uint256 taskId, uint256 rest, uint256 pending, address recipient) private {
        pendingStakeOf[account][taskId] = pending - rest;
        totalPending -= rest;
        uint256[] storage open = _openUnstakes[account][taskId];
        // rest <= the open amounts' sum, so the walk ends before i reaches 0.
        for (uint256 i = open.length; rest != 0;) {
            --i;
            uint256 id = open[i];
            WithdrawalRequest storage r = _requests[id];
            uint256 had = r.amount;
            if (had == 0) continue;
            uint256 take = rest < had ? rest : had;
            r.amount = had - take;
            rest -= take;
            emit WithdrawalSlashed(account, taskId, id, take, had - take, recipient, msg.sender);
        }
    }

    // ---------------------------------------------------------------- admin

    /// @notice Consult `registry` (an ITaskArena) for task existence; address(0) turns the check off.
    function setTaskRegistry(address registry) external onlyRole(DEFAULT_ADMIN_ROLE) {
        taskRegistry = registry;
        emit TaskRegistrySet(registry);
    }

    /// @notice Make `taskId` stakeable without the registry (FL Alliance tasks from other contracts).
    function registerTask(uint256 taskId) external onlyRole(TASK_ADMIN_ROLE) {
        if (taskId == 0) revert UnknownTask(0);
        address registry = taskRegistry;
        if (registry != address(0) && ITaskArena(registry).taskExists(taskId)) revert TaskKindConflict(taskId);
        registeredTask[taskId] = true;
        emit TaskRegistered(taskId);
    }

    /// @notice `guard` decides when own-stake requests in `taskId` may be paid out (see IWithdrawalGuard);
    /// FLAlliance sets itself for the tasks it creates. address(0) removes the guard.
    function setWithdrawalGuard(uint256 taskId, address guard) external onlyRole(TASK_ADMIN_ROLE) {
        if (!registeredTask[taskId]) revert UnknownTask(taskId);
        // An account without code cannot answer: every own-stake payout in the task would revert.
        if (guard != address(0) && guard.code.length == 0) revert NotAContract(guard);
        withdrawalGuard[taskId] = guard;
        emit WithdrawalGuardSet(taskId, guard);
    }

    function setSlashRecipient(address recipient) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (recipient == address(0)) revert ZeroAddress();
        slashRecipient = recipient;
        emit SlashRecipientSet(recipient);
    }

    /// @notice New cooldowns apply to requests and reward-share changes made from now on.
    function setCooldowns(uint64 unstakeCooldown_, uint64 rewardShareCooldown_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (unstakeCooldown_ > MAX_COOLDOWN) revert CooldownTooLong(unstakeCooldown_);
        if (rewardShareCooldown_ > MAX_COOLDOWN) revert CooldownTooLong(rewardShareCooldown_);
        unstakeCooldown = unstakeCooldown_;
        rewardShareCooldown = rewardShareCooldown_;
        emit CooldownsSet(unstakeCooldown_, rewardShareCooldown_);
    }

    // ---------------------------------------------------------------- views

    /// @notice Whether `taskId` accepts stake.
    function taskKnown(uint256 taskId) public view returns (bool) {
        if (taskId == 0) return false;
        if (registeredTask[taskId]) return true;
        address registry = taskRegistry;
        if (registry == address(0)) return true;
        return ITaskArena(registry).taskExists(taskId);
    }

    function roleOf(address account, uint256 taskId) external view returns (uint8) {
        return _role[account][taskId];
    }

    function stakeOf(address account, uint256 taskId) external view returns (uint256) {
        return _stake[account][taskId];
    }

    /// @notice Own stake a slash can still take: active stake plus open unstake requests.
    function slashableOf(address account, uint256 taskId) external view returns (uint256) {
        return _stake[account][taskId] + pendingStakeOf[account][taskId];
    }

    /// @notice Open unstake request ids of `account` in `taskId`, oldest first (a slash walks them from the end).
    function openUnstakesOf(address account, uint256 taskId) external view returns (uint256[] memory) {
        return _openUnstakes[account][taskId];
    }

    function delegationOf(address delegator, uint256 taskId, address participant) external view returns (uint256) {
        return _delegation[delegator][taskId][participant];
    }

    function rewardShareOf(address account) external view returns (uint32) {
        return _rewardShare[account];
    }

    function requestOf(uint256 requestId) external view returns (WithdrawalRequest memory) {
        return _requests[requestId];
    }

    // ---------------------------------------------------------------- internal

    function _queue(address owner, uint256 taskId, uint256 amount, bool slashable)
        private
        returns (uint256 requestId, uint64 availableAt)
    {
        requestId = ++lastRequestId;
        availableAt = uint64(block.timestamp) + unstakeCooldown;
        _requests[requestId] = WithdrawalRequest({
            owner: owner,
            availableAt: availableAt,
            withdrawn: false,
            slashable: slashable,
            taskId: taskId,
            amount: amount
        });
        totalPending += amount;
    }

    /// @dev Removes `requestId` from the open list, keeping the others in request order (at most MAX_OPEN_UNSTAKES).
    function _closeUnstake(address owner, uint256 taskId, uint256 requestId) private {
        uint256[] storage open = _openUnstakes[owner][taskId];
        uint256 n = open.length;
        uint256 i;
        while (open[i] != requestId) ++i; // an open slashable request is always in the list
        for (; i + 1 < n; ++i) {
            open[i] = open[i + 1];
        }
        open.pop();
    }
}
