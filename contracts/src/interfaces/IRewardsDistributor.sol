// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Cumulative Merkle distributor: roots over OpenZeppelin StandardMerkleTree leaves
/// (address account, uint256 cumulativeAmount), bound to a settlement manifest and capped by funding.
interface IRewardsDistributor {
    /// @notice `amount` arrived from `from` for `taskId` (0 = protocol emission); `totalFunded` is the running total.
    event Funded(address indexed from, uint256 indexed taskId, uint256 amount, uint256 totalFunded);
    /// @notice A root for `epoch` is pending until `validAt`.
    event RootProposed(
        uint256 indexed epoch,
        bytes32 indexed root,
        uint256 totalCumulative,
        bytes32 manifestHash,
        uint64 validAt,
        address proposer
    );
    /// @notice The pending root for `epoch` became the claimable root.
    event RootAccepted(uint256 indexed epoch, bytes32 indexed root, uint256 totalCumulative, bytes32 manifestHash);
    /// @notice A guardian revoked the pending root for `epoch`.
    event RootRevoked(uint256 indexed epoch, bytes32 indexed root, address guardian);
    /// @notice `account` was paid `amount`; it has now claimed `cumulativeClaimed` in all, under `root`.
    event Claimed(
        address indexed account, bytes32 indexed root, uint256 amount, uint256 cumulativeClaimed, address caller
    );
    /// @notice The timelock for roots proposed from now on.
    event TimelockSet(uint64 timelock);

    function fund(uint256 taskId, uint256 amount) external;
    function proposeRoot(bytes32 root, uint256 epoch, uint256 totalCumulative, bytes32 manifestHash) external;
    function acceptRoot() external;
    function revokePendingRoot() external;
    function claim(address account, uint256 cumulativeAmount, bytes32[] calldata proof) external returns (uint256 paid);

    function root() external view returns (bytes32);
    function currentEpoch() external view returns (uint256);
    /// @notice The only epoch `proposeRoot` accepts now: `firstEpoch` before any root was accepted, else
    /// `currentEpoch + 1`.
    function nextEpoch() external view returns (uint256);
    /// @notice The URL of `epoch`'s settlement manifest: `manifestBaseURI` verbatim, then `epoch` in decimal (no sign,
    /// no leading zeros), then ".json"; e.g. base "https://covey.example/manifests/" and epoch 12 give
    /// "https://covey.example/manifests/12.json". "" while no base is set. The document there is trusted only if its
    /// keccak256 equals the `manifestHash` the epoch's root was proposed and accepted with.
    function manifestURI(uint256 epoch) external view returns (string memory);
    function claimed(address account) external view returns (uint256);
    function totalFunded() external view returns (uint256);
    function totalClaimed() external view returns (uint256);
}
