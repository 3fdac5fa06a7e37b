package app

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/internal/redact"
)

// redisStartWait bounds the start-up ping of Redis (and each later one while it has not answered yet).
const redisStartWait = 5 * time.Second

// redisRecheck is how often a Redis that did not answer at start is pinged again, only to say when it
// answers: go-redis reconnects by itself.
const redisRecheck = 2 * time.Second

// Redis is the configured Redis client, or nil without redis.url (single-process mode: in-process
// notifications, no cache, Postgres locks). A malformed redis.url is an error; a Redis that does not
// answer is not (redisLocked).
func (e *Env) Redis(ctx context.Context) (*redis.Client, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.redisLocked(ctx)
}

// redisLocked opens the client once. When Redis does not answer at start the services start all the
// same, degraded exactly as when Redis dies while they run (RELIABILITY.md F5), and take Redis up when
// it answers, without a restart.
func (e *Env) redisLocked(ctx context.Context) (*redis.Client, error) {
	if e.rdbOpen {
		return e.rdb, nil
	}
	rdb, err := openRedis(e.Config.Redis.URL)
	if err != nil {
		return nil, err
	}
	e.rdb, e.rdbOpen = rdb, true
	if rdb != nil {
		e.onClose(rdb.Close)
		e.pingAtStart(ctx, rdb)
	}
	return rdb, nil
}

// pingAtStart says once, at WARN, that Redis did not answer at start, and at INFO when it answers later.
func (e *Env) pingAtStart(ctx context.Context, rdb *redis.Client) {
	url := redact.URL(e.Config.Redis.URL)
	err := pingRedis(ctx, rdb)
	if err == nil || ctx.Err() != nil {
		return
	}
	e.log.Warn("redis unreachable at start: running without it until it answers (no response cache, rate limit "+
		"per process, no settlement lock, subscriptions hear no new head); nothing is lost", "url", url, "err", err)
	stop := make(chan struct{})
	e.onClose(func() error { close(stop); return nil })
	go func() {
		t := time.NewTicker(redisRecheck)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
			}
			if pingRedis(context.Background(), rdb) == nil {
				e.log.Info("redis answers: the response cache, shared rate limit and notifications through it resume", "url", url)
				return
			}
		}
	}()
}

// pingRedis pings within redisStartWait.
func pingRedis(ctx context.Context, rdb *redis.Client) error {
	ctx, cancel := context.WithTimeout(ctx, redisStartWait)
	defer cancel()
	return rdb.Ping(ctx).Err()
}
