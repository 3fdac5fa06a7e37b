package graphql

import (
	"os"
	"os/exec"
	"testing"

	"github.com/covey-labs/covey/internal/npmtest"
)

// TestClientsHandleErrors (docs/api.md): graphql-request, urql and graphql-ws, as a dApp runs them
// (node's test runner, web/errors.test.mjs), get covey's refusals as errors carrying the documented
// codes, status codes and paths, and its data as data.
func TestClientsHandleErrors(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is needed for the client tests")
	}
	npmtest.Install(t, webDir)
	env := newEnv(t, Options{})
	limited := startEnv(t, env.pool, env.queries, Options{RateLimitPerMinute: 1})
	cmd := exec.Command(node, "--test", "--test-reporter=spec", "errors.test.mjs")
	cmd.Dir = webDir
	cmd.Env = append(os.Environ(), "COVEY_API="+env.http.URL, "COVEY_API_LIMITED="+limited.http.URL)
	out, err := cmd.CombinedOutput()
	t.Logf("node --test:\n%s", out)
	if err != nil {
		t.Fatalf("the clients' tests failed: %v", err)
	}
}
