package load

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
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
		w.Write([]byte(`{"data":{"v":` + string(mustJSON(req.Variables["v"])) + `}}`))
	}))
	defer srv.Close()
	ctx := context.Background()
	ok, err := Run(ctx, Options{URL: srv.URL, Queries: []Query{{Name: "good", Query: "{ good }", Variables: []map[string]any{{"v": 1}, {"v": 2}}}},
		Concurrency: 4, Duration: 300 * time.Millisecond, Warmup: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if ok.Requests == 0 || ok.Errors != 0 || ok.PerSecond <= 0 || ok.P99 < ok.P50 {
		t.Fatalf("good run: %+v", ok)
	}
	if n.Load() < ok.Requests {
		t.Fatalf("server saw %d requests, run counted %d", n.Load(), ok.Requests)
	}
	bad, err := Run(ctx, Options{URL: srv.URL, Queries: []Query{{Name: "bad", Query: "{ bad }"}}, Concurrency: 2, Duration: 200 * time.Millisecond, Warmup: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if bad.Errors == 0 || bad.Errors != bad.Requests || !strings.Contains(bad.SampleError, "no") {
		t.Fatalf("bad run: %+v", bad)
	}
}

func TestRunRefusesNonLoopback(t *testing.T) {
	if _, err := Run(context.Background(), Options{URL: "http://192.0.2.1/graphql", Queries: []Query{{Query: "{a}"}}}); err == nil {
		t.Fatal("a non-loopback target was accepted")
	}
}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }
