// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Deployer} from "./utils/Deployer.sol";
import {MerkleHelper} from "./utils/MerkleHelper.sol";
import {ReentrantToken} from "./utils/ReentrantToken.sol";
import {RewardsDistributor} from "../src/RewardsDistributor.sol";
import {IRewardsDistributor} from "../src/interfaces/IRewardsDistributor.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract RewardsDistributorTest is Deployer {
    address internal alice = address(0xA11CE);
    address internal bob = address(0xB0B);
    address internal carol = address(0xCA201);
    address internal funder = address(0xF00D);

    address[] internal accounts;
    uint256[] internal amounts;
    bytes32[] internal tree;

    bytes32 internal constant MANIFEST = keccak256("manifest-1");

    function setUp() public {
        deployAll();
        fundAndApprove(funder, address(dist), 10_000 ether);
        accounts = [alice, bob, carol];
        amounts = [uint256(100 ether), 250 ether, 1 ether];
        tree = MerkleHelper.leaves(accounts, amounts);
    }

    // ---------------------------------------------------------------- helpers

    function _fund(uint256 amount) internal {
        vm.prank(funder);
        dist.fund(7, amount);
    }

    function _proposeAccept(bytes32 r, uint256 epoch, uint256 total) internal {
        vm.prank(proposer);
        dist.proposeRoot(r, epoch, total, MANIFEST);
        vm.warp(block.timestamp + dist.timelock());
        dist.acceptRoot();
    }

    function _setupRoot() internal {
        _fund(351 ether);
        _proposeAccept(MerkleHelper.root(tree), 1, 351 ether);
    }

    // ---------------------------------------------------------------- constructor / views

    function test_Constructor() public {
        vm.assertEq(address(dist.token()), address(token));
        vm.assertTrue(dist.hasRole(dist.DEFAULT_ADMIN_ROLE(), admin));
        vm.assertEq(uint256(dist.timelock()), 1 days);
        vm.assertFalse(dist.hasRoot());
        vm.assertEq(dist.root(), bytes32(0));
        vm.assertEq(dist.currentEpoch(), 0);
        vm.assertEq(uint256(dist.firstEpoch()), FIRST_EPOCH);
        vm.assertEq(dist.nextEpoch(), FIRST_EPOCH);
        vm.assertEq(dist.manifestBaseURI(), "");
        vm.expectEmit(false, false, false, true);
        emit IRewardsDistributor.TimelockSet(1 days);
        new RewardsDistributor(token, admin, 0);
    }

    function test_Constructor_RevertZeroAddress() public {
        vm.expectRevert(RewardsDistributor.ZeroAddress.selector);
        new RewardsDistributor(IERC20(address(0)), admin, 0);
        vm.expectRevert(RewardsDistributor.ZeroAddress.selector);
        new RewardsDistributor(token, address(0), 0);
    }

    function test_LeafOf_MatchesStandardMerkleTreeEncoding() public view {
        bytes32 expected = keccak256(bytes.concat(keccak256(abi.encode(alice, uint256(5)))));
        vm.assertEq(dist.leafOf(alice, 5), expected);
    }

    // ---------------------------------------------------------------- fund

    function test_Fund() public {
        vm.expectEmit(true, true, false, true, address(dist));
        emit IRewardsDistributor.Funded(funder, 7, 10 ether, 10 ether);
        _fund(10 ether);
        vm.expectEmit(true, true, false, true, address(dist));
        emit IRewardsDistributor.Funded(funder, 7, 5 ether, 15 ether);
        _fund(5 ether);
        vm.assertEq(dist.totalFunded(), 15 ether);
        vm.assertEq(token.balanceOf(address(dist)), 15 ether);
    }

    function test_Fund_RevertZeroAmount() public {
        vm.prank(funder);
        vm.expectRevert(RewardsDistributor.ZeroAmount.selector);
        dist.fund(1, 0);
    }

    function test_Fund_RevertWithoutAllowance() public {
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(dist), 0, 1 ether)
        );
        dist.fund(1, 1 ether);
    }

    function testFuzz_Fund_Accumulates(uint96 a, uint96 b) public {
        uint256 x = bound(a, 1, 5_000 ether);
        uint256 y = bound(b, 1, 5_000 ether);
        _fund(x);
        _fund(y);
        vm.assertEq(dist.totalFunded(), x + y);
        vm.assertEq(token.balanceOf(address(dist)), x + y);
    }

    // ---------------------------------------------------------------- propose / accept / revoke

    function test_ProposeRoot() public {
        _fund(100 ether);
        bytes32 r = keccak256("r");
        uint64 validAt = uint64(block.timestamp + 1 days);
        vm.expectEmit(true, true, false, true, address(dist));
        emit IRewardsDistributor.RootProposed(1, r, 100 ether, MANIFEST, validAt, proposer);
        vm.prank(proposer);
        dist.proposeRoot(r, 1, 100 ether, MANIFEST);
        RewardsDistributor.PendingRoot memory p = dist.pendingRoot();
        vm.assertTrue(p.exists);
        vm.assertEq(p.root, r);
        vm.assertEq(p.epoch, 1);
        vm.assertEq(p.totalCumulative, 100 ether);
        vm.assertEq(p.manifestHash, MANIFEST);
        vm.assertEq(uint256(p.validAt), validAt);
    }

    function test_ProposeRoot_RevertUnauthorized() public {
        bytes32 role = dist.ROOT_PROPOSER_ROLE();
        vm.prank(stranger);
        vm.expectRevert(unauthorized(stranger, role));
        dist.proposeRoot(keccak256("r"), 1, 0, MANIFEST);
        // the guardian and the admin do not propose either
        vm.prank(guardian);
        vm.expectRevert(unauthorized(guardian, role));
        dist.proposeRoot(keccak256("r"), 1, 0, MANIFEST);
        vm.prank(admin);
        vm.expectRevert(unauthorized(admin, role));
        dist.proposeRoot(keccak256("r"), 1, 0, MANIFEST);
    }

    function test_ProposeRoot_RevertZeroRoot() public {
        vm.prank(proposer);
        vm.expectRevert(RewardsDistributor.ZeroRoot.selector);
        dist.proposeRoot(bytes32(0), 1, 0, MANIFEST);
    }

    function test_ProposeRoot_RevertNotNextEpoch() public {
        _setupRoot();
        vm.assertEq(dist.nextEpoch(), 2);
        vm.startPrank(proposer);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NotNextEpoch.selector, 1, 2));
        dist.proposeRoot(keccak256("x"), 1, 351 ether, MANIFEST);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NotNextEpoch.selector, 0, 2));
        dist.proposeRoot(keccak256("x"), 0, 351 ether, MANIFEST);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NotNextEpoch.selector, 3, 2));
        dist.proposeRoot(keccak256("x"), 3, 351 ether, MANIFEST);
        dist.proposeRoot(keccak256("x"), 2, 351 ether, MANIFEST);
        vm.stopPrank();
    }

    /// The first root is for `firstEpoch` exactly, whatever it is (0 on the devnet).
    function test_ProposeRoot_FirstEpochIsFixed() public {
        _fund(2 ether);
        vm.startPrank(proposer);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NotNextEpoch.selector, 0, 1));
        dist.proposeRoot(keccak256("r"), 0, 1 ether, MANIFEST);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NotNextEpoch.selector, 2, 1));
        dist.proposeRoot(keccak256("r"), 2, 1 ether, MANIFEST);
        vm.stopPrank();

        RewardsDistributor d0 = new RewardsDistributor(token, admin, 0);
        vm.startPrank(admin);
        d0.grantRole(d0.ROOT_PROPOSER_ROLE(), proposer);
        d0.setTimelock(0);
        vm.stopPrank();
        vm.prank(funder);
        token.approve(address(d0), 1 ether);
        vm.prank(funder);
        d0.fund(0, 1 ether);
        vm.prank(proposer);
        d0.proposeRoot(keccak256("r0"), 0, 1 ether, MANIFEST);
        d0.acceptRoot();
        vm.assertTrue(d0.hasRoot());
        vm.assertEq(d0.currentEpoch(), 0);
        vm.assertEq(d0.nextEpoch(), 1);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NotNextEpoch.selector, 0, 1));
        d0.proposeRoot(keccak256("r0b"), 0, 1 ether, MANIFEST);
    }

    /// Security (issue 17 item 6): proposing and accepting epoch 2^256-1 made every later proposal revert
    /// StaleEpoch, stranding the funds. Now that proposal reverts and the distributor goes on.
    /// Fails on the old contract (the far epoch was accepted).
    function test_ProposeRoot_FarEpochCannotBrick() public {
        _setupRoot();
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NotNextEpoch.selector, type(uint256).max, 2));
        dist.proposeRoot(keccak256("far"), type(uint256).max, 351 ether, MANIFEST);
        vm.assertFalse(dist.pendingRoot().exists);
        _proposeAccept(keccak256("r2"), 2, 351 ether);
        _proposeAccept(keccak256("r3"), 3, 351 ether);
        vm.assertEq(dist.currentEpoch(), 3);
    }

    /// Whatever epoch a (possibly stolen) proposer key sends, only the next one is taken, and the one after it
    /// can always be proposed.
    function testFuzz_ProposeRoot_OnlyNextEpoch(uint256 epoch) public {
        _setupRoot();
        uint256 next = dist.nextEpoch();
        vm.prank(proposer);
        if (epoch != next) {
            vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NotNextEpoch.selector, epoch, next));
            dist.proposeRoot(keccak256("x"), epoch, 351 ether, MANIFEST);
            return;
        }
        dist.proposeRoot(keccak256("x"), epoch, 351 ether, MANIFEST);
        vm.warp(block.timestamp + dist.timelock());
        dist.acceptRoot();
        vm.assertEq(dist.nextEpoch(), next + 1);
        _proposeAccept(keccak256("y"), next + 1, 351 ether);
    }

    /// A revoked epoch is proposed again (the guard revoked a wrong root; the right one follows).
    function test_ProposeRoot_SameEpochAfterRevoke() public {
        _setupRoot();
        vm.prank(proposer);
        dist.proposeRoot(keccak256("wrong"), 2, 351 ether, MANIFEST);
        vm.prank(guardian);
        dist.revokePendingRoot();
        vm.assertEq(dist.nextEpoch(), 2);
        _proposeAccept(keccak256("right"), 2, 351 ether);
        vm.assertEq(dist.root(), keccak256("right"));
        vm.assertEq(dist.currentEpoch(), 2);
    }

    function test_ProposeRoot_RevertTotalDecreases() public {
        _setupRoot();
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TotalDecreases.selector, 350 ether, 351 ether));
        dist.proposeRoot(keccak256("x"), 2, 350 ether, MANIFEST);
    }

    /// Security: a root whose total exceeds what was funded is refused.
    function test_ProposeRoot_RevertUnderfunded() public {
        _fund(100 ether);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.Underfunded.selector, 100 ether + 1, 100 ether));
        dist.proposeRoot(keccak256("x"), 1, 100 ether + 1, MANIFEST);
    }

    function testFuzz_ProposeRoot_NeverAboveFunding(uint128 funded, uint128 total) public {
        uint256 f = bound(funded, 1, 10_000 ether);
        _fund(f);
        vm.prank(proposer);
        if (total > f) {
            vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.Underfunded.selector, total, f));
        }
        dist.proposeRoot(keccak256("x"), 1, total, MANIFEST);
    }

    function test_ProposeRoot_ReplacesPending() public {
        _fund(10 ether);
        vm.prank(proposer);
        dist.proposeRoot(keccak256("a"), 1, 5 ether, MANIFEST);
        vm.warp(block.timestamp + 12 hours);
        vm.prank(proposer);
        dist.proposeRoot(keccak256("b"), 1, 6 ether, keccak256("m2"));
        RewardsDistributor.PendingRoot memory p = dist.pendingRoot();
        vm.assertEq(p.root, keccak256("b"));
        vm.assertEq(p.epoch, 1);
        // a replacement restarts the timelock
        vm.assertEq(uint256(p.validAt), block.timestamp + 1 days);
        vm.warp(block.timestamp + 12 hours);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TimelockNotElapsed.selector, p.validAt));
        dist.acceptRoot();
    }

    function test_AcceptRoot() public {
        _fund(351 ether);
        bytes32 r = MerkleHelper.root(tree);
        vm.prank(proposer);
        dist.proposeRoot(r, 1, 351 ether, MANIFEST);
        vm.warp(block.timestamp + 1 days);
        vm.expectEmit(true, true, false, true, address(dist));
        emit IRewardsDistributor.RootAccepted(1, r, 351 ether, MANIFEST);
        vm.prank(stranger); // anyone may accept
        dist.acceptRoot();
        vm.assertEq(dist.root(), r);
        vm.assertEq(dist.currentEpoch(), 1);
        vm.assertEq(dist.acceptedTotal(), 351 ether);
        vm.assertEq(dist.manifestHash(), MANIFEST);
        vm.assertTrue(dist.hasRoot());
        vm.assertFalse(dist.pendingRoot().exists);
    }

    function test_AcceptRoot_RevertNoPendingRoot() public {
        vm.expectRevert(RewardsDistributor.NoPendingRoot.selector);
        dist.acceptRoot();
        _setupRoot();
        vm.expectRevert(RewardsDistributor.NoPendingRoot.selector);
        dist.acceptRoot();
    }

    function test_AcceptRoot_RevertTimelockNotElapsed() public {
        _fund(1 ether);
        vm.prank(proposer);
        dist.proposeRoot(keccak256("r"), 1, 1 ether, MANIFEST);
        uint64 validAt = uint64(block.timestamp + 1 days);
        vm.warp(validAt - 1);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TimelockNotElapsed.selector, validAt));
        dist.acceptRoot();
        vm.warp(validAt);
        dist.acceptRoot();
    }

    /// Security: changing the timelock after a proposal neither delays nor advances its validAt.
    function test_SetTimelock_DoesNotMovePendingValidAt() public {
        _fund(1 ether);
        vm.prank(proposer);
        dist.proposeRoot(keccak256("r"), 1, 1 ether, MANIFEST);
        uint64 validAt = dist.pendingRoot().validAt;
        vm.prank(admin);
        dist.setTimelock(0);
        vm.assertEq(uint256(dist.pendingRoot().validAt), validAt);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TimelockNotElapsed.selector, validAt));
        dist.acceptRoot();
        vm.prank(admin);
        dist.setTimelock(30 days);
        vm.assertEq(uint256(dist.pendingRoot().validAt), validAt);
        vm.warp(validAt);
        dist.acceptRoot();
        vm.assertEq(dist.root(), keccak256("r"));
    }

    function test_RevokePendingRoot() public {
        _fund(1 ether);
        vm.prank(proposer);
        dist.proposeRoot(keccak256("r"), 1, 1 ether, MANIFEST);
        vm.expectEmit(true, true, false, true, address(dist));
        emit IRewardsDistributor.RootRevoked(1, keccak256("r"), guardian);
        vm.prank(guardian);
        dist.revokePendingRoot();
        vm.assertFalse(dist.pendingRoot().exists);
        vm.warp(block.timestamp + 2 days);
        vm.expectRevert(RewardsDistributor.NoPendingRoot.selector);
        dist.acceptRoot();
    }

    function test_RevokePendingRoot_RevertUnauthorized() public {
        bytes32 role = dist.GUARDIAN_ROLE();
        vm.prank(proposer);
        vm.expectRevert(unauthorized(proposer, role));
        dist.revokePendingRoot();
    }

    function test_RevokePendingRoot_RevertNoPendingRoot() public {
        vm.prank(guardian);
        vm.expectRevert(RewardsDistributor.NoPendingRoot.selector);
        dist.revokePendingRoot();
    }

    // ---------------------------------------------------------------- claim

    function test_Claim_EveryLeaf() public {
        _setupRoot();
        bytes32 r = dist.root();
        for (uint256 i; i < accounts.length; ++i) {
            bytes32[] memory p = MerkleHelper.proof(tree, i);
            vm.expectEmit(true, true, false, true, address(dist));
            emit IRewardsDistributor.Claimed(accounts[i], r, amounts[i], amounts[i], stranger);
            vm.prank(stranger); // anyone may claim on an account's behalf; the tokens go to the account
            uint256 paid = dist.claim(accounts[i], amounts[i], p);
            vm.assertEq(paid, amounts[i]);
            vm.assertEq(token.balanceOf(accounts[i]), amounts[i]);
            vm.assertEq(dist.claimed(accounts[i]), amounts[i]);
        }
        vm.assertEq(dist.totalClaimed(), 351 ether);
        vm.assertEq(token.balanceOf(address(dist)), 0);
    }

    function test_Claim_CumulativeAcrossEpochs() public {
        _setupRoot();
        dist.claim(alice, 100 ether, MerkleHelper.proof(tree, 0));
        // epoch 2: alice earns 40 more, bob unchanged
        _fund(40 ether);
        uint256[] memory a2 = new uint256[](3);
        a2[0] = 140 ether;
        a2[1] = 250 ether;
        a2[2] = 1 ether;
        bytes32[] memory t2 = MerkleHelper.leaves(accounts, a2);
        _proposeAccept(MerkleHelper.root(t2), 2, 391 ether);
        uint256 paid = dist.claim(alice, 140 ether, MerkleHelper.proof(t2, 0));
        vm.assertEq(paid, 40 ether);
        vm.assertEq(token.balanceOf(alice), 140 ether);
        // bob never claimed epoch 1: he gets it all at once under the new root
        vm.assertEq(dist.claim(bob, 250 ether, MerkleHelper.proof(t2, 1)), 250 ether);
        // the old root's proofs no longer verify
        vm.expectRevert(RewardsDistributor.InvalidProof.selector);
        dist.claim(carol, 1 ether, MerkleHelper.proof(tree, 2));
    }

    function test_Claim_RevertNoRoot() public {
        bytes32[] memory p;
        vm.expectRevert(RewardsDistributor.NoRoot.selector);
        dist.claim(alice, 1, p);
    }

    /// Security: no double pay.
    function test_Claim_RevertNothingToClaim_Twice() public {
        _setupRoot();
        bytes32[] memory p = MerkleHelper.proof(tree, 1);
        dist.claim(bob, 250 ether, p);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NothingToClaim.selector, bob, 250 ether, 250 ether));
        dist.claim(bob, 250 ether, p);
        vm.assertEq(token.balanceOf(bob), 250 ether);
    }

    function test_Claim_RevertNothingToClaim_ZeroLeaf() public {
        accounts.push(address(0xD00D));
        amounts.push(0);
        tree = MerkleHelper.leaves(accounts, amounts);
        _setupRoot();
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.NothingToClaim.selector, address(0xD00D), 0, 0));
        dist.claim(address(0xD00D), 0, MerkleHelper.proof(tree, 3));
    }

    /// Security: a proof for another account fails.
    function test_Claim_RevertProofForAnotherAccount() public {
        _setupRoot();
        bytes32[] memory aliceProof = MerkleHelper.proof(tree, 0);
        vm.expectRevert(RewardsDistributor.InvalidProof.selector);
        dist.claim(bob, 100 ether, aliceProof);
        vm.expectRevert(RewardsDistributor.InvalidProof.selector);
        vm.prank(bob);
        dist.claim(bob, 100 ether, aliceProof);
        // nor may alice's proof be stretched to a bigger amount
        vm.expectRevert(RewardsDistributor.InvalidProof.selector);
        dist.claim(alice, 101 ether, aliceProof);
    }

    function testFuzz_Claim_WrongAmountFails(uint256 amount) public {
        _setupRoot();
        vm.assume(amount != 100 ether);
        vm.expectRevert(RewardsDistributor.InvalidProof.selector);
        dist.claim(alice, amount, MerkleHelper.proof(tree, 0));
    }

    function testFuzz_Claim_WrongAccountFails(address who) public {
        _setupRoot();
        vm.assume(who != alice);
        vm.expectRevert(RewardsDistributor.InvalidProof.selector);
        dist.claim(who, 100 ether, MerkleHelper.proof(tree, 0));
    }

    /// Security: the 64-byte concatenation of an internal node's children, presented as a leaf, fails.
    function test_Claim_RevertSecondPreimage() public {
        // 4 leaves: root = H(H(l0,l1), H(l2,l3)); the internal node n01 = H(l0,l1) has a 1-element proof [n23].
        accounts.push(address(0xD00D));
        amounts.push(7 ether);
        tree = MerkleHelper.leaves(accounts, amounts);
        _fund(358 ether);
        bytes32 r = MerkleHelper.root(tree);
        _proposeAccept(r, 1, 358 ether);

        (bytes32 a, bytes32 b) = tree[0] < tree[1] ? (tree[0], tree[1]) : (tree[1], tree[0]);
        bytes32 node = Hashes.commutativeKeccak256(tree[0], tree[1]);
        vm.assertEq(node, keccak256(abi.encodePacked(a, b)));
        bytes32[] memory shortProof = new bytes32[](1);
        shortProof[0] = Hashes.commutativeKeccak256(tree[2], tree[3]);
        // the internal node verifies as a "leaf" against the root with the short proof...
        vm.assertTrue(MerkleProof.verify(shortProof, r, node));
        // ...but the distributor hashes (account, amount) twice, so no (account, amount) reaches that node:
        // reinterpreting the node's 64-byte preimage as abi.encode(account, amount) is refused.
        address forgedAccount = address(uint160(uint256(a)));
        uint256 forgedAmount = uint256(b);
        vm.expectRevert(RewardsDistributor.InvalidProof.selector);
        dist.claim(forgedAccount, forgedAmount, shortProof);
        vm.assertTrue(dist.leafOf(forgedAccount, forgedAmount) != node);
        // presenting the raw node with a zero account/amount split fails the same way
        vm.expectRevert(RewardsDistributor.InvalidProof.selector);
        dist.claim(address(0), uint256(node), shortProof);
        vm.assertEq(token.balanceOf(address(dist)), 358 ether);
    }

    /// Security: a leaf above the root's declared total cannot be paid, even if the tree contains it.
    function test_Claim_RevertLeafAboveRootTotal() public {
        address[] memory acc = new address[](2);
        uint256[] memory amt = new uint256[](2);
        acc[0] = alice;
        acc[1] = bob;
        amt[0] = 100 ether;
        amt[1] = 40 ether;
        bytes32[] memory t = MerkleHelper.leaves(acc, amt);
        _fund(50 ether);
        _proposeAccept(MerkleHelper.root(t), 1, 50 ether);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.ExceedsRootTotal.selector, 100 ether, 50 ether));
        dist.claim(alice, 100 ether, MerkleHelper.proof(t, 0));
    }

    /// Security: the sum of claims never exceeds the root's total (an inconsistent tree cannot drain funding).
    function test_Claim_RevertTotalClaimedAboveRootTotal() public {
        address[] memory acc = new address[](2);
        uint256[] memory amt = new uint256[](2);
        acc[0] = alice;
        acc[1] = bob;
        amt[0] = 40 ether;
        amt[1] = 40 ether;
        bytes32[] memory t = MerkleHelper.leaves(acc, amt);
        _fund(1000 ether); // funding is plentiful; the root total is the cap
        _proposeAccept(MerkleHelper.root(t), 1, 50 ether);
        dist.claim(alice, 40 ether, MerkleHelper.proof(t, 0));
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.ExceedsRootTotal.selector, 80 ether, 50 ether));
        dist.claim(bob, 40 ether, MerkleHelper.proof(t, 1));
        vm.assertEq(dist.totalClaimed(), 40 ether);
    }

    // ---------------------------------------------------------------- pause

    function test_Pause_BlocksClaims() public {
        _setupRoot();
        bytes32[] memory p = MerkleHelper.proof(tree, 0);
        vm.prank(guardian);
        dist.pause();
        vm.assertTrue(dist.paused());
        vm.expectRevert(Pausable.EnforcedPause.selector);
        dist.claim(alice, 100 ether, p);
        // funding, proposing and accepting stay open while paused
        _fund(1 ether);
        vm.prank(proposer);
        dist.proposeRoot(keccak256("z"), 2, 352 ether, MANIFEST);
        vm.prank(guardian);
        dist.unpause();
        vm.assertFalse(dist.paused());
        dist.claim(alice, 100 ether, p);
    }

    function test_Pause_RevertUnauthorized() public {
        bytes32 role = dist.GUARDIAN_ROLE();
        vm.prank(admin);
        vm.expectRevert(unauthorized(admin, role));
        dist.pause();
        vm.prank(guardian);
        dist.pause();
        vm.prank(proposer);
        vm.expectRevert(unauthorized(proposer, role));
        dist.unpause();
    }

    function test_Pause_RevertStates() public {
        vm.prank(guardian);
        vm.expectRevert(Pausable.ExpectedPause.selector);
        dist.unpause();
        vm.prank(guardian);
        dist.pause();
        vm.prank(guardian);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        dist.pause();
    }

    // ---------------------------------------------------------------- timelock

    function test_SetTimelock() public {
        vm.expectEmit(false, false, false, true, address(dist));
        emit IRewardsDistributor.TimelockSet(2 hours);
        vm.prank(admin);
        dist.setTimelock(2 hours);
        vm.assertEq(uint256(dist.timelock()), 2 hours);
        _fund(1 ether);
        vm.prank(proposer);
        dist.proposeRoot(keccak256("r"), 1, 1 ether, MANIFEST);
        vm.assertEq(uint256(dist.pendingRoot().validAt), block.timestamp + 2 hours);
    }

    function test_SetTimelock_ZeroAllowsImmediateAccept() public {
        vm.prank(admin);
        dist.setTimelock(0);
        _fund(1 ether);
        vm.prank(proposer);
        dist.proposeRoot(keccak256("r"), 1, 1 ether, MANIFEST);
        dist.acceptRoot();
        vm.assertEq(dist.root(), keccak256("r"));
    }

    /// Security (issue 17 item 6): off the devnet the timelock cannot go below MIN_TIMELOCK, so a guard always has
    /// that long to revoke a wrong root. Fails on the old contract (setTimelock(0) was accepted everywhere).
    function test_SetTimelock_MinimumOffDevnet() public {
        vm.assertEq(uint256(dist.minTimelock()), 0); // forge runs on chain 31337, the devnet's id
        vm.chainId(8453); // Base
        vm.assertEq(uint256(dist.minTimelock()), 6 hours);
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TimelockTooShort.selector, 0, 6 hours));
        dist.setTimelock(0);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TimelockTooShort.selector, 6 hours - 1, 6 hours));
        dist.setTimelock(6 hours - 1);
        dist.setTimelock(6 hours);
        vm.stopPrank();
        vm.assertEq(uint256(dist.timelock()), 6 hours);
        // a root proposed now waits the floor at least
        _fund(1 ether);
        vm.prank(proposer);
        dist.proposeRoot(keccak256("r"), 1, 1 ether, MANIFEST);
        vm.warp(block.timestamp + 6 hours - 1);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TimelockNotElapsed.selector, block.timestamp + 1));
        dist.acceptRoot();
    }

    function testFuzz_SetTimelock_Bounds(uint64 t, uint64 chainId) public {
        uint256 id = bound(chainId, 1, type(uint64).max);
        vm.chainId(id);
        uint64 floor = id == 31337 ? 0 : 6 hours;
        vm.prank(admin);
        if (t < floor) {
            vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TimelockTooShort.selector, t, floor));
        } else if (t > 30 days) {
            vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TimelockTooLong.selector, t));
        }
        dist.setTimelock(t);
        if (t >= floor && t <= 30 days) vm.assertEq(uint256(dist.timelock()), t);
    }

    function test_SetTimelock_Reverts() public {
        bytes32 role = dist.DEFAULT_ADMIN_ROLE();
        vm.prank(guardian);
        vm.expectRevert(unauthorized(guardian, role));
        dist.setTimelock(1);
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(RewardsDistributor.TimelockTooLong.selector, 30 days + 1));
        dist.setTimelock(30 days + 1);
    }

    // ---------------------------------------------------------------- manifest base URI

    function test_SetManifestBaseURI() public {
        vm.assertEq(dist.manifestURI(3), "");
        vm.expectEmit(false, false, false, true, address(dist));
        emit RewardsDistributor.ManifestBaseURISet("https://covey.example/manifests/");
        vm.prank(admin);
        dist.setManifestBaseURI("https://covey.example/manifests/");
        vm.assertEq(dist.manifestBaseURI(), "https://covey.example/manifests/");
        vm.assertEq(dist.manifestURI(0), "https://covey.example/manifests/0.json");
        vm.assertEq(dist.manifestURI(12), "https://covey.example/manifests/12.json");
        vm.assertEq(
            dist.manifestURI(type(uint256).max),
            "https://covey.example/manifests/115792089237316195423570985008687907853269984665640564039457584007913129639935.json"
        );
        // the base is used verbatim: no separator is added
        vm.prank(admin);
        dist.setManifestBaseURI("ipfs://bafy/m-");
        vm.assertEq(dist.manifestURI(7), "ipfs://bafy/m-7.json");
        vm.prank(admin);
        dist.setManifestBaseURI("");
        vm.assertEq(dist.manifestURI(7), "");
    }

    function test_SetManifestBaseURI_RevertUnauthorized() public {
        bytes32 role = dist.DEFAULT_ADMIN_ROLE();
        vm.prank(proposer);
        vm.expectRevert(unauthorized(proposer, role));
        dist.setManifestBaseURI("https://evil.example/");
        vm.prank(guardian);
        vm.expectRevert(unauthorized(guardian, role));
        dist.setManifestBaseURI("https://evil.example/");
    }

    // ---------------------------------------------------------------- fuzz: random trees

    function testFuzz_ClaimRandomTree(uint256 seed, uint8 n) public {
        uint256 count = bound(n, 1, 12);
        address[] memory acc = new address[](count);
        uint256[] memory amt = new uint256[](count);
        uint256 total;
        for (uint256 i; i < count; ++i) {
            acc[i] = address(uint160(uint256(keccak256(abi.encode(seed, i, "a"))) | 1));
            amt[i] = bound(uint256(keccak256(abi.encode(seed, i))), 1, 100 ether);
            total += amt[i];
        }
        bytes32[] memory t = MerkleHelper.leaves(acc, amt);
        _fund(total);
        _proposeAccept(MerkleHelper.root(t), 1, total);
        for (uint256 i; i < count; ++i) {
            // addresses may repeat only with negligible probability; skip a repeat defensively
            if (dist.claimed(acc[i]) != 0) continue;
            dist.claim(acc[i], amt[i], MerkleHelper.proof(t, i));
        }
        vm.assertLe(dist.totalClaimed(), dist.totalFunded());
        vm.assertEq(dist.totalClaimed(), total);
    }
}

/// Security: a malicious token that re-enters `claim` from inside the payout transfer is stopped by the guard.
contract RewardsDistributorReentrancyTest is Deployer {
    ReentrantToken internal evil;
    RewardsDistributor internal d;
    address internal alice = address(0xA11CE);
    address internal bob = address(0xB0B);

    function setUp() public {
        evil = new ReentrantToken();
        d = new RewardsDistributor(IERC20(address(evil)), admin, 1);
        vm.startPrank(admin);
        d.grantRole(d.ROOT_PROPOSER_ROLE(), proposer);
        d.setTimelock(0);
        vm.stopPrank();
        evil.mint(address(this), 1000 ether);
        evil.approve(address(d), type(uint256).max);
        d.fund(0, 1000 ether);
    }

    function test_Claim_ReentrancyBlocked() public {
        address[] memory acc = new address[](2);
        uint256[] memory amt = new uint256[](2);
        acc[0] = alice;
        acc[1] = bob;
        amt[0] = 100 ether;
        amt[1] = 200 ether;
        bytes32[] memory t = MerkleHelper.leaves(acc, amt);
        vm.prank(proposer);
        d.proposeRoot(MerkleHelper.root(t), 1, 300 ether, bytes32(0));
        d.acceptRoot();

        // while paying alice, the token tries to claim bob's leaf (and, were it allowed, alice's again)
        bytes memory reenter = abi.encodeCall(RewardsDistributor.claim, (bob, 200 ether, MerkleHelper.proof(t, 1)));
        evil.arm(address(d), address(d), reenter);
        d.claim(alice, 100 ether, MerkleHelper.proof(t, 0));

        vm.assertTrue(evil.attempted());
        vm.assertFalse(evil.reentrySucceeded());
        vm.assertEq(evil.reentryResult(), abi.encodeWithSelector(ReentrancyGuard.ReentrancyGuardReentrantCall.selector));
        vm.assertEq(evil.balanceOf(alice), 100 ether);
        vm.assertEq(evil.balanceOf(bob), 0);
        vm.assertEq(d.totalClaimed(), 100 ether);
        // bob can still claim normally afterwards
        d.claim(bob, 200 ether, MerkleHelper.proof(t, 1));
        vm.assertEq(d.totalClaimed(), 300 ether);
    }
}
