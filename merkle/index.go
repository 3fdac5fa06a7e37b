package merkle

import (
	"hash/maphash"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
)

// addrIndex maps an account to its original leaf index. It is a flat open-addressing table
// filled concurrently with compare-and-swap, so that duplicate detection and the account lookup
// for ProofFor cost a few milliseconds for a million leaves instead of the ~100 ms of a Go map,
// with one allocation. A slot holds the upper 32 bits of the account's hash (a tag, so probing
// past other accounts rarely reads them) and index+1 (0 = empty).
type addrIndex struct {
	seed  maphash.Seed
	slots []uint64
	mask  uint64
}

func slot(h uint64, k int) uint64 { return h&^(1<<32-1) | uint64(k+1) }

// newAddrIndex indexes accounts. If an account occurs twice it returns dup = true and the
// indices of the first duplicate pair in input order (i < j).
func newAddrIndex(accounts []common.Address) (ix addrIndex, dup bool, i, j int) {
	size := 1
	for size < 2*len(accounts) {
		size <<= 1
	}
	ix = addrIndex{seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1)}
	var found atomic.Bool
	parallelFor(len(accounts), func(lo, hi int, _ *hasher) {
		for k := lo; k < hi && !found.Load(); k++ {
			if !ix.insert(accounts, k) {
				found.Store(true)
			}
		}
	})
	if !found.Load() {
		return ix, false, 0, 0
	}
	// Error path only: find the first duplicate deterministically.
	first := make(map[common.Address]int, len(accounts))
	for k, a := range accounts {
		if p, ok := first[a]; ok {
			return ix, true, p, k
		}
		first[a] = k
	}
	panic("merkle: duplicate reported but not found")
}

// insert adds accounts[k]; it returns false if the account is already present.
func (ix *addrIndex) insert(accounts []common.Address, k int) bool {
	a := &accounts[k]
	h := maphash.Bytes(ix.seed, a[:])
	mine := slot(h, k)
	for s := h & ix.mask; ; s = (s + 1) & ix.mask {
		v := atomic.LoadUint64(&ix.slots[s])
		if v == 0 {
			if atomic.CompareAndSwapUint64(&ix.slots[s], 0, mine) {
				return true
			}
			v = atomic.LoadUint64(&ix.slots[s])
		}
		if v>>32 == h>>32 && accounts[uint32(v)-1] == *a {
			return false
		}
	}
}

// lookup returns the index of account a, or -1.
func (ix *addrIndex) lookup(accounts []common.Address, a common.Address) int {
	h := maphash.Bytes(ix.seed, a[:])
	for s := h & ix.mask; ; s = (s + 1) & ix.mask {
		v := ix.slots[s]
		if v == 0 {
			return -1
		}
		if v>>32 == h>>32 && accounts[uint32(v)-1] == a {
			return int(uint32(v) - 1)
		}
	}
}
