package indexer

import (
	"context"
	"fmt"
	"sync"

	"github.com/redis/go-redis/v9"
)

// Notifier tells other processes that the indexed head moved, so they react at once instead of polling
// Postgres. Publish is called after each commit; a failure is logged and never stops indexing (the
// database is the truth, notifications are hints).
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
type RedisNotifier struct{ Client redis.UniversalClient }

// Publish implements Notifier.
func (r RedisNotifier) Publish(ctx context.Context, channel string, payload []byte) error {
	return r.Client.Publish(ctx, channel, payload).Err()
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
