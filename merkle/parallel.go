package merkle

import (
	"runtime"
	"sync"
)

// parallelMin is the amount of hashing work below which spreading it over goroutines costs
// more than it saves.
const parallelMin = 4096

// parallelFor splits [0, n) into contiguous chunks, one per worker, and runs fn on each with
// its own hasher. Contiguous chunks keep memory access sequential and let callers report the
// lowest failing index deterministically. Small n runs inline on the caller's goroutine.
func parallelFor(n int, fn func(lo, hi int, h *hasher)) {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelMin || workers < 2 {
		fn(0, n, newHasher())
		return
	}
	workers = min(workers, n/(parallelMin/4))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi, newHasher())
		}()
	}
	wg.Wait()
}
