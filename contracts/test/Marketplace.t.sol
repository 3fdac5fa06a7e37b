// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Deployer} from "./utils/Deployer.sol";
import {Marketplace} from "../src/Marketplace.sol";
import {IMarketplace} from "../src/interfaces/IMarketplace.sol";
import {IRewardsDistributor} from "../src/interfaces/IRewardsDistributor.sol";
import {ITaskArena} from "../src/interfaces/ITaskArena.sol";
import {Roles} from "../src/interfaces/Roles.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract MarketplaceTest is Deployer {
    address internal node = address(0x40DE);
    address internal node2 = address(0x40DE2);
    address internal buyer = address(0xB17E);
    uint256 internal constant TASK = 3;
    uint256 internal sub1;
    uint256 internal sub2;

    function setUp() public {
        deployAll();
        vm.prank(taskAdmin);
        arena.createTask(TASK, "", uint64(block.timestamp), uint64(block.timestamp + 1 days));
        fundAndApprove(node, address(staking), 10 ether);
        fundAndApprove(node2, address(staking), 10 ether);
        fundAndApprove(buyer, address(market), 1_000 ether);
        vm.prank(node);
        staking.stake(TASK, Roles.NODE, 1 ether);
        vm.prank(node2);
        staking.stake(TASK, Roles.NODE, 1 ether);
        vm.prank(node);
        sub1 = arena.submitModel(TASK, keccak256("m1"), "");
        vm.prank(node2);
        sub2 = arena.submitModel(TASK, keccak256("m2"), "");
    }

    function test_Constructor() public {
        vm.assertEq(uint256(market.feePpm()), 50_000);
        vm.assertEq(market.treasury(), treasury);
        vm.assertEq(address(market.token()), address(token));
        vm.assertEq(address(market.arena()), address(arena));
        vm.assertEq(address(market.distributor()), address(dist));
        vm.expectEmit(false, false, false, true);
        emit IMarketplace.FeeSet(50_000);
        new Marketplace(token, arena, dist, treasury, admin);
    }

    function test_Constructor_RevertZeroAddress() public {
        IERC20 t = token;
        ITaskArena a = arena;
        IRewardsDistributor d = dist;
        vm.expectRevert(Marketplace.ZeroAddress.selector);
        new Marketplace(IERC20(address(0)), a, d, treasury, admin);
        vm.expectRevert(Marketplace.ZeroAddress.selector);
        new Marketplace(t, ITaskArena(address(0)), d, treasury, admin);
        vm.expectRevert(Marketplace.ZeroAddress.selector);
        new Marketplace(t, a, IRewardsDistributor(address(0)), treasury, admin);
        vm.expectRevert(Marketplace.ZeroAddress.selector);
        new Marketplace(t, a, d, address(0), admin);
        vm.expectRevert(Marketplace.ZeroAddress.selector);
        new Marketplace(t, a, d, treasury, address(0));
    }

    // ---------------------------------------------------------------- listModel

    function test_ListModel() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit IMarketplace.ModelListed(1, TASK, node, sub1, 10 ether);
        vm.prank(node);
        uint256 id = market.listModel(TASK, sub1, 10 ether);
        vm.assertEq(id, 1);
        vm.prank(node2);
        vm.assertEq(market.listModel(TASK, sub2, 1), 2);
        Marketplace.Listing memory l = market.listingOf(1);
        vm.assertEq(l.taskId, TASK);
        vm.assertEq(l.submissionId, sub1);
        vm.assertEq(l.seller, node);
        vm.assertEq(l.price, 10 ether);
        vm.assertEq(market.modelIdOfSubmission(sub1), 1);
        vm.assertEq(market.lastModelId(), 2);
    }

    function test_ListModel_Reverts() public {
        vm.startPrank(node);
        vm.expectRevert(Marketplace.ZeroPrice.selector);
        market.listModel(TASK, sub1, 0);
        // someone else's submission
        vm.expectRevert(abi.encodeWithSelector(Marketplace.NotSubmitter.selector, sub2, node));
        market.listModel(TASK, sub2, 1);
        // wrong task for the submission
        vm.expectRevert(abi.encodeWithSelector(Marketplace.NotSubmitter.selector, sub1, node));
        market.listModel(TASK + 1, sub1, 1);
        // a submission that does not exist
        vm.expectRevert(abi.encodeWithSelector(Marketplace.NotSubmitter.selector, 77, node));
        market.listModel(TASK, 77, 1);
        market.listModel(TASK, sub1, 1);
        vm.expectRevert(abi.encodeWithSelector(Marketplace.AlreadyListed.selector, sub1, 1));
        market.listModel(TASK, sub1, 2);
        vm.stopPrank();
        // not even the admin lists for the node
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(Marketplace.NotSubmitter.selector, sub2, admin));
        market.listModel(TASK, sub2, 1);
    }

    // ---------------------------------------------------------------- purchase

    function test_Purchase() public {
        vm.prank(node);
        uint256 id = market.listModel(TASK, sub1, 100 ether);
        uint256 treasuryBefore = token.balanceOf(treasury);
        vm.expectEmit(true, true, true, true, address(market));
        emit IMarketplace.ModelPurchased(id, TASK, buyer, 100 ether, 5 ether, 95 ether);
        vm.expectEmit(true, true, true, true, address(dist));
        emit IRewardsDistributor.Funded(address(market), TASK, 95 ether, 95 ether);
        vm.prank(buyer);
        market.purchase(id);
        vm.assertEq(token.balanceOf(buyer), 900 ether);
        vm.assertEq(token.balanceOf(treasury), treasuryBefore + 5 ether);
        vm.assertEq(token.balanceOf(address(dist)), 95 ether);
        vm.assertEq(dist.totalFunded(), 95 ether);
        vm.assertEq(token.balanceOf(address(market)), 0);
        vm.assertEq(token.allowance(address(market), address(dist)), 0);
        vm.assertTrue(market.hasPurchased(id, buyer));
    }

    function test_Purchase_Reverts() public {
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(Marketplace.UnknownModel.selector, 1));
        market.purchase(1);
        vm.prank(node);
        uint256 id = market.listModel(TASK, sub1, 100 ether);
        vm.prank(buyer);
        market.purchase(id);
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(Marketplace.AlreadyPurchased.selector, id, buyer));
        market.purchase(id);
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, 100 ether)
        );
        market.purchase(id);
    }

    function testFuzz_Purchase_FeeSplit(uint256 price, uint32 fee) public {
        price = bound(price, 1, 1_000 ether);
        fee = uint32(bound(fee, 0, 200_000));
        vm.prank(admin);
        market.setFee(fee);
        vm.prank(node);
        uint256 id = market.listModel(TASK, sub1, price);
        uint256 treasuryBefore = token.balanceOf(treasury);
        vm.prank(buyer);
        market.purchase(id);
        uint256 expectedFee = price * fee / 1_000_000;
        vm.assertEq(token.balanceOf(treasury) - treasuryBefore, expectedFee);
        vm.assertEq(dist.totalFunded(), price - expectedFee);
        vm.assertEq(token.balanceOf(address(dist)), price - expectedFee);
        vm.assertEq(token.balanceOf(buyer), 1_000 ether - price);
        vm.assertEq(token.balanceOf(address(market)), 0);
    }

    // ---------------------------------------------------------------- admin

    function test_SetFee() public {
        vm.expectEmit(false, false, false, true, address(market));
        emit IMarketplace.FeeSet(200_000);
        vm.prank(admin);
        market.setFee(200_000);
        vm.assertEq(uint256(market.feePpm()), 200_000);
        vm.prank(admin);
        market.setFee(0);
        vm.prank(node);
        uint256 id = market.listModel(TASK, sub1, 10 ether);
        vm.prank(buyer);
        market.purchase(id);
        vm.assertEq(dist.totalFunded(), 10 ether);
    }

    function test_SetFee_Reverts() public {
        bytes32 role = market.DEFAULT_ADMIN_ROLE();
        vm.prank(stranger);
        vm.expectRevert(unauthorized(stranger, role));
        market.setFee(1);
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(Marketplace.FeeTooHigh.selector, 200_001));
        market.setFee(200_001);
    }

    function test_SetTreasury() public {
        vm.prank(admin);
        market.setTreasury(stranger);
        vm.assertEq(market.treasury(), stranger);
        vm.prank(admin);
        vm.expectRevert(Marketplace.ZeroAddress.selector);
        market.setTreasury(address(0));
        bytes32 role = market.DEFAULT_ADMIN_ROLE();
        vm.prank(node);
        vm.expectRevert(unauthorized(node, role));
        market.setTreasury(node);
    }
}
