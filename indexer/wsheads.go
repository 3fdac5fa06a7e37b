package indexer

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/internal/ctxtime"
	"github.com/covey-labs/covey/internal/redact"
)

// WebSocket head following (chain.ws): a newHeads subscription wakes the loop as soon as a block
// arrives instead of at the next poll. Polling (chain.poll_interval) goes on regardless, so a dropped
// socket only costs latency; the subscription is re-established with a backoff (0.5 s doubling to 30 s,
// back to 0.5 s after a connection that delivered a head).
const (
	wsBackoffMin = 500 * time.Millisecond
	wsBackoffMax = 30 * time.Second
)

// startHeads starts following newHeads when chain.ws is set; wake receives a signal per new head
// (coalesced). The returned stop cancels the subscription and waits for it to end.
func (ix *Indexer) startHeads(ctx context.Context) (wake <-chan struct{}, stop func()) {
	if ix.cfg.Chain.WS == "" {
		return nil, func() {}
	}
	ch := make(chan struct{}, 1)
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.followHeads(ctx, ch)
	}()
	return ch, func() {
		cancel()
		wg.Wait()
	}
}

func (ix *Indexer) followHeads(ctx context.Context, wake chan<- struct{}) {
	name := redact.URL(ix.cfg.Chain.WS)
	backoff := wsBackoffMin
	for {
		got, err := ix.subscribeHeads(ctx, wake)
		ix.m.wsConnected.Set(0)
		if ctx.Err() != nil {
			return
		}
		if got {
			backoff = wsBackoffMin
		}
		ix.log.Warn("newHeads subscription lost; polling until it is back", "endpoint", name, "err", err, "retry_in", backoff)
		if ctxtime.Sleep(ctx, backoff, nil) != nil {
			return
		}
		backoff = min(2*backoff, wsBackoffMax)
	}
}

// subscribeHeads holds one newHeads subscription until it fails; got reports whether it delivered a head.
func (ix *Indexer) subscribeHeads(ctx context.Context, wake chan<- struct{}) (got bool, err error) {
	dctx, cancel := context.WithTimeout(ctx, ix.opts.reqTimeout)
	c, err := rpc.DialContext(dctx, ix.cfg.Chain.WS)
	cancel()
	if err != nil {
		return false, fmt.Errorf("dialing: %w", err)
	}
	defer c.Close()
	heads := make(chan json.RawMessage, 16)
	sctx, cancel := context.WithTimeout(ctx, ix.opts.reqTimeout)
	sub, err := c.EthSubscribe(sctx, heads, "newHeads")
	cancel()
	if err != nil {
		return false, fmt.Errorf("subscribing to newHeads: %w", err)
	}
	defer sub.Unsubscribe()
	ix.m.wsConnected.Set(1)
	ix.m.wsSubscriptions.Inc()
	for {
		select {
		case <-ctx.Done():
			return got, nil
		case err := <-sub.Err():
			if err == nil {
				err = fmt.Errorf("subscription closed")
			}
			return got, err
		case <-heads:
			got = true
			ix.m.wsHeads.Inc()
			select {
			case wake <- struct{}{}:
			default: // a wake-up is already pending
			}
		}
	}
}
