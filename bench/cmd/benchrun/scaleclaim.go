package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/bench/apiseed"
	"github.com/covey-labs/covey/bench/synthchain"
	"github.com/covey-labs/covey/bench/workload"
	"github.com/covey-labs/covey/merkle"
)

// scaleEpoch is the settled epoch the scale section's largest synthetic chain ends with, so the
// claim query can be measured over its database: a real tree over bench/apiseed's leaves, whose root
// the chain proposes and accepts (indexed like every other event), and whose tree is stored after the
// backfill as settlement stores it.
type scaleEpoch struct {
	leaves       []merkle.Leaf
	tree         *merkle.Tree
	total        *big.Int
	block, epoch uint64
	hash         string
}

func newScaleEpoch(n int) (*scaleEpoch, error) {
	leaves := apiseed.Leaves(n, 1)
	tree, err := merkle.Build(leaves)
	if err != nil {
		return nil, fmt.Errorf("building the scale section's tree: %w", err)
	}
	total := new(big.Int)
	for _, l := range leaves {
		total.Add(total, l.Amount)
	}
	return &scaleEpoch{leaves: leaves, tree: tree, total: total}, nil
}

// publish makes c end with the epoch's RootProposed and RootAccepted.
func (ep *scaleEpoch) publish(c *synthchain.Chain) error {
	var err error
	if ep.block, ep.epoch, err = c.Publish(ep.tree.Root(), ep.total); err != nil {
		return err
	}
	ep.hash = c.Hash(ep.block).Hex()
	return nil
}

// store writes the epoch's settlement row and tree into the backfilled database at dbURL.
func (ep *scaleEpoch) store(ctx context.Context, dbURL string) error {
	pool, err := pgxpool.New(ctx, dbURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := apiseed.StoreEpoch(ctx, pool, workload.ChainID, int64(ep.epoch), int64(ep.block), ep.hash, ep.leaves, ep.tree); err != nil {
		return err
	}
	_, err = pool.Exec(ctx, "ANALYZE settlement_epochs, leaf_blocks, leaf_ranks, merkle_nodes")
	return err
}

// check asks the API at url for one account's claim and verifies it is the epoch's, with a proof of
// the indexed root: what is measured is a claim that would pay out, not an empty answer.
func (ep *scaleEpoch) check(ctx context.Context, url string) error {
	i := len(ep.leaves) / 3
	body := fmt.Appendf(nil, `{"query":%q,"variables":{"a":%q}}`, apiseed.ClaimQuery, apiseed.Addr(i))
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err := apiseed.VerifyClaim(raw, ep.epoch, ep.tree.Root(), ep.leaves[i]); err != nil {
		return fmt.Errorf("the claim over the synthetic database: %w", err)
	}
	return nil
}
