package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/bench/load"
	"github.com/covey-labs/covey/bench/report"
	"github.com/covey-labs/covey/bench/synthchain"
	"github.com/covey-labs/covey/bench/workload"
)

// ---- scale: backfill past what anvil holds ----

func scaleSection(sizes []int, leaves int) *report.Section {
	mib := float64(1 << 20)
	return &report.Section{ID: "scale", Title: fmt.Sprintf("Backfill of %s events on a synthetic chain", joinHuman(sizes)), XLabel: "events",
		What: fmt.Sprintf("`covey index --until-synced` from an empty database at %s events, served by bench/synthchain "+
			"(`benchrun serve -synthetic`) instead of anvil, which holds the whole chain in memory (2 GB a million events): "+
			"each block is generated when asked, from (seed, block number), with the workload's generator and encoding "+
			"(200 events a block, all five contracts; every block a protocol of its own, ids in the block's range). "+
			"The source runs in the harness's process and shares the machine's cores with covey and Postgres. "+
			"Peak RSS is covey's alone; database is pg_database_size after the run (deferred indexes built). "+
			"A slope of 1 on the log–log plot is linear growth. Then `covey serve` (no response cache) over the largest database: "+
			"the GraphQL section's four list queries, one at a time, 32 closed-loop clients (bench/load, on the same cores) for 10 s a run. "+
			"And the claim query over it: the largest chain ends with one more block, in which the distributor proposes and accepts the root of a real tree over "+
			"%s accounts (bench/apiseed's leaves; the synthetic blocks' own roots are random hashes no tree stands behind), indexed with the rest; after the backfill "+
			"the tree is stored as settlement stores it (settlement_epochs, leaf_blocks, leaf_ranks, merkle_nodes: bench/apiseed.StoreEpoch), a claim is checked to verify "+
			"against the indexed root, and `claim(account)` for a uniformly random one of the accounts (every field, as in the API section) is measured the same way.",
			joinHuman(sizes), human(leaves)),
		Columns: []report.Column{{Key: "events_per_s", Header: "events/s"}, {Key: "seconds", Header: "seconds", Digits: 1},
			{Key: "peak_rss", Header: "peak RSS (MiB)", Scale: mib}, {Key: "db_bytes", Header: "database (MiB)", Scale: mib},
			{Key: "db_bytes_per_event", Header: "database bytes/event"},
			{Key: "rps", Header: "requests/s"}, {Key: "p50", Header: "p50 ms", Digits: 1}, {Key: "p99", Header: "p99 ms", Digits: 1}},
		Plot: "lines", PlotKey: "seconds"}
}

// runScale backfills the synthetic chain at every scale size, smallest first, r.runs times each.
func (r *runner) runScale(ctx context.Context, sec *report.Section) error {
	ep, err := newScaleEpoch(r.sizes.Leaves)
	if err != nil {
		return err
	}
	for i, n := range r.sizes.Scale {
		before := loadAvg()
		var publish *scaleEpoch
		if i == len(r.sizes.Scale)-1 {
			publish = ep
		}
		row, err := r.scaleRow(ctx, n, publish)
		if row != nil {
			sec.Rows = append(sec.Rows, row)
		}
		sec.Notes = append(sec.Notes, fmt.Sprintf("%s events: load average %s before, %s after.", human(n), before, loadAvg()))
		if err != nil {
			return err
		}
	}
	if len(r.sizes.Scale) == 0 {
		return nil
	}
	largest := r.sizes.Scale[len(r.sizes.Scale)-1]
	rows, err := r.scaleQueries(ctx, largest, ep)
	sec.Rows = append(sec.Rows, rows...)
	return err
}

// scaleQueries serves the database the last (largest) backfill left with `covey serve` (no response
// cache) and measures the GraphQL section's four list queries over it, then the claim query over
// ep's settled accounts, one query at a time.
func (r *runner) scaleQueries(ctx context.Context, n int, ep *scaleEpoch) ([]*report.Row, error) {
	dbURL, err := r.dbURL(r.coveyDB())
	if err != nil {
		return nil, err
	}
	if err := ep.store(ctx, dbURL); err != nil {
		return nil, err
	}
	params, err := sampleParams(ctx, dbURL, "public")
	if err != nil {
		return nil, fmt.Errorf("sampling query parameters: %w", err)
	}
	w := &workload.Workload{Name: "synthetic", ChainID: workload.ChainID, Contracts: workload.Addresses, StartBlock: 1}
	srv, url, err := r.startCovey(ctx, w, workload.ContractNames())
	if err != nil {
		return nil, err
	}
	defer srv.stop()
	dur := 10 * time.Second
	if r.quick {
		dur = 3 * time.Second
	}
	if err := ep.check(ctx, url); err != nil {
		return nil, err
	}
	queries := append(loadQueries("covey", params), load.Query{Name: fmt.Sprintf("claim (%s settled accounts)", human(len(ep.leaves))),
		Body: apiQueries[0].body(len(ep.leaves))})
	var rows []*report.Row
	for _, q := range queries {
		row := &report.Row{Name: fmt.Sprintf("%s, over %s events", q.Name, human(n)), Command: "covey serve (no cache), 32 clients"}
		rows = append(rows, row)
		r.loadRuns(ctx, row, load.Options{URL: url, Queries: []load.Query{q}, Concurrency: 32, Duration: dur})
		row.Summarize()
	}
	return rows, ctx.Err()
}

// scaleRow backfills the synthetic chain of n events r.runs times; with ep, the chain ends with
// ep's publication.
func (r *runner) scaleRow(ctx context.Context, n int, ep *scaleEpoch) (*report.Row, error) {
	c, err := synthchain.New(r.repo, workload.Spec{Events: n})
	if err != nil {
		return nil, err
	}
	if ep != nil {
		if err := ep.publish(c); err != nil {
			return nil, err
		}
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	url, done, err := c.Serve(sctx, "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	defer func() { stop(); <-done }()
	w := c.Workload()
	fmt.Fprintf(r.log, "   synthetic chain of %s events at %s (blocks %d..%d, head %d)\n", human(n), url, c.StartBlock()+1, c.LastEventBlock(), c.Head())
	row := &report.Row{Name: fmt.Sprintf("covey @ %s", human(n)), Series: "covey (synthetic chain)", X: float64(n),
		Command: "covey index --until-synced (benchrun serve -synthetic -events " + strconv.Itoa(n) + ")"}
	for i := 0; i < r.runs; i++ {
		s, dbURL, err := r.coveyIndex(ctx, w, url, workload.ContractNames(), c.Events())
		if err != nil {
			row.Error = err.Error()
			return row, err
		}
		size, err := databaseBytes(ctx, dbURL)
		if err != nil {
			row.Error = err.Error()
			return row, err
		}
		s["events_per_s"] = float64(c.Events()) / s["seconds"]
		s["per_s"] = s["events_per_s"]
		s["db_bytes"], s["db_bytes_per_event"] = float64(size), float64(size)/float64(n)
		row.Samples = append(row.Samples, s)
		fmt.Fprintf(r.log, "   covey at %s run %d: %.1fs, %.0f events/s, peak RSS %.0f MiB, database %.0f MiB (load %s)\n",
			human(n), i+1, s["seconds"], s["events_per_s"], s["peak_rss"]/(1<<20), float64(size)/(1<<20), loadAvg())
	}
	row.Summarize()
	return row, nil
}

// databaseBytes is pg_database_size of the database at dbURL.
func databaseBytes(ctx context.Context, dbURL string) (int64, error) {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	var n int64
	if err := conn.QueryRow(ctx, `SELECT pg_database_size(current_database())`).Scan(&n); err != nil {
		return 0, fmt.Errorf("database size: %w", err)
	}
	return n, nil
}

// parseSizes reads a comma-separated list of positive sizes.
func parseSizes(list string) ([]int, error) {
	var out []int
	for _, f := range splitList(list) {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}
