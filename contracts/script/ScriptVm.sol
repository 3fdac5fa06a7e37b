// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The Foundry cheatcodes the deploy script uses (forge-std is not vendored: the npm toolchain ships forge
/// without it). Signatures must match Foundry's exactly: the selector is what forge dispatches on.
interface ScriptVm {
    function envOr(string calldata name, string calldata defaultValue) external view returns (string memory value);
    function readFile(string calldata path) external view returns (string memory data);
    function keyExistsToml(string calldata toml, string calldata key) external view returns (bool);
    function parseTomlString(string calldata toml, string calldata key) external pure returns (string memory);
    function parseAddress(string calldata stringifiedValue) external pure returns (address parsedValue);
    function parseUint(string calldata stringifiedValue) external pure returns (uint256 parsedValue);
    function parseBool(string calldata stringifiedValue) external pure returns (bool parsedValue);
    function toString(address value) external pure returns (string memory stringifiedValue);
    function toString(uint256 value) external pure returns (string memory stringifiedValue);
    function toLowercase(string calldata input) external pure returns (string memory output);
    function startBroadcast() external;
    function stopBroadcast() external;
}

/// @notice console.log(string) of Foundry's console, without forge-std.
library Console {
    address private constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    function log(string memory line) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string)", line));
        ok;
    }
}
