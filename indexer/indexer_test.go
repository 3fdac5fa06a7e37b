package indexer

import (
	"math/big"
	mrand "math/rand/v2"
	"testing"

	"github.com/covey-labs/covey/internal/pgtest"
)

func TestSmoke(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		c.emit(c.randomEvent(r), c.randomEvent(r))
	}
	_ = big.NewInt
	pool := pgtest.New(t)
	syncIndex(t, testConfig(c), pool)
	if n := countRows(t, pool, "raw_logs"); n != 40 {
		t.Fatalf("raw_logs = %d, want 40", n)
	}
}
