package config

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestExamplesTakeTheirContractsFromTheDeployment: the Base examples name the deployments file
// `covey config from-broadcast` writes (nothing to fill in by hand), ask for it when it is missing, and
// validate with it, FLAlliance included.
func TestExamplesTakeTheirContractsFromTheDeployment(t *testing.T) {
	for f, chain := range map[string]int64{"examples/base-mainnet.toml": 8453, "examples/base-sepolia.toml": 84532} {
		if _, err := Load(f); err == nil || !strings.Contains(err.Error(), "covey config from-broadcast") {
			t.Errorf("%s without its deployments file: %v, want an error naming covey config from-broadcast", f, err)
		}
		dir := t.TempDir()
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := writeFile(dir+"/covey.toml", string(body)); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(dir+"/deployments", 0o755); err != nil {
			t.Fatal(err)
		}
		d := Deployments{ChainID: chain, DeployBlock: 100, Contracts: map[string]Contract{}}
		for i, name := range []string{FlockToken, Staking, TaskArena, Marketplace, RewardsDistributor, FLAlliance} {
			d.Contracts[name] = Contract{Address: common.BigToAddress(big.NewInt(int64(i + 1))), StartBlock: 100}
		}
		if err := WriteDeployments(fmt.Sprintf("%s/deployments/%d.json", dir, chain), d); err != nil {
			t.Fatal(err)
		}
		c, err := Load(dir + "/covey.toml")
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if c.Chain.Finality != FinalitySafe {
			t.Errorf("%s: finality %q, want safe on Base", f, c.Chain.Finality)
		}
		if err := c.Validate(); err != nil {
			t.Errorf("%s with its deployments file: %v", f, err)
		}
		if len(c.Contracts) != 6 || c.Contracts[FLAlliance] != d.Contracts[FLAlliance] || c.StartBlock() != 100 {
			t.Errorf("%s: contracts %v", f, c.Contracts)
		}
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
	c.Metrics.Listen = "9464"
	c.API.MaxIndexerSilence = Duration{time.Second} // below the 2 s poll: /readyz would fail between polls
	c.Database.ReadURL = "postgres://replica/covey" // a replica of no primary
	c.API.ReplicaWait = Duration{-time.Second}
	err := c.Validate()
	for _, want := range []string{"chain.id", "chain.rpc", "chain.finality", "contracts.Staking", "api.rate_limit_on_redis_error", `"lb.internal"`, "metrics.listen", "api.max_indexer_silence 1s",
		"database.read_url", "replica_wait"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("validation error should mention %s: %v", want, err)
		}
	}
}

// TestMaxIndexerSilence: 2 minutes by default, 0 turns the check off, and without chain.ws a bound the
// indexer's own polling would exceed (at most chain.poll_interval) is refused.
func TestMaxIndexerSilence(t *testing.T) {
	c := Defaults()
	if c.API.MaxIndexerSilence.Duration != 2*time.Minute {
		t.Errorf("default api.max_indexer_silence %s, want 2m", c.API.MaxIndexerSilence)
	}
	for bound, ok := range map[time.Duration]bool{0: true, 3 * time.Second: true, 2 * time.Second: false, -time.Second: false} {
		c.API.MaxIndexerSilence = Duration{bound}
		err := c.Validate()
		if refused := err != nil && strings.Contains(err.Error(), "api.max_indexer_silence"); refused == ok {
			t.Errorf("api.max_indexer_silence %s with a 2 s poll: %v", bound, err)
		}
	}
	// With chain.ws every new block wakes the indexer: a poll interval longer than the bound is fine.
	c.Chain.WS, c.Chain.PollInterval, c.API.MaxIndexerSilence = "ws://127.0.0.1:8545", Duration{time.Hour}, Duration{2 * time.Minute}
	if err := c.Validate(); err != nil && strings.Contains(err.Error(), "api.max_indexer_silence") {
		t.Errorf("refused with chain.ws: %v", err)
	}
}

// TestMetricsListenOnLoopbackByDefault (issue 17 item 10): metrics have an address of their own,
// loopback unless the operator says otherwise; "off" is accepted.
func TestMetricsListenOnLoopbackByDefault(t *testing.T) {
	if l := Defaults().Metrics.Listen; l != "127.0.0.1:9464" || l == Defaults().API.Listen {
		t.Fatalf("default metrics.listen %q", l)
	}
	c := Defaults()
	c.Metrics.Listen = "off"
	if err := c.Validate(); err != nil && strings.Contains(err.Error(), "metrics.listen") {
		t.Fatalf("off refused: %v", err)
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

// TestDeploymentsFileGivesTheContracts: a config naming a deployments file (relative to the config file)
// takes its chain id and contracts; [contracts] beside it, another chain id or a missing file are refused.
func TestDeploymentsFileGivesTheContracts(t *testing.T) {
	dir := t.TempDir()
	d := Deployments{ChainID: 84532, DeployBlock: 7, Contracts: map[string]Contract{
		Staking:    {Address: common.HexToAddress("0x01"), StartBlock: 7},
		FLAlliance: {Address: common.HexToAddress("0x02"), StartBlock: 9},
	}, Treasury: common.HexToAddress("0x7e"), Genesis: 1767225600}
	if err := os.MkdirAll(dir+"/deployments", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteDeployments(dir+"/deployments/84532.json", d); err != nil {
		t.Fatal(err)
	}
	p := dir + "/covey.toml"
	if err := writeFile(p, "deployments = \"deployments/84532.json\"\n[chain]\nrpc = [\"http://x\"]\n"); err != nil {
		t.Fatal(err)
	}
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.Chain.ID != 84532 || c.Contracts[FLAlliance] != d.Contracts[FLAlliance] || c.StartBlock() != 7 ||
		c.Deployment == nil || c.Deployment.Treasury != d.Treasury || c.Deployment.Genesis != d.Genesis {
		t.Errorf("loaded %+v, deployment %+v", c, c.Deployment)
	}
	for _, tc := range []struct{ body, want string }{
		{"deployments = \"deployments/84532.json\"\n[contracts.Staking]\naddress = \"0x0000000000000000000000000000000000000001\"\n", "both set"},
		{"deployments = \"deployments/84532.json\"\n[chain]\nid = 8453\n", "chain.id 8453, but"},
		{"deployments = \"deployments/8453.json\"\n", "8453.json: no such file"},
	} {
		if err := writeFile(p, tc.body); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(p); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want an error saying %q", tc.body, err, tc.want)
		}
	}
}

// TestCORSOrigins: off the devnet the API's browser origins must be named (to serve it); each must be
// an origin; the devnet allows pages on any local port.
func TestCORSOrigins(t *testing.T) {
	c := Defaults()
	c.Chain.ID = 8453
	if err := c.ValidateServe(); err == nil || !strings.Contains(err.Error(), "api.cors_origins: name the origins") {
		t.Errorf("a production config without origins: %v", err)
	}
	if err := c.Validate(); err != nil && strings.Contains(err.Error(), "cors_origins") {
		t.Errorf("an indexer's config needs no origins: %v", err)
	}
	c.Chain.ID = DevnetChainID
	if err := c.ValidateServe(); err != nil {
		t.Errorf("the devnet: %v", err)
	}
	c.Chain.ID = 8453
	c.API.CORSOrigins = []string{"*"}
	if err := c.ValidateServe(); err != nil {
		t.Errorf("named origins: %v", err)
	}
	c.API.CORSOrigins = []string{"https://app.example", "http://localhost:*", "*", "https://app.example/", "app.example", "https://*.example", "ftp://x.example"}
	err := c.Validate()
	for _, bad := range []string{`"https://app.example/"`, `"app.example"`, `"https://*.example"`, `"ftp://x.example"`} {
		if err == nil || !strings.Contains(err.Error(), bad+" is not an origin") {
			t.Errorf("%s accepted: %v", bad, err)
		}
	}
	for _, good := range []string{`"https://app.example" is`, `"http://localhost:*" is`, `"*" is`} {
		if err != nil && strings.Contains(err.Error(), good) {
			t.Errorf("%s refused: %v", good, err)
		}
	}
	if d := Devnet(Deployments{ChainID: DevnetChainID}); strings.Join(d.API.CORSOrigins, " ") != "http://localhost:* http://127.0.0.1:*" {
		t.Errorf("devnet origins %v", d.API.CORSOrigins)
	}
}
