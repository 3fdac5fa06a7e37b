// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Participant roles in a task. An address holds one role per task.
library Roles {
    uint8 internal constant NONE = 0;
    /// @dev AI Arena training node: submits models.
    uint8 internal constant NODE = 1;
    /// @dev AI Arena validator: scores submissions.
    uint8 internal constant VALIDATOR = 2;
    /// @dev FL Alliance participant (proposer or voter per round).
    uint8 internal constant FL = 3;
}
