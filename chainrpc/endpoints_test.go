package chainrpc

import (
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
)

// TestJudgeForks: the rule for endpoints on different forks, on polls as Pool.Poll returns them —
// the stored chain wins, unless the endpoint without it has a strictly higher head and had already
// been quarantined for disagreeing. A poll made without a pool (an in-memory chain) is judged by the
// same rule, with no standing to keep: the stored chain wins every disagreement.
func TestJudgeForks(t *testing.T) {
	stored, other := common.HexToHash("0x01"), common.HexToHash("0x02")
	for _, tc := range []struct {
		name        string
		hashes      []*common.Hash
		heads       []uint64
		want        Verdict
		quarantined []bool
		noPool      Verdict
	}{
		{"agree", []*common.Hash{&stored, &stored}, []uint64{10, 10}, AgreeStored, []bool{false, false}, AgreeStored},
		{"fork, same height", []*common.Hash{&stored, &other}, []uint64{10, 10}, KeepStored, []bool{false, true}, KeepStored},
		{"fork, stored chain longer", []*common.Hash{&other, &stored}, []uint64{9, 12}, KeepStored, []bool{true, false}, KeepStored},
		{"fork, other chain longer at first sight", []*common.Hash{&stored, &other}, []uint64{10, 11}, KeepStored, []bool{false, true}, KeepStored},
		{"fork, other chain longer, still in quarantine", []*common.Hash{&stored, &other}, []uint64{10, 11}, KeepStored, []bool{false, true}, KeepStored},
		{"fork, other chain still longer after a quarantine", []*common.Hash{&stored, &other}, []uint64{10, 11}, TakeNew, []bool{true, false}, KeepStored},
		{"all moved", []*common.Hash{&other, &other}, []uint64{10, 10}, AllNew, []bool{false, false}, AllNew},
		{"nobody has it", []*common.Hash{nil, nil}, []uint64{3, 3}, NoAnswer, []bool{false, false}, NoAnswer},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Pool{m: newMetrics(prometheus.NewRegistry(), "test"), log: slog.New(slog.DiscardHandler)}
			for i := range tc.hashes {
				p.eps = append(p.eps, &endpoint{name: fmt.Sprintf("rpc%d", i)})
			}
			if strings.Contains(tc.name, "after a quarantine") {
				p.eps[1].health.forks = 1
			}
			r := &Poll{N: 5, Hashes: tc.hashes, Heads: tc.heads, Failed: make([]bool, 2), pool: p}
			if got := r.Judge(stored); got != tc.want {
				t.Fatalf("verdict %d, want %d", got, tc.want)
			}
			for i, ep := range p.eps {
				if q := p.quarantined(ep, time.Now()); q != tc.quarantined[i] {
					t.Errorf("endpoint %d quarantined = %v, want %v", i, q, tc.quarantined[i])
				}
			}
			bare := &Poll{N: 5, Hashes: tc.hashes, Heads: tc.heads, Failed: make([]bool, 2)}
			if got := bare.Judge(stored); got != tc.noPool {
				t.Errorf("without a pool: verdict %d, want %d", got, tc.noPool)
			}
		})
	}
}

// TestEndpointNames: what an RPC URL shows in logs, metrics and errors keeps its position and no user
// info, path or query (where providers put API keys).
func TestEndpointNames(t *testing.T) {
	for raw, want := range map[string]string{
		"https://user:s3cret@eth.example.com/v2/APIKEY?key=Q": "rpc2:https://eth.example.com",
		"wss://node.example.com:8546/ws/KEY":                  "rpc2:wss://node.example.com:8546",
		"http://127.0.0.1:8545":                               "rpc2:http://127.0.0.1:8545",
	} {
		if got := endpointName(2, raw); got != want {
			t.Errorf("endpointName(2, %q) = %q, want %q", raw, got, want)
		}
	}
}
