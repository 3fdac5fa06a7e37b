package engine

import (
	"math/big"
)

// EpochStart is the first second of epoch e (§1).
func (p *Policy) EpochStart(e uint64) int64 { return p.Genesis + int64(e)*p.EpochLength }

// EpochEnd is the first second after epoch e (§1): the epoch is [EpochStart, EpochEnd).
func (p *Policy) EpochEnd(e uint64) int64 { return p.Genesis + int64(e+1)*p.EpochLength }

// EpochOf is the epoch an event with block timestamp t belongs to (§1); ok is false before genesis.
func (p *Policy) EpochOf(t int64) (e uint64, ok bool) {
	if t < p.Genesis {
		return 0, false
	}
	return uint64((t - p.Genesis) / p.EpochLength), true
}

// Settleable reports whether epoch e may be settled given the timestamp of the indexer's settled head (§1).
func (p *Policy) Settleable(e uint64, settledHeadTime int64) bool {
	return settledHeadTime >= p.EpochEnd(e)+p.Grace
}

// IsSnapshotBlock reports whether a block with timestamp t, followed by a block with timestamp next,
// is the snapshot block of epoch e: the last block with timestamp < end(e) (§1).
func (p *Policy) IsSnapshotBlock(e uint64, t, next int64) bool {
	end := p.EpochEnd(e)
	return t < end && next >= end
}

// Emission is E_e = floor(emission0 * (1 - decay)^floor(e / decayEvery)) (§3), exact.
func (p *Policy) Emission(e uint64) *big.Int {
	k := new(big.Int).SetUint64(e / p.DecayEvery)
	keep := new(big.Rat).Sub(big.NewRat(1, 1), p.Decay)
	num := new(big.Int).Exp(keep.Num(), k, nil)
	den := new(big.Int).Exp(keep.Denom(), k, nil)
	num.Mul(num, p.Emission0)
	return num.Quo(num, den)
}
