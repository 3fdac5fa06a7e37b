package chainrpc

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
)

// Ranges is the adaptive eth_getLogs range: it follows the log density so a fetch holds about
// TargetLogs logs (bounding memory and transaction size), growing at most 4× per fetch and shrinking at
// once, and it remembers the ranges providers refused. Logs adapts it; readers that plan ranges ahead
// (the indexer's fetchers) ask Next. Safe for concurrent use.
type Ranges struct {
	mu               sync.Mutex
	minSpan, maxSpan uint64
	target           int
	span             uint64
	probed           bool // a range's log density has been measured (the first fetch is a small probe)
}

// NewRanges starts at initial blocks per fetch, kept within [minSpan, maxSpan], aiming at targetLogs
// logs per fetch (default 4000 when 0).
func NewRanges(initial, minSpan, maxSpan uint64, targetLogs int) *Ranges {
	if targetLogs <= 0 {
		targetLogs = 4000
	}
	minSpan = max(1, minSpan)
	maxSpan = max(minSpan, maxSpan)
	return &Ranges{minSpan: minSpan, maxSpan: maxSpan, target: targetLogs, span: max(minSpan, min(maxSpan, initial))}
}

// ProbeSpan is the span of the first fetch: a chain's log density is unknown until then, and the
// initial range of a dense chain can be far more logs than a fetch should hold (a whole backfill in
// one response, one transaction and hundreds of MB).
const ProbeSpan = 16

// Next is the span of the next fetch to plan, and whether it is the probe (plan the rest once it is
// answered: then the density is known).
func (r *Ranges) Next() (span uint64, probe bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.probed {
		return max(r.minSpan, min(r.span, ProbeSpan)), true
	}
	return r.span, false
}

// Observe sets the span from the density a fetch of span blocks with n logs found: Logs calls it; a
// source that reads logs its own way calls it too, so its reader's planning still follows the density.
func (r *Ranges) Observe(span uint64, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.probed = true
	want := r.maxSpan
	if n > 0 {
		want = max(1, span*uint64(r.target)/uint64(n))
	}
	if want > r.span {
		want = min(want, 4*max(r.span, span))
	}
	r.span = max(r.minSpan, min(r.maxSpan, want))
}

// shrink caps the span at span blocks (a provider refused more, or the logs were too dense).
func (r *Ranges) shrink(span uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.span = max(r.minSpan, min(r.span, span))
}

// LogPart is one answer of a Logs call: its range, the answering node's header of the range's last
// block (read in the same request as the logs) and which endpoint answered.
type LogPart struct {
	From, To uint64
	Tip      *Header
	Endpoint int
}

// Logs reads [from, to] with LogsAt, splitting it when a provider refuses the range (following the
// range it suggests, else halving), and adapts r for later fetches (r may be nil: no adaptation). It
// returns every log in order and the parts it was answered in; each part's tip is checked to be the
// block asked for, and the caller checks it against its own headers (a node on another fork answers
// with its own logs, or none).
func (p *Pool) Logs(ctx context.Context, from, to uint64, f Filter, r *Ranges) ([]types.Log, []LogPart, error) {
	if r == nil {
		r = NewRanges(to-from+1, 1, to-from+1, 0)
	}
	var all []types.Log
	var parts []LogPart
	span := to - from + 1
	shrunk := false
	for lo := from; lo <= to; {
		hi := min(to, lo+span-1)
		a, err := p.LogsAt(ctx, p.Start(), lo, hi, f)
		var re *RangeError
		if errors.As(err, &re) {
			n := hi - lo + 1
			if n == 1 {
				// One block cannot be split: wait and retry as a plain failure.
				if err := p.backoff(ctx, 3); err != nil {
					return nil, nil, err
				}
				continue
			}
			span, shrunk = max(1, n/2), true
			if re.HasHint && re.Suggest[1] >= lo && re.Suggest[1] < hi {
				span = re.Suggest[1] - lo + 1
			}
			r.shrink(span)
			p.log.Debug("shrinking log range", "from", lo, "to", hi, "new_range", span, "err", re.err)
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("fetching logs %d-%d: %w", lo, hi, err)
		}
		if uint64(a.Tip.Number) != hi {
			return nil, nil, fmt.Errorf("asked block %d with the logs, got %d: %w", hi, uint64(a.Tip.Number), ErrChainMoved)
		}
		if all == nil {
			all = a.Logs // the usual single answer: no copy
		} else {
			all = append(all, a.Logs...)
		}
		parts = append(parts, LogPart{From: lo, To: hi, Tip: a.Tip, Endpoint: a.Endpoint})
		lo = hi + 1
		if lo == 0 { // wrapped
			break
		}
	}
	if !shrunk {
		r.Observe(span, len(all))
	} else if len(all) > 2*r.target {
		r.shrink(max(1, span/2))
	}
	return all, parts, nil
}
