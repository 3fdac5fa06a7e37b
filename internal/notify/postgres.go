package notify

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Execer is what Notify needs: a pgx transaction, connection or pool.
type Execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// Notify sends payload on topic's Postgres channel. Producers call it inside the transaction that
// commits the event: Postgres delivers it at commit, to listeners that then see the event's rows.
func Notify(ctx context.Context, db Execer, t Topic, payload []byte) error {
	_, err := db.Exec(ctx, "SELECT pg_notify($1, $2)", t.PGChannel(), string(payload))
	return err
}

// Latest reads, on the listener's own connection, the database's current head and latest epoch of a
// chain (nil when there is none yet): what ListenPostgres compares with what it announced after it
// (re)connects, since Postgres keeps no notification for a listener that was away.
type Latest func(ctx context.Context, conn *pgx.Conn) (*HeadEvent, *EpochEvent, error)

// ListenPostgres hears the head and epoch channels on a connection of its own (cfg: never a pooled one,
// so neither a pool's reset nor its size touches it) and publishes chainID's notifications on b until
// ctx ends: without Redis, the API learns of a new head when the indexer commits it. A lost connection is
// opened again after a pause growing to maxListenBackoff; on every reconnection what changed meanwhile
// (latest) is announced once.
func ListenPostgres(ctx context.Context, cfg *pgx.ConnConfig, chainID int64, b *Broker, latest Latest, log *slog.Logger) {
	l := &pgListener{cfg: cfg, chain: chainID, b: b, latest: latest, log: log}
	backoff := minListenBackoff
	for ctx.Err() == nil {
		listened, err := l.listen(ctx)
		if ctx.Err() != nil {
			return
		}
		if listened {
			backoff = minListenBackoff
		}
		log.Warn("listening for notifications on postgres", "err", err, "retry_in", backoff)
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		backoff = min(2*backoff, maxListenBackoff)
	}
}

const (
	minListenBackoff = 100 * time.Millisecond
	maxListenBackoff = 5 * time.Second
)

// pgListener remembers what it announced, to announce after a reconnection only what is new.
type pgListener struct {
	cfg    *pgx.ConnConfig
	chain  int64
	b      *Broker
	latest Latest
	log    *slog.Logger

	started           bool
	head, epoch       uint64
	hasHead, hasEpoch bool
}

// listen connects, LISTENs, catches up and forwards notifications until the connection fails; listened
// says whether it got as far as listening.
func (l *pgListener) listen(ctx context.Context) (listened bool, err error) {
	conn, err := pgx.ConnectConfig(ctx, l.cfg)
	if err != nil {
		return false, err
	}
	defer func() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		_ = conn.Close(cctx)
	}()
	for _, t := range []Topic{Head, Epoch} {
		if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{t.PGChannel()}.Sanitize()); err != nil {
			return false, err
		}
	}
	if err := l.catchUp(ctx, conn); err != nil {
		return true, err
	}
	topics := map[string]Topic{Head.PGChannel(): Head, Epoch.PGChannel(): Epoch}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return true, err
		}
		if t, ok := topics[n.Channel]; ok {
			l.forward(ctx, t, []byte(n.Payload))
		}
	}
}

// catchUp announces the head and epoch that changed while nobody listened (nothing the first time: a
// new listener has missed nothing).
func (l *pgListener) catchUp(ctx context.Context, conn *pgx.Conn) error {
	if l.latest == nil {
		return nil
	}
	head, epoch, err := l.latest(ctx, conn)
	if err != nil {
		return err
	}
	first := !l.started
	l.started = true
	if head != nil && (!l.hasHead || head.Block != l.head) {
		l.head, l.hasHead = head.Block, true
		if !first {
			_ = l.b.Publish(ctx, Head, l.chain, head.Payload())
		}
	}
	if epoch != nil && (!l.hasEpoch || epoch.Epoch != l.epoch) {
		l.epoch, l.hasEpoch = epoch.Epoch, true
		if !first {
			_ = l.b.Publish(ctx, Epoch, l.chain, epoch.Payload())
		}
	}
	return nil
}

// forward publishes a notification of this listener's chain and remembers its position.
func (l *pgListener) forward(ctx context.Context, t Topic, payload []byte) {
	var p struct {
		ChainID int64  `json:"chain_id"`
		Block   uint64 `json:"block"`
		Epoch   uint64 `json:"epoch"`
	}
	if err := json.Unmarshal(payload, &p); err != nil || p.ChainID != l.chain {
		return
	}
	switch t {
	case Head:
		l.head, l.hasHead = p.Block, true
	case Epoch:
		l.epoch, l.hasEpoch = p.Epoch, true
	}
	_ = l.b.Publish(ctx, t, l.chain, payload)
}
