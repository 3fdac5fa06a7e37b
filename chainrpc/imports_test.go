package chainrpc

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImportsNoComponent: the RPC layer is a room of its own that indexer, settlement and graphql all
// may import, so it imports none of covey but its internal helpers (which import nothing of covey).
func TestImportsNoComponent(t *testing.T) {
	for _, dir := range []string{".", "../internal/ctxtime", "../internal/promreg", "../internal/redact"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			pf, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, im := range pf.Imports {
				path, _ := strconv.Unquote(im.Path.Value)
				if strings.HasPrefix(path, "github.com/covey-labs/covey/") && (dir != "." || !strings.HasPrefix(path, "github.com/covey-labs/covey/internal/")) {
					t.Errorf("%s imports %s", f, path)
				}
			}
		}
	}
}
