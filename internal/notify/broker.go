package notify

import (
	"context"
	"sync"
)

// Broker fans notifications out in process: what the API's subscriptions and cache read, fed by Redis,
// by Postgres LISTEN, or by an in-process producer. Slow subscribers miss messages rather than block the
// others: a subscriber only needs the latest head or epoch, and re-reads the database anyway.
type Broker struct {
	mu   sync.Mutex
	subs map[key]map[chan []byte]struct{}
}

type key struct {
	t     Topic
	chain int64
}

// subscriberBuffer is how many payloads a subscriber may be behind before it misses some.
const subscriberBuffer = 16

// NewBroker is an empty broker.
func NewBroker() *Broker { return &Broker{subs: map[key]map[chan []byte]struct{}{}} }

// Publish delivers payload to topic's subscribers for chainID without blocking. It implements Publisher.
func (b *Broker) Publish(_ context.Context, t Topic, chainID int64, payload []byte) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs[key{t, chainID}] {
		select {
		case ch <- payload:
		default:
		}
	}
	return nil
}

// Subscribe delivers topic's payloads for chainID until ctx ends, then closes the channel.
func (b *Broker) Subscribe(ctx context.Context, t Topic, chainID int64) <-chan []byte {
	ch := make(chan []byte, subscriberBuffer)
	k := key{t, chainID}
	b.mu.Lock()
	if b.subs[k] == nil {
		b.subs[k] = map[chan []byte]struct{}{}
	}
	b.subs[k][ch] = struct{}{}
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		delete(b.subs[k], ch)
		b.mu.Unlock()
		close(ch)
	}()
	return ch
}
