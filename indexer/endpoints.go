package indexer

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
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
	// pollTimeout bounds one poll of every endpoint (pollBlock).
	pollTimeout = 3 * time.Second
)

// health is one endpoint's standing.
type health struct {
	mu        sync.Mutex
	lagging   int // lagging answers in a row
	disagrees int // quarantines in a row (for the doubling)
	forks     int // disagreements in a row (judge's hysteresis)
	// lostHedges counts hedges in a row the endpoint lost without answering (hedge.go).
	lostHedges int
	until      time.Time // quarantined until
}

// endpointName is an RPC URL without what may be a secret (user info, path, query: providers put API
// keys there), prefixed by its position in chain.rpc so two keys on one host stay apart. Used in
// logs, errors and metric labels.
func endpointName(i int, raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return fmt.Sprintf("rpc%d", i)
	}
	return fmt.Sprintf("rpc%d:%s://%s", i, u.Scheme, u.Host)
}

func (p *rpcPool) quarantined(ep *endpoint, now time.Time) bool {
	ep.health.mu.Lock()
	defer ep.health.mu.Unlock()
	return now.Before(ep.health.until)
}

// healthy counts the endpoints not in quarantine, other than skip.
func (p *rpcPool) healthyOthers(skip *endpoint, now time.Time) int {
	n := 0
	for _, e := range p.eps {
		if e != skip && !p.quarantined(e, now) {
			n++
		}
	}
	return n
}

// quarantine takes ep out of rotation (unless it is the last healthy endpoint).
func (p *rpcPool) quarantine(ep *endpoint, why string) {
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

// disagreed records that ep reported another hash for a block than the chain judge chose.
func (p *rpcPool) disagreed(ep *endpoint, n uint64, got, want common.Hash) {
	p.m.disagreements.WithLabelValues(ep.name).Inc()
	ep.health.mu.Lock()
	ep.health.forks++
	ep.health.mu.Unlock()
	p.log.Warn("rpc endpoint is on another fork than the chain followed", "endpoint", ep.name,
		"block", n, "its_hash", got, "followed_hash", want)
	p.quarantine(ep, fmt.Sprintf("block %d has another hash there", n))
}

// lagged records a lagging answer (ep lacked a block); quarantined after lagStrikes in a row.
func (p *rpcPool) lagged(ep *endpoint, n uint64) {
	if len(p.eps) < 2 {
		return
	}
	p.m.laggingAnswers.WithLabelValues(ep.name).Inc()
	ep.health.mu.Lock()
	ep.health.lagging++
	strikes := ep.health.lagging
	ep.health.mu.Unlock()
	if strikes >= lagStrikes {
		p.quarantine(ep, fmt.Sprintf("lacked block %d in %d answers in a row", n, strikes))
	}
}

// caughtUp clears ep's lagging streak (it had a block asked for).
func (p *rpcPool) caughtUp(ep *endpoint) {
	ep.health.mu.Lock()
	ep.health.lagging = 0
	ep.health.mu.Unlock()
}

// agreed clears ep's disagreement streaks; with lift also its quarantine: it confirmed the chain
// followed against another endpoint, so it is the one to use (a quarantine for lagging would
// otherwise leave only the forked endpoint in rotation).
func (p *rpcPool) agreed(ep *endpoint, lift bool) {
	ep.health.mu.Lock()
	ep.health.disagrees = 0
	ep.health.forks = 0
	if lift {
		ep.health.lagging = 0
		ep.health.until = time.Time{}
	}
	ep.health.mu.Unlock()
}

// headerAt asks endpoint i (no failover, a few retries on errors) for block n; nil when it lacks it.
func (p *rpcPool) headerAt(ctx context.Context, i int, n uint64) (*header, error) {
	return p.blockAt(ctx, i, hexutil.Uint64(n), 2)
}

// blockAt asks endpoint i for a block by number or tag, in up to attempts tries.
func (p *rpcPool) blockAt(ctx context.Context, i int, which any, attempts int) (*header, error) {
	ep := p.eps[i]
	var err error
	for k := 0; k < attempts; k++ {
		if k > 0 {
			if serr := p.sleep(ctx, k-1); serr != nil {
				return nil, serr
			}
		}
		if err = ep.bucket.wait(ctx); err != nil {
			return nil, err
		}
		var h *header
		t0 := time.Now()
		cctx, cancel := context.WithTimeout(ctx, p.timeout)
		err = ep.client.CallContext(cctx, &h, "eth_getBlockByNumber", which, false)
		cancel()
		p.m.rpcRequests.WithLabelValues("eth_getBlockByNumber").Inc()
		if err == nil {
			// The same kind as a pooled eth_getBlockByNumber: latest's hedge delay is read from it.
			ep.lat.observe("eth_getBlockByNumber", time.Since(t0))
			return h, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		p.m.rpcErrors.WithLabelValues("eth_getBlockByNumber").Inc()
		p.timedOut(ep, err)
	}
	return nil, err
}

// poll is every endpoint's answer for one block, and its head.
type poll struct {
	n       uint64
	hashes  []*common.Hash // by endpoint; nil: lacked the block, or failed
	heads   []uint64       // latest block number by endpoint (0: unknown)
	failed  []bool
	skipped []bool // not asked
}

// pollBlock asks every endpoint for block n and for its latest block — quarantined ones too: an
// endpoint quarantined for lagging (or a moment ago) must still be able to veto a reorg that only
// another endpoint reports.
func (p *rpcPool) pollBlock(ctx context.Context, n uint64) (*poll, error) {
	// An endpoint that does not answer in time counts as failed (no say): a hanging one must not hold
	// the loop for its request timeout at every poll.
	pctx, cancel := context.WithTimeout(ctx, min(p.timeout, pollTimeout))
	defer cancel()
	k := len(p.eps)
	r := &poll{n: n, hashes: make([]*common.Hash, k), heads: make([]uint64, k), failed: make([]bool, k), skipped: make([]bool, k)}
	var wg sync.WaitGroup
	for i := range p.eps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h, err := p.headerAt(pctx, i, n)
			switch {
			case err != nil:
				r.failed[i] = true
			case h != nil:
				r.hashes[i] = &h.Hash
			}
			if k > 1 {
				if l, err := p.blockAt(pctx, i, "latest", 1); err == nil && l != nil {
					r.heads[i] = uint64(l.Number)
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return r, nil
}

// verdict is judge's ruling on a poll.
type verdict int

const (
	agreeStored verdict = iota // every answer (if any) is the stored hash
	keepStored                 // endpoints disagree; the stored chain wins, the others are quarantined
	takeNew                    // endpoints disagree; the longer chain without the stored block wins
	allNew                     // every answer differs from the stored hash
	noAnswer                   // nobody had the block
)

// judge applies the rule for endpoints on different forks (F6): the stored chain wins — endpoints
// reporting another hash for a block we stored are quarantined — unless the endpoints reporting
// another hash have a strictly higher head than every endpoint still confirming the stored one and
// were already quarantined for disagreeing before (the longest chain, with hysteresis: the stored
// blocks are then the fork left behind, and the confirming endpoints, lagging or stuck on it, are
// quarantined instead). Endpoints lacking the block count as lagging.
func (p *rpcPool) judge(r *poll, stored common.Hash) verdict {
	var confirm, differ int
	var confirmHead, differHead uint64
	for i, h := range r.hashes {
		switch {
		case h != nil && *h == stored:
			confirm++
			confirmHead = max(confirmHead, r.heads[i])
		case h != nil:
			differ++
			differHead = max(differHead, r.heads[i])
		}
	}
	for i, h := range r.hashes {
		switch {
		case h == nil && !r.failed[i] && !r.skipped[i] && confirm+differ > 0:
			p.lagged(p.eps[i], r.n)
		case h != nil:
			p.caughtUp(p.eps[i])
		}
	}
	switch {
	case confirm+differ == 0:
		return noAnswer
	case differ == 0:
		for i, h := range r.hashes {
			if h != nil {
				p.agreed(p.eps[i], false)
			}
		}
		return agreeStored
	case confirm == 0:
		return allNew
	}
	// The longer chain unseats the stored one only from endpoints that already served a quarantine
	// for disagreeing (hysteresis): a fork that leads by a block for a moment, or a node that saw a
	// block first, does not flip the followed chain; one that is still longer afterwards does.
	newWins := differHead > confirmHead
	var newHash common.Hash
	for i, h := range r.hashes {
		if h != nil && *h != stored {
			newHash = *h
		}
		if h != nil && *h != stored && newWins {
			ep := p.eps[i]
			ep.health.mu.Lock()
			newWins = ep.health.forks > 0 && !time.Now().Before(ep.health.until)
			ep.health.mu.Unlock()
		}
	}
	// Those on the chain followed first (it lifts a lagging quarantine: they are needed now), then
	// the others out.
	for i, h := range r.hashes {
		if h != nil && (*h == stored) != newWins {
			p.agreed(p.eps[i], true)
		}
	}
	for i, h := range r.hashes {
		switch {
		case h == nil:
		case *h == stored && newWins:
			p.disagreed(p.eps[i], r.n, *h, newHash)
		case *h != stored && !newWins:
			p.disagreed(p.eps[i], r.n, *h, stored)
		}
	}
	if newWins {
		return takeNew
	}
	return keepStored
}

// judgeAbove looks for endpoints on different forks above what we stored: every endpoint has block n
// (the lowest head among them) but with different hashes. The group holding the highest head wins
// (the longest chain); the others are quarantined when they lose twice in a row. Ties change nothing.
func (p *rpcPool) judgeAbove(r *poll) {
	var best uint64
	var bestHash *common.Hash
	tie := false
	for i, h := range r.hashes {
		if h == nil {
			continue
		}
		switch {
		case bestHash == nil || r.heads[i] > best:
			best, bestHash, tie = r.heads[i], h, false
		case r.heads[i] == best && *h != *bestHash:
			tie = true
		}
	}
	if bestHash == nil || tie {
		return
	}
	for i, h := range r.hashes {
		switch {
		case h == nil:
		case *h == *bestHash:
			p.agreed(p.eps[i], false)
		default:
			ep := p.eps[i]
			ep.health.mu.Lock()
			seen := ep.health.forks > 0
			ep.health.forks++
			ep.health.mu.Unlock()
			if seen { // the second time in a row: a fork leading for a moment is not acted on
				p.disagreed(ep, r.n, *h, *bestHash)
			}
		}
	}
}

// latestGrace is how long latest waits for the other endpoints once one has answered: a hanging
// endpoint must not hold every step for its request timeout (F2).
const latestGrace = 200 * time.Millisecond

// latest is the highest "latest" block among the endpoints out of quarantine, asked in parallel (the
// answers arriving within latestGrace of the first): a lagging endpoint's lower head neither holds
// indexing back nor looks like a shorter chain (F6, F9). Falls back to one request with failover
// when no endpoint answered.
//
// Hedged like the pooled requests (F2): when none of them has answered within the hedge delay, the
// endpoints in quarantine are asked too (their answer is taken only when no endpoint out of
// quarantine answers within the grace), or, when every endpoint was asked already, the fallback
// request starts at once. Before, with the only endpoint out of quarantine black-holed (the other
// still quarantined from an earlier lag), every step waited out the whole request timeout here.
func (p *rpcPool) latest(ctx context.Context) (*header, error) {
	if len(p.eps) == 1 {
		return p.headerByTag(ctx, "latest")
	}
	now := time.Now()
	all := p.healthyOthers(nil, now) == 0
	type answer struct {
		i int
		h *header
	}
	res := make(chan answer, len(p.eps))
	asked := make([]bool, len(p.eps))
	replied := make([]bool, len(p.eps))
	pending := 0
	ask := func(i int) {
		asked[i] = true
		pending++
		go func() {
			h, _ := p.blockAt(ctx, i, "latest", 1)
			res <- answer{i, h}
		}()
	}
	var d time.Duration // the hedge delay: the longest of the asked endpoints'
	for i, ep := range p.eps {
		if !all && p.quarantined(ep, now) {
			continue
		}
		ask(i)
		d = max(d, p.hedgeDelay(ep, "eth_getBlockByNumber"))
	}
	type fallback struct {
		h   *header
		err error
	}
	fb := make(chan fallback, 1)
	fellBack := false
	// best is the highest answer of the endpoints asked first, bestHedge of those asked by the hedge.
	var best, bestHedge *header
	hedgeAsked := make([]bool, len(p.eps))
	var late []int // unanswered when the hedge went out
	higher := func(a, b *header) *header {
		if a == nil || (b != nil && b.Number > a.Number) {
			return b
		}
		return a
	}
	var grace, hedge <-chan time.Time
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		hedge = t.C
	}
wait:
	for {
		got := best != nil || bestHedge != nil
		switch {
		case got && pending == 0:
			break wait
		case !got && pending == 0 && !fellBack:
			return p.headerByTag(ctx, "latest") // nobody asked had an answer
		}
		select {
		case a := <-res:
			pending--
			replied[a.i] = true
			if hedgeAsked[a.i] {
				bestHedge = higher(bestHedge, a.h)
			} else {
				best = higher(best, a.h)
			}
			if (best != nil || bestHedge != nil) && grace == nil {
				t := time.NewTimer(latestGrace)
				defer t.Stop()
				grace = t.C
			}
		case <-grace:
			break wait
		case <-hedge:
			hedge = nil
			if got {
				continue // the grace runs
			}
			for i := range p.eps {
				if asked[i] && !replied[i] {
					late = append(late, i)
				}
			}
			n := 0
			for i := range p.eps {
				if !asked[i] {
					hedgeAsked[i] = true
					ask(i)
					n++
				}
			}
			if n > 0 {
				for _, i := range late {
					p.m.hedged.WithLabelValues(p.eps[i].name).Inc()
				}
				p.log.Debug("rpc request hedged", "method", "eth_getBlockByNumber", "block", "latest", "after", d, "unanswered", len(late), "asked", n)
			} else {
				// Nobody left to ask: the pooled request (retries, failover, its own hedge and its
				// own count of it) now, not after the request timeout of the one that hangs.
				fellBack = true
				fctx, cancel := context.WithCancel(ctx)
				defer cancel() // not needed once an endpoint asked first has answered
				go func() {
					h, err := p.headerByTag(fctx, "latest")
					fb <- fallback{h, err}
				}()
			}
		case r := <-fb:
			if !got {
				return r.h, r.err
			}
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	for _, i := range late {
		if !replied[i] {
			p.lostHedge(p.eps[i], d)
		}
	}
	if best != nil {
		return best, nil
	}
	return bestHedge, nil
}
