// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FlockToken} from "../src/FlockToken.sol";
import {Staking} from "../src/Staking.sol";
import {TaskArena} from "../src/TaskArena.sol";
import {RewardsDistributor} from "../src/RewardsDistributor.sol";
import {FLAlliance, IFLStaking} from "../src/FLAlliance.sol";
import {Roles} from "../src/interfaces/Roles.sol";

/// @notice The Foundry cheatcodes the FL Alliance tests use (forge-std is not vendored; the npm toolchain ships
/// forge without it). Signatures must match Foundry's exactly: forge dispatches on the selector.
interface FLVm {
    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function warp(uint256 newTimestamp) external;
    function roll(uint256 newHeight) external;
    function prevrandao(uint256 newPrevrandao) external;
    function setBlockhash(uint256 blockNumber, bytes32 blockHash) external;
    function prank(address msgSender) external;
    function startPrank(address msgSender) external;
    function stopPrank() external;
    function expectRevert(bytes4 revertData) external;
    function expectRevert(bytes calldata revertData) external;
    function expectEmit(bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData, address emitter) external;
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory logs);
    function assume(bool condition) external pure;
    function assertTrue(bool condition, string calldata error) external pure;
    function assertFalse(bool condition, string calldata error) external pure;
    function assertEq(bool left, bool right, string calldata error) external pure;
    function assertEq(uint256 left, uint256 right, string calldata error) external pure;
    function assertEq(address left, address right, string calldata error) external pure;
    function assertEq(bytes32 left, bytes32 right, string calldata error) external pure;
    function assertGt(uint256 left, uint256 right, string calldata error) external pure;
}

/// @notice Cheatcode handle and `bound`, shared by the FL Alliance tests and the invariant handler.
abstract contract FLCheats {
    FLVm internal constant vm = FLVm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev Maps `x` into [min, max], keeping in-range values as they are.
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min;
        if (size == type(uint256).max) return x;
        return min + (x % (size + 1));
    }
}

/// @notice Deploys token, Staking (with the Arena as task registry), the distributor and FLAlliance, wired as on a
/// devnet: FLAlliance holds Staking's SLASHER_ROLE and TASK_ADMIN_ROLE.
abstract contract FLAllianceFixture is FLCheats {
    address internal admin = address(0xAD);
    address internal treasury = address(0x7EA5);
    address internal taskAdmin = address(0x7A5C);
    address internal stranger = address(0xBAD);

    uint256 internal constant SUPPLY = 1_000_000_000 ether;
    uint256 internal constant TASK = 7;
    uint32 internal constant ROUNDS = 3;
    uint256 internal constant MIN_STAKE = 100 ether;
    uint64 internal constant COMMIT = 1 hours;
    uint64 internal constant REVEAL = 30 minutes;

    FlockToken internal token;
    Staking internal staking;
    TaskArena internal arena;
    RewardsDistributor internal dist;
    FLAlliance internal fl;

    function deployFL() internal {
        vm.warp(1_700_000_000);
        vm.roll(100);
        token = new FlockToken(treasury, SUPPLY);
        staking = new Staking(token, admin, treasury);
        arena = new TaskArena(staking, admin);
        dist = new RewardsDistributor(token, admin, 0);
        fl = new FLAlliance(IFLStaking(address(staking)), dist, treasury, admin);
        vm.startPrank(admin);
        staking.setTaskRegistry(address(arena));
        staking.grantRole(staking.SLASHER_ROLE(), address(fl));
        staking.grantRole(staking.TASK_ADMIN_ROLE(), address(fl));
        fl.grantRole(fl.TASK_ADMIN_ROLE(), taskAdmin);
        arena.grantRole(arena.TASK_ADMIN_ROLE(), taskAdmin);
        vm.stopPrank();
    }

    /// @dev Starts the next round of `taskId`, then one block later seeds it with `hash` as its seed block's hash.
    function startAndSeed(uint256 taskId, bytes32 hash) internal returns (uint32 round) {
        round = fl.startRound(taskId);
        seedWith(taskId, round, hash);
    }

    /// @dev Seeds the started `round` with `hash` as its seed block's hash (rolling past the seed block).
    function seedWith(uint256 taskId, uint32 round, bytes32 hash) internal {
        uint256 sb = fl.roundOf(taskId, round).seedBlock;
        if (block.number <= sb) vm.roll(sb + 1);
        vm.setBlockhash(sb, hash);
        fl.seedRound(taskId);
    }

    /// @dev The seed FLAlliance derives from seed block hash `hash`.
    function seedOf(bytes32 hash, uint256 taskId, uint32 round) internal pure returns (bytes32) {
        return keccak256(abi.encode(hash, taskId, round));
    }

    function createTask(uint256 taskId, uint32 rounds) internal {
        vm.prank(taskAdmin);
        fl.createFLTask(taskId, rounds, MIN_STAKE, COMMIT, REVEAL);
    }

    /// @dev Funds `who` from the treasury and stakes `amount` in `taskId` under `role`.
    function stakeAs(address who, uint256 taskId, uint8 role, uint256 amount) internal {
        vm.prank(treasury);
        token.transfer(who, amount);
        vm.startPrank(who);
        token.approve(address(staking), amount);
        staking.stake(taskId, role, amount);
        vm.stopPrank();
    }

    function stakeAndJoin(address who, uint256 taskId, uint256 amount) internal {
        stakeAs(who, taskId, Roles.FL, amount);
        vm.prank(who);
        fl.join(taskId);
    }

    function actor(uint256 i) internal pure returns (address) {
        return address(uint160(0x1000 + i));
    }

    function flRole(uint256 taskId, uint32 round, address a) internal view returns (uint8) {
        return fl.participantOf(taskId, round, a).flRole;
    }

    function unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("AccessControlUnauthorizedAccount(address,bytes32)", account, role);
    }
}
