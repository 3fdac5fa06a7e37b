// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CheatBase, TestBase} from "../utils/Vm.sol";
import {MerkleHelper} from "../utils/MerkleHelper.sol";
import {FlockToken} from "../../src/FlockToken.sol";
import {RewardsDistributor} from "../../src/RewardsDistributor.sol";

/// @notice Drives the distributor through funding, root publication (with timelock), revocation, honest claims,
/// double claims and forged claims, keeping ghost accounting of what each account was paid.
contract DistributorHandler is CheatBase {
    uint256 internal constant N = 4;

    FlockToken public immutable token;
    RewardsDistributor public immutable dist;
    address public immutable proposer;
    address public immutable guardian;

    address[] public accounts;
    /// @notice Leaf amounts of the accepted root.
    uint256[] public leafAmount;
    /// @notice What the handler saw paid to each account.
    uint256[] public ghostPaid;
    bytes32[] internal _leaves;
    /// @notice Set when a claim that must fail succeeded.
    bool public ghostBreach;
    uint256 public epochs;
    uint256 public claims;

    constructor(FlockToken token_, RewardsDistributor dist_, address proposer_, address guardian_) {
        token = token_;
        dist = dist_;
        proposer = proposer_;
        guardian = guardian_;
        for (uint256 i; i < N; ++i) {
            accounts.push(address(uint160(0xC1A1E0 + i)));
            leafAmount.push(0);
            ghostPaid.push(0);
        }
        token.approve(address(dist_), type(uint256).max);
    }

    function fund(uint256 amount, uint256 taskId) external {
        amount = bound(amount, 1, 1_000 ether);
        dist.fund(bound(taskId, 0, 3), amount);
    }

    /// @dev Publishes a new root where every account's cumulative amount grows, within funding.
    function publish(uint256 seed) external {
        uint256 headroom = dist.totalFunded() - dist.acceptedTotal();
        uint256[] memory next = new uint256[](N);
        uint256 total = dist.acceptedTotal();
        for (uint256 i; i < N; ++i) {
            uint256 inc = headroom == 0 ? 0 : bound(uint256(keccak256(abi.encode(seed, i))), 0, headroom / N);
            next[i] = leafAmount[i] + inc;
            total += inc;
        }
        bytes32[] memory l = MerkleHelper.leaves(accounts, next);
        uint256 epoch = dist.nextEpoch();
        vm.prank(proposer);
        dist.proposeRoot(MerkleHelper.root(l), epoch, total, keccak256(abi.encode(seed)));
        vm.warp(block.timestamp + dist.timelock());
        dist.acceptRoot();
        leafAmount = next;
        _leaves = l;
        ++epochs;
    }

    /// @dev Proposes an over-generous root and has the guardian revoke it.
    function proposeAndRevoke(uint256 seed) external {
        uint256 epoch = dist.nextEpoch();
        vm.prank(proposer);
        dist.proposeRoot(keccak256(abi.encode("evil", seed)), epoch, dist.totalFunded(), bytes32(0));
        vm.prank(guardian);
        dist.revokePendingRoot();
    }

    /// @dev Proposes any epoch but the next one (an epoch far ahead, 2^256-1 included): it must revert.
    function proposeWrongEpoch(uint256 epoch) external {
        if (epoch == dist.nextEpoch()) epoch = dist.nextEpoch() + 1 + bound(epoch, 0, 1);
        vm.prank(proposer);
        try dist.proposeRoot(keccak256(abi.encode("skip", epoch)), epoch, dist.acceptedTotal(), bytes32(0)) {
            ghostBreach = true;
        } catch {}
    }

    function claim(uint256 idx) external {
        if (_leaves.length == 0) return;
        idx = bound(idx, 0, N - 1);
        address a = accounts[idx];
        uint256 before = token.balanceOf(a);
        try dist.claim(a, leafAmount[idx], MerkleHelper.proof(_leaves, idx)) returns (uint256 paid) {
            if (token.balanceOf(a) - before != paid) ghostBreach = true;
            ghostPaid[idx] += paid;
            ++claims;
        } catch {
            // only legitimate when there was nothing left to claim
            if (dist.claimed(a) < leafAmount[idx]) ghostBreach = true;
        }
    }

    /// @dev Claims the same leaf twice in a row: the second must pay nothing.
    function doubleClaim(uint256 idx) external {
        if (_leaves.length == 0) return;
        idx = bound(idx, 0, N - 1);
        address a = accounts[idx];
        bytes32[] memory p = MerkleHelper.proof(_leaves, idx);
        try dist.claim(a, leafAmount[idx], p) returns (uint256 paid) {
            ghostPaid[idx] += paid;
        } catch {}
        try dist.claim(a, leafAmount[idx], p) returns (uint256) {
            ghostBreach = true;
        } catch {}
    }

    /// @dev Forged claims: more than the leaf, another account's proof, an internal node as a leaf.
    function forgedClaim(uint256 idx, uint256 extra) external {
        if (_leaves.length == 0) return;
        idx = bound(idx, 0, N - 1);
        uint256 other = (idx + 1) % N;
        bytes32[] memory p = MerkleHelper.proof(_leaves, idx);
        try dist.claim(accounts[idx], leafAmount[idx] + bound(extra, 1, 1e30), p) returns (uint256) {
            ghostBreach = true;
        } catch {}
        try dist.claim(accounts[other], leafAmount[idx], p) returns (uint256) {
            ghostBreach = true;
        } catch {}
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 0, 3 days));
    }
}

contract DistributorInvariantTest is TestBase {
    FlockToken internal token;
    RewardsDistributor internal dist;
    DistributorHandler internal handler;

    function setUp() public {
        address admin = address(0xAD);
        token = new FlockToken(address(this), 1e9 ether);
        dist = new RewardsDistributor(token, admin, 0);
        handler = new DistributorHandler(token, dist, address(0x9807), address(0x6A7D));
        vm.startPrank(admin);
        dist.grantRole(dist.ROOT_PROPOSER_ROLE(), address(0x9807));
        dist.grantRole(dist.GUARDIAN_ROLE(), address(0x6A7D));
        vm.stopPrank();
        token.transfer(address(handler), 1e8 ether);
        targetContract(address(handler));
    }

    function invariant_ClaimedNeverExceedsFunded() public view {
        vm.assertLe(dist.totalClaimed(), dist.totalFunded(), "claimed > funded");
        vm.assertLe(dist.totalClaimed(), dist.acceptedTotal(), "claimed > root total");
        vm.assertLe(dist.acceptedTotal(), dist.totalFunded(), "root total > funded");
    }

    function invariant_AccountNeverAboveItsLeaf() public view {
        uint256 sum;
        for (uint256 i; i < 4; ++i) {
            address a = handler.accounts(i);
            vm.assertLe(dist.claimed(a), handler.leafAmount(i), "claimed > leaf");
            // no double pay: what the account received equals what it is recorded to have claimed
            vm.assertEq(handler.ghostPaid(i), dist.claimed(a), "paid != claimed");
            vm.assertEq(token.balanceOf(a), dist.claimed(a), "balance != claimed");
            sum += dist.claimed(a);
        }
        vm.assertEq(sum, dist.totalClaimed(), "sum(claimed) != totalClaimed");
    }

    function invariant_Solvent() public view {
        vm.assertEq(token.balanceOf(address(dist)), dist.totalFunded() - dist.totalClaimed(), "balance");
    }

    /// Epochs are accepted one after another from the first: never skipped, never out of reach.
    function invariant_EpochsConsecutive() public view {
        if (handler.epochs() == 0) {
            vm.assertFalse(dist.hasRoot(), "root without an accepted epoch");
            vm.assertEq(dist.nextEpoch(), 0, "next epoch before any root");
        } else {
            vm.assertEq(dist.currentEpoch(), handler.epochs() - 1, "epoch skipped");
            vm.assertEq(dist.nextEpoch(), handler.epochs(), "next epoch");
        }
    }

    function invariant_NoForgedClaimSucceeded() public view {
        vm.assertFalse(handler.ghostBreach(), "a claim that must fail succeeded");
    }
}
