package graphql

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestClaimAfterRootAccepted: once the root of a new epoch is accepted on-chain (indexed, and
// notified as the indexer notifies every indexed head), no replica answers a claim from before
// it: without Redis (no response cache) from the commit on; with Redis, two replicas sharing it,
// from the notification on, though each had the old answer cached (written by the other one). Both
// a plan (plan.go) and graphql-go (a directive keeps the document off plans) are asked.
func TestClaimAfterRootAccepted(t *testing.T) {
	docs := map[string]string{
		"plan":       `query($a: Address!) { claim(account: $a) { epoch acceptedCumulativeAmount proof calldata } }`,
		"graphql-go": `query($a: Address!) { claim(account: $a) @include(if: true) { epoch acceptedCumulativeAmount proof calldata } }`,
	}
	root2, proofs2 := tree3(epoch2Leaves)
	ask := func(t *testing.T, e *testEnv, doc string) (string, map[string]any) {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"query": doc, "variables": map[string]any{"a": bob}})
		resp, err := http.Post(e.http.URL+"/graphql", "application/json", strings.NewReader(string(body)))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out struct {
			Data   map[string]map[string]any `json:"data"`
			Errors []any                     `json:"errors"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out.Errors != nil {
			t.Fatalf("claim: %v %v", err, out.Errors)
		}
		return resp.Header.Get("X-Cache"), out.Data["claim"]
	}
	isEpoch := func(t *testing.T, c map[string]any, epoch int, amount string, proof0 string) {
		t.Helper()
		if c["epoch"] != float64(epoch) || c["acceptedCumulativeAmount"] != amount || c["proof"].([]any)[0] != proof0 {
			t.Fatalf("claim %v, want epoch %d, amount %s, proof starting %s", c, epoch, amount, proof0)
		}
	}
	accept2 := func(t *testing.T, e *testEnv) {
		t.Helper()
		f := &fixture{t: t, pool: e.pool}
		f.exec(`INSERT INTO blocks (chain_id, number, hash, parent_hash, time, finality) VALUES ($1, 11, $2, $3, $4, 'unsafe')`,
			testChain, blockHash(11), blockHash(10), blockTime(11))
		f.ev("ev_root_accepted", 11, 0, distrib, "epoch", "2", "root", root2.Hex(), "total_cumulative", sum(epoch2Leaves).String(),
			"manifest_hash", crypto.Keccak256Hash([]byte("manifest-2")).Hex())
		f.exec(`UPDATE cursors SET block_number = 11, block_hash = $2 WHERE chain_id = $1`, testChain, blockHash(11))
	}
	bobProof1 := "0xc1cd0ec68dec8ffc2af36d58948fa4b978a9eda8e71dec2e607a572f2078b74c" // testdata/golden/claim.json

	t.Run("no redis", func(t *testing.T) {
		env := newEnv(t, Options{})
		for _, doc := range docs {
			_, c := ask(t, env, doc)
			isEpoch(t, c, 1, epoch1Leaves[1].amount.String(), bobProof1)
		}
		accept2(t, env)
		for _, doc := range docs {
			_, c := ask(t, env, doc)
			isEpoch(t, c, 2, epoch2Leaves[1].amount.String(), proofs2[1][0].Hex())
		}
	})

	t.Run("redis, two replicas", func(t *testing.T) {
		rdb, prefix := testRedis(t)
		a := newEnv(t, Options{Redis: rdb, RedisPrefix: prefix, CacheTTL: time.Hour})
		b := startEnv(t, a.pool, &queryCounter{}, Options{Redis: rdb, RedisPrefix: prefix, CacheTTL: time.Hour})
		n := 0
		for _, doc := range docs {
			if st, c := ask(t, a, doc); st != "MISS" {
				t.Fatalf("first answer: %s", st)
			} else {
				isEpoch(t, c, 1, epoch1Leaves[1].amount.String(), bobProof1)
			}
			// a queues its cache write without waiting for it: wait until it is in Redis.
			for i := 0; ; i++ {
				if keys, _ := rdb.Keys(context.Background(), prefix+"cache:*").Result(); len(keys) > n {
					n = len(keys)
					break
				}
				if i > 250 {
					t.Fatal("replica a never wrote its answer to the cache")
				}
				time.Sleep(20 * time.Millisecond)
			}
			if st, c := ask(t, b, doc); st != "HIT" { // written by a, read by b: the cache is shared
				t.Fatalf("replica b: %s", st)
			} else {
				isEpoch(t, c, 1, epoch1Leaves[1].amount.String(), bobProof1)
			}
		}
		ctx := context.Background()
		genKey := prefix + "gen:31337"
		before, _ := rdb.Get(ctx, genKey).Int()
		accept2(t, a)
		if err := a.srv.PublishHead(ctx, 11, blockHash(11), blockTime(11)); err != nil {
			t.Fatal(err)
		}
		// Both replicas bump the generation when the notification reaches them.
		for i := 0; ; i++ {
			if g, _ := rdb.Get(ctx, genKey).Int(); g >= before+2 {
				break
			}
			if i > 250 {
				t.Fatal("the generation was not bumped by both replicas")
			}
			time.Sleep(20 * time.Millisecond)
		}
		for _, e := range []*testEnv{b, a} {
			for _, doc := range docs {
				_, c := ask(t, e, doc)
				isEpoch(t, c, 2, epoch2Leaves[1].amount.String(), proofs2[1][0].Hex())
			}
		}
	})
}
