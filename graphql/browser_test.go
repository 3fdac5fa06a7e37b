package graphql

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/covey-labs/covey/internal/npmtest"
)

// crossOriginReport is what web/crossorigin.mjs saw in the page.
type crossOriginReport struct {
	Query *struct {
		Data struct {
			Status struct {
				ChainID int `json:"chainId"`
			} `json:"status"`
		} `json:"data"`
	} `json:"query"`
	FetchError string   `json:"fetchError"`
	Heads      []int    `json:"heads"`
	WSError    string   `json:"wsError"`
	Console    []string `json:"console"`
	Errors     []string `json:"errors"`
}

// dappPage serves web/dapp.html and graphql-ws's browser build on ip (a loopback address), as a
// dApp's own origin, and returns its URL.
func dappPage(t *testing.T, ip string) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(webDir, "dapp.html"))
	})
	mux.HandleFunc("/graphql-ws.js", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(webDir, "node_modules", "graphql-ws", "umd", "graphql-ws.min.js"))
	})
	ln, err := net.Listen("tcp", ip+":0")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(mux)
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestBrowserCrossOrigin (SECURITY.md, anonymous API client; issue 18.4): Debian's Chromium,
// headless, loads a dApp page from another origin than the API. With the devnet's allow-list
// (http://localhost:*, http://127.0.0.1:*) the page's query passes its CORS preflight and answers,
// and its graphql-ws subscription receives heads; a page from an origin not on the list gets
// neither (the browser sees no CORS header, the server refuses the upgrade). Before, the preflight
// got 405 and the upgrade 403 whatever the configuration.
func TestBrowserCrossOrigin(t *testing.T) {
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("needs Debian's chromium on PATH (apt-get install chromium; make test installs it when it can): not found")
	}
	npmtest.Install(t, webDir)
	env := newEnv(t, Options{CORSOrigins: []string{"http://localhost:*", "http://127.0.0.1:*"}})
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { // heads keep coming, as from the indexer
		for block := int64(11); ctx.Err() == nil; block++ {
			_ = env.srv.PublishHead(ctx, block, blockHash(block), blockTime(block))
			select {
			case <-ctx.Done():
			case <-time.After(200 * time.Millisecond):
			}
		}
	})
	defer func() { cancel(); wg.Wait() }()

	run := func(page string, wantHead bool) crossOriginReport {
		t.Helper()
		arg := map[bool]string{true: "yes", false: "no"}[wantHead]
		out := webNode(t, "crossorigin.mjs", page+"/?api="+env.http.URL, chrome, arg)
		var r crossOriginReport
		if err := json.Unmarshal(out, &r); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		t.Logf("%s: %+v", page, r)
		return r
	}

	allowed := run(dappPage(t, "127.0.0.1"), true)
	for _, e := range allowed.Errors {
		t.Errorf("allowed page: %s", e)
	}
	if allowed.Query == nil || allowed.Query.Data.Status.ChainID != testChain || allowed.FetchError != "" {
		t.Errorf("allowed page's query: %+v, fetch error %q", allowed.Query, allowed.FetchError)
	}
	if len(allowed.Heads) == 0 || allowed.WSError != "" {
		t.Errorf("allowed page's subscription: heads %v, error %q", allowed.Heads, allowed.WSError)
	}

	refused := run(dappPage(t, "127.0.0.2"), false)
	if refused.Query != nil || !strings.Contains(refused.FetchError, "Failed to fetch") {
		t.Errorf("a page from an unlisted origin read the answer: %+v, fetch error %q", refused.Query, refused.FetchError)
	}
	if len(refused.Heads) > 0 || refused.WSError == "" {
		t.Errorf("a page from an unlisted origin subscribed: heads %v, error %q", refused.Heads, refused.WSError)
	}
}
