package graphql

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/covey-labs/covey/internal/notify"
)

// PublishHead announces a new indexed head to every replica (through Redis when there is one), as the
// indexer does: for tests and in-process producers.
func (s *Server) PublishHead(ctx context.Context, block int64, hash string, t int64) error {
	return s.publish(ctx, notify.Head, notify.HeadEvent{ChainID: s.opts.ChainID, Block: uint64(block), Hash: hash, Time: uint64(t)}.Payload())
}

// PublishEpoch announces a settled epoch to every replica, as settlement does.
func (s *Server) PublishEpoch(ctx context.Context, epoch int64, root string) error {
	return s.publish(ctx, notify.Epoch, notify.EpochEvent{ChainID: s.opts.ChainID, Epoch: uint64(epoch), Root: root}.Payload())
}

// subscriptionRoot resolves the Subscription type.
type subscriptionRoot struct{ s *Server }

// headR is one message of the head subscription: the indexed head m and the blocks from..m.Block it
// covers.
type headR struct {
	m    notify.HeadEvent
	from uint64
}

// ChainID of the head.
func (r *headR) ChainID() int32 { return int32(r.m.ChainID) }

// Block number of the head.
func (r *headR) Block() int32 { return int32(r.m.Block) }

// FromBlock is the first block the message covers.
func (r *headR) FromBlock() int32 { return int32(r.from) }

// ToBlock is the last block the message covers: the head.
func (r *headR) ToBlock() int32 { return int32(r.m.Block) }

// Hash of the head block.
func (r *headR) Hash() *Bytes32 { return optHash(&r.m.Hash) }

// Time of the head block.
func (r *headR) Time() *Timestamp {
	if r.m.Time == 0 {
		return nil
	}
	return &Timestamp{int64(r.m.Time)}
}

// Head streams the indexed head, latest first: heads committed together, or arriving faster than the
// subscriber reads, make one message whose range covers every block indexed since the previous one.
func (q *subscriptionRoot) Head(ctx context.Context) (<-chan *headR, error) {
	in := q.s.broker.Subscribe(ctx, notify.Head, q.s.opts.ChainID)
	out := make(chan *headR)
	go func() {
		defer close(out)
		var r headRanges
		for p := range in {
			var m notify.HeadEvent
			if json.Unmarshal(p, &m) != nil || m.ChainID != q.s.opts.ChainID {
				continue
			}
			h, ok := r.next(m)
			if !ok {
				continue
			}
			select {
			case out <- h:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// headRanges turns one subscriber's stream of heads into messages whose ranges cover each indexed block
// once, in order: a head's range starts after the previous message's head (the blocks of heads this
// subscriber missed, merged by the indexer's publisher or dropped by a full Broker, included), or at the
// head's From when that is lower: a reorg replaced blocks already announced.
type headRanges struct {
	started bool
	last    uint64
	hash    string
}

// next is the message for head m; ok is false for a head already announced (same block and hash: a
// re-announcement after the API's listener reconnected, or the same commit heard twice).
func (r *headRanges) next(m notify.HeadEvent) (h *headR, ok bool) {
	from := m.From
	if from == 0 || from > m.Block {
		from = m.Block
	}
	if r.started {
		if m.Block == r.last && m.Hash == r.hash {
			return nil, false
		}
		if from > r.last {
			from = r.last + 1
		}
	}
	r.started, r.last, r.hash = true, m.Block, m.Hash
	return &headR{m: m, from: from}, true
}

type epochNoticeR struct {
	s *Server
	m notify.EpochEvent
}

// ChainID of the epoch.
func (r *epochNoticeR) ChainID() int32 { return int32(r.m.ChainID) }

// Epoch settled.
func (r *epochNoticeR) Epoch() int32 { return int32(r.m.Epoch) }

// Root of the epoch.
func (r *epochNoticeR) Root() *Bytes32 { return optHash(&r.m.Root) }

// Details reads the stored epoch.
func (r *epochNoticeR) Details(ctx context.Context) (*epochR, error) {
	n := int32(r.m.Epoch)
	return (&queryRoot{r.s}).Epoch(ctx, epochArgs{Number: n})
}

// EpochSettled streams settled epochs.
func (q *subscriptionRoot) EpochSettled(ctx context.Context) (<-chan *epochNoticeR, error) {
	in := q.s.broker.Subscribe(ctx, notify.Epoch, q.s.opts.ChainID)
	out := make(chan *epochNoticeR)
	go func() {
		defer close(out)
		for p := range in {
			var m notify.EpochEvent
			if json.Unmarshal(p, &m) != nil || m.ChainID != q.s.opts.ChainID {
				continue
			}
			select {
			case out <- &epochNoticeR{q.s, m}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// Claimable streams the account's claim now and after every head or epoch that changed it.
func (q *subscriptionRoot) Claimable(ctx context.Context, args claimArgs) (<-chan *claimR, error) {
	heads := q.s.broker.Subscribe(ctx, notify.Head, q.s.opts.ChainID)
	epochs := q.s.broker.Subscribe(ctx, notify.Epoch, q.s.opts.ChainID)
	a := args.Account.lower()
	out := make(chan *claimR)
	go func() {
		defer close(out)
		last := ""
		for {
			m, err := q.s.subscriptionClaims(ctx, a)
			if err == nil {
				c := m[a]
				fp := fmt.Sprint(c.cumulative, "/", c.claimed, "/", c.acceptedCum, "/", i32p(c.epoch) != nil, "/", i32p(c.settledEpoch) != nil)
				if c.epoch != nil {
					fp += "/" + fmt.Sprint(*c.epoch)
				}
				if c.settledEpoch != nil {
					fp += "/s" + fmt.Sprint(*c.settledEpoch)
				}
				if fp != last {
					last = fp
					select {
					case out <- c:
					case <-ctx.Done():
						return
					}
				}
			} else if errors.Is(err, errReplicaBehind) {
				continue // the replica has not reached the connection's watermark: wait on
			} else if ctx.Err() == nil {
				_ = q.s.internal(ctx, "claimable subscription", err)
			}
			select {
			case <-ctx.Done():
				return
			case _, ok := <-heads:
				if !ok {
					return
				}
			case _, ok := <-epochs:
				if !ok {
					return
				}
			}
		}
	}()
	return out, nil
}

// subscriptionClaims reads one account's claim for a subscription: reading a replica, in a snapshot
// held to what this process already served (replica.go), like a query.
func (s *Server) subscriptionClaims(ctx context.Context, account string) (map[string]*claimR, error) {
	if s.replica == nil {
		return s.claims(ctx, []string{account})
	}
	sctx, sn := s.withSnapshot(ctx, true)
	defer sn.close(ctx)
	return s.claims(sctx, []string{account})
}
