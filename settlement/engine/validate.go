package engine

import (
	"errors"
	"fmt"
	"math/big"
)

const ppm = 1_000_000

// checkID validates a uint256 identifier (task id, submission id).
func checkID(what string, id *big.Int) error {
	if id == nil {
		return fmt.Errorf("%s: missing id", what)
	}
	if id.Sign() < 0 || id.Cmp(maxUint256) > 0 {
		return fmt.Errorf("%s: id %s is not a uint256", what, id)
	}
	return nil
}

// checkAmount validates a uint256 amount.
func checkAmount(what string, x *big.Int) error {
	if x == nil {
		return fmt.Errorf("%s: missing amount", what)
	}
	if x.Sign() < 0 || x.Cmp(maxUint256) > 0 {
		return fmt.Errorf("%s: amount %s is not a uint256", what, x)
	}
	return nil
}

// positions rejects two events at the same (block, log index): a duplicated row would make the
// result depend on which copy sorts first, and always means the loader read an event twice.
type positions map[[2]uint64]string

func (ps positions) add(what string, p Position) error {
	k := [2]uint64{p.Block, p.LogIndex}
	if prev, ok := ps[k]; ok {
		return fmt.Errorf("%s and %s share block %d log index %d", prev, what, p.Block, p.LogIndex)
	}
	ps[k] = what
	return nil
}

var errNilInput = errors.New("nil policy or input")
