// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TestBase} from "./utils/Vm.sol";
import {Deploy} from "../script/Deploy.s.sol";

/// @notice The deploy script refuses a timelock the distributor would refuse, naming it before anything is sent.
contract DeployScriptTest is TestBase {
    Deploy internal script;

    function setUp() public {
        script = new Deploy();
    }

    function _params(uint64 timelock) internal pure returns (Deploy.Params memory p) {
        p.standInToken = true;
        p.standInHolder = address(0x1001);
        p.standInSupply = 1e27;
        p.admin = address(0xAD);
        p.allowEoaAdmin = true;
        p.treasury = address(0x7EA5);
        p.rootProposer = address(0x9807);
        p.guardian = address(0x6A7D);
        p.slasher = address(0x51A5);
        p.taskAdmin = address(0x7A5C);
        p.timelock = timelock;
        p.manifestBaseURI = "https://covey.example/manifests/";
        p.flQuorumNumerator = 1;
        p.flQuorumDenominator = 3;
    }

    /// Off the devnet a timelock below 6 hours is a named problem; on the devnet 0 is fine.
    function test_Check_TimelockFloorOffDevnet() public {
        script.check(_params(0), address(0xD0)); // chain 31337
        vm.chainId(84532); // Base Sepolia
        script.check(_params(6 hours), address(0xD0));
        try script.check(_params(6 hours - 1), address(0xD0)) {
            revert("a 6 h - 1 s timelock passed the check off the devnet");
        } catch Error(string memory reason) {
            vm.assertEq(
                reason,
                "refusing to deploy:\n  - DEPLOY_TIMELOCK: 21599 is below the distributor's minimum off the devnet, 21600 (a guard needs time to revoke a wrong root)"
            );
        }
    }
}
