package settlement

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/internal/pgtest"
)

func testRedis(t *testing.T) *redis.Client {
	t.Helper()
	u := os.Getenv("REDIS_URL")
	if u == "" {
		u = "redis://127.0.0.1:6379/0"
	}
	opt, err := redis.ParseURL(u)
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opt)
	if err := c.Ping(context.Background()).Err(); err != nil {
		t.Fatalf("redis at %s: %v (set REDIS_URL)", u, err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func randPrefix() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return "test:" + hex.EncodeToString(b) + ":"
}

// Two schedulers, each with its own pool, tick concurrently and repeatedly against one database:
// every epoch is settled exactly once, and never even re-checked (the lock, not only the primary
// key, keeps them apart).
func TestSchedulersSettleEachEpochOnce(t *testing.T) {
	rdb := testRedis(t)
	prefix := randPrefix()
	for _, tc := range []struct {
		name   string
		locker func(pool *pgxpool.Pool) Locker
	}{
		{"redis", func(*pgxpool.Pool) Locker { return RedisLocker{Client: rdb, TTL: 5 * time.Second, Prefix: prefix} }},
		{"postgres", func(pool *pgxpool.Pool) Locker { return PgLocker{Pool: pool} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			url := pgtest.NewURL(t)
			setup, err := pgxpool.New(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer setup.Close()
			f := newFixture(t, setup)
			const epochs = 4
			for e := int64(0); e < epochs; e++ {
				f.epochActivity(e)
			}
			f.head(testGenesis + epochs*testL + 61)

			var wg sync.WaitGroup
			errs := make(chan error, 100)
			for r := 0; r < 2; r++ {
				pool, err := pgxpool.New(ctx, url)
				if err != nil {
					t.Fatal(err)
				}
				defer pool.Close()
				s := newSettler(t, pool, "")
				s.Runner = tc.name + "-" + string(rune('a'+r))
				sch := &Scheduler{Settler: s, Spec: "* * * * *", Locker: tc.locker(pool)}
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; i < 5; i++ {
						if _, err := sch.TickOnce(ctx); err != nil {
							errs <- err
						}
					}
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			var rows, stored, rechecks, runners int
			if err := setup.QueryRow(ctx, `SELECT (SELECT count(*) FROM settlement_epochs),
				(SELECT count(*) FROM settlement_runs WHERE kind = 'settle' AND status = 'stored'),
				(SELECT count(*) FROM settlement_runs WHERE kind = 'recheck'),
				(SELECT count(DISTINCT (epoch)) FROM settlement_runs WHERE kind = 'settle' AND status = 'stored')`).Scan(&rows, &stored, &rechecks, &runners); err != nil {
				t.Fatal(err)
			}
			if rows != epochs || stored != epochs || rechecks != 0 || runners != epochs {
				t.Fatalf("settlement_epochs %d, stored settle runs %d (distinct epochs %d), rechecks %d; want %d, %d, %d, 0",
					rows, stored, runners, rechecks, epochs, epochs, epochs)
			}
		})
	}
}

// Without any lock, concurrent settlements of one epoch still store it once: the primary key turns
// the loser into a re-check.
func TestConcurrentSettleWithoutLockStoresOnce(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewURL(t)
	setup, err := pgxpool.New(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer setup.Close()
	f := newFixture(t, setup)
	f.epochActivity(0)
	f.head(testGenesis + testL + 61)
	var wg sync.WaitGroup
	outs := make([]*Outcome, 4)
	for i := range outs {
		pool, err := pgxpool.New(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer pool.Close()
		s := newSettler(t, pool, "")
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			o, err := s.Settle(ctx, 0)
			if err != nil {
				t.Error(err)
			}
			outs[i] = o
		}(i)
	}
	wg.Wait()
	stored, matched := 0, 0
	for _, o := range outs {
		if o == nil {
			continue
		}
		switch o.Status {
		case StatusStored:
			stored++
		case StatusMatched:
			matched++
		}
	}
	if stored != 1 || matched != 3 {
		t.Fatalf("%d stored, %d matched; want 1 and 3", stored, matched)
	}
}

// A Redis lock is released only by its owner: after it expired and another took it, the first
// owner's release leaves the new holder's lock alone; the lost lock's context is cancelled.
func TestRedisLockOwnerOnly(t *testing.T) {
	rdb := testRedis(t)
	ctx := context.Background()
	l := RedisLocker{Client: rdb, TTL: 300 * time.Millisecond, Prefix: randPrefix()}
	held1, release1, ok, err := l.Lock(ctx, "x")
	if err != nil || !ok {
		t.Fatalf("first lock: %v %v", ok, err)
	}
	if _, _, ok, _ := l.Lock(ctx, "x"); ok {
		t.Fatal("second holder got a held lock")
	}
	// Steal it: expire the key and let another owner in.
	rdb.Del(ctx, l.Prefix+"x")
	_, release2, ok, err := l.Lock(ctx, "x")
	if err != nil || !ok {
		t.Fatalf("lock after expiry: %v %v", ok, err)
	}
	select {
	case <-held1.Done():
	case <-time.After(2 * time.Second):
		t.Fatal("the first holder was not told it lost the lock")
	}
	release1()
	if v, _ := rdb.Exists(ctx, l.Prefix+"x").Result(); v != 1 {
		t.Fatal("the old owner's release deleted the new owner's lock")
	}
	release2()
	if v, _ := rdb.Exists(ctx, l.Prefix+"x").Result(); v != 0 {
		t.Fatal("release left the lock behind")
	}
}
