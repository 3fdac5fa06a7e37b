package indexer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/covey-labs/covey/internal/pgretry"
)

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
//
// A transaction whose connection the server ended (a restart, pg_terminate_backend) is tried again at
// once on a new connection, up to commitTries times: the batch is already fetched, and a short window
// of a database that keeps dropping connections is enough to commit it, where a whole new step (heads,
// cursor, fetch) may not fit. If a lost COMMIT did commit, the retry finds the cursor moved and stops.
// A batch that loses its connection on every try makes the next ones smaller (batchCap).
func (ix *Indexer) commit(ctx context.Context, expect cursor, b *batch, hd heads, prev *inflight) error {
	for try := 1; ; try++ {
		err := ix.commitOnce(ctx, expect, b, hd, prev)
		lost := pgretry.ConnectionLost(ctx, err)
		switch {
		case err == nil:
			ix.bcap.committed(ix.cfg.Indexer.MaxRange)
			return nil
		case lost && try == commitTries:
			ix.bcap.lost(b.from, b.to)
			return err
		case !lost:
			return err
		}
		ix.m.commitRetries.Inc()
		ix.log.Debug("batch connection lost, committing again", "from", b.from, "to", b.to, "try", try, "err", err)
	}
}

// commitTries bounds commit's tries of one batch; past them the step fails and is retried whole.
const commitTries = 5

func (ix *Indexer) commitOnce(ctx context.Context, expect cursor, b *batch, hd heads, prev *inflight) error {
	t0 := time.Now()
	tx, err := ix.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("beginning batch: %w", err)
	}
	defer func() { _ = tx.Rollback(context.Background()) }()
	if ix.hooks.staging != nil {
		ix.hooks.staging(b.to)
	}
	if b.to < hd.target {
		// More batches follow at once (a backfill): this commit need not wait for its WAL flush. The rows
		// and the cursor still commit together, so a Postgres crash can only lose the last few batches
		// whole, and the cursor they would have advanced with them: the indexer re-fetches them. Nothing
		// can have built on them durably either, as long as the server commits synchronously by default:
		// then any later synchronous commit (the batch that reaches the target, settlement's writes)
		// flushes the WAL up to itself, which includes these commits. A writer that must survive a crash
		// on a server defaulting to synchronous_commit = off sets it on itself (settlement's publication).
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
	if ix.hooks.beforeCommit != nil {
		if err := ix.hooks.beforeCommit(ctx, b.to); err != nil {
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
		ix.headPub.offer(headEvent(ix.cfg.Chain.ID, b.from, b.to, last))
	}
	if ix.hooks.afterCommit != nil {
		ix.hooks.afterCommit(b.to)
	}
	return nil
}
