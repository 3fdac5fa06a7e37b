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
)

func formatInt(n int64) string { return strconv.FormatInt(n, 10) }

// The response cache lives in Redis under <prefix>cache:<chain>:<generation>:<hash>. The
// generation is a counter bumped on every head and epoch notification, so a notification
// invalidates every cached answer at once (old generations simply expire).

func (s *Server) cacheEnabled() bool { return s.rdb != nil && s.opts.CacheTTL > 0 }

func (s *Server) genKey() string { return s.opts.RedisPrefix + "gen:" + formatInt(s.opts.ChainID) }

// cacheLookup returns the request's cache key and, on a hit, the cached data; "" when the cache
// cannot be used. It costs one round trip: the generation this server saw last and the entry
// under it are read in one pipeline with the current generation, and only when the generation
// has moved on (a notification) is the entry read again under the new one. The answer is the
// same as reading the generation first and then the entry (two round trips), including the
// small window where both are read while a notification bumps the generation.
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
	if last := s.lastGen.Load(); last != nil {
		pipe := s.rdb.Pipeline()
		genCmd := pipe.Get(ctx, s.genKey())
		entry := pipe.Get(ctx, key(*last))
		_, _ = pipe.Exec(ctx) // each command's error is read below
		gen, err := genCmd.Result()
		if err != nil && !errors.Is(err, redis.Nil) {
			s.log.WarnContext(ctx, "cache generation unavailable", "err", err)
			return "", nil, false
		}
		if gen == *last {
			b, err := entry.Bytes()
			return key(gen), b, err == nil
		}
		s.lastGen.Store(&gen)
		b, ok := s.cacheGet(ctx, key(gen))
		return key(gen), b, ok
	}
	gen, err := s.rdb.Get(ctx, s.genKey()).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		s.log.WarnContext(ctx, "cache generation unavailable", "err", err)
		return "", nil, false
	}
	s.lastGen.Store(&gen)
	b, ok := s.cacheGet(ctx, key(gen))
	return key(gen), b, ok
}

func (s *Server) cacheGet(ctx context.Context, key string) ([]byte, bool) {
	b, err := s.rdb.Get(ctx, key).Bytes()
	if err != nil {
		return nil, false
	}
	return b, true
}

func (s *Server) cachePut(ctx context.Context, key string, data []byte) {
	if err := s.rdb.Set(ctx, key, data, s.opts.CacheTTL).Err(); err != nil {
		s.log.WarnContext(ctx, "cache write failed", "err", err)
	}
}

// invalidateOnNotify bumps the cache generation on every head or epoch notification.
func (s *Server) invalidateOnNotify(ctx context.Context) {
	heads := s.broker.Subscribe(ctx, TopicHead)
	epochs := s.broker.Subscribe(ctx, TopicEpoch)
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

// rateLimited counts the request in the client's fixed one-minute window.
func (s *Server) rateLimited(ctx context.Context, ip string) (bool, error) {
	if s.rdb == nil || s.opts.RateLimitPerMinute <= 0 {
		return false, nil
	}
	window := s.now().Unix() / 60
	key := s.opts.RedisPrefix + "rl:" + ip + ":" + formatInt(window)
	pipe := s.rdb.TxPipeline()
	incr := pipe.Incr(ctx, key)
	pipe.Expire(ctx, key, 2*time.Minute)
	if _, err := pipe.Exec(ctx); err != nil {
		return false, err
	}
	if incr.Val() > int64(s.opts.RateLimitPerMinute) {
		s.metrics.rateLimited.Inc()
		return true, nil
	}
	return false, nil
}
