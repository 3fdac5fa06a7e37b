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

	"github.com/covey-labs/covey/config"
)

// Indexer tails the protocol contracts' logs into Postgres: exactly once (rows and cursor commit
// together), reorg-safe (parent-hash check against the stored cursor block, rollback to the common
// ancestor) and finality-aware (indexes up to the configured head, marks blocks unsafe/safe/finalized).
type Indexer struct {
	cfg     config.Config
	pool    *pgxpool.Pool
	all     *Registry // every known event
	reg     *Registry // the events with a table (set by Check)
	tables  map[string]*Event
	rpc     *rpcPool
	m       *metrics
	log     *slog.Logger
	headPub *headPublisher // nil without a notifier
	addrs   []common.Address
	topics  []common.Hash
	start   uint64
	opts    options
	rngMu   sync.Mutex
	rng     uint64
	probed  bool // a range's log density has been measured (the first fetch is a small probe)
	checked bool
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
	notifier   Notifier
	registry   *Registry
	reqTimeout time.Duration
	targetLogs int
	// deferMinLogs is the estimated backfill size from which secondary indexes are deferred (deferred.go).
	deferMinLogs int
	// analyzeMin is how many logs a backfill writes before its tables are analyzed on catching up.
	analyzeMin int
	// test hooks
	beforeCommit func(ctx context.Context, to uint64) error
	afterCommit  func(to uint64)
	staging      func(to uint64) // a batch's transaction began (tests: batches overlap)
}

// Option configures an Indexer.
type Option func(*options)

// WithLogger sets the slog logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// WithRegisterer registers the metrics on reg instead of prometheus.DefaultRegisterer.
func WithRegisterer(reg prometheus.Registerer) Option { return func(o *options) { o.reg = reg } }

// WithNotifier publishes the new head after each commit (Redis, in-process, ...), from a goroutine of
// its own: the latest head wins, and a slow notifier never delays indexing.
func WithNotifier(n Notifier) Option { return func(o *options) { o.notifier = n } }

// WithRegistry replaces the protocol event registry (tests, or extra ABIs).
func WithRegistry(r *Registry) Option { return func(o *options) { o.registry = r } }

// WithRequestTimeout bounds each JSON-RPC request (default indexer.request_timeout, else 10s); an
// eth_getLogs that timed out on every endpoint shrinks the range.
func WithRequestTimeout(d time.Duration) Option { return func(o *options) { o.reqTimeout = d } }

// WithTargetLogs is the number of logs per batch the adaptive range aims below (default 4000); it
// bounds memory during backfill.
func WithTargetLogs(n int) Option { return func(o *options) { o.targetLogs = n } }

// New checks the configuration (what to fix, before anything starts) and builds an indexer. It does not
// touch the network; Run and RunUntilSynced check the RPCs, chain id, start block and contracts first.
func New(cfg config.Config, pool *pgxpool.Pool, opts ...Option) (*Indexer, error) {
	o := options{log: slog.Default(), reg: prometheus.DefaultRegisterer, reqTimeout: cfg.Indexer.RequestTimeout.Duration, targetLogs: 4000, deferMinLogs: defaultDeferMinLogs, analyzeMin: analyzeThreshold}
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
	m := newMetrics(o.reg)
	rp, err := dialPool(cfg.Chain.RPC, cfg.Indexer.RequestsPerSecond, cfg.Indexer.MaxBackoff.Duration, o.reqTimeout, cfg.Indexer.HedgeAfter.Duration, m, o.log)
	if err != nil {
		return nil, err
	}
	ix := &Indexer{cfg: cfg, pool: pool, all: reg, rpc: rp, m: m, log: o.log.With("component", "indexer", "chain", cfg.Chain.ID),
		opts: o, start: cfg.StartBlock(), rng: cfg.Indexer.InitialRange, tables: map[string]*Event{}, deferred: true, derivedDeferred: true}
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
		ix.headPub = newHeadPublisher(o.notifier, HeadChannel(cfg.Chain.ID), ix.log)
	}
	return ix, nil
}

// Close releases the RPC connections and publishes the last head (waiting at most a second for that).
func (ix *Indexer) Close() {
	if ix.headPub != nil {
		ix.headPub.close(time.Second)
	}
	ix.rpc.close()
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
	target                  uint64
}

func (ix *Indexer) heads(ctx context.Context) (heads, error) {
	var hd heads
	l, err := ix.rpc.latest(ctx)
	if err != nil {
		return hd, fmt.Errorf("reading latest head: %w", err)
	}
	if l == nil {
		return hd, errors.New("reading latest head: node returned no block")
	}
	hd.latest, hd.latestTime = uint64(l.Number), uint64(l.Time)
	needTags := ix.cfg.Chain.Finality != config.FinalityLatest
	for _, tag := range []string{"safe", "finalized"} {
		h, err := ix.rpc.headerByTag(ctx, tag)
		if err != nil || h == nil {
			if needTags {
				return hd, fmt.Errorf("reading %s head: %v", tag, err)
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

// Errors the loop recovers from by starting over.
var (
	errLagging    = errors.New("node does not have the block yet (lagging)")
	errChainMoved = errors.New("chain changed while fetching")
)

// ReorgTooDeepError stops the indexer: no stored block within reorg_bound matches the chain.
type ReorgTooDeepError struct {
	Indexed uint64
	Bound   uint64
}

func (e *ReorgTooDeepError) Error() string {
	return fmt.Sprintf("reorg deeper than chain.reorg_bound=%d: none of the stored blocks %d..%d is on the canonical chain any more; nothing was changed — check the RPC is on the right chain, then raise reorg_bound or re-index from scratch", e.Bound, e.Indexed-min(e.Indexed, e.Bound), e.Indexed)
}

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
		synced, err := ix.step(ctx, untilSynced, p)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var deep *ReorgTooDeepError
			if errors.As(err, &deep) {
				return err
			}
			failures++
			lvl := slog.LevelWarn
			if (errors.Is(err, errLagging) || errors.Is(err, errChainMoved)) && failures < 3 {
				lvl = slog.LevelInfo
			}
			if errors.Is(err, errChainMoved) || errors.Is(err, errLagging) {
				// Answers from different forks or heights: find and quarantine the endpoint at fault.
				ix.checkEndpoints(ctx)
			}
			msg := "indexing step failed, retrying"
			if isDiskFull(err) {
				// It will not go away by itself: say so at ERROR, with what to do.
				lvl, msg = slog.LevelError, "database disk full: nothing was written; indexing resumes by itself once space is freed"
			} else if isReadOnly(err) {
				// Neither: a standby, or default_transaction_read_only; an operator must act.
				lvl, msg = slog.LevelError, "database is read-only (a standby, or default_transaction_read_only): nothing was written; indexing resumes by itself once it accepts writes"
			}
			ix.log.Log(ctx, lvl, msg, "err", err, "failures", failures)
			if err := sleepCtx(ctx, min(ix.cfg.Chain.PollInterval.Duration*time.Duration(failures), max(ix.cfg.Indexer.MaxBackoff.Duration, time.Second))); err != nil {
				return err
			}
			continue
		}
		failures = 0
		if synced {
			ix.analyzeAfterBulk(ctx)
			if untilSynced {
				return nil
			}
			if err := waitNext(ctx, ix.cfg.Chain.PollInterval.Duration, wake); err != nil {
				return err
			}
		}
	}
}

// analyzeThreshold is how many logs a backfill writes before the indexer refreshes the planner's
// statistics on catching up: tables filled by COPY have none until autovacuum gets to them, and
// without them the API's queries read whole tables (26 ms instead of 0.14 ms for a page of scores).
const analyzeThreshold = 50_000

// analyzeAfterBulk refreshes the statistics of the tables the API queries (event and derived tables,
// blocks) once a bulk backfill has caught up, two tables at a time; a failure only costs speed. raw_logs,
// the largest table, is left to autovacuum: it is read by primary key only, and sampling it was most
// of the cost of a whole-database ANALYZE.
func (ix *Indexer) analyzeAfterBulk(ctx context.Context) {
	if ix.unanalyzed < ix.opts.analyzeMin {
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

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// rangeSize is the current adaptive eth_getLogs range.
func (ix *Indexer) rangeSize() uint64 {
	ix.rngMu.Lock()
	defer ix.rngMu.Unlock()
	return ix.rng
}

// adapt sets the range from the log density a fetch of span blocks with n logs observed, so a batch
// holds about targetLogs logs: growing at most 4× per fetch, shrinking at once.
func (ix *Indexer) adapt(span uint64, n int) {
	ix.rngMu.Lock()
	defer ix.rngMu.Unlock()
	ix.probed = true
	want := ix.cfg.Indexer.MaxRange
	if n > 0 {
		want = max(1, span*uint64(ix.opts.targetLogs)/uint64(n))
	}
	if want > ix.rng {
		want = min(want, 4*max(ix.rng, span))
	}
	ix.rng = max(ix.cfg.Indexer.MinRange, min(ix.cfg.Indexer.MaxRange, want))
}

// probeRange is the span of the first fetch: a chain's log density is unknown until then, and
// initial_range blocks of a dense chain can be far more logs than a batch should hold (the whole
// backfill in one response, one transaction and hundreds of MB).
const probeRange = 16

// planRange is the span of the next planned fetch and whether it is the probe.
func (ix *Indexer) planRange() (uint64, bool) {
	ix.rngMu.Lock()
	defer ix.rngMu.Unlock()
	if !ix.probed {
		return max(ix.cfg.Indexer.MinRange, min(ix.rng, probeRange)), true
	}
	return ix.rng, false
}

func (ix *Indexer) shrink(span uint64) {
	ix.rngMu.Lock()
	defer ix.rngMu.Unlock()
	ix.rng = max(ix.cfg.Indexer.MinRange, min(ix.rng, span))
}

// job is one planned range; res receives its fetched batch.
type job struct {
	from, to uint64
	res      chan fetchResult
}

type fetchResult struct {
	b   *batch
	err error
}

// sync fetches [next, hd.target] in ranges, up to Workers at once, and applies them strictly in order,
// each in its own transaction with the cursor.
func (ix *Indexer) sync(ctx context.Context, cur cursor, next uint64, hd heads, p *progress) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(1, ix.cfg.Indexer.Workers)
	order := make(chan *job, workers-1)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	go func() {
		defer close(order)
		from := next
		for from <= hd.target {
			span, probe := ix.planRange()
			to := min(hd.target, from+span-1)
			if to < from { // overflow guard
				to = hd.target
			}
			j := &job{from: from, to: to, res: make(chan fetchResult, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			done := make(chan struct{})
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer close(done)
				b, err := ix.fetch(ctx, j.from, j.to, hd)
				j.res <- fetchResult{b, err}
			}()
			if probe { // plan the rest once the density is known
				select {
				case <-done:
				case <-ctx.Done():
					return
				}
			}
			from = to + 1
		}
	}()
	expect := cur
	// fly is the last batch's commit, still running while the next batch stages its rows (commit).
	var fly *inflight
	settle := func() error {
		if fly == nil {
			return nil
		}
		<-fly.done
		f := fly
		fly = nil
		if f.err != nil {
			return f.err
		}
		p.done(f.to, f.nlogs)
		return nil
	}
	defer func() { _ = settle() }()
	var pending *job
	var seenLogs, seenBlocks uint64 // for the decision to defer indexes, taken once per sync
	decided := false
	for {
		j := pending
		pending = nil
		if j == nil {
			var ok bool
			if j, ok = <-order; !ok {
				break
			}
		}
		var r fetchResult
		select {
		case r = <-j.res:
		case <-ctx.Done():
			_ = settle()
			return ctx.Err()
		}
		if r.err != nil {
			if err := settle(); err != nil {
				return err
			}
			return r.err
		}
		b := r.b
		if expect.ok && b.first.ParentHash != expect.hash {
			if err := settle(); err != nil {
				return err
			}
			cancel()
			return ix.onMismatch(context.WithoutCancel(ctx), expect, hd)
		}
		if !decided {
			seenLogs, seenBlocks = seenLogs+uint64(b.nlogs), seenBlocks+b.to-b.from+1
			if seenLogs >= min(deferSampleLogs, uint64(max(1, ix.opts.deferMinLogs/100))) || b.to >= hd.target {
				decided = true
				if err := settle(); err != nil { // deferring drops indexes: no batch may hold its tables
					return err
				}
				ix.maybeDefer(ctx, seenLogs, seenBlocks, hd.target-b.to)
			}
		}
		// Far behind the head the fetchers run ahead of the writer: fold the consecutive batches that
		// are already fetched into one transaction (fewer commits, COPYs and upserts per event).
		pending = ix.mergeReady(order, b)
		prev := fly
		f := &inflight{done: make(chan struct{}), to: b.to, nlogs: b.nlogs}
		go func(expect cursor) {
			defer close(f.done)
			f.err = ix.commit(ctx, expect, b, hd, prev)
		}(expect)
		fly = f
		expect = cursor{number: b.to, hash: b.last().Hash, ok: true}
		// At most two batches in flight: this one staging its rows while the previous one commits.
		if prev != nil {
			<-prev.done
			if prev.err != nil {
				<-f.done
				fly = nil
				return prev.err
			}
			p.done(prev.to, prev.nlogs)
		}
	}
	return settle()
}

// deferSampleLogs is how many logs a sync fetches before it estimates its size (maybeDefer); fewer
// when the threshold is small.
const deferSampleLogs = 1000

// mergeBatches×targetLogs bounds the logs merged into one transaction (memory, transaction size).
const mergeBatches = 4

// mergeReady merges into b the next planned batches whose fetch has finished and that extend b, up to
// mergeBatches×targetLogs logs. It returns the job it took from order but could not merge (nil if none).
func (ix *Indexer) mergeReady(order <-chan *job, b *batch) *job {
	for b.nlogs < mergeBatches*ix.opts.targetLogs {
		var j *job
		select {
		case nj, ok := <-order:
			if !ok {
				return nil
			}
			j = nj
		default:
			return nil
		}
		select {
		case r := <-j.res:
			if r.err != nil || r.b.first.ParentHash != b.last().Hash || b.nlogs+r.b.nlogs > mergeBatches*ix.opts.targetLogs {
				j.res <- r // the sync loop handles it (error, reorg) or commits it next
				return j
			}
			b.merge(r.b)
		default:
			return j
		}
	}
	return nil
}

// inflight is a batch commit running in its own goroutine; done closes once err is set.
type inflight struct {
	done  chan struct{}
	err   error
	to    uint64
	nlogs int
}

// errPreviousFailed aborts a staged batch whose predecessor did not commit (its error is the one reported).
var errPreviousFailed = errors.New("the previous batch did not commit")

// commit writes one batch and the new cursor in one transaction, then publishes the head. The rows are
// staged first; then, once prev (the previous batch's commit, nil if none) has committed, the chain lock
// is taken, the cursor checked and the batch finished and committed. So two batches' transactions overlap
// (one writing rows while the other commits), on two Postgres backends, but commit strictly in order.
func (ix *Indexer) commit(ctx context.Context, expect cursor, b *batch, hd heads, prev *inflight) error {
	t0 := time.Now()
	tx, err := ix.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("beginning batch: %w", err)
	}
	defer func() { _ = tx.Rollback(context.Background()) }()
	if ix.opts.staging != nil {
		ix.opts.staging(b.to)
	}
	if b.to < hd.target {
		// More batches follow at once (a backfill): this commit need not wait for its WAL flush. The rows
		// and the cursor still commit together, so a Postgres crash can only lose the last few batches
		// whole, and the cursor they would have advanced with them: the indexer re-fetches them. Nothing
		// can have built on them durably either: any later synchronous commit (the batch that reaches the
		// target, settlement's writes) flushes the WAL up to itself, which includes these commits.
		if _, err := tx.Exec(ctx, "SET LOCAL synchronous_commit = off"); err != nil {
			return fmt.Errorf("batch %d-%d: %w", b.from, b.to, err)
		}
	}
	if err := ix.stageRows(ctx, tx, b, hd); err != nil {
		return err
	}
	if prev != nil {
		<-prev.done
		if prev.err != nil {
			return errPreviousFailed
		}
	}
	if err := lockBatch(ctx, tx, ix.cfg.Chain.ID, expect); err != nil {
		return err
	}
	if err := ix.finishBatch(ctx, tx, b, hd); err != nil {
		return err
	}
	defer func() {
		ix.log.Debug("batch committed", "from", b.from, "to", b.to, "logs", b.nlogs, "took", time.Since(t0))
	}()
	if ix.opts.beforeCommit != nil {
		if err := ix.opts.beforeCommit(ctx, b.to); err != nil {
			return err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("committing batch %d-%d: %w", b.from, b.to, err)
	}
	last := b.last()
	ix.m.indexedBlock.Set(float64(b.to))
	ix.m.logsWritten.Add(float64(b.nlogs))
	ix.unanalyzed += b.nlogs
	ix.m.lagBlocks.Set(float64(hd.latest - min(hd.latest, b.to)))
	ix.m.lagSeconds.Set(float64(int64(hd.latestTime) - int64(last.Time)))
	if ix.headPub != nil {
		// Handed to the publisher's goroutine (latest wins): a slow or frozen Redis never delays the
		// next batch. The head is also pg_notify'd inside the batch transaction.
		ix.headPub.offer(marshalJSON(HeadEvent{ChainID: ix.cfg.Chain.ID, Block: b.to, Hash: hexLower(last.Hash[:]), Time: uint64(last.Time)}))
	}
	if ix.opts.afterCommit != nil {
		ix.opts.afterCommit(b.to)
	}
	return nil
}
