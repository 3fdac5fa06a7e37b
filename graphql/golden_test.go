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

// eachGolden runs check as a subtest for every file matching pattern.
func eachGolden(t *testing.T, pattern string, check func(t *testing.T, path string)) {
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Fatalf("no files match %s", pattern)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), filepath.Ext(f)), func(t *testing.T) { check(t, f) })
	}
}

// matchGolden compares got with the file at path, or rewrites the file with -update.
func matchGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	exp, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no golden file (run with -update): %v", err)
	}
	if !bytes.Equal(exp, got) {
		t.Errorf("answer differs from %s:\n%s", path, got)
	}
}

// TestGolden runs every testdata/golden/*.graphql against the base fixture (runGolden).
func TestGolden(t *testing.T) {
	runGolden(t, newEnv(t, Options{}), "testdata/golden/*.graphql")
}

// runGolden runs every query matching pattern (variables in a sibling .vars.json) as a subtest and
// compares the whole response with the .json next to it (-update rewrites them).
func runGolden(t *testing.T, env *testEnv, pattern string) {
	eachGolden(t, pattern, func(t *testing.T, f string) {
		q, vars := goldenRequest(t, f)
		_, out := env.post(t, q, vars)
		got, _ := json.MarshalIndent(out, "", "  ")
		matchGolden(t, strings.TrimSuffix(f, ".graphql")+".json", append(got, '\n'))
	})
}

// goldenRequest reads a golden query and its variables (the .vars.json beside it, if any).
func goldenRequest(t testing.TB, path string) (string, map[string]any) {
	t.Helper()
	q, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var vars map[string]any
	if b, err := os.ReadFile(strings.TrimSuffix(path, ".graphql") + ".vars.json"); err == nil {
		if err := json.Unmarshal(b, &vars); err != nil {
			t.Fatal(err)
		}
	}
	return string(q), vars
}
