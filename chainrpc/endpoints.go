package chainrpc

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/covey-labs/covey/internal/redact"
)

// Endpoint health (F6). An endpoint that reports another hash for a block we stored while another
// endpoint confirms the stored one is on another fork; one that keeps lacking blocks the others have is
// lagging. Either is quarantined for a while (doubling on each repeat, up to quarantineMax) so requests
// go to the healthy ones and indexing makes progress; a quarantined endpoint is used only when every
// endpoint is quarantined, and never the last healthy one is quarantined.
const (
	quarantineBase = 5 * time.Second
	quarantineMax  = 5 * time.Minute
	// lagStrikes is how many lagging answers in a row (each while another endpoint had the block)
	// quarantine an endpoint; one disagreement does.
	lagStrikes = 3
	// pollTimeout bounds one poll of every endpoint (Pool.Poll).
	pollTimeout = 3 * time.Second
	// mutedGrace is how long a poll waits at least for an endpoint known not to answer (health.mute)
	// once every other endpoint has (as long again as they took, if longer): it still has its say if
	// it answers, but no longer costs every reorg decision pollTimeout twice (O9).
	mutedGrace = 200 * time.Millisecond
)

// health is one endpoint's standing.
type health struct {
	mu        sync.Mutex
	lagging   int // lagging answers in a row
	disagrees int // quarantines in a row (for the doubling)
	forks     int // disagreements in a row (Judge's hysteresis)
	// lostHedges counts hedges in a row the endpoint lost without answering (hedge.go).
	lostHedges int
	// mute: the endpoint gave no answer to its last request — timed out, lost hedgeStrikes hedges in
	// a row, or silent in a poll — and has not answered anything since (Pool.answered clears it).
	mute  bool
	until time.Time // quarantined until
}

// strike adds one to a streak of h (a field of it) and returns the streak.
func (h *health) strike(streak *int) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	*streak++
	return *streak
}

// endpointName is an RPC URL without what may be a secret (redact.URL: scheme and host), prefixed by
// its position in chain.rpc so two keys on one host stay apart. Used in logs, errors and metric labels.
func endpointName(i int, raw string) string {
	return fmt.Sprintf("rpc%d:%s", i, redact.URL(raw))
}

func (p *Pool) quarantined(ep *endpoint, now time.Time) bool {
	ep.health.mu.Lock()
	defer ep.health.mu.Unlock()
	return now.Before(ep.health.until)
}

// healthy counts the endpoints not in quarantine, other than skip.
func (p *Pool) healthyOthers(skip *endpoint, now time.Time) int {
	n := 0
	for _, e := range p.eps {
		if e != skip && !p.quarantined(e, now) {
			n++
		}
	}
	return n
}

// quarantine takes ep out of rotation (unless it is the last healthy endpoint).
func (p *Pool) quarantine(ep *endpoint, why string) {
	now := time.Now()
	if p.healthyOthers(ep, now) == 0 {
		return
	}
	ep.health.mu.Lock()
	d := quarantineBase << min(ep.health.disagrees, 10)
	d = min(d, quarantineMax)
	ep.health.disagrees++
	ep.health.lagging = 0
	ep.health.until = now.Add(d)
	ep.health.mu.Unlock()
	p.m.quarantines.WithLabelValues(ep.name).Inc()
	p.log.Warn("rpc endpoint quarantined", "endpoint", ep.name, "for", d, "reason", why)
}

// disagreed records that ep reported another hash for a block than Judge chose.
func (p *Pool) disagreed(ep *endpoint, n uint64, got, want common.Hash) {
	p.m.disagreements.WithLabelValues(ep.name).Inc()
	ep.health.mu.Lock()
	ep.health.forks++
	ep.health.mu.Unlock()
	p.log.Warn("rpc endpoint is on another fork than the chain followed", "endpoint", ep.name,
		"block", n, "its_hash", got, "followed_hash", want)
	p.quarantine(ep, fmt.Sprintf("block %d has another hash there", n))
}

// lagged records a lagging answer (ep lacked a block); quarantined after lagStrikes in a row.
func (p *Pool) lagged(ep *endpoint, n uint64) {
	if len(p.eps) < 2 {
		return
	}
	p.m.laggingAnswers.WithLabelValues(ep.name).Inc()
	if strikes := ep.health.strike(&ep.health.lagging); strikes >= lagStrikes {
		p.quarantine(ep, fmt.Sprintf("lacked block %d in %d answers in a row", n, strikes))
	}
}

// caughtUp clears ep's lagging streak (it had a block asked for).
func (p *Pool) caughtUp(ep *endpoint) {
	ep.health.mu.Lock()
	ep.health.lagging = 0
	ep.health.mu.Unlock()
}

// agreed clears ep's disagreement streaks; with lift also its quarantine: it confirmed the chain
// followed against another endpoint, so it is the one to use (a quarantine for lagging would
// otherwise leave only the forked endpoint in rotation).
func (p *Pool) agreed(ep *endpoint, lift bool) {
	ep.health.mu.Lock()
	ep.health.disagrees = 0
	ep.health.forks = 0
	if lift {
		ep.health.lagging = 0
		ep.health.until = time.Time{}
	}
	ep.health.mu.Unlock()
}

// aheadOnChain takes ep out of quarantine: its head is above every endpoint's out of quarantine and
// its chain holds their head block (O11). Its standing otherwise stays (a quarantine it earns again
// still doubles).
func (p *Pool) aheadOnChain(ep *endpoint, head, others uint64) {
	ep.health.mu.Lock()
	ep.health.until = time.Time{}
	ep.health.lagging = 0
	ep.health.mu.Unlock()
	p.log.Info("rpc endpoint out of quarantine: ahead of the others on the chain they follow", "endpoint", ep.name,
		"head", head, "others_head", others)
}

// headerAt asks endpoint i (no failover, a few retries on errors) for block n; nil when it lacks it.
func (p *Pool) headerAt(ctx context.Context, i int, n uint64) (*Header, error) {
	return p.blockAt(ctx, i, hexutil.Uint64(n), 2)
}

// blockAt asks endpoint i for a block by number or tag, in up to attempts tries.
func (p *Pool) blockAt(ctx context.Context, i int, which any, attempts int) (*Header, error) {
	ep := p.eps[i]
	var err error
	for k := 0; k < attempts; k++ {
		if k > 0 {
			if serr := p.backoff(ctx, k-1); serr != nil {
				return nil, serr
			}
		}
		if err = ep.bucket.wait(ctx); err != nil {
			return nil, err
		}
		var h *Header
		t0 := time.Now()
		cctx, cancel := context.WithTimeout(ctx, p.timeout)
		err = ep.client.CallContext(cctx, &h, "eth_getBlockByNumber", which, false)
		cancel()
		p.m.requests.WithLabelValues("eth_getBlockByNumber").Inc()
		if err == nil {
			// The same kind as a pooled eth_getBlockByNumber: latest's hedge delay is read from it.
			ep.lat.observe("eth_getBlockByNumber", time.Since(t0))
			p.answered(ep)
			return h, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		p.m.errors.WithLabelValues("eth_getBlockByNumber").Inc()
		p.timedOut(ep, err)
	}
	return nil, err
}

// Poll is every endpoint's answer for one block, and its head (Pool.Poll). Judge and JudgeAbove rule on
// it and keep the endpoints' standing.
type Poll struct {
	N      uint64
	Hashes []*common.Hash // by endpoint; nil: lacked the block, or failed
	Heads  []uint64       // latest block number by endpoint (0: unknown, or a single endpoint)
	Failed []bool
	// Silent marks the failed endpoints that gave no answer at all: no reply within the poll's timeout,
	// or the connection refused (a dead or black-holed node; nil in a poll made elsewhere). One that
	// answered with an error (HTTP status, JSON-RPC error, a bad body) is only Failed.
	Silent []bool
	// pool is whose endpoints answered; nil for a poll made elsewhere (an in-memory chain): then
	// judging it keeps no standing.
	pool *Pool
}

// Poll asks every endpoint for block n and for its latest block — quarantined ones too: an endpoint
// quarantined for lagging (or a moment ago) must still be able to veto a reorg that only another
// endpoint reports. A single endpoint is asked for the block only. An endpoint known not to answer
// (health.mute) is asked too, but once the others have answered it is waited for only as long again
// as they took, at least mutedGrace: a black-holed RPC cost every reorg decision two whole poll
// timeouts (O9).
func (p *Pool) Poll(ctx context.Context, n uint64) (*Poll, error) {
	// An endpoint that does not answer in time counts as failed (no say): a hanging one must not hold
	// the loop for its request timeout at every poll.
	pctx, cancel := context.WithTimeout(ctx, min(p.timeout, pollTimeout))
	defer cancel()
	k := len(p.eps)
	r := &Poll{N: n, Hashes: make([]*common.Hash, k), Heads: make([]uint64, k), Failed: make([]bool, k), Silent: make([]bool, k), pool: p}
	muted := p.muted()
	mctx, cut := context.WithCancel(pctx)
	defer cut()
	t0 := time.Now()
	var all, heard sync.WaitGroup
	for i := range p.eps {
		actx := pctx
		if muted[i] {
			actx = mctx
		} else {
			heard.Add(1)
		}
		all.Add(1)
		go func() {
			defer all.Done()
			if !muted[i] {
				defer heard.Done()
			}
			p.pollOne(ctx, actx, r, i)
		}()
	}
	heard.Wait()
	waitOrCut(&all, max(mutedGrace, time.Since(t0)), cut) // as long again as the others took (load)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for i, s := range r.Silent {
		if s {
			p.silenced(p.eps[i])
		}
	}
	return r, nil
}

// pollOne is endpoint i's part of poll r, asked under actx (the poll's deadline, or a muted
// endpoint's shorter wait); ctx is the caller's.
func (p *Pool) pollOne(ctx, actx context.Context, r *Poll, i int) {
	h, err := p.headerAt(actx, i, r.N)
	switch {
	case err != nil:
		r.Failed[i] = true
		// No answer before the poll stopped waiting (its deadline, or a muted endpoint's grace), or
		// the connection refused.
		r.Silent[i] = ctx.Err() == nil && (errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) || errors.Is(err, syscall.ECONNREFUSED))
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			p.m.pollTimeouts.WithLabelValues(p.eps[i].name).Inc()
		}
	case h != nil:
		r.Hashes[i] = &h.Hash
	}
	if len(p.eps) > 1 {
		if l, err := p.blockAt(actx, i, "latest", 1); err == nil && l != nil {
			r.Heads[i] = uint64(l.Number)
		}
	}
}

// muted says, by endpoint, which are known not to answer (health.mute); none when no other
// endpoint is left to wait for.
func (p *Pool) muted() []bool {
	out := make([]bool, len(p.eps))
	some := false
	for i, ep := range p.eps {
		ep.health.mu.Lock()
		out[i] = ep.health.mute
		ep.health.mu.Unlock()
		some = some || !out[i]
	}
	if !some {
		clear(out)
	}
	return out
}

// waitOrCut waits for wg; when it is not done within grace, it calls cut and waits again.
func waitOrCut(wg *sync.WaitGroup, grace time.Duration, cut context.CancelFunc) {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		cut()
		<-done
	}
}

// Verdict is Judge's ruling on a poll of a block the caller stored.
type Verdict int

// Judge's rulings.
const (
	AgreeStored Verdict = iota // every answer (if any) is the stored hash
	KeepStored                 // endpoints disagree; the stored chain wins, the others are quarantined
	TakeNew                    // endpoints disagree; the longer chain without the stored block wins
	AllNew                     // every answer differs from the stored hash
	NoAnswer                   // nobody had the block
)

// Judge applies the rule for endpoints on different forks (F6) to a poll of a block stored with hash
// stored: the stored chain wins — endpoints reporting another hash are quarantined — unless the
// endpoints reporting another hash have a strictly higher head than every endpoint still confirming
// the stored one and were already quarantined for disagreeing before (the longest chain, with
// hysteresis: the stored blocks are then the fork left behind, and the confirming endpoints, lagging or
// stuck on it, are quarantined instead). Endpoints lacking the block count as lagging.
func (r *Poll) Judge(stored common.Hash) Verdict {
	t := r.tally(stored)
	r.noteLagging(t.confirm+t.differ > 0)
	switch {
	case t.confirm+t.differ == 0:
		return NoAnswer
	case t.differ == 0:
		for i, h := range r.Hashes {
			if h != nil {
				r.agreed(i, false)
			}
		}
		return AgreeStored
	case t.confirm == 0:
		return AllNew
	}
	newWins := r.longerChainWins(t, stored)
	// Those on the chain followed first (it lifts a lagging quarantine: they are needed now), then
	// the others out.
	for i, h := range r.Hashes {
		if h != nil && (*h == stored) != newWins {
			r.agreed(i, true)
		}
	}
	for i, h := range r.Hashes {
		switch {
		case h == nil:
		case *h == stored && newWins:
			r.disagreed(i, *h, t.newHash)
		case *h != stored && !newWins:
			r.disagreed(i, *h, stored)
		}
	}
	if newWins {
		return TakeNew
	}
	return KeepStored
}

// tally counts a poll's answers for and against the stored hash, with the highest head on each side.
type tally struct {
	confirm, differ         int
	confirmHead, differHead uint64
	newHash                 common.Hash // one of the other hashes
}

func (r *Poll) tally(stored common.Hash) tally {
	var t tally
	for i, h := range r.Hashes {
		switch {
		case h != nil && *h == stored:
			t.confirm++
			t.confirmHead = max(t.confirmHead, r.Heads[i])
		case h != nil:
			t.differ++
			t.differHead = max(t.differHead, r.Heads[i])
			t.newHash = *h
		}
	}
	return t
}

// noteLagging keeps the lagging streaks: an endpoint lacking the block while another had it (any)
// lagged; one that had it caught up.
func (r *Poll) noteLagging(any bool) {
	for i, h := range r.Hashes {
		switch {
		case h == nil && !r.Failed[i] && any:
			r.lagged(i)
		case h != nil:
			r.caughtUp(i)
		}
	}
}

// longerChainWins: the longer chain unseats the stored one only from endpoints that already served a
// quarantine for disagreeing (hysteresis): a fork that leads by a block for a moment, or a node that
// saw a block first, does not flip the followed chain; one that is still longer afterwards does.
func (r *Poll) longerChainWins(t tally, stored common.Hash) bool {
	if t.differHead <= t.confirmHead {
		return false
	}
	for i, h := range r.Hashes {
		if h != nil && *h != stored && !r.servedForkQuarantine(i) {
			return false
		}
	}
	return true
}

// JudgeAbove looks for endpoints on different forks above what the caller stored: every endpoint has
// block N (the lowest head among them) but with different hashes. The group holding the highest head
// wins (the longest chain); the others are quarantined when they lose twice in a row. Ties change
// nothing.
func (r *Poll) JudgeAbove() {
	var best uint64
	var bestHash *common.Hash
	tie := false
	for i, h := range r.Hashes {
		if h == nil {
			continue
		}
		switch {
		case bestHash == nil || r.Heads[i] > best:
			best, bestHash, tie = r.Heads[i], h, false
		case r.Heads[i] == best && *h != *bestHash:
			tie = true
		}
	}
	if bestHash == nil || tie {
		return
	}
	for i, h := range r.Hashes {
		switch {
		case h == nil:
		case *h == *bestHash:
			r.agreed(i, false)
		case r.sawFork(i): // the second time in a row: a fork leading for a moment is not acted on
			r.disagreed(i, *h, *bestHash)
		}
	}
}

// The standing of the endpoint behind answer i; nothing for a poll made without a pool.

func (r *Poll) lagged(i int) {
	if r.pool != nil {
		r.pool.lagged(r.pool.eps[i], r.N)
	}
}

func (r *Poll) caughtUp(i int) {
	if r.pool != nil {
		r.pool.caughtUp(r.pool.eps[i])
	}
}

func (r *Poll) agreed(i int, lift bool) {
	if r.pool != nil {
		r.pool.agreed(r.pool.eps[i], lift)
	}
}

func (r *Poll) disagreed(i int, got, want common.Hash) {
	if r.pool != nil {
		r.pool.disagreed(r.pool.eps[i], r.N, got, want)
	}
}

// servedForkQuarantine: endpoint i disagreed before and its quarantine for it is over.
func (r *Poll) servedForkQuarantine(i int) bool {
	return r.standing(i, func(h *health) bool { return h.forks > 0 && !time.Now().Before(h.until) })
}

// sawFork counts a lost fork arbitration for endpoint i and says whether it had lost one already.
func (r *Poll) sawFork(i int) bool {
	return r.standing(i, func(h *health) bool { h.forks++; return h.forks > 1 })
}

// standing runs f on endpoint i's standing, locked; false for a poll made without a pool.
func (r *Poll) standing(i int, f func(h *health) bool) bool {
	if r.pool == nil {
		return false
	}
	h := &r.pool.eps[i].health
	h.mu.Lock()
	defer h.mu.Unlock()
	return f(h)
}
