package config

import (
	"os"
	"strings"
	"testing"
)

func TestExamplesParseAndSayWhatToFill(t *testing.T) {
	for _, f := range []string{"examples/base-mainnet.toml", "examples/base-sepolia.toml"} {
		c, err := Load(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if c.Chain.Finality != FinalitySafe {
			t.Errorf("%s: finality %q, want safe on Base", f, c.Chain.Finality)
		}
		err = c.Validate()
		if err == nil || !strings.Contains(err.Error(), "contracts.Staking.address is missing") {
			t.Errorf("%s: validation should ask for the protocol addresses, got %v", f, err)
		}
	}
	c, _ := Load("examples/base-mainnet.toml")
	if got := c.Contracts[FlockToken].Address.Hex(); got != "0x5aB3D4c385B400F3aBB49e80DE2fAF6a88A7B691" {
		t.Errorf("FLOCK address %s", got)
	}
}

func TestUnknownKeysAndBadValuesAreRefused(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"unknown key":  "[chain]\nid = 1\nrpcs = [\"x\"]\n",
		"bad duration": "[chain]\npoll_interval = \"soon\"\n",
	}
	for name, body := range cases {
		p := dir + "/c.toml"
		if err := writeFile(p, body); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(p); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	c := Defaults()
	c.Chain.Finality = "eventually"
	c.API.RateLimitOnRedisError = "maybe"
	c.API.TrustedProxies = []string{"10.0.0.0/8", "192.0.2.1", "lb.internal"}
	err := c.Validate()
	for _, want := range []string{"chain.id", "chain.rpc", "chain.finality", "contracts.Staking", "api.rate_limit_on_redis_error", `"lb.internal"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("validation error should mention %s: %v", want, err)
		}
	}
}

func writeFile(p, s string) error { return os.WriteFile(p, []byte(s), 0o644) }

// TestTrustedProxies: a CIDR is kept (masked), an address alone is a one-address prefix.
func TestTrustedProxies(t *testing.T) {
	got, err := API{TrustedProxies: []string{"10.1.2.3/8", "192.0.2.1", "fd00::1"}}.Proxies()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"10.0.0.0/8", "192.0.2.1/32", "fd00::1/128"}
	for i, p := range got {
		if p.String() != want[i] {
			t.Errorf("%d: %s, want %s", i, p, want[i])
		}
	}
}
