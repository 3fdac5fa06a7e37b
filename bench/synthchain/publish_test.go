package synthchain

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/covey-labs/covey/bench/apiseed"
	"github.com/covey-labs/covey/bench/workload"
	"github.com/covey-labs/covey/graphql"
	"github.com/covey-labs/covey/internal/pgtest"
	"github.com/covey-labs/covey/merkle"
)

// A chain that publishes a real tree's root: covey's indexer indexes its RootAccepted, the tree is
// stored as settlement stores it (apiseed.StoreEpoch), and covey's API then serves claims against
// the indexed root, with proofs that verify (what benchrun's scale section measures over 10M events).
func TestPublishedRootServesClaims(t *testing.T) {
	c := newChain(t, workload.Spec{Events: 2_000, EventsPerBlock: 40})
	leaves := apiseed.Leaves(500, 1)
	tree, err := merkle.Build(leaves)
	if err != nil {
		t.Fatal(err)
	}
	total := new(big.Int)
	for _, l := range leaves {
		total.Add(total, l.Amount)
	}
	block, epoch, err := c.Publish(tree.Root(), total)
	if err != nil {
		t.Fatal(err)
	}
	url := serve(t, c)
	pool := pgtest.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	indexChain(ctx, t, c, url, pool)
	if err := apiseed.StoreEpoch(ctx, pool, workload.ChainID, int64(epoch), int64(block), c.Hash(block).Hex(), leaves, tree); err != nil {
		t.Fatal(err)
	}
	srv, err := graphql.NewServer(pool, graphql.Options{ChainID: workload.ChainID, CacheTTL: -1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer func() { hs.Close(); srv.Close() }()
	for _, i := range []int{0, 7, 499} {
		body := fmt.Appendf(nil, `{"query":%q,"variables":{"a":%q}}`, apiseed.ClaimQuery, apiseed.Addr(i))
		resp, err := http.Post(hs.URL+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err := apiseed.VerifyClaim(raw, epoch, tree.Root(), leaves[i]); err != nil {
			t.Fatalf("account %d: %v", i, err)
		}
	}
}
