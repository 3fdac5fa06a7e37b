// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TestBase} from "./Vm.sol";
import {FlockToken} from "../../src/FlockToken.sol";
import {Staking} from "../../src/Staking.sol";
import {TaskArena} from "../../src/TaskArena.sol";
import {Marketplace} from "../../src/Marketplace.sol";
import {RewardsDistributor} from "../../src/RewardsDistributor.sol";

/// @notice Deploys and wires the whole protocol the way the devnet does.
abstract contract Deployer is TestBase {
    address internal admin = address(0xAD);
    address internal treasury = address(0x7EA5);
    address internal proposer = address(0x9807);
    address internal guardian = address(0x6A7D);
    address internal slasher = address(0x51A5);
    address internal taskAdmin = address(0x7A5C);
    address internal stranger = address(0xBAD);

    uint256 internal constant SUPPLY = 1_000_000_000 ether;
    /// @dev The distributor's first epoch in unit tests. The devnet uses 0; 1 here makes a test that forgets
    /// `nextEpoch()` (and assumes 0) fail.
    uint64 internal constant FIRST_EPOCH = 1;

    FlockToken internal token;
    Staking internal staking;
    TaskArena internal arena;
    Marketplace internal market;
    RewardsDistributor internal dist;

    function deployAll() internal {
        token = new FlockToken(treasury, SUPPLY);
        staking = new Staking(token, admin, treasury);
        arena = new TaskArena(staking, admin);
        dist = new RewardsDistributor(token, admin, FIRST_EPOCH);
        market = new Marketplace(token, arena, dist, treasury, admin);
        vm.startPrank(admin);
        staking.setTaskRegistry(address(arena));
        staking.grantRole(staking.SLASHER_ROLE(), slasher);
        staking.grantRole(staking.TASK_ADMIN_ROLE(), taskAdmin);
        arena.grantRole(arena.TASK_ADMIN_ROLE(), taskAdmin);
        dist.grantRole(dist.ROOT_PROPOSER_ROLE(), proposer);
        dist.grantRole(dist.GUARDIAN_ROLE(), guardian);
        vm.stopPrank();
    }

    /// @dev Gives `to` tokens from the treasury and approves `spender` for them.
    function fundAndApprove(address to, address spender, uint256 amount) internal {
        vm.prank(treasury);
        token.transfer(to, amount);
        vm.prank(to);
        token.approve(spender, type(uint256).max);
    }

    function unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("AccessControlUnauthorizedAccount(address,bytes32)", account, role);
    }
}
