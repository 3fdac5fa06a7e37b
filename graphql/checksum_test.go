package graphql

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestChecksumCache: the cached EIP-55 form equals go-ethereum's, on first sight, on a hit and after
// the cache started over; the database form is the lowercase of it.
func TestChecksumCache(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	c := newChecksumCache(8)
	addrs := make([]common.Address, 50)
	for i := range addrs {
		for j := range addrs[i] {
			addrs[i][j] = byte(r.Uint32())
		}
	}
	for round := 0; round < 3; round++ {
		for i, a := range addrs {
			if got, want := c.hex(a), a.Hex(); got != want {
				t.Fatalf("round %d, address %d: %s, want %s", round, i, got, want)
			}
			if got, want := (Address{a}).lower(), strings.ToLower(a.Hex()); got != want {
				t.Fatalf("lower: %s, want %s", got, want)
			}
		}
		if len(c.m) > c.max {
			t.Fatalf("cache holds %d entries, max %d", len(c.m), c.max)
		}
	}
	// Hits: a full pass over as many addresses as the cache holds leaves it unchanged.
	c = newChecksumCache(64)
	for _, a := range addrs {
		c.hex(a)
	}
	for _, a := range addrs {
		if _, ok := c.m[a]; !ok {
			t.Fatalf("%s not kept", a.Hex())
		}
	}
}
