package indexer

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
)

// Notifier tells other processes that the indexed head moved, so they react at once instead of polling
// Postgres. The indexer calls Publish from its own goroutine, never from the commit path: a slow or
// frozen notifier delays notifications, never the next batch (heads published meanwhile are replaced
// by the latest one). A failure is logged and never stops indexing (the database is the truth,
// notifications are hints; the head is also pg_notify'd inside each batch transaction).
type Notifier interface {
	Publish(ctx context.Context, channel string, payload []byte) error
}

// HeadEvent is the JSON payload published on HeadChannel(chainID) after every commit.
type HeadEvent struct {
	ChainID int64  `json:"chain_id"`
	Block   uint64 `json:"block"`
	Hash    string `json:"hash"`
	Time    uint64 `json:"time"`
}

// HeadChannel is the Redis / in-process channel carrying HeadEvents for a chain.
func HeadChannel(chainID int64) string { return fmt.Sprintf("covey:head:%d", chainID) }

// PGHeadChannel is the Postgres LISTEN channel the indexer pg_notify's inside each batch transaction,
// a fallback for deployments without Redis (payload: the same HeadEvent JSON).
const PGHeadChannel = "covey_head"

// RedisNotifier publishes with Redis PUBLISH.
type RedisNotifier struct {
	Client redis.UniversalClient
	// Prefix is redis.prefix: the channel is moved into that namespace (config.RedisName) so the API
	// replicas of the same deployment, and only they, hear it.
	Prefix string
}

// Publish implements Notifier.
func (r RedisNotifier) Publish(ctx context.Context, channel string, payload []byte) error {
	return r.Client.Publish(ctx, config.RedisName(r.Prefix, channel), payload).Err()
}

// LocalNotifier fans notifications out in-process (single-binary deployments and tests). Slow
// subscribers miss messages rather than block the indexer; only the latest head matters.
type LocalNotifier struct {
	mu   sync.Mutex
	subs map[string][]chan []byte
}

// Subscribe returns a channel receiving the payloads published on channel, buffered by buf.
func (l *LocalNotifier) Subscribe(channel string, buf int) <-chan []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.subs == nil {
		l.subs = map[string][]chan []byte{}
	}
	c := make(chan []byte, buf)
	l.subs[channel] = append(l.subs[channel], c)
	return c
}

// Publish implements Notifier.
func (l *LocalNotifier) Publish(_ context.Context, channel string, payload []byte) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, c := range l.subs[channel] {
		select {
		case c <- payload:
		default:
		}
	}
	return nil
}

// headPublishTimeout bounds one Publish of the head publisher. It only delays later notifications (the
// latest head is published once the stuck call returns), never indexing.
const headPublishTimeout = 2 * time.Second

// headPublisher publishes heads from one goroutine, latest wins: offer never blocks, and a head
// offered while a Publish is in flight replaces any head still waiting, so a frozen Redis (F5 in
// RELIABILITY.md) costs the indexer nothing and, once it answers again, receives the newest head only.
type headPublisher struct {
	n       Notifier
	channel string
	timeout time.Duration
	log     *slog.Logger

	once    sync.Once
	mu      sync.Mutex
	pending []byte // the head to publish next (nil: none)
	closed  bool
	wake    chan struct{} // capacity 1: "pending changed"
	done    chan struct{}
}

func newHeadPublisher(n Notifier, channel string, log *slog.Logger) *headPublisher {
	return &headPublisher{n: n, channel: channel, timeout: headPublishTimeout, log: log,
		wake: make(chan struct{}, 1), done: make(chan struct{})}
}

// offer queues payload as the head to publish, replacing one not yet published; it never blocks.
func (p *headPublisher) offer(payload []byte) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.pending = payload
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
		payload, closed := p.pending, p.closed
		p.pending = nil
		p.mu.Unlock()
		if payload != nil {
			ctx, cancel := context.WithTimeout(context.Background(), p.timeout)
			if err := p.n.Publish(ctx, p.channel, payload); err != nil {
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
