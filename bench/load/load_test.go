package load

import (
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunCountsRequestsAndGraphQLErrors(t *testing.T) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		b, _ := io.ReadAll(r.Body)
		var req struct {
			Query     string         `json:"query"`
			Variables map[string]any `json:"variables"`
		}
		_ = json.Unmarshal(b, &req)
		if strings.Contains(req.Query, "bad") {
			w.Write([]byte(`{"data":null,"errors":[{"message":"no"}]}`))
			return
		}
		if req.Variables["v"] == 2.0 {
			w.Header().Set("X-Cache", "HIT")
		}
		if req.Variables["v"] == 3.0 {
			// A chunked answer (flushed before the end) with a large body.
			w.Write([]byte(`{"data":{"v":3,"pad":"`))
			w.(http.Flusher).Flush()
			w.Write([]byte(strings.Repeat("x", 50_000) + `"}}`))
			return
		}
		w.Write([]byte(`{"data":{"v":` + string(mustJSON(req.Variables["v"])) + `}}`))
	}))
	defer srv.Close()
	ctx := context.Background()
	for _, raw := range []bool{false, true} {
		n.Store(0)
		gen := func(r *rand.Rand) []byte {
			return []byte(`{"query":"{ good }","variables":{"v":` + strconv.Itoa(1+r.IntN(3)) + `}}`)
		}
		ok, err := Run(ctx, Options{URL: srv.URL, Raw: raw, Queries: []Query{
			{Name: "good", Query: "{ good }", Variables: []map[string]any{{"v": 1}, {"v": 2}, {"v": 3}}},
			{Name: "generated", Body: gen}},
			Concurrency: 4, Duration: 300 * time.Millisecond, Warmup: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if ok.Requests == 0 || ok.Errors != 0 || ok.PerSecond <= 0 || ok.P99 < ok.P50 || ok.All <= ok.Requests {
			t.Fatalf("raw=%v good run: %+v", raw, ok)
		}
		if ok.CacheHits == 0 || ok.CacheHits >= ok.Requests {
			t.Fatalf("raw=%v: %d cache hits of %d requests, want about a third", raw, ok.CacheHits, ok.Requests)
		}
		if n.Load() < ok.Requests {
			t.Fatalf("raw=%v: server saw %d requests, run counted %d", raw, n.Load(), ok.Requests)
		}
		bad, err := Run(ctx, Options{URL: srv.URL, Raw: raw, Queries: []Query{{Name: "bad", Query: "{ bad }"}}, Concurrency: 2, Duration: 200 * time.Millisecond, Warmup: time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if bad.Errors == 0 || bad.Errors != bad.Requests || !strings.Contains(bad.SampleError, "no") {
			t.Fatalf("raw=%v bad run: %+v", raw, bad)
		}
	}
}

func TestRunRefusesNonLoopback(t *testing.T) {
	if _, err := Run(context.Background(), Options{URL: "http://192.0.2.1/graphql", Queries: []Query{{Query: "{a}"}}}); err == nil {
		t.Fatal("a non-loopback target was accepted")
	}
}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }
