package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/graphql"
	"github.com/covey-labs/covey/indexer"
	"github.com/covey-labs/covey/internal/notify"
	"github.com/covey-labs/covey/settlement"
	"github.com/covey-labs/covey/settlement/engine"
	"github.com/covey-labs/covey/settlement/policy"
)

// DefaultPolicyPath is the policy file shipped in the binary; it is used when that path is not on disk.
const DefaultPolicyPath = "settlement/policy/v1.json"

// Indexer is an indexer on the indexer's pool that announces its heads on Redis when there is one.
// The caller runs and closes it.
func (e *Env) Indexer(ctx context.Context, opts ...indexer.Option) (*indexer.Indexer, error) {
	pool, err := e.DB(ctx, Indexer)
	if err != nil {
		return nil, err
	}
	rdb, err := e.Redis(ctx)
	if err != nil {
		return nil, err
	}
	base := []indexer.Option{indexer.WithLogger(e.log)}
	if rdb != nil {
		base = append(base, indexer.WithNotifier(notify.Redis{Client: rdb, Prefix: e.Config.Redis.Prefix}))
	}
	return indexer.New(e.Config, pool, append(base, opts...)...)
}

// Policy is the configured settlement policy (settlement.policy; the embedded v1 when the default
// path is not on disk). When the contracts come from a deployments file (the devnet's, or the one
// `covey config from-broadcast` wrote) its genesis and treasury are the deployment's: epoch 0 starts
// with the deployment and residuals go to its treasury.
func (e *Env) Policy() (*engine.Policy, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.policy != nil {
		return e.policy, nil
	}
	path := e.policyPath()
	var data []byte
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		data = b
	case errors.Is(err, os.ErrNotExist) && path == DefaultPolicyPath:
		data = policy.V1
	default:
		return nil, fmt.Errorf("reading policy: %w", err)
	}
	p, err := engine.LoadPolicy(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if d := e.Config.Deployment; d != nil && d.Genesis > 0 {
		p.Genesis = d.Genesis
		if d.Treasury != (gethcommon.Address{}) {
			p.Treasury = strings.ToLower(d.Treasury.Hex())
		}
		if err := p.Validate(); err != nil {
			return nil, fmt.Errorf("policy with the deployment's genesis and treasury: %w", err)
		}
	}
	e.policy = p
	return p, nil
}

func (e *Env) policyPath() string {
	if e.Config.Settlement.Policy == "" {
		return DefaultPolicyPath
	}
	return e.Config.Settlement.Policy
}

// Settler settles epochs on the settlement pool, reading block headers through the chain and
// announcing stored epochs on Redis when there is one.
func (e *Env) Settler(ctx context.Context) (*settlement.Settler, error) {
	pol, err := e.Policy()
	if err != nil {
		return nil, err
	}
	pool, err := e.DB(ctx, Settlement)
	if err != nil {
		return nil, err
	}
	rdb, err := e.Redis(ctx)
	if err != nil {
		return nil, err
	}
	chain, err := e.Chain(ctx)
	if err != nil {
		return nil, err
	}
	s := &settlement.Settler{Pool: pool, Policy: pol, PolicyFile: e.policyPath(), ManifestDir: e.Config.Settlement.ManifestDir,
		Source: settlement.Source{ChainID: e.Config.Chain.ID, Finality: e.Config.Chain.Finality, Contracts: e.Config.Contracts, Headers: chain},
		Runner: e.runner(), Log: e.log}
	if rdb != nil {
		s.Notifier = notify.Redis{Client: rdb, Prefix: e.Config.Redis.Prefix}
	}
	return s, nil
}

func (e *Env) runner() string {
	if e.opts.Runner != "" {
		return e.opts.Runner
	}
	host, _ := os.Hostname()
	return fmt.Sprintf("%s/%d", host, os.Getpid())
}

// Publisher proposes and accepts roots on the configured RewardsDistributor, signing with signer.
func (e *Env) Publisher(ctx context.Context, signer *settlement.Signer) (*settlement.Publisher, error) {
	dist, ok := e.Config.Contracts[config.RewardsDistributor]
	if !ok {
		return nil, errors.New("contracts.RewardsDistributor is not configured")
	}
	pool, err := e.DB(ctx, Settlement)
	if err != nil {
		return nil, err
	}
	chain, err := e.Chain(ctx)
	if err != nil {
		return nil, err
	}
	pol, err := e.Policy()
	if err != nil {
		return nil, err
	}
	policyHash, err := pol.Hash()
	if err != nil {
		return nil, err
	}
	// The publisher checks itself: each epoch is re-derived on the chain path before it is proposed.
	logs, err := e.ChainLogs()
	if err != nil {
		return nil, err
	}
	check := settlement.NewSelfCheck(pool, e.Config.Chain.ID, chain, logs, dist.Address, policyHash, e.Config.Contracts)
	check.Verifier.Log = e.log
	return &settlement.Publisher{Pool: pool, Client: chain, ChainID: e.Config.Chain.ID, Distributor: dist.Address, Signer: signer,
		Check: check, PollInterval: e.Config.Chain.PollInterval.Duration, Log: e.log}, nil
}

// Locker is the deployment's settlement lock: Redis when there is one, else a Postgres advisory lock,
// so one replica settles at a time.
func (e *Env) Locker(ctx context.Context) (settlement.Locker, error) {
	rdb, err := e.Redis(ctx)
	if err != nil {
		return nil, err
	}
	if rdb != nil {
		return settlement.RedisLocker{Client: rdb, Prefix: e.Config.Redis.Prefix, Log: e.log}, nil
	}
	pool, err := e.DB(ctx, Settlement)
	if err != nil {
		return nil, err
	}
	return settlement.PgLocker{Pool: pool}, nil
}

// Scheduler settles on settlement.cron under Locker. It only settles: set Publisher with Propose
// and/or Accept to publish too.
func (e *Env) Scheduler(ctx context.Context) (*settlement.Scheduler, error) {
	settler, err := e.Settler(ctx)
	if err != nil {
		return nil, err
	}
	locker, err := e.Locker(ctx)
	if err != nil {
		return nil, err
	}
	return &settlement.Scheduler{Settler: settler, Spec: e.Config.Settlement.Cron, Locker: locker, Log: e.log}, nil
}

// API is the GraphQL server on the API's own read-only pool, with Redis (cache, notifications, rate
// limit) when there is one. With database.read_url the pool is on the replica and the server also
// gets the small primary pool it measures the replica against. The caller runs it.
func (e *Env) API(ctx context.Context) (*graphql.Server, error) {
	pool, err := e.DB(ctx, API)
	if err != nil {
		return nil, err
	}
	var primary *pgxpool.Pool
	if e.Config.Database.ReadURL != "" {
		if primary, err = e.DB(ctx, APIPrimary); err != nil {
			return nil, err
		}
	}
	rdb, err := e.Redis(ctx)
	if err != nil {
		return nil, err
	}
	c := e.Config
	if err := c.ValidateServe(); err != nil {
		return nil, fmt.Errorf("invalid configuration: %w", err)
	}
	proxies, err := c.API.Proxies()
	if err != nil {
		return nil, err
	}
	contracts := make(map[string]gethcommon.Address, len(c.Contracts))
	for name, ct := range c.Contracts {
		contracts[name] = ct.Address
	}
	return graphql.NewServer(pool, graphql.Options{
		ChainID:               c.Chain.ID,
		Distributor:           c.Contracts[config.RewardsDistributor].Address,
		Contracts:             contracts,
		Redis:                 rdb,
		RedisPrefix:           c.Redis.Prefix,
		MaxFirst:              c.API.MaxFirst,
		MaxDepth:              c.API.MaxDepth,
		MaxComplexity:         c.API.MaxComplexity,
		MaxNodes:              c.API.MaxNodes,
		MaxBodyBytes:          c.API.MaxBodyBytes,
		Timeout:               c.API.Timeout.Duration,
		CacheTTL:              c.API.CacheTTL.Duration,
		RateLimitPerMinute:    c.API.RateLimit,
		RateLimitOnRedisError: c.API.RateLimitOnRedisError,
		TrustedProxies:        proxies,
		MaxInFlight:           c.API.MaxInFlight,
		MaxQueued:             c.API.MaxQueued,
		MaxQueueWait:          c.API.MaxQueueWait.Duration,
		MaxWSOperations:       c.API.WSMaxOperations,
		MaxWSConnsPerClient:   c.API.WSMaxConnections,
		WSIdleTimeout:         c.API.WSIdleTimeout.Duration,
		CORSOrigins:           c.API.CORSOrigins,
		PublicURL:             c.API.PublicURL,
		MaxIndexerSilence:     c.API.MaxIndexerSilence.Duration,
		Primary:               primary,
		MaxReplicaLag:         c.API.MaxReplicaLag.Duration,
		ReplicaWait:           c.API.ReplicaWait.Duration,
		Logger:                e.log,
	})
}
