package graphql

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// TestOriginMatches: an entry is an exact origin, an origin with any port, or "*".
func TestOriginMatches(t *testing.T) {
	for _, c := range []struct {
		pattern, origin string
		want            bool
	}{
		{"https://app.example", "https://app.example", true},
		{"https://app.example", "https://app.example:8443", false},
		{"https://app.example", "http://app.example", false},
		{"http://localhost:*", "http://localhost:3000", true},
		{"http://localhost:*", "http://localhost", true},
		{"http://localhost:*", "https://localhost:3000", false},
		{"http://localhost:*", "http://localhost.evil.example:3000", false},
		{"http://localhost:*", "http://evil.example/http://localhost:3000", false},
		{"http://127.0.0.1:*", "http://127.0.0.2:3000", false},
		{"*", "https://anything.example", true},
	} {
		if got := originMatches(c.pattern, c.origin); got != c.want {
			t.Errorf("%s ~ %s: %v, want %v", c.pattern, c.origin, got, c.want)
		}
	}
}

// TestOneOriginAllowList (SECURITY.md, anonymous API client): CORS and WebSocket upgrades obey the
// same list. A listed origin's preflight gets 204 with the methods and headers, its requests the
// CORS header, its upgrades pass; an unlisted origin's preflight gets 403, its requests no CORS
// header and its upgrades 403; clients without Origin and the API's own origin always pass.
func TestOneOriginAllowList(t *testing.T) {
	env := newEnv(t, Options{CORSOrigins: []string{"http://localhost:*"}})
	do := func(method, origin string, header ...string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(method, env.http.URL+"/graphql", strings.NewReader(limitedQuery))
		req.Header.Set("Content-Type", "application/json")
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		for i := 0; i < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	pre := do(http.MethodOptions, "http://localhost:3000", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type")
	if pre.StatusCode != 204 || pre.Header.Get("Access-Control-Allow-Origin") != "http://localhost:3000" ||
		!strings.Contains(pre.Header.Get("Access-Control-Allow-Methods"), "POST") || pre.Header.Get("Access-Control-Allow-Headers") != "content-type" {
		t.Errorf("listed preflight: %d %v", pre.StatusCode, pre.Header)
	}
	if r := do(http.MethodPost, "http://localhost:3000"); r.StatusCode != 200 || r.Header.Get("Access-Control-Allow-Origin") != "http://localhost:3000" {
		t.Errorf("listed request: %d %v", r.StatusCode, r.Header)
	}
	if r := do(http.MethodOptions, "https://evil.example", "Access-Control-Request-Method", "POST"); r.StatusCode != 403 || r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("unlisted preflight: %d %v", r.StatusCode, r.Header)
	}
	if r := do(http.MethodPost, "https://evil.example"); r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("unlisted request got a CORS header: %v", r.Header)
	}

	dial := func(origin string) (int, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		h := http.Header{}
		if origin != "" {
			h.Set("Origin", origin)
		}
		c, resp, err := websocket.Dial(ctx, strings.Replace(env.http.URL, "http", "ws", 1)+"/graphql",
			&websocket.DialOptions{Subprotocols: []string{wsProtocol}, HTTPHeader: h})
		if err == nil {
			c.Close(websocket.StatusNormalClosure, "")
		}
		if resp == nil {
			return 0, err
		}
		return resp.StatusCode, err
	}
	for origin, want := range map[string]int{
		"http://localhost:5173":            http.StatusSwitchingProtocols,
		"":                                 http.StatusSwitchingProtocols,
		env.http.URL:                       http.StatusSwitchingProtocols, // GraphiQL on the API's own origin
		"https://evil.example":             http.StatusForbidden,
		"http://localhost.evil.example:80": http.StatusForbidden,
	} {
		if got, err := dial(origin); got != want {
			t.Errorf("upgrade from %q: %d (%v), want %d", origin, got, err, want)
		}
	}
}
