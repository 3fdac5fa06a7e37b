package graphql

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"testing"
)

// errorCase is one file of testdata/errors: a request and what the server answers it (status,
// media type, body), the answer rewritten by -update.
type errorCase struct {
	Request struct {
		Query         string         `json:"query"`
		OperationName string         `json:"operationName,omitempty"`
		Variables     map[string]any `json:"variables,omitempty"`
		Accept        string         `json:"accept,omitempty"`
	} `json:"request"`
	Status      int    `json:"status"`
	ContentType string `json:"contentType"`
	Body        any    `json:"body"`
}

// TestErrorGolden (docs/api.md's table): each request of testdata/errors gets exactly the recorded
// status, media type and body: parse and validation failures and bad argument or variable values
// are HTTP 400 without data under application/graphql-response+json (200 under application/json),
// with the code, the argument or variable and the list element; a field error under a non-null
// parent nulls the parent; an unknown epoch or task is null without an error.
func TestErrorGolden(t *testing.T) {
	env := newEnv(t, Options{})
	eachGolden(t, "testdata/errors/*.json", func(t *testing.T, f string) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c errorCase
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		body, _ := json.Marshal(map[string]any{"query": c.Request.Query, "operationName": c.Request.OperationName, "variables": c.Request.Variables})
		req, _ := http.NewRequest(http.MethodPost, env.http.URL+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if c.Request.Accept != "" {
			req.Header.Set("Accept", c.Request.Accept)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		c.Status, c.ContentType = resp.StatusCode, resp.Header.Get("Content-Type")
		if err := json.Unmarshal(raw, &c.Body); err != nil {
			t.Fatalf("answer is not JSON: %s", raw)
		}
		got, _ := json.MarshalIndent(c, "", "  ")
		matchGolden(t, f, append(got, '\n'))
	})
}
