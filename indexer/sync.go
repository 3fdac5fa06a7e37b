package indexer

import (
	"context"
	"sync"
)

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
// each in its own transaction with the cursor (two overlapping: one stages its rows while the other
// commits).
func (ix *Indexer) sync(ctx context.Context, cur cursor, next uint64, hd heads, p *progress) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s := &syncRun{ix: ix, hd: hd, p: p, expect: cur, order: make(chan *job, max(1, ix.cfg.Indexer.Workers)-1)}
	var fetchers sync.WaitGroup
	defer fetchers.Wait()
	defer cancel()
	go ix.plan(ctx, next, hd, s.order, &fetchers)
	defer func() { _ = s.awaitCommit() }()
	for {
		b, err := s.nextBatch(ctx)
		if err != nil {
			if cerr := s.awaitCommit(); cerr != nil && ctx.Err() == nil {
				return cerr
			}
			return err
		}
		if b == nil {
			return s.awaitCommit()
		}
		if s.expect.ok && b.first.ParentHash != s.expect.hash {
			if err := s.awaitCommit(); err != nil {
				return err
			}
			cancel()
			return ix.onMismatch(context.WithoutCancel(ctx), s.expect, hd)
		}
		if err := s.decideDeferral(ctx, b); err != nil {
			return err
		}
		// Far behind the head the fetchers run ahead of the writer: fold the consecutive batches that
		// are already fetched into one transaction (fewer commits, COPYs and upserts per event).
		s.pending = ix.mergeReady(s.order, b)
		if err := s.commitNext(ctx, b); err != nil {
			return err
		}
	}
}

// plan cuts [next, hd.target] into the ranges ix.ranges asks for and starts a fetch for each, handing
// the jobs to order in sequence (so at most cap(order)+1 fetches run ahead of the writer). The first
// range is a probe: the rest is planned once its log density is known.
func (ix *Indexer) plan(ctx context.Context, next uint64, hd heads, order chan<- *job, fetchers *sync.WaitGroup) {
	defer close(order)
	for from := next; from <= hd.target; {
		span, probe := ix.ranges.Next()
		span = ix.bcap.span(span)
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
		fetchers.Add(1)
		go func() {
			defer fetchers.Done()
			defer close(done)
			b, err := ix.fetch(ctx, j.from, j.to, hd)
			j.res <- fetchResult{b, err}
		}()
		if probe {
			select {
			case <-done:
			case <-ctx.Done():
				return
			}
		}
		from = to + 1
	}
}

// syncRun is the writer's side of one sync: the planned jobs in order, the cursor the next batch must
// link to, and the batch commit in flight.
type syncRun struct {
	ix      *Indexer
	hd      heads
	p       *progress
	order   chan *job
	pending *job // taken from order by mergeReady but not merged: the next batch
	expect  cursor
	// fly is the last batch's commit, still running while the next batch stages its rows (commit).
	fly *inflight
	// seenLogs and seenBlocks feed the decision to defer indexes, taken once per sync.
	seenLogs, seenBlocks uint64
	decided              bool
}

// nextBatch waits for the next batch in order; nil when the planner is done.
func (s *syncRun) nextBatch(ctx context.Context) (*batch, error) {
	j := s.pending
	s.pending = nil
	if j == nil {
		var ok bool
		if j, ok = <-s.order; !ok {
			return nil, nil
		}
	}
	select {
	case r := <-j.res:
		return r.b, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// awaitCommit waits for the commit in flight, if any, and reports its progress or its error.
func (s *syncRun) awaitCommit() error {
	if s.fly == nil {
		return nil
	}
	<-s.fly.done
	f := s.fly
	s.fly = nil
	if f.err != nil {
		return f.err
	}
	s.p.done(f.to, f.nlogs)
	return nil
}

// decideDeferral estimates the sync's size once enough of it is fetched (deferSampleLogs, or all of
// it) and lets maybeDefer drop the secondary indexes of a large backfill.
func (s *syncRun) decideDeferral(ctx context.Context, b *batch) error {
	if s.decided {
		return nil
	}
	s.seenLogs, s.seenBlocks = s.seenLogs+uint64(b.nlogs), s.seenBlocks+b.to-b.from+1
	if s.seenLogs < min(deferSampleLogs, uint64(max(1, s.ix.opts.deferMinLogs/100))) && b.to < s.hd.target {
		return nil
	}
	s.decided = true
	if err := s.awaitCommit(); err != nil { // deferring drops indexes: no batch may hold its tables
		return err
	}
	s.ix.maybeDefer(ctx, s.seenLogs, s.seenBlocks, s.hd.target-b.to)
	return nil
}

// commitNext starts b's commit (it stages its rows while the previous batch commits) and waits for
// the previous one: at most two batches in flight.
func (s *syncRun) commitNext(ctx context.Context, b *batch) error {
	prev := s.fly
	f := &inflight{done: make(chan struct{}), to: b.to, nlogs: b.nlogs}
	go func(expect cursor) {
		defer close(f.done)
		f.err = s.ix.commit(ctx, expect, b, s.hd, prev)
	}(s.expect)
	s.fly = f
	s.expect = cursor{number: b.to, hash: b.last().Hash, ok: true}
	if prev == nil {
		return nil
	}
	<-prev.done
	if prev.err != nil {
		<-f.done
		s.fly = nil
		return prev.err
	}
	s.p.done(prev.to, prev.nlogs)
	return nil
}

// deferSampleLogs is how many logs a sync fetches before it estimates its size (maybeDefer); fewer
// when the threshold is small.
const deferSampleLogs = 1000

// mergeBatches×targetLogs bounds the logs merged into one transaction (memory, transaction size).
const mergeBatches = 4

// mergeReady merges into b the next planned batches whose fetch has finished and that extend b, up to
// mergeBatches×targetLogs logs and the batch cap's blocks. It returns the job it took from order but could not merge (nil if none).
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
			if r.err != nil || r.b.first.ParentHash != b.last().Hash || b.nlogs+r.b.nlogs > mergeBatches*ix.opts.targetLogs ||
				!ix.bcap.fits(r.b.to-b.from+1) {
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
