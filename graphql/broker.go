package graphql

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/internal/notify"
)

// Notifications (a new head, a settled epoch; internal/notify's vocabulary, the one the indexer and
// settlement publish in) reach the API's subscriptions and cache through the server's notify.Broker:
// from Redis when there is one, so every replica hears every producer, otherwise from Postgres LISTEN
// on a connection of the server's own, on which the indexer and settlement NOTIFY in the transactions
// that commit heads and epochs. Either way a head reaches subscribers when it is committed, not at the
// next poll.

// listenRedis subscribes to the deployment's head and epoch channels and hands every message to the
// broker until ctx ends. It waits for Redis to confirm the subscription, so a head published once
// NewServer returned is heard; a Redis that does not answer (down at start) is not waited for: go-redis
// subscribes again whenever Redis comes back, as it does after Redis died under a running server.
func (s *Server) listenRedis(ctx context.Context) {
	heads := notify.Channel(s.opts.RedisPrefix, notify.Head, s.opts.ChainID)
	epochs := notify.Channel(s.opts.RedisPrefix, notify.Epoch, s.opts.ChainID)
	ps := s.rdb.Subscribe(ctx, heads, epochs)
	if _, err := ps.Receive(ctx); err != nil { // the subscription confirmation
		s.log.InfoContext(ctx, "redis subscription waits for redis", "err", err)
	}
	topics := map[string]notify.Topic{heads: notify.Head, epochs: notify.Epoch}
	go func() {
		defer ps.Close()
		ch := ps.Channel()
		for {
			select {
			case <-ctx.Done():
				return
			case m, ok := <-ch:
				if !ok {
					return
				}
				_ = s.inbox.Publish(ctx, topics[m.Channel], s.opts.ChainID, []byte(m.Payload))
			}
		}
	}()
}

// publish announces an event to every replica through Redis, or to this server's broker without Redis.
func (s *Server) publish(ctx context.Context, t notify.Topic, payload []byte) error {
	if s.rdb != nil {
		return notify.Redis{Client: s.rdb, Prefix: s.opts.RedisPrefix}.Publish(ctx, t, s.opts.ChainID, payload)
	}
	return s.inbox.Publish(ctx, t, s.opts.ChainID, payload)
}

// latest is the chain's current head and latest settled epoch, read on the Postgres listener's own
// connection (notify.Latest): what a reconnected listener announces if it moved while it was away.
func (s *Server) latest(ctx context.Context, conn *pgx.Conn) (*notify.HeadEvent, *notify.EpochEvent, error) {
	defer s.listened.Do(func() { close(s.listening) })
	var head *notify.HeadEvent
	var block int64
	var hash *string
	var btime *int64
	err := conn.QueryRow(ctx, `SELECT c.block_number, c.block_hash, b.time FROM cursors c
		LEFT JOIN blocks b ON b.chain_id = c.chain_id AND b.number = c.block_number
		WHERE c.chain_id = $1`, s.opts.ChainID).Scan(&block, &hash, &btime)
	switch {
	case err == nil:
		head = &notify.HeadEvent{ChainID: s.opts.ChainID, Block: uint64(block)}
		if hash != nil {
			head.Hash = *hash
		}
		if btime != nil {
			head.Time = uint64(*btime)
		}
	case !errors.Is(err, pgx.ErrNoRows):
		return nil, nil, fmt.Errorf("reading the cursor: %w", err)
	}
	var epoch *notify.EpochEvent
	var n int64
	var root string
	err = conn.QueryRow(ctx, `SELECT epoch, root FROM settlement_epochs WHERE chain_id = $1 ORDER BY epoch DESC LIMIT 1`,
		s.opts.ChainID).Scan(&n, &root)
	switch {
	case err == nil:
		epoch = &notify.EpochEvent{ChainID: s.opts.ChainID, Epoch: uint64(n), Root: root}
	case !errors.Is(err, pgx.ErrNoRows):
		return nil, nil, fmt.Errorf("reading the latest epoch: %w", err)
	}
	return head, epoch, nil
}
