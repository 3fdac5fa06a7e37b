package indexer

import (
	"context"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/internal/rpcfault"
)

// TestBlackHoledRPCIsHedged (F2): two RPCs in front of one real anvil, one of them a black hole once
// it answered the start-up check (one silent at start is quarantined by it), the request timeout at
// its 10 s default. With hedging on, every request that started on the black hole
// was also sent to the other RPC once it had gone unanswered for the hedge delay, and none waited for
// the request timeout; the answers went through the usual checks and the database equals a direct
// run. With hedging off the same run still completes (the black-holed requests time out and fail
// over), which also shows the hedged-run assertions can fail.
func TestBlackHoledRPCIsHedged(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(41, 42))
	emitRandom(c, r, 120, 6)
	want := freshDump(t, testConfig(c))
	for _, tc := range []struct {
		name  string
		hedge time.Duration
	}{{"hedged", 2 * time.Second}, {"hedging_off", 0}} {
		t.Run(tc.name, func(t *testing.T) {
			bh, bhURL := rpcfault.NewHangAfterStart(t, c.url)
			cfg := testConfig(c, c.url, bhURL)
			cfg.Indexer.HedgeAfter = config.Duration{Duration: tc.hedge}
			cfg.Indexer.RequestTimeout = config.Duration{Duration: 10 * time.Second}
			reg := prometheus.NewRegistry()
			pool := pgtest.New(t)
			ro := RPCOptions(cfg)
			ro.Registerer = reg
			src, err := chainrpc.Dial(cfg.Chain.RPC, ro)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(src.Close)
			ix := newTestIndexer(t, cfg, pool, WithRegisterer(reg), WithSource(src))
			ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
			defer cancel()
			if err := ix.RunUntilSynced(ctx); err != nil {
				t.Fatal(err)
			}
			diffDumps(t, dump(t, pool), want)

			hedged, _ := labelled(t, reg, "covey_indexer_rpc_hedged_total", "rpc1:")
			timeouts, _ := labelled(t, reg, "covey_indexer_rpc_timeouts_total", "rpc1:")
			quarantines, _ := labelled(t, reg, "covey_indexer_rpc_quarantines_total", "rpc1:")
			goodHedged, _ := labelled(t, reg, "covey_indexer_rpc_hedged_total", "rpc0:")
			asked := src.Endpoints()[1].Asked
			t.Logf("black hole: %d requests swallowed, %d failover requests started on it, %d hedged, %d timed out, %d quarantines; healthy RPC hedged %v times",
				bh.Got.Load(), asked, int(hedged), int(timeouts), int(quarantines), goodHedged)
			if asked == 0 {
				t.Fatal("no request started on the black hole: the scenario did not happen")
			}
			if tc.hedge == 0 {
				if hedged != 0 {
					t.Errorf("hedging off, yet %v requests hedged", hedged)
				}
				if timeouts < 1 {
					t.Errorf("hedging off, yet no request to the black hole waited for the request timeout")
				}
				return
			}
			if timeouts != 0 {
				t.Errorf("%v requests waited for the request timeout on the black hole (want 0: hedged)", timeouts)
			}
			if float64(asked) != hedged {
				t.Errorf("%d requests started on the black hole, %v hedged: want every one hedged", asked, hedged)
			}
			if got := bh.Got.Load(); got < asked {
				t.Errorf("the black hole saw %d requests, fewer than the %d sent to it", got, asked)
			}
			if quarantines < 1 {
				t.Errorf("the black hole lost every hedge and was never quarantined")
			}
		})
	}
}
