package chainrpc

import (
	"context"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/internal/rpcfault"
)

// TestPollWaitsLittleForMutedEndpoints (O9): a poll asks every endpoint, also those known not to
// answer, but waits for those only a grace once the others have answered. A black hole marked silent
// no longer costs the poll its whole timeout (rpc_poll_timeouts_total stays 0; it used to wait 3 s
// at every poll), and a muted endpoint that answers again keeps its say: here the only one with the
// block after the other's head — the answer that must veto a "the chain got shorter" decision — and
// it is no longer muted afterwards.
func TestPollWaitsLittleForMutedEndpoints(t *testing.T) {
	short, long := startNode(t), startNode(t)
	short.emit(2)
	long.emit(4)
	_, bhURL := rpcfault.NewBlackHole(t)
	reg := prometheus.NewRegistry()
	p, err := Dial([]string{short.URL, bhURL, long.URL}, Options{Timeout: 10 * time.Second, Registerer: reg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	p.silenced(p.eps[1])
	p.silenced(p.eps[2])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := p.Poll(ctx, short.head()+1)
	if err != nil {
		t.Fatal(err)
	}
	if r.Hashes[0] != nil || r.Failed[0] {
		t.Errorf("the short chain: hash %v, failed %v (want: lacks the block)", r.Hashes[0], r.Failed[0])
	}
	if !r.Failed[1] || !r.Silent[1] {
		t.Errorf("the black hole: failed %v, silent %v (want both)", r.Failed[1], r.Silent[1])
	}
	if r.Hashes[2] == nil || r.Failed[2] {
		t.Errorf("the muted endpoint that answers: hash %v, failed %v (want its block: it keeps its say)", r.Hashes[2], r.Failed[2])
	}
	if m := p.muted(); m[0] || !m[1] || m[2] {
		t.Errorf("muted after the poll %v, want only the black hole", m)
	}
	if n := labelled(t, reg, "covey_chain_rpc_poll_timeouts_total", "rpc1"); n != 0 {
		t.Errorf("the poll waited its whole timeout %v times for the muted black hole", n)
	}
}
