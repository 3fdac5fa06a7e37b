// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title FlockToken (devnet only)
/// @notice Stand-in for FLOCK on local chains and tests. On Base the real token is
/// 0x5aB3D4c385B400F3aBB49e80DE2fAF6a88A7B691; this contract is never deployed there.
/// The whole supply is minted once to `initialHolder` (the devnet treasury); there is no mint function.
contract FlockToken is ERC20, ERC20Permit {
    constructor(address initialHolder, uint256 initialSupply) ERC20("Flock Token", "FLOCK") ERC20Permit("Flock Token") {
        _mint(initialHolder, initialSupply);
    }
}
