package graphql

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestManifestServed: GET /manifests/{epoch}.json answers the exact stored bytes as application/json
// with their keccak256 (the manifestHash) as a strong ETag, cached as immutable; If-None-Match gets a
// 304, HEAD the headers alone; malformed names and unsettled epochs are 404; Epoch.manifestUrl names
// the route, under api.public_url when set.
func TestManifestServed(t *testing.T) {
	env := newEnv(t, Options{})
	// Bytes no JSON encoder would write back as they are (order, spacing, escapes): served verbatim.
	body := []byte(`{"z":"\u00e9 <&>","a":[1, 2],"format":"covey-manifest/2"}`)
	hash := strings.ToLower(crypto.Keccak256Hash(body).Hex())
	if _, err := env.pool.Exec(context.Background(), `UPDATE settlement_epochs SET manifest = $1, manifest_hash = $2 WHERE chain_id = $3 AND epoch = 2`,
		body, hash, testChain); err != nil {
		t.Fatal(err)
	}
	get := func(method, path string, hdr map[string]string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest(method, env.http.URL+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, b
	}
	res, got := get("GET", "/manifests/2.json", nil)
	if res.StatusCode != 200 || !bytes.Equal(got, body) {
		t.Fatalf("GET: %d %q", res.StatusCode, got)
	}
	for k, want := range map[string]string{"Content-Type": "application/json", "ETag": `"` + hash + `"`,
		"Cache-Control": "public, max-age=31536000, immutable", "Content-Length": "57"} {
		if res.Header.Get(k) != want {
			t.Errorf("%s: %q, want %q", k, res.Header.Get(k), want)
		}
	}
	if res, got := get("GET", "/manifests/2.json", map[string]string{"If-None-Match": `"` + hash + `"`}); res.StatusCode != 304 || len(got) != 0 {
		t.Errorf("If-None-Match: %d %q", res.StatusCode, got)
	}
	if res, got := get("HEAD", "/manifests/2.json", nil); res.StatusCode != 200 || len(got) != 0 || res.Header.Get("Content-Length") != "57" {
		t.Errorf("HEAD: %d %q %q", res.StatusCode, got, res.Header.Get("Content-Length"))
	}
	for _, p := range []string{"/manifests/9.json", "/manifests/02.json", "/manifests/2", "/manifests/-1.json", "/manifests/x.json",
		"/manifests/99999999999999999999.json"} {
		if res, _ := get("GET", p, nil); res.StatusCode != 404 {
			t.Errorf("%s: %d, want 404", p, res.StatusCode)
		}
	}
	if res, _ := get("POST", "/manifests/2.json", nil); res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", res.StatusCode)
	}

	url := func(e *testEnv) string {
		d := e.data(t, `{ epoch(number: 2) { manifestUrl } }`, nil)
		return d["epoch"].(map[string]any)["manifestUrl"].(string)
	}
	if u := url(env); u != "/manifests/2.json" {
		t.Errorf("manifestUrl without a public URL: %q", u)
	}
	if u := url(startEnv(t, env.pool, env.queries, Options{PublicURL: "https://api.example.org/"})); u != "https://api.example.org/manifests/2.json" {
		t.Errorf("manifestUrl under the public URL: %q", u)
	}
}
