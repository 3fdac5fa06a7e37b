// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IMarketplace} from "./interfaces/IMarketplace.sol";
import {ITaskArena} from "./interfaces/ITaskArena.sol";
import {IRewardsDistributor} from "./interfaces/IRewardsDistributor.sol";

/// @title Marketplace
/// @notice Access to trained models for FLOCK. Only the node that submitted a model may list it (once);
/// a buyer pays the price once per model: `fee = price * feePpm / 1e6` goes to the treasury and the rest funds
/// the task's rewards through `RewardsDistributor.fund(taskId, net)`.
contract Marketplace is IMarketplace, AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    uint32 public constant PPM = 1_000_000;
    uint32 public constant MAX_FEE_PPM = 200_000;

    struct Listing {
        uint256 taskId;
        uint256 submissionId;
        address seller;
        uint256 price;
    }

    IERC20 public immutable token;
    ITaskArena public immutable arena;
    IRewardsDistributor public immutable distributor;
    address public treasury;
    uint32 public feePpm = 50_000;

    mapping(uint256 modelId => Listing) private _listings;
    /// @notice Model id of a listed submission (0 when not listed).
    mapping(uint256 submissionId => uint256 modelId) public modelIdOfSubmission;
    mapping(uint256 modelId => mapping(address buyer => bool)) public hasPurchased;
    /// @notice Id of the last listing (ids start at 1).
    uint256 public lastModelId;

    event TreasurySet(address treasury);

    error ZeroAddress();
    error ZeroPrice();
    error NotSubmitter(uint256 submissionId, address caller);
    error AlreadyListed(uint256 submissionId, uint256 modelId);
    error UnknownModel(uint256 modelId);
    error AlreadyPurchased(uint256 modelId, address buyer);
    error FeeTooHigh(uint32 feePpm);

    constructor(IERC20 token_, ITaskArena arena_, IRewardsDistributor distributor_, address treasury_, address admin) {
        if (
            address(token_) == address(0) || address(arena_) == address(0) || address(distributor_) == address(0)
                || treasury_ == address(0) || admin == address(0)
        ) revert ZeroAddress();
        token = token_;
        arena = arena_;
        distributor = distributor_;
        treasury = treasury_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        emit FeeSet(feePpm);
        emit TreasurySet(treasury_);
    }

    /// @inheritdoc IMarketplace
    function listModel(uint256 taskId, uint256 submissionId, uint256 price) external returns (uint256 modelId) {
        if (price == 0) revert ZeroPrice();
        (uint256 subTask, address node) = arena.submissionOf(submissionId);
        if (node != msg.sender || subTask != taskId || node == address(0)) revert NotSubmitter(submissionId, msg.sender);
        uint256 existing = modelIdOfSubmission[submissionId];
        if (existing != 0) revert AlreadyListed(submissionId, existing);
        modelId = ++lastModelId;
        _listings[modelId] = Listing({taskId: taskId, submissionId: submissionId, seller: msg.sender, price: price});
        modelIdOfSubmission[submissionId] = modelId;
        emit ModelListed(modelId, taskId, msg.sender, submissionId, price);
    }

    /// @inheritdoc IMarketplace
    function purchase(uint256 modelId) external nonReentrant {
        Listing storage l = _listings[modelId];
        if (l.seller == address(0)) revert UnknownModel(modelId);
        if (hasPurchased[modelId][msg.sender]) revert AlreadyPurchased(modelId, msg.sender);
        hasPurchased[modelId][msg.sender] = true;
        uint256 price = l.price;
        uint256 taskId = l.taskId;
        uint256 fee = Math.mulDiv(price, feePpm, PPM);
        uint256 net = price - fee;
        emit ModelPurchased(modelId, taskId, msg.sender, price, fee, net);
        token.safeTransferFrom(msg.sender, address(this), price);
        if (fee > 0) token.safeTransfer(treasury, fee);
        token.forceApprove(address(distributor), net);
        distributor.fund(taskId, net);
    }

    // ---------------------------------------------------------------- admin

    function setFee(uint32 feePpm_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (feePpm_ > MAX_FEE_PPM) revert FeeTooHigh(feePpm_);
        feePpm = feePpm_;
        emit FeeSet(feePpm_);
    }

    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    // ---------------------------------------------------------------- views

    function listingOf(uint256 modelId) external view returns (Listing memory) {
        return _listings[modelId];
    }
}
