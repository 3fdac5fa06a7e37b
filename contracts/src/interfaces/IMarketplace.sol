// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice AI Marketplace: access to trained models, paid in FLOCK; the net price funds the task's rewards.
interface IMarketplace {
    /// @notice `seller` listed `submissionId` of `taskId` as `modelId` at `price` wei.
    event ModelListed(
        uint256 indexed modelId, uint256 indexed taskId, address indexed seller, uint256 submissionId, uint256 price
    );
    /// @notice `buyer` paid `price` for `modelId`; `fee` went to the treasury and `net` to the distributor for `taskId`.
    event ModelPurchased(
        uint256 indexed modelId, uint256 indexed taskId, address indexed buyer, uint256 price, uint256 fee, uint256 net
    );
    /// @notice Marketplace fee in parts per million.
    event FeeSet(uint32 feePpm);

    function listModel(uint256 taskId, uint256 submissionId, uint256 price) external returns (uint256 modelId);
    function purchase(uint256 modelId) external;
}
