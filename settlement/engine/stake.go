package engine

import (
	"math/big"
	"sort"
)

// balancePoint is a balance that holds from pos.Time on.
type balancePoint struct {
	pos Position
	bal *big.Int
}

// stakeSeconds is §2's SS = sum_k b_k * dt_k over the pieces of [start, end): a change at t counts
// from t, the balance at start is the last change before (or at) start, changes at or after end do not
// count. The points are sorted here by (time, block, log index); among changes in the same second the
// last one holds (the earlier ones last zero seconds).
func stakeSeconds(points []balancePoint, start, end int64) *big.Int {
	sort.Slice(points, func(i, j int) bool { return points[i].pos.less(points[j].pos) })
	ss := new(big.Int)
	bal := new(big.Int)
	at := start
	piece := new(big.Int)
	for _, pt := range points {
		t := pt.pos.Time
		if t >= end {
			break
		}
		if t > at {
			piece.SetInt64(t - at)
			ss.Add(ss, piece.Mul(piece, bal))
			at = t
		}
		bal = pt.bal
	}
	if end > at {
		piece.SetInt64(end - at)
		ss.Add(ss, piece.Mul(piece, bal))
	}
	return ss
}
