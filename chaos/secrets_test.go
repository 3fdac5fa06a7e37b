package chaos

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestRPCKeysNeverLeak (issue 17 item 3): an RPC provider's key in the URL's path and query reaches
// none of the places an operator or an API client reads. `covey index` runs with that RPC and a second
// one that is down (its URL carrying the same key), serving /metrics; then `covey settle` meets a proxy
// that answers header reads with an error quoting the URL it was asked on, so the failure is stored in
// settlement_runs.error; then `covey serve` answers settlementRuns. The key is in none of: the
// processes' output (logs and the final error), settlement_runs.error, the GraphQL answer, /metrics.
// Without redaction the indexer logged the down RPC's URL, and the settle failure was stored, served
// and printed with the key.
func TestRPCKeysNeverLeak(t *testing.T) {
	seed, e, dn, db := devnetWithDatabase(t)
	dn.simulate(t, 12, 1, seed)
	const pathKey, queryKey = "PATHKEYf00dfeed1234", "QUERYKEYbeefcafe5678"
	px := newRPCProxy(t, dn.d.RPCURL)
	rpcs := []string{"--rpc", fmt.Sprintf("http://127.0.0.1:%d/v3/%s?apikey=%s", freePort(t), pathKey, queryKey),
		"--rpc", px.url + "/v2/" + pathKey + "?apikey=" + queryKey}
	seen := map[string]string{}

	metricsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	ix := e.start(append([]string{"index", "--metrics", metricsAddr}, rpcs...)...)
	head := dn.head(t)
	if err := waitFor(time.Minute, func() (bool, error) {
		n, _, ok := cursorOf(context.Background(), db.pool)
		return ok && n >= head, fmt.Errorf("indexed %d, head %d\n%s", n, head, lastLines(ix.output(), 10))
	}); err != nil {
		t.Fatal(err)
	}
	seen["/metrics"] = httpText(t, "http://"+metricsAddr+"/metrics")
	ix.kill()
	seen["covey index's output"] = ix.output()

	px.setPolicy(func(methods []string) fault {
		if contains(methods, "eth_getBlockByNumber") {
			return fault{kind: faultEchoURL}
		}
		return fault{}
	})
	out, err := e.try(append([]string{"settle", "--epoch", "0"}, rpcs...)...)
	if err == nil {
		t.Fatalf("covey settle succeeded while every header read failed:\n%s", lastLines(out, 10))
	}
	seen["covey settle's output"] = out
	var stored string
	if err := db.pool.QueryRow(context.Background(), `SELECT coalesce(string_agg(error, E'\n'), '') FROM settlement_runs WHERE status = 'failed'`).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stored, "timed out") {
		t.Fatalf("the failed settlement is not stored with its error: %q\n%s", stored, lastLines(out, 10))
	}
	seen["settlement_runs.error"] = stored
	px.setPolicy(nil)

	listen := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	srv := e.start(append([]string{"serve", "--listen", listen}, rpcs...)...)
	var res gqlResult
	if err := waitFor(time.Minute, func() (bool, error) {
		res = gql("http://"+listen+"/graphql", `{ settlementRuns(status: "failed") { nodes { epoch error } } }`, nil)
		return res.ok() && strings.Contains(string(res.Data), "timed out"), fmt.Errorf("%s", res)
	}); err != nil {
		t.Fatal(err)
	}
	seen["the GraphQL answer"] = string(res.Data)
	srv.kill()
	seen["covey serve's output"] = srv.output()

	for where, text := range seen {
		for _, key := range []string{pathKey, queryKey} {
			if i := strings.Index(text, key); i >= 0 {
				t.Errorf("the RPC key reached %s: …%s…", where, text[max(0, i-120):min(len(text), i+40)])
			}
		}
	}
	t.Logf("stored error: %s", stored)
}

// httpText GETs url and returns the body.
func httpText(t testing.TB, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
