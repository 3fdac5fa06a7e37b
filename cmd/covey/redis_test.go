package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/internal/chaintest"
	"github.com/covey-labs/covey/internal/notify"
	"github.com/covey-labs/covey/internal/redistest"
	"github.com/covey-labs/covey/internal/syncbuf"
)

// TestRunStartsWithoutRedis (issue 22): `covey run` started while nothing listens at REDIS_URL starts,
// indexes and serves, says so once at WARN with the URL redacted, and takes Redis up once a
// redis-server listens there, without a restart: the API subscribes to the head channel again, the
// indexer's next head crosses Redis, the API hears it there (it bumps the cache generation) and the
// response cache answers a repeated query. It failed when a Redis that did not answer the start-up
// ping stopped covey ("connecting to redis ...: connection refused").
func TestRunStartsWithoutRedis(t *testing.T) {
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Skip("redis-server not installed")
	}
	const password = "start-secret"
	port := chaintest.FreePort(t)
	chain := chaintest.StartAnvil(t)
	cfg := chain.QuietConfig(t)
	cfg.Redis.URL = fmt.Sprintf("redis://:%s@127.0.0.1:%d/0", password, port)
	cfg.Metrics.Listen = "off"
	var logs syncbuf.Buffer
	cfg = runInProcess(t, cfg, slog.New(slog.NewTextHandler(&logs, nil)))
	api := "http://" + cfg.API.Listen + "/graphql"

	if n := strings.Count(logs.String(), "redis unreachable at start"); n != 1 {
		t.Fatalf("%d start-up warnings about Redis, want 1:\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), fmt.Sprintf("url=redis://127.0.0.1:%d", port)) || strings.Contains(logs.String(), password) {
		t.Fatalf("the warning does not name the redacted URL, or leaks the password:\n%s", logs.String())
	}
	// It indexes while Redis is down.
	waitIndexed(t, api, mine(t, chain))

	rdb := startRedisOn(t, port, password)
	heads := notify.Channel(cfg.Redis.Prefix, notify.Head, cfg.Chain.ID)
	waitFor(t, func() error {
		n, err := rdb.PubSubNumSub(context.Background(), heads).Result()
		if err != nil || n[heads] < 1 {
			return fmt.Errorf("the API is not subscribed to %s: %v %v", heads, n, err)
		}
		return nil
	})
	ps := rdb.Subscribe(context.Background(), heads)
	defer ps.Close()
	if _, err := ps.Receive(context.Background()); err != nil {
		t.Fatal(err)
	}
	block := mine(t, chain)
	select {
	case m := <-waitHead(ps.Channel(), block):
		t.Logf("head %s crossed Redis", m)
	case <-time.After(time.Minute):
		t.Fatalf("no head at or past block %d on %s within a minute of Redis coming back", block, heads)
	}
	waitFor(t, func() error {
		if gen, err := rdb.Get(context.Background(), fmt.Sprintf("%sgen:%d", cfg.Redis.Prefix, cfg.Chain.ID)).Int(); err != nil || gen < 1 {
			return fmt.Errorf("the API did not hear a head through Redis (cache generation %d, %v)", gen, err)
		}
		return nil
	})
	waitFor(t, func() error {
		if got := cacheStatus(api, `{ epochs(first: 1) { totalCount } }`); got != "HIT" {
			return fmt.Errorf("X-Cache %q", got)
		}
		return nil
	})
	waitFor(t, func() error {
		if n := strings.Count(logs.String(), "redis answers"); n != 1 {
			return fmt.Errorf("%d logs that Redis answers, want 1", n)
		}
		return nil
	})
}

// startRedisOn starts a private redis-server on port with password, killed when the test ends, and
// returns a client on it.
func startRedisOn(t *testing.T, port int, password string) *redis.Client {
	t.Helper()
	srv := redistest.Start(t, port, password)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr, Password: password})
	t.Cleanup(func() { _ = rdb.Close() })
	return rdb
}

// mine makes anvil mine a block and returns its number.
func mine(t *testing.T, chain *chaintest.Anvil) uint64 {
	t.Helper()
	if err := chain.RPC.Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	var n hexutil.Uint64
	if err := chain.RPC.Call(&n, "eth_blockNumber"); err != nil {
		t.Fatal(err)
	}
	return uint64(n)
}

// waitIndexed waits until the API reports block indexed.
func waitIndexed(t *testing.T, api string, block uint64) {
	t.Helper()
	waitFor(t, func() error {
		n, err := indexedBlock(api)
		if err == nil && n < block {
			err = fmt.Errorf("indexed %d, want %d", n, block)
		}
		return err
	})
}

// waitHead yields the first head message on ch at or past block.
func waitHead(ch <-chan *redis.Message, block uint64) <-chan string {
	out := make(chan string, 1)
	go func() {
		for m := range ch {
			var ev notify.HeadEvent
			if json.Unmarshal([]byte(m.Payload), &ev) == nil && ev.Block >= block {
				out <- m.Payload
				return
			}
		}
	}()
	return out
}

// cacheStatus posts query to the API and returns its X-Cache header ("" on an error).
func cacheStatus(api, query string) string {
	body, _ := json.Marshal(map[string]string{"query": query})
	resp, err := http.Post(api, "application/json", strings.NewReader(string(body)))
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.Header.Get("X-Cache")
}
