package settlement

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
)

// Notification announces a newly settled epoch to the API (cache invalidation, subscriptions).
type Notification struct {
	ChainID int64  `json:"chain_id"`
	Epoch   uint64 `json:"epoch"`
	Root    string `json:"root"`
}

// Channel is the Redis channel a chain's epoch notifications go to.
func Channel(chainID int64) string { return fmt.Sprintf("covey:epoch:%d", chainID) }

// PgChannel is the Postgres LISTEN channel that carries the same notification (sent in the storing transaction).
const PgChannel = "covey_epoch"

// Notifier publishes a notification after an epoch is committed. A failure is logged, never fatal:
// the epoch is stored, and readers can always poll.
type Notifier interface {
	Notify(ctx context.Context, n Notification) error
}

// RedisNotifier publishes on Redis channel covey:epoch:<chainid> (in redis.prefix's namespace).
type RedisNotifier struct {
	Client *redis.Client
	// Prefix is redis.prefix (config.RedisName), shared with the deployment's API replicas.
	Prefix string
}

// Notify publishes n as JSON.
func (r RedisNotifier) Notify(ctx context.Context, n Notification) error {
	b, err := json.Marshal(n)
	if err != nil {
		return err
	}
	if err := r.Client.Publish(ctx, config.RedisName(r.Prefix, Channel(n.ChainID)), b).Err(); err != nil {
		return fmt.Errorf("publishing epoch notification: %w", err)
	}
	return nil
}

// LocalNotifier fans notifications out to in-process subscribers (single-process mode, tests).
type LocalNotifier struct {
	mu   sync.Mutex
	subs []chan Notification
}

// Subscribe returns a channel that receives every later notification (buffered; a full channel drops).
func (l *LocalNotifier) Subscribe(buffer int) <-chan Notification {
	l.mu.Lock()
	defer l.mu.Unlock()
	c := make(chan Notification, buffer)
	l.subs = append(l.subs, c)
	return c
}

// Notify delivers n to every subscriber without blocking.
func (l *LocalNotifier) Notify(_ context.Context, n Notification) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, c := range l.subs {
		select {
		case c <- n:
		default:
		}
	}
	return nil
}
