package chainrpc

import (
	"context"
	"math"
	"sync"
	"time"
)

// bucket is a token bucket whose rate halves on 429 and creeps back up on success.
type bucket struct {
	mu     sync.Mutex
	max    float64 // configured rate; +Inf when unlimited
	rate   float64
	tokens float64
	last   time.Time
	// throttled is when the rate was last halved.
	throttled time.Time
}

func newBucket(rps float64) *bucket {
	if rps <= 0 {
		rps = math.Inf(1)
	}
	return &bucket{max: rps, rate: rps, tokens: 1, last: time.Now()}
}

func (b *bucket) wait(ctx context.Context) error {
	for {
		b.mu.Lock()
		if math.IsInf(b.rate, 1) {
			b.mu.Unlock()
			return nil
		}
		now := time.Now()
		b.tokens = math.Min(math.Max(1, b.rate), b.tokens+now.Sub(b.last).Seconds()*b.rate)
		b.last = now
		if b.tokens >= 1 {
			b.tokens--
			b.mu.Unlock()
			return nil
		}
		need := time.Duration((1 - b.tokens) / b.rate * float64(time.Second))
		b.mu.Unlock()
		t := time.NewTimer(need)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (b *bucket) throttle() {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	if now.Sub(b.throttled) < 500*time.Millisecond {
		return // a burst of 429s from concurrent requests is one signal
	}
	b.throttled = now
	if math.IsInf(b.rate, 1) {
		b.rate = 50
	} else {
		b.rate = math.Max(1, b.rate/2)
	}
	b.tokens = 0
	b.last = now
}

func (b *bucket) success() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if math.IsInf(b.rate, 1) || b.rate >= b.max {
		return
	}
	b.rate *= 1.05
	if b.rate >= b.max || (math.IsInf(b.max, 1) && b.rate > 1000) {
		b.rate = b.max
	}
}
