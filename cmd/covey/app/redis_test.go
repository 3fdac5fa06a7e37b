package app

import (
	"context"
	"strings"
	"testing"

	"github.com/covey-labs/covey/config"
)

// TestMalformedRedisURL: a redis.url that does not parse still stops the command at once, with an error
// that says so and names the URL without its password. It failed when url.Parse's error, which quotes
// the whole URL, was returned as it was.
func TestMalformedRedisURL(t *testing.T) {
	for _, url := range []string{"redis://:hunter2@127.0.0.1:notaport/0", "http://:hunter2@127.0.0.1:6379/0"} {
		cfg := config.Defaults()
		cfg.Redis.URL = url
		env := New(cfg, Options{StateDir: t.TempDir()})
		rdb, err := env.Redis(context.Background())
		_ = env.Close()
		if err == nil || rdb != nil {
			t.Fatalf("%s: got a client (%v), want an error", url, err)
		}
		if msg := err.Error(); !strings.Contains(msg, "parsing REDIS_URL") || strings.Contains(msg, "hunter2") {
			t.Errorf("%s: %q does not say the URL is malformed, or leaks its password", url, msg)
		}
	}
}
