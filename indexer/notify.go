package indexer

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/covey-labs/covey/internal/notify"
)

// headPublishTimeout bounds one Publish of the head publisher. It only delays later notifications (the
// latest head is published once the stuck call returns), never indexing.
const headPublishTimeout = 2 * time.Second

// headPublisher publishes heads from one goroutine, latest wins: offer never blocks, and a head
// offered while a Publish is in flight replaces any head still waiting (taking over its From, so the
// published head still says where the unpublished commits began), so a frozen Redis (F5 in
// RELIABILITY.md) costs the indexer nothing and, once it answers again, receives the newest head only.
type headPublisher struct {
	n       notify.Publisher
	chain   int64
	timeout time.Duration
	log     *slog.Logger

	once    sync.Once
	mu      sync.Mutex
	pending *notify.HeadEvent // the head to publish next (nil: none)
	closed  bool
	wake    chan struct{} // capacity 1: "pending changed"
	done    chan struct{}
}

func newHeadPublisher(n notify.Publisher, chain int64, log *slog.Logger) *headPublisher {
	return &headPublisher{n: n, chain: chain, timeout: headPublishTimeout, log: log,
		wake: make(chan struct{}, 1), done: make(chan struct{})}
}

// offer queues ev as the head to publish, replacing one not yet published (ev then covers its blocks
// too); it never blocks.
func (p *headPublisher) offer(ev notify.HeadEvent) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	if p.pending != nil {
		ev.From = min(ev.From, p.pending.From)
	}
	p.pending = &ev
	p.mu.Unlock()
	p.once.Do(func() { go p.run() })
	select {
	case p.wake <- struct{}{}:
	default: // already signalled: run will pick up the newest pending head
	}
}

// run publishes pending heads until close, then the last pending one (best effort).
func (p *headPublisher) run() {
	defer close(p.done)
	for range p.wake {
		p.mu.Lock()
		ev, closed := p.pending, p.closed
		p.pending = nil
		p.mu.Unlock()
		if ev != nil {
			ctx, cancel := context.WithTimeout(context.Background(), p.timeout)
			if err := p.n.Publish(ctx, notify.Head, p.chain, ev.Payload()); err != nil {
				p.log.Warn("publishing head", "err", err)
			}
			cancel()
		}
		if closed {
			return
		}
	}
}

// close stops the publisher after it published the last offered head, waiting at most wait for that
// (a frozen notifier must not hold up shutdown; its goroutine then ends when Publish gives up).
func (p *headPublisher) close(wait time.Duration) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.closed = true
	p.mu.Unlock()
	started := true
	p.once.Do(func() { started = false })
	if !started {
		return
	}
	select {
	case p.wake <- struct{}{}:
	default:
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-p.done:
	case <-t.C:
	}
}
