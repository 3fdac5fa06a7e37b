package graphql

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestGraphiQLBrowser: Debian's Chromium, headless, loads GraphiQL from a running server with every
// other origin refused, runs a query typed into the editor, and the docs pane shows the schema's
// descriptions; the screenshot is in the test's artifact directory (go test -artifacts keeps it).
func TestGraphiQLBrowser(t *testing.T) {
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("needs Debian's chromium on PATH (apt-get install chromium; make test installs it when it can): not found")
	}
	env := newEnv(t, Options{})
	out := webNode(t, "browser.mjs", env.http.URL+"/", chrome, t.ArtifactDir())
	var got struct {
		Query  string `json:"query"`
		Result struct {
			Data struct {
				Status struct {
					ChainID int `json:"chainId"`
					Indexed struct {
						Number int `json:"number"`
					} `json:"indexed"`
				} `json:"status"`
			} `json:"data"`
			Errors []any `json:"errors"`
		} `json:"result"`
		Docs       map[string]string `json:"docs"`
		External   []string          `json:"external"`
		Errors     []string          `json:"errors"`
		Screenshot string            `json:"screenshot"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	t.Logf("screenshot: %s", got.Screenshot)
	for _, e := range got.Errors {
		t.Errorf("browser: %s", e)
	}
	for _, u := range got.External {
		t.Errorf("the page asked for %s: GraphiQL must load from the server alone", u)
	}
	if s := got.Result.Data.Status; len(got.Result.Errors) > 0 || s.ChainID != testChain || s.Indexed.Number != 10 {
		t.Errorf("query %s from the editor answered %+v, want chainId %d at indexed block 10", got.Query, got.Result, testChain)
	}
	for pane, want := range map[string]string{
		"query":  "Chain and indexing progress as stored by the indexer, and the settlement progress.",
		"status": "Highest block the indexer has stored.",
	} {
		if !strings.Contains(got.Docs[pane], want) {
			t.Errorf("docs pane on %s does not show %q:\n%s", pane, want, got.Docs[pane])
		}
	}
}

// TestGraphiQLServedFromBinary: the page names no other origin, and every file it loads is served
// from the embedded copy, gzipped on request and revalidated by ETag.
func TestGraphiQLServedFromBinary(t *testing.T) {
	env := newEnv(t, Options{})
	get := func(path string, header ...string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, env.http.URL+path, nil)
		for i := 0; i < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := http.DefaultTransport.RoundTrip(req) // no transparent gunzip
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	resp, page := get("/")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET / = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("page CSP %q does not keep it to the server", csp)
	}
	if m := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+`).FindString(string(page)); m != "" {
		t.Errorf("page names another origin: %s", m)
	}
	srcs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(string(page), -1)
	if len(srcs) != 6 {
		t.Fatalf("page loads %d files, want 6 (2 stylesheets, 4 scripts): %q", len(srcs), srcs)
	}
	for _, m := range srcs {
		resp, body := get("/"+m[1], "Accept-Encoding", "gzip")
		if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("GET /%s = %d, Content-Encoding %q", m[1], resp.StatusCode, resp.Header.Get("Content-Encoding"))
			continue
		}
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("%s: %v", m[1], err)
		}
		plain, _ := io.ReadAll(zr)
		want, _ := graphiqlFiles.ReadFile("web/" + m[1])
		if !bytes.Equal(plain, want) || len(want) == 0 {
			t.Errorf("%s: served %d bytes, the embedded file has %d", m[1], len(plain), len(want))
		}
		if resp, _ := get("/"+m[1], "If-None-Match", resp.Header.Get("ETag")); resp.StatusCode != http.StatusNotModified {
			t.Errorf("%s revalidated with its ETag: %d, want 304", m[1], resp.StatusCode)
		}
	}
	for _, path := range []string{"/graphiql/index.html", "/graphiql/missing.js", "/graphiql/vendor", "/graphiql/../graphiql.go"} {
		if resp, _ := get(path); resp.StatusCode == http.StatusOK {
			t.Errorf("GET %s = 200, want nothing", path)
		}
	}
}
