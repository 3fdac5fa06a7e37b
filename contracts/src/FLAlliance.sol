// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IFLAlliance} from "./interfaces/IFLAlliance.sol";
import {IStaking, IWithdrawalGuard} from "./interfaces/IStaking.sol";
import {IRewardsDistributor} from "./interfaces/IRewardsDistributor.sol";
import {ITaskArena} from "./interfaces/ITaskArena.sol";
import {Roles} from "./interfaces/Roles.sol";

/// @notice The parts of Staking that FLAlliance needs beyond IStaking.
interface IFLStaking is IStaking {
    function token() external view returns (IERC20);
    function taskRegistry() external view returns (address);
    function registerTask(uint256 taskId) external;
    function slashTo(address account, uint256 taskId, uint256 amount, address recipient) external;
    function setWithdrawalGuard(uint256 taskId, address guard) external;
    function lastRequestId() external view returns (uint256);
    function slashableOf(address account, uint256 taskId) external view returns (uint256);
}

/// @title FLAlliance
/// @notice Federated-learning tasks run in rounds (REWARDS.md §11). Only update hashes and votes touch the chain.
///
/// Design:
/// - Tasks: TASK_ADMIN_ROLE creates an FL task with a fixed number of rounds, a minimum own stake and the two window
///   lengths. Creation registers the task id with Staking (this contract needs Staking's TASK_ADMIN_ROLE) so accounts
///   can stake in it with role FL, and makes this contract the task's withdrawal guard; an id the Arena registry
///   already uses is refused.
/// - Participant set: Staking cannot enumerate stakers, so accounts opt in with `join(taskId)` after staking with
///   role FL (own stake >= minStake and > 0), at most MAX_MEMBERS per task. `startRound` takes every member whose
///   own stake is still >= minStake (and > 0) as a participant with that stake as its weight, and drops the others
///   from the member list (they may join again). Members `leave`; anyone may `removeIneligible` a member whose stake
///   fell short. Joining or leaving never changes a round already started. Delegations do not count (own stake only).
/// - Rounds: `startRound` (anyone) needs the previous round finalized, rounds left and >= 2 participants; it fixes
///   the participants, their stakes and the windows, and commits to the next block as the seed block. The roles come
///   from that block's hash, which nobody knows when startRound runs, so its caller cannot grind the proposer/voter
///   split (a seed from values it knew, prevrandao and the previous blockhash, let it pick the block, or revert a
///   wrapping call, until the split suited it). The first action after the seed block (`seedRound`, anyone, or the
///   first submitUpdate, commitVote, revealVote or finalizeRound) fixes
///   seed = keccak256(abi.encode(blockhash(seedBlock), taskId, round)) and emits RoundStarted and RoleAssigned. If
///   more than 256 blocks passed, blockhash(seedBlock + 256k) for the largest k still in reach stands in (a later
///   draw only for whoever waits 256 blocks while anyone else may seed first). A participant is a
///   proposer iff uint256(keccak256(abi.encode(seed, participant))) % 3 == 0, else a voter; if that gives no proposer,
///   the participant with the smallest hash becomes the proposer; if it gives no voter, the participant with the
///   smallest hash becomes the voter (`assignRoles` recomputes this from the seed and the RoleAssigned set).
/// - Windows (half-open, chain time t0 = round start): proposals and vote commits in [t0, commitEnd), reveals in
///   [commitEnd, revealEnd), finalization from revealEnd on. commitEnd = t0 + commitDuration,
///   revealEnd = commitEnd + revealDuration.
/// - Finalization (anyone), REWARDS.md §11: the round is *void* when no vote was revealed, or when the revealed stake
///   (for + against) is below the quorum, flQuorumNumerator/flQuorumDenominator (default 1/3, compared exactly:
///   revealed * denominator < numerator * voterStake) of the round-start stake of all its voters; else accepted iff
///   revealed stake for > revealed stake against, rejected otherwise. A void round slashes nobody (offline voters
///   cannot get proposers slashed). Slashing: in a rejected round every proposer (submitted or not), and in an
///   accepted or rejected round every voter whose revealed vote went against the outcome, loses slashRatePpm of its
///   round-start stake (REWARDS.md §11: "slashRate of its task stake"), capped at what
///   Staking can still slash (own stake plus open unstake requests). The slashed tokens come here through
///   Staking.slashTo; slashToPoolPpm of the total funds the task in the RewardsDistributor (`fund(taskId, ·)`, event
///   Funded), the rest goes to the treasury. The rates and the quorum are snapshotted at round start; admin changes
///   apply to later rounds. RoundFinalized carries the outcome (OUTCOME_ACCEPTED, OUTCOME_REJECTED, OUTCOME_VOID) and
///   the voters' round-start stake, so anyone can check the quorum from the event and the round's QuorumSet.
/// - No slash dodge: a participant may request an unstake during its round (the stake stops counting for rewards and
///   later rounds at once), but cannot escape the round's slash with it. Staking keeps requested own stake slashable
///   until withdrawn (slashing active stake first, then the newest requests), and this contract, as the task's
///   withdrawal guard, holds back the payout of a participant's requests made during its round until the round is
///   finalized (`withdrawalLocked`). The round-start stake is the active stake at the start, so it is always covered
///   by active stake plus those requests: it stays in Staking until the slash, whatever the cooldown and however late
///   finalization comes. A bare lock on requestUnstake would also keep honest participants from stopping their
///   stake counting; slashable requests alone leave the stake free once the cooldown ends.
contract FLAlliance is IFLAlliance, IWithdrawalGuard, AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 public constant TASK_ADMIN_ROLE = keccak256("TASK_ADMIN_ROLE");

    uint32 public constant PPM = 1_000_000;
    uint8 public constant PROPOSER = 1;
    uint8 public constant VOTER = 2;
    uint8 public constant REASON_REJECTED_PROPOSER = 1;
    uint8 public constant REASON_VOTE_AGAINST_OUTCOME = 2;
    uint8 public constant OUTCOME_ACCEPTED = 1;
    uint8 public constant OUTCOME_REJECTED = 2;
    uint8 public constant OUTCOME_VOID = 3;
    /// @notice Bound on a task's member list, so a round's start and finalization fit in a block.
    uint256 public constant MAX_MEMBERS = 128;
    uint256 public constant MIN_PARTICIPANTS = 2;
    uint64 public constant MAX_DURATION = 30 days;

    /// @notice An FL task; `currentRound` is the last started round (0: none yet).
    struct Task {
        bool exists;
        uint32 rounds;
        uint32 currentRound;
        uint64 commitDuration;
        uint64 revealDuration;
        uint256 minStake;
    }

    /// @notice A round's schedule, snapshotted slash parameters and quorum, tallies and outcome (0 until finalized).
    struct Round {
        bytes32 seed;
        uint64 commitEnd;
        uint64 revealEnd;
        uint32 slashRatePpm;
        uint32 slashToPoolPpm;
        uint32 participants;
        uint32 quorumNumerator;
        uint32 quorumDenominator;
        /// @dev The block whose hash seeds the roles: the one after startRound's (see _seed).
        uint64 seedBlock;
        bool seeded;
        bool finalized;
        uint8 outcome;
        /// @dev Staking.lastRequestId at the round's start: unstake requests after it took out committed stake.
        uint256 lastRequestBefore;
        uint256 stakeFor;
        uint256 stakeAgainst;
        /// @dev Round-start stake of all the round's voters: the quorum's base.
        uint256 voterStake;
        uint256 slashedTotal;
    }

    /// @notice One participant's state in one round; `stake` is its own stake at round start.
    struct Participant {
        uint8 flRole;
        bool submitted;
        bool committed;
        bool revealed;
        bool accept;
        uint256 stake;
        bytes32 commitment;
        bytes32 updateHash;
    }

    IFLStaking public immutable staking;
    IRewardsDistributor public immutable distributor;
    IERC20 public immutable token;

    address public treasury;
    /// @notice Share of a slashed participant's round-start stake taken (default 10%).
    uint32 public slashRatePpm = 100_000;
    /// @notice Share of slashed stake sent to the distributor for the task (default 90%); the rest to the treasury.
    uint32 public slashToPoolPpm = 900_000;
    /// @notice The FL quorum (REWARDS.md §11 `flQuorum`, default 1/3) as a fraction, so 1/3 is exact.
    uint32 public flQuorumNumerator = 1;
    uint32 public flQuorumDenominator = 3;

    mapping(uint256 taskId => Task) private _tasks;
    mapping(uint256 taskId => mapping(uint32 round => Round)) private _rounds;
    mapping(uint256 taskId => mapping(uint32 round => address[])) private _roundParticipants;
    mapping(uint256 taskId => mapping(uint32 round => mapping(address account => Participant))) private _participants;
    mapping(uint256 taskId => address[]) private _members;
    /// @dev Position in `_members[taskId]` plus one (0: not a member).
    mapping(uint256 taskId => mapping(address account => uint256)) private _memberPos;

    event SlashParamsSet(uint32 slashRatePpm, uint32 slashToPoolPpm);
    event TreasurySet(address treasury);
    /// @notice The quorum for rounds started from now on: numerator/denominator of the voters' round-start stake.
    event QuorumSet(uint32 numerator, uint32 denominator);

    error ZeroAddress();
    error InvalidTaskId();
    error TaskAlreadyExists(uint256 taskId);
    error TaskIdTaken(uint256 taskId);
    error UnknownTask(uint256 taskId);
    error InvalidRounds();
    error InvalidDuration(uint64 duration);
    error InvalidPpm(uint32 ppm);
    error InvalidQuorum(uint32 numerator, uint32 denominator);
    error NoRoundsLeft(uint256 taskId);
    error RoundInProgress(uint256 taskId, uint32 round);
    error NoActiveRound(uint256 taskId);
    error NotEnoughParticipants(uint256 taskId, uint256 participants);
    error NotFLParticipant(address account, uint256 taskId);
    error StakeTooLow(address account, uint256 taskId, uint256 stake, uint256 minStake);
    error AlreadyMember(address account, uint256 taskId);
    error NotMember(address account, uint256 taskId);
    error StillEligible(address account, uint256 taskId);
    error TooManyMembers(uint256 taskId);
    error CommitWindowClosed(uint256 taskId, uint32 round, uint64 commitEnd);
    error RevealWindowNotOpen(uint256 taskId, uint32 round, uint64 commitEnd);
    error RevealWindowClosed(uint256 taskId, uint32 round, uint64 revealEnd);
    error RevealWindowNotOver(uint256 taskId, uint32 round, uint64 revealEnd);
    error NotProposer(address account, uint256 taskId, uint32 round);
    error NotVoter(address account, uint256 taskId, uint32 round);
    error ZeroHash();
    error AlreadySubmitted(address account, uint256 taskId, uint32 round);
    error AlreadyCommitted(address account, uint256 taskId, uint32 round);
    error NotCommitted(address account, uint256 taskId, uint32 round);
    error AlreadyRevealed(address account, uint256 taskId, uint32 round);
    error CommitmentMismatch(address account, uint256 taskId, uint32 round);
    error SeedNotReady(uint256 taskId, uint32 round, uint256 seedBlock);
    error AlreadySeeded(uint256 taskId, uint32 round);

    constructor(IFLStaking staking_, IRewardsDistributor distributor_, address treasury_, address admin) {
        if (
            address(staking_) == address(0) || address(distributor_) == address(0) || treasury_ == address(0)
                || admin == address(0)
        ) revert ZeroAddress();
        staking = staking_;
        distributor = distributor_;
        token = staking_.token();
        treasury = treasury_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        emit TreasurySet(treasury_);
        emit SlashParamsSet(slashRatePpm, slashToPoolPpm);
        emit QuorumSet(flQuorumNumerator, flQuorumDenominator);
    }

    // ---------------------------------------------------------------- tasks

    /// @inheritdoc IFLAlliance
    function createFLTask(uint256 taskId, uint32 rounds, uint256 minStake, uint64 commitDuration, uint64 revealDuration)
        external
        onlyRole(TASK_ADMIN_ROLE)
    {
        if (taskId == 0) revert InvalidTaskId();
        if (_tasks[taskId].exists) revert TaskAlreadyExists(taskId);
        if (rounds == 0) revert InvalidRounds();
        if (commitDuration == 0 || commitDuration > MAX_DURATION) revert InvalidDuration(commitDuration);
        if (revealDuration == 0 || revealDuration > MAX_DURATION) revert InvalidDuration(revealDuration);
        address registry = staking.taskRegistry();
        if (registry != address(0) && ITaskArena(registry).taskExists(taskId)) revert TaskIdTaken(taskId);
        _tasks[taskId] = Task({
            exists: true,
            rounds: rounds,
            currentRound: 0,
            commitDuration: commitDuration,
            revealDuration: revealDuration,
            minStake: minStake
        });
        emit FLTaskCreated(taskId, msg.sender, rounds, minStake, commitDuration, revealDuration);
        staking.registerTask(taskId);
        staking.setWithdrawalGuard(taskId, address(this));
    }

    // ---------------------------------------------------------------- members

    /// @notice Opt in to `taskId`'s future rounds; needs role FL and own stake >= minStake (and > 0) in Staking.
    function join(uint256 taskId) external {
        Task storage t = _requireTask(taskId);
        if (t.currentRound >= t.rounds) revert NoRoundsLeft(taskId);
        if (_memberPos[taskId][msg.sender] != 0) revert AlreadyMember(msg.sender, taskId);
        if (staking.roleOf(msg.sender, taskId) != Roles.FL) revert NotFLParticipant(msg.sender, taskId);
        uint256 st = staking.stakeOf(msg.sender, taskId);
        if (!_eligible(st, t.minStake)) revert StakeTooLow(msg.sender, taskId, st, t.minStake);
        address[] storage members = _members[taskId];
        if (members.length >= MAX_MEMBERS) revert TooManyMembers(taskId);
        members.push(msg.sender);
        _memberPos[taskId][msg.sender] = members.length;
        emit MemberJoined(taskId, msg.sender, st);
    }

    /// @notice Stop taking part in `taskId` from the next round on (a started round is unaffected).
    function leave(uint256 taskId) external {
        uint256 pos = _memberPos[taskId][msg.sender];
        if (pos == 0) revert NotMember(msg.sender, taskId);
        _removeMember(taskId, pos - 1, false);
    }

    /// @notice Drop `account` from `taskId`'s members when its own stake is below minStake (frees a slot).
    function removeIneligible(uint256 taskId, address account) external {
        uint256 pos = _memberPos[taskId][account];
        if (pos == 0) revert NotMember(account, taskId);
        if (_eligible(staking.stakeOf(account, taskId), _tasks[taskId].minStake)) {
            revert StillEligible(account, taskId);
        }
        _removeMember(taskId, pos - 1, true);
    }

    // ---------------------------------------------------------------- rounds

    /// @inheritdoc IFLAlliance
    function startRound(uint256 taskId) external nonReentrant returns (uint32 round) {
        Task storage t = _requireTask(taskId);
        uint32 current = t.currentRound;
        if (current != 0 && !_rounds[taskId][current].finalized) revert RoundInProgress(taskId, current);
        if (current >= t.rounds) revert NoRoundsLeft(taskId);
        round = current + 1;
        t.currentRound = round;

        (address[] memory accounts, uint256[] memory stakes) = _takeParticipants(taskId, t.minStake);
        uint256 n = accounts.length;
        if (n < MIN_PARTICIPANTS) revert NotEnoughParticipants(taskId, n);

        Round storage r = _rounds[taskId][round];
        r.seedBlock = uint64(block.number) + 1;
        r.commitEnd = uint64(block.timestamp) + t.commitDuration;
        r.revealEnd = r.commitEnd + t.revealDuration;
        r.slashRatePpm = slashRatePpm;
        r.slashToPoolPpm = slashToPoolPpm;
        r.quorumNumerator = flQuorumNumerator;
        r.quorumDenominator = flQuorumDenominator;
        r.lastRequestBefore = staking.lastRequestId();
        // forge-lint: disable-next-line(unsafe-typecast)
        r.participants = uint32(n); // n <= MAX_MEMBERS
        address[] storage list = _roundParticipants[taskId][round];
        mapping(address => Participant) storage ps = _participants[taskId][round];
        for (uint256 i; i < n; ++i) {
            list.push(accounts[i]);
            ps[accounts[i]].stake = stakes[i];
        }
    }

    /// @inheritdoc IFLAlliance
    function seedRound(uint256 taskId) external nonReentrant {
        (uint32 round, Round storage r) = _activeRound(taskId);
        if (r.seeded) revert AlreadySeeded(taskId, round);
        _seed(taskId, round, r);
    }

    /// @inheritdoc IFLAlliance
    function submitUpdate(uint256 taskId, bytes32 updateHash) external {
        (uint32 round, Round storage r) = _seededRound(taskId);
        if (block.timestamp >= r.commitEnd) revert CommitWindowClosed(taskId, round, r.commitEnd);
        if (updateHash == bytes32(0)) revert ZeroHash();
        Participant storage p = _participants[taskId][round][msg.sender];
        if (p.flRole != PROPOSER) revert NotProposer(msg.sender, taskId, round);
        if (p.submitted) revert AlreadySubmitted(msg.sender, taskId, round);
        p.submitted = true;
        p.updateHash = updateHash;
        emit UpdateSubmitted(taskId, round, msg.sender, updateHash);
    }

    /// @inheritdoc IFLAlliance
    /// @dev `commitment` = keccak256(abi.encode(accept, salt)); see `commitmentOf`.
    function commitVote(uint256 taskId, bytes32 commitment) external {
        (uint32 round, Round storage r) = _seededRound(taskId);
        if (block.timestamp >= r.commitEnd) revert CommitWindowClosed(taskId, round, r.commitEnd);
        if (commitment == bytes32(0)) revert ZeroHash();
        Participant storage p = _participants[taskId][round][msg.sender];
        if (p.flRole != VOTER) revert NotVoter(msg.sender, taskId, round);
        if (p.committed) revert AlreadyCommitted(msg.sender, taskId, round);
        p.committed = true;
        p.commitment = commitment;
        emit VoteCommitted(taskId, round, msg.sender, commitment);
    }

    /// @inheritdoc IFLAlliance
    function revealVote(uint256 taskId, bool accept, bytes32 salt) external {
        (uint32 round, Round storage r) = _seededRound(taskId);
        if (block.timestamp < r.commitEnd) revert RevealWindowNotOpen(taskId, round, r.commitEnd);
        if (block.timestamp >= r.revealEnd) revert RevealWindowClosed(taskId, round, r.revealEnd);
        Participant storage p = _participants[taskId][round][msg.sender];
        if (p.flRole != VOTER) revert NotVoter(msg.sender, taskId, round);
        if (!p.committed) revert NotCommitted(msg.sender, taskId, round);
        if (p.revealed) revert AlreadyRevealed(msg.sender, taskId, round);
        if (commitmentOf(accept, salt) != p.commitment) revert CommitmentMismatch(msg.sender, taskId, round);
        p.revealed = true;
        p.accept = accept;
        uint256 st = p.stake;
        if (accept) r.stakeFor += st;
        else r.stakeAgainst += st;
        emit VoteRevealed(taskId, round, msg.sender, accept, st);
    }

    /// @inheritdoc IFLAlliance
    function finalizeRound(uint256 taskId) external nonReentrant {
        (uint32 round, Round storage r) = _seededRound(taskId);
        if (block.timestamp < r.revealEnd) revert RevealWindowNotOver(taskId, round, r.revealEnd);
        uint8 outcome = outcomeOf(r);
        r.finalized = true;
        r.outcome = outcome;

        uint256 total = outcome == OUTCOME_VOID ? 0 : _slashRound(taskId, round, outcome == OUTCOME_ACCEPTED, r.slashRatePpm);
        r.slashedTotal = total;
        uint256 toPool = total * r.slashToPoolPpm / PPM;
        uint256 toTreasury = total - toPool;
        if (toPool != 0) {
            token.forceApprove(address(distributor), toPool);
            distributor.fund(taskId, toPool);
        }
        if (toTreasury != 0) token.safeTransfer(treasury, toTreasury);
        emit RoundFinalized(taskId, round, outcome, r.stakeFor, r.stakeAgainst, r.voterStake, total, toPool, toTreasury);
    }

    // ---------------------------------------------------------------- admin

    /// @notice New rates apply to rounds started from now on.
    function setSlashParams(uint32 slashRatePpm_, uint32 slashToPoolPpm_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (slashRatePpm_ > PPM) revert InvalidPpm(slashRatePpm_);
        if (slashToPoolPpm_ > PPM) revert InvalidPpm(slashToPoolPpm_);
        slashRatePpm = slashRatePpm_;
        slashToPoolPpm = slashToPoolPpm_;
        emit SlashParamsSet(slashRatePpm_, slashToPoolPpm_);
    }

    /// @notice The quorum for rounds started from now on: a round whose revealed stake is below
    /// numerator/denominator of its voters' round-start stake is void. 0/1 voids only rounds with no reveal.
    function setQuorum(uint32 numerator, uint32 denominator) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (denominator == 0 || numerator > denominator) revert InvalidQuorum(numerator, denominator);
        flQuorumNumerator = numerator;
        flQuorumDenominator = denominator;
        emit QuorumSet(numerator, denominator);
    }

    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    // ---------------------------------------------------------------- views

    /// @notice Roles for `participants` under `seed`: the rule `startRound` applies (PROPOSER = 1, VOTER = 2).
    function assignRoles(bytes32 seed, address[] memory participants) public pure returns (uint8[] memory flRoles) {
        uint256 n = participants.length;
        flRoles = new uint8[](n);
        uint256 proposers;
        uint256 minIdx;
        uint256 minHash = type(uint256).max;
        for (uint256 i; i < n; ++i) {
            uint256 h = uint256(keccak256(abi.encode(seed, participants[i])));
            if (h % 3 == 0) {
                flRoles[i] = PROPOSER;
                ++proposers;
            } else {
                flRoles[i] = VOTER;
            }
            if (h < minHash) {
                minHash = h;
                minIdx = i;
            }
        }
        if (n >= MIN_PARTICIPANTS) {
            if (proposers == 0) flRoles[minIdx] = PROPOSER;
            else if (proposers == n) flRoles[minIdx] = VOTER;
        }
    }

    /// @notice The outcome `r`'s tallies give (REWARDS.md §11): void without a reveal or below the round's quorum,
    /// else accepted iff stake for > stake against.
    function outcomeOf(Round memory r) public pure returns (uint8) {
        uint256 revealed = r.stakeFor + r.stakeAgainst;
        if (revealed == 0 || revealed * r.quorumDenominator < uint256(r.quorumNumerator) * r.voterStake) {
            return OUTCOME_VOID;
        }
        return r.stakeFor > r.stakeAgainst ? OUTCOME_ACCEPTED : OUTCOME_REJECTED;
    }

    /// @notice The commitment a voter sends for (`accept`, `salt`).
    function commitmentOf(bool accept, bytes32 salt) public pure returns (bytes32) {
        return keccak256(abi.encode(accept, salt));
    }

    function taskOf(uint256 taskId) external view returns (Task memory) {
        return _tasks[taskId];
    }

    function roundOf(uint256 taskId, uint32 round) external view returns (Round memory) {
        return _rounds[taskId][round];
    }

    function participantOf(uint256 taskId, uint32 round, address account) external view returns (Participant memory) {
        return _participants[taskId][round][account];
    }

    function participantsOf(uint256 taskId, uint32 round) external view returns (address[] memory) {
        return _roundParticipants[taskId][round];
    }

    function membersOf(uint256 taskId) external view returns (address[] memory) {
        return _members[taskId];
    }

    function isMember(uint256 taskId, address account) external view returns (bool) {
        return _memberPos[taskId][account] != 0;
    }

    /// @inheritdoc IWithdrawalGuard
    /// @dev Locked while `account` takes part in `taskId`'s current round, the round is not finalized and the request
    /// was made after the round started: its slash (if any) must still reach the stake committed to the round. A
    /// request made before the round took out stake the round never counted, so it is paid whenever it matures (a
    /// member in round after round would otherwise wait for a gap between rounds).
    function withdrawalLocked(address account, uint256 taskId, uint256 requestId) external view returns (bool) {
        uint32 round = _tasks[taskId].currentRound;
        Round storage r = _rounds[taskId][round];
        if (round == 0 || r.finalized || requestId <= r.lastRequestBefore) return false;
        return _participants[taskId][round][account].stake != 0; // a participant from startRound on, seeded or not
    }

    // ---------------------------------------------------------------- internal

    function _requireTask(uint256 taskId) private view returns (Task storage t) {
        t = _tasks[taskId];
        if (!t.exists) revert UnknownTask(taskId);
    }

    /// @dev The current round when it is started and not finalized.
    function _activeRound(uint256 taskId) private view returns (uint32 round, Round storage r) {
        round = _requireTask(taskId).currentRound;
        r = _rounds[taskId][round];
        if (round == 0 || r.finalized) revert NoActiveRound(taskId);
    }

    function _eligible(uint256 st, uint256 minStake) private pure returns (bool) {
        return st != 0 && st >= minStake;
    }

    /// @dev Members still eligible with their stakes, in member-list order; drops the ineligible ones.
    function _takeParticipants(uint256 taskId, uint256 minStake)
        private
        returns (address[] memory accounts, uint256[] memory stakes)
    {
        address[] storage members = _members[taskId];
        uint256 len = members.length;
        accounts = new address[](len);
        stakes = new uint256[](len);
        uint256 n;
        uint256 i;
        while (i < len) {
            address a = members[i];
            uint256 st = staking.stakeOf(a, taskId);
            if (_eligible(st, minStake)) {
                accounts[n] = a;
                stakes[n] = st;
                ++n;
                ++i;
            } else {
                _removeMember(taskId, i, true); // moves the last member to i
                --len;
            }
        }
        assembly ("memory-safe") {
            mstore(accounts, n)
            mstore(stakes, n)
        }
    }

    function _removeMember(uint256 taskId, uint256 index, bool removed) private {
        address[] storage members = _members[taskId];
        address account = members[index];
        uint256 last = members.length - 1;
        if (index != last) {
            address moved = members[last];
            members[index] = moved;
            _memberPos[taskId][moved] = index + 1;
        }
        members.pop();
        delete _memberPos[taskId][account];
        emit MemberLeft(taskId, account, removed);
    }

    /// @dev The current round, seeded first if it is not yet (the first action after its seed block does it).
    function _seededRound(uint256 taskId) private returns (uint32 round, Round storage r) {
        (round, r) = _activeRound(taskId);
        if (!r.seeded) _seed(taskId, round, r);
    }

    /// @dev Fixes the round's seed from the hash of its seed block (the block after startRound's), assigns the roles
    /// and emits RoundStarted and RoleAssigned. More than 256 blocks later that hash is gone: the latest block
    /// still in reach whose distance from the seed block is a multiple of 256 stands in for it.
    function _seed(uint256 taskId, uint32 round, Round storage r) private {
        uint256 sb = r.seedBlock;
        if (block.number <= sb) revert SeedNotReady(taskId, round, sb);
        uint256 b = sb + ((block.number - 1 - sb) / 256) * 256;
        bytes32 seed = keccak256(abi.encode(blockhash(b), taskId, round));
        r.seed = seed;
        r.seeded = true;
        address[] storage list = _roundParticipants[taskId][round];
        mapping(address => Participant) storage ps = _participants[taskId][round];
        uint256 n = list.length;
        address[] memory accounts = new address[](n);
        for (uint256 i; i < n; ++i) {
            accounts[i] = list[i];
        }
        uint8[] memory flRoles = assignRoles(seed, accounts);
        emit RoundStarted(taskId, round, seed, r.commitEnd, r.revealEnd, r.participants);
        uint256 voterStake;
        for (uint256 i; i < n; ++i) {
            Participant storage p = ps[accounts[i]];
            p.flRole = flRoles[i];
            if (flRoles[i] == VOTER) voterStake += p.stake;
            emit RoleAssigned(taskId, round, accounts[i], flRoles[i], p.stake);
        }
        r.voterStake = voterStake;
    }

    /// @dev Slashes the round's losers into this contract; returns the total taken.
    function _slashRound(uint256 taskId, uint32 round, bool accepted, uint32 ratePpm) private returns (uint256 total) {
        address[] storage list = _roundParticipants[taskId][round];
        mapping(address => Participant) storage ps = _participants[taskId][round];
        uint256 n = list.length;
        for (uint256 i; i < n; ++i) {
            address a = list[i];
            Participant storage p = ps[a];
            uint8 reason;
            if (p.flRole == PROPOSER) {
                if (!accepted) reason = REASON_REJECTED_PROPOSER;
            } else if (p.revealed && p.accept != accepted) {
                reason = REASON_VOTE_AGAINST_OUTCOME;
            }
            if (reason != 0) total += _slashOne(taskId, round, a, p.stake * ratePpm / PPM, reason);
        }
    }

    /// @dev Takes `amount` of `account`'s stake into this contract, capped at what Staking can still slash (own stake
    /// plus open unstake requests; with the withdrawal guard that covers the round-start stake unless another
    /// slasher took some of it).
    function _slashOne(uint256 taskId, uint32 round, address account, uint256 amount, uint8 reason)
        private
        returns (uint256)
    {
        uint256 current = staking.slashableOf(account, taskId);
        if (amount > current) amount = current;
        if (amount == 0) return 0;
        staking.slashTo(account, taskId, amount, address(this));
        emit ParticipantSlashed(taskId, round, account, amount, reason);
        return amount;
    }
}
