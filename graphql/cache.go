package graphql

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/internal/notify"
)

func formatInt(n int64) string { return strconv.FormatInt(n, 10) }

// The response cache lives in Redis under <prefix>cache:<chain>:<generation>:<hash>. The
// generation is a counter bumped on every head and epoch notification, so a notification
// invalidates every cached answer at once (old generations simply expire).

func (s *Server) cacheEnabled() bool { return s.rdb != nil && s.opts.CacheTTL > 0 }

// selectsStatus says whether op selects Query.status, directly or through fragments: its liveness fields
// (indexerSeenAt, indexerSilentSeconds, now) move at every poll of the indexer without a notification,
// so such an answer is never cached.
func (d *doc) selectsStatus(op *opInfo) bool {
	seen := map[string]bool{}
	var walk func(sels []*sel) bool
	walk = func(sels []*sel) bool {
		for _, x := range sels {
			switch {
			case x.field:
				if x.name == "status" {
					return true
				}
			case x.spread != "":
				if !seen[x.spread] {
					seen[x.spread] = true
					if walk(d.frags[x.spread]) {
						return true
					}
				}
			default: // an inline fragment
				if walk(x.kids) {
					return true
				}
			}
		}
		return false
	}
	return walk(op.set)
}

func (s *Server) genKey() string { return s.opts.RedisPrefix + "gen:" + formatInt(s.opts.ChainID) }

// cacheLookup returns the request's cache key and, on a hit, the cached data; "" when the cache
// cannot be used. It reads the current generation and the entry under the generation this server
// saw last in one pipeline; only when the generation has moved on (a notification) is the entry
// read again under the new one. The answer is the same as reading the generation first and then
// the entry, including the small window where both are read while a notification bumps the
// generation.
func (s *Server) cacheLookup(ctx context.Context, norm string, req request) (string, []byte, bool) {
	vars, _ := json.Marshal(req.Variables) // maps marshal with sorted keys
	h := sha256.New()
	h.Write([]byte(norm))
	h.Write([]byte{0})
	h.Write([]byte(req.OperationName))
	h.Write([]byte{0})
	h.Write(vars)
	sum := hex.EncodeToString(h.Sum(nil))
	key := func(gen string) string {
		return s.opts.RedisPrefix + "cache:" + formatInt(s.opts.ChainID) + ":" + gen + ":" + sum
	}
	assumed := ""
	if last := s.lastGen.Load(); last != nil {
		assumed = *last
	}
	var genCmd, entry *redis.StringCmd
	if err := s.redisDo(ctx, func(ctx context.Context, p redis.Pipeliner) {
		genCmd = p.Get(ctx, s.genKey())
		entry = p.Get(ctx, key(assumed))
	}); err != nil {
		if errors.Is(err, errCacheSlow) {
			s.log.WarnContext(ctx, "cache generation unavailable", "err", err)
		}
		return "", nil, false
	}
	gen, err := genCmd.Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		s.log.WarnContext(ctx, "cache generation unavailable", "err", err)
		return "", nil, false
	}
	if gen != assumed {
		s.lastGen.Store(&gen)
		if err := s.redisDo(ctx, func(ctx context.Context, p redis.Pipeliner) { entry = p.Get(ctx, key(gen)) }); err != nil {
			return key(gen), nil, false
		}
	}
	b, err := entry.Bytes()
	return key(gen), b, err == nil
}

// cachePut queues the entry's write on the shared pipeline and returns without waiting for it:
// the answer is already known, and waiting held every missed request for one more Redis round
// trip (two goroutine hand-offs and Redis's turn on a busy CPU). Read-your-writes still holds: the
// single pipeline worker (redisWorkers) takes operations in order, so a lookup queued after this
// write runs after it. When the queue is full the write is dropped (the entry is only a saving).
func (s *Server) cachePut(ctx context.Context, key string, data []byte) {
	ttl, log := s.opts.CacheTTL, s.log
	op := &redisOp{done: make(chan struct{}), queue: func(ctx context.Context, p redis.Pipeliner) {
		p.Set(ctx, key, data, ttl)
	}}
	op.after = func(cmds []redis.Cmder) {
		for _, c := range cmds {
			if err := c.Err(); err != nil {
				log.Warn("cache write failed", "err", err)
			}
		}
	}
	select {
	case s.redisOps <- op:
	default:
		// Redis frozen or far behind: say so at most every 10 s, not for every request.
		if now := time.Now().UnixNano(); now-s.lastDropWarn.Load() > int64(10*time.Second) {
			s.lastDropWarn.Store(now)
			s.log.WarnContext(ctx, "cache writes dropped: the Redis queue is full")
		}
	case <-s.redisQuit:
	}
}

// redisOp is commands a request queues on a shared pipeline; done is closed once it ran.
type redisOp struct {
	queue func(context.Context, redis.Pipeliner)
	done  chan struct{}
	// after, when set, is given the commands queue added once they ran (for an operation nobody
	// waits for).
	after func([]redis.Cmder)
}

// redisWorkers is how many pipelines are in flight at once. One: while it is out, the next
// requests' commands gather into the next batch (measured: 1 worker halved Redis's CPU per
// request against 4, with p99 unchanged).
const redisWorkers = 1

// cacheWait bounds how long a request waits for its cache commands. The cache only saves work:
// past this a lookup counts as a miss and a write is left to finish on its own, so a Redis that
// stops answering (frozen, overloaded) costs requests this much instead of the client's read
// timeout (3 s) each.
const cacheWait = 100 * time.Millisecond

// redisDo runs queue's commands in a pipeline shared with the cache commands of concurrent
// requests and returns when they have run (each command carries its own result or error), or an
// error when ctx ends or cacheWait passes first. Under load one pipeline carries the lookups and
// writes of many requests: one write and one read per batch instead of per request, on both
// sides of the connection; alone, a request pays one round trip as before.
func (s *Server) redisDo(ctx context.Context, queue func(context.Context, redis.Pipeliner)) error {
	op := &redisOp{queue: queue, done: make(chan struct{})}
	t := time.NewTimer(cacheWait)
	defer t.Stop()
	select {
	case s.redisOps <- op:
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return errCacheSlow
	case <-s.redisQuit:
		return errServerClosed
	}
	select {
	case <-op.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return errCacheSlow
	case <-s.redisQuit:
		return errServerClosed
	}
}

var (
	errCacheSlow    = errors.New("redis did not answer within " + cacheWait.String())
	errServerClosed = errors.New("server closed")
)

// runRedisOps executes queued operations in batches until ctx ends.
func (s *Server) runRedisOps(ctx context.Context) {
	batch := make([]*redisOp, 0, 128)
	for {
		batch = batch[:0]
		select {
		case <-ctx.Done():
			return
		case op := <-s.redisOps:
			batch = append(batch, op)
		}
	drain:
		for len(batch) < cap(batch) {
			select {
			case op := <-s.redisOps:
				batch = append(batch, op)
			default:
				break drain
			}
		}
		pipe := s.rdb.Pipeline()
		ranges := make([][2]int, len(batch))
		for i, op := range batch {
			ranges[i][0] = pipe.Len()
			op.queue(ctx, pipe)
			ranges[i][1] = pipe.Len()
		}
		cmds, _ := pipe.Exec(ctx) // errors are on each command
		for i, op := range batch {
			if op.after != nil && ranges[i][1] <= len(cmds) {
				op.after(cmds[ranges[i][0]:ranges[i][1]])
			}
			close(op.done)
		}
	}
}

// invalidateOnNotify bumps the cache generation on every head or epoch notification.
func (s *Server) invalidateOnNotify(ctx context.Context) {
	heads := s.broker.Subscribe(ctx, notify.Head, s.opts.ChainID)
	epochs := s.broker.Subscribe(ctx, notify.Epoch, s.opts.ChainID)
	for {
		select {
		case <-ctx.Done():
			return
		case _, ok := <-heads:
			if !ok {
				return
			}
		case _, ok := <-epochs:
			if !ok {
				return
			}
		}
		if err := s.rdb.Incr(ctx, s.genKey()).Err(); err != nil && ctx.Err() == nil {
			s.log.WarnContext(ctx, "cache invalidation failed", "err", err)
		}
	}
}
