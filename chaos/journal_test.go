package chaos

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// rpcJournal records what covey asked its RPC and what it was answered, one line per HTTP request
// ("12:04:05.123 eth_getBlockByNumber(latest)=#305 0x1a2b3c4d | eth_getLogs(300-305)=3 logs [2ms]"),
// stamped with the wall clock like covey's log lines, so a failed round can be explained from the
// test's log without a replay. Bounded: the oldest lines go first.
type rpcJournal struct {
	mu    sync.Mutex
	lines []string
	lost  int
}

const journalMax = 4000

// stamp is the wall clock as the journal and the scenarios' notes write it.
func stamp() string { return time.Now().Format("15:04:05.000") }

// add records one line.
func (j *rpcJournal) add(format string, args ...any) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if len(j.lines) == journalMax {
		j.lines = j.lines[1:]
		j.lost++
	}
	j.lines = append(j.lines, stamp()+" "+fmt.Sprintf(format, args...))
}

// record is one request to the proxy named proxy ("" when it is alone) and its answers (resps nil:
// failed with err, or a fault answered it).
func (j *rpcJournal) record(proxy string, reqs, resps []*rpcMsg, took time.Duration, note string) {
	parts := make([]string, len(reqs))
	for i, m := range reqs {
		parts[i] = m.Method + "(" + paramsSummary(m) + ")"
		if i < len(resps) && resps[i] != nil {
			parts[i] += "=" + answerSummary(resps[i])
		}
	}
	if proxy != "" {
		proxy = "[" + proxy + "] "
	}
	j.add("%s%s [%s]%s", proxy, strings.Join(parts, " | "), took.Round(time.Millisecond), note)
}

// take returns the lines since the last take and forgets them.
func (j *rpcJournal) take() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := j.lines
	if j.lost > 0 {
		out = append([]string{fmt.Sprintf("(%d older lines dropped)", j.lost)}, out...)
	}
	j.lines, j.lost = nil, 0
	return out
}

func paramsSummary(m *rpcMsg) string {
	if len(m.Params) == 0 {
		return ""
	}
	switch m.Method {
	case "eth_getBlockByNumber":
		var tag string
		if json.Unmarshal(m.Params[0], &tag) == nil {
			if n, err := hexutil.DecodeUint64(tag); err == nil {
				return fmt.Sprint(n)
			}
			return tag
		}
	case "eth_getLogs":
		var f struct{ FromBlock, ToBlock string }
		if json.Unmarshal(m.Params[0], &f) == nil {
			return blockNum(f.FromBlock) + "-" + blockNum(f.ToBlock)
		}
	}
	return "…"
}

func blockNum(s string) string {
	if n, err := hexutil.DecodeUint64(s); err == nil {
		return fmt.Sprint(n)
	}
	return s
}

// answerSummary is a block as "#number 0xhash8", logs as "N logs", a quantity in decimal, an error
// as its message.
func answerSummary(r *rpcMsg) string {
	if r.Error != nil {
		return fmt.Sprintf("error %d %q", r.Error.Code, trim(r.Error.Message))
	}
	res := strings.TrimSpace(string(r.Result))
	switch {
	case res == "" || res == "null":
		return "null"
	case strings.HasPrefix(res, "["):
		var logs []json.RawMessage
		if json.Unmarshal(r.Result, &logs) == nil {
			return fmt.Sprintf("%d logs", len(logs))
		}
	case strings.HasPrefix(res, "{"):
		var b struct {
			Number hexutil.Uint64 `json:"number"`
			Hash   string         `json:"hash"`
		}
		if json.Unmarshal(r.Result, &b) == nil {
			return fmt.Sprintf("#%d %.10s", b.Number, b.Hash)
		}
	case strings.HasPrefix(res, `"0x`):
		var q hexutil.Uint64
		if json.Unmarshal(r.Result, &q) == nil {
			return fmt.Sprint(uint64(q))
		}
	}
	return trim(res)
}

// roundRecord is one round of a reorg scenario as the test did and saw it (notes: what it did, the
// head and covey's cursor after each step), with the RPC journal and covey's log lines of the round.
type roundRecord struct {
	n     int
	j     *rpcJournal
	notes []string
	covey []string // lines of the processes killed during the round
	p     *proc
	off   int // p's output length when the round (or p) started
}

// newRoundRecord starts round n: the journal's earlier lines are dropped.
func newRoundRecord(n int, j *rpcJournal, p *proc) *roundRecord {
	j.take()
	return &roundRecord{n: n, j: j, p: p, off: len(p.output())}
}

func (r *roundRecord) note(format string, args ...any) {
	r.notes = append(r.notes, stamp()+" "+fmt.Sprintf(format, args...))
}

// restarted replaces the process killed during the round by p.
func (r *roundRecord) restarted(p *proc) {
	r.covey = append(r.covey, strings.Split(strings.TrimSpace(r.p.output()[r.off:]), "\n")...)
	r.p, r.off = p, 0
}

// report renders the round: the test's notes, then every RPC exchange, then covey's log (DEBUG).
func (r *roundRecord) report() string { return r.reportLast(journalMax, 600) }

// reportLast is report with at most the last rpcLines RPC exchanges and coveyLines lines of covey's log.
func (r *roundRecord) reportLast(rpcLines, coveyLines int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "--- round %d as the test saw it:\n", r.n)
	for _, l := range r.notes {
		b.WriteString("  test  " + l + "\n")
	}
	asks := r.j.take()
	fmt.Fprintf(&b, "--- covey's RPC asks and answers (%d, the last %d):\n", len(asks), min(len(asks), rpcLines))
	for _, l := range asks[max(0, len(asks)-rpcLines):] {
		b.WriteString("  rpc   " + l + "\n")
	}
	fmt.Fprintf(&b, "--- covey's log (last %d lines of the round):\n", coveyLines)
	lines := append(r.covey, strings.Split(strings.TrimSpace(r.p.output()[r.off:]), "\n")...)
	for _, l := range lines[max(0, len(lines)-coveyLines):] {
		b.WriteString("  covey " + l + "\n")
	}
	return b.String()
}
