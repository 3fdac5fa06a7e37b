package chaos

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/config"
)

// reorgRun is the loop the combined reorg scenarios share: `covey index` (DEBUG log) follows an emitter
// chain through journaling proxies while a reorger reorganizes it, round after round; after every round
// covey must reach the block it targets (the head, or the chain's safe or finalized block) and its
// database must equal a fresh index of the canonical chain to that block. A failed round prints the
// round's notes (what the test did, heads and cursor), the proxies' journal and covey's log.
type reorgRun struct {
	t       *testing.T
	r       *rand.Rand
	c       *emitterChain
	g       *reorger
	e       *env
	db      *database
	args    []string
	p       *proc
	journal *rpcJournal
	orc     *oracle
	// finality is covey's chain.finality: the tag whose block it must reach.
	finality string
	// before is called at the start of each round (it may set faults) and says what it did.
	before func(round int) string
	// after checks more once covey reached the target (the API); it may fail the test with rec's report.
	after func(round int, rec *roundRecord)
	// outputs holds the log of every covey process killed so far (their rollbacks count too).
	outputs []string
}

// start runs `covey index` with the config at cfgPath (DEBUG log, so its decisions are in the report).
func (rr *reorgRun) start(cfgPath string) {
	rr.e.setenv("COVEY_LOG_LEVEL", "debug")
	rr.args = []string{"index", "--config", cfgPath}
	rr.p = rr.e.start(rr.args...)
}

// target is the block covey must reach: the chain's block of its finality.
func (rr *reorgRun) target() (uint64, common.Hash) {
	if rr.finality == config.FinalityLatest {
		return rr.c.head()
	}
	return rr.c.block(rr.finality)
}

// startBlocks is how many blocks of events the combined reorg scenarios start with (fewer in the smoke
// variant: the first index and every oracle take time).
func startBlocks() int {
	if long {
		return 100
	}
	return 40
}

// slowRound is a catch-up long enough for the round's record to be logged even though it passed.
const slowRound = 10 * time.Second

// shorterWait is how long a round waits for covey to roll back a chain left shorter than its index
// before it fails.
const shorterWait = 20 * time.Second

// rounds runs n rounds and returns the count of each kind of round.
func (rr *reorgRun) rounds(n int) map[string]int {
	t, c := rr.t, rr.c
	kinds := map[string]int{}
	var slowest time.Duration
	for round := 0; round < n; round++ {
		rec := newRoundRecord(round, rr.journal, rr.p)
		note := func(what string) {
			h, hash := c.head()
			s, _ := c.block("safe")
			f, _ := c.block("finalized")
			cur, curHash, _ := cursorOf(context.Background(), rr.db.pool)
			rec.note("%s: head %d %.10s (safe %d, finalized %d), cursor %d %.10s", what, h, hash.Hex(), s, f, cur, curHash)
		}
		var did []string
		if rr.before != nil {
			did = append(did, rr.before(round))
			note(did[0])
		}
		rr.g.grow()
		note("grown")
		rr.g.maybeSnapshot()
		kind, reorgs := rr.g.round(note, func() {
			rr.outputs = append(rr.outputs, rr.p.output())
			rr.p.kill()
			rec.note("covey killed")
		}, func() {
			rr.p = rr.e.start(rr.args...)
			rec.restarted(rr.p)
		})
		kinds[kind]++
		did = append(did, reorgs...)
		if rr.finality != config.FinalityLatest {
			// anvil's tags follow its head down a rollback; a real chain's never move back.
			note(fmt.Sprintf("grown back by %d blocks", rr.g.growBack()))
		}
		want, hash := rr.target()
		t0 := time.Now()
		err := waitCursorAt(t, rr.db.pool, want, hash, shorterWait)
		if cur, _, ok := cursorOf(context.Background(), rr.db.pool); err != nil && ok && cur > want && !rr.p.exited() {
			// F9, F13: a chain left a prefix of the index must be rolled back without a new block, whatever
			// the endpoints that do not answer.
			note("chain left shorter than the index: " + err.Error())
			t.Fatalf("round %d (%s): the chain was left shorter than the index and covey did not roll back within %s\n%s",
				round, strings.Join(did, "; "), shorterWait, rec.report())
		}
		if err != nil {
			if err := waitCursorAt(t, rr.db.pool, want, hash, 90*time.Second); err != nil {
				note(err.Error())
				t.Fatalf("round %d (%s): covey did not reach block %d of its finality (%s): %v\n%s", round, strings.Join(did, "; "), want, rr.finality, err, rec.report())
			}
		}
		d := time.Since(t0)
		slowest = max(slowest, d)
		if d > slowRound {
			// Not a failure, but a stall to explain: the round's record, trimmed.
			t.Logf("round %d took %s to reach block %d:\n%s", round, fmtDur(d), want, rec.reportLast(300, 300))
		}
		if rr.p.exited() {
			t.Fatalf("round %d: covey index exited: %v\n%s", round, rr.p.err, rec.report())
		}
		if diff := diffDumps(dump(t, rr.db.pool, false), rr.orc.index()); diff != "" {
			t.Fatalf("round %d (%s): the database differs from a fresh index of the canonical chain to block %d:\n%s\n%s", round, strings.Join(did, "; "), want, diff, rec.report())
		}
		if rr.after != nil {
			rr.after(round, rec)
		}
		t.Logf("round %d: %s; %s block %d, reached in %s", round, strings.Join(did, "; "), rr.finality, want, fmtDur(d))
	}
	t.Logf("%d rounds %v; slowest catch-up %s", n, kinds, fmtDur(slowest))
	return kinds
}

// rollbacks counts covey's "reorg: rolled back" lines over every process of the run.
func (rr *reorgRun) rollbacks() int {
	n := countLines(rr.p.output(), "reorg: rolled back")
	for _, o := range rr.outputs {
		n += countLines(o, "reorg: rolled back")
	}
	return n
}

// faultMix is one round's RPC faults on the two proxies.
type faultMix struct {
	name string
	set  func(a, b *rpcProxy, r *rand.Rand) string
}

// reorgFaultMixes are the faults TestReorgsWithRPCFaults draws from each round.
var reorgFaultMixes = []faultMix{
	{name: "no faults", set: func(a, b *rpcProxy, r *rand.Rand) string { return "" }},
	{name: "20% errors on both", set: func(a, b *rpcProxy, r *rand.Rand) string {
		a.setPolicy(errorPolicy(0.2))
		b.setPolicy(errorPolicy(0.2))
		return ""
	}},
	{name: "429 bursts", set: func(a, b *rpcProxy, r *rand.Rand) string {
		a.setPolicy(burstPolicy(700*time.Millisecond, 2*time.Second))
		b.setPolicy(burstPolicy(300*time.Millisecond, 1500*time.Millisecond))
		return ""
	}},
	{name: "slow answers on a", set: func(a, b *rpcProxy, r *rand.Rand) string {
		a.setPolicy(slowPolicy(0.3, time.Second))
		return ""
	}},
	{name: "b lagging", set: func(a, b *rpcProxy, r *rand.Rand) string {
		n := 1 + r.IntN(10)
		b.lag.Store(int64(n))
		return fmt.Sprintf("%d blocks", n)
	}},
	{name: "b black-holed", set: func(a, b *rpcProxy, r *rand.Rand) string {
		b.setPolicy(blackHole(time.Minute))
		return ""
	}},
	{name: "everything", set: func(a, b *rpcProxy, r *rand.Rand) string {
		a.setPolicy(errorPolicy(0.2))
		b.setPolicy(burstPolicy(500*time.Millisecond, 2*time.Second))
		n := 1 + r.IntN(10)
		b.lag.Store(int64(n))
		return fmt.Sprintf("b lagging %d blocks", n)
	}},
}

// TestReorgsWithRPCFaults (scenario 2 + 3): the reorgs of TestReorgs — single, stacked, while covey is
// killed; anvil_reorg, anvil_rollback then new blocks, evm_revert then a new history — while covey's two
// RPCs fail the way TestRPCFaults makes them: each round draws a fault mix (none, 20 % errors on both,
// 429 bursts, slow answers, a node lagging 1–10 blocks, a black-holed node, everything at once) that
// stays on until covey has reached the head and the database was compared. After every round the
// database equals a fresh index of the canonical chain.
func TestReorgsWithRPCFaults(t *testing.T) {
	skipShort(t)
	r, _ := newRand(t)
	c := newEmitterChain(t)
	c.emitBlocks(r, startBlocks())
	e := newEnv(t)
	cfg := c.config()
	cfg.Chain.ReorgBound = reorgBound
	a, b := newRPCProxy(t, c.URL), newRPCProxy(t, c.URL)
	a.name, b.name = "a", "b"
	journal := &rpcJournal{}
	a.journal.Store(journal)
	b.journal.Store(journal)
	viaProxies := cfg
	viaProxies.Chain.RPC = []string{a.url, b.url}
	db := newDatabase(t)
	e.setenv("DATABASE_URL", db.url)
	rr := &reorgRun{t: t, r: r, c: c, g: newReorger(t, r, c, 64, 64), e: e, db: db, journal: journal,
		orc: newOracle(t, cfg), finality: config.FinalityLatest}
	rr.start(writeConfig(t, e.path("covey.toml"), viaProxies))

	mixes := map[string]int{}
	rr.before = func(round int) string {
		for _, px := range []*rpcProxy{a, b} {
			px.setPolicy(nil)
			px.lag.Store(0)
		}
		mix := reorgFaultMixes[r.IntN(len(reorgFaultMixes))]
		mixes[mix.name]++
		if more := mix.set(a, b, r); more != "" {
			return "faults: " + mix.name + " (" + more + ")"
		}
		return "faults: " + mix.name
	}
	n := rounds(t, 3, 60)
	rr.rounds(n)
	if d := sweepRawLogs(t, db.pool, c.URL, cfg); d != "" {
		t.Fatalf("raw_logs differ from an eth_getLogs sweep:\n%s", d)
	}
	t.Logf("fault mixes %v; faults injected: a %s; b %s; covey rolled back %d times", mixes, a.statsString(), b.statsString(), rr.rollbacks())
}

// slotsPerEpoch is the finality scenario's anvil --slots-in-an-epoch: anvil reports head−8 as safe and
// head−16 as finalized, so the tags move with every block and reorgs reach below both.
const slotsPerEpoch = 8

// TestReorgsUnderFinality (scenario 2, finality): `covey index` with chain.finality = safe, then
// finalized, on a chain whose safe and finalized tags move with its head (anvil --slots-in-an-epoch 8:
// safe = head−8, finalized = head−16), under the reorgs of TestReorgs of depth up to 16: the shallow
// ones stay above the safe block (covey never indexed them), the deeper ones replace safe blocks covey
// indexed (it must roll them back), none forks at or below a block the chain reported finalized. After
// every round (the chain grown back to its highest head, so its tags are at least where they were, as
// on a real chain) covey's cursor is the chain's safe (finalized) block and the database equals a fresh
// index to that block. `covey serve` on the same database answers the finality the chain has:
// status.safe and status.finalized are canonical blocks at or below the chain's tags, every indexed
// block is as final as the configured finality, and the rows minFinality: FINALIZED shows never
// shrink from one round to the next. With finality = finalized no reorg ever touches what covey
// indexed: covey must never roll back.
func TestReorgsUnderFinality(t *testing.T) {
	skipShort(t)
	for _, fin := range []string{config.FinalitySafe, config.FinalityFinalized} {
		t.Run(fin, func(t *testing.T) {
			r, _ := newRand(t)
			c := newEmitterChain(t, "--slots-in-an-epoch", fmt.Sprint(slotsPerEpoch))
			c.tame = true // the API shows what it reads
			c.emitBlocks(r, startBlocks())
			e := newEnv(t)
			cfg := c.config()
			cfg.Chain.ReorgBound = reorgBound
			cfg.Chain.Finality = fin
			journal, cfgPath := journaledConfig(t, c.URL, e, cfg)
			db := newDatabase(t)
			e.setenv("DATABASE_URL", db.url)
			final := uint64(2 * slotsPerEpoch)
			rr := &reorgRun{t: t, r: r, c: c, g: newReorger(t, r, c, final, int(final)), e: e, db: db, journal: journal,
				orc: newOracle(t, cfg).atFinality(fin), finality: fin}
			rr.start(cfgPath)
			api, base := startAPI(t, e, "--config", cfgPath)
			var finalizedRows int64 = -1
			rr.after = func(round int, rec *roundRecord) {
				st := checkFinalityAnswers(t, c, base+"/graphql", fin)
				if st.err != "" {
					t.Fatalf("round %d: %s\n%s", round, st.err, rec.report())
				}
				if st.finalizedRows < finalizedRows {
					t.Fatalf("round %d: minFinality FINALIZED shows %d rows, %d after the round before: covey withdrew finalized rows\n%s",
						round, st.finalizedRows, finalizedRows, rec.report())
				}
				finalizedRows = st.finalizedRows
				rec.note("API: %s", st.summary)
			}
			kinds := rr.rounds(rounds(t, 2, 40))
			if api.exited() {
				t.Fatalf("covey serve exited: %v\n%s", api.err, lastLines(api.output(), 10))
			}
			rolled := rr.rollbacks()
			t.Logf("finality %s: %v; covey rolled back %d times; minFinality FINALIZED rows at the end %d", fin, kinds, rolled, finalizedRows)
			if fin == config.FinalityFinalized && rolled > 0 {
				t.Errorf("with finality = finalized covey rolled back %d times: it indexed blocks the chain had not finalized", rolled)
			}
		})
	}
}

// finalityAnswers is what checkFinalityAnswers saw.
type finalityAnswers struct {
	err           string // "" when every check passed
	summary       string
	finalizedRows int64
}

// checkFinalityAnswers asks the API for its heads and for the event lists at minFinality FINALIZED,
// and checks them against the chain: status.safe and status.finalized are canonical blocks at or below
// the chain's safe and finalized blocks, and the indexed block is as final as fin (safe: status.safe is
// the indexed block; finalized: status.finalized is).
func checkFinalityAnswers(t *testing.T, c *emitterChain, url, fin string) finalityAnswers {
	t.Helper()
	const q = `{ status { indexed { number hash } safe { number hash } finalized { number hash } }
		f1: submissions(minFinality: FINALIZED, first: 1) { totalCount }
		f2: scores(minFinality: FINALIZED, first: 1) { totalCount }
		f3: purchases(minFinality: FINALIZED, first: 1) { totalCount }
		f4: models(minFinality: FINALIZED, first: 1) { totalCount } }`
	res := gql(url, q, nil)
	if !res.ok() {
		return finalityAnswers{err: "API: " + res.String()}
	}
	type block struct {
		Number uint64 `json:"number"`
		Hash   string `json:"hash"`
	}
	type count struct {
		TotalCount int64 `json:"totalCount"`
	}
	var d struct {
		Status struct {
			Indexed, Safe, Finalized *block
		} `json:"status"`
		F1, F2, F3, F4 count
	}
	if err := json.Unmarshal(res.Data, &d); err != nil {
		return finalityAnswers{err: fmt.Sprintf("API answer %s: %v", trim(string(res.Data)), err)}
	}
	out := finalityAnswers{finalizedRows: d.F1.TotalCount + d.F2.TotalCount + d.F3.TotalCount + d.F4.TotalCount}
	st := d.Status
	if st.Indexed == nil || st.Safe == nil || st.Finalized == nil {
		out.err = fmt.Sprintf("status without indexed, safe or finalized block: %s", trim(string(res.Data)))
		return out
	}
	out.summary = fmt.Sprintf("indexed %d, safe %d, finalized %d, %d rows at FINALIZED", st.Indexed.Number, st.Safe.Number, st.Finalized.Number, out.finalizedRows)
	var errs []string
	for _, x := range []struct {
		name string
		b    *block
	}{{"safe", st.Safe}, {"finalized", st.Finalized}} {
		tagN, _ := c.block(x.name)
		n, h := c.block(fmt.Sprintf("0x%x", x.b.Number))
		if !strings.EqualFold(h.Hex(), x.b.Hash) || n != x.b.Number {
			errs = append(errs, fmt.Sprintf("status.%s is block %d %s, the chain's block %d is %s", x.name, x.b.Number, x.b.Hash, x.b.Number, h.Hex()))
		}
		if x.b.Number > tagN {
			errs = append(errs, fmt.Sprintf("status.%s is block %d, above the chain's %s block %d", x.name, x.b.Number, x.name, tagN))
		}
	}
	if mine := map[string]*block{config.FinalitySafe: st.Safe, config.FinalityFinalized: st.Finalized}[fin]; mine.Number != st.Indexed.Number {
		errs = append(errs, fmt.Sprintf("with finality %s, status.%s is block %d but the indexed block is %d", fin, fin, mine.Number, st.Indexed.Number))
	}
	out.err = strings.Join(errs, "; ")
	return out
}
