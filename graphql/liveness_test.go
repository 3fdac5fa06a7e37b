package graphql

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestReadyzFollowsTheIndexerHeartbeat: with MaxIndexerSilence, /readyz answers 503 while the indexer's
// last reading of the head (chain_heads.seen_at) is older than the bound or missing, and 200 again once
// it reads the head anew; status shows the heartbeat and how long ago it was by the database's clock. It
// fails when Ready ignores chain_heads (200 throughout).
func TestReadyzFollowsTheIndexerHeartbeat(t *testing.T) {
	env := newEnv(t, Options{MaxIndexerSilence: 30 * time.Second})
	ctx := context.Background()
	ready := func() (int, string) {
		t.Helper()
		resp, err := http.Get(env.http.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, strings.TrimSpace(string(b))
	}
	seen := func(ago string) {
		t.Helper()
		if _, err := env.pool.Exec(ctx, `UPDATE chain_heads SET seen_at = now() - $1::interval`, ago); err != nil {
			t.Fatal(err)
		}
	}
	for _, step := range []struct {
		ago    string // seen_at = now() - ago; "" deletes the row
		status int
		body   string
	}{
		{"1 second", 200, "ready"},
		{"31 seconds", 503, "indexer silent for 31s (api.max_indexer_silence 30s)"},
		{"0 seconds", 200, "ready"},
		{"", 503, "indexer silent: it never read the chain's head"},
	} {
		if step.ago == "" {
			if _, err := env.pool.Exec(ctx, `DELETE FROM chain_heads`); err != nil {
				t.Fatal(err)
			}
		} else {
			seen(step.ago)
		}
		if code, body := ready(); code != step.status || body != step.body {
			t.Errorf("seen %q ago: /readyz %d %q, want %d %q", step.ago, code, body, step.status, step.body)
		}
	}

	if _, err := env.pool.Exec(ctx, `INSERT INTO chain_heads (chain_id, number, hash, time, safe, finalized, seen_at)
		VALUES ($1, 12, $2, $3, 8, 5, now() - interval '42 seconds')`, testChain, blockHash(12), blockTime(12)); err != nil {
		t.Fatal(err)
	}
	s := env.data(t, `{ status { chainHead { number finality } indexerSeenAt indexerSilentSeconds lagBlocks lagSeconds } }`, nil)["status"].(map[string]any)
	head := s["chainHead"].(map[string]any)
	if head["number"] != 12.0 || head["finality"] != "UNSAFE" || s["lagBlocks"] != 2.0 || s["lagSeconds"] != 4.0 {
		t.Errorf("status %v: want chain head 12 UNSAFE, 2 blocks and 4 s behind it", s)
	}
	silent, seenAt := s["indexerSilentSeconds"].(float64), s["indexerSeenAt"].(float64)
	if silent < 42 || silent > 60 || time.Since(time.Unix(int64(seenAt), 0)) < 41*time.Second {
		t.Errorf("status %v: the indexer was seen 42 s ago", s)
	}
	if code, _ := ready(); code != 503 {
		t.Errorf("seen 42 s ago with a 30 s bound: /readyz %d", code)
	}
}

// TestStatusIsNeverCached: with the Redis response cache on, a query selecting status (directly or in a
// fragment) is answered from the database every time, so its heartbeat moves without a head notification;
// other queries are still cached. It fails when status answers are cached (HIT, the old seen_at).
func TestStatusIsNeverCached(t *testing.T) {
	rdb, prefix := testRedis(t)
	env := newEnv(t, Options{Redis: rdb, RedisPrefix: prefix, CacheTTL: time.Minute})
	for _, q := range []string{`{ status { indexerSeenAt } }`, `query { ...S } fragment S on Query { status { indexerSeenAt } }`} {
		if st, _ := env.getCached(t, q); st != "" {
			t.Fatalf("%s: X-Cache %q on the first read", q, st)
		}
		if _, err := env.pool.Exec(context.Background(), `UPDATE chain_heads SET seen_at = seen_at + interval '7 seconds'`); err != nil {
			t.Fatal(err)
		}
		st, d := env.getCached(t, q)
		if st != "" || d["status"].(map[string]any)["indexerSeenAt"] != float64(fixedNow.Unix()-5+7) {
			t.Fatalf("%s: X-Cache %q, %v after the indexer's next poll", q, st, d)
		}
		if _, err := env.pool.Exec(context.Background(), `UPDATE chain_heads SET seen_at = seen_at - interval '7 seconds'`); err != nil {
			t.Fatal(err)
		}
	}
	if st, _ := env.getCached(t, `{ epochs(first: 1) { nodes { number } } }`); st != "MISS" {
		t.Fatalf("other queries are no longer cached: X-Cache %q", st)
	}
}
