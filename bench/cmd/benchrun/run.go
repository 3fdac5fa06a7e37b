package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/bench/measure"
	"github.com/covey-labs/covey/bench/report"
	"github.com/covey-labs/covey/bench/tree"
	"github.com/covey-labs/covey/bench/workload"
)

// allSections are the sections, in report order.
var allSections = []string{"backfill", "head", "settlement", "tree", "graphql", "api", "growth", "verify", "scale"}

// defaultSections are what a plain run measures: scale (10M events) is asked for by name.
var defaultSections = allSections[:len(allSections)-1]

type runner struct {
	repo, cache string
	quick       bool
	runs        int
	sizes       sizes
	self        string
	adminURL    string // Postgres URL of a database to connect to for CREATE/DROP DATABASE
	dbName      string
	coveyBin    string
	coveyErr    error
	coveyTables map[string]bool // ev_ tables of the covey binary's schema
	ponder      bool
	ponderRPS   bool // also Ponder with its default RPC limiter
	log         io.Writer
	res         *report.Results
	timeout     time.Duration
	settleBench string
	apiDuration time.Duration
}

// cmdRun runs the selected sections, writing the results after each, then the Markdown report and plots.
func cmdRun(ctx context.Context, args []string) error {
	f, err := parseRunFlags(args)
	if err != nil {
		return err
	}
	r, err := f.runner()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(f.results), 0o755); err != nil {
		return err
	}
	r.startResults()
	r.prepareCovey(ctx)
	r.probeSchema(ctx)
	r.versions(ctx)
	write, err := r.resultsWriter(f)
	if err != nil {
		return err
	}
	if err := r.runSections(ctx, f.want(), write); err != nil {
		return err
	}
	fmt.Fprintf(r.log, "results: %s\n", f.results)
	return writeReport(f.results, f.out, f.plots)
}

// runFlags is benchrun run's command line.
type runFlags struct {
	quick, noPonder, ponderDefault, merge bool
	runs, events, leaves, settleLarge     int
	sections, results, out, plots         string
	dbURL, dbName, coveyBin               string
	growth, scale, settleBench            string
	timeout, apiDuration                  time.Duration
}

func parseRunFlags(args []string) (*runFlags, error) {
	f := &runFlags{}
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.BoolVar(&f.quick, "quick", false, "10× smaller sizes (a few minutes)")
	fs.IntVar(&f.runs, "runs", 3, "runs per measurement (median, min, max)")
	fs.StringVar(&f.sections, "sections", strings.Join(defaultSections, ","), "sections to run (scale only when named)")
	fs.StringVar(&f.results, "results", "", "results file (default bench/results/results.json, quick: bench/results-quick/results.json)")
	fs.StringVar(&f.out, "out", "", "Markdown report (default BENCHMARKS.md, quick: bench/results-quick/BENCHMARKS.md)")
	fs.StringVar(&f.plots, "plots", "", "PNG directory (default: the results file's directory)")
	fs.StringVar(&f.dbURL, "database", envOr("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"), "Postgres admin URL; benchmark databases are created beside it")
	fs.StringVar(&f.dbName, "db-name", "covey_bench", "database (re)created for every backfill run")
	fs.StringVar(&f.coveyBin, "covey", "", "covey binary (default: built from ./cmd/covey into bench/.cache/bin)")
	fs.BoolVar(&f.noPonder, "no-ponder", false, "skip the Ponder peer")
	fs.BoolVar(&f.ponderDefault, "ponder-default-rps", false, "also run Ponder with its RPC rate limiter as shipped (backfill section only)")
	fs.DurationVar(&f.timeout, "timeout", 45*time.Minute, "limit for any single child run")
	fs.IntVar(&f.events, "events", 0, "override the backfill workload size")
	fs.IntVar(&f.leaves, "leaves", 0, "override the tree size")
	fs.IntVar(&f.settleLarge, "settle-large", -1, "accounts of the settlement section's second row (default 10,000,000; quick and 0: none)")
	fs.StringVar(&f.growth, "growth", "", "override the growth steps (comma-separated)")
	fs.StringVar(&f.scale, "scale", "", "override the scale section's sizes (comma-separated events; default 1000000,10000000, quick 100000,1000000)")
	fs.DurationVar(&f.apiDuration, "api-duration", 0, "measured time per run of each API query (default 10s, quick 3s)")
	fs.BoolVar(&f.merge, "merge", false, "keep the other sections of the existing results file: the sections run replace theirs, with a note saying when, at which commit and with which command")
	fs.StringVar(&f.settleBench, "settle-bench", "", "settlement benchmark regexp (default ^BenchmarkSettle1M$; its size is set with COVEY_BENCH_ACCOUNTS)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	return f, nil
}

// runner makes the runner the flags describe, sizes overridden, and fills in the default paths.
func (f *runFlags) runner() (*runner, error) {
	repo, err := workload.FindRepo(".")
	if err != nil {
		return nil, err
	}
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	r := &runner{
		repo: repo, cache: filepath.Join(repo, "bench", ".cache"), quick: f.quick, runs: f.runs, sizes: sizesFor(f.quick),
		self: self, adminURL: f.dbURL, dbName: f.dbName, coveyBin: f.coveyBin, ponder: !f.noPonder, ponderRPS: f.ponderDefault, log: os.Stderr,
		timeout: f.timeout, settleBench: f.settleBench, apiDuration: f.apiDuration,
	}
	if f.events > 0 {
		r.sizes.Events = f.events
	}
	if f.leaves > 0 {
		r.sizes.Leaves = f.leaves
	}
	if f.settleLarge >= 0 {
		r.sizes.SettleLarge = f.settleLarge
	}
	if f.growth != "" {
		if r.sizes.Growth, err = parseSizes(f.growth); err != nil {
			return nil, fmt.Errorf("-growth: %w", err)
		}
	}
	if f.scale != "" {
		if r.sizes.Scale, err = parseSizes(f.scale); err != nil {
			return nil, fmt.Errorf("-scale: %w", err)
		}
	}
	if r.settleBench == "" {
		r.settleBench = "^BenchmarkSettle1M$"
	}
	f.defaultPaths(repo)
	return r, nil
}

// defaultPaths puts the results, report and plots where a full (or quick) run keeps them, unless named.
func (f *runFlags) defaultPaths(repo string) {
	resDir := "bench/results"
	if f.quick {
		resDir = "bench/results-quick"
	}
	if f.results == "" {
		f.results = filepath.Join(repo, resDir, "results.json")
	}
	if f.out == "" {
		f.out = filepath.Join(repo, "BENCHMARKS.md")
		if f.quick {
			f.out = filepath.Join(repo, resDir, "BENCHMARKS.md")
		}
	}
	if f.plots == "" {
		f.plots = filepath.Dir(f.results)
	}
}

// want is the set of sections to run.
func (f *runFlags) want() map[string]bool {
	want := map[string]bool{}
	for _, s := range splitList(f.sections) {
		want[s] = true
	}
	return want
}

// startResults starts the results: the machine and the commands that reproduce them.
func (r *runner) startResults() {
	r.res = &report.Results{Quick: r.quick, Started: time.Now().UTC(), Versions: map[string]string{}}
	r.res.Machine = machine()
	flagsLine := "go run ./bench/cmd/benchrun run"
	if r.quick {
		flagsLine += " -quick"
	}
	r.res.Commands = []string{
		"# everything (what make bench" + map[bool]string{true: "-quick", false: ""}[r.quick] + " runs):",
		fmt.Sprintf("%s -runs %d", flagsLine, r.runs),
		"# pieces, against a served workload (benchrun serve):",
		"go run ./bench/cmd/benchrun workload" + map[bool]string{true: " -quick", false: ""}[r.quick],
		"benchrun floor -workload bench/.cache/<name> -rpc URL -contracts <set>",
		"covey migrate --config bench/.cache/covey-bench.toml && covey index --until-synced --config bench/.cache/covey-bench.toml",
		"node bench/peers/ponder/run.mjs --workload bench/.cache/<name>/workload.json --rpc URL --database postgres://…/covey_bench --contracts <set>",
		"benchrun tree-covey -leaves bench/.cache/tree-leaves-<n>-1.json; node bench/tree/oz-bench.mjs <same file>; benchrun tree-floor -leaves <same file>",
	}
}

// resultsWriter writes the results file: the whole of it, or with -merge the sections run over the
// existing file's, with a note saying when, at which commit and with which command.
func (r *runner) resultsWriter(f *runFlags) (func() error, error) {
	if !f.merge {
		return func() error { return r.res.Write(f.results) }, nil
	}
	base, err := report.Read(f.results)
	if err != nil {
		return nil, fmt.Errorf("-merge: %w", err)
	}
	note := fmt.Sprintf("Re-run alone at covey %s (%s) with `benchrun run -merge -sections %s -runs %d`",
		r.res.Versions["covey"], r.res.Started.Format("2006-01-02 15:04 UTC"), f.sections, r.runs)
	if r.res.Machine.CPUModel != base.Machine.CPUModel || r.res.Machine.Cores != base.Machine.Cores {
		note += fmt.Sprintf(" on %d × %s", r.res.Machine.Cores, r.res.Machine.CPUModel)
	}
	note += "; the other sections are from the run described at the top."
	return func() error { return report.Merge(base, r.res, allSections, note).Write(f.results) }, nil
}

// runSections runs every wanted section in order (a failed one is recorded as skipped, with why) and
// writes the results after each: a crash keeps what was measured.
func (r *runner) runSections(ctx context.Context, want map[string]bool, write func() error) error {
	var bfWorkload *workload.Workload
	for _, id := range allSections {
		sec := r.section(id)
		sec.Size = r.sizeOf(id)
		r.res.Sections = append(r.res.Sections, sec)
		if !want[id] {
			sec.Skipped = report.SkippedNotSelected
			continue
		}
		fmt.Fprintf(r.log, "== %s\n", sec.Title)
		if err := r.runSection(ctx, id, sec, &bfWorkload); err != nil {
			sec.Skipped = err.Error()
			fmt.Fprintf(r.log, "   %s: %v\n", id, err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r.res.Finished = time.Now().UTC()
		if err := write(); err != nil {
			return err
		}
	}
	r.res.Finished = time.Now().UTC()
	return write()
}

// runSection runs one section; the backfill's workload is kept for the sections that serve it again.
func (r *runner) runSection(ctx context.Context, id string, sec *report.Section, bfWorkload **workload.Workload) error {
	var err error
	switch id {
	case "backfill":
		*bfWorkload, err = r.runBackfill(ctx, sec)
	case "head":
		err = r.runHead(ctx, sec)
	case "settlement":
		err = r.runSettlement(ctx, sec)
	case "tree":
		err = r.runTree(ctx, sec)
	case "graphql":
		err = r.runGraphQL(ctx, sec, *bfWorkload)
	case "api":
		err = r.runAPI(ctx, sec)
	case "growth":
		err = r.runGrowth(ctx, sec, *bfWorkload)
	case "verify":
		err = r.runVerify(ctx, sec)
	case "scale":
		err = r.runScale(ctx, sec)
	}
	return err
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// sizeOf is the number of events, accounts or leaves section id runs at (0 for sections of several sizes).
func (r *runner) sizeOf(id string) int {
	switch id {
	case "backfill", "graphql":
		return r.sizes.Events
	case "settlement", "tree", "api":
		return r.sizes.Leaves
	}
	return 0
}

// section returns the empty section id with its title, description and table layout.
func (r *runner) section(id string) *report.Section {
	mib := float64(1 << 20)
	switch id {
	case "backfill":
		return &report.Section{ID: id, Title: "Backfill",
			What: "From an empty database to the head of the workload chain (anvil serving the cached dump). " +
				"covey: `covey index --until-synced`; floor: a bare go-ethereum eth_getLogs sweep with two workers that ABI-decodes every log and discards it; " +
				"Ponder: the npm package (bench/peers/ponder, one row per event, RPC rate limiter opened up) until its /ready. Every contender indexes the same contracts' events; rows are counted after each run. " +
				"covey's and Ponder's seconds run from process start (Ponder's include its ~5–10 s build and migrations); the floor's are its sweep alone. " +
				"Peak RSS is the measured process's own (the largest VmHWM of it and its descendants, sampled every 100 ms from their /proc entries alone; before 2026-11-27 05:00 UTC it was wait4's ru_maxrss, which reported at least the harness's own 151 MiB, and until 08:30 UTC the sampler scanned all of /proc every 50 ms, costing the measured process 6-13% of a core): Postgres and anvil are not counted for anyone.",
			Columns: []report.Column{{Key: "events_per_s", Header: "events/s"}, {Key: "seconds", Header: "seconds", Digits: 1}, {Key: "peak_rss", Header: "peak RSS (MiB)", Scale: mib}},
			Plot:    "bars", PlotKey: "events_per_s"}
	case "head":
		return &report.Section{ID: id, Title: "Head latency",
			What:    "Time from a block being mined to all its events being queryable, with the indexer following the head. Each sample is one block.",
			Columns: []report.Column{{Key: "latency_ms", Header: "latency ms", Digits: 0}},
			Plot:    "bars", PlotKey: "latency_ms"}
	case "settlement":
		return &report.Section{ID: id, Title: fmt.Sprintf("Settlement of %s accounts", joinHuman(r.settleSizes())),
			What: "The settlement package's " + strings.Trim(r.settleBench, "^$") + " (cumulative leaves, the tree, the leaves with their amounts and the tree's nodes stored by COPY in one transaction), " +
				"run as a compiled test binary against the same Postgres with COVEY_BENCH_ACCOUNTS=" + settleAccounts(r.settleSizes()) + " (a row each). " +
				"The epoch pays every account, half of them paid before; the engine's per-account results are generated as settlement reads them (the engine is not measured). " +
				"DB MB/epoch is what the epoch adds to pg_database_size (leaves with their amounts, tree; the breakdown, pools and leaderboards grow with activity on top); " +
				"history MB/epoch is the part kept for every epoch (leaf_blocks and leaf_ranks with their indexes), what the database grows by per epoch once superseded trees are deleted; " +
				"proofs are derived from the tree's nodes, stored once per epoch and kept for the latest accepted epochs only, so their total does not grow with the number of epochs.",
			Columns: []report.Column{{Key: "seconds", Header: "total s", Digits: 2}, {Key: "leaves+tree-s/op", Header: "leaves+tree s", Digits: 2},
				{Key: "store-s/op", Header: "store s", Digits: 2}, {Key: "per_s", Header: "accounts/s"}, {Key: "peak_rss", Header: "peak RSS (MiB)", Scale: mib},
				{Key: "db-MB/epoch", Header: "DB MB/epoch", Digits: 1}, {Key: "history-MB/epoch", Header: "history MB/epoch", Digits: 1},
				{Key: "load", Header: "load (1 min)", Digits: 1}},
			Plot: "bars", PlotKey: "seconds"}
	case "tree":
		return &report.Section{ID: id, Title: fmt.Sprintf("Merkle tree of %s leaves with every proof", human(r.sizes.Leaves)),
			What: "The same leaves (address, uint256) for all: covey's merkle.Build + AllProofs; @openzeppelin/merkle-tree StandardMerkleTree.of + getProof(i) for every leaf (node); " +
				"the keccak floor, the 3n−1 keccak256 such a tree needs, on one core. Parsing the leaves file is not timed.",
			Columns: []report.Column{{Key: "seconds", Header: "total s", Digits: 2}, {Key: "build_s", Header: "build s", Digits: 2}, {Key: "proofs_s", Header: "proofs s", Digits: 2}, {Key: "peak_rss", Header: "peak RSS (MiB)", Scale: mib}},
			Plot:    "bars", PlotKey: "seconds"}
	case "graphql":
		return &report.Section{ID: id, Title: "GraphQL",
			What:    "Requests/s and latency of the same four list queries against `covey serve` and Ponder's generated GraphQL API, each over the database its backfill run left.",
			Columns: []report.Column{{Key: "rps", Header: "requests/s"}, {Key: "p50", Header: "p50 ms", Digits: 1}, {Key: "p90", Header: "p90 ms", Digits: 1}, {Key: "p99", Header: "p99 ms", Digits: 1}},
			Plot:    "bars", PlotKey: "rps"}
	case "api":
		return &report.Section{ID: id, Title: fmt.Sprintf("GraphQL claims, leaderboards and epoch pages over %s settled accounts", human(r.sizes.Leaves)),
			What: "Requests/s and latency of the claim query for random accounts, a leaderboard and an epoch page against `covey serve`, " +
				"without a response cache and with the Redis cache, each at the same load. CPU per request is each process's CPU time over the run " +
				"(/proc) divided by the requests answered: covey serve, the Postgres backends of its pool, redis-server, and the load generator. " +
				"2-core capacity is 2 cores divided by the server side's CPU per request (covey + Postgres + Redis): the requests/s this machine " +
				"could serve with nothing else running and the generator elsewhere; it does not depend on what else shares the machine during the run.",
			Columns: []report.Column{{Key: "rps", Header: "requests/s"}, {Key: "p50", Header: "p50 ms", Digits: 1}, {Key: "p99", Header: "p99 ms", Digits: 1},
				{Key: "hits", Header: "cache hit %"}, {Key: "api_us", Header: "covey µs/req"}, {Key: "pg_us", Header: "Postgres µs/req"},
				{Key: "redis_us", Header: "Redis µs/req"}, {Key: "gen_us", Header: "generator µs/req"}, {Key: "capacity", Header: "2-core capacity req/s"}},
			Plot: "bars", PlotKey: "rps"}
	case "growth":
		return &report.Section{ID: id, Title: "Growth", XLabel: "events / leaves",
			What:    fmt.Sprintf("Wall time at %s events (backfill) and leaves (tree): a slope of 1 on the log–log plot is linear growth.", joinHuman(r.sizes.Growth)),
			Columns: []report.Column{{Key: "seconds", Header: "seconds", Digits: 3}, {Key: "per_s", Header: "events or leaves/s"}, {Key: "peak_rss", Header: "peak RSS (MiB)", Scale: mib}},
			Plot:    "lines", PlotKey: "seconds"}
	case "scale":
		return scaleSection(r.sizes.Scale, r.sizes.Leaves)
	case "verify":
		return &report.Section{ID: id, Title: fmt.Sprintf("Verification from the chain over %s events", human(r.sizes.Events)),
			What: "What `covey verify` and `covey guard` do, with no database, on the backfill workload chain served by anvil (`benchrun verify-chain`): " +
				"cold: a fresh chainload.Reader reads every log of the contracts through the RPC (eth_getLogs, a header per block with logs) and every " +
				"epoch is recomputed in order (engine, cumulative amounts, tree, manifest), as a cold `covey verify` of the last epoch does; incremental: " +
				"the last epoch alone from the state after the one before (its new logs read, the epoch recomputed), as a guard or `covey verify --all` does.",
			Columns: []report.Column{{Key: "seconds", Header: "cold s", Digits: 2}, {Key: "per_s", Header: "cold events/s"},
				{Key: "incremental_s", Header: "incremental s", Digits: 2}, {Key: "incremental_read_s", Header: "of which reading s", Digits: 2},
				{Key: "peak_rss", Header: "peak RSS (MiB)", Scale: mib}},
			Plot: "bars", PlotKey: "seconds"}
	}
	return &report.Section{ID: id, Title: id}
}

// ---- backfill ----

// coveySet is the contracts covey indexes: those whose every event has an ev_ table in the schema the
// covey binary under test migrates to (coveyTables; the text of sql/migrations when covey did not
// build). The floor and Ponder index the same set, so the three count the same events.
func (r *runner) coveySet(w *workload.Workload) ([]string, []string) {
	has := func(table string) bool { return r.coveyTables[table] }
	if r.coveyTables == nil {
		var sqlText strings.Builder
		files, _ := filepath.Glob(filepath.Join(r.repo, "sql", "migrations", "*.sql"))
		for _, f := range files {
			b, _ := os.ReadFile(f)
			sqlText.Write(b)
		}
		s := strings.ToLower(sqlText.String())
		has = func(table string) bool { return strings.Contains(s, table+" ") || strings.Contains(s, table+"(") }
	}
	var in, out []string
	names := make([]string, 0, len(w.Contracts))
	for n := range w.Contracts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ok := true
		for k := range w.EventsByType {
			c, ev, _ := strings.Cut(k, ".")
			if c == n && !has("ev_"+snake(ev)) {
				ok = false
			}
		}
		if ok {
			in = append(in, n)
		} else {
			out = append(out, n)
		}
	}
	return in, out
}

// migratedTables migrates a fresh covey_bench database with the covey binary and lists its ev_ tables.
func (r *runner) migratedTables(ctx context.Context) (map[string]bool, error) {
	dbURL, err := r.benchDB(ctx, r.coveyDB())
	if err != nil {
		return nil, err
	}
	w := &workload.Workload{Name: "schema probe", ChainID: workload.ChainID, Contracts: workload.Addresses}
	var all []string
	for n := range workload.Addresses {
		all = append(all, n)
	}
	sort.Strings(all)
	cfg, err := r.coveyConfig(w, "http://127.0.0.1:1", dbURL, all)
	if err != nil {
		return nil, err
	}
	if _, err := measure.Run(ctx, r.coveyCmd(ctx, "migrate", "--config", cfg)); err != nil {
		return nil, err
	}
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'ev\_%'`)
	if err != nil {
		return nil, err
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, n := range names {
		out[n] = true
	}
	return out, nil
}

var snakeRe1, snakeRe2 = regexp.MustCompile(`([a-z0-9])([A-Z])`), regexp.MustCompile(`([A-Z])([A-Z][a-z])`)

func snake(s string) string {
	return strings.ToLower(snakeRe1.ReplaceAllString(snakeRe2.ReplaceAllString(s, "${1}_${2}"), "${1}_${2}"))
}

func (r *runner) runBackfill(ctx context.Context, sec *report.Section) (*workload.Workload, error) {
	w, err := workload.Ensure(ctx, workload.Spec{Events: r.sizes.Events}, workload.Options{Repo: r.repo, Log: r.log})
	if err != nil {
		return nil, err
	}
	r.res.Workload = &report.Workload{Name: w.Name, Events: w.Events, Blocks: w.Blocks, Txs: w.Txs, StartBlock: w.StartBlock, LastEventBlock: w.LastEventBlock, Head: w.Head,
		EventTypes: len(w.EventsByType), ByContract: w.EventsByContract, BuildSeconds: w.BuildSeconds, StateBytes: w.StateBytes}
	set, left := r.coveySet(w)
	if len(set) == 0 {
		return w, fmt.Errorf("covey has ev_ tables for none of the workload's contracts")
	}
	if len(left) > 0 {
		sec.Notes = append(sec.Notes, fmt.Sprintf("Indexed contracts: %s (%s events). Left out, because covey has no ev_ tables for their events yet: %s (%s events).",
			strings.Join(set, ", "), human(w.EventsFor(set)), strings.Join(left, ", "), human(w.EventsFor(left))))
	}
	rows, err := r.backfillRows(ctx, w, set, true, r.runs)
	sec.Rows = rows
	if r.ponderRPS && r.ponder && err == nil {
		row := &report.Row{Name: "ponder (default RPC limiter)", Command: "node bench/peers/ponder/run.mjs --rps default"}
		err = r.ponderDefaultRows(ctx, w, set, row)
		sec.Rows = append(sec.Rows, row)
	}
	sec.AddRatio("covey/floor events/s", "events_per_s", "covey", "floor", "1 = as fast as fetching and decoding alone")
	sec.AddRatio("covey/Ponder events/s", "events_per_s", "covey", "ponder", "> 1: covey is faster")
	sec.AddRatio("Ponder/covey peak RSS", "peak_rss", "ponder", "covey", "> 1: covey uses less memory")
	return w, err
}

// backfillRows serves w and runs the floor, covey and (if withPonder) Ponder runs times each,
// interleaved so that background noise spreads over all three.
func (r *runner) backfillRows(ctx context.Context, w *workload.Workload, set []string, withPonder bool, runs int) ([]*report.Row, error) {
	t0 := time.Now()
	node, err := workload.Serve(ctx, w, workload.Options{Repo: r.repo})
	if err != nil {
		return nil, err
	}
	defer node.Kill()
	fmt.Fprintf(r.log, "   serving %s at %s (loaded in %.1fs)\n", w.Name, node.URL, time.Since(t0).Seconds())
	expected := w.EventsFor(set)
	floorRow := &report.Row{Name: "floor", Command: "benchrun floor"}
	coveyRow := &report.Row{Name: "covey", Command: "covey index --until-synced"}
	ponderRow := &report.Row{Name: "ponder", Command: "node bench/peers/ponder/run.mjs"}
	rows := []*report.Row{coveyRow, floorRow}
	if withPonder && r.ponder {
		rows = append(rows, ponderRow)
	}
	for i := 0; i < runs; i++ {
		for _, row := range rows {
			if row.Error != "" {
				continue
			}
			var s map[string]float64
			var err error
			switch row.Name {
			case "floor":
				s, err = r.floorOnce(ctx, w, node.URL, set)
			case "covey":
				s, err = r.coveyOnce(ctx, w, node.URL, set)
			case "ponder":
				s, err = r.ponderOnce(ctx, w, node.URL, set, row)
			}
			if err != nil {
				row.Error = err.Error()
				fmt.Fprintf(r.log, "   %s: %v\n", row.Name, err)
				continue
			}
			s["events_per_s"] = float64(expected) / s["seconds"]
			s["per_s"] = s["events_per_s"]
			row.Samples = append(row.Samples, s)
			fmt.Fprintf(r.log, "   %s run %d: %.2fs, %.0f events/s, peak RSS %.0f MiB\n", row.Name, i+1, s["seconds"], s["events_per_s"], s["peak_rss"]/(1<<20))
		}
	}
	for _, row := range rows {
		row.Summarize()
	}
	return rows, ctx.Err()
}

func (r *runner) child(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = r.repo
	cmd.WaitDelay = 10 * time.Second
	return cmd
}

func (r *runner) floorOnce(ctx context.Context, w *workload.Workload, rpc string, set []string) (map[string]float64, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	s, err := measure.Run(ctx, r.child(ctx, r.self, "floor", "-workload", w.Dir, "-rpc", rpc, "-contracts", strings.Join(set, ",")))
	if err != nil {
		return nil, err
	}
	var fr floorResult
	if err := s.JSON(&fr); err != nil {
		return nil, err
	}
	// The sweep's own clock: process start-up (reading ABIs) is not part of the floor.
	return map[string]float64{"seconds": fr.Seconds, "peak_rss": float64(s.PeakRSSBytes), "requests": float64(fr.Requests)}, nil
}

// benchDB drops and recreates the benchmark database and returns its URL.
func (r *runner) benchDB(ctx context.Context, name string) (string, error) {
	conn, err := pgx.Connect(ctx, r.adminURL)
	if err != nil {
		return "", fmt.Errorf("connecting to %s (set -database or BENCH_DATABASE_URL): %w", redact(r.adminURL), err)
	}
	defer conn.Close(ctx)
	id := pgx.Identifier{name}.Sanitize()
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+id+" WITH (FORCE)"); err != nil {
		return "", fmt.Errorf("dropping %s: %w", name, err)
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+id); err != nil {
		return "", fmt.Errorf("creating %s: %w", name, err)
	}
	return r.dbURL(name)
}

// dbURL is the URL of database name on the admin URL's server.
func (r *runner) dbURL(name string) (string, error) {
	u, err := url.Parse(r.adminURL)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}

// The covey and Ponder runs each keep their last database, which the GraphQL section then serves.
func (r *runner) coveyDB() string  { return r.dbName }
func (r *runner) ponderDB() string { return r.dbName + "_ponder" }

func redact(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "the database URL"
	}
	return u.Redacted()
}

// countRows sums the rows of the ev_ tables of schema.
func countRows(ctx context.Context, dbURL, schema string) (int, error) {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'ev\_%' AND table_type = 'BASE TABLE'`, schema)
	if err != nil {
		return 0, err
	}
	tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return 0, err
	}
	total := 0
	for _, t := range tables {
		var n int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM "+pgx.Identifier{schema, t}.Sanitize()).Scan(&n); err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// prepareCovey builds the covey binary once (unless -covey names one).
func (r *runner) prepareCovey(ctx context.Context) {
	if r.coveyBin != "" {
		return
	}
	if err := os.MkdirAll(filepath.Join(r.cache, "bin"), 0o755); err != nil {
		r.coveyErr = err
		return
	}
	r.coveyBin = filepath.Join(r.cache, "bin", "covey")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", r.coveyBin, "./cmd/covey")
	cmd.Dir = r.repo
	if out, err := cmd.CombinedOutput(); err != nil {
		r.coveyErr = fmt.Errorf("building ./cmd/covey: %w: %s", err, strings.TrimSpace(string(out)))
		fmt.Fprintln(r.log, r.coveyErr)
	}
}

// probeSchema records which ev_ tables the covey binary creates (see coveySet).
func (r *runner) probeSchema(ctx context.Context) {
	if r.coveyErr != nil {
		return
	}
	t, err := r.migratedTables(ctx)
	if err != nil {
		r.coveyErr = fmt.Errorf("covey migrate: %w", err)
		fmt.Fprintln(r.log, r.coveyErr)
		return
	}
	r.coveyTables = t
}

// coveyConfig writes the covey config for the served workload and database.
func (r *runner) coveyConfig(w *workload.Workload, rpc, dbURL string, set []string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "# written by benchrun for the workload %s; regenerated every run\n", w.Name)
	fmt.Fprintf(&b, "[chain]\nid = %d\nname = \"bench\"\nrpc = [%q]\nfinality = \"latest\"\nconfirmations = 0\nreorg_bound = 128\npoll_interval = \"250ms\"\n\n", w.ChainID, rpc)
	fmt.Fprintf(&b, "[database]\nurl = %q\n\n", dbURL)
	for _, n := range set {
		fmt.Fprintf(&b, "[contracts.%s]\naddress = %q\nstart_block = %d\n\n", n, strings.ToLower(w.Contracts[n].Hex()), w.StartBlock)
	}
	p := filepath.Join(r.cache, "covey-bench.toml")
	return p, os.WriteFile(p, []byte(b.String()), 0o644)
}

func (r *runner) coveyOnce(ctx context.Context, w *workload.Workload, rpc string, set []string) (map[string]float64, error) {
	s, _, err := r.coveyIndex(ctx, w, rpc, set, w.EventsFor(set))
	return s, err
}

// coveyIndex migrates a fresh database, runs `covey index --until-synced` on it (timed) and checks that
// it holds exactly expected event rows; it returns the run's seconds and peak RSS, and the database's URL.
func (r *runner) coveyIndex(ctx context.Context, w *workload.Workload, rpc string, set []string, expected int) (map[string]float64, string, error) {
	if r.coveyErr != nil {
		return nil, "", r.coveyErr
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	dbURL, err := r.benchDB(ctx, r.coveyDB())
	if err != nil {
		return nil, "", err
	}
	cfg, err := r.coveyConfig(w, rpc, dbURL, set)
	if err != nil {
		return nil, "", err
	}
	if _, err := measure.Run(ctx, r.coveyCmd(ctx, "migrate", "--config", cfg)); err != nil {
		return nil, "", err
	}
	s, err := measure.Run(ctx, r.coveyCmd(ctx, "index", "--until-synced", "--config", cfg))
	if err != nil {
		return nil, "", err
	}
	n, err := countRows(ctx, dbURL, "public")
	if err != nil {
		return nil, "", fmt.Errorf("counting covey's rows: %w", err)
	}
	if n != expected {
		return nil, "", fmt.Errorf("covey wrote %d event rows, the workload has %d", n, expected)
	}
	return map[string]float64{"seconds": s.Seconds, "peak_rss": float64(s.PeakRSSBytes)}, dbURL, nil
}

func (r *runner) coveyCmd(ctx context.Context, args ...string) *exec.Cmd {
	cmd := r.child(ctx, r.coveyBin, args...)
	// covey reads DATABASE_URL and REDIS_URL over the config: the bench config is authoritative.
	env := []string{}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DATABASE_URL=") && !strings.HasPrefix(kv, "REDIS_URL=") {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	return cmd
}

// ponderDefaultRows runs Ponder out of the box (its RPC limiter as shipped) runs times.
func (r *runner) ponderDefaultRows(ctx context.Context, w *workload.Workload, set []string, row *report.Row) error {
	node, err := workload.Serve(ctx, w, workload.Options{Repo: r.repo})
	if err != nil {
		return err
	}
	defer node.Kill()
	for i := 0; i < r.runs && row.Error == ""; i++ {
		s, err := r.ponderOnce(ctx, w, node.URL, set, row)
		if err != nil {
			row.Error = err.Error()
			break
		}
		s["events_per_s"] = float64(w.EventsFor(set)) / s["seconds"]
		row.Samples = append(row.Samples, s)
		fmt.Fprintf(r.log, "   %s run %d: %.2fs, %.0f events/s\n", row.Name, i+1, s["seconds"], s["events_per_s"])
	}
	row.Summarize()
	return ctx.Err()
}

func (r *runner) ponderOnce(ctx context.Context, w *workload.Workload, rpc string, set []string, row *report.Row) (map[string]float64, error) {
	dir := filepath.Join(r.repo, "bench", "peers", "ponder")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ponder", "package.json")); err != nil {
		cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("npm ci in bench/peers/ponder: %w: %s", err, out)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	dbURL, err := r.benchDB(ctx, r.ponderDB())
	if err != nil {
		return nil, err
	}
	port, err := workload.FreePort()
	if err != nil {
		return nil, err
	}
	s, err := measure.Run(ctx, r.child(ctx, "node", filepath.Join(dir, "run.mjs"), "--workload", filepath.Join(w.Dir, "workload.json"),
		"--rpc", rpc, "--database", dbURL, "--contracts", strings.Join(set, ","), "--port", strconv.Itoa(port),
		"--timeout", strconv.Itoa(int(r.timeout.Seconds())), "--rps", map[bool]string{true: "default", false: "open"}[strings.Contains(row.Name, "default")]))
	var pr struct {
		OK           bool    `json:"ok"`
		Seconds      float64 `json:"seconds"`
		PeakRSSBytes float64 `json:"peakRssBytes"`
		Rows         int     `json:"rows"`
		Error        string  `json:"error"`
	}
	if jerr := s.JSON(&pr); jerr != nil {
		if err != nil {
			return nil, err
		}
		return nil, jerr
	}
	if !pr.OK {
		return nil, fmt.Errorf("ponder: %s", pr.Error)
	}
	if exp := w.EventsFor(set); pr.Rows != exp {
		return nil, fmt.Errorf("ponder wrote %d event rows, the workload has %d", pr.Rows, exp)
	}
	return map[string]float64{"seconds": pr.Seconds, "peak_rss": max(pr.PeakRSSBytes, float64(s.PeakRSSBytes))}, nil
}

// ---- tree ----

func (r *runner) runTree(ctx context.Context, sec *report.Section) error {
	rows, err := r.treeRows(ctx, r.sizes.Leaves, true, r.runs)
	sec.Rows = rows
	sec.AddRatio("@openzeppelin/merkle-tree / covey time", "seconds", "@openzeppelin/merkle-tree", "covey", "how many times faster covey is")
	sec.AddRatio("covey / keccak floor time", "seconds", "covey", "keccak floor", "1 = no cost beyond hashing on one core")
	sec.AddRatio("@openzeppelin/merkle-tree / covey peak RSS", "peak_rss", "@openzeppelin/merkle-tree", "covey", "")
	if c, o := sec.Row("covey"), sec.Row("@openzeppelin/merkle-tree"); c != nil && o != nil && c.Info != nil && o.Info != nil {
		if c.Info["root"] == o.Info["root"] {
			sec.Notes = append(sec.Notes, "covey and @openzeppelin/merkle-tree computed the same root: "+c.Info["root"]+".")
		} else {
			sec.Notes = append(sec.Notes, fmt.Sprintf("ROOTS DIFFER: covey %s, @openzeppelin/merkle-tree %s.", c.Info["root"], o.Info["root"]))
		}
	}
	return err
}

func (r *runner) treeRows(ctx context.Context, n int, withOZ bool, runs int) ([]*report.Row, error) {
	leaves, err := tree.WriteLeaves(r.cache, n, 1)
	if err != nil {
		return nil, err
	}
	type contender struct {
		row  *report.Row
		cmd  func(ctx context.Context) *exec.Cmd
		info bool
	}
	cs := []contender{
		{&report.Row{Name: "covey", Command: "benchrun tree-covey"}, func(ctx context.Context) *exec.Cmd { return r.child(ctx, r.self, "tree-covey", "-leaves", leaves) }, true},
	}
	if withOZ {
		cs = append(cs, contender{&report.Row{Name: "@openzeppelin/merkle-tree", Command: "node bench/tree/oz-bench.mjs"}, func(ctx context.Context) *exec.Cmd {
			return r.child(ctx, "node", "--max-old-space-size=16384", filepath.Join(r.repo, "bench", "tree", "oz-bench.mjs"), leaves)
		}, true})
	}
	cs = append(cs, contender{&report.Row{Name: "keccak floor", Command: "benchrun tree-floor"}, func(ctx context.Context) *exec.Cmd { return r.child(ctx, r.self, "tree-floor", "-leaves", leaves) }, false})
	for i := 0; i < runs; i++ {
		for _, c := range cs {
			if c.row.Error != "" {
				continue
			}
			cctx, cancel := context.WithTimeout(ctx, r.timeout)
			s, err := measure.Run(cctx, c.cmd(cctx))
			cancel()
			var tr tree.Result
			if err == nil {
				err = s.JSON(&tr)
			}
			if err == nil && tr.Leaves != n {
				err = fmt.Errorf("built %d leaves, want %d", tr.Leaves, n)
			}
			if err != nil {
				c.row.Error = err.Error()
				fmt.Fprintf(r.log, "   %s: %v\n", c.row.Name, err)
				continue
			}
			if c.info {
				c.row.Info = map[string]string{"root": tr.Root}
			}
			c.row.Samples = append(c.row.Samples, map[string]float64{
				"seconds": tr.TotalSeconds, "build_s": tr.BuildSeconds, "proofs_s": tr.ProofsSeconds,
				"peak_rss": float64(s.PeakRSSBytes), "per_s": float64(n) / tr.TotalSeconds,
			})
			fmt.Fprintf(r.log, "   %s run %d: build %.2fs, proofs %.2fs, peak RSS %.0f MiB\n", c.row.Name, i+1, tr.BuildSeconds, tr.ProofsSeconds, float64(s.PeakRSSBytes)/(1<<20))
		}
	}
	var rows []*report.Row
	for _, c := range cs {
		c.row.Summarize()
		rows = append(rows, c.row)
	}
	return rows, ctx.Err()
}

// ---- settlement ----

var (
	nsPerOp     = regexp.MustCompile(`(?m)^Benchmark\S*\s+\d+\s+([0-9.]+) ns/op`)
	benchMetric = regexp.MustCompile(`([0-9.e+-]+) ([A-Za-z+/_-]+-(?:s/op|MB/epoch|MB))\b`)
)

// runSettlement runs the settlement package's BenchmarkSettle1M (COVEY_BENCH_ACCOUNTS sets its size)
// as a compiled test binary against the same Postgres (TEST_DATABASE_URL), once per run.
func (r *runner) runSettlement(ctx context.Context, sec *report.Section) error {
	files, _ := filepath.Glob(filepath.Join(r.repo, "settlement", "*_test.go"))
	name := strings.Trim(strings.TrimSuffix(r.settleBench, "$"), "^")
	found := false
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if strings.Contains(string(b), "func "+name+"(") {
			found = true
		}
	}
	if !found {
		sec.Skipped = fmt.Sprintf("the settlement package has no %s", name)
		return nil
	}
	bin := filepath.Join(r.cache, "bin", "settlement.test")
	build := exec.CommandContext(ctx, "go", "test", "-c", "-o", bin, "./settlement")
	build.Dir = r.repo
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go test -c ./settlement: %w: %s", err, out)
	}
	sec.Rows = nil
	for k, n := range r.settleSizes() {
		name := "covey"
		if k > 0 {
			name = report.SettleLargeRow(n)
		}
		sec.Rows = append(sec.Rows, r.settleRow(ctx, bin, name, n))
	}
	return nil
}

// settleSizes are the settlement section's sizes: the tree's, then SettleLarge when set.
func (r *runner) settleSizes() []int {
	if r.sizes.SettleLarge > 0 && r.sizes.SettleLarge != r.sizes.Leaves {
		return []int{r.sizes.Leaves, r.sizes.SettleLarge}
	}
	return []int{r.sizes.Leaves}
}

func settleAccounts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}

// load1 is the 1-minute load average when a run starts (the machine is shared: every figure carries it).
func load1() float64 {
	v, _ := strconv.ParseFloat(loadAvg(), 64)
	return v
}

// settleRow runs the settlement benchmark binary at n accounts r.runs times.
func (r *runner) settleRow(ctx context.Context, bin, name string, n int) *report.Row {
	row := &report.Row{Name: name, Command: fmt.Sprintf("COVEY_BENCH_ACCOUNTS=%d settlement.test -test.bench %s -test.benchtime 1x", n, r.settleBench)}
	for i := 0; i < r.runs; i++ {
		cctx, cancel := context.WithTimeout(ctx, r.timeout)
		cmd := r.child(cctx, bin, "-test.run", "^$", "-test.bench", r.settleBench, "-test.benchtime", "1x", "-test.count", "1", "-test.timeout", "0")
		cmd.Dir = filepath.Join(r.repo, "settlement")
		cmd.Env = append(os.Environ(), fmt.Sprintf("COVEY_BENCH_ACCOUNTS=%d", n), "TEST_DATABASE_URL="+r.adminURL)
		load := load1()
		s, err := measure.Run(cctx, cmd)
		cancel()
		if err != nil {
			row.Error = err.Error()
			break
		}
		m := nsPerOp.FindSubmatch(s.Stdout)
		if m == nil {
			row.Error = "no ns/op in the benchmark output: " + string(s.Stdout)
			break
		}
		ns, _ := strconv.ParseFloat(string(m[1]), 64)
		sample := map[string]float64{"seconds": ns / 1e9, "peak_rss": float64(s.PeakRSSBytes), "per_s": float64(n) / (ns / 1e9), "load": load}
		for _, mm := range benchMetric.FindAllSubmatch(s.Stdout, -1) {
			v, _ := strconv.ParseFloat(string(mm[1]), 64)
			sample[string(mm[2])] = v
		}
		row.Samples = append(row.Samples, sample)
		fmt.Fprintf(r.log, "   settlement of %s, run %d: %.2fs, peak RSS %.0f MiB\n", human(n), i+1, ns/1e9, float64(s.PeakRSSBytes)/(1<<20))
	}
	row.Summarize()
	return row
}

// ---- growth ----

func (r *runner) runGrowth(ctx context.Context, sec *report.Section, bf *workload.Workload) error {
	bfSec, treeSec := r.res.Section("backfill"), r.res.Section("tree")
	for _, n := range r.sizes.Growth {
		fmt.Fprintf(r.log, "   growth at %s\n", human(n))
		// Backfill: reuse the backfill section's rows at its size.
		var rows []*report.Row
		if bf != nil && n == r.sizes.Events && bfSec != nil && len(bfSec.Rows) > 0 {
			rows = bfSec.Rows
		} else {
			w, err := workload.Ensure(ctx, workload.Spec{Events: n}, workload.Options{Repo: r.repo, Log: r.log})
			if err != nil {
				return err
			}
			set, _ := r.coveySet(w)
			if rows, err = r.backfillRows(ctx, w, set, true, r.runs); err != nil {
				return err
			}
		}
		for _, row := range rows {
			sec.Rows = append(sec.Rows, growthRow("backfill: "+row.Name, n, row))
		}
		if n == r.sizes.Leaves && treeSec != nil && len(treeSec.Rows) > 0 {
			rows = treeSec.Rows
		} else {
			var err error
			if rows, err = r.treeRows(ctx, n, true, r.runs); err != nil {
				return err
			}
		}
		for _, row := range rows {
			sec.Rows = append(sec.Rows, growthRow("tree: "+row.Name, n, row))
		}
	}
	return nil
}

func growthRow(series string, n int, src *report.Row) *report.Row {
	return &report.Row{Name: fmt.Sprintf("%s @ %s", series, human(n)), Series: series, X: float64(n),
		Samples: src.Samples, Stats: src.Stats, Error: src.Error, Command: src.Command}
}

func human(n int) string { return report.HumanSize(n) }

func joinHuman(ns []int) string {
	var s []string
	for _, n := range ns {
		s = append(s, human(n))
	}
	return strings.Join(s, ", ")
}
