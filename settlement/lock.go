package settlement

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/config"
)

// Locker gives one replica at a time the right to settle a chain. Lock returns ok=false (and no error)
// when another holder has it. The returned context is cancelled if the lock is lost before release;
// the settlement_epochs primary key stays the final guard either way.
type Locker interface {
	Lock(ctx context.Context, name string) (held context.Context, release func(), ok bool, err error)
}

// RedisLocker is a single-instance Redis lock: SET NX PX with a random token, renewed while held, and
// released only by its owner (compare-and-delete in Lua), so a holder whose lock expired never
// deletes a successor's.
type RedisLocker struct {
	Client *redis.Client
	// TTL bounds how long a crashed holder blocks the others (default 60 s); renewed every TTL/3.
	TTL time.Duration
	// Prefix is redis.prefix: the lock key moves into that namespace (config.RedisName), so
	// deployments or test runs sharing one Redis never take each other's lock.
	Prefix string
	Log    *slog.Logger
}

var (
	unlockScript = redis.NewScript(`if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`)
	renewScript  = redis.NewScript(`if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) else return 0 end`)
)

// Lock tries to take the lock once.
func (l RedisLocker) Lock(ctx context.Context, name string) (context.Context, func(), bool, error) {
	ttl := l.TTL
	if ttl <= 0 {
		ttl = 60 * time.Second
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, nil, false, err
	}
	token := hex.EncodeToString(b)
	name = config.RedisName(l.Prefix, name)
	ok, err := l.Client.SetNX(ctx, name, token, ttl).Result()
	if err != nil {
		return nil, nil, false, fmt.Errorf("taking lock %s: %w", name, err)
	}
	if !ok {
		return nil, nil, false, nil
	}
	held, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(ttl / 3)
		defer t.Stop()
		for {
			select {
			case <-held.Done():
				return
			case <-t.C:
				n, err := renewScript.Run(held, l.Client, []string{name}, token, ttl.Milliseconds()).Int64()
				if err != nil && held.Err() != nil {
					return
				}
				if err != nil || n == 0 {
					if l.Log != nil {
						l.Log.Error("settlement lock lost", "lock", name, "err", err)
					}
					cancel()
					return
				}
			}
		}
	}()
	release := func() {
		cancel()
		<-done
		rctx, c := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer c()
		_ = unlockScript.Run(rctx, l.Client, []string{name}, token).Err()
	}
	return held, release, true, nil
}

// PgLocker is a Postgres session advisory lock, for deployments without Redis. It holds a pool
// connection while locked; the server frees the lock if that connection dies.
type PgLocker struct{ Pool *pgxpool.Pool }

// Lock tries to take the advisory lock named by name once.
func (l PgLocker) Lock(ctx context.Context, name string) (context.Context, func(), bool, error) {
	conn, err := l.Pool.Acquire(ctx)
	if err != nil {
		return nil, nil, false, fmt.Errorf("taking lock %s: %w", name, err)
	}
	h := fnv.New64a()
	h.Write([]byte(name))
	key := int64(h.Sum64())
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil {
		conn.Release()
		return nil, nil, false, fmt.Errorf("taking lock %s: %w", name, err)
	}
	if !ok {
		conn.Release()
		return nil, nil, false, nil
	}
	held, cancel := context.WithCancel(ctx)
	release := func() {
		cancel()
		rctx, c := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer c()
		if _, err := conn.Exec(rctx, `SELECT pg_advisory_unlock($1)`, key); err != nil {
			// A connection in an unknown state must not go back to the pool still holding the lock.
			_ = conn.Conn().Close(rctx)
		}
		conn.Release()
	}
	return held, release, true, nil
}

// ErrLockHeld is returned by a one-shot command when another process holds the settlement lock.
var ErrLockHeld = errors.New("another process is settling this chain (lock held)")

// LockName is the lock that serialises settlement and publication of a chain.
func LockName(chainID int64) string { return fmt.Sprintf("covey:settle:%d", chainID) }
