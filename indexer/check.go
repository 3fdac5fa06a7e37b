package indexer

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgretry"
)

// Check refuses a configuration that cannot work, saying what to fix: unreachable RPCs, an RPC serving
// another chain, a start block after the head, a contract address without code, a finality tag the node
// does not serve, and event tables that do not match the ABIs. Run and RunUntilSynced call it first.
func (ix *Indexer) Check(ctx context.Context) error {
	var errs []error
	reachable := 0
	ids, idErrs := ix.src.ChainIDs(ctx)
	eps := ix.src.Endpoints()
	for i := range ids {
		u := eps[i].Name // no API key from the URL in messages
		id, err := ids[i], idErrs[i]
		if err != nil {
			errs = append(errs, fmt.Errorf("chain.rpc[%d] %s: not reachable: %w", i, u, err))
			continue
		}
		reachable++
		if int64(id) != ix.cfg.Chain.ID {
			return fmt.Errorf("chain.rpc[%d] %s serves chain %d, but chain.id is %d: fix the URL or the chain id", i, u, id, ix.cfg.Chain.ID)
		}
	}
	if reachable == 0 {
		return fmt.Errorf("no RPC reachable: %w", errors.Join(errs...))
	}
	for _, e := range errs {
		ix.log.Warn("rpc endpoint down at start", "err", e)
	}
	latest, err := ix.src.HeaderByTag(ctx, "latest")
	if err != nil {
		return fmt.Errorf("reading the chain head: %w", err)
	}
	if latest == nil {
		return errors.New("reading the chain head: the RPC returned no latest block")
	}
	names := make([]string, 0, len(ix.cfg.Contracts))
	for n := range ix.cfg.Contracts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := ix.cfg.Contracts[n]
		if c.StartBlock > uint64(latest.Number) {
			return fmt.Errorf("contracts.%s.start_block %d is after the chain head %d: wrong chain, RPC or start block", n, c.StartBlock, uint64(latest.Number))
		}
		code, err := ix.src.Code(ctx, c.Address)
		if err != nil {
			return fmt.Errorf("reading code of contracts.%s: %w", n, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("contracts.%s.address %s has no code on chain %d: wrong address or chain", n, c.Address.Hex(), ix.cfg.Chain.ID)
		}
	}
	if ix.cfg.Chain.Finality != config.FinalityLatest || ix.cfg.Chain.FollowUnsafe {
		if ix.cfg.Chain.Finality != config.FinalityLatest {
			h, err := ix.src.HeaderByTag(ctx, ix.cfg.Chain.Finality)
			if err == nil && h == nil {
				err = errors.New("no header")
			}
			if err != nil {
				return fmt.Errorf("chain.finality %q: the RPC does not serve the %q block tag (%w); use finality = \"latest\" with confirmations", ix.cfg.Chain.Finality, ix.cfg.Chain.Finality, err)
			}
		}
	}
	// A connection lost while reading the catalog (a restart, pg_terminate_backend) is waited out;
	// only tables that do not match the ABIs need `covey migrate`.
	var reg *Registry
	err = pgretry.Until(ctx, ix.log, "checking the event tables", func(ctx context.Context) error {
		var bindErr error
		reg, bindErr = ix.all.bind(ctx, ix.pool)
		return bindErr
	})
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("%w (run `covey migrate`)", err)
	}
	// Every known event is fetched; those without a table are kept in raw_logs only.
	ix.reg, ix.topics = reg, ix.all.Topics()
	ix.bloom = newBloomFilter(ix.addrs, ix.topics)
	ix.tables = map[string]*Event{}
	var skipped []string
	for _, e := range reg.events {
		ix.tables[e.Table] = e
	}
	for _, e := range ix.all.events {
		if _, ok := ix.tables[e.Table]; !ok {
			skipped = append(skipped, e.Name)
		}
	}
	ix.log.Info("indexing events", "events", len(reg.events), "raw_logs_only", strings.Join(skipped, ","))
	return nil
}
