package e2e

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/npmtest"
)

var updateDApp = flag.Bool("update", false, "rewrite examples/dapp/src/gql (graphql-codegen's types) from the served schema")

// TestDAppExample runs examples/dapp, the TypeScript client a frontend team would write, against a
// devnet with an accepted root, a following indexer and the API: graphql-codegen regenerates its types
// from the served schema and they must equal the committed ones, tsc type-checks the client against
// them, and node's test runner runs its story (typed rewards and claim query, graphql-ws
// subscriptions, the claim sent with viem). A schema change that breaks the client fails here.
func TestDAppExample(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	root := repoRoot(t)
	app := filepath.Join(root, "examples", "dapp")
	npmtest.Install(t, app)

	e := newEnv(t)
	ctx := context.Background()
	d, client := e.devnetUp()

	e.run("simulate", "--users", "12", "--epochs", "1", "--seed", "5")
	e.run("index", "--until-synced")
	e.acceptEpoch(ctx, client, 0)

	stopIndex := e.start("index")
	defer stopIndex()
	apiPort := freePort(t)
	stopAPI := e.start("serve", "--listen", fmt.Sprintf("127.0.0.1:%d", apiPort))
	defer stopAPI()
	api := fmt.Sprintf("http://127.0.0.1:%d/graphql", apiPort)
	waitHTTP(t, api)

	pool, err := pgxpool.New(ctx, envValue(e.environ, "DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var staker string
	if err := pool.QueryRow(ctx, `SELECT account FROM merkle_leaves WHERE chain_id = $1 AND epoch = 0 AND account <> $2
		ORDER BY cumulative DESC, account LIMIT 1`, d.ChainID, strings.ToLower(d.Treasury.Hex())).Scan(&staker); err != nil {
		t.Fatalf("no staker with a leaf in epoch 0: %v", err)
	}

	// The committed types are what graphql-codegen makes of the served schema today.
	gen := filepath.Join(app, "src", "gql")
	out := gen
	if !*updateDApp {
		out = t.TempDir()
	}
	npmtest.Run(t, app, []string{"COVEY_GRAPHQL_URL=" + api, "COVEY_CODEGEN_OUT=" + out + string(filepath.Separator)}, "npm", "run", "codegen")
	if !*updateDApp {
		sameFiles(t, gen, out, "examples/dapp/src/gql is not what graphql-codegen generates from the served schema: "+
			"run go test ./e2e -run TestDAppExample -update and commit")
	}

	report := npmtest.Run(t, app, []string{"COVEY_GRAPHQL_URL=" + api, "COVEY_RPC_URL=" + d.RPCURL, "COVEY_STAKER=" + staker}, "npm", "test")
	t.Logf("npm test:\n%s", lastLines(report, 12))
}

// sameFiles fails unless the two directories hold the same files with the same bytes.
func sameFiles(t *testing.T, want, got, hint string) {
	t.Helper()
	read := func(dir string) map[string][]byte {
		files := map[string][]byte{}
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			files[rel] = b
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return files
	}
	w, g := read(want), read(got)
	for name, b := range g {
		if wb, ok := w[name]; !ok {
			t.Errorf("%s: new file %s", hint, name)
		} else if !bytes.Equal(wb, b) {
			t.Errorf("%s: %s differs", hint, name)
		}
	}
	for name := range w {
		if _, ok := g[name]; !ok {
			t.Errorf("%s: %s is no longer generated", hint, name)
		}
	}
}
