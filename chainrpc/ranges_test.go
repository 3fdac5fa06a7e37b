package chainrpc

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// TestRangesFollowDensity: the first span is the probe; then the span follows the density observed
// (target logs per fetch), grows at most 4× per fetch, shrinks at once, and stays within its bounds.
func TestRangesFollowDensity(t *testing.T) {
	r := NewRanges(2000, 1, 100_000, 100)
	if span, probe := r.Next(); span != ProbeSpan || !probe {
		t.Fatalf("first span %d probe %v, want %d true", span, probe, ProbeSpan)
	}
	for _, step := range []struct {
		span uint64
		logs int
		want uint64
	}{
		{16, 16, 100},           // 1 log a block: 100 blocks for 100 logs
		{100, 10, 400},          // sparse: would be 1000, grows 4× at most
		{400, 0, 1600},          // empty: the maximum, still 4× at most
		{1600, 3200, 50},        // dense: shrinks at once
		{50, 1_000_000, 1},      // denser than one block: the minimum
		{1, 0, 4},               // growing back
		{100_000, 1, 100_000},   // capped at the maximum
		{100_000, 0, 100_000},   // stays there
		{100_000, 100, 100_000}, // on target
	} {
		r.Observe(step.span, step.logs)
		if span, probe := r.Next(); span != step.want || probe {
			t.Fatalf("after %d logs in %d blocks: span %d (probe %v), want %d", step.logs, step.span, span, probe, step.want)
		}
	}
	r.shrink(10)
	if span, _ := r.Next(); span != 10 {
		t.Fatalf("after a refused range: span %d, want 10", span)
	}
}

// TestLogsSplitsRefusedRanges: a provider that refuses ranges above 5 blocks ("max is 5"): Logs
// follows its limit, returns every log in order in parts of at most 5 blocks each checked against its
// tip, and the planned span stays within the limit afterwards.
func TestLogsSplitsRefusedRanges(t *testing.T) {
	c := startNode(t)
	from := c.head() + 1
	c.emit(23)
	to := c.head()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		var calls []struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if json.Unmarshal(body, &calls) == nil {
			for _, call := range calls {
				var f struct{ FromBlock, ToBlock hexutil.Uint64 }
				if call.Method == "eth_getLogs" && json.Unmarshal(call.Params[0], &f) == nil && f.ToBlock-f.FromBlock+1 > 5 {
					out := `[`
					for i, c := range calls {
						out += fmt.Sprintf(`%s{"jsonrpc":"2.0","id":%s,"error":{"code":-32602,"message":"block range is too large, max is 5"}}`,
							map[bool]string{true: ",", false: ""}[i > 0], c.ID)
					}
					_, _ = w.Write([]byte(out + `]`))
					return
				}
			}
		}
		resp, err := http.Post(c.URL, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		_, _ = io.Copy(w, resp.Body)
	}))
	t.Cleanup(srv.Close)
	p, err := Dial([]string{srv.URL}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	r := NewRanges(64, 1, 1000, 100)
	logs, parts, err := p.Logs(context.Background(), from, to, Filter{Addresses: []common.Address{c.logger}}, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 23 {
		t.Fatalf("%d logs, want 23", len(logs))
	}
	next := from
	for i, pt := range parts {
		if pt.From != next || pt.To-pt.From+1 > 5 || uint64(pt.Tip.Number) != pt.To {
			t.Fatalf("part %d: %d-%d tip %d (want from %d, at most 5 blocks, tip at its end)", i, pt.From, pt.To, pt.Tip.Number, next)
		}
		next = pt.To + 1
	}
	if next != to+1 {
		t.Fatalf("parts end at %d, want %d", next-1, to)
	}
	for i := 1; i < len(logs); i++ {
		if logs[i].BlockNumber <= logs[i-1].BlockNumber {
			t.Fatalf("logs out of order at %d", i)
		}
	}
	if span, _ := r.Next(); span > 5 {
		t.Fatalf("planned span %d after the provider refused more than 5", span)
	}
}
