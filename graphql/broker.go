package graphql

import (
	"context"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Broker carries notifications (new head, settled epoch) to subscribers. With Redis it is
// shared by every server instance and by the indexer and settlement processes that publish;
// without it, an in-process broker fed by polling the database.
type Broker interface {
	// Publish sends payload to every subscriber of topic.
	Publish(ctx context.Context, topic string, payload []byte) error
	// Subscribe delivers topic's payloads until ctx ends; slow subscribers miss messages rather
	// than block the others.
	Subscribe(ctx context.Context, topic string) <-chan []byte
}

// Topics (the Redis channel is <prefix><topic>:<chain id>, e.g. covey:head:8453).
const (
	TopicHead  = "head"
	TopicEpoch = "epoch"
)

// MemoryBroker is an in-process Broker.
type MemoryBroker struct {
	mu   sync.Mutex
	subs map[string]map[chan []byte]struct{}
}

// NewMemoryBroker returns an empty in-process broker.
func NewMemoryBroker() *MemoryBroker {
	return &MemoryBroker{subs: map[string]map[chan []byte]struct{}{}}
}

// Publish fans payload out without blocking.
func (b *MemoryBroker) Publish(_ context.Context, topic string, payload []byte) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs[topic] {
		select {
		case ch <- payload:
		default:
		}
	}
	return nil
}

// Subscribe registers until ctx ends.
func (b *MemoryBroker) Subscribe(ctx context.Context, topic string) <-chan []byte {
	ch := make(chan []byte, 16)
	b.mu.Lock()
	if b.subs[topic] == nil {
		b.subs[topic] = map[chan []byte]struct{}{}
	}
	b.subs[topic][ch] = struct{}{}
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		delete(b.subs[topic], ch)
		b.mu.Unlock()
		close(ch)
	}()
	return ch
}

// RedisBroker is a Broker over Redis pub/sub: one Redis subscription per process, fanned out
// in memory to every GraphQL subscriber.
type RedisBroker struct {
	rdb    *redis.Client
	prefix string
	chain  int64
	local  *MemoryBroker
	log    *slog.Logger
}

// NewRedisBroker subscribes to the head and epoch channels until ctx ends.
func NewRedisBroker(ctx context.Context, rdb *redis.Client, prefix string, chainID int64, log *slog.Logger) (*RedisBroker, error) {
	b := &RedisBroker{rdb: rdb, prefix: prefix, chain: chainID, local: NewMemoryBroker(), log: log}
	ps := rdb.Subscribe(ctx, b.channel(TopicHead), b.channel(TopicEpoch))
	if _, err := ps.Receive(ctx); err != nil { // the subscription confirmation
		_ = ps.Close()
		return nil, err
	}
	byChannel := map[string]string{b.channel(TopicHead): TopicHead, b.channel(TopicEpoch): TopicEpoch}
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
				_ = b.local.Publish(ctx, byChannel[m.Channel], []byte(m.Payload))
			}
		}
	}()
	return b, nil
}

func (b *RedisBroker) channel(topic string) string {
	return b.prefix + topic + ":" + strconv.FormatInt(b.chain, 10)
}

// Publish sends through Redis, so every instance (this one included) receives it.
func (b *RedisBroker) Publish(ctx context.Context, topic string, payload []byte) error {
	return b.rdb.Publish(ctx, b.channel(topic), payload).Err()
}

// Subscribe delivers what arrives from Redis.
func (b *RedisBroker) Subscribe(ctx context.Context, topic string) <-chan []byte {
	return b.local.Subscribe(ctx, topic)
}

// poll publishes head and epoch notifications found by polling the database, for deployments
// without Redis (the indexer and settlement then have no channel to announce them on).
func (s *Server) poll(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	var lastHead, lastEpoch *int64
	for {
		var head, epoch *int64
		var hash *string
		var btime *int64
		err := s.queryRow(ctx, `SELECT c.block_number, c.block_hash, b.time FROM cursors c
			LEFT JOIN blocks b ON b.chain_id = c.chain_id AND b.number = c.block_number
			WHERE c.chain_id = $1 ORDER BY c.block_number DESC LIMIT 1`, s.opts.ChainID).Scan(&head, &hash, &btime)
		if err == nil && head != nil && (lastHead == nil || *head != *lastHead) {
			if lastHead != nil {
				_ = s.broker.Publish(ctx, TopicHead, headPayload(s.opts.ChainID, *head, hash, btime))
			}
			lastHead = head
		}
		var root *string
		err = s.queryRow(ctx, `SELECT epoch, root FROM settlement_epochs WHERE chain_id = $1 ORDER BY epoch DESC LIMIT 1`,
			s.opts.ChainID).Scan(&epoch, &root)
		if err == nil && epoch != nil && (lastEpoch == nil || *epoch != *lastEpoch) {
			if lastEpoch != nil {
				_ = s.broker.Publish(ctx, TopicEpoch, epochPayload(s.opts.ChainID, *epoch, root))
			}
			lastEpoch = epoch
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
