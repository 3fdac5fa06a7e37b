// Package notify is covey's one notification vocabulary: the topics (a new indexed head, a newly
// settled epoch), their channel names in Redis and in Postgres, their JSON payloads, and the ways
// they travel: Redis pub/sub between processes, an in-process Broker, and Postgres LISTEN/NOTIFY
// without Redis. The indexer and settlement publish, the API listens; they import this package and
// never each other. Notifications are hints: the database is the truth, and a lost notification
// only delays a reader.
package notify

import (
	"context"
	"encoding/json"
	"strconv"

	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
)

// Topic is what a notification announces.
type Topic string

const (
	// Head: the indexer committed a batch; the payload is a HeadEvent.
	Head Topic = "head"
	// Epoch: settlement stored an epoch; the payload is an EpochEvent.
	Epoch Topic = "epoch"
)

// Channel is topic's Redis channel for a chain in a Redis namespace (redis.prefix, "" for the default
// "covey:"): covey:head:8453. The indexer, settlement and every API replica of one deployment share it.
func Channel(prefix string, t Topic, chainID int64) string {
	if prefix == "" {
		prefix = config.DefaultRedisPrefix
	}
	return prefix + string(t) + ":" + strconv.FormatInt(chainID, 10)
}

// PGChannel is topic's Postgres channel (covey_head, covey_epoch), NOTIFY'd inside the transaction that
// commits the event, so a listener hears of it exactly when it becomes visible. Its payload carries the
// chain id: one channel serves every chain of a database.
func (t Topic) PGChannel() string { return "covey_" + string(t) }

// HeadEvent is a new indexed head: the cursor's block (Block), and From, the first block of the commits it
// announces (0: unknown, Block alone). A From at or below a head announced before means a reorg replaced
// the blocks from there.
type HeadEvent struct {
	ChainID int64  `json:"chain_id"`
	From    uint64 `json:"from,omitempty"`
	Block   uint64 `json:"block"`
	Hash    string `json:"hash,omitempty"`
	Time    uint64 `json:"time,omitempty"`
}

// EpochEvent is a newly settled epoch and its root.
type EpochEvent struct {
	ChainID int64  `json:"chain_id"`
	Epoch   uint64 `json:"epoch"`
	Root    string `json:"root,omitempty"`
}

// Payload is the event's JSON.
func (e HeadEvent) Payload() []byte { return mustJSON(e) }

// Payload is the event's JSON.
func (e EpochEvent) Payload() []byte { return mustJSON(e) }

// mustJSON marshals the events above, which have no field that can fail to marshal.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// Publisher announces an event to other processes (Redis) or to this one (Broker).
type Publisher interface {
	Publish(ctx context.Context, t Topic, chainID int64, payload []byte) error
}

// Redis publishes with Redis PUBLISH on Channel(Prefix, t, chainID).
type Redis struct {
	Client redis.UniversalClient
	// Prefix is redis.prefix: the deployment's namespace, which its API replicas, and only they, hear.
	Prefix string
}

// Publish implements Publisher.
func (r Redis) Publish(ctx context.Context, t Topic, chainID int64, payload []byte) error {
	return r.Client.Publish(ctx, Channel(r.Prefix, t, chainID), payload).Err()
}
