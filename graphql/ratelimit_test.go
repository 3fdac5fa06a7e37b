package graphql

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/redis/go-redis/v9"
)

// limitedQuery is what the rate-limit tests send.
const limitedQuery = `{"query":"{ status { chainId } }"}`

// hit posts limitedQuery to base through client and returns the status and the first error's code.
func hit(t *testing.T, client *http.Client, base string, header http.Header) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(limitedQuery))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var out struct {
		Errors []struct {
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("not JSON (%d): %s", resp.StatusCode, b)
	}
	code := ""
	if len(out.Errors) > 0 {
		code, _ = out.Errors[0].Extensions["code"].(string)
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		if ra, err := strconv.Atoi(resp.Header.Get("Retry-After")); err != nil || ra < 1 {
			t.Errorf("429 without a Retry-After in seconds: %q", resp.Header.Get("Retry-After"))
		}
	}
	return resp.StatusCode, code
}

// spend sends n requests that must pass, then one that must be refused with want.
func spend(t *testing.T, client *http.Client, base string, header http.Header, n int, want int) {
	t.Helper()
	for i := range n {
		if st, code := hit(t, client, base, header); st != 200 {
			t.Fatalf("request %d of a budget of %d: %d %s", i+1, n, st, code)
		}
	}
	if st, code := hit(t, client, base, header); st != want || code != CodeRateLimited {
		t.Fatalf("request %d: %d %s, want %d %s", n+1, st, code, want, CodeRateLimited)
	}
}

// TestRateLimitInProcess (SECURITY.md, anonymous API client): without Redis the budget holds in
// the process (it was off without Redis: 200 of 200 requests passed).
func TestRateLimitInProcess(t *testing.T) {
	env := newEnv(t, Options{RateLimitPerMinute: 3})
	spend(t, http.DefaultClient, env.http.URL, nil, 3, http.StatusTooManyRequests)
}

// TestRateLimitSharedInRedis: with Redis, replicas share each client's budget.
func TestRateLimitSharedInRedis(t *testing.T) {
	rdb, prefix := testRedis(t)
	a := newEnv(t, Options{Redis: rdb, RedisPrefix: prefix, RateLimitPerMinute: 4})
	b := startEnv(t, a.pool, a.queries, Options{Redis: rdb, RedisPrefix: prefix, RateLimitPerMinute: 4})
	for i, url := range []string{a.http.URL, b.http.URL, a.http.URL, b.http.URL} {
		if st, code := hit(t, http.DefaultClient, url, nil); st != 200 {
			t.Fatalf("request %d: %d %s", i+1, st, code)
		}
	}
	spend(t, http.DefaultClient, a.http.URL, nil, 0, http.StatusTooManyRequests)
}

// failingRedis makes every command of a client fail while on (a fault injected into a real Redis
// client; pub/sub connections are left alone).
type failingRedis struct{ on atomic.Bool }

func (f *failingRedis) DialHook(next redis.DialHook) redis.DialHook { return next }
func (f *failingRedis) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		if f.on.Load() {
			return errors.New("injected: redis is down")
		}
		return next(ctx, cmd)
	}
}
func (f *failingRedis) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		if f.on.Load() {
			return errors.New("injected: redis is down")
		}
		return next(ctx, cmds)
	}
}

// TestRateLimitRedisFailing: while Redis fails, the limit does what rate_limit_on_redis_error
// says: local holds the budget in the process, open lets everything through, closed refuses
// everything with 503 (it let everything through, unsaid).
func TestRateLimitRedisFailing(t *testing.T) {
	for _, c := range []struct {
		policy string
		check  func(t *testing.T, url string)
	}{
		{RateLimitLocal, func(t *testing.T, url string) { spend(t, http.DefaultClient, url, nil, 3, http.StatusTooManyRequests) }},
		{RateLimitOpen, func(t *testing.T, url string) {
			for range 10 {
				if st, code := hit(t, http.DefaultClient, url, nil); st != 200 {
					t.Fatalf("fail-open: %d %s", st, code)
				}
			}
		}},
		{RateLimitClosed, func(t *testing.T, url string) {
			spend(t, http.DefaultClient, url, nil, 0, http.StatusServiceUnavailable)
		}},
	} {
		t.Run(c.policy, func(t *testing.T) {
			rdb, prefix := testRedis(t)
			fault := &failingRedis{}
			rdb.AddHook(fault)
			env := newEnv(t, Options{Redis: rdb, RedisPrefix: prefix, RateLimitPerMinute: 3, RateLimitOnRedisError: c.policy})
			fault.on.Store(true)
			c.check(t, env.http.URL)
			if !strings.Contains(env.logs.String(), "rate limit: redis failed") {
				t.Error("the Redis failure was not logged")
			}
		})
	}
}

// fromAddr is an HTTP client whose connections leave from a loopback address of its own (Linux
// routes all of 127.0.0.0/8 to lo), so a server or proxy sees distinct clients.
func fromAddr(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
}

// TestRateLimitBehindProxy: behind a real reverse proxy (httputil.ReverseProxy, which appends
// the peer it saw to X-Forwarded-For) each client has its own budget once the proxy is trusted,
// a client cannot spend another's by forging X-Forwarded-For, and an untrusted peer's header is
// ignored. Without trusted proxies every client behind the proxy shares one budget (as before).
func TestRateLimitBehindProxy(t *testing.T) {
	env := newEnv(t, Options{RateLimitPerMinute: 3, TrustedProxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}})
	target, _ := url.Parse(env.http.URL)
	proxy := httptest.NewServer(httputil.NewSingleHostReverseProxy(target))
	t.Cleanup(proxy.Close)
	alice, bob, mallory := fromAddr("127.0.0.2"), fromAddr("127.0.0.3"), fromAddr("127.0.0.4")

	spend(t, alice, proxy.URL, nil, 3, http.StatusTooManyRequests)
	// Bob is a client of his own; naming alice in his own header changes nothing for either.
	forged := http.Header{"X-Forwarded-For": {"127.0.0.2"}}
	spend(t, bob, proxy.URL, forged, 3, http.StatusTooManyRequests)
	// Mallory talks to the API directly: her header is not believed, her own address counts.
	spend(t, mallory, env.http.URL, http.Header{"X-Forwarded-For": {"203.0.113.9"}}, 3, http.StatusTooManyRequests)

	untrusting := startEnv(t, env.pool, env.queries, Options{RateLimitPerMinute: 3})
	target2, _ := url.Parse(untrusting.http.URL)
	proxy2 := httptest.NewServer(httputil.NewSingleHostReverseProxy(target2))
	t.Cleanup(proxy2.Close)
	spend(t, alice, proxy2.URL, nil, 3, http.StatusTooManyRequests)
	if st, _ := hit(t, bob, proxy2.URL, nil); st != http.StatusTooManyRequests {
		t.Fatalf("without trusted proxies the proxy's clients share one budget; bob got %d", st)
	}
}

// TestClientKey: X-Forwarded-For is read from the right past trusted hops; an unreadable hop stops
// the walk; IPv6 clients count per /64.
func TestClientKey(t *testing.T) {
	s := &Server{opts: Options{TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("fd00::/8")}}}
	for _, c := range []struct {
		remote string
		xff    []string
		want   string
	}{
		{"192.0.2.1:5000", []string{"198.51.100.7"}, "192.0.2.1"},
		{"10.0.0.5:5000", nil, "10.0.0.5"},
		{"10.0.0.5:5000", []string{"198.51.100.7"}, "198.51.100.7"},
		{"10.0.0.5:5000", []string{"6.6.6.6, 198.51.100.7, 10.1.1.1"}, "198.51.100.7"},
		{"10.0.0.5:5000", []string{"6.6.6.6", "198.51.100.7, 10.1.1.1"}, "198.51.100.7"},
		{"10.0.0.5:5000", []string{"198.51.100.7, garbage"}, "10.0.0.5"},
		{"10.0.0.5:5000", []string{"10.2.2.2"}, "10.2.2.2"},
		{"[2001:db8:1:2:3:4:5:6]:5000", nil, "2001:db8:1:2::/64"},
		{"[fd00::1]:5000", []string{"2001:db8:1:2::9"}, "2001:db8:1:2::/64"},
		{"[::ffff:192.0.2.1]:5000", nil, "192.0.2.1"},
	} {
		r := &http.Request{RemoteAddr: c.remote, Header: http.Header{}}
		for _, v := range c.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := s.clientKey(r); got != c.want {
			t.Errorf("%s %q: %s, want %s", c.remote, c.xff, got, c.want)
		}
	}
}
