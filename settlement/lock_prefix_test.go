package settlement

import (
	"context"
	"testing"
)

// Two deployments sharing one Redis (redis.prefix differs) never take each other's settlement lock;
// two processes of one deployment (same prefix) exclude each other.
func TestRedisLockPrefixesSeparateDeployments(t *testing.T) {
	rdb := testRedis(t)
	ctx := context.Background()
	a := RedisLocker{Client: rdb, Prefix: randPrefix()}
	b := RedisLocker{Client: rdb, Prefix: randPrefix()}
	_, releaseA, ok, err := a.Lock(ctx, LockName(31337))
	if err != nil || !ok {
		t.Fatalf("deployment a: %v %v", ok, err)
	}
	defer releaseA()
	if n, _ := rdb.Exists(ctx, a.Prefix+"settle:31337").Result(); n != 1 {
		t.Fatalf("lock key is not %ssettle:31337", a.Prefix)
	}
	_, releaseB, ok, err := b.Lock(ctx, LockName(31337))
	if err != nil || !ok {
		t.Fatalf("deployment b was blocked by a's lock: %v %v", ok, err)
	}
	defer releaseB()
	if _, _, ok, _ := (RedisLocker{Client: rdb, Prefix: a.Prefix}).Lock(ctx, LockName(31337)); ok {
		t.Fatal("a second process of deployment a took a's held lock")
	}
}
