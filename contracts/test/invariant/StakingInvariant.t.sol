// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CheatBase, TestBase} from "../utils/Vm.sol";
import {FlockToken} from "../../src/FlockToken.sol";
import {Staking} from "../../src/Staking.sol";

/// @notice Drives Staking with three actors over two tasks: stake, unstake, withdraw, delegate, undelegate, slash.
contract StakingHandler is CheatBase {
    FlockToken public immutable token;
    Staking public immutable staking;
    address public immutable slasher;

    address[] public actors;
    uint256[] public tasks;
    uint256[] public requestIds;
    uint256 public ghostSlashed;
    uint256 public ghostBadPayouts;

    constructor(FlockToken token_, Staking staking_, address slasher_, address[] memory actors_) {
        token = token_;
        staking = staking_;
        slasher = slasher_;
        actors = actors_;
        tasks.push(1);
        tasks.push(2);
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function taskCount() external view returns (uint256) {
        return tasks.length;
    }

    function _actor(uint256 s) internal view returns (address) {
        return actors[bound(s, 0, actors.length - 1)];
    }

    function _task(uint256 s) internal view returns (uint256) {
        return tasks[bound(s, 0, tasks.length - 1)];
    }

    function stake(uint256 a, uint256 t, uint256 roleSeed, uint256 amount) external {
        address who = _actor(a);
        uint256 task = _task(t);
        uint8 role = staking.roleOf(who, task);
        if (role == 0) role = uint8(bound(roleSeed, 1, 3));
        amount = bound(amount, 1, 1_000 ether);
        if (token.balanceOf(who) < amount) return;
        vm.prank(who);
        staking.stake(task, role, amount);
    }

    function requestUnstake(uint256 a, uint256 t, uint256 amount) external {
        address who = _actor(a);
        uint256 task = _task(t);
        uint256 current = staking.stakeOf(who, task);
        if (current == 0 || staking.openUnstakesOf(who, task).length == staking.MAX_OPEN_UNSTAKES()) return;
        vm.prank(who);
        requestIds.push(staking.requestUnstake(task, bound(amount, 1, current)));
    }

    function delegate(uint256 a, uint256 p, uint256 t, uint256 amount) external {
        address who = _actor(a);
        address participant = _actor(p);
        uint256 task = _task(t);
        if (who == participant || staking.roleOf(participant, task) == 0) return;
        amount = bound(amount, 1, 1_000 ether);
        if (token.balanceOf(who) < amount) return;
        vm.prank(who);
        staking.delegate(task, participant, amount);
    }

    function undelegate(uint256 a, uint256 p, uint256 t, uint256 amount) external {
        address who = _actor(a);
        address participant = _actor(p);
        uint256 task = _task(t);
        uint256 current = staking.delegationOf(who, task, participant);
        if (current == 0) return;
        vm.prank(who);
        requestIds.push(staking.undelegate(task, participant, bound(amount, 1, current)));
    }

    function withdraw(uint256 idx, uint256 dt) external {
        if (requestIds.length == 0) return;
        vm.warp(block.timestamp + bound(dt, 0, 8 days));
        uint256 id = requestIds[bound(idx, 0, requestIds.length - 1)];
        Staking.WithdrawalRequest memory r = staking.requestOf(id);
        if (r.withdrawn || block.timestamp < r.availableAt) return;
        uint256 bal = token.balanceOf(r.owner);
        vm.prank(r.owner);
        staking.withdraw(id);
        if (token.balanceOf(r.owner) - bal != r.amount) ++ghostBadPayouts; // pays what the request holds now
    }

    function slash(uint256 a, uint256 t, uint256 amount) external {
        address who = _actor(a);
        uint256 task = _task(t);
        // Own stake and open unstake requests are slashable (active first).
        uint256 slashable = staking.slashableOf(who, task);
        if (slashable == 0) return;
        amount = bound(amount, 1, slashable);
        vm.prank(slasher);
        staking.slash(who, task, amount);
        ghostSlashed += amount;
    }

    function requestCount() external view returns (uint256) {
        return requestIds.length;
    }
}

contract StakingInvariantTest is TestBase {
    FlockToken internal token;
    Staking internal staking;
    StakingHandler internal handler;
    address internal constant SINK = address(0x51CC);
    uint256 internal constant PER_ACTOR = 10_000 ether;

    function setUp() public {
        address admin = address(0xAD);
        token = new FlockToken(address(this), 3 * PER_ACTOR);
        staking = new Staking(token, admin, SINK);
        address[] memory actors = new address[](3);
        for (uint256 i; i < 3; ++i) {
            actors[i] = address(uint160(0xAC70 + i));
            token.transfer(actors[i], PER_ACTOR);
            vm.prank(actors[i]);
            token.approve(address(staking), type(uint256).max);
        }
        handler = new StakingHandler(token, staking, address(0x51A5), actors);
        bytes32 slasherRole = staking.SLASHER_ROLE();
        vm.prank(admin);
        staking.grantRole(slasherRole, address(0x51A5));
        targetContract(address(handler));
    }

    function invariant_BalanceEqualsStakesDelegationsAndPending() public view {
        vm.assertEq(
            token.balanceOf(address(staking)),
            staking.totalOwnStake() + staking.totalDelegated() + staking.totalPending(),
            "balance != stakes + delegations + pending"
        );
    }

    function invariant_TotalsMatchPerAccountBalances() public view {
        uint256 own;
        uint256 delegated;
        uint256 n = handler.actorCount();
        for (uint256 t; t < handler.taskCount(); ++t) {
            uint256 task = handler.tasks(t);
            for (uint256 i; i < n; ++i) {
                address a = handler.actors(i);
                own += staking.stakeOf(a, task);
                uint256 toA;
                for (uint256 j; j < n; ++j) {
                    uint256 d = staking.delegationOf(handler.actors(j), task, a);
                    delegated += d;
                    toA += d;
                }
                vm.assertEq(staking.delegatedTo(a, task), toA, "delegatedTo");
            }
        }
        vm.assertEq(own, staking.totalOwnStake(), "sum(stakeOf) != totalOwnStake");
        vm.assertEq(delegated, staking.totalDelegated(), "sum(delegationOf) != totalDelegated");
        uint256 pending;
        uint256 slashablePending;
        for (uint256 k; k < handler.requestCount(); ++k) {
            Staking.WithdrawalRequest memory r = staking.requestOf(handler.requestIds(k));
            if (!r.withdrawn) pending += r.amount;
            if (!r.withdrawn && r.slashable) slashablePending += r.amount;
        }
        vm.assertEq(pending, staking.totalPending(), "sum(open requests) != totalPending");
        uint256 perAccount;
        for (uint256 t; t < handler.taskCount(); ++t) {
            for (uint256 i; i < n; ++i) {
                address a = handler.actors(i);
                uint256 task = handler.tasks(t);
                uint256[] memory open = staking.openUnstakesOf(a, task);
                uint256 sum;
                for (uint256 k; k < open.length; ++k) {
                    sum += staking.requestOf(open[k]).amount;
                }
                vm.assertEq(sum, staking.pendingStakeOf(a, task), "pendingStakeOf != its open requests");
                perAccount += sum;
            }
        }
        vm.assertEq(perAccount, slashablePending, "open unstake requests tracked per account");
    }

    function invariant_WithdrawalsPayWhatRequestsHold() public view {
        vm.assertEq(handler.ghostBadPayouts(), 0, "a withdrawal paid other than the request's amount");
    }

    function invariant_TokensConserved() public view {
        uint256 held;
        for (uint256 i; i < handler.actorCount(); ++i) {
            held += token.balanceOf(handler.actors(i));
        }
        vm.assertEq(held + token.balanceOf(address(staking)) + token.balanceOf(SINK), 3 * PER_ACTOR, "conservation");
        vm.assertEq(token.balanceOf(SINK), handler.ghostSlashed(), "slashed");
    }
}
