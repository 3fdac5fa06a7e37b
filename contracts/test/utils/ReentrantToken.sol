// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A malicious ERC20 for tests: when `hookFrom` sends tokens, it calls back into `target` with `data`
/// once and records the outcome (it swallows the revert so the outer call can complete).
contract ReentrantToken is ERC20 {
    address public hookFrom;
    address public target;
    bytes public data;
    bool public armed;
    bool public attempted;
    bool public reentrySucceeded;
    bytes public reentryResult;

    constructor() ERC20("Evil", "EVIL") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @dev Lets the token contract itself act as a user (so a re-entrant call comes from the legitimate owner).
    function exec(address to, bytes calldata callData) external returns (bytes memory) {
        (bool ok, bytes memory ret) = to.call(callData);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    function arm(address hookFrom_, address target_, bytes calldata data_) external {
        hookFrom = hookFrom_;
        target = target_;
        data = data_;
        armed = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed && from == hookFrom) {
            armed = false;
            attempted = true;
            (reentrySucceeded, reentryResult) = target.call(data);
        }
    }
}
