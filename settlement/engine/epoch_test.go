package engine

import (
	"math/big"
	"testing"
)

// §1: epoch e is [genesis + e*L, genesis + (e+1)*L); settleable when the settled head is >= end + grace.
func TestSection1EpochWindows(t *testing.T) {
	p := smallPolicy()
	p.Genesis, p.EpochLength, p.Grace = 1000, 100, 600
	for _, tc := range []struct {
		name       string
		time       int64
		wantEpoch  uint64
		wantInside bool
	}{
		{"before genesis", 999, 0, false},
		{"genesis is epoch 0", 1000, 0, true},
		{"last second of epoch 0", 1099, 0, true},
		{"end of epoch 0 is epoch 1", 1100, 1, true},
		{"epoch 7", 1000 + 7*100 + 42, 7, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, ok := p.EpochOf(tc.time)
			if ok != tc.wantInside || (ok && e != tc.wantEpoch) {
				t.Fatalf("EpochOf(%d) = %d,%v want %d,%v", tc.time, e, ok, tc.wantEpoch, tc.wantInside)
			}
			if ok && (tc.time < p.EpochStart(e) || tc.time >= p.EpochEnd(e)) {
				t.Fatalf("%d not in [%d,%d)", tc.time, p.EpochStart(e), p.EpochEnd(e))
			}
		})
	}
	if p.EpochStart(3) != 1300 || p.EpochEnd(3) != 1400 {
		t.Fatalf("epoch 3 = [%d,%d)", p.EpochStart(3), p.EpochEnd(3))
	}
	// Epoch 0 ends at 1100; with grace 600 it may be settled once the settled head reaches 1700.
	for _, tc := range []struct {
		head int64
		want bool
	}{{1100, false}, {1699, false}, {1700, true}, {5000, true}} {
		if got := p.Settleable(0, tc.head); got != tc.want {
			t.Errorf("Settleable(0, %d) = %v", tc.head, got)
		}
	}
	// The snapshot block of epoch 0 is the last block with timestamp < 1100.
	for _, tc := range []struct {
		t, next int64
		want    bool
	}{{1098, 1099, false}, {1099, 1100, true}, {1098, 1102, true}, {1100, 1102, false}} {
		if got := p.IsSnapshotBlock(0, tc.t, tc.next); got != tc.want {
			t.Errorf("IsSnapshotBlock(0, %d, %d) = %v", tc.t, tc.next, got)
		}
	}
	// Compute reports the window it used.
	r := newFx(2, 1).run(t, p)
	if r.Start != 1200 || r.End != 1300 {
		t.Fatalf("result window [%d,%d)", r.Start, r.End)
	}
	_ = big.NewInt
}
