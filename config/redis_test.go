package config

import (
	"strings"
	"testing"
)

func TestRedisName(t *testing.T) {
	for _, c := range []struct{ prefix, name, want string }{
		{"", "covey:head:8453", "covey:head:8453"},
		{"covey:", "covey:epoch:8453", "covey:epoch:8453"},
		{"staging:", "covey:head:8453", "staging:head:8453"},
		{"t-1f:", "covey:settle:31337", "t-1f:settle:31337"},
	} {
		if got := RedisName(c.prefix, c.name); got != c.want {
			t.Errorf("RedisName(%q, %q) = %q, want %q", c.prefix, c.name, got, c.want)
		}
	}
}

func TestRedisPrefixValidated(t *testing.T) {
	c := Defaults()
	c.Chain.ID, c.Chain.RPC = 31337, []string{"http://127.0.0.1:8545"}
	if c.Redis.Prefix != DefaultRedisPrefix {
		t.Fatalf("default prefix %q", c.Redis.Prefix)
	}
	for _, bad := range []string{"", "staging", "a b:"} {
		c.Redis.Prefix = bad
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "redis.prefix") {
			t.Errorf("prefix %q: want a redis.prefix error, got %v", bad, err)
		}
	}
}
