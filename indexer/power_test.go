package indexer

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

// upgradedABI is an event no migration gives a table (ERC-1967's, as an upgradeable contract would add it).
const upgradedABI = `[{"type":"event","name":"Upgraded","anonymous":false,"inputs":[{"name":"implementation","type":"address","indexed":true}]}]`

// registryWithUpgraded is the protocol's registry plus Upgraded.
func registryWithUpgraded(t *testing.T) (*Registry, abi.Event) {
	t.Helper()
	extra, err := abi.JSON(strings.NewReader(upgradedABI))
	if err != nil {
		t.Fatal(err)
	}
	var abis []abi.ABI
	for _, m := range protocolABIs {
		a, err := m.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		abis = append(abis, *a)
	}
	reg, err := NewRegistry(append(abis, extra)...)
	if err != nil {
		t.Fatal(err)
	}
	return reg, extra.Events["Upgraded"]
}

// TestNewEventNeedsOnlyAMigration: an event of the ABIs without a table is left out of the bound registry
// (and not refused), and bound as soon as a table with its columns exists.
func TestNewEventNeedsOnlyAMigration(t *testing.T) {
	all, _ := registryWithUpgraded(t)
	pool := pgtest.New(t)
	bound := func() bool {
		reg, err := all.bind(context.Background(), pool)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range reg.Events() {
			if e.Name == "Upgraded" {
				return true
			}
		}
		return false
	}
	if bound() {
		t.Fatal("Upgraded bound without a table")
	}
	if _, err := pool.Exec(context.Background(), `CREATE TABLE ev_upgraded (chain_id bigint, block_number bigint, block_hash text,
		block_time bigint, tx_hash text, tx_index integer, log_index integer, contract text, implementation text,
		PRIMARY KEY (chain_id, block_number, log_index))`); err != nil {
		t.Fatal(err)
	}
	if !bound() {
		t.Fatal("Upgraded not bound after its table was created")
	}
}

// TestEventWithoutATableIsKeptAndCounted: a protocol contract's event that has no table of its own is still
// fetched, kept in raw_logs, and counted by status next to the decoded events; before, the indexer asked the
// node only for events with a table, so such a log was never seen.
func TestEventWithoutATableIsKeptAndCounted(t *testing.T) {
	c := startAnvil(t)
	all, upgraded := registryWithUpgraded(t)
	impl := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	up := emitted{contract: config.RewardsDistributor, topics: []common.Hash{upgraded.ID, common.BytesToHash(impl.Bytes())}, data: []byte{}}
	c.emit(up, c.event("TimelockSet", uint64(3600)), up)
	c.emit(c.event("RoleGranted", [32]byte{}, impl, impl))
	pool := pgtest.New(t)
	syncIndex(t, testConfig(c), pool, WithRegistry(all))
	var raw int
	if err := pool.QueryRow(context.Background(), "SELECT count(*) FROM raw_logs WHERE topic0 = $1 AND topic1 = $2",
		hexutil.Encode(upgraded.ID[:]), hexutil.Encode(common.BytesToHash(impl.Bytes()).Bytes())).Scan(&raw); err != nil {
		t.Fatal(err)
	}
	if raw != 2 {
		t.Fatalf("raw_logs holds %d Upgraded logs, want 2", raw)
	}
	counts, err := countEvents(context.Background(), pool, 31337, all)
	if err != nil {
		t.Fatal(err)
	}
	if counts["Upgraded"] != 2 || counts["TimelockSet"] != 1 || counts["RoleGranted"] != 1 || counts["Staked"] != 0 {
		t.Errorf("counts Upgraded %d TimelockSet %d RoleGranted %d Staked %d, want 2 1 1 0",
			counts["Upgraded"], counts["TimelockSet"], counts["RoleGranted"], counts["Staked"])
	}
	if len(counts) != len(all.Events()) {
		t.Errorf("%d events counted, the ABIs have %d", len(counts), len(all.Events()))
	}
}

// powerState renders protocol_roles and protocol_parameters at a block (0: latest) as lines.
func powerState(t *testing.T, db DBTX, at uint64) []string {
	t.Helper()
	block := int64(9223372036854775807)
	if at > 0 {
		block = int64(at)
	}
	rows, err := db.Query(context.Background(), `SELECT 'role ' || role || ' ' || account || ' since ' || since_block FROM protocol_roles(31337, $1)
		UNION ALL SELECT 'param ' || name || coalesce('[' || key || ']', '') || ' = ' || value || ' since ' || since_block FROM protocol_parameters(31337, $1)
		ORDER BY 1`, block)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

// TestPowerFollowsReorgs: who holds a role and how a contract is set are read from the admin events, so a
// reorg that removes a RoleGranted (a pause, a parameter change) removes what it said, and what an earlier
// block said comes back; the state as of an earlier block is the replay of the events up to it.
func TestPowerFollowsReorgs(t *testing.T) {
	c := startAnvil(t)
	proposer := common.HexToHash("0x" + strings.Repeat("ab", 32))
	alice, bob := smallAddrs[0], smallAddrs[1]
	lower := func(a common.Address) string { return strings.ToLower(a.Hex()) }
	c.emit(c.event("RoleGranted", proposer, alice, bob), c.event("TimelockSet", uint64(3600)), c.event("Paused", alice))
	first := c.head()
	snap := c.snapshot()
	c.emit(c.event("RoleGranted", proposer, bob, alice), c.event("TimelockSet", uint64(7200)))
	c.emit(c.event("RoleRevoked", proposer, alice, bob), c.event("Unpaused", alice))
	cfg := testConfig(c)
	pool := pgtest.New(t)
	syncIndex(t, cfg, pool)
	tl := func(v, since uint64) string { return fmt.Sprintf("param timelock = %d since %d", v, since) }
	role := func(a common.Address, since uint64) string {
		return fmt.Sprintf("role %s %s since %d", strings.ToLower(proposer.Hex()), lower(a), since)
	}
	// Blocks: first-1 RoleGranted alice (Staking's emitter), first TimelockSet and Paused (the distributor's);
	// then first+1 RoleGranted bob, first+2 TimelockSet 7200, first+3 RoleRevoked alice, first+4 Unpaused.
	before := []string{"param paused = true since " + fmt.Sprint(first), tl(3600, first), role(alice, first-1)}
	after := []string{"param paused = false since " + fmt.Sprint(first+4), tl(7200, first+2), role(bob, first+1)}
	if got := powerState(t, pool, 0); strings.Join(got, "\n") != strings.Join(after, "\n") {
		t.Fatalf("latest power state:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(after, "\n"))
	}
	if got := powerState(t, pool, first); strings.Join(got, "\n") != strings.Join(before, "\n") {
		t.Fatalf("power state at block %d:\n%s\nwant\n%s", first, strings.Join(got, "\n"), strings.Join(before, "\n"))
	}
	// The reorg drops every change after the snapshot: bob never got the role, alice never lost it, the
	// timelock and the pause are back, on a longer chain of unrelated blocks.
	c.revert(snap)
	for i := 0; i < 6; i++ {
		c.emit(c.event("FeeSet", uint32(i)))
	}
	syncIndex(t, cfg, pool)
	want := append([]string{fmt.Sprintf("param feePpm = 5 since %d", first+6)}, before...)
	if got := powerState(t, pool, 0); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("power state after the reorg:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var stale int
	if err := pool.QueryRow(context.Background(), "SELECT count(*) FROM ev_role_granted WHERE account = $1", lower(bob)).Scan(&stale); err != nil || stale != 0 {
		t.Fatalf("the reorged RoleGranted is still stored (%d rows, %v)", stale, err)
	}
}
