package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
)

// powerQuery asks covey everything Query.protocol knows.
const powerQuery = `{ protocol {
	contracts { name address paused parameters { name key value getter sinceBlock } }
	roles { contract contractAddress role roleId account grantedBy sinceBlock finality }
	distributor { address timelock pendingRoot validAt paused proposers guardians admins manifestBaseUri } } }`

type powerAnswer struct {
	Data struct {
		Protocol struct {
			Contracts []struct {
				Name, Address string
				Paused        bool
				Parameters    []struct {
					Name       string
					Key        *string
					Value      string
					Getter     string
					SinceBlock int64
				}
			}
			Roles []struct {
				Contract, ContractAddress, Role, RoleID, Account, GrantedBy, Finality string
				SinceBlock                                                            int64
			}
			Distributor struct {
				Address                      string
				Timelock                     *int64
				PendingRoot                  *string
				Paused                       bool
				Proposers, Guardians, Admins []string
				ManifestBaseURI              *string `json:"manifestBaseUri"`
			}
		}
	}
	Errors []any
}

func askPower(t *testing.T, api string) powerAnswer {
	t.Helper()
	var a powerAnswer
	gqlPost(t, api, powerQuery, &a)
	if len(a.Errors) > 0 {
		t.Fatalf("protocol query: %v", a.Errors)
	}
	return a
}

// roleLines renders the answer's roles as "Contract ROLE account" lines, sorted.
func (a powerAnswer) roleLines() []string {
	var out []string
	for _, r := range a.Data.Protocol.Roles {
		out = append(out, fmt.Sprintf("%s %s %s", r.Contract, r.Role, r.Account))
	}
	sort.Strings(out)
	return out
}

// TestProtocolPowerOnDevnet: after the deploy script, covey answers exactly the roles the script gives
// (admin everywhere, proposer, guardian, slasher, task admin, FLAlliance's roles on Staking), every one of them
// and none else held on-chain by the accounts involved; every parameter it reports is what its getter answers
// through cast; then a role granted and revoked, a pause and unpause and a timelock change are followed, and
// covey status counts every event of the contracts' ABIs as the chain has them.
func TestProtocolPowerOnDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	e := newEnv(t)
	ctx := context.Background()
	d, client := e.devnetUp()
	e.run("index", "--until-synced")
	apiPort := freePort(t)
	stopAPI := e.start("serve", "--listen", fmt.Sprintf("127.0.0.1:%d", apiPort))
	defer stopAPI()
	api := fmt.Sprintf("http://127.0.0.1:%d/graphql", apiPort)
	waitHTTP(t, api)

	admin, proposer, guardian := d.Admin.Hex(), d.RootProposer.Hex(), d.Guardian.Hex()
	slasher, fl := anvil.DevAccount(anvil.SlasherIndex).Address.Hex(), d.Contracts[config.FLAlliance].Address.Hex()
	want := []string{
		"FLAlliance DEFAULT_ADMIN_ROLE " + admin, "FLAlliance TASK_ADMIN_ROLE " + admin,
		"Marketplace DEFAULT_ADMIN_ROLE " + admin,
		"RewardsDistributor DEFAULT_ADMIN_ROLE " + admin, "RewardsDistributor GUARDIAN_ROLE " + guardian,
		"RewardsDistributor ROOT_PROPOSER_ROLE " + proposer,
		"Staking DEFAULT_ADMIN_ROLE " + admin, "Staking SLASHER_ROLE " + fl, "Staking SLASHER_ROLE " + slasher,
		"Staking TASK_ADMIN_ROLE " + admin, "Staking TASK_ADMIN_ROLE " + fl,
		"TaskArena DEFAULT_ADMIN_ROLE " + admin, "TaskArena TASK_ADMIN_ROLE " + admin,
	}
	sort.Strings(want)
	a := askPower(t, api)
	if got := a.roleLines(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("roles after the deploy:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	extra := anvil.DevAccount(5)
	accounts := []common.Address{d.Admin, d.RootProposer, d.Guardian, d.Deployer, anvil.DevAccount(anvil.SlasherIndex).Address,
		d.Contracts[config.FLAlliance].Address, extra.Address}
	checkRolesOnChain(t, ctx, client, d, a, accounts)
	checkParametersWithCast(t, d, a)
	dist := a.Data.Protocol.Distributor
	if dist.Timelock == nil || *dist.Timelock != anvil.DistributorTimelock || dist.Paused || dist.PendingRoot != nil ||
		dist.ManifestBaseURI == nil || *dist.ManifestBaseURI != anvil.ManifestBaseURI ||
		strings.Join(dist.Proposers, ",") != proposer || strings.Join(dist.Guardians, ",") != guardian || strings.Join(dist.Admins, ",") != admin {
		t.Fatalf("distributor after the deploy: %+v", dist)
	}

	// The guardian gains a colleague, pauses claims; the admin doubles the timelock.
	distributor, err := bindings.NewRewardsDistributor(d.Contracts[config.RewardsDistributor].Address, client)
	if err != nil {
		t.Fatal(err)
	}
	as := func(i int) key { acc := anvil.DevAccount(i); return key{acc.Address, acc.Key} }
	guardianRole := crypto.Keccak256Hash([]byte("GUARDIAN_ROLE"))
	granted := transact(t, client, as(anvil.AdminIndex), "grantRole", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return distributor.GrantRole(o, guardianRole, extra.Address)
	})
	transact(t, client, as(anvil.GuardianIndex), "pause", func(o *bind.TransactOpts) (*types.Transaction, error) { return distributor.Pause(o) })
	setTL := transact(t, client, as(anvil.AdminIndex), "setTimelock", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return distributor.SetTimelock(o, 2*anvil.DistributorTimelock)
	})
	e.run("index", "--until-synced")
	a = askPower(t, api)
	dist = a.Data.Protocol.Distributor
	guardians := []string{guardian, extra.Address.Hex()}
	sort.Slice(guardians, func(i, j int) bool { return strings.ToLower(guardians[i]) < strings.ToLower(guardians[j]) })
	if strings.Join(dist.Guardians, ",") != strings.Join(guardians, ",") || !dist.Paused || *dist.Timelock != 2*anvil.DistributorTimelock {
		t.Fatalf("after grantRole, pause and setTimelock: %+v", dist)
	}
	for _, r := range a.Data.Protocol.Roles {
		if r.Account == extra.Address.Hex() && (r.SinceBlock != granted.BlockNumber.Int64() || r.GrantedBy != admin || r.Role != "GUARDIAN_ROLE") {
			t.Errorf("the new guardian: %+v, want since block %d granted by the admin", r, granted.BlockNumber)
		}
	}
	for _, c := range a.Data.Protocol.Contracts {
		for _, p := range c.Parameters {
			if c.Name == config.RewardsDistributor && p.Name == "timelock" && p.SinceBlock != setTL.BlockNumber.Int64() {
				t.Errorf("timelock since block %d, set in %d", p.SinceBlock, setTL.BlockNumber)
			}
		}
		if c.Paused != (c.Name == config.RewardsDistributor) {
			t.Errorf("%s paused = %v", c.Name, c.Paused)
		}
	}
	checkRolesOnChain(t, ctx, client, d, a, accounts)
	checkParametersWithCast(t, d, a)

	// The guardian role is revoked again and claims resume: the first answer is back.
	transact(t, client, as(anvil.AdminIndex), "revokeRole", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return distributor.RevokeRole(o, guardianRole, extra.Address)
	})
	transact(t, client, as(anvil.GuardianIndex), "unpause", func(o *bind.TransactOpts) (*types.Transaction, error) { return distributor.Unpause(o) })
	e.run("index", "--until-synced")
	a = askPower(t, api)
	if got := a.roleLines(); strings.Join(got, "\n") != strings.Join(want, "\n") || a.Data.Protocol.Distributor.Paused {
		t.Fatalf("after revokeRole and unpause: paused %v, roles\n%s", a.Data.Protocol.Distributor.Paused, strings.Join(got, "\n"))
	}
	checkRolesOnChain(t, ctx, client, d, a, accounts)
	checkParametersWithCast(t, d, a)

	runPowerDocBlock(t, d, proposer, guardian, extra.Address)

	// covey status counts every event of the contracts' ABIs as the chain has them, role events included.
	var status struct {
		Events map[string]int64 `json:"events"`
	}
	if err := json.Unmarshal([]byte(e.run("status", "--json")), &status); err != nil {
		t.Fatal(err)
	}
	if status.Events["RoleGranted"] < int64(len(want)) || status.Events["RoleRevoked"] < 6 || status.Events["Paused"] != 1 || status.Events["Unpaused"] != 1 {
		t.Errorf("status counts RoleGranted %d RoleRevoked %d Paused %d Unpaused %d", status.Events["RoleGranted"], status.Events["RoleRevoked"],
			status.Events["Paused"], status.Events["Unpaused"])
	}
	assertLogCounts(t, ctx, client, d, status.Events)
}

// checkRolesOnChain: for every contract, role and account involved, hasRole on-chain is true exactly when
// covey lists the account as holding the role.
func checkRolesOnChain(t *testing.T, ctx context.Context, client *ethclient.Client, d config.Deployments, a powerAnswer, accounts []common.Address) {
	t.Helper()
	listed := map[string]bool{}
	for _, r := range a.Data.Protocol.Roles {
		listed[r.Contract+" "+r.RoleID+" "+r.Account] = true
	}
	for _, name := range []string{config.Staking, config.TaskArena, config.Marketplace, config.RewardsDistributor, config.FLAlliance} {
		ac, err := bindings.NewRewardsDistributorCaller(d.Contracts[name].Address, client) // every contract is an AccessControl
		if err != nil {
			t.Fatal(err)
		}
		for _, role := range []string{"DEFAULT_ADMIN_ROLE", "ROOT_PROPOSER_ROLE", "GUARDIAN_ROLE", "SLASHER_ROLE", "TASK_ADMIN_ROLE"} {
			id := common.Hash{}
			if role != "DEFAULT_ADMIN_ROLE" {
				id = crypto.Keccak256Hash([]byte(role))
			}
			for _, acct := range accounts {
				has, err := ac.HasRole(&bind.CallOpts{Context: ctx}, id, acct)
				if err != nil {
					t.Fatal(err)
				}
				if l := listed[name+" "+id.Hex()+" "+acct.Hex()]; l != has {
					t.Errorf("%s %s %s: hasRole %v, covey lists it: %v", name, role, acct.Hex(), has, l)
				}
			}
		}
	}
}

// checkParametersWithCast runs the cast command each parameter names (docs/auditors.md) and compares.
func checkParametersWithCast(t *testing.T, d config.Deployments, a powerAnswer) {
	t.Helper()
	cast := filepath.Join(repoRoot(t), "node_modules", ".bin", "cast")
	n := 0
	for _, c := range a.Data.Protocol.Contracts {
		for _, p := range c.Parameters {
			args := []string{"call", "--rpc-url", d.RPCURL, c.Address, p.Getter}
			if p.Key != nil {
				args = append(args, *p.Key)
			}
			out, err := exec.Command(cast, args...).CombinedOutput()
			if err != nil {
				t.Fatalf("cast %s: %v\n%s", strings.Join(args, " "), err, out)
			}
			got := strings.TrimSpace(string(out))
			if i := strings.Index(got, " ["); i > 0 { // cast's scientific-notation hint after large integers
				got = got[:i]
			}
			if u, err := strconv.Unquote(got); err == nil {
				got = u
			}
			if got != p.Value {
				t.Errorf("%s.%s: covey says %s, cast %s says %s", c.Name, p.Name, p.Value, p.Getter, got)
			}
			n++
		}
	}
	// Staking 4 (cooldowns, slash recipient, task registry), Marketplace 2, FLAlliance 5, the distributor 2+.
	if n < 13 {
		t.Errorf("only %d parameters checked", n)
	}
}

// runPowerDocBlock runs docs/auditors.md's "Who holds power" cast block as a script, with the values covey
// answered, and checks what it prints: both roles held, the parameters, and the guardian granted and revoked
// in the role logs.
func runPowerDocBlock(t *testing.T, d config.Deployments, proposer, guardian string, extra common.Address) {
	t.Helper()
	root := repoRoot(t)
	doc, err := os.ReadFile(filepath.Join(root, "docs", "auditors.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)<!-- power:[^>]*-->\\s*```sh\\n(.*?)```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("docs/auditors.md has no power command block")
	}
	cmd := exec.Command("bash", "-euo", "pipefail", "-c", string(m[1]))
	dist := d.Contracts[config.RewardsDistributor]
	cmd.Env = append(os.Environ(), "PATH="+filepath.Join(root, "node_modules", ".bin")+":"+os.Getenv("PATH"), "RPC="+d.RPCURL,
		"DIST="+dist.Address.Hex(), "PROPOSER="+proposer, "GUARDIAN="+guardian, fmt.Sprintf("FROM=%d", dist.StartBlock))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the doc's block: %v\n%s", err, out)
	}
	lines := strings.Split(string(out), "\n")
	want := []string{"true", "true", fmt.Sprint(2 * anvil.DistributorTimelock), "false", strconv.Quote(anvil.ManifestBaseURI)}
	if len(lines) < len(want) || strings.Join(lines[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Fatalf("the doc's block printed:\n%s\nwant first\n%s", out, strings.Join(want, "\n"))
	}
	topic := "0x000000000000000000000000" + strings.ToLower(extra.Hex()[2:])
	if n := strings.Count(string(out), topic); n != 2 {
		t.Errorf("the role logs name the guardian granted and revoked %d times, want 2 (grant, revoke):\n%s", n, out)
	}
}
