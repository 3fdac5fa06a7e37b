package indexer

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/notify"
	"github.com/covey-labs/covey/internal/pgtest"
)

// TestBadConfig: each broken configuration is refused before indexing, saying what to fix, and
// leaves the database untouched.
func TestBadConfig(t *testing.T) {
	c := startAnvil(t)
	pool := pgtest.New(t)
	cases := []struct {
		name   string
		mutate func(*config.Config)
		want   string
		atNew  bool
	}{
		{"no rpc", func(cfg *config.Config) { cfg.Chain.RPC = nil }, "chain.rpc: at least one RPC URL", true},
		{"unknown contract", func(cfg *config.Config) {
			cfg.Contracts["Stakin"] = config.Contract{Address: common.HexToAddress("0x1")}
		}, "contracts.Stakin: unknown contract", true},
		{"missing contract", func(cfg *config.Config) { delete(cfg.Contracts, config.TaskArena) }, "contracts.TaskArena.address is missing", true},
		{"bad ranges", func(cfg *config.Config) { cfg.Indexer.MinRange = 0 }, "indexer ranges", true},
		{"bad verify_blooms", func(cfg *config.Config) { cfg.Indexer.VerifyBlooms = "some" }, "indexer.verify_blooms", true},
		{"wrong chain id", func(cfg *config.Config) { cfg.Chain.ID = 8453 }, "serves chain 31337, but chain.id is 8453", false},
		{"unreachable rpc", func(cfg *config.Config) { cfg.Chain.RPC = []string{"http://127.0.0.1:1"} }, "no RPC reachable", false},
		{"start after head", func(cfg *config.Config) {
			ct := cfg.Contracts[config.Staking]
			ct.StartBlock = 1_000_000
			cfg.Contracts[config.Staking] = ct
		}, "contracts.Staking.start_block 1000000 is after the chain head", false},
		{"no code", func(cfg *config.Config) {
			cfg.Contracts[config.Marketplace] = config.Contract{Address: common.HexToAddress("0x000000000000000000000000000000000000dEaD")}
		}, "contracts.Marketplace.address 0x000000000000000000000000000000000000dEaD has no code", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(c)
			tc.mutate(&cfg)
			ix, err := New(cfg, pool, WithRegisterer(prometheus.NewRegistry()), WithRequestTimeout(300*time.Millisecond))
			if tc.atNew {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("New: err = %v, want %q", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			err = ix.RunUntilSynced(ctx)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			if err := ix.Run(ctx); err == nil {
				t.Fatal("Run accepted a bad config")
			}
		})
	}
	if n := countRows(t, pool, "cursors"); n != 0 {
		t.Fatalf("a refused config wrote %d cursors", n)
	}
}

// TestRunFollowsHeadAndNotifies: Run follows new blocks and announces each head in process, on Redis
// and on Postgres (NOTIFY in the batch transaction, heard through notify.ListenPostgres as the API
// hears it without Redis), and Status reports the index.
func TestRunFollowsHeadAndNotifies(t *testing.T) {
	c := startAnvil(t)
	pool := pgtest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	local, fromPG := notify.NewBroker(), notify.NewBroker()
	sub, pgSub := local.Subscribe(ctx, notify.Head, 31337), fromPG.Subscribe(ctx, notify.Head, 31337)
	listening := make(chan struct{}, 1)
	go notify.ListenPostgres(ctx, pool.Config().ConnConfig.Copy(), 31337, fromPG, func(context.Context, *pgx.Conn) (*notify.HeadEvent, *notify.EpochEvent, error) {
		listening <- struct{}{}
		return nil, nil, nil
	}, slog.Default())
	<-listening
	var notifier notify.Publisher = local
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	defer rdb.Close()
	var redisSub *redis.PubSub
	if err := rdb.Ping(ctx).Err(); err == nil {
		redisSub = rdb.Subscribe(ctx, notify.Channel("", notify.Head, 31337))
		defer redisSub.Close()
		if _, err := redisSub.Receive(ctx); err != nil {
			t.Fatal(err)
		}
		notifier = multiNotifier{local, notify.Redis{Client: rdb}}
	} else {
		t.Logf("no Redis at 127.0.0.1:6379 (%v): checking the in-process notifier only", err)
	}
	ix := newTestIndexer(t, testConfig(c), pool, WithNotifier(notifier))
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()

	c.emit(c.event("FeeSet", uint32(7)))
	head := c.head()
	for name, ch := range map[string]<-chan []byte{"in process": sub, "postgres": pgSub} {
		deadline := time.After(20 * time.Second)
		for {
			var ev notify.HeadEvent
			select {
			case p := <-ch:
				if err := json.Unmarshal(p, &ev); err != nil {
					t.Fatal(err)
				}
			case <-deadline:
				t.Fatalf("%s: no head notification for the new block", name)
			}
			if ev.Block >= head {
				if ev.ChainID != 31337 || !strings.HasPrefix(ev.Hash, "0x") || ev.Time == 0 {
					t.Fatalf("%s: bad head event %+v", name, ev)
				}
				break
			}
		}
	}
	if redisSub != nil {
		rctx, rcancel := context.WithTimeout(ctx, 10*time.Second)
		defer rcancel()
		for {
			msg, err := redisSub.ReceiveMessage(rctx)
			if err != nil {
				t.Fatalf("redis: %v", err)
			}
			var ev notify.HeadEvent
			_ = json.Unmarshal([]byte(msg.Payload), &ev)
			if ev.Block >= head {
				break
			}
		}
	}
	cl, err := rpc.Dial(c.url)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	st, err := Status(ctx, pool, cl)
	if err != nil {
		t.Fatal(err)
	}
	if st.ChainID != 31337 || st.IndexedBlock < head || st.Events["FeeSet"] != 1 || st.LogsTotal != 1 || st.Head < head {
		t.Fatalf("status %+v", st)
	}
	b, _ := json.Marshal(st)
	for _, k := range []string{`"chain_id"`, `"head"`, `"safe"`, `"finalized"`, `"indexed_block"`, `"indexed_block_hash"`, `"logs_total"`, `"events"`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("status JSON lacks %s: %s", k, b)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run after cancel: %v", err)
	}
}

type multiNotifier []notify.Publisher

func (m multiNotifier) Publish(ctx context.Context, topic notify.Topic, chain int64, p []byte) error {
	for _, n := range m {
		if err := n.Publish(ctx, topic, chain, p); err != nil {
			return err
		}
	}
	return nil
}
