package chainrpc

import (
	"context"
	"time"
)

// latestGrace is how long Latest waits for the other endpoints once one has answered: a hanging
// endpoint must not hold every step for its request timeout (F2).
const latestGrace = 200 * time.Millisecond

// Latest is the head: the highest "latest" block among the endpoints out of quarantine, asked in
// parallel (the answers arriving within latestGrace of the first), so a lagging endpoint's lower head
// neither holds a reader back nor looks like a shorter chain (F6, F9). It falls back to one request
// with failover when no endpoint answered.
//
// The endpoints in quarantine are asked their head on the side (one request in flight each, waited
// for no longer than the grace): one whose head is above the others', with their head block in its
// chain, is taken out of quarantine and its head is the answer (O11: with the endpoint at the head
// quarantined and the other lagging one block, the head was the lagging one's until the quarantine
// ended, 14 s, and nothing counted that endpoint lagging: no block above its own head was asked of it).
//
// Hedged like the pooled requests (F2): when none of them has answered within the hedge delay, the
// endpoints in quarantine are asked too (their answer is taken only when no endpoint out of
// quarantine answers within the grace), or, when every endpoint was asked already, the fallback
// request starts at once. Before, with the only endpoint out of quarantine black-holed (the other
// still quarantined from an earlier lag), every step waited out the whole request timeout here.
func (p *Pool) Latest(ctx context.Context) (*Header, error) {
	if len(p.eps) == 1 {
		return p.HeaderByTag(ctx, "latest")
	}
	l := p.newLatestRound(ctx)
	defer l.stop()
	l.askHealthy()
	return l.wait()
}

// latestRound is one Latest call: who was asked, who answered, the best answers, the hedge.
type latestRound struct {
	p   *Pool
	ctx context.Context
	res chan latestAnswer
	// asked, replied and hedgeAsked are by endpoint; pending counts the asks without an answer yet.
	asked, replied, hedgeAsked []bool
	pending                    int
	// best is the highest answer of the endpoints asked first, bestHedge of those asked by the hedge.
	best, bestHedge *Header
	// d is the hedge delay (0: none); late are the endpoints unanswered when the hedge went out.
	d    time.Duration
	late []int
	// side receives the heads of the endpoints in quarantine (probe; nil: no answer), sidePending
	// counts those not in yet; sideBest is the highest, from endpoint sideFrom.
	side        chan latestAnswer
	sidePending int
	sideBest    *Header
	sideFrom    int
	// fallback is the pooled request started when nobody was left to hedge to.
	fallback       chan latestFallback
	fellBack       bool
	cancelFallback context.CancelFunc
}

type latestAnswer struct {
	i int
	h *Header
}

type latestFallback struct {
	h   *Header
	err error
}

func (p *Pool) newLatestRound(ctx context.Context) *latestRound {
	k := len(p.eps)
	return &latestRound{p: p, ctx: ctx, res: make(chan latestAnswer, k), side: make(chan latestAnswer, k), asked: make([]bool, k), replied: make([]bool, k),
		hedgeAsked: make([]bool, k), fallback: make(chan latestFallback, 1), cancelFallback: func() {}}
}

// stop cancels the fallback request (not needed once an endpoint asked first has answered). The
// endpoints' own asks run to their end: they observe latencies for the next hedge delay.
func (l *latestRound) stop() { l.cancelFallback() }

// ask asks endpoint i alone for its latest block.
func (l *latestRound) ask(i int) {
	l.asked[i] = true
	l.pending++
	go func() {
		h, _ := l.p.blockAt(l.ctx, i, "latest", 1)
		l.res <- latestAnswer{i, h}
	}()
}

// askHealthy asks every endpoint out of quarantine (every endpoint when all are in quarantine) and
// sets the hedge delay: the longest of theirs.
func (l *latestRound) askHealthy() {
	now := time.Now()
	all := l.p.healthyOthers(nil, now) == 0
	for i, ep := range l.p.eps {
		if !all && l.p.quarantined(ep, now) {
			l.probe(i)
			continue
		}
		l.ask(i)
		l.d = max(l.d, l.p.hedgeDelay(ep, "eth_getBlockByNumber"))
	}
}

// probe asks quarantined endpoint i for its head on the side, unless a probe of it is in flight.
func (l *latestRound) probe(i int) {
	ep := l.p.eps[i]
	if !ep.probing.CompareAndSwap(false, true) {
		return
	}
	l.sidePending++
	go func() {
		defer ep.probing.Store(false)
		h, _ := l.p.blockAt(l.ctx, i, "latest", 1)
		l.side <- latestAnswer{i, h} // buffered: one probe per endpoint and round
	}()
}

func (l *latestRound) got() bool { return l.best != nil || l.bestHedge != nil }

// take records an answer (h nil: the endpoint failed or had none).
func (l *latestRound) take(a latestAnswer) {
	l.pending--
	l.replied[a.i] = true
	higher := func(a, b *Header) *Header {
		if a == nil || (b != nil && b.Number > a.Number) {
			return b
		}
		return a
	}
	if l.hedgeAsked[a.i] {
		l.bestHedge = higher(l.bestHedge, a.h)
	} else {
		l.best = higher(l.best, a.h)
	}
}

// wait collects answers until every endpoint asked (and every quarantined one probed) has answered or
// the grace after the first answer is over, hedging once when nobody answered within the hedge delay.
func (l *latestRound) wait() (*Header, error) {
	var grace, hedge <-chan time.Time
	if l.d > 0 {
		t := time.NewTimer(l.d)
		defer t.Stop()
		hedge = t.C
	}
	var graceTimer *time.Timer
	defer func() {
		if graceTimer != nil {
			graceTimer.Stop()
		}
	}()
	for {
		got := l.got()
		switch {
		case got && l.pending == 0 && l.sidePending == 0:
			return l.finish()
		case !got && l.pending == 0 && !l.fellBack:
			return l.p.HeaderByTag(l.ctx, "latest") // nobody asked had an answer
		}
		select {
		case a := <-l.side:
			l.sidePending--
			if a.h != nil && (l.sideBest == nil || a.h.Number > l.sideBest.Number) {
				l.sideBest, l.sideFrom = a.h, a.i
			}
		case a := <-l.res:
			l.take(a)
			if l.got() && graceTimer == nil {
				graceTimer = time.NewTimer(latestGrace)
				grace = graceTimer.C
			}
		case <-grace:
			return l.finish()
		case <-hedge:
			hedge = nil
			if !got { // else the grace runs
				l.hedge()
			}
		case r := <-l.fallback:
			if !got {
				return r.h, r.err
			}
		case <-l.ctx.Done():
			return nil, l.ctx.Err()
		}
	}
}

// hedge runs when no endpoint asked has answered within the hedge delay: the endpoints not asked yet
// (in quarantine) are asked, or, with nobody left to ask, the pooled request (retries, failover, its
// own hedge and its own count of it) starts now, not after the request timeout of the one that hangs.
func (l *latestRound) hedge() {
	for i := range l.p.eps {
		if l.asked[i] && !l.replied[i] {
			l.late = append(l.late, i)
		}
	}
	n := 0
	for i := range l.p.eps {
		if !l.asked[i] {
			l.hedgeAsked[i] = true
			l.ask(i)
			n++
		}
	}
	if n > 0 {
		for _, i := range l.late {
			l.p.m.hedged.WithLabelValues(l.p.eps[i].name).Inc()
		}
		l.p.log.Debug("rpc request hedged", "method", "eth_getBlockByNumber", "block", "latest", "after", l.d, "unanswered", len(l.late), "asked", n)
		return
	}
	l.fellBack = true
	fctx, cancel := context.WithCancel(l.ctx)
	l.cancelFallback = cancel
	go func() {
		h, err := l.p.HeaderByTag(fctx, "latest")
		l.fallback <- latestFallback{h, err}
	}()
}

// finish counts a lost hedge for every late endpoint that never answered and returns the highest
// answer, preferring the endpoints asked first.
func (l *latestRound) finish() (*Header, error) {
	for _, i := range l.late {
		if !l.replied[i] {
			l.p.lostHedge(l.p.eps[i], l.d)
		}
	}
	if l.best != nil {
		return l.ahead(l.best), nil
	}
	return l.bestHedge, nil
}

// ahead is the quarantined endpoint's head heard on the side when it is above head and its chain holds
// head's block (asked of it now), that endpoint then out of quarantine; else head.
func (l *latestRound) ahead(head *Header) *Header {
	h := l.sideBest
	if h == nil || h.Number <= head.Number {
		return head
	}
	mine, err := l.p.headerAt(l.ctx, l.sideFrom, uint64(head.Number))
	if err != nil || mine == nil || mine.Hash != head.Hash {
		return head
	}
	l.p.aheadOnChain(l.p.eps[l.sideFrom], uint64(h.Number), uint64(head.Number))
	return h
}
