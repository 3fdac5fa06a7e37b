// Package ctxtime waits the way every loop of covey waits: for a while, or until its context ends.
package ctxtime

import (
	"context"
	"time"
)

// Sleep waits d and returns nil; it returns early with ctx's error when ctx ends, or with nil when wake
// (which may be nil: never) receives — a poll loop that a new head may wake before its interval.
func Sleep(ctx context.Context, d time.Duration, wake <-chan struct{}) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	case <-wake:
		return nil
	}
}
