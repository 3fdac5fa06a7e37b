package chainrpc

import (
	"context"
	"testing"
	"time"

	"github.com/covey-labs/covey/internal/rpcfault"
)

// TestQuarantinedEndpointAhead (O11): the endpoint at the chain's head is in quarantine (an earlier
// fault) and the only other one lags one block. Latest takes the quarantined endpoint out of
// quarantine and answers its head, the real one, since it holds the lagging endpoint's head block;
// before, the head was the lagging endpoint's until the quarantine ended (so covey stayed one block
// behind: no block above that head was ever asked of the lagging endpoint, nothing counted it
// lagging). An endpoint in quarantine whose higher head is on another chain stays there and the head
// stays the lagging endpoint's.
func TestQuarantinedEndpointAhead(t *testing.T) {
	c := startNode(t)
	c.emit(5)
	var want *Header
	c.call(&want, "eth_getBlockByNumber", "latest", false)
	_, lagURL := rpcfault.NewLag(t, c.URL, 1, false)
	other := startNode(t) // another chain, longer
	for range 8 {
		other.send(&other.logger, []byte("another chain"))
	}
	for _, tc := range []struct {
		name    string
		ahead   string // the quarantined endpoint's URL
		lifted  bool
		headNum uint64
	}{
		{"same_chain", c.URL, true, uint64(want.Number)},
		{"another_chain", other.URL, false, uint64(want.Number) - 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Dial([]string{tc.ahead, lagURL}, Options{MaxBackoff: 50 * time.Millisecond, HedgeAfter: 2 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(p.Close)
			p.quarantine(p.eps[0], "test: an earlier fault")
			p.eps[0].health.mu.Lock()
			p.eps[0].health.until = time.Now().Add(time.Hour) // outlasts the test: only Latest can lift it
			p.eps[0].health.mu.Unlock()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			for i := range 3 {
				h, err := p.Latest(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if uint64(h.Number) != tc.headNum {
					t.Fatalf("latest %d: block %d, want %d", i, h.Number, tc.headNum)
				}
				if tc.lifted && h.Hash != want.Hash {
					t.Fatalf("latest %d: hash %s, want %s", i, h.Hash, want.Hash)
				}
			}
			if q := p.Endpoints()[0].Quarantined; q == tc.lifted {
				t.Fatalf("the endpoint ahead quarantined: %v, want %v", q, !tc.lifted)
			}
		})
	}
}
