// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FLAllianceFixture, FLCheats} from "./FLAllianceBase.sol";
import {FLAlliance} from "../src/FLAlliance.sol";
import {FlockToken} from "../src/FlockToken.sol";
import {Staking} from "../src/Staking.sol";
import {RewardsDistributor} from "../src/RewardsDistributor.sol";
import {Roles} from "../src/interfaces/Roles.sol";

/// @notice Drives one FL task with random actions by six participants and random time steps. Every action is
/// tried whatever the state; the handler predicts from its own records (not from FLAlliance's flags) whether the
/// call may succeed, and counts a violation whenever FLAlliance disagrees: an action outside its window, a second
/// vote, a reveal that does not match its commitment, or a valid action refused.
contract FLAllianceHandler is FLCheats {
    struct Vote {
        bool committed;
        bool revealed;
        bool accept;
        bytes32 salt;
    }

    FLAlliance public immutable fl;
    Staking public immutable staking;
    FlockToken public immutable token;
    RewardsDistributor public immutable dist;
    address public immutable treasury;
    uint256 public immutable taskId;
    uint256 public immutable minStake;
    address[] public actors;

    // Conservation ghosts.
    uint256 public leftStaking; // tokens that left Staking in finalizeRound
    uint256 public toDistributor;
    uint256 public toTreasury;
    uint256 public reportedSlashed; // sum of RoundFinalized.slashedTotal (via roundOf)
    uint256 public fundedDuringFinalize; // sum of distributor.totalFunded increases

    // Safety ghosts.
    uint256 public violations;
    string public lastViolation;
    uint256 public doubleVotes; // a second successful commit or reveal by the same voter in a round
    mapping(uint32 round => mapping(address => Vote)) internal _votes;
    mapping(uint32 round => mapping(address => bool)) internal _submitted;
    mapping(uint32 round => uint256) public ghostFor;
    mapping(uint32 round => uint256) public ghostAgainst;
    mapping(uint32 round => uint256) internal _lastRequestBefore; // Staking.lastRequestId when the round started

    // Coverage counters (successful calls).
    mapping(bytes32 action => uint256) public ok;

    constructor(
        FLAlliance fl_,
        Staking staking_,
        RewardsDistributor dist_,
        address treasury_,
        uint256 taskId_,
        address[] memory actors_
    ) {
        actors = actors_;
        fl = fl_;
        staking = staking_;
        token = FlockToken(address(staking_.token()));
        dist = dist_;
        treasury = treasury_;
        taskId = taskId_;
        minStake = fl_.taskOf(taskId_).minStake;
    }

    // ------------------------------------------------------------------ actions

    /// @dev Half the time a step of up to 20 minutes; otherwise a jump to the next phase boundary of the current
    /// round (commitEnd or revealEnd), exactly or one second before or a minute after, so that runs get through
    /// whole rounds and probe the edges of every window.
    function warp(uint256 dt) external {
        (bool active,, FLAlliance.Round memory r) = _active();
        uint256 target = block.timestamp < r.commitEnd ? r.commitEnd : r.revealEnd;
        if (dt % 2 == 0 || !active || block.timestamp >= target) {
            vm.warp(block.timestamp + bound(dt, 0, 20 minutes));
            return;
        }
        uint256 j = (dt / 2) % 4; // 0-1: exactly at the boundary, 2: one second before, 3: a minute after
        if (j == 2) target -= 1;
        else if (j == 3) target += 1 minutes;
        vm.warp(target);
    }

    function startRound(uint256 randao) external {
        FLAlliance.Task memory t = fl.taskOf(taskId);
        uint256 eligible;
        for (uint256 i; i < actors.length; ++i) {
            if (fl.isMember(taskId, actors[i]) && _eligible(staking.stakeOf(actors[i], taskId))) ++eligible;
        }
        bool free = t.currentRound == 0 || fl.roundOf(taskId, t.currentRound).finalized;
        bool expected = free && t.currentRound < t.rounds && eligible >= 2;
        uint256 lastBefore = staking.lastRequestId();
        try fl.startRound(taskId) returns (uint32 round) {
            if (!expected) return _flag("startRound succeeded while it should not");
            _lastRequestBefore[round] = lastBefore;
            ++ok["startRound"];
            // one block later, the seed block's hash (randao here) fixes the roles
            uint256 sb = fl.roundOf(taskId, round).seedBlock;
            vm.roll(sb + 1);
            vm.setBlockhash(sb, bytes32(randao));
            fl.seedRound(taskId);
            _checkRoles(round, eligible);
        } catch {
            if (expected) _flag("startRound refused");
        }
    }

    function submitUpdate(uint256 who, bytes32 updateHash) external {
        (bool active, uint32 round, FLAlliance.Round memory r) = _active();
        address a = _pick(who, round, fl.PROPOSER(), NEED_UNSUBMITTED);
        bool expected = active && block.timestamp < r.commitEnd && _role(round, a) == fl.PROPOSER()
            && !_submitted[round][a] && updateHash != bytes32(0);
        vm.prank(a);
        try fl.submitUpdate(taskId, updateHash) {
            if (!expected) return _flag("submitUpdate succeeded while it should not");
            _submitted[round][a] = true;
            ++ok["submitUpdate"];
        } catch {
            if (expected) _flag("submitUpdate refused");
        }
    }

    function commitVote(uint256 who, bool accept, bytes32 salt) external {
        (bool active, uint32 round, FLAlliance.Round memory r) = _active();
        address a = _pick(who, round, fl.VOTER(), NEED_UNCOMMITTED);
        Vote storage v = _votes[round][a];
        bool expected = active && block.timestamp < r.commitEnd && _role(round, a) == fl.VOTER() && !v.committed;
        bytes32 c = fl.commitmentOf(accept, salt);
        vm.prank(a);
        try fl.commitVote(taskId, c) {
            if (!expected) return _flag("commitVote succeeded while it should not");
            if (v.committed) ++doubleVotes;
            v.committed = true;
            v.accept = accept;
            v.salt = salt;
            ++ok["commitVote"];
        } catch {
            if (expected) _flag("commitVote refused");
        }
    }

    /// @dev mode 0-4: the committed vote; 5: wrong salt; 6: flipped vote; 7: the fuzzer's own (accept, salt).
    function revealVote(uint256 who, uint8 mode, bool accept, bytes32 salt) external {
        (bool active, uint32 round, FLAlliance.Round memory r) = _active();
        address a = _pick(who, round, fl.VOTER(), NEED_UNREVEALED);
        Vote storage v = _votes[round][a];
        mode = mode % 8;
        if (mode <= 4) (accept, salt) = (v.accept, v.salt);
        else if (mode == 5) (accept, salt) = (v.accept, v.salt ^ bytes32(uint256(1)));
        else if (mode == 6) (accept, salt) = (!v.accept, v.salt);
        bool matches = v.committed && accept == v.accept && salt == v.salt;
        bool expected = active && block.timestamp >= r.commitEnd && block.timestamp < r.revealEnd
            && _role(round, a) == fl.VOTER() && matches && !v.revealed;
        vm.prank(a);
        try fl.revealVote(taskId, accept, salt) {
            if (!expected) return _flag("revealVote succeeded while it should not");
            if (v.revealed) ++doubleVotes;
            v.revealed = true;
            uint256 st = fl.participantOf(taskId, round, a).stake;
            if (accept) ghostFor[round] += st;
            else ghostAgainst[round] += st;
            ++ok["revealVote"];
        } catch {
            if (expected) _flag("revealVote refused");
        }
    }

    function finalizeRound() external {
        (bool active, uint32 round, FLAlliance.Round memory r) = _active();
        bool expected = active && block.timestamp >= r.revealEnd;
        uint256 stakingBal = token.balanceOf(address(staking));
        uint256 distBal = token.balanceOf(address(dist));
        uint256 treasuryBal = token.balanceOf(treasury);
        uint256 funded = dist.totalFunded();
        try fl.finalizeRound(taskId) {
            if (!expected) return _flag("finalizeRound succeeded while it should not");
            ++ok["finalizeRound"];
            uint256 left = stakingBal - token.balanceOf(address(staking));
            leftStaking += left;
            toDistributor += token.balanceOf(address(dist)) - distBal;
            toTreasury += token.balanceOf(treasury) - treasuryBal;
            fundedDuringFinalize += dist.totalFunded() - funded;
            FLAlliance.Round memory after_ = fl.roundOf(taskId, round);
            reportedSlashed += after_.slashedTotal;
            if (after_.slashedTotal != left) _flag("slashedTotal differs from what left Staking");
            // No dodge: only FLAlliance slashes here and a participant's requests in the task cannot be paid out
            // while its round is open, so every loser pays the full rate of its round-start stake.
            if (after_.slashedTotal != _fullSlash(round, after_)) _flag("a loser paid less than the full slash");
            if (after_.outcome != _ghostOutcome(round)) _flag("outcome differs from reveals and the quorum");
            if (after_.outcome == fl.OUTCOME_VOID() && left != 0) _flag("a void round slashed");
            if (left != 0) ++ok["slashed"];
        } catch {
            if (expected) _flag("finalizeRound refused");
        }
    }

    /// @dev Unstakes part or all of an actor's stake; one time in eight the actor leaves the member list instead.
    function unstakeOrLeave(uint256 who, uint256 amount) external {
        address a = _actor(who);
        if (amount % 8 == 1) {
            if (fl.isMember(taskId, a)) {
                vm.prank(a);
                fl.leave(taskId);
            }
            return;
        }
        uint256 st = staking.stakeOf(a, taskId);
        if (st == 0 || staking.openUnstakesOf(a, taskId).length == staking.MAX_OPEN_UNSTAKES()) return;
        vm.prank(a);
        staking.requestUnstake(taskId, amount % 8 == 0 ? st : bound(amount, 1, st / 4 + 1));
    }

    /// @dev Tries one of an actor's open unstake requests: it must pay (exactly what the request holds) once matured
    /// unless the actor is a participant of the open round and requested it during the round, and be refused otherwise.
    function withdraw(uint256 who, uint256 which) external {
        address a = _actor(who);
        uint256[] memory open = staking.openUnstakesOf(a, taskId);
        if (open.length == 0) return;
        uint256 id = open[which % open.length];
        Staking.WithdrawalRequest memory r = staking.requestOf(id);
        (bool active, uint32 round,) = _active();
        bool inRound = active && _role(round, a) != 0 && id > _lastRequestBefore[round];
        bool expected = block.timestamp >= r.availableAt && !inRound;
        uint256 bal = token.balanceOf(a);
        vm.prank(a);
        try staking.withdraw(id) {
            if (!expected) return _flag("withdraw succeeded while it should not");
            if (token.balanceOf(a) - bal != r.amount) _flag("withdraw paid other than the request's amount");
            if (inRound) _flag("a participant withdrew during its round");
            ++ok["withdraw"];
        } catch {
            if (expected) _flag("withdraw refused");
            if (inRound && block.timestamp >= r.availableAt) ++ok["withdrawHeld"];
        }
    }

    function stakeMoreAndJoin(uint256 who, uint256 amount) external {
        address a = _actor(who);
        amount = bound(amount, 1, 500 ether);
        if (token.balanceOf(a) < amount) return;
        vm.startPrank(a);
        staking.stake(taskId, Roles.FL, amount);
        if (!fl.isMember(taskId, a)) {
            try fl.join(taskId) {} catch {}
        }
        vm.stopPrank();
    }

    // ------------------------------------------------------------------ helpers

    function _actor(uint256 who) internal view returns (address) {
        return actors[who % actors.length];
    }

    uint8 internal constant NEED_UNSUBMITTED = 1;
    uint8 internal constant NEED_UNCOMMITTED = 2;
    uint8 internal constant NEED_UNREVEALED = 3;

    /// @dev One time in four any actor (outsiders, wrong roles, repeated votes); otherwise a participant of `round`
    /// with `flRole` whose own record says the action is still open to it, searching from `who`.
    function _pick(uint256 who, uint32 round, uint8 flRole, uint8 need) internal view returns (address) {
        if (who % 4 == 0 || round == 0) return _actor(who / 4);
        address[] memory parts = fl.participantsOf(taskId, round);
        for (uint256 k; k < parts.length; ++k) {
            address a = parts[(who / 4 + k) % parts.length];
            if (_role(round, a) != flRole) continue;
            Vote storage v = _votes[round][a];
            if (need == NEED_UNSUBMITTED && _submitted[round][a]) continue;
            if (need == NEED_UNCOMMITTED && v.committed) continue;
            if (need == NEED_UNREVEALED && (!v.committed || v.revealed)) continue;
            return a;
        }
        return _actor(who / 4);
    }

    function _eligible(uint256 st) internal view returns (bool) {
        return st != 0 && st >= minStake;
    }

    function _active() internal view returns (bool active, uint32 round, FLAlliance.Round memory r) {
        round = fl.taskOf(taskId).currentRound;
        r = fl.roundOf(taskId, round);
        active = round != 0 && !r.finalized;
    }

    function _role(uint32 round, address a) internal view returns (uint8) {
        return fl.participantOf(taskId, round, a).flRole;
    }

    /// @dev The stored roles are the documented rule applied to the recorded seed and participant set.
    function _checkRoles(uint32 round, uint256 eligible) internal {
        FLAlliance.Round memory r = fl.roundOf(taskId, round);
        address[] memory parts = fl.participantsOf(taskId, round);
        if (parts.length != eligible || r.participants != eligible) return _flag("participant set");
        uint8[] memory roles = fl.assignRoles(r.seed, parts);
        uint256 proposers;
        for (uint256 i; i < parts.length; ++i) {
            FLAlliance.Participant memory p = fl.participantOf(taskId, round, parts[i]);
            if (p.flRole != roles[i]) return _flag("role differs from assignRoles");
            if (p.stake != staking.stakeOf(parts[i], taskId)) return _flag("stake snapshot");
            if (p.flRole == fl.PROPOSER()) ++proposers;
        }
        if (proposers == 0 || proposers == parts.length) _flag("need a proposer and a voter");
    }

    /// @dev The outcome REWARDS.md §11 gives the handler's own tallies: void without a reveal or below the default
    /// 1/3 of the voters' round-start stake (from RoleAssigned), else accepted iff for > against.
    function _ghostOutcome(uint32 round) internal view returns (uint8) {
        address[] memory parts = fl.participantsOf(taskId, round);
        uint256 voters;
        for (uint256 i; i < parts.length; ++i) {
            FLAlliance.Participant memory p = fl.participantOf(taskId, round, parts[i]);
            if (p.flRole == fl.VOTER()) voters += p.stake;
        }
        uint256 revealed = ghostFor[round] + ghostAgainst[round];
        if (revealed == 0 || revealed * 3 < voters) return fl.OUTCOME_VOID();
        return ghostFor[round] > ghostAgainst[round] ? fl.OUTCOME_ACCEPTED() : fl.OUTCOME_REJECTED();
    }

    /// @dev The round's slash by the rule alone: rate x round-start stake for every proposer of a rejected round and
    /// every revealed voter against the outcome of a round that is not void, uncapped.
    function _fullSlash(uint32 round, FLAlliance.Round memory r) internal view returns (uint256 total) {
        if (r.outcome == fl.OUTCOME_VOID()) return 0;
        bool accepted = r.outcome == fl.OUTCOME_ACCEPTED();
        address[] memory parts = fl.participantsOf(taskId, round);
        for (uint256 i; i < parts.length; ++i) {
            FLAlliance.Participant memory p = fl.participantOf(taskId, round, parts[i]);
            bool loses = p.flRole == fl.PROPOSER() ? !accepted : (p.revealed && p.accept != accepted);
            if (loses) total += p.stake * r.slashRatePpm / fl.PPM();
        }
    }

    function _flag(string memory why) internal {
        ++violations;
        lastViolation = why;
    }
}

/// @notice Invariants over FLAllianceHandler's random runs.
contract FLAllianceInvariantTest is FLAllianceFixture {
    FLAllianceHandler internal handler;
    address[] private _targets;

    function setUp() public {
        deployFL();
        createTask(TASK, 10_000);
        // Requests mature within a round (1.5 h), so withdrawals during open rounds get tried.
        vm.prank(admin);
        staking.setCooldowns(20 minutes, 1 days);
        address[] memory actors = new address[](6);
        for (uint256 i; i < 6; ++i) {
            address a = actor(i);
            stakeAndJoin(a, TASK, MIN_STAKE * (i + 2));
            vm.prank(treasury);
            token.transfer(a, 5_000 ether);
            vm.prank(a);
            token.approve(address(staking), type(uint256).max);
            actors[i] = a;
        }
        handler = new FLAllianceHandler(fl, staking, dist, treasury, TASK, actors);
        _targets.push(address(handler));
    }

    /// @dev Read by forge's invariant runner: only the handler is called.
    function targetContracts() public view returns (address[] memory) {
        return _targets;
    }

    /// forge-config: default.invariant.runs = 64
    /// forge-config: default.invariant.depth = 64
    function invariant_slashedStakeConserved() public view {
        vm.assertEq(handler.leftStaking(), handler.toDistributor() + handler.toTreasury(), "left == pool + treasury");
        vm.assertEq(handler.leftStaking(), handler.reportedSlashed(), "left == reported slashedTotal");
        vm.assertEq(handler.toDistributor(), handler.fundedDuringFinalize(), "distributor credited what it got");
        vm.assertEq(dist.totalFunded(), handler.toDistributor(), "all funding came from slashing");
        vm.assertEq(token.balanceOf(address(fl)), 0, "FLAlliance keeps nothing");
        vm.assertEq(
            token.balanceOf(address(staking)),
            staking.totalOwnStake() + staking.totalDelegated() + staking.totalPending(),
            "staking solvent"
        );
    }

    /// forge-config: default.invariant.runs = 64
    /// forge-config: default.invariant.depth = 64
    function invariant_noActionOutsideItsRules() public view {
        vm.assertEq(handler.violations(), 0, handler.lastViolation());
        vm.assertEq(handler.doubleVotes(), 0, "a voter committed or revealed twice");
    }

    /// forge-config: default.invariant.runs = 64
    /// forge-config: default.invariant.depth = 64
    function invariant_talliesAreRevealedStake() public view {
        uint32 round = fl.taskOf(TASK).currentRound;
        FLAlliance.Round memory r = fl.roundOf(TASK, round);
        vm.assertEq(r.stakeFor, handler.ghostFor(round), "stake for");
        vm.assertEq(r.stakeAgainst, handler.ghostAgainst(round), "stake against");
    }
}
