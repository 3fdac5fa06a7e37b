package graphql

import (
	"context"
	"io"
	"log/slog"
	"net"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/bench/apiseed"
	"github.com/covey-labs/covey/internal/pgtest"
)

// BenchmarkClaimQueryReplica is BenchmarkClaimQuery (cache off) on a primary and its streaming
// replica (pgtest.NewReplicated, a system PostgreSQL): on=primary serves from the primary as
// without database.read_url; on=replica reads the replica with Options.Primary set, so each claim
// runs in a snapshot (BEGIN, the WAL position, the claim, ROLLBACK) and is held to the process's
// watermark. COVEY_BENCH_ACCOUNTS sets the size (default 100,000).
//
//	go test -run '^$' -bench ClaimQueryReplica -benchtime 20000x ./graphql/
func BenchmarkClaimQueryReplica(b *testing.B) {
	rp := pgtest.NewReplicated(b)
	n := benchAccounts(b)
	start := time.Now()
	if _, err := apiseed.Ensure(context.Background(), rp.PrimaryURL, testChain, n); err != nil {
		b.Fatal(err)
	}
	rp.WaitReplayed(b, rp.Replica)
	b.Logf("seeded %d accounts and replicated them in %s", n, time.Since(start).Round(time.Millisecond))
	primary := benchAPIPool(b, rp.PrimaryURL)
	replica := benchAPIPool(b, rp.ReplicaURL)
	b.Run("on=primary", func(b *testing.B) {
		runLoad(b, primary, benchServe(b, primary, Options{}), nil, claimQuery(n))
	})
	b.Run("on=replica", func(b *testing.B) {
		runLoad(b, replica, benchServe(b, replica, Options{Primary: primaryPool(b, rp.PrimaryURL)}), nil, claimQuery(n))
	})
}

// benchAPIPool is url's pool configured as covey serve's API pool (8 connections).
func benchAPIPool(b *testing.B, url string) *pgxpool.Pool {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		b.Fatal(err)
	}
	ConfigurePool(cfg, 5*time.Second)
	cfg.MaxConns = 8
	p, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(p.Close)
	return p
}

// benchServe serves the API on pool with opts (no cache) on a loopback listener.
func benchServe(b *testing.B, pool *pgxpool.Pool, opts Options) string {
	opts.ChainID, opts.CacheTTL = testChain, -1
	opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	srv, err := NewServer(pool, opts)
	if err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = srv.Serve(ctx, ln); close(done) }()
	b.Cleanup(func() { cancel(); <-done })
	return "http://" + ln.Addr().String() + "/graphql"
}
