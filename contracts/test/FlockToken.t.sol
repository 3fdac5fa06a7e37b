// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TestBase} from "./utils/Vm.sol";
import {FlockToken} from "../src/FlockToken.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

contract FlockTokenTest is TestBase {
    FlockToken internal token;
    address internal treasury = address(0x7EA5);
    uint256 internal ownerKey = 0xA11CE;
    address internal owner;

    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    function setUp() public {
        token = new FlockToken(treasury, 1_000 ether);
        owner = vm.addr(ownerKey);
    }

    function test_Metadata() public view {
        vm.assertEq(token.name(), "Flock Token");
        vm.assertEq(token.symbol(), "FLOCK");
        vm.assertEq(uint256(token.decimals()), 18);
        vm.assertEq(token.totalSupply(), 1_000 ether);
        vm.assertEq(token.balanceOf(treasury), 1_000 ether);
    }

    function _permitDigest(address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function test_Permit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(address(this), 5 ether, 0, deadline));
        token.permit(owner, address(this), 5 ether, deadline, v, r, s);
        vm.assertEq(token.allowance(owner, address(this)), 5 ether);
        vm.assertEq(token.nonces(owner), 1);
        // replay fails (nonce moved on)
        vm.expectRevert();
        token.permit(owner, address(this), 5 ether, deadline, v, r, s);
    }

    function test_Permit_RevertExpired() public {
        vm.warp(1_000);
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(address(this), 1, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(owner, address(this), 1, deadline, v, r, s);
    }
}
