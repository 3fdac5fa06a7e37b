package graphql

import (
	"context"
	"encoding/json"
	"fmt"
)

// headMsg is the payload on the head channel: {chain_id, block, hash, time}.
type headMsg struct {
	ChainID int64   `json:"chain_id"`
	Block   int64   `json:"block"`
	Hash    *string `json:"hash,omitempty"`
	Time    *int64  `json:"time,omitempty"`
}

// epochMsg is the payload on the epoch channel: {chain_id, epoch, root}.
type epochMsg struct {
	ChainID int64   `json:"chain_id"`
	Epoch   int64   `json:"epoch"`
	Root    *string `json:"root,omitempty"`
}

func headPayload(chain, block int64, hash *string, t *int64) []byte {
	b, _ := json.Marshal(headMsg{ChainID: chain, Block: block, Hash: hash, Time: t})
	return b
}

func epochPayload(chain, epoch int64, root *string) []byte {
	b, _ := json.Marshal(epochMsg{ChainID: chain, Epoch: epoch, Root: root})
	return b
}

// PublishHead announces a new indexed head on the server's broker (for tests and in-process
// producers; the indexer publishes the same JSON on Redis).
func (s *Server) PublishHead(ctx context.Context, block int64, hash string, t int64) error {
	return s.broker.Publish(ctx, TopicHead, headPayload(s.opts.ChainID, block, &hash, &t))
}

// PublishEpoch announces a settled epoch on the server's broker.
func (s *Server) PublishEpoch(ctx context.Context, epoch int64, root string) error {
	return s.broker.Publish(ctx, TopicEpoch, epochPayload(s.opts.ChainID, epoch, &root))
}

// subscriptionRoot resolves the Subscription type.
type subscriptionRoot struct{ s *Server }

type headR struct{ m headMsg }

// ChainID of the head.
func (r *headR) ChainID() int32 { return int32(r.m.ChainID) }

// Block number of the head.
func (r *headR) Block() int32 { return int32(r.m.Block) }

// Hash of the head block.
func (r *headR) Hash() *Bytes32 { return optHash(r.m.Hash) }

// Time of the head block.
func (r *headR) Time() *Timestamp {
	if r.m.Time == nil {
		return nil
	}
	return &Timestamp{*r.m.Time}
}

// Head streams new indexed heads.
func (q *subscriptionRoot) Head(ctx context.Context) (<-chan *headR, error) {
	in := q.s.broker.Subscribe(ctx, TopicHead)
	out := make(chan *headR)
	go func() {
		defer close(out)
		for p := range in {
			var m headMsg
			if json.Unmarshal(p, &m) != nil || m.ChainID != q.s.opts.ChainID {
				continue
			}
			select {
			case out <- &headR{m}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

type epochNoticeR struct {
	s *Server
	m epochMsg
}

// ChainID of the epoch.
func (r *epochNoticeR) ChainID() int32 { return int32(r.m.ChainID) }

// Epoch settled.
func (r *epochNoticeR) Epoch() int32 { return int32(r.m.Epoch) }

// Root of the epoch.
func (r *epochNoticeR) Root() *Bytes32 { return optHash(r.m.Root) }

// Details reads the stored epoch.
func (r *epochNoticeR) Details(ctx context.Context) (*epochR, error) {
	n := int32(r.m.Epoch)
	return (&queryRoot{r.s}).Epoch(ctx, epochArgs{Number: n})
}

// EpochSettled streams settled epochs.
func (q *subscriptionRoot) EpochSettled(ctx context.Context) (<-chan *epochNoticeR, error) {
	in := q.s.broker.Subscribe(ctx, TopicEpoch)
	out := make(chan *epochNoticeR)
	go func() {
		defer close(out)
		for p := range in {
			var m epochMsg
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
	heads := q.s.broker.Subscribe(ctx, TopicHead)
	epochs := q.s.broker.Subscribe(ctx, TopicEpoch)
	a := args.Account.lower()
	out := make(chan *claimR)
	go func() {
		defer close(out)
		last := ""
		for {
			m, err := q.s.claims(ctx, []string{a})
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
