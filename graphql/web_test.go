package graphql

import (
	"testing"

	"github.com/covey-labs/covey/internal/npmtest"
)

// webDir holds the pinned JavaScript side of the API's tests (graphql-js, playwright-core) and
// GraphiQL's builds: web/package.json.
const webDir = "web"

// webNode runs node on a script of web/ with args and returns its standard output, installing web/'s
// pinned packages first when they are missing or stale.
func webNode(t testing.TB, script string, args ...string) []byte {
	t.Helper()
	npmtest.Install(t, webDir)
	return []byte(npmtest.Run(t, webDir, nil, "node", append([]string{script}, args...)...))
}
