package graphql

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// checksums remembers addresses' EIP-55 forms. Each costs a keccak256 and a few allocations: about a
// tenth of covey's CPU for a page of addresses (a 120-entry leaderboard), and the same accounts come
// back page after page and claim after claim.
var checksums = newChecksumCache(1 << 16)

// checksumCache is a bounded map from address to its checksummed hex: when full it starts over, which
// keeps it at most max entries (a few MB) without bookkeeping per hit.
type checksumCache struct {
	mu  sync.RWMutex
	m   map[common.Address]string
	max int
}

func newChecksumCache(max int) *checksumCache {
	return &checksumCache{m: make(map[common.Address]string), max: max}
}

// hex returns a's EIP-55 form, as common.Address.Hex does.
func (c *checksumCache) hex(a common.Address) string {
	c.mu.RLock()
	s, ok := c.m[a]
	c.mu.RUnlock()
	if ok {
		return s
	}
	s = a.Hex()
	c.mu.Lock()
	if len(c.m) >= c.max {
		c.m = make(map[common.Address]string)
	}
	c.m[a] = s
	c.mu.Unlock()
	return s
}
