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
	err := c.Validate()
	for _, want := range []string{"chain.id", "chain.rpc", "chain.finality", "contracts.Staking"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("validation error should mention %s: %v", want, err)
		}
	}
}

func writeFile(p, s string) error { return os.WriteFile(p, []byte(s), 0o644) }
