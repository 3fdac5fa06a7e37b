package graphql

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/go-redis/redis_rate/v10"
	"golang.org/x/time/rate"
)

// What the rate limit does when Redis fails (Options.RateLimitOnRedisError).
const (
	// RateLimitLocal falls back to this process's own limiter: each replica still holds every
	// client to the budget, so behind N replicas a client gets at most N times it. The default.
	RateLimitLocal = "local"
	// RateLimitOpen lets every request through while Redis fails (availability over protection).
	RateLimitOpen = "open"
	// RateLimitClosed refuses every request while Redis fails (protection over availability).
	RateLimitClosed = "closed"
)

// rateLimitWait bounds how long a request waits for Redis's verdict before the fallback decides.
const rateLimitWait = 100 * time.Millisecond

// limiter holds each client to RateLimitPerMinute operations a minute (a burst of that many,
// refilled evenly): GCRA in Redis (redis_rate), shared by every replica, or a token bucket per
// client in this process (golang.org/x/time/rate) without Redis or when Redis fails.
type limiter struct {
	perMinute int
	onError   string
	redis     *redis_rate.Limiter // nil without Redis
	prefix    string
	local     localLimiter
}

func newLimiter(o Options) *limiter {
	l := &limiter{perMinute: o.RateLimitPerMinute, onError: o.RateLimitOnRedisError, prefix: o.RedisPrefix + "rl:"}
	l.local = localLimiter{every: rate.Every(time.Minute / time.Duration(max(o.RateLimitPerMinute, 1))), burst: o.RateLimitPerMinute}
	if o.Redis != nil {
		l.redis = redis_rate.NewLimiter(o.Redis)
	}
	return l
}

// verdict is the limiter's answer for one operation.
type verdict struct {
	ok         bool
	retryAfter time.Duration
	// unavailable: refused because Redis failed and the limit fails closed.
	unavailable bool
}

// allow counts one operation of the client against its budget.
func (s *Server) allow(ctx context.Context, client string) verdict {
	l := s.limiter
	if l.perMinute <= 0 {
		return verdict{ok: true}
	}
	v, err := l.allowRedis(ctx, client)
	if err != nil {
		s.metrics.rateLimitErrors.Inc()
		if now := time.Now().UnixNano(); now-s.lastLimitWarn.Load() > int64(10*time.Second) {
			s.lastLimitWarn.Store(now)
			s.log.WarnContext(ctx, "rate limit: redis failed", "err", err, "on_error", l.onError)
		}
		switch l.onError {
		case RateLimitOpen:
			v = verdict{ok: true}
		case RateLimitClosed:
			v = verdict{unavailable: true, retryAfter: time.Second}
		default:
			v = l.local.allow(client, time.Now())
		}
	}
	if !v.ok {
		s.metrics.rateLimited.Inc()
	}
	return v
}

// allowRedis asks Redis (or, without Redis, this process).
func (l *limiter) allowRedis(ctx context.Context, client string) (verdict, error) {
	if l.redis == nil {
		return l.local.allow(client, time.Now()), nil
	}
	ctx, cancel := context.WithTimeout(ctx, rateLimitWait)
	defer cancel()
	res, err := l.redis.Allow(ctx, l.prefix+client, redis_rate.PerMinute(l.perMinute))
	if err != nil {
		return verdict{}, err
	}
	return verdict{ok: res.Allowed > 0, retryAfter: res.RetryAfter}, nil
}

// maxLocalClients bounds the clients the in-process limiter remembers.
const maxLocalClients = 1 << 16

// localLimiter is a token bucket per client.
type localLimiter struct {
	every rate.Limit
	burst int
	mu    sync.Mutex
	m     map[string]*rate.Limiter
}

func (l *localLimiter) allow(client string, now time.Time) verdict {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.m == nil {
		l.m = map[string]*rate.Limiter{}
	}
	b, ok := l.m[client]
	if !ok {
		if len(l.m) >= maxLocalClients {
			l.forgetFull(now)
		}
		b = rate.NewLimiter(l.every, l.burst)
		l.m[client] = b
	}
	r := b.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return verdict{retryAfter: d}
	}
	return verdict{ok: true}
}

// forgetFull drops the buckets that refilled (a new one is the same); if every client is still
// spending, it starts over rather than grow (clients then get a fresh burst, never less).
func (l *localLimiter) forgetFull(now time.Time) {
	for k, b := range l.m {
		if b.TokensAt(now) >= float64(l.burst) {
			delete(l.m, k)
		}
	}
	if len(l.m) >= maxLocalClients {
		l.m = map[string]*rate.Limiter{}
	}
}

// clientKey names the client a request counts against: its address, or, when the request comes
// from a trusted proxy (Options.TrustedProxies), the address that proxy saw: X-Forwarded-For read
// from the right, skipping trusted hops (entries left of the first untrusted one may be forged by
// the client). IPv6 clients count per /64, the block one subscriber usually holds.
func (s *Server) clientKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	addr, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	addr = addr.Unmap()
	if s.trusted(addr) {
		var hops []string
		for _, h := range r.Header.Values("X-Forwarded-For") {
			hops = append(hops, strings.Split(h, ",")...)
		}
		for i := len(hops) - 1; i >= 0 && s.trusted(addr); i-- {
			a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
			if err != nil {
				break // a hop we cannot read: the last one we could stands for the client
			}
			addr = a.Unmap()
		}
	}
	if addr.Is6() {
		p, _ := addr.Prefix(64)
		return p.String()
	}
	return addr.String()
}

func (s *Server) trusted(a netip.Addr) bool {
	for _, p := range s.opts.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
