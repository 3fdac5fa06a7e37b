package settlement

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"
)

// Scheduler settles (and optionally publishes) on a cron: on start and at every tick it catches up
// on every settleable unsettled epoch in order, then accepts a pending root whose timelock passed and
// proposes the distributor's next epoch if it is settled (NextToPropose). A Locker makes exactly one replica do it at a time.
type Scheduler struct {
	Settler *Settler
	// Publisher, when set, accepts (Accept) and proposes (Propose) roots after settling.
	Publisher *Publisher
	Propose   bool
	Accept    bool
	// Spec is a standard 5-field cron expression, evaluated in UTC (config settlement.cron).
	Spec   string
	Locker Locker
	Log    *slog.Logger
}

func (s *Scheduler) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// Run ticks once at once, then on every cron tick until ctx ends. Overlapping ticks are skipped.
func (s *Scheduler) Run(ctx context.Context) error {
	c := cron.New(cron.WithLocation(time.UTC), cron.WithChain(cron.SkipIfStillRunning(cron.DiscardLogger)))
	var waiting atomic.Bool
	tick := func() {
		res, err := s.TickOnce(ctx)
		if err != nil && ctx.Err() == nil {
			s.log().Error("settlement tick", "err", err)
		}
		// Said once per wait, not at every tick.
		if res.Waiting && !waiting.Swap(true) {
			s.log().Info("settlement waiting for the indexer: no block of this chain indexed yet")
		} else if !res.Waiting && res.Locked {
			waiting.Store(false)
		}
	}
	if _, err := c.AddFunc(s.Spec, tick); err != nil {
		return fmt.Errorf("settlement cron %q: %w", s.Spec, err)
	}
	tick()
	c.Start()
	<-ctx.Done()
	<-c.Stop().Done()
	return nil
}

// TickResult says what one tick did.
type TickResult struct {
	Locked bool // false: another replica held the lock, nothing was done
	// Waiting: the indexer has not written a settled head for the chain yet (ErrNoHead), as in the
	// first seconds of `covey run` on an empty database; nothing to settle, not a failure.
	Waiting  bool
	Settled  []*Outcome
	Accepted *Publication
	Proposed *Publication
}

// Tick runs one round under the lock.
func (s *Scheduler) Tick(ctx context.Context) error {
	_, err := s.TickOnce(ctx)
	return err
}

// TickOnce runs one round under the lock and reports it.
func (s *Scheduler) TickOnce(ctx context.Context) (*TickResult, error) {
	res := &TickResult{}
	run := ctx
	if s.Locker != nil {
		held, release, ok, err := s.Locker.Lock(ctx, LockName(s.Settler.Source.ChainID))
		if err != nil {
			return res, err
		}
		if !ok {
			s.log().Debug("settlement lock held elsewhere; skipping tick")
			return res, nil
		}
		defer release()
		run = held
	}
	res.Locked = true
	var errs []error
	outs, err := s.Settler.SettleAll(run)
	res.Settled = outs
	if errors.Is(err, ErrNoHead) {
		res.Waiting, err = true, nil
	}
	if err != nil {
		errs = append(errs, fmt.Errorf("settling: %w", err))
	}
	if s.Publisher != nil && run.Err() == nil {
		if s.Accept {
			pub, err := s.Publisher.Accept(run)
			res.Accepted = pub
			if err != nil {
				errs = append(errs, fmt.Errorf("accepting: %w", err))
			}
		}
		if s.Propose {
			next, err := NextUnsettled(run, s.Settler.Pool, s.Settler.Source.ChainID)
			if err != nil {
				errs = append(errs, err)
			} else if next > 0 {
				target, err := s.Publisher.NextToPropose(run, next-1)
				if err == nil {
					res.Proposed, err = s.Publisher.Propose(run, target)
				}
				if err != nil {
					errs = append(errs, fmt.Errorf("proposing: %w", err))
				}
			}
		}
	}
	return res, errors.Join(errs...)
}
