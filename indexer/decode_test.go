package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/internal/pgtest"
)

// TestSchemaMatchesABI catches drift between contracts and migrations: every protocol interface event
// (the Foundry build's contracts/out/I*.json when present, else the core list) is in the bindings with the
// same signature and has a table with exactly the expected columns; a drifted table is refused.
func TestSchemaMatchesABI(t *testing.T) {
	all, err := DefaultRegistry()
	if err != nil {
		t.Fatal(err)
	}
	pool := pgtest.New(t)
	reg, err := all.bind(context.Background(), pool)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range reg.Events() {
		names = append(names, e.Name)
	}
	want := append([]string(nil), coreEvents...)
	sort.Strings(want)
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Fatalf("events with tables %v, want %v", names, want)
	}
	for _, f := range []string{"IStaking", "ITaskArena", "IMarketplace", "IRewardsDistributor", "IFLAlliance"} {
		b, err := os.ReadFile(filepath.Join(findUp(t, "contracts"), "out", f+".sol", f+".json"))
		if err != nil {
			t.Logf("no Foundry build for %s (%v); checking the core list only", f, err)
			continue
		}
		var art struct{ ABI json.RawMessage }
		if err := json.Unmarshal(b, &art); err != nil {
			t.Fatal(err)
		}
		a, err := abi.JSON(bytes.NewReader(art.ABI))
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range a.Events {
			e, ok := reg.Lookup(ev.ID)
			if !ok {
				t.Errorf("%s.%s (%s) has no table or is not in the bindings", f, ev.Name, ev.Sig)
				continue
			}
			if e.Name != ev.Name {
				t.Errorf("%s: registry has %s", ev.Sig, e.Name)
			}
		}
	}
	// Columns spelled out for a few events, independently of the registry's snake_case.
	spot := map[string]string{
		"ev_task_created":          "task_id numeric,creator text,metadata_uri text,start bigint,end bigint",
		"ev_reward_share_set":      "account text,sigma_ppm bigint,previous_ppm bigint",
		"ev_score_submitted":       "task_id numeric,submission_id numeric,validator text,score bigint,replaced boolean,previous_score bigint",
		"ev_root_proposed":         "epoch numeric,root text,total_cumulative numeric,manifest_hash text,valid_at bigint,proposer text",
		"ev_unstake_requested":     "account text,task_id numeric,role bigint,amount numeric,new_stake numeric,request_id numeric,available_at bigint",
		"ev_fl_task_created":       "task_id numeric,creator text,rounds bigint,min_stake numeric,commit_duration bigint,reveal_duration bigint",
		"ev_role_assigned":         "task_id numeric,round bigint,participant text,fl_role bigint,stake numeric",
		"ev_round_finalized":       "task_id numeric,round bigint,outcome bigint,stake_for numeric,stake_against numeric,voter_stake numeric,slashed_total numeric,to_pool numeric,to_treasury numeric",
		"ev_withdrawal_slashed":    "account text,task_id numeric,request_id numeric,amount numeric,new_amount numeric,recipient text,slasher text",
		"ev_member_joined":         "task_id numeric,account text,stake numeric",
		"ev_member_left":           "task_id numeric,account text,removed boolean",
		"ev_role_granted":          "role text,account text,sender text",
		"ev_role_admin_changed":    "role text,previous_admin_role text,new_admin_role text",
		"ev_manifest_base_uri_set": "base_uri text",
		"ev_slash_params_set":      "slash_rate_ppm bigint,slash_to_pool_ppm bigint",
		"ev_withdrawal_guard_set":  "task_id numeric,guard text",
	}
	for table, cols := range spot {
		rows, err := pool.Query(context.Background(), `SELECT column_name || ' ' || data_type FROM information_schema.columns
			WHERE table_name = $1 AND ordinal_position > 8 ORDER BY ordinal_position`, table)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for rows.Next() {
			var s string
			_ = rows.Scan(&s)
			got = append(got, s)
		}
		rows.Close()
		if strings.Join(got, ",") != cols {
			t.Errorf("%s columns %q, want %q", table, strings.Join(got, ","), cols)
		}
	}
	// A table that drifts, or a missing core table, is refused at start.
	if _, err := pool.Exec(context.Background(), "ALTER TABLE ev_fee_set ADD COLUMN extra text"); err != nil {
		t.Fatal(err)
	}
	if _, err := all.bind(context.Background(), pool); err == nil || !strings.Contains(err.Error(), "ev_fee_set") {
		t.Fatalf("drifted table not reported: %v", err)
	}
	if _, err := pool.Exec(context.Background(), "DROP TABLE ev_fee_set; DROP TABLE ev_claimed CASCADE"); err != nil {
		t.Fatal(err)
	}
	if _, err := all.bind(context.Background(), pool); err == nil || !strings.Contains(err.Error(), "table ev_claimed is missing") {
		t.Fatalf("missing table not reported: %v", err)
	}
}

func TestSnakeCase(t *testing.T) {
	for in, want := range map[string]string{"sigmaPpm": "sigma_ppm", "metadataURI": "metadata_uri", "UnstakeRequested": "unstake_requested",
		"taskId": "task_id", "end": "end", "RootProposed": "root_proposed", "URIValue": "uri_value", "v2Thing": "v2_thing"} {
		if got := SnakeCase(in); got != want {
			t.Errorf("SnakeCase(%q) = %q, want %q", in, got, want)
		}
	}
}

var maxU256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// TestDecodeRoundTrip emits every event with extreme values and checks each column's exact value.
func TestDecodeRoundTrip(t *testing.T) {
	c := startAnvil(t)
	a1 := common.HexToAddress("0xABCDEF0123456789abcdef0123456789ABCDEF01")
	a2 := common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")
	var h1 [32]byte
	for i := range h1 {
		h1[i] = byte(i + 0xa0)
	}
	h1s := hexutil.Encode(h1[:])
	u := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	type tc struct {
		event string
		args  []any
		want  string // argument columns, '|' separated, as Postgres text
	}
	cases := []tc{
		{"Staked", []any{a1, maxU256, uint8(255), big.NewInt(0), maxU256}, "0xabcdef0123456789abcdef0123456789abcdef01|" + maxU256.String() + "|255|0|" + maxU256.String()},
		{"UnstakeRequested", []any{a2, big.NewInt(1), uint8(0), u("123456789012345678901234567890"), big.NewInt(7), big.NewInt(42), uint64(math.MaxInt64)},
			"0xffffffffffffffffffffffffffffffffffffffff|1|0|123456789012345678901234567890|7|42|9223372036854775807"},
		{"Withdrawn", []any{a1, big.NewInt(3), maxU256, big.NewInt(5)}, "0xabcdef0123456789abcdef0123456789abcdef01|3|" + maxU256.String() + "|5"},
		{"Slashed", []any{a1, big.NewInt(3), uint8(2), big.NewInt(10), big.NewInt(90), a2, common.Address{}},
			"0xabcdef0123456789abcdef0123456789abcdef01|3|2|10|90|0xffffffffffffffffffffffffffffffffffffffff|0x0000000000000000000000000000000000000000"},
		{"WithdrawalSlashed", []any{a1, big.NewInt(3), big.NewInt(42), big.NewInt(6), maxU256, a2, a1},
			"0xabcdef0123456789abcdef0123456789abcdef01|3|42|6|" + maxU256.String() + "|0xffffffffffffffffffffffffffffffffffffffff|0xabcdef0123456789abcdef0123456789abcdef01"},
		{"Delegated", []any{a2, big.NewInt(9), a1, big.NewInt(1), big.NewInt(2)}, "0xffffffffffffffffffffffffffffffffffffffff|9|0xabcdef0123456789abcdef0123456789abcdef01|1|2"},
		{"Undelegated", []any{a2, big.NewInt(9), a1, big.NewInt(1), big.NewInt(1), big.NewInt(77), uint64(0)},
			"0xffffffffffffffffffffffffffffffffffffffff|9|0xabcdef0123456789abcdef0123456789abcdef01|1|1|77|0"},
		{"RewardShareSet", []any{a1, uint32(math.MaxUint32), uint32(0)}, "0xabcdef0123456789abcdef0123456789abcdef01|4294967295|0"},
		{"CooldownsSet", []any{uint64(604800), uint64(1)}, "604800|1"},
		{"TaskCreated", []any{maxU256, a1, "ipfs://ünïcødé ✓, \"quoted\"", uint64(1), uint64(1 << 40)},
			maxU256.String() + "|0xabcdef0123456789abcdef0123456789abcdef01|ipfs://ünïcødé ✓, \"quoted\"|1|1099511627776"},
		{"ModelSubmitted", []any{big.NewInt(1), big.NewInt(2), a1, h1, "bad\x00utf8\xff"}, "1|2|0xabcdef0123456789abcdef0123456789abcdef01|" + h1s + "|bad\uFFFDutf8\uFFFD"},
		{"ScoreSubmitted", []any{big.NewInt(1), big.NewInt(2), a2, uint32(1_000_000), true, uint32(5)}, "1|2|0xffffffffffffffffffffffffffffffffffffffff|1000000|true|5"},
		{"ModelListed", []any{big.NewInt(4), big.NewInt(1), a1, big.NewInt(2), maxU256}, "4|1|0xabcdef0123456789abcdef0123456789abcdef01|2|" + maxU256.String()},
		{"ModelPurchased", []any{big.NewInt(4), big.NewInt(1), a2, big.NewInt(100), big.NewInt(3), big.NewInt(97)}, "4|1|0xffffffffffffffffffffffffffffffffffffffff|100|3|97"},
		{"FeeSet", []any{uint32(30000)}, "30000"},
		{"Funded", []any{a1, big.NewInt(0), maxU256, maxU256}, "0xabcdef0123456789abcdef0123456789abcdef01|0|" + maxU256.String() + "|" + maxU256.String()},
		{"RootProposed", []any{big.NewInt(12), h1, big.NewInt(1000), h1, uint64(1700000000), a2},
			"12|" + h1s + "|1000|" + h1s + "|1700000000|0xffffffffffffffffffffffffffffffffffffffff"},
		{"RootAccepted", []any{big.NewInt(12), h1, big.NewInt(1000), [32]byte{}}, "12|" + h1s + "|1000|0x" + strings.Repeat("0", 64)},
		{"RootRevoked", []any{big.NewInt(13), h1, a1}, "13|" + h1s + "|0xabcdef0123456789abcdef0123456789abcdef01"},
		{"Claimed", []any{a1, h1, big.NewInt(5), big.NewInt(15), a2}, "0xabcdef0123456789abcdef0123456789abcdef01|" + h1s + "|5|15|0xffffffffffffffffffffffffffffffffffffffff"},
		{"TimelockSet", []any{uint64(86400)}, "86400"},
		{"FLTaskCreated", []any{maxU256, a1, uint32(math.MaxUint32), maxU256, uint64(1800), uint64(math.MaxInt64)},
			maxU256.String() + "|0xabcdef0123456789abcdef0123456789abcdef01|4294967295|" + maxU256.String() + "|1800|9223372036854775807"},
		{"MemberJoined", []any{maxU256, a2, big.NewInt(1000)}, maxU256.String() + "|0xffffffffffffffffffffffffffffffffffffffff|1000"},
		{"MemberLeft", []any{big.NewInt(1001), a1, true}, "1001|0xabcdef0123456789abcdef0123456789abcdef01|true"},
		{"RoundStarted", []any{big.NewInt(1001), uint32(math.MaxUint32), h1, uint64(1767232800), uint64(1767234600), uint32(128)},
			"1001|4294967295|" + h1s + "|1767232800|1767234600|128"},
		{"RoleAssigned", []any{big.NewInt(1001), uint32(1), a2, uint8(2), maxU256},
			"1001|1|0xffffffffffffffffffffffffffffffffffffffff|2|" + maxU256.String()},
		{"UpdateSubmitted", []any{big.NewInt(1001), uint32(2), a1, h1}, "1001|2|0xabcdef0123456789abcdef0123456789abcdef01|" + h1s},
		{"VoteCommitted", []any{big.NewInt(1001), uint32(2), a2, [32]byte{}}, "1001|2|0xffffffffffffffffffffffffffffffffffffffff|0x" + strings.Repeat("0", 64)},
		{"VoteRevealed", []any{big.NewInt(1001), uint32(2), a2, false, big.NewInt(0)}, "1001|2|0xffffffffffffffffffffffffffffffffffffffff|false|0"},
		{"RoundFinalized", []any{big.NewInt(1001), uint32(2), uint8(3), big.NewInt(5), big.NewInt(4), big.NewInt(27), maxU256, big.NewInt(9), big.NewInt(1)},
			"1001|2|3|5|4|27|" + maxU256.String() + "|9|1"},
		{"ParticipantSlashed", []any{big.NewInt(1001), uint32(2), a1, big.NewInt(100), uint8(255)},
			"1001|2|0xabcdef0123456789abcdef0123456789abcdef01|100|255"},
		{"RoleGranted", []any{h1, a1, a2}, h1s + "|0xabcdef0123456789abcdef0123456789abcdef01|0xffffffffffffffffffffffffffffffffffffffff"},
		{"RoleRevoked", []any{[32]byte{}, a2, a1}, "0x" + strings.Repeat("0", 64) + "|0xffffffffffffffffffffffffffffffffffffffff|0xabcdef0123456789abcdef0123456789abcdef01"},
		{"RoleAdminChanged", []any{h1, [32]byte{}, h1}, h1s + "|0x" + strings.Repeat("0", 64) + "|" + h1s},
		{"Paused", []any{a2}, "0xffffffffffffffffffffffffffffffffffffffff"},
		{"Unpaused", []any{a1}, "0xabcdef0123456789abcdef0123456789abcdef01"},
		{"ManifestBaseURISet", []any{"https://covey.example/manifests/ ✓"}, "https://covey.example/manifests/ ✓"},
		{"TreasurySet", []any{a2}, "0xffffffffffffffffffffffffffffffffffffffff"},
		{"SlashParamsSet", []any{uint32(math.MaxUint32), uint32(0)}, "4294967295|0"},
		{"QuorumSet", []any{uint32(1), uint32(3)}, "1|3"},
		{"SlashRecipientSet", []any{a1}, "0xabcdef0123456789abcdef0123456789abcdef01"},
		{"TaskRegistrySet", []any{common.Address{}}, "0x0000000000000000000000000000000000000000"},
		{"TaskRegistered", []any{maxU256}, maxU256.String()},
		{"WithdrawalGuardSet", []any{big.NewInt(1001), a2}, "1001|0xffffffffffffffffffffffffffffffffffffffff"},
	}
	seen := map[string]bool{}
	var logs []emitted
	for _, k := range cases {
		logs = append(logs, c.event(k.event, k.args...))
		seen[k.event] = true
	}
	for _, e := range coreEvents {
		if !seen[e] {
			t.Fatalf("no round-trip case for %s", e)
		}
	}
	c.emit(logs...)
	pool := pgtest.New(t)
	syncIndex(t, testConfig(c), pool)
	reg, _ := DefaultRegistry()
	reg, _ = reg.bind(context.Background(), pool)
	byName := map[string]*Event{}
	for _, e := range reg.Events() {
		byName[e.Name] = e
	}
	for _, k := range cases {
		e := byName[k.event]
		var sel []string
		for _, col := range e.Columns {
			sel = append(sel, ident(col.Name)+"::text")
		}
		var got string
		var contract string
		q := fmt.Sprintf("SELECT concat_ws('|', %s), contract FROM %s", strings.Join(sel, ", "), e.Table)
		if err := pool.QueryRow(context.Background(), q).Scan(&got, &contract); err != nil {
			t.Fatalf("%s: %v", k.event, err)
		}
		if got != k.want {
			t.Errorf("%s:\n got  %s\n want %s", k.event, got, k.want)
		}
		if want := strings.ToLower(c.emitters[c.owner[k.event]].Hex()); contract != want {
			t.Errorf("%s: contract %s, want %s", k.event, contract, want)
		}
	}
	// Derived state from the single events.
	var amount, role string
	if err := pool.QueryRow(context.Background(), "SELECT amount::text, role::text FROM stake_current WHERE account = $1 AND task_id = 3", strings.ToLower(a1.Hex())).Scan(&amount, &role); err != nil {
		t.Fatal(err)
	}
	if amount != "90" || role != "2" {
		t.Errorf("stake_current (a1, 3) = %s role %s, want 90 role 2 (the Slashed event)", amount, role)
	}
}

// recordText renders values the way Postgres renders a row (t::text), independently of the indexer.
func recordText(vals []string, null []bool) string {
	var b strings.Builder
	b.WriteByte('(')
	for i, v := range vals {
		if i > 0 {
			b.WriteByte(',')
		}
		if null != nil && null[i] {
			continue
		}
		if v == "" || strings.ContainsAny(v, "\"\\(),") || strings.ContainsAny(v, " \t\n\r\v\f") {
			b.WriteByte('"')
			for _, r := range v {
				if r == '"' || r == '\\' {
					b.WriteRune(r)
				}
				b.WriteRune(r)
			}
			b.WriteByte('"')
			continue
		}
		b.WriteString(v)
	}
	b.WriteByte(')')
	return b.String()
}

// sweep is an independent index of the chain: one eth_getLogs over everything, decoded with go-ethereum's
// ABI code, rendered as Postgres row text, plus the derived tables computed in Go.
func sweep(t testing.TB, c *testChain) map[string][]string {
	t.Helper()
	var addrs []common.Address
	for _, a := range c.emitters {
		addrs = append(addrs, a)
	}
	var logs []types.Log
	c.call(&logs, "eth_getLogs", map[string]any{"fromBlock": "0x0", "toBlock": "latest", "address": addrs})
	times := map[uint64]uint64{}
	out := map[string][]string{}
	type latest struct {
		key, val string
		bn, li   uint64
		rowVals  []string
	}
	derived := map[string]map[string]latest{}
	type request struct {
		contract, id, owner, task, participant, amount, availableAt, bn, li string
		slashable                                                           bool
	}
	var requests []request
	slashes := map[string]latest{} // (contract|request id) -> latest WithdrawalSlashed, rowVals[0] = newAmount
	withdrawn := map[string]bool{}
	setDerived := func(table, key string, bn, li uint64, vals []string) {
		if derived[table] == nil {
			derived[table] = map[string]latest{}
		}
		if p, ok := derived[table][key]; ok && (p.bn > bn || p.bn == bn && p.li > li) {
			return
		}
		derived[table][key] = latest{bn: bn, li: li, rowVals: vals}
	}
	for _, l := range logs {
		if _, ok := times[l.BlockNumber]; !ok {
			var h *chainrpc.Header
			c.call(&h, "eth_getBlockByNumber", hexutil.Uint64(l.BlockNumber), false)
			times[l.BlockNumber] = uint64(h.Time)
		}
		bn, li := l.BlockNumber, uint64(l.Index)
		base := []string{"31337", fmt.Sprint(bn), strings.ToLower(l.BlockHash.Hex()), fmt.Sprint(times[bn]), strings.ToLower(l.TxHash.Hex()),
			fmt.Sprint(l.TxIndex), fmt.Sprint(l.Index), strings.ToLower(l.Address.Hex())}
		raw := append([]string(nil), base...)
		null := make([]bool, 13)
		for k := 0; k < 4; k++ {
			if k < len(l.Topics) {
				raw = append(raw, strings.ToLower(l.Topics[k].Hex()))
			} else {
				raw = append(raw, "")
				null[8+k] = true
			}
		}
		raw = append(raw, `\x`+fmt.Sprintf("%x", l.Data))
		out["raw_logs"] = append(out["raw_logs"], recordText(raw, null))
		name := c.owner[""]
		var ev abi.Event
		for _, a := range c.abis {
			if e, err := a.EventByID(l.Topics[0]); err == nil {
				ev, name = *e, e.Name
			}
		}
		m := map[string]any{}
		if err := ev.Inputs.NonIndexed().UnpackIntoMap(m, l.Data); err != nil {
			t.Fatal(err)
		}
		var indexed abi.Arguments
		for _, in := range ev.Inputs {
			if in.Indexed {
				indexed = append(indexed, in)
			}
		}
		if err := abi.ParseTopicsIntoMap(m, indexed, l.Topics[1:]); err != nil {
			t.Fatal(err)
		}
		row := append([]string(nil), base...)
		col := map[string]string{}
		for _, in := range ev.Inputs {
			var s string
			switch v := m[in.Name].(type) {
			case *big.Int:
				s = v.String()
			case common.Address:
				s = strings.ToLower(v.Hex())
			case [32]byte:
				s = hexutil.Encode(v[:])
			case common.Hash:
				s = strings.ToLower(v.Hex())
			case bool:
				s = map[bool]string{true: "t", false: "f"}[v]
			case string:
				s = v
			default:
				s = fmt.Sprint(v)
			}
			row = append(row, s)
			col[in.Name] = s
		}
		table := "ev_" + SnakeCase(name)
		out[table] = append(out[table], recordText(row, nil))
		pos := []string{fmt.Sprint(bn), fmt.Sprint(li)}
		switch name {
		case "Staked", "UnstakeRequested", "Slashed":
			setDerived("stake_current", col["account"]+col["taskId"], bn, li, append([]string{"31337", col["account"], col["taskId"], col["role"], col["newStake"]}, pos...))
		case "Delegated", "Undelegated":
			setDerived("delegation_current", col["delegator"]+col["taskId"]+col["participant"], bn, li,
				append([]string{"31337", col["delegator"], col["taskId"], col["participant"], col["newDelegation"]}, pos...))
		case "RewardShareSet":
			setDerived("reward_share_current", col["account"], bn, li, append([]string{"31337", col["account"], col["sigmaPpm"]}, pos...))
		case "Claimed":
			setDerived("claimed_total", col["account"], bn, li, append([]string{"31337", col["account"], col["cumulativeClaimed"]}, pos...))
		}
		contract := strings.ToLower(l.Address.Hex())
		switch name {
		case "UnstakeRequested":
			requests = append(requests, request{contract, col["requestId"], col["account"], col["taskId"], "", col["amount"], col["availableAt"], pos[0], pos[1], true})
		case "Undelegated":
			requests = append(requests, request{contract, col["requestId"], col["delegator"], col["taskId"], col["participant"], col["amount"], col["availableAt"], pos[0], pos[1], false})
		case "WithdrawalSlashed":
			k := contract + "|" + col["requestId"]
			if p, ok := slashes[k]; !ok || p.bn < bn || p.bn == bn && p.li < li {
				slashes[k] = latest{bn: bn, li: li, rowVals: []string{col["newAmount"]}}
			}
		case "Withdrawn":
			withdrawn[contract+"|"+col["requestId"]] = true
		}
	}
	for table, rows := range derived {
		for _, r := range rows {
			out[table] = append(out[table], recordText(r.rowVals, nil))
		}
	}
	// withdrawal_current: every request event with the latest WithdrawalSlashed.newAmount of its (contract, id)
	// and whether a Withdrawn of that (contract, id) exists.
	for _, q := range requests {
		amount := q.amount
		if s, ok := slashes[q.contract+"|"+q.id]; ok {
			amount = s.rowVals[0]
		}
		null := make([]bool, 13)
		null[5] = q.slashable // an unstake request has no participant
		tf := map[bool]string{true: "t", false: "f"}
		out["withdrawal_current"] = append(out["withdrawal_current"], recordText([]string{"31337", q.contract, q.id, q.owner, q.task,
			q.participant, tf[q.slashable], q.amount, amount, q.availableAt, tf[withdrawn[q.contract+"|"+q.id]], q.bn, q.li}, null))
	}
	for k := range out {
		sort.Strings(out[k])
	}
	return out
}

func withoutCursor(d map[string][]string) map[string][]string {
	out := map[string][]string{}
	for k, v := range d {
		if k != "cursor" && len(v) > 0 {
			out[k] = v
		}
	}
	return out
}

// emitRandom emits n random events in txs of 1..per events (one block per tx).
func emitRandom(c *testChain, r *mrand.Rand, n, per int) {
	for n > 0 {
		k := min(n, 1+r.IntN(per))
		var logs []emitted
		for i := 0; i < k; i++ {
			logs = append(logs, c.randomEvent(r))
		}
		c.emit(logs...)
		n -= k
		if r.IntN(4) == 0 {
			c.mine(1 + r.IntN(5)) // empty blocks in between
		}
	}
}

// TestCompleteness: a few thousand events over many blocks, indexed with small adaptive ranges and
// parallel workers, equal an independent eth_getLogs sweep decoded with the ABI, derived state included.
func TestCompleteness(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(7, 7))
	emitRandom(c, r, 3000, 40)
	pool := pgtest.New(t)
	cfg := testConfig(c)
	cfg.Indexer.InitialRange = 3
	cfg.Indexer.MaxRange = 16
	syncIndex(t, cfg, pool, WithTargetLogs(50))
	want := sweep(t, c)
	got := withoutCursor(dump(t, pool))
	if len(want["raw_logs"]) < 3000 {
		t.Fatalf("sweep found %d logs", len(want["raw_logs"]))
	}
	diffDumps(t, got, want)
	var cur int64
	_ = pool.QueryRow(context.Background(), "SELECT block_number FROM cursors").Scan(&cur)
	if uint64(cur) != c.head() {
		t.Errorf("cursor %d, head %d", cur, c.head())
	}
}

var _ = pgxpool.Pool{}
