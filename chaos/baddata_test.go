package chaos

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/chaintest"
	"github.com/covey-labs/covey/settlement/policy"
)

// eventSpecNamed finds a protocol event of the emitter chain by name.
func (c *emitterChain) eventSpecNamed(name string) eventSpec {
	c.t.Helper()
	for _, s := range c.events {
		if s.ev.Name == name {
			return s
		}
	}
	c.t.Fatalf("no protocol event %s", name)
	return eventSpec{}
}

// encodeEvent packs an event with explicit argument values (ABI order).
func (c *emitterChain) encodeEvent(name string, args ...any) record {
	c.t.Helper()
	s := c.eventSpecNamed(name)
	topics := []common.Hash{s.ev.ID}
	var nonIdx []any
	for i, in := range s.ev.Inputs {
		if in.Indexed {
			tp, err := abi.MakeTopics([]any{args[i]})
			if err != nil {
				c.t.Fatal(err)
			}
			topics = append(topics, tp[0][0])
		} else {
			nonIdx = append(nonIdx, args[i])
		}
	}
	data, err := s.ev.Inputs.NonIndexed().Pack(nonIdx...)
	if err != nil {
		c.t.Fatalf("packing %s: %v", name, err)
	}
	return record{contract: s.contract, topics: topics, data: data}
}

// TestBadLogs (scenario 7): logs at a protocol contract address that are not what the ABI says — a
// foreign topic0, no topic at all, a known event with its data cut short, a known event with a
// missing indexed topic — followed by ordinary events. covey must skip or record the bad ones with a
// clear log and lose nothing else: every valid event before and after is indexed.
func TestBadLogs(t *testing.T) {
	skipShort(t)
	r, _ := newRand(t)
	c := newEmitterChain(t)
	c.emitBlocks(r, 20)
	e := newEnv(t)
	cfg := c.config()
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	p := e.start("index", "--config", cfgPath)
	head, hash := c.head()
	if err := waitCursorAt(t, db.pool, head, hash, time.Minute); err != nil {
		t.Fatal(err)
	}
	staked := c.eventSpecNamed("Staked")
	good := c.randomEvent(r)
	short := c.randomEvent(r)
	for len(short.data) < 64 {
		short = c.randomEvent(r)
	}
	// Logs the indexer's filter never asks for: a foreign topic0 and no topic at all.
	for _, rec := range []record{
		{contract: config.Staking, topics: []common.Hash{common.HexToHash("0xc0ffee"), common.HexToHash("0x01")}, data: []byte{1, 2, 3}},
		{contract: config.TaskArena, data: make([]byte, 64)},
	} {
		c.sendTx(c.txFor(rec.contract, []record{rec, good}))
	}
	c.emitBlocks(r, 5)
	head, hash = c.head()
	if err := waitCursorAt(t, db.pool, head, hash, 30*time.Second); err != nil {
		t.Fatalf("foreign-topic and topic-less logs stopped the indexer: %v\n%s", err, lastLines(p.output(), 5))
	}
	if d := diffDumps(dump(t, db.pool, false), newOracle(t, c.config()).index()); d != "" {
		t.Fatalf("after foreign-topic and topic-less logs the database differs from a fresh index:\n%s", d)
	}
	if d := sweepRawLogs(t, db.pool, c.URL, cfg); d != "" {
		t.Fatalf("raw_logs differ from an eth_getLogs sweep:\n%s", d)
	}

	// Logs with a protocol event's topic0 that do not decode.
	for _, rec := range []record{
		{contract: short.contract, topics: short.topics, data: short.data[:len(short.data)-32]},
		{contract: staked.contract, topics: []common.Hash{staked.ev.ID}, data: make([]byte, 96)},
	} {
		c.sendTx(c.txFor(rec.contract, []record{rec, good}))
	}
	c.emitBlocks(r, 10)
	head, hash = c.head()
	wait := 10 * time.Second
	if long {
		wait = 30 * time.Second
	}
	err := waitCursorAt(t, db.pool, head, hash, wait)
	out := p.output()
	if p.exited() {
		t.Logf("covey index exited: %v\n%s", p.err, lastLines(out, 5))
	}
	if err != nil {
		cur, _, _ := cursorOf(context.Background(), db.pool)
		line := firstLineWith(out, "decoding log")
		t.Logf("indexer stuck at block %d (head %d); it logs, again and again (%d times):\n%s", cur, head, countLines(out, "decoding log"), line)
		knownFinding(t, "F7", "a log with a protocol event's topic0 but a body that does not decode halts indexing for good: the cursor stays at %d while the chain goes on (every later valid event is withheld)", cur)
	}
	if d := diffDumps(dump(t, db.pool, false), newOracle(t, c.config()).index()); d != "" {
		t.Fatalf("the database differs from a fresh index:\n%s", d)
	}
	if d := sweepRawLogs(t, db.pool, c.URL, cfg); d != "" {
		t.Fatalf("raw_logs differ from an eth_getLogs sweep:\n%s", d)
	}
}

// TestExtremeValuesAPI (scenario 7): protocol events carrying values that are valid for their ABI
// types but far from what the devnet produces — uint256 max amounts and ids, an epoch above 2^63 in
// RootAccepted — are indexed exactly, and the API keeps answering its common queries.
func TestExtremeValuesAPI(t *testing.T) {
	skipShort(t)
	r, _ := newRand(t)
	c := newEmitterChain(t)
	c.tame = true
	c.emitBlocks(r, 20)
	e := newEnv(t)
	cfg := c.config()
	cfgPath := writeConfig(t, e.path("covey.toml"), cfg)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	e.setenv("COVEY_LOG_LEVEL", "warn")
	e.run("index", "--config", cfgPath, "--until-synced")
	_, base := startAPI(t, e, "--config", cfgPath)
	api := base + "/graphql"
	queries := []string{
		`{ status { chainId indexed { number } lastSettledEpoch acceptedEpoch } }`,
		`{ tasks(first: 50) { totalCount edges { node { id creator } } } }`,
		fmt.Sprintf(`{ account(address: %q) { stakes { task amount } claim { claimed claimable } } }`, strings.ToLower(smallAddrs[0].Hex())),
	}
	for _, q := range queries {
		if res := gql(api, q, nil); !res.ok() {
			t.Fatalf("before: %s: %s", q, res)
		}
	}
	maxU := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	huge := new(big.Int).Lsh(big.NewInt(1), 64)
	var recs []record
	for _, s := range c.events {
		args := make([]any, len(s.ev.Inputs))
		for i, in := range s.ev.Inputs {
			switch {
			case in.Type.T == abi.UintTy && in.Type.Size == 256 && s.ev.Name == "RootAccepted":
				args[i] = huge
			case in.Type.T == abi.UintTy && in.Type.Size == 256:
				args[i] = maxU
			case in.Type.T == abi.AddressTy:
				args[i] = smallAddrs[0]
			default:
				args[i] = randomValue(r, in.Type, true)
			}
		}
		recs = append(recs, c.encodeEvent(s.ev.Name, args...))
	}
	for _, rec := range recs {
		c.sendTx(c.txFor(rec.contract, []record{rec}))
	}
	e.run("index", "--config", cfgPath, "--until-synced")
	if d := diffDumps(dump(t, db.pool, false), newOracle(t, c.config()).index()); d != "" {
		t.Fatalf("the database differs from a fresh index:\n%s", d)
	}
	time.Sleep(cfg.API.CacheTTL.Duration / 10)
	var broken []string
	for _, q := range queries {
		res := gql(api, q, nil)
		if !res.ok() {
			broken = append(broken, fmt.Sprintf("%s -> %s", q, res))
		}
	}
	if len(broken) > 0 {
		t.Logf("queries failing after extreme values were indexed:\n%s", strings.Join(broken, "\n"))
		knownFinding(t, "F4", "%d of %d API queries fail for every client once extreme but ABI-valid values are indexed (e.g. a RootAccepted epoch of 2^64): %s",
			len(broken), len(queries), trim(broken[0]))
	}
}

// TestBadPolicy (scenario 7): policy files with out-of-range or malformed values are refused before
// anything starts, with an error naming the key.
func TestBadPolicy(t *testing.T) {
	skipShort(t)
	e := newEnv(t)
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	cfg := config.Defaults()
	cfg.Chain.ID = 31337
	cfg.Chain.RPC = []string{"http://127.0.0.1:9"} // never reached: the policy is checked first
	cfg.Chain.Finality = config.FinalityLatest
	cfg.Contracts = map[string]config.Contract{}
	for i, n := range protocolContracts {
		cfg.Contracts[n] = config.Contract{Address: common.BigToAddress(big.NewInt(int64(0x1000 + i)))}
	}
	var base map[string]json.RawMessage
	if err := json.Unmarshal(policy.V1, &base); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, key string
		set       string // raw JSON value; "" deletes the key
		raw       string // a whole file instead
	}{
		{name: "gamma above 0.5", key: "gamma", set: `"0.6"`},
		{name: "decay 1", key: "decay", set: `"1"`},
		{name: "rho 0", key: "rho", set: `"0"`},
		{name: "tau 0", key: "tau", set: `"0"`},
		{name: "phi 1", key: "phi", set: `"1.0"`},
		{name: "slashRate 1.5", key: "slashRate", set: `"1.5"`},
		{name: "slashToPool negative", key: "slashToPool", set: `"-0.1"`},
		{name: "epochLength 0", key: "epochLength", set: `0`},
		{name: "epochLength negative", key: "epochLength", set: `-86400`},
		{name: "minScores 0", key: "minScores", set: `0`},
		{name: "decayEvery 0", key: "decayEvery", set: `0`},
		{name: "grace negative", key: "grace", set: `-1`},
		{name: "genesis far future", key: "genesis", set: `9000000000000000000`},
		{name: "emission0 negative", key: "emission0", set: `"-5"`},
		{name: "emission0 above uint256", key: "emission0", set: `"115792089237316195423570985008687907853269984665640564039457584007913129639936"`},
		{name: "emission0 as a JSON number", key: "emission0", set: `1074000000000000000000`},
		{name: "ratio as a JSON number", key: "gamma", set: `0.1`},
		{name: "ratio with an exponent", key: "tau", set: `"2e-1"`},
		{name: "ratio as a fraction", key: "rho", set: `"4/5"`},
		{name: "treasury zero", key: "treasury", set: `"0x0000000000000000000000000000000000000000"`},
		{name: "treasury not an address", key: "treasury", set: `"0xdead"`},
		{name: "version 0", key: "version", set: `0`},
		{name: "missing rho", key: "rho", set: ""},
		{name: "unknown key", key: "gammma", set: `"0.1"`},
		{name: "duplicate key", key: "gamma", raw: strings.Replace(string(policy.V1), `"gamma": "0.10",`, `"gamma": "0.10", "gamma": "0.20",`, 1)},
		{name: "not an object", key: "object", raw: `["gamma", "0.1"]`},
		{name: "truncated", key: "policy", raw: string(policy.V1[:len(policy.V1)/2])},
	}
	var weak []string
	for i, tc := range cases {
		pol := tc.raw
		if pol == "" {
			m := map[string]json.RawMessage{}
			for k, v := range base {
				m[k] = v
			}
			if tc.set == "" {
				delete(m, tc.key)
			} else {
				m[tc.key] = json.RawMessage(tc.set)
			}
			b, _ := json.MarshalIndent(m, "", "  ")
			pol = string(b)
		}
		polPath := e.path(fmt.Sprintf("policy-%d.json", i))
		if err := os.WriteFile(polPath, []byte(pol), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg.Settlement.Policy = polPath
		cfgPath := writeConfig(t, e.path(fmt.Sprintf("covey-%d.toml", i)), cfg)
		out, err := e.try("settle", "--config", cfgPath, "--epoch", "0")
		if exitCode(err) == 0 {
			t.Errorf("%s: accepted (covey settle exited 0):\n%s", tc.name, lastLines(out, 5))
			continue
		}
		if !strings.Contains(out, tc.key) {
			weak = append(weak, fmt.Sprintf("%s: refused, but the message does not name %q: %s", tc.name, tc.key, lastLines(out, 2)))
		}
		if strings.Contains(out, "connecting to") || strings.Contains(out, "127.0.0.1:9") {
			t.Errorf("%s: covey got as far as the network before refusing the policy:\n%s", tc.name, lastLines(out, 3))
		}
	}
	for _, w := range weak {
		t.Log(w)
	}
	if len(weak) > len(cases)/4 {
		t.Errorf("%d of %d refusals do not name the offending key", len(weak), len(cases))
	}
}

// TestManifestMismatch (scenario 7): `covey verify` reproduces a published epoch (exit 0) and refuses
// a manifest that is not the published one (a changed amount in a manifest file) with exit 2 before
// reading anything in it, saying which hash the chain holds; the database's copy is never read.
func TestManifestMismatch(t *testing.T) {
	skipShort(t)
	seed, e, dn, db := devnetWithDatabase(t)
	dn.simulate(t, 30, 1, seed)
	e.run("index", "--until-synced")
	e.run("settle", "--epoch", "0", "--publish")
	e.run("index", "--until-synced")
	if out := e.run("verify", "--epoch", "0", "--manifest", ".covey/manifests/"); !strings.Contains(out, "verified") {
		t.Fatalf("verify of an untouched epoch:\n%s", out)
	}
	ctx := context.Background()
	var manifest []byte
	if err := db.pool.QueryRow(ctx, `SELECT manifest FROM settlement_epochs WHERE epoch = 0`).Scan(&manifest); err != nil {
		t.Fatal(err)
	}
	tampered := tamperManifest(t, manifest)
	file := e.path("tampered-epoch-0.json")
	if err := os.WriteFile(file, tampered, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := e.try("verify", "--epoch", "0", "--manifest", file)
	if exitCode(err) != 2 || !strings.Contains(out, "not the published manifest") {
		t.Fatalf("tampered manifest file: covey verify exit %d, want 2 naming the on-chain hash:\n%s", exitCode(err), lastLines(out, 10))
	}
	if _, err := db.pool.Exec(ctx, `UPDATE settlement_epochs SET manifest = $1 WHERE epoch = 0`, tampered); err != nil {
		t.Fatal(err)
	}
	if out := e.run("verify", "--epoch", "0", "--manifest", ".covey/manifests/"); !strings.Contains(out, "verified") {
		t.Fatalf("verify with a tampered database copy (never read):\n%s", out)
	}
}

// tamperManifest adds one wei to the first account's amount and cumulative amount.
func tamperManifest(t testing.TB, b []byte) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	accts, _ := m["accounts"].([]any)
	if len(accts) == 0 {
		t.Fatal("manifest without accounts")
	}
	a := accts[0].(map[string]any)
	for _, k := range []string{"amount", "cumulative"} {
		v, ok := new(big.Int).SetString(a[k].(string), 10)
		if !ok {
			t.Fatalf("manifest %s %v", k, a[k])
		}
		a[k] = v.Add(v, big.NewInt(1)).String()
	}
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBadLogDevnet (scenario 7, real contracts): on the simulated devnet, the Staking contract's code is
// replaced for one transaction (anvil_setCode) by the log emitter, which emits a Staked log whose data
// is cut short, and then restored; the simulator goes on. covey must skip or record that log and index
// everything after it.
func TestBadLogDevnet(t *testing.T) {
	skipShort(t)
	seed, e, dn, db := devnetWithDatabase(t)
	dn.simulate(t, 30, 1, seed)
	p := e.start("index")
	ec := &emitterChain{t: t, Anvil: &chaintest.Anvil{URL: dn.d.RPCURL, RPC: dn.rpc}, emitters: map[string]common.Address{}}
	tmp := ec.deploy(chaintest.EmitterCode())
	var runtime, original string
	ec.call(&runtime, "eth_getCode", tmp, "latest")
	staking := dn.d.Contracts[config.Staking].Address
	ec.call(&original, "eth_getCode", staking, "latest")
	ec.emitters[config.Staking] = staking
	stakedID := crypto256("Staked(address,uint256,uint8,uint256,uint256)")
	ec.call(nil, "anvil_setCode", staking, runtime)
	rc := ec.sendTx(ec.txFor(config.Staking, []record{{contract: config.Staking, topics: []common.Hash{stakedID, {}, {}}, data: make([]byte, 32)}}))
	ec.call(nil, "anvil_setCode", staking, original)
	t.Logf("a short Staked log in block %d at the real Staking address", rc.BlockNumber)
	dn.simulate(t, 30, 1, seed+1)
	head := dn.head(t)
	err := waitFor(15*time.Second, func() (bool, error) {
		n, _, ok := cursorOf(context.Background(), db.pool)
		return ok && n >= head, fmt.Errorf("indexed %d, head %d", n, head)
	})
	if err != nil {
		cur, _, _ := cursorOf(context.Background(), db.pool)
		t.Logf("%v; covey logs: %s", err, firstLineWith(p.output(), "decoding log"))
		knownFinding(t, "F7", "one undecodable Staked log at the real Staking address (block %d) halts indexing at block %d; the devnet is at %d", rc.BlockNumber, cur, head)
	}
	if d := diffDumps(dump(t, db.pool, false), newOracle(t, dn.config()).index()); d != "" {
		t.Fatalf("the index differs from a fresh one:\n%s", d)
	}
	// The bad log is not lost: it is recorded, and settlement will refuse epochs that cover it.
	var bad int
	if err := db.pool.QueryRow(context.Background(), `SELECT count(*) FROM undecodable_logs WHERE block_number = $1`, int64(rc.BlockNumber)).Scan(&bad); err != nil || bad != 1 {
		t.Fatalf("undecodable_logs has %d rows for block %d (err %v), want 1", bad, rc.BlockNumber, err)
	}
}

// crypto256 is an event's topic0.
func crypto256(sig string) common.Hash {
	return common.BytesToHash(gethcrypto.Keccak256([]byte(sig)))
}
