// Package config describes what covey talks to: the chain and its RPCs, the protocol's
// contracts, the database, Redis and each component's knobs. It is shared by every component;
// only cmd/covey decides where the values come from (file, flags, environment).
package config

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"
)

// Contract names as they appear in config files and anvil/deployments.json; they are also the
// Solidity contract names, so ABI lookups and config agree.
const (
	FlockToken         = "FlockToken"
	Staking            = "Staking"
	TaskArena          = "TaskArena"
	Marketplace        = "Marketplace"
	RewardsDistributor = "RewardsDistributor"
	FLAlliance         = "FLAlliance"
)

// Finality modes: which head the indexer treats as settled.
const (
	FinalityFinalized = "finalized"
	FinalitySafe      = "safe"
	FinalityLatest    = "latest"
)

// Config is the whole configuration of a covey deployment.
type Config struct {
	// Deployments names a deployments file (what `covey config from-broadcast` writes after the deploy
	// script ran), relative to the config file: the contracts, their start blocks and the chain id come
	// from it, so nobody copies an address by hand. It excludes [contracts].
	Deployments string `toml:"deployments"`
	// Deployment is what Deployments (or the devnet's anvil/deployments.json) holds; nil when the
	// contracts come from [contracts]. Settlement takes the policy's genesis and treasury from it.
	Deployment *Deployments        `toml:"-"`
	Chain      Chain               `toml:"chain"`
	Contracts  map[string]Contract `toml:"contracts"`
	Database   Database            `toml:"database"`
	Redis      Redis               `toml:"redis"`
	Indexer    Indexer             `toml:"indexer"`
	Settlement Settlement          `toml:"settlement"`
	API        API                 `toml:"api"`
	Metrics    Metrics             `toml:"metrics"`
}

// DefaultMetricsListen is where a service serves /metrics unless told otherwise: loopback only.
const DefaultMetricsListen = "127.0.0.1:9464"

// Metrics is where Prometheus scrapes a service (index, serve, run, settle --watch): /metrics, with
// /healthz and /readyz, on a listener of its own, so that exposing the API (api.listen 0.0.0.0:8080)
// exposes nothing else.
type Metrics struct {
	// Listen is the metrics address (default 127.0.0.1:9464; "off" serves none; --metrics overrides).
	// When the default address is taken (another covey service on the same host), the service warns
	// and runs without it; an address set here or with --metrics must be free.
	Listen string `toml:"listen"`
}

// Chain says which chain and how to reach it.
type Chain struct {
	ID   int64    `toml:"id"`
	Name string   `toml:"name"`
	RPC  []string `toml:"rpc"`
	// WS is an optional WebSocket URL for newHeads; polling is used without it.
	WS string `toml:"ws"`
	// Finality is finalized, safe or latest (with Confirmations).
	Finality      string `toml:"finality"`
	Confirmations uint64 `toml:"confirmations"`
	// FollowUnsafe indexes blocks past the settled head too, marked unsafe.
	FollowUnsafe bool `toml:"follow_unsafe"`
	// ReorgBound is the deepest reorg handled automatically; deeper ones stop the indexer.
	ReorgBound   uint64   `toml:"reorg_bound"`
	PollInterval Duration `toml:"poll_interval"`
}

// Contract is one deployed protocol contract.
type Contract struct {
	Address    common.Address `toml:"address" json:"address"`
	StartBlock uint64         `toml:"start_block" json:"block"`
}

// Database is the Postgres connection.
type Database struct {
	// URL is the primary: the indexer and settlement write there, and it is migrated.
	URL string `toml:"url"`
	// ReadURL, when set, is a streaming replica of URL (a hot standby) that the API reads instead of
	// the primary, so query load stays off the writers. The API still reaches the primary for a few
	// small reads: the WAL position that measures the replica's lag and holds notifications back
	// until the replica has replayed them, and LISTEN without Redis (a standby cannot LISTEN).
	// docs/operating.md says what is guaranteed (DATABASE_READ_URL overrides).
	ReadURL string `toml:"read_url"`
}

// Redis is optional: without it covey runs single-process (no cache, Postgres locks).
type Redis struct {
	URL string `toml:"url"`
	// Prefix namespaces every key and channel (default "covey:"), so several deployments or test
	// runs can share one Redis; every component of one deployment must use the same prefix.
	Prefix string `toml:"prefix"`
}

// Indexer tunes log fetching.
type Indexer struct {
	// InitialRange, MinRange and MaxRange bound the adaptive eth_getLogs block range.
	InitialRange uint64 `toml:"initial_range"`
	MinRange     uint64 `toml:"min_range"`
	MaxRange     uint64 `toml:"max_range"`
	// Workers fetch ranges in parallel during backfill; results are applied in order.
	Workers int `toml:"workers"`
	// RequestsPerSecond caps the request rate per RPC (0 = unlimited); 429s lower it adaptively.
	RequestsPerSecond float64 `toml:"requests_per_second"`
	// MaxBackoff caps the retry delay.
	MaxBackoff Duration `toml:"max_backoff"`
	// RequestTimeout bounds one JSON-RPC request; a node that accepts connections but never answers
	// costs at most this before the request fails over to the next RPC.
	RequestTimeout Duration `toml:"request_timeout"`
	// HedgeAfter caps how long a read request to one RPC may go unanswered before the same request is
	// also sent to the next healthy RPC, the first good answer winning (with two or more RPCs; 0 turns
	// hedging off). The delay itself adapts: three times that RPC's recent p95 for that kind of
	// request, at least 100 ms, at most HedgeAfter. It bounds what a node that never answers costs.
	HedgeAfter Duration `toml:"hedge_after"`
	// VerifyBlooms checks eth_getLogs answers against the blocks' logsBloom, so a node that leaves
	// logs out (or adds some) is caught instead of believed: "head" (default) checks every block
	// whose header is read anyway (every block within reorg_bound of the head, and every block with
	// a log), "all" also reads the header of every backfilled block, "off" trusts the answers.
	VerifyBlooms string `toml:"verify_blooms"`
}

// Bloom verification modes (indexer.verify_blooms).
const (
	VerifyBloomsAll  = "all"
	VerifyBloomsHead = "head"
	VerifyBloomsOff  = "off"
)

// Settlement configures reward epochs and root publication.
type Settlement struct {
	Policy      string `toml:"policy"`
	Cron        string `toml:"cron"`
	ManifestDir string `toml:"manifest_dir"`
	// Publish proposes roots on-chain after settling; Keystore (+ password) or the env key signs.
	Publish      bool   `toml:"publish"`
	Keystore     string `toml:"keystore"`
	PasswordFile string `toml:"password_file"`
}

// API configures the GraphQL server.
type API struct {
	Listen        string   `toml:"listen"`
	CORSOrigins   []string `toml:"cors_origins"`
	MaxFirst      int      `toml:"max_first"`
	MaxDepth      int      `toml:"max_depth"`
	MaxComplexity int      `toml:"max_complexity"`
	MaxNodes      int      `toml:"max_nodes"`
	MaxBodyBytes  int64    `toml:"max_body_bytes"`
	Timeout       Duration `toml:"timeout"`
	CacheTTL      Duration `toml:"cache_ttl"`
	RateLimit     int      `toml:"rate_limit_per_minute"`
	// RateLimitOnRedisError is local (hold clients to the budget in each process), open or closed:
	// what the rate limit does while Redis fails.
	RateLimitOnRedisError string `toml:"rate_limit_on_redis_error"`
	// TrustedProxies are CIDRs (or addresses) of the load balancers whose X-Forwarded-For names
	// the client the rate limit counts.
	TrustedProxies []string `toml:"trusted_proxies"`
	// MaxInFlight caps the queries one process executes at once, over HTTP and WebSocket (0: the API
	// pool's connections plus GOMAXPROCS); MaxQueued caps those waiting for a slot (0: 4 x
	// MaxInFlight), each for at most MaxQueueWait. Past them a query is refused at once with HTTP 503,
	// Retry-After and OVERLOADED, so work in flight does not grow with the load offered.
	MaxInFlight  int      `toml:"max_in_flight"`
	MaxQueued    int      `toml:"max_queued"`
	MaxQueueWait Duration `toml:"max_queue_wait"`
	// WSMaxOperations caps a WebSocket connection's operations in flight; WSMaxConnections caps a
	// client's connections per process; WSIdleTimeout closes a connection idle that long.
	WSMaxOperations  int      `toml:"ws_max_operations"`
	WSMaxConnections int      `toml:"ws_max_connections_per_client"`
	WSIdleTimeout    Duration `toml:"ws_idle_timeout"`
	// PublicURL is the API's public base URL; manifests are announced under it (Epoch.manifestUrl).
	PublicURL string `toml:"public_url"`
	// MaxIndexerSilence is how long the indexer may go without reading the chain's head before the
	// API's /readyz fails (0: never); without chain.ws it must exceed chain.poll_interval.
	MaxIndexerSilence Duration `toml:"max_indexer_silence"`
	// MaxReplicaLag is how far behind its primary the replica the API reads (database.read_url) may
	// be before /readyz fails, so a balancer takes the process out until the replica catches up
	// (default 30s; 0 never fails readiness on lag).
	MaxReplicaLag Duration `toml:"max_replica_lag"`
	// ReplicaWait is how long a request may wait for the replica to replay up to what the client
	// (X-Covey-Min-Lsn) or this process has already seen before it is refused with REPLICA_BEHIND
	// (default 2s).
	ReplicaWait Duration `toml:"replica_wait"`
}

// Proxies parses TrustedProxies (an address alone is a one-address prefix).
func (a API) Proxies() ([]netip.Prefix, error) {
	out := make([]netip.Prefix, 0, len(a.TrustedProxies))
	for _, v := range a.TrustedProxies {
		p, err := netip.ParsePrefix(v)
		if err != nil {
			addr, aerr := netip.ParseAddr(v)
			if aerr != nil {
				return nil, fmt.Errorf("api.trusted_proxies: %q is neither a CIDR nor an address", v)
			}
			p = netip.PrefixFrom(addr, addr.BitLen())
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// Duration reads "5s"-style strings from TOML.
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("duration %q: %w", b, err)
	}
	d.Duration = v
	return nil
}

// MarshalText writes a Go duration string.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Defaults returns the configuration every key falls back to.
func Defaults() Config {
	return Config{
		Chain: Chain{Finality: FinalitySafe, ReorgBound: 128, PollInterval: Duration{2 * time.Second}},
		Indexer: Indexer{
			InitialRange: 2000, MinRange: 1, MaxRange: 100_000, Workers: 4,
			MaxBackoff: Duration{30 * time.Second}, RequestTimeout: Duration{10 * time.Second}, HedgeAfter: Duration{2 * time.Second},
			VerifyBlooms: VerifyBloomsHead,
		},
		Redis:      Redis{Prefix: DefaultRedisPrefix},
		Settlement: Settlement{Policy: "settlement/policy/v1.json", Cron: "*/5 * * * *", ManifestDir: ".covey/manifests"},
		API: API{
			Listen: "127.0.0.1:8080", MaxFirst: 1000, MaxDepth: 12, MaxComplexity: 2000, MaxNodes: 20000,
			MaxBodyBytes: 64 << 10, Timeout: Duration{10 * time.Second}, CacheTTL: Duration{30 * time.Second},
			RateLimitOnRedisError: "local", MaxQueueWait: Duration{time.Second}, WSMaxOperations: 16, WSMaxConnections: 16, WSIdleTimeout: Duration{time.Minute},
			MaxIndexerSilence: Duration{DefaultMaxIndexerSilence},
			MaxReplicaLag:     Duration{30 * time.Second}, ReplicaWait: Duration{2 * time.Second},
		},
		Metrics: Metrics{Listen: DefaultMetricsListen},
	}
}

// Load reads a TOML file over the defaults and refuses unknown keys, so a typo is an error.
func Load(path string) (Config, error) {
	c := Defaults()
	md, err := toml.DecodeFile(path, &c)
	if err != nil {
		return Config{}, fmt.Errorf("reading config %s: %w", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return Config{}, fmt.Errorf("config %s: unknown keys: %s", path, strings.Join(keys, ", "))
	}
	if c.Deployments != "" {
		if err := c.useDeployments(filepath.Dir(path)); err != nil {
			return Config{}, fmt.Errorf("config %s: %w", path, err)
		}
	}
	return c, nil
}

// useDeployments reads the deployments file the config names (a relative path is taken from dir, the
// config file's directory) and takes the contracts and chain id from it.
func (c *Config) useDeployments(dir string) error {
	p := c.Deployments
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	d, err := ReadDeployments(p)
	if err != nil {
		return fmt.Errorf("deployments: %w", err)
	}
	if len(c.Contracts) > 0 {
		return fmt.Errorf("deployments = %q and [contracts] both set: keep one (the deployments file is written from the broadcast)", c.Deployments)
	}
	if c.Chain.ID != 0 && c.Chain.ID != d.ChainID {
		return fmt.Errorf("chain.id %d, but %s is a deployment on chain %d", c.Chain.ID, p, d.ChainID)
	}
	if len(d.Contracts) == 0 {
		return fmt.Errorf("deployments: %s lists no contract", p)
	}
	c.Chain.ID = d.ChainID
	c.Contracts = d.Contracts
	c.Deployment = &d
	return nil
}

// Validate says what to fix in a configuration before anything starts.
func (c Config) Validate() error {
	var errs []error
	if c.Chain.ID <= 0 {
		errs = append(errs, errors.New("chain.id must be set (8453 Base, 84532 Base Sepolia, 31337 devnet)"))
	}
	if len(c.Chain.RPC) == 0 {
		errs = append(errs, errors.New("chain.rpc: at least one RPC URL is needed (or --rpc URL)"))
	}
	switch c.Chain.Finality {
	case FinalityFinalized, FinalitySafe, FinalityLatest:
	default:
		errs = append(errs, fmt.Errorf("chain.finality %q: use finalized, safe or latest", c.Chain.Finality))
	}
	if c.Chain.ReorgBound == 0 {
		errs = append(errs, errors.New("chain.reorg_bound must be > 0"))
	}
	for _, name := range []string{Staking, TaskArena, Marketplace, RewardsDistributor} {
		ct, ok := c.Contracts[name]
		if !ok || ct.Address == (common.Address{}) {
			errs = append(errs, fmt.Errorf("contracts.%s.address is missing", name))
		}
	}
	for name := range c.Contracts {
		if !knownContract(name) {
			errs = append(errs, fmt.Errorf("contracts.%s: unknown contract (known: FlockToken, Staking, TaskArena, Marketplace, RewardsDistributor, FLAlliance)", name))
		}
	}
	if c.Indexer.MinRange == 0 || c.Indexer.MinRange > c.Indexer.MaxRange || c.Indexer.InitialRange < c.Indexer.MinRange || c.Indexer.InitialRange > c.Indexer.MaxRange {
		errs = append(errs, fmt.Errorf("indexer ranges: need 1 <= min_range (%d) <= initial_range (%d) <= max_range (%d)", c.Indexer.MinRange, c.Indexer.InitialRange, c.Indexer.MaxRange))
	}
	switch c.Indexer.VerifyBlooms {
	case "", VerifyBloomsAll, VerifyBloomsHead, VerifyBloomsOff:
	default:
		errs = append(errs, fmt.Errorf("indexer.verify_blooms %q: use all, head or off", c.Indexer.VerifyBlooms))
	}
	if c.Indexer.HedgeAfter.Duration < 0 {
		errs = append(errs, errors.New("indexer.hedge_after must be >= 0 (0 turns hedging off)"))
	}
	if c.Indexer.Workers < 1 {
		errs = append(errs, errors.New("indexer.workers must be >= 1"))
	}
	if l := c.Metrics.Listen; l != "" && l != "off" {
		if _, _, err := net.SplitHostPort(l); err != nil {
			errs = append(errs, fmt.Errorf("metrics.listen %q: want host:port (default %s) or \"off\": %w", l, DefaultMetricsListen, err))
		}
	}
	if !validRedisPrefix(c.Redis.Prefix) {
		errs = append(errs, fmt.Errorf("redis.prefix %q: use letters, digits, '-', '_', '.' or ':' ending in ':' (default %q)", c.Redis.Prefix, DefaultRedisPrefix))
	}
	if c.Database.ReadURL != "" && c.Database.URL == "" {
		errs = append(errs, errors.New("database.read_url is a replica of database.url: set database.url (the primary) too"))
	}
	errs = append(errs, c.API.validate()...)
	// Without chain.ws the indexer reads the head once a poll_interval; with it, at every new block too.
	if s := c.API.MaxIndexerSilence.Duration; s < 0 || (s > 0 && c.Chain.WS == "" && s <= c.Chain.PollInterval.Duration) {
		errs = append(errs, fmt.Errorf("api.max_indexer_silence %s: use 0 (no check) or more than chain.poll_interval (%s), which is how often a live indexer reads the head without chain.ws", s, c.Chain.PollInterval.Duration))
	}
	return errors.Join(errs...)
}

// DefaultMaxIndexerSilence is api.max_indexer_silence's default: far above the poll interval and the
// indexer's longest backoff after a failed step (indexer.max_backoff, 30 s), so only an indexer that
// stopped (or can no longer read the chain or write) makes /readyz fail.
const DefaultMaxIndexerSilence = 2 * time.Minute

// validate checks the [api] keys that cannot be passed through as they are.
// DevnetChainID is anvil's chain id: the one chain whose API may leave cors_origins empty.
const DevnetChainID = 31337

// DevnetOrigins are the browser origins the devnet's API allows: a dApp under development on any
// local port.
var DevnetOrigins = []string{"http://localhost:*", "http://127.0.0.1:*"}

// ValidateServe is what serving the API needs beyond Validate: off the devnet, the browser origins
// must be named (an indexer or settlement process does not need them).
func (c Config) ValidateServe() error {
	if len(c.API.CORSOrigins) == 0 && c.Chain.ID != DevnetChainID {
		return errors.New(`api.cors_origins: name the origins of the dApps that may use the API from a browser, e.g. ["https://app.example"] (["*"] for any page)`)
	}
	return nil
}

func (a API) validate() []error {
	var errs []error
	for _, o := range a.CORSOrigins {
		if !validOrigin(o) {
			errs = append(errs, fmt.Errorf(`api.cors_origins: %q is not an origin: use scheme://host[:port], scheme://host:* for any port, or "*"`, o))
		}
	}
	switch a.RateLimitOnRedisError {
	case "local", "open", "closed":
	default:
		errs = append(errs, fmt.Errorf("api.rate_limit_on_redis_error %q: use local, open or closed", a.RateLimitOnRedisError))
	}
	if _, err := a.Proxies(); err != nil {
		errs = append(errs, err)
	}
	if a.MaxInFlight < 0 || a.MaxQueued < 0 || a.MaxQueueWait.Duration <= 0 {
		errs = append(errs, errors.New("api: max_in_flight and max_queued must be >= 0 (0: derived), max_queue_wait > 0"))
	}
	if a.MaxReplicaLag.Duration < 0 || a.ReplicaWait.Duration < 0 {
		errs = append(errs, errors.New("api: max_replica_lag and replica_wait must be >= 0"))
	}
	if a.RateLimit < 0 || a.WSMaxOperations < 1 || a.WSMaxConnections < 1 || a.WSIdleTimeout.Duration <= 0 {
		errs = append(errs, errors.New("api: rate_limit_per_minute must be >= 0, ws_max_operations and ws_max_connections_per_client >= 1, ws_idle_timeout > 0"))
	}
	return errs
}

// validOrigin accepts "*", scheme://host[:port] and scheme://host:* (no path, no trailing slash).
func validOrigin(o string) bool {
	if o == "*" {
		return true
	}
	u, err := url.Parse(strings.Replace(o, ":*", "", 1))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.Path == "" &&
		u.RawQuery == "" && u.Fragment == "" && u.User == nil && strings.Count(o, "*") <= 1 && (!strings.Contains(o, "*") || strings.HasSuffix(o, ":*"))
}

func knownContract(name string) bool {
	switch name {
	case FlockToken, Staking, TaskArena, Marketplace, RewardsDistributor, FLAlliance:
		return true
	}
	return false
}

// StartBlock is the lowest start block over the configured contracts: where indexing begins.
func (c Config) StartBlock() uint64 {
	first := true
	var min uint64
	for _, ct := range c.Contracts {
		if first || ct.StartBlock < min {
			min, first = ct.StartBlock, false
		}
	}
	return min
}
