// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {FlockToken} from "../src/FlockToken.sol";
import {Staking} from "../src/Staking.sol";
import {TaskArena} from "../src/TaskArena.sol";
import {Marketplace} from "../src/Marketplace.sol";
import {RewardsDistributor} from "../src/RewardsDistributor.sol";
import {FLAlliance, IFLStaking} from "../src/FLAlliance.sol";
import {ScriptVm, Console} from "./ScriptVm.sol";

/// @title Deploy
/// @notice Deploys the protocol (Staking, TaskArena, RewardsDistributor, Marketplace, FLAlliance) against an existing
/// FLOCK token, wires it, sets its parameters (timelock, first epoch, manifest base URI, fee, cooldowns, FL slash
/// parameters and quorum), grants the operating roles and hands every admin role to `admin` (a
/// multisig), renouncing the deployer's: after the script the deployer key holds no role on any contract.
/// `covey devnet up` runs this same script with devnet parameters; `covey config from-broadcast` turns the
/// broadcast file it leaves (broadcast/Deploy.s.sol/<chain id>/run-latest.json) into covey's configuration.
///
///   forge script script/Deploy.s.sol --rpc-url $RPC_URL --account deployer --broadcast [--verify]
///
/// Parameters: DEPLOY_<NAME> in the environment, else `<name>` in the TOML file DEPLOY_PARAMS names (see
/// config/deploy/*.toml; the environment wins). Every parameter is required and checked before anything is sent,
/// every problem named at once; forge broadcasts nothing unless the whole run, checks after deploying included,
/// succeeds in its simulation.
contract Deploy {
    ScriptVm private constant vm = ScriptVm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @notice FLOCK on Base mainnet: the only token this script deploys against on chain 8453.
    address public constant BASE_FLOCK = 0x5aB3D4c385B400F3aBB49e80DE2fAF6a88A7B691;
    uint256 public constant BASE_CHAIN_ID = 8453;
    /// @notice forge's sender when no wallet is given: it cannot sign, so a run with it would fail at broadcast.
    address private constant FORGE_DEFAULT_SENDER = 0x1804c8AB1F12E6bbf3894d4083f33e07309d1f38;

    // Bounds the contracts enforce, checked here first so a bad value is named before anything is sent.
    uint64 private constant MAX_TIMELOCK = 30 days; // RewardsDistributor.MAX_TIMELOCK
    uint64 private constant MIN_TIMELOCK = 6 hours; // RewardsDistributor.MIN_TIMELOCK (off the devnet, chain 31337)
    uint256 private constant DEVNET_CHAIN_ID = 31337; // RewardsDistributor.DEVNET_CHAIN_ID
    uint32 private constant MAX_FEE_PPM = 200_000; // Marketplace.MAX_FEE_PPM
    uint64 private constant MAX_COOLDOWN = 365 days; // Staking.MAX_COOLDOWN
    uint32 private constant PPM = 1_000_000;

    /// @notice Everything the deployment is parameterized by.
    struct Params {
        /// The existing FLOCK token (the stand-in's address once deployed).
        address token;
        /// Deploy a stand-in FlockToken minting `standInSupply` to `standInHolder` (never on Base mainnet).
        bool standInToken;
        address standInHolder;
        uint256 standInSupply;
        /// Receives every DEFAULT_ADMIN_ROLE: a multisig (a contract) unless allowEoaAdmin.
        address admin;
        bool allowEoaAdmin;
        /// Receives slashed stake (Staking), marketplace fees and FL slashes' treasury share.
        address treasury;
        /// RewardsDistributor's ROOT_PROPOSER_ROLE: covey's publisher key.
        address rootProposer;
        /// RewardsDistributor's GUARDIAN_ROLE: revokes a pending root, pauses claims.
        address guardian;
        /// Staking's SLASHER_ROLE (besides FLAlliance).
        address slasher;
        /// TASK_ADMIN_ROLE on Staking, TaskArena and FLAlliance.
        address taskAdmin;
        uint64 timelock;
        /// RewardsDistributor's first epoch: the settlement epoch (counted from the reward spec's genesis) of the
        /// first root it will take.
        uint64 firstEpoch;
        /// RewardsDistributor's manifestBaseURI: epoch N's manifest is published at <manifest_base_uri>N.json.
        string manifestBaseURI;
        uint32 marketplaceFeePpm;
        uint64 unstakeCooldown;
        uint64 rewardShareCooldown;
        uint32 flSlashRatePpm;
        uint32 flSlashToPoolPpm;
        /// FLAlliance's quorum (REWARDS.md §11 flQuorum) as numerator/denominator of the voters' round-start stake.
        uint32 flQuorumNumerator;
        uint32 flQuorumDenominator;
    }

    /// @notice What was deployed.
    struct Deployment {
        IERC20 token;
        Staking staking;
        TaskArena arena;
        RewardsDistributor distributor;
        Marketplace marketplace;
        FLAlliance flAlliance;
    }

    /// @dev The parameter file's text ("" without one) and path.
    string private _file;
    string private _filePath;
    /// @dev Problems found so far, each naming its parameter.
    string[] private _problems;

    function run() external returns (Deployment memory d) {
        address deployer = msg.sender;
        Params memory p = readParams();
        check(p, deployer);
        vm.startBroadcast();
        d = deploy(p, deployer);
        vm.stopBroadcast();
        verify(p, d, deployer);
        report(p, d, deployer);
    }

    // ---------------------------------------------------------------- parameters

    /// @notice Reads every parameter; reverts naming each one missing or malformed.
    function readParams() public returns (Params memory p) {
        _filePath = vm.envOr("DEPLOY_PARAMS", string(""));
        if (bytes(_filePath).length > 0) {
            try vm.readFile(_filePath) returns (string memory text) {
                _file = text;
            } catch {
                _problem(string.concat("DEPLOY_PARAMS: cannot read ", _filePath,
                    " (it must exist and lie under config/deploy/, which foundry.toml lets scripts read)"));
            }
            if (bytes(_file).length > 0) {
                try vm.keyExistsToml(_file, ".admin") returns (bool) {}
                catch {
                    _problem(string.concat("DEPLOY_PARAMS: ", _filePath, " is not valid TOML"));
                    _file = "";
                }
            }
        }
        p.standInToken = _bool("stand_in_token", false);
        if (p.standInToken) {
            p.standInHolder = _address("stand_in_holder");
            p.standInSupply = _uint("stand_in_supply", type(uint256).max);
            if (_present("flock_token")) _problem("DEPLOY_FLOCK_TOKEN: set either it or DEPLOY_STAND_IN_TOKEN=true, not both");
        } else {
            p.token = _address("flock_token");
        }
        p.admin = _address("admin");
        p.allowEoaAdmin = _bool("allow_eoa_admin", false);
        p.treasury = _address("treasury");
        p.rootProposer = _address("root_proposer");
        p.guardian = _address("guardian");
        p.slasher = _address("slasher");
        p.taskAdmin = _address("task_admin");
        p.timelock = uint64(_uint("timelock", MAX_TIMELOCK));
        p.firstEpoch = uint64(_uint("first_epoch", type(uint64).max));
        p.manifestBaseURI = _string("manifest_base_uri");
        p.marketplaceFeePpm = uint32(_uint("marketplace_fee_ppm", MAX_FEE_PPM));
        p.unstakeCooldown = uint64(_uint("unstake_cooldown", MAX_COOLDOWN));
        p.rewardShareCooldown = uint64(_uint("reward_share_cooldown", MAX_COOLDOWN));
        p.flSlashRatePpm = uint32(_uint("fl_slash_rate_ppm", PPM));
        p.flSlashToPoolPpm = uint32(_uint("fl_slash_to_pool_ppm", PPM));
        p.flQuorumNumerator = uint32(_uint("fl_quorum_numerator", type(uint32).max));
        p.flQuorumDenominator = uint32(_uint("fl_quorum_denominator", type(uint32).max));
        _stopOnProblems("invalid deployment parameters");
    }

    /// @notice Refuses a deployment that would leave the protocol badly held; reverts naming each problem.
    function check(Params memory p, address deployer) public {
        if (deployer == FORGE_DEFAULT_SENDER) {
            _problem("no deployer: pass a wallet (--account NAME, --ledger, --private-key) or --sender with --unlocked");
        }
        bool mainnet = block.chainid == BASE_CHAIN_ID;
        if (p.standInToken) {
            if (mainnet) _problem("DEPLOY_STAND_IN_TOKEN: never on Base mainnet (chain 8453): use the real FLOCK");
            if (p.standInSupply == 0) _problem("DEPLOY_STAND_IN_SUPPLY: must be > 0");
        } else {
            if (mainnet && p.token != BASE_FLOCK) {
                _problem(string.concat("DEPLOY_FLOCK_TOKEN: on Base mainnet FLOCK is ", vm.toString(BASE_FLOCK), ", not ",
                    vm.toString(p.token)));
            } else if (p.token.code.length == 0) {
                _problem(string.concat("DEPLOY_FLOCK_TOKEN: no contract at ", vm.toString(p.token), " on chain ",
                    vm.toString(block.chainid)));
            } else if (!_hasDecimals18(p.token)) {
                _problem(string.concat("DEPLOY_FLOCK_TOKEN: ", vm.toString(p.token), " is not an 18-decimal ERC-20"));
            }
        }
        if (p.admin.code.length == 0 && !(p.allowEoaAdmin && !mainnet)) {
            _problem(string.concat("DEPLOY_ADMIN: ", vm.toString(p.admin),
                " has no code: the admin should be a multisig (a contract); DEPLOY_ALLOW_EOA_ADMIN=true allows a plain key off Base mainnet"));
        }
        _notDeployer("DEPLOY_ADMIN", p.admin, deployer);
        _notDeployer("DEPLOY_TREASURY", p.treasury, deployer);
        _notDeployer("DEPLOY_ROOT_PROPOSER", p.rootProposer, deployer);
        _notDeployer("DEPLOY_GUARDIAN", p.guardian, deployer);
        _notDeployer("DEPLOY_SLASHER", p.slasher, deployer);
        _notDeployer("DEPLOY_TASK_ADMIN", p.taskAdmin, deployer);
        if (p.rootProposer == p.guardian && p.rootProposer != address(0)) {
            _problem("DEPLOY_GUARDIAN: must not be the root proposer (the guardian revokes what a stolen proposer key proposes)");
        }
        if (block.chainid != DEVNET_CHAIN_ID && p.timelock < MIN_TIMELOCK) {
            _problem(string.concat("DEPLOY_TIMELOCK: ", vm.toString(uint256(p.timelock)),
                " is below the distributor's minimum off the devnet, ", vm.toString(uint256(MIN_TIMELOCK)),
                " (a guard needs time to revoke a wrong root)"));
        }
        if (p.rootProposer == p.admin && p.admin != address(0)) {
            _problem("DEPLOY_ROOT_PROPOSER: must not be the admin (the proposer is a hot key covey signs with)");
        }
        // The proposer key lives hot on the settlement host: whoever steals it must get nothing more than a
        // proposal the guardian can revoke. A slasher sends slashed stake where it likes (slashTo).
        if (p.rootProposer == p.slasher && p.slasher != address(0)) {
            _problem("DEPLOY_SLASHER: must not be the root proposer (a stolen proposer key would slash stake to any address)");
        }
        if (p.rootProposer == p.taskAdmin && p.taskAdmin != address(0)) {
            _problem("DEPLOY_TASK_ADMIN: must not be the root proposer (the proposer is a hot key covey signs with)");
        }
        // FLAlliance.setQuorum's rule: a fraction of the voters' stake, at most all of it.
        if (p.flQuorumDenominator == 0) {
            _problem("DEPLOY_FL_QUORUM_DENOMINATOR: must be > 0");
        } else if (p.flQuorumNumerator > p.flQuorumDenominator) {
            _problem(string.concat("DEPLOY_FL_QUORUM_NUMERATOR: ", vm.toString(uint256(p.flQuorumNumerator)),
                " is above the denominator ", vm.toString(uint256(p.flQuorumDenominator)),
                " (the quorum is at most the voters' whole stake)"));
        }
        _stopOnProblems("refusing to deploy");
    }

    // ---------------------------------------------------------------- deployment

    /// @notice Deploys and wires the protocol as the devnet always has, then hands the admin roles over.
    function deploy(Params memory p, address deployer) internal returns (Deployment memory d) {
        d.token = p.standInToken ? IERC20(address(new FlockToken(p.standInHolder, p.standInSupply))) : IERC20(p.token);
        d.staking = new Staking(d.token, deployer, p.treasury);
        d.arena = new TaskArena(d.staking, deployer);
        d.distributor = new RewardsDistributor(d.token, deployer, p.firstEpoch);
        d.marketplace = new Marketplace(d.token, d.arena, d.distributor, p.treasury, deployer);
        d.flAlliance = new FLAlliance(IFLStaking(address(d.staking)), d.distributor, p.treasury, deployer);

        // Staking checks Arena tasks against TaskArena; FLAlliance slashes FL rounds' losers through slashTo and
        // registers its task ids, so it holds Staking's SLASHER_ROLE and TASK_ADMIN_ROLE.
        d.staking.setTaskRegistry(address(d.arena));
        d.staking.grantRole(d.staking.SLASHER_ROLE(), p.slasher);
        d.staking.grantRole(d.staking.TASK_ADMIN_ROLE(), p.taskAdmin);
        d.staking.grantRole(d.staking.SLASHER_ROLE(), address(d.flAlliance));
        d.staking.grantRole(d.staking.TASK_ADMIN_ROLE(), address(d.flAlliance));
        d.flAlliance.grantRole(d.flAlliance.TASK_ADMIN_ROLE(), p.taskAdmin);
        d.arena.grantRole(d.arena.TASK_ADMIN_ROLE(), p.taskAdmin);
        d.distributor.grantRole(d.distributor.ROOT_PROPOSER_ROLE(), p.rootProposer);
        d.distributor.grantRole(d.distributor.GUARDIAN_ROLE(), p.guardian);

        d.staking.setCooldowns(p.unstakeCooldown, p.rewardShareCooldown);
        d.distributor.setTimelock(p.timelock);
        d.distributor.setManifestBaseURI(p.manifestBaseURI);
        d.marketplace.setFee(p.marketplaceFeePpm);
        d.flAlliance.setSlashParams(p.flSlashRatePpm, p.flSlashToPoolPpm);
        d.flAlliance.setQuorum(p.flQuorumNumerator, p.flQuorumDenominator);

        IAccessControl[5] memory all = _all(d);
        for (uint256 i; i < all.length; i++) {
            all[i].grantRole(0x00, p.admin);
            all[i].renounceRole(0x00, deployer);
        }
    }

    /// @notice Checks the result (it runs in forge's simulation, so a failure here broadcasts nothing): the admin
    /// holds every contract's DEFAULT_ADMIN_ROLE, each operating role is where the parameters put it, the
    /// parameters are set, and the deployer holds no role anywhere.
    function verify(Params memory p, Deployment memory d, address deployer) internal view {
        IAccessControl[5] memory all = _all(d);
        for (uint256 i; i < all.length; i++) {
            require(all[i].hasRole(0x00, p.admin), "verify: admin lacks DEFAULT_ADMIN_ROLE");
            bytes32[4] memory roles = [
                bytes32(0x00),
                d.staking.SLASHER_ROLE(),
                d.staking.TASK_ADMIN_ROLE(),
                d.distributor.ROOT_PROPOSER_ROLE()
            ];
            for (uint256 j; j < roles.length; j++) {
                require(!all[i].hasRole(roles[j], deployer), "verify: the deployer still holds a role");
            }
            require(!all[i].hasRole(d.distributor.GUARDIAN_ROLE(), deployer), "verify: the deployer still holds a role");
        }
        require(d.staking.hasRole(d.staking.SLASHER_ROLE(), p.slasher), "verify: slasher");
        require(d.staking.hasRole(d.staking.SLASHER_ROLE(), address(d.flAlliance)), "verify: FLAlliance slasher");
        require(d.staking.hasRole(d.staking.TASK_ADMIN_ROLE(), address(d.flAlliance)), "verify: FLAlliance task admin");
        require(d.staking.hasRole(d.staking.TASK_ADMIN_ROLE(), p.taskAdmin), "verify: Staking task admin");
        require(d.arena.hasRole(d.arena.TASK_ADMIN_ROLE(), p.taskAdmin), "verify: TaskArena task admin");
        require(d.flAlliance.hasRole(d.flAlliance.TASK_ADMIN_ROLE(), p.taskAdmin), "verify: FLAlliance task admin");
        require(d.distributor.hasRole(d.distributor.ROOT_PROPOSER_ROLE(), p.rootProposer), "verify: root proposer");
        require(d.distributor.hasRole(d.distributor.GUARDIAN_ROLE(), p.guardian), "verify: guardian");
        require(d.staking.taskRegistry() == address(d.arena), "verify: task registry");
        require(d.staking.unstakeCooldown() == p.unstakeCooldown, "verify: unstake cooldown");
        require(d.staking.rewardShareCooldown() == p.rewardShareCooldown, "verify: reward share cooldown");
        require(d.distributor.timelock() == p.timelock, "verify: timelock");
        require(d.distributor.firstEpoch() == p.firstEpoch, "verify: first epoch");
        require(_eq(d.distributor.manifestBaseURI(), p.manifestBaseURI), "verify: manifest base URI");
        require(d.marketplace.feePpm() == p.marketplaceFeePpm, "verify: fee");
        require(d.flAlliance.slashRatePpm() == p.flSlashRatePpm, "verify: slash rate");
        require(d.flAlliance.slashToPoolPpm() == p.flSlashToPoolPpm, "verify: slash to pool");
        require(d.flAlliance.flQuorumNumerator() == p.flQuorumNumerator, "verify: quorum numerator");
        require(d.flAlliance.flQuorumDenominator() == p.flQuorumDenominator, "verify: quorum denominator");
    }

    function report(Params memory p, Deployment memory d, address deployer) internal view {
        Console.log(string.concat("chain ", vm.toString(block.chainid), ", deployer ", vm.toString(deployer),
            " (holds no role)"));
        Console.log(string.concat("FlockToken         ", vm.toString(address(d.token)), p.standInToken ? " (stand-in)" : ""));
        Console.log(string.concat("Staking            ", vm.toString(address(d.staking))));
        Console.log(string.concat("TaskArena          ", vm.toString(address(d.arena))));
        Console.log(string.concat("RewardsDistributor ", vm.toString(address(d.distributor)), " (first epoch ",
            vm.toString(uint256(p.firstEpoch)), ", manifests at ", p.manifestBaseURI, "<epoch>.json)"));
        Console.log(string.concat("Marketplace        ", vm.toString(address(d.marketplace))));
        Console.log(string.concat("FLAlliance         ", vm.toString(address(d.flAlliance))));
        Console.log(string.concat("admin (every contract) ", vm.toString(p.admin)));
        Console.log(string.concat("root proposer ", vm.toString(p.rootProposer), ", guardian ", vm.toString(p.guardian)));
        Console.log(string.concat("slasher ", vm.toString(p.slasher), ", task admin ", vm.toString(p.taskAdmin),
            ", treasury ", vm.toString(p.treasury)));
    }

    // ---------------------------------------------------------------- helpers

    function _all(Deployment memory d) private pure returns (IAccessControl[5] memory) {
        return [
            IAccessControl(address(d.staking)),
            IAccessControl(address(d.arena)),
            IAccessControl(address(d.distributor)),
            IAccessControl(address(d.marketplace)),
            IAccessControl(address(d.flAlliance))
        ];
    }

    function _hasDecimals18(address token) private view returns (bool) {
        try IERC20Metadata(token).decimals() returns (uint8 dec) {
            return dec == 18;
        } catch {
            return false;
        }
    }

    function _notDeployer(string memory name, address a, address deployer) private {
        if (a == deployer && a != address(0)) {
            _problem(string.concat(name, ": is the deployer ", vm.toString(a), "; the deployer key must hold no role"));
        }
    }

    function _problem(string memory message) private {
        _problems.push(message);
    }

    function _stopOnProblems(string memory what) private view {
        if (_problems.length == 0) return;
        string memory all = string.concat(what, ":");
        for (uint256 i; i < _problems.length; i++) {
            all = string.concat(all, "\n  - ", _problems[i]);
        }
        revert(all);
    }

    /// @dev The environment variable of parameter `key`: DEPLOY_ and the key in capitals.
    function _envName(string memory key) private pure returns (string memory) {
        bytes memory b = bytes.concat(bytes(key)); // a copy: bytes(key) would share key's memory
        for (uint256 i; i < b.length; i++) {
            if (b[i] >= "a" && b[i] <= "z") b[i] = bytes1(uint8(b[i]) - 32);
        }
        return string.concat("DEPLOY_", string(b));
    }

    /// @dev Whether parameter `key` is given, in the environment or the file.
    function _present(string memory key) private view returns (bool) {
        (bool found,,) = _lookup(key);
        return found;
    }

    /// @dev Parameter `key`'s text and where it came from; an empty value counts as absent.
    function _lookup(string memory key) private view returns (bool found, string memory value, string memory source) {
        source = _envName(key);
        value = vm.envOr(source, string(""));
        if (bytes(value).length > 0) return (true, value, source);
        if (bytes(_file).length == 0) return (false, "", source);
        string memory path = string.concat(".", key);
        if (!vm.keyExistsToml(_file, path)) return (false, "", source);
        try vm.parseTomlString(_file, path) returns (string memory v) {
            value = v;
        } catch {
            value = "";
        }
        return (bytes(value).length > 0, value, string.concat(source, " (", key, " in ", _filePath, ")"));
    }

    function _missing(string memory source, string memory key) private {
        _problem(string.concat(source, ": missing (set it in the environment, or ", key,
            " in the parameter file DEPLOY_PARAMS names)"));
    }

    function _address(string memory key) private returns (address a) {
        (bool found, string memory v, string memory source) = _lookup(key);
        if (!found) {
            _missing(source, key);
            return address(0);
        }
        try vm.parseAddress(v) returns (address parsed) {
            a = parsed;
        } catch {
            _problem(string.concat(source, ": \"", v, "\" is not an address (0x and 40 hex digits)"));
            return address(0);
        }
        // A mixed-case address carries an EIP-55 checksum: a typo in it is caught here, not after deploying.
        if (!_eq(vm.toLowercase(v), v) && !_eq(vm.toString(a), v)) {
            _problem(string.concat(source, ": \"", v, "\" fails its EIP-55 checksum: a typo?"));
            return address(0);
        }
        if (a == address(0)) _problem(string.concat(source, ": the zero address"));
    }

    function _uint(string memory key, uint256 max) private returns (uint256 n) {
        (bool found, string memory v, string memory source) = _lookup(key);
        if (!found) {
            _missing(source, key);
            return 0;
        }
        try vm.parseUint(v) returns (uint256 parsed) {
            n = parsed;
        } catch {
            _problem(string.concat(source, ": \"", v, "\" is not a non-negative integer"));
            return 0;
        }
        if (n > max) {
            _problem(string.concat(source, ": ", v, " is above the maximum ", vm.toString(max)));
            return 0;
        }
    }

    function _string(string memory key) private returns (string memory v) {
        (bool found, string memory value, string memory source) = _lookup(key);
        if (!found) _missing(source, key);
        return value;
    }

    function _bool(string memory key, bool dflt) private returns (bool b) {
        (bool found, string memory v, string memory source) = _lookup(key);
        if (!found) return dflt;
        try vm.parseBool(v) returns (bool parsed) {
            b = parsed;
        } catch {
            _problem(string.concat(source, ": \"", v, "\" is not true or false"));
        }
    }

    function _eq(string memory a, string memory b) private pure returns (bool) {
        return keccak256(bytes(a)) == keccak256(bytes(b));
    }
}
