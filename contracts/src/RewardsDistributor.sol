// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IRewardsDistributor} from "./interfaces/IRewardsDistributor.sol";

/// @title RewardsDistributor
/// @notice Cumulative Merkle distributor. Each root commits to OpenZeppelin StandardMerkleTree leaves
/// `keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))))`; an account is paid the difference
/// between its cumulative amount and what it already claimed.
///
/// Root lifecycle and safety rules:
/// - ROOT_PROPOSER_ROLE proposes `(root, epoch, totalCumulative, manifestHash)`. The epoch must be exactly
///   `nextEpoch()`: `firstEpoch` (fixed at deployment, 0 on the devnet: the settlement epoch counted from the
///   reward spec's genesis that the first root covers) until a root is accepted, then `currentEpoch + 1`. Epochs are
///   never skipped, so each epoch's root and manifest are on-chain, and no proposal can push the epoch out of reach
///   (an accepted epoch 2^256-1 used to make every later proposal revert). A publisher that fell behind catches up
///   one epoch per timelock. `totalCumulative` must be >= the accepted total and <= `totalFunded`. The proposal
///   becomes valid at `block.timestamp + timelock`, fixed at proposal time: a later `setTimelock` does not move it.
/// - There is at most one pending root, always of `nextEpoch()`. A new proposal replaces it (with a fresh `validAt`),
///   so the proposer can correct a mistake; a guardian can revoke the pending root, and the same epoch can then be
///   proposed again.
/// - The timelock is at most MAX_TIMELOCK and at least `minTimelock()`: MIN_TIMELOCK on every chain but the local
///   devnet (chain id 31337, where it is 0 so tests and demos need not wait). The floor is in the contract, not in a
///   deploy script, so an auditor reads it from the bytecode: no admin (or stolen admin key) can make a root
///   claimable before a guard had MIN_TIMELOCK to revoke it.
/// - Anyone may `acceptRoot()` once `validAt` has passed; funding is re-checked then.
/// - Claims are capped by the accepted root's total: `totalClaimed <= acceptedTotal <= totalFunded` always holds.
/// - GUARDIAN_ROLE can pause claims (funding, proposing and accepting stay open).
/// - `fund` credits the nominal amount (FLOCK is a plain ERC20; fee-on-transfer tokens are not supported).
/// - The admin records where settlement manifests are published (`manifestBaseURI`, like Morpho URD's `ipfsHash`):
///   epoch N's manifest is at `manifestURI(N)`, whose keccak256 must equal the `manifestHash` of epoch N's root.
/// - Every parameter change emits an event (TimelockSet, ManifestBaseURISet; roles and pause through OpenZeppelin's
///   RoleGranted/RoleRevoked/Paused/Unpaused).
contract RewardsDistributor is IRewardsDistributor, AccessControl, Pausable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 public constant ROOT_PROPOSER_ROLE = keccak256("ROOT_PROPOSER_ROLE");
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    uint64 public constant MAX_TIMELOCK = 30 days;
    /// @notice Floor of the timelock off the devnet: time for a guard to verify a proposed root and revoke it, through
    /// an RPC outage or a human answering an alarm at night; below the 1-day epoch so a late publisher catches up.
    uint64 public constant MIN_TIMELOCK = 6 hours;
    /// @notice The local devnet's chain id (anvil's default), the only chain where the timelock may be 0.
    uint256 public constant DEVNET_CHAIN_ID = 31337;

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
    /// @notice The epoch the first root must be for (a uint64, so `currentEpoch + 1` can never overflow).
    uint64 public immutable firstEpoch;

    /// @notice Delay between proposing a root and being able to accept it (applies to new proposals).
    uint64 public timelock = 1 days;

    bytes32 public root;
    uint256 public currentEpoch;
    /// @notice Total cumulative amount committed by the accepted root.
    uint256 public acceptedTotal;
    bytes32 public manifestHash;
    /// @notice Prefix of the manifests' URLs (see `manifestURI`); empty until the admin sets it.
    string public manifestBaseURI;
    /// @notice Whether any root was ever accepted.
    bool public hasRoot;

    PendingRoot private _pending;

    mapping(address account => uint256) public claimed;
    uint256 public totalFunded;
    uint256 public totalClaimed;

    /// @notice Manifests are published under `baseURI` from now on (see `manifestURI`). An admin event, like the
    /// role and pause events: declared here, not in IRewardsDistributor (whose events the indexer requires tables for).
    event ManifestBaseURISet(string baseURI);

    error ZeroAddress();
    error ZeroAmount();
    error ZeroRoot();
    error NotNextEpoch(uint256 epoch, uint256 nextEpoch);
    error TotalDecreases(uint256 totalCumulative, uint256 acceptedTotal);
    error Underfunded(uint256 totalCumulative, uint256 totalFunded);
    error NoPendingRoot();
    error TimelockNotElapsed(uint64 validAt);
    error TimelockTooLong(uint64 timelock);
    error TimelockTooShort(uint64 timelock, uint64 minTimelock);
    error NoRoot();
    error InvalidProof();
    error ExceedsRootTotal(uint256 cumulativeAmount, uint256 acceptedTotal);
    error NothingToClaim(address account, uint256 cumulativeAmount, uint256 alreadyClaimed);

    /// @param firstEpoch_ the epoch of the first root (0 when the distributor is deployed before the reward spec's
    /// genesis epoch ends, as on the devnet).
    constructor(IERC20 token_, address admin, uint64 firstEpoch_) {
        if (address(token_) == address(0) || admin == address(0)) revert ZeroAddress();
        token = token_;
        firstEpoch = firstEpoch_;
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
        uint256 next = nextEpoch();
        if (epoch != next) revert NotNextEpoch(epoch, next);
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

    /// @notice Timelock for roots proposed from now on, in [minTimelock(), MAX_TIMELOCK]; a pending root keeps its
    /// `validAt`.
    function setTimelock(uint64 timelock_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (timelock_ > MAX_TIMELOCK) revert TimelockTooLong(timelock_);
        uint64 floor = minTimelock();
        if (timelock_ < floor) revert TimelockTooShort(timelock_, floor);
        timelock = timelock_;
        emit TimelockSet(timelock_);
    }

    /// @notice Where manifests are published from now on (see `manifestURI`); "" says nowhere.
    function setManifestBaseURI(string calldata baseURI) external onlyRole(DEFAULT_ADMIN_ROLE) {
        manifestBaseURI = baseURI;
        emit ManifestBaseURISet(baseURI);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IRewardsDistributor
    function nextEpoch() public view returns (uint256) {
        return hasRoot ? currentEpoch + 1 : firstEpoch;
    }

    /// @notice The smallest timelock `setTimelock` accepts on this chain: 0 on the devnet, MIN_TIMELOCK elsewhere.
    function minTimelock() public view returns (uint64) {
        return block.chainid == DEVNET_CHAIN_ID ? 0 : MIN_TIMELOCK;
    }

    /// @inheritdoc IRewardsDistributor
    function manifestURI(uint256 epoch) external view returns (string memory) {
        string memory base = manifestBaseURI;
        if (bytes(base).length == 0) return "";
        return string.concat(base, Strings.toString(epoch), ".json");
    }

    /// @notice The pending root, if any (`exists` false otherwise).
    function pendingRoot() external view returns (PendingRoot memory) {
        return _pending;
    }

    /// @notice The leaf this contract verifies for `(account, cumulativeAmount)`.
    function leafOf(address account, uint256 cumulativeAmount) external pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
    }
}
