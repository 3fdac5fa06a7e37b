package graphql

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// post sends a GraphQL request and returns the status and decoded body.
func (e *testEnv) post(t testing.TB, query string, vars map[string]any) (int, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return e.raw(t, "application/json", body)
}

// postOp posts a document and the operation to run.
func (e *testEnv) postOp(t testing.TB, query, operationName string) (int, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "operationName": operationName})
	return e.raw(t, "application/json", body)
}

func (e *testEnv) raw(t testing.TB, contentType string, body []byte) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(e.http.URL+"/graphql", contentType, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("response is not JSON (%d): %s", resp.StatusCode, b)
	}
	return resp.StatusCode, out
}

// data posts a query that must succeed and returns its data.
func (e *testEnv) data(t testing.TB, query string, vars map[string]any) map[string]any {
	t.Helper()
	code, out := e.post(t, query, vars)
	if code != 200 || out["errors"] != nil {
		t.Fatalf("query failed (%d): %v\n%s", code, out["errors"], query)
	}
	return out["data"].(map[string]any)
}

// TestGolden runs every testdata/golden/*.graphql (variables in a sibling .vars.json) and
// compares the whole response with the .json next to it.
func TestGolden(t *testing.T) {
	env := newEnv(t, Options{})
	files, _ := filepath.Glob("testdata/golden/*.graphql")
	if len(files) == 0 {
		t.Fatal("no golden queries")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".graphql")
		t.Run(name, func(t *testing.T) {
			q, _ := os.ReadFile(f)
			var vars map[string]any
			if b, err := os.ReadFile(strings.TrimSuffix(f, ".graphql") + ".vars.json"); err == nil {
				if err := json.Unmarshal(b, &vars); err != nil {
					t.Fatal(err)
				}
			}
			_, out := env.post(t, string(q), vars)
			got, _ := json.MarshalIndent(out, "", "  ")
			got = append(got, '\n')
			want := strings.TrimSuffix(f, ".graphql") + ".json"
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("no golden file (run with -update): %v", err)
			}
			if !bytes.Equal(exp, got) {
				t.Errorf("response differs from %s:\n%s", want, got)
			}
		})
	}
}
