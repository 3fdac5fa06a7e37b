package graphql

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"time"
)

// A WebSocket connection's freshness watermark: what X-Covey-Lsn and X-Covey-Min-Lsn are to HTTP
// requests (replica.go, rule 2), for graphql-ws. Reading a replica:
//   - connection_init's payload may carry {"minLsn": "X/Y"}, a position the client saw elsewhere
//     (an X-Covey-Lsn, or an extensions.lsn of another connection): no answer on the connection is
//     read from a snapshot older, and no head or epoch is announced on it before the replica has
//     replayed that far. A query waits up to ReplicaWait and is then refused (REPLICA_BEHIND); a
//     subscription waits.
//   - every `next` message carries extensions.lsn: an upper bound of the WAL position it reflects,
//     which the replica has replayed (send it back as minLsn, or as X-Covey-Min-Lsn).
//   - the watermark rises with every message sent, so no later message on the connection reflects an
//     older state.

// watermark is a connection's: the lowest WAL position its next message may reflect.
type watermark struct{ pos atomic.Uint64 }

func (w *watermark) get() lsn { return lsn(w.pos.Load()) }

// raise lifts the watermark to p (never lowers it).
func (w *watermark) raise(p lsn) { raiseTo(&w.pos, p) }

// raiseTo lifts a to p unless it is already past it.
func raiseTo(a *atomic.Uint64, p lsn) {
	for {
		old := a.Load()
		if uint64(p) <= old || a.CompareAndSwap(old, uint64(p)) {
			return
		}
	}
}

type watermarkKey struct{}

func withWatermark(ctx context.Context, w *watermark) context.Context {
	return context.WithValue(ctx, watermarkKey{}, w)
}

func watermarkOf(ctx context.Context) *watermark {
	w, _ := ctx.Value(watermarkKey{}).(*watermark)
	return w
}

// initMinLSN reads connection_init's payload: its minLsn, or 0 without one. Any other key (an auth
// token a client library sends) is left alone; a minLsn that is not a WAL position is the client's
// error, closing the connection (4400) with the reason.
func initMinLSN(payload json.RawMessage) (lsn, error) {
	var p struct {
		MinLsn *json.RawMessage `json:"minLsn"`
	}
	if len(payload) == 0 || json.Unmarshal(payload, &p) != nil || p.MinLsn == nil || string(*p.MinLsn) == "null" {
		return 0, nil
	}
	var s string
	if err := json.Unmarshal(*p.MinLsn, &s); err != nil {
		return 0, fmt.Errorf("connection_init minLsn: want a string like \"16/B374D848\"")
	}
	pos, err := parseLSN(strings.TrimSpace(s))
	if err != nil {
		return 0, fmt.Errorf("connection_init minLsn: %w", err)
	}
	return pos, nil
}

// lsnExtensions is a message's extensions: the position it reflects.
func lsnExtensions(p lsn) map[string]any {
	if p == 0 {
		return nil
	}
	return map[string]any{"lsn": p.String()}
}

// messagePosition is the position a subscription message on a connection with watermark w
// reflects: the latest the process knows the replica replayed (its snapshots, the notifications it
// released), and at least w; when w is ahead of both (a client's minLsn) the message waits until the
// replica has replayed w. The watermark is raised to it.
func (r *replica) messagePosition(ctx context.Context, w *watermark) (lsn, error) {
	known := max(lsn(r.served.Load()), lsn(r.released.Load()))
	need := w.get()
	if need > known {
		if err := r.await(ctx, need); err != nil {
			return 0, err
		}
		known = need
	}
	w.raise(known)
	return w.get(), nil
}

// await polls the replica's replay position until it reaches pos (bounded by ctx only: a message is
// held, never refused).
func (r *replica) await(ctx context.Context, pos lsn) error {
	conn, err := r.s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for {
		p, err := position(ctx, conn)
		if err != nil {
			return err
		}
		if p >= pos {
			raiseTo(&r.released, p)
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
