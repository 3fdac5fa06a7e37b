// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IRewardsDistributor} from "./interfaces/IRewardsDistributor.sol";

/// @title RewardsDistributor
/// @notice Cumulative Merkle distributor. Each root commits to OpenZeppelin StandardMerkleTree leaves
/// `keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))))`; an account is paid the difference
/// between its cumulative amount and what it already claimed.
///
/// Root lifecycle and safety rules:
/// - ROOT_PROPOSER_ROLE proposes `(root, epoch, totalCumulative, manifestHash)`. The epoch must be strictly greater
///   than the accepted epoch (any epoch, including 0, when no root was ever accepted); `totalCumulative` must be
///   >= the accepted total and <= `totalFunded`. The proposal becomes valid at `block.timestamp + timelock`, fixed
///   at proposal time: a later `setTimelock` does not move it.
/// - There is at most one pending root. A new proposal that satisfies the rules above replaces the pending one
///   (with a fresh `validAt`), so the proposer can correct a mistake; a guardian can revoke the pending root.
/// - Anyone may `acceptRoot()` once `validAt` has passed; funding is re-checked then.
/// - Claims are capped by the accepted root's total: `totalClaimed <= acceptedTotal <= totalFunded` always holds.
/// - GUARDIAN_ROLE can pause claims (funding, proposing and accepting stay open).
/// - `fund` credits the nominal amount (FLOCK is a plain ERC20; fee-on-transfer tokens are not supported).
contract RewardsDistributor is IRewardsDistributor, AccessControl, Pausable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 public constant ROOT_PROPOSER_ROLE = keccak256("ROOT_PROPOSER_ROLE");
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    uint64 public constant MAX_TIMELOCK = 30 days;

    /// @notice The root waiting for its timelock.
    struct PendingRoot {
        bytes32 root;
        uint256 epoch;
        uint256 totalCumulative;
        bytes32 manifestHash;
        uint64 validAt;
        bool exists;
    }

    IERC20 public immutable token;

    /// @notice Delay between proposing a root and being able to accept it (applies to new proposals).
    uint64 public timelock = 1 days;

    bytes32 public root;
    uint256 public currentEpoch;
    /// @notice Total cumulative amount committed by the accepted root.
    uint256 public acceptedTotal;
    bytes32 public manifestHash;
    /// @notice Whether any root was ever accepted.
    bool public hasRoot;

    PendingRoot private _pending;

    mapping(address account => uint256) public claimed;
    uint256 public totalFunded;
    uint256 public totalClaimed;

    error ZeroAddress();
    error ZeroAmount();
    error ZeroRoot();
    error StaleEpoch(uint256 epoch, uint256 currentEpoch);
    error TotalDecreases(uint256 totalCumulative, uint256 acceptedTotal);
    error Underfunded(uint256 totalCumulative, uint256 totalFunded);
    error NoPendingRoot();
    error TimelockNotElapsed(uint64 validAt);
    error TimelockTooLong(uint64 timelock);
    error NoRoot();
    error InvalidProof();
    error ExceedsRootTotal(uint256 cumulativeAmount, uint256 acceptedTotal);
    error NothingToClaim(address account, uint256 cumulativeAmount, uint256 alreadyClaimed);

    constructor(IERC20 token_, address admin) {
        if (address(token_) == address(0) || admin == address(0)) revert ZeroAddress();
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        emit TimelockSet(timelock);
    }

    // ---------------------------------------------------------------- funding

    /// @inheritdoc IRewardsDistributor
    function fund(uint256 taskId, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 newTotal = totalFunded + amount;
        totalFunded = newTotal;
        emit Funded(msg.sender, taskId, amount, newTotal);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    // ---------------------------------------------------------------- roots

    /// @inheritdoc IRewardsDistributor
    function proposeRoot(bytes32 newRoot, uint256 epoch, uint256 totalCumulative, bytes32 newManifestHash)
        external
        onlyRole(ROOT_PROPOSER_ROLE)
    {
        if (newRoot == bytes32(0)) revert ZeroRoot();
        if (hasRoot && epoch <= currentEpoch) revert StaleEpoch(epoch, currentEpoch);
        if (totalCumulative < acceptedTotal) revert TotalDecreases(totalCumulative, acceptedTotal);
        if (totalCumulative > totalFunded) revert Underfunded(totalCumulative, totalFunded);
        uint64 validAt = uint64(block.timestamp) + timelock;
        _pending = PendingRoot({
            root: newRoot,
            epoch: epoch,
            totalCumulative: totalCumulative,
            manifestHash: newManifestHash,
            validAt: validAt,
            exists: true
        });
        emit RootProposed(epoch, newRoot, totalCumulative, newManifestHash, validAt, msg.sender);
    }

    /// @inheritdoc IRewardsDistributor
    function acceptRoot() external {
        PendingRoot memory p = _pending;
        if (!p.exists) revert NoPendingRoot();
        if (block.timestamp < p.validAt) revert TimelockNotElapsed(p.validAt);
        if (p.totalCumulative > totalFunded) revert Underfunded(p.totalCumulative, totalFunded);
        delete _pending;
        root = p.root;
        currentEpoch = p.epoch;
        acceptedTotal = p.totalCumulative;
        manifestHash = p.manifestHash;
        hasRoot = true;
        emit RootAccepted(p.epoch, p.root, p.totalCumulative, p.manifestHash);
    }

    /// @inheritdoc IRewardsDistributor
    function revokePendingRoot() external onlyRole(GUARDIAN_ROLE) {
        PendingRoot memory p = _pending;
        if (!p.exists) revert NoPendingRoot();
        delete _pending;
        emit RootRevoked(p.epoch, p.root, msg.sender);
    }

    // ---------------------------------------------------------------- claims

    /// @inheritdoc IRewardsDistributor
    function claim(address account, uint256 cumulativeAmount, bytes32[] calldata proof)
        external
        whenNotPaused
        nonReentrant
        returns (uint256 paid)
    {
        if (!hasRoot) revert NoRoot();
        bytes32 currentRoot = root;
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
        if (!MerkleProof.verifyCalldata(proof, currentRoot, leaf)) revert InvalidProof();
        uint256 cap = acceptedTotal;
        if (cumulativeAmount > cap) revert ExceedsRootTotal(cumulativeAmount, cap);
        uint256 already = claimed[account];
        if (cumulativeAmount <= already) revert NothingToClaim(account, cumulativeAmount, already);
        paid = cumulativeAmount - already;
        uint256 newTotalClaimed = totalClaimed + paid;
        if (newTotalClaimed > cap) revert ExceedsRootTotal(newTotalClaimed, cap);
        claimed[account] = cumulativeAmount;
        totalClaimed = newTotalClaimed;
        emit Claimed(account, currentRoot, paid, cumulativeAmount, msg.sender);
        token.safeTransfer(account, paid);
    }

    // ---------------------------------------------------------------- guardian / admin

    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    /// @notice Timelock for roots proposed from now on (0 allowed for devnets); a pending root keeps its `validAt`.
    function setTimelock(uint64 timelock_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (timelock_ > MAX_TIMELOCK) revert TimelockTooLong(timelock_);
        timelock = timelock_;
        emit TimelockSet(timelock_);
    }

    // ---------------------------------------------------------------- views

    /// @notice The pending root, if any (`exists` false otherwise).
    function pendingRoot() external view returns (PendingRoot memory) {
        return _pending;
    }

    /// @notice The leaf this contract verifies for `(account, cumulativeAmount)`.
    function leafOf(address account, uint256 cumulativeAmount) external pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
    }
}
