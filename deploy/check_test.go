package deploy

import (
	"testing"
	"time"
)

// TestGenesisMakesTheDeploymentDayTheFirstEpoch: 2026-12-07 04:21:20 UTC is epoch 0 of the genesis
// 2026-12-07 00:00 UTC, and epoch 3 of 2026-12-04's.
func TestGenesisMakesTheDeploymentDayTheFirstEpoch(t *testing.T) {
	at := uint64(time.Date(2026, 12, 7, 4, 21, 20, 0, time.UTC).Unix())
	for first, want := range map[uint64]time.Time{
		0: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC),
		3: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC),
	} {
		if got := Genesis(at, first); got != want.Unix() {
			t.Errorf("first epoch %d: genesis %s, want %s", first, time.Unix(got, 0).UTC(), want)
		}
	}
	if got := Genesis(uint64(time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC).Unix()), 0); got != time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC).Unix() {
		t.Errorf("a deployment at midnight: genesis %s", time.Unix(got, 0).UTC())
	}
}
