package chainrpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Filter selects logs: emitted by one of Addresses, with a topic0 among Topics (any topic0 when
// Topics is empty).
type Filter struct {
	Addresses []common.Address
	Topics    []common.Hash
}

// LogsAnswer is one eth_getLogs answer for a range, with the answering node's header of the range's
// last block read in the same request: the logs are the chain's only if that block is the one the
// caller's other headers describe (its hash commits to every block below).
type LogsAnswer struct {
	Logs []types.Log
	Tip  *Header
	// Endpoint is the index of the endpoint that answered (Start after it: uint64(Endpoint+1)).
	Endpoint int
}

// LogsAt is eth_getLogs over [from, to], batched in one request with the header of `to`: behind a load
// balancer a batch goes to one node, so a lagging node (which clamps the range to its head and
// silently returns fewer logs) shows itself by not having block `to`; the next endpoint is asked at
// once, and only when every one lacks it is the answer ErrLagging. A range the provider refuses is
// returned as a *RangeError (Logs splits it). The first attempt goes to endpoint start (mod the
// number of endpoints: Start, or an endpoint's index + 1 to ask another one first).
func (p *Pool) LogsAt(ctx context.Context, start, from, to uint64, f Filter) (*LogsAnswer, error) {
	s := &logsRetry{p: p, from: from, to: to, timedOut: map[*endpoint]bool{}}
	for n := 0; n < p.attempts; n++ {
		ep, epi := p.pick(start, n)
		if err := ep.bucket.wait(ctx); err != nil {
			return nil, err
		}
		r := p.askLogs(ctx, epi, from, to, f)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var next retryKind
		if r.err == nil {
			next = s.answered(r)
		} else {
			next = s.failed(r.ep, r.err)
		}
		switch next {
		case done:
			return s.answer, s.final
		case askNext:
			continue
		case throttled:
			n--
			continue
		}
		p.log.Debug("rpc retry", "method", "eth_getLogs", "endpoint", r.ep.name, "attempt", n+1, "err", r.err)
		if err := p.backoff(ctx, n); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("eth_getLogs: %d attempts failed: %w", p.attempts, s.last)
}

// retryKind is what LogsAt does after an attempt.
type retryKind int

const (
	done      retryKind = iota // return answer, final
	askNext                    // the next endpoint, at once
	throttled                  // again, without spending an attempt (429)
	backOff                    // again after the backoff
)

// logsRetry is LogsAt's account of its attempts.
type logsRetry struct {
	p               *Pool
	from, to        uint64
	answer          *LogsAnswer
	final, last     error
	throttled, lags int
	// timedOut holds the endpoints that timed out on the range: once every one has, it may be the range.
	timedOut map[*endpoint]bool
}

// answered takes an answer without error: done, unless the node lacks block `to` (lagging: its logs
// may stop short), then the next endpoint, until every one has lacked it.
func (s *logsRetry) answered(r attempt[*LogsAnswer]) retryKind {
	r.ep.bucket.success()
	if r.v.Tip != nil {
		s.p.caughtUp(r.ep)
		s.answer = r.v
		return done
	}
	s.p.lagged(r.ep, s.to)
	if s.lags++; s.lags < len(s.p.eps) {
		return askNext
	}
	s.final = fmt.Errorf("block %d: %w", s.to, ErrLagging)
	return done
}

// failed accounts a failed attempt. A timeout asks the next endpoint the same range (it may be the node,
// F2) until every one timed out (then it may be the range: a *RangeError); a refused range is final; a
// 429 slows that endpoint down without spending an attempt; anything else backs off.
func (s *logsRetry) failed(ep *endpoint, err error) retryKind {
	p := s.p
	p.m.errors.WithLabelValues("eth_getLogs").Inc()
	p.countTimeout(ep, err)
	s.last = err
	if isTimeout(err) {
		s.timedOut[ep] = true
		if len(s.timedOut) >= len(p.eps) {
			s.final = &RangeError{err: err, Timeout: true}
			return done
		}
		return askNext
	}
	if re, ok := classifyLogsError(err, s.from); ok {
		s.final = re
		return done
	}
	if is429(err) && s.throttled < p.attempts*4 {
		p.m.rateLimited.Inc()
		ep.bucket.throttle()
		s.throttled++
		return throttled
	}
	return backOff
}

// askLogs sends one eth_getLogs batch (hedged) to endpoint epi and decodes the winner's logs.
//
// lacksTip: an answer whose header of `to` is null comes from a node that lacks block `to` — lagging,
// or the chain got shorter under the request — and has neither tip nor logs, whatever its eth_getLogs
// part says: geth-likes clamp the range to their head and return fewer logs, anvil refuses a range
// above its head with an error (BlockOutOfRangeError). Taken for a failed request, that error was asked
// again 12 times with backoff before the caller could see the shorter chain (issue 22: F9's race).
func (p *Pool) askLogs(ctx context.Context, epi int, from, to uint64, f Filter) attempt[*LogsAnswer] {
	arg := map[string]any{
		"fromBlock": hexutil.Uint64(from),
		"toBlock":   hexutil.Uint64(to),
		"address":   f.Addresses,
		"topics":    [][]common.Hash{f.Topics},
	}
	r := hedged(ctx, p, "eth_getLogs", "eth_getLogs", 1, epi, func(ctx context.Context, ep *endpoint) (rawLogs, error) {
		if ep.http != nil {
			return rawLogsHTTP(ctx, ep, to, arg)
		}
		return rawLogsClient(ctx, ep, to, arg)
	})
	out := attempt[*LogsAnswer]{ep: r.ep, epi: r.epi, err: r.err}
	if r.err != nil {
		return out
	}
	if r.v.tip == nil {
		out.v = &LogsAnswer{Endpoint: r.epi} // lacksTip
		return out
	}
	logs, err := decodeLogs(r.v.logs)
	if err != nil {
		out.err = fmt.Errorf("decoding eth_getLogs result: %w", err)
		return out
	}
	if r.v.body != nil {
		putBody(r.v.body) // the logs are copies: nothing points into the answer any more
	}
	out.v = &LogsAnswer{Logs: logs, Tip: r.v.tip, Endpoint: r.epi}
	return out
}

// rawLogs is an undecoded eth_getLogs answer and the header batched with it.
type rawLogs struct {
	logs json.RawMessage
	tip  *Header
	body []byte // rawBatch's buffer under logs, reused once they are decoded
}

// rawLogsHTTP asks over plain HTTP with the one-pass envelope splitter (rawrpc.go): the hot path.
func rawLogsHTTP(ctx context.Context, ep *endpoint, to uint64, arg map[string]any) (rawLogs, error) {
	var a rawLogs
	res, body, err := rawBatch(ctx, ep.http, ep.url, []rawCall{
		{"eth_getBlockByNumber", []any{hexutil.Uint64(to), false}},
		{"eth_getLogs", []any{arg}},
	})
	if err != nil {
		return a, err
	}
	if err := res[0].err; err != nil {
		if res[1].err != nil {
			return a, res[1].err // says more (a range too large)
		}
		return a, err
	}
	if err = json.Unmarshal(res[0].result, &a.tip); err != nil {
		return a, fmt.Errorf("decoding header: %w", err)
	}
	if a.tip == nil {
		return a, nil // lacks block `to`: lagging, whatever its eth_getLogs part says (see lacksTip)
	}
	if err := res[1].err; err != nil {
		return a, err
	}
	a.logs, a.body = res[1].result, body
	return a, nil
}

// rawLogsClient asks through go-ethereum's client (WebSocket URLs).
func rawLogsClient(ctx context.Context, ep *endpoint, to uint64, arg map[string]any) (rawLogs, error) {
	var a rawLogs
	elems := []rpc.BatchElem{
		{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(to), false}, Result: &a.tip},
		{Method: "eth_getLogs", Args: []any{arg}, Result: &a.logs},
	}
	if err := ep.client.BatchCallContext(ctx, elems); err != nil {
		return a, err
	}
	switch {
	case elems[0].Error != nil && elems[1].Error != nil:
		return a, elems[1].Error // says more (a range too large)
	case elems[0].Error != nil || a.tip == nil:
		return a, elems[0].Error // without the header: lagging (see lacksTip)
	}
	return a, elems[1].Error
}

// RangeError is a provider refusing an eth_getLogs range as too large (too many results, too many
// blocks, its own timeout), or every endpoint timing out on it: ask for fewer blocks.
type RangeError struct {
	err error
	// Suggest is a range the provider named, when HasHint.
	Suggest [2]uint64
	HasHint bool
	// Timeout: every endpoint timed out on the range (no message from the provider).
	Timeout bool
}

func (e *RangeError) Error() string { return "log range too large: " + e.err.Error() }
func (e *RangeError) Unwrap() error { return e.err }

var (
	// "query returned more than 10000 results. Try with this block range [0x1, 0x2]." (Alchemy, geth-likes)
	// "... range should work: [0x.., 0x..]" (Infura/QuickNode style)
	hintRe = regexp.MustCompile(`\[\s*(0x[0-9a-fA-F]+|\d+)\s*,\s*(0x[0-9a-fA-F]+|\d+)\s*\]`)
	// "block range is too large, max is 1000" / "exceed maximum block range: 5000" / "limited to a 2000 block range"
	maxRe = regexp.MustCompile(`(?i)(?:max(?:imum)?(?: block)?(?: range)?(?: is| of|:)?\s*|limited to (?:a )?)(\d+)`)
)

var rangeMarkers = []string{
	"more than", "too many", "range too large", "range is too large", "block range", "limit exceeded",
	"exceed", "response size", "too large", "query timeout", "timed out", "timeout", "range should work",
	"query returned", "results", "max range", "log response size",
}

// classifyLogsError recognizes "ask for fewer blocks" errors from eth_getLogs.
func classifyLogsError(err error, from uint64) (*RangeError, bool) {
	if err == nil {
		return nil, false
	}
	var he rpc.HTTPError
	if errors.As(err, &he) && (he.StatusCode == 429 || he.StatusCode >= 500 && !strings.Contains(strings.ToLower(string(he.Body)), "range")) {
		return nil, false
	}
	msg := strings.ToLower(err.Error())
	if isTimeout(err) {
		// Our own request timeout says nothing about the range by itself: LogsAt decides.
		return nil, false
	}
	hit := false
	for _, m := range rangeMarkers {
		if strings.Contains(msg, m) {
			hit = true
			break
		}
	}
	if !hit {
		return nil, false
	}
	re := &RangeError{err: err}
	if m := hintRe.FindStringSubmatch(err.Error()); m != nil {
		a, e1 := parseNum(m[1])
		b, e2 := parseNum(m[2])
		if e1 == nil && e2 == nil && b >= a && a == from {
			re.Suggest, re.HasHint = [2]uint64{a, b}, true
		}
	} else if m := maxRe.FindStringSubmatch(msg); m != nil {
		if n, err := strconv.ParseUint(m[1], 10, 64); err == nil && n > 0 {
			re.Suggest, re.HasHint = [2]uint64{from, from + n - 1}, true
		}
	}
	return re, true
}

func parseNum(s string) (uint64, error) {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return strconv.ParseUint(s[2:], 16, 64)
	}
	return strconv.ParseUint(s, 10, 64)
}
