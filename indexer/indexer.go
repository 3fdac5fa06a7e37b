package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/ctxtime"
	"github.com/covey-labs/covey/internal/notify"
	"github.com/covey-labs/covey/internal/pgretry"
)

// Indexer tails the protocol contracts' logs into Postgres: exactly once (rows and cursor commit
// together), reorg-safe (parent-hash check against the stored cursor block, rollback to the common
// ancestor) and finality-aware (indexes up to the configured head, marks blocks unsafe/safe/finalized).
type Indexer struct {
	cfg    config.Config
	pool   *pgxpool.Pool
	all    *Registry // every known event
	reg    *Registry // the events with a table (set by Check)
	tables map[string]*Event
	src    Source
	ownSrc bool // src was dialled by New: Close closes it
	m      *metrics
	log    *slog.Logger
	// headPub is nil without a notifier.
	headPub *headPublisher
	addrs   []common.Address
	topics  []common.Hash
	start   uint64
	opts    options
	hooks   hooks // tests only
	// ranges is the adaptive eth_getLogs range (the first fetch is a small probe).
	ranges *chainrpc.Ranges
	// bcap shrinks batches while Postgres keeps ending their connections (batchcap.go).
	bcap    batchCap
	checked bool
	// caughtUp: indexed_events records every fetched event for this chain (catchup.go).
	caughtUp bool
	// unanalyzed counts logs written since the last ANALYZE (see analyzeAfterBulk).
	unanalyzed int
	// verify is indexer.verify_blooms; bloom the filter as logsBloom bits (set by Check with topics).
	verify string
	bloom  *bloomFilter
	// deferred: deferred_indexes may list indexes to build on catching up (true at start, for those a
	// killed process left; see deferred.go).
	deferred bool
	// derivedDeferred: deferred_derived may hold this chain's row (true at start, like deferred), so
	// batches ask before skipping the derived upserts and the next catch-up folds them in.
	derivedDeferred bool
	// held: every endpoint's chain was last seen ending below a stored finalized block (see shortened;
	// warned once until the chain reaches the cursor again). Only the loop goroutine touches it.
	held bool
}

type options struct {
	log        *slog.Logger
	reg        prometheus.Registerer
	notifier   notify.Publisher
	registry   *Registry
	source     Source
	reqTimeout time.Duration
	targetLogs int
	// deferMinLogs is the estimated backfill size from which secondary indexes are deferred (deferred.go).
	deferMinLogs int
}

// hooks let tests act at points of a batch's life; nil in production (no Option sets them).
type hooks struct {
	beforeCommit func(ctx context.Context, to uint64) error
	afterCommit  func(to uint64)
	staging      func(to uint64) // a batch's transaction began (tests: batches overlap)
	// analyzeMin replaces analyzeThreshold when set.
	analyzeMin int
}

// Option configures an Indexer.
type Option func(*options)

// WithLogger sets the slog logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// WithRegisterer registers the metrics on reg instead of prometheus.DefaultRegisterer.
func WithRegisterer(reg prometheus.Registerer) Option { return func(o *options) { o.reg = reg } }

// WithNotifier publishes the new head after each commit (Redis, in-process, ...), from a goroutine of
// its own: the latest head wins, and a slow notifier never delays indexing.
func WithNotifier(n notify.Publisher) Option { return func(o *options) { o.notifier = n } }

// WithRegistry replaces the protocol event registry (tests, or extra ABIs).
func WithRegistry(r *Registry) Option { return func(o *options) { o.registry = r } }

// WithSource reads the chain from src instead of dialling chain.rpc: a command that dialled its
// *chainrpc.Pool once shares it (with readiness checks, settlement) and closes it itself; tests run the
// loop on an in-memory chain. The request options (WithRequestTimeout, rate limits, hedging) are then
// src's own.
func WithSource(src Source) Option { return func(o *options) { o.source = src } }

// WithRequestTimeout bounds each JSON-RPC request (default indexer.request_timeout, else 10s); an
// eth_getLogs that timed out on every endpoint shrinks the range.
func WithRequestTimeout(d time.Duration) Option { return func(o *options) { o.reqTimeout = d } }

// WithTargetLogs is the number of logs per batch the adaptive range aims below (default 4000); it
// bounds memory during backfill.
func WithTargetLogs(n int) Option { return func(o *options) { o.targetLogs = n } }

// New checks the configuration (what to fix, before anything starts) and builds an indexer. It does not
// touch the network; Run and RunUntilSynced check the RPCs, chain id, start block and contracts first.
func New(cfg config.Config, pool *pgxpool.Pool, opts ...Option) (*Indexer, error) {
	o := options{log: slog.Default(), reg: prometheus.DefaultRegisterer, reqTimeout: cfg.Indexer.RequestTimeout.Duration, targetLogs: 4000, deferMinLogs: defaultDeferMinLogs}
	if o.reqTimeout <= 0 {
		o.reqTimeout = 10 * time.Second
	}
	for _, f := range opts {
		f(&o)
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("invalid config: %w", err)
	}
	if pool == nil {
		return nil, errors.New("indexer: no database pool")
	}
	reg := o.registry
	if reg == nil {
		var err error
		if reg, err = DefaultRegistry(); err != nil {
			return nil, err
		}
	}
	ix := &Indexer{cfg: cfg, pool: pool, all: reg, src: o.source, m: newMetrics(o.reg), log: o.log.With("component", "indexer", "chain", cfg.Chain.ID),
		opts: o, start: cfg.StartBlock(), tables: map[string]*Event{}, deferred: true, derivedDeferred: true,
		ranges: chainrpc.NewRanges(cfg.Indexer.InitialRange, cfg.Indexer.MinRange, cfg.Indexer.MaxRange, o.targetLogs)}
	if ix.src == nil {
		ro := RPCOptions(cfg)
		ro.Timeout, ro.Registerer, ro.Logger = o.reqTimeout, o.reg, o.log
		rp, err := chainrpc.Dial(cfg.Chain.RPC, ro)
		if err != nil {
			return nil, err
		}
		ix.src, ix.ownSrc = rp, true
	}
	names := make([]string, 0, len(cfg.Contracts))
	for n := range cfg.Contracts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ix.addrs = append(ix.addrs, cfg.Contracts[n].Address)
	}
	ix.verify = cfg.Indexer.VerifyBlooms
	if ix.verify == "" {
		ix.verify = config.VerifyBloomsHead
	}
	if ix.cfg.Chain.PollInterval.Duration <= 0 {
		ix.cfg.Chain.PollInterval.Duration = 2 * time.Second
	}
	if o.notifier != nil {
		ix.headPub = newHeadPublisher(o.notifier, cfg.Chain.ID, ix.log)
	}
	return ix, nil
}

// RPCOptions are the chainrpc.Options the indexer settings ask for (indexer.requests_per_second,
// max_backoff, request_timeout, hedge_after) with the indexer's metric names (covey_indexer_rpc_*): a
// command that dials chain.rpc once for every role passes them to chainrpc.Dial (with its registerer
// and logger) and the pool to New WithSource.
func RPCOptions(cfg config.Config) chainrpc.Options {
	return chainrpc.Options{RequestsPerSecond: cfg.Indexer.RequestsPerSecond, MaxBackoff: cfg.Indexer.MaxBackoff.Duration,
		Timeout: cfg.Indexer.RequestTimeout.Duration, HedgeAfter: cfg.Indexer.HedgeAfter.Duration, Subsystem: "indexer"}
}

// Close publishes the last head (waiting at most a second for that) and releases the RPC connections
// New dialled (a source given WithSource stays open: its owner closes it).
func (ix *Indexer) Close() {
	if ix.headPub != nil {
		ix.headPub.close(time.Second)
	}
	if c, ok := ix.src.(interface{ Close() }); ok && ix.ownSrc {
		c.Close()
	}
}

// Run indexes up to the target head and then follows it forever (polling every chain.poll_interval).
// It returns on ctx cancellation (nil) or a fatal error (bad config, a reorg deeper than reorg_bound).
func (ix *Indexer) Run(ctx context.Context) error {
	err := ix.loop(ctx, false)
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// RunUntilSynced indexes until the indexed block reaches the target head, then returns nil.
func (ix *Indexer) RunUntilSynced(ctx context.Context) error { return ix.loop(ctx, true) }

// heads is one observation of the chain's heads; target is where indexing may go.
type heads struct {
	latest, safe, finalized uint64
	latestTime              uint64
	latestHash              common.Hash
	target                  uint64
}

func (ix *Indexer) heads(ctx context.Context) (heads, error) {
	var hd heads
	l, err := ix.src.Latest(ctx)
	if err != nil {
		return hd, fmt.Errorf("reading latest head: %w", err)
	}
	if l == nil {
		return hd, errors.New("reading latest head: node returned no block")
	}
	hd.latest, hd.latestTime, hd.latestHash = uint64(l.Number), uint64(l.Time), l.Hash
	needTags := ix.cfg.Chain.Finality != config.FinalityLatest
	for _, tag := range []string{"safe", "finalized"} {
		h, err := ix.src.HeaderByTag(ctx, tag)
		if err == nil && h == nil {
			err = errors.New("the RPC has none")
		}
		if err != nil {
			if needTags {
				return hd, fmt.Errorf("reading %s head: %w", tag, err)
			}
			continue
		}
		if tag == "safe" {
			hd.safe = uint64(h.Number)
		} else {
			hd.finalized = uint64(h.Number)
		}
	}
	hd.safe = min(hd.safe, hd.latest)
	hd.finalized = min(hd.finalized, hd.safe)
	switch {
	case ix.cfg.Chain.FollowUnsafe:
		hd.target = hd.latest
	case ix.cfg.Chain.Finality == config.FinalityFinalized:
		hd.target = hd.finalized
	case ix.cfg.Chain.Finality == config.FinalitySafe:
		hd.target = hd.safe
	default:
		if hd.latest >= ix.cfg.Chain.Confirmations {
			hd.target = hd.latest - ix.cfg.Chain.Confirmations
		}
	}
	return hd, nil
}

// ReorgTooDeepError stops the indexer: no stored block within reorg_bound matches the chain.
type ReorgTooDeepError struct {
	Indexed uint64
	Bound   uint64
}

func (e *ReorgTooDeepError) Error() string {
	return fmt.Sprintf("reorg deeper than chain.reorg_bound=%d: none of the stored blocks %d..%d is on the canonical chain any more; nothing was changed — check the RPC is on the right chain, then raise reorg_bound or re-index from scratch", e.Bound, e.Indexed-min(e.Indexed, e.Bound), e.Indexed)
}

// loop checks the configuration once, then steps until synced (untilSynced) or forever, waiting a
// poll interval (or a new head) when caught up and backing off after a failed step.
func (ix *Indexer) loop(ctx context.Context, untilSynced bool) error {
	if !ix.checked {
		if err := ix.Check(ctx); err != nil {
			return err
		}
		ix.checked = true
	}
	p := newProgress(ix.log)
	failures := 0
	var wake <-chan struct{}
	if !untilSynced {
		var stop func()
		wake, stop = ix.startHeads(ctx)
		defer stop()
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		// Events this index did not hold are fetched over the indexed blocks first; if those blocks are no
		// longer all the chain's, the step rolls the reorg back and the catch-up is tried again after it.
		caughtUp, err := ix.catchUpEvents(ctx)
		if err != nil && !errors.Is(err, chainrpc.ErrChainMoved) && !errors.Is(err, chainrpc.ErrLagging) && !errors.Is(err, errCursorMoved) {
			failures++
			if err := ix.stepFailed(ctx, err, failures); err != nil {
				return err
			}
			continue
		}
		synced, err := ix.step(ctx, untilSynced, p)
		if err != nil {
			failures++
			if err := ix.stepFailed(ctx, err, failures); err != nil {
				return err
			}
			continue
		}
		failures = 0
		if synced && !caughtUp {
			if err := ctxtime.Sleep(ctx, ix.cfg.Chain.PollInterval.Duration, nil); err != nil {
				return err
			}
			continue
		}
		if synced {
			ix.analyzeAfterBulk(ctx)
			if untilSynced {
				return nil
			}
			if err := ctxtime.Sleep(ctx, ix.cfg.Chain.PollInterval.Duration, wake); err != nil {
				return err
			}
		}
	}
}

// stepFailed handles the failures-th failed step in a row: a reorg deeper than reorg_bound (and a
// cancelled ctx) ends the loop; anything else is logged at the level it deserves and waited out (the
// poll interval times failures, capped at max_backoff, at least 1 s). Answers from different forks or
// heights first look for the endpoint at fault.
func (ix *Indexer) stepFailed(ctx context.Context, err error, failures int) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var deep *ReorgTooDeepError
	if errors.As(err, &deep) {
		return err
	}
	chainMoved := errors.Is(err, chainrpc.ErrLagging) || errors.Is(err, chainrpc.ErrChainMoved)
	if chainMoved {
		// Answers from different forks or heights: find and quarantine the endpoint at fault.
		ix.checkEndpoints(ctx)
	}
	lvl, msg := slog.LevelWarn, "indexing step failed, retrying"
	switch {
	case chainMoved && failures < 3:
		lvl = slog.LevelInfo
	case isDiskFull(err):
		// It will not go away by itself: say so at ERROR, with what to do.
		lvl, msg = slog.LevelError, "database disk full: nothing was written; indexing resumes by itself once space is freed"
	case isReadOnly(err):
		// Neither: a standby, or default_transaction_read_only; an operator must act.
		lvl, msg = slog.LevelError, "database is read-only (a standby, or default_transaction_read_only): nothing was written; indexing resumes by itself once it accepts writes"
	}
	ix.log.Log(ctx, lvl, msg, "err", err, "failures", failures)
	return ctxtime.Sleep(ctx, ix.backoff(ctx, err, failures), nil)
}

// backoff is the wait after the failures-th failed step in a row: the poll interval times failures,
// capped at max_backoff (at least 1 s). A lost database connection is waited out quicker (pgretry.Wait:
// 100 ms doubling to 1 s) after the pool drops the connections the server likely ended with it: a
// restart or pg_terminate_backend is over in a moment, and a step that waits max_backoff each time
// spent 166 of 180 s asleep under TestPostgresKilledDuringSettle's kills.
func (ix *Indexer) backoff(ctx context.Context, err error, failures int) time.Duration {
	if pgretry.ConnectionLost(ctx, err) {
		ix.pool.Reset()
		return pgretry.Wait(failures)
	}
	return min(ix.cfg.Chain.PollInterval.Duration*time.Duration(failures), max(ix.cfg.Indexer.MaxBackoff.Duration, time.Second))
}

// analyzeThreshold is how many logs a backfill writes before the indexer refreshes the planner's
// statistics on catching up: tables filled by COPY have none until autovacuum gets to them, and
// without them the API's queries read whole tables (26 ms instead of 0.14 ms for a page of scores).
const analyzeThreshold = 50_000

// analyzeMin is how many logs a backfill writes before its tables are analyzed on catching up.
func (ix *Indexer) analyzeMin() int {
	if ix.hooks.analyzeMin > 0 {
		return ix.hooks.analyzeMin
	}
	return analyzeThreshold
}

// analyzeAfterBulk refreshes the statistics of the tables the API queries (event and derived tables,
// blocks) once a bulk backfill has caught up, two tables at a time; a failure only costs speed. raw_logs,
// the largest table, is left to autovacuum: it is read by primary key only, and sampling it was most
// of the cost of a whole-database ANALYZE.
func (ix *Indexer) analyzeAfterBulk(ctx context.Context) {
	if ix.unanalyzed < ix.analyzeMin() {
		return
	}
	t0 := time.Now()
	tables := append(ix.deferTables(), "blocks")
	if err := ix.analyzeTables(ctx, tables); err != nil {
		ix.log.Warn("refreshing planner statistics after backfill", "err", err)
		return
	}
	ix.log.Info("planner statistics refreshed after backfill", "logs", ix.unanalyzed, "tables", len(tables), "took", time.Since(t0).Round(time.Millisecond))
	ix.unanalyzed = 0
}

// analyzeTables runs ANALYZE on tables, two at a time.
func (ix *Indexer) analyzeTables(ctx context.Context, tables []string) error {
	work := make(chan string)
	errs := make(chan error, len(tables))
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range work {
				if _, err := ix.pool.Exec(ctx, "ANALYZE "+ident(t)); err != nil {
					errs <- fmt.Errorf("analyzing %s: %w", t, err)
				}
			}
		}()
	}
	for _, t := range tables {
		work <- t
	}
	close(work)
	wg.Wait()
	close(errs)
	return <-errs
}

// step does one unit of work: verify the tip when caught up, or index toward the target.
func (ix *Indexer) step(ctx context.Context, untilSynced bool, p *progress) (synced bool, err error) {
	hd, err := ix.heads(ctx)
	if err != nil {
		return false, err
	}
	ix.m.headBlock.Set(float64(hd.latest))
	if err := recordHeads(ctx, ix.pool, ix.cfg.Chain.ID, hd); err != nil {
		return false, err
	}
	cur, err := readCursor(ctx, ix.pool, ix.cfg.Chain.ID)
	if err != nil {
		return false, err
	}
	next := ix.start
	if cur.ok {
		next = cur.number + 1
		if hd.latest >= cur.number {
			ix.clearHold()
		}
	}
	if next > hd.target {
		if cur.ok {
			rolledBack, err := ix.verifyTip(ctx, cur, hd)
			if err != nil || rolledBack {
				return false, err
			}
			if err := promote(ctx, ix.pool, ix.cfg.Chain.ID, hd); err != nil {
				return false, err
			}
			if err := ix.prune(ctx, cur, hd); err != nil {
				return false, err
			}
			ix.m.lagBlocks.Set(float64(hd.latest - min(hd.latest, cur.number)))
		}
		if ix.derivedDeferred || ix.deferred {
			if err := ix.restoreAfterBackfill(ctx); err != nil {
				return false, err
			}
		}
		return true, nil
	}
	p.begin(next, hd.target)
	return false, ix.sync(ctx, cur, next, hd, p)
}

// isDiskFull says whether err is Postgres failing to write for lack of disk space (SQLSTATE 53100).
func isDiskFull(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "53100"
}

// isReadOnly says whether err is Postgres refusing a write because the transaction is read-only
// (SQLSTATE 25006): a hot standby, or default_transaction_read_only set on the server. Retrying is
// right, but it will not pass until someone changes the server, so it is reported apart.
func isReadOnly(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "25006"
}
