package merkle

import (
	"fmt"
	mrand "math/rand/v2"
	"runtime"
	"sync"
	"syscall"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

var benchSizes = []int{1_000, 10_000, 100_000}

// cpuNanos is the process's user+system CPU time. Benchmarks report it per op next to wall
// time because the shared machine is often busy: CPU time compares work, not luck.
func cpuNanos() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// report adds per-keccak and CPU metrics; n is the leaf count, cpu0 the CPU time at the start.
func report(b *testing.B, n int, cpu0 int64) {
	b.ReportMetric(float64(cpuNanos()-cpu0)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(3*n-1), "ns/keccak")
}

func benchLeaves(b *testing.B, n int) []Leaf {
	b.Helper()
	return randomLeaves(b, n, mrand.New(mrand.NewPCG(uint64(n), 1)))
}

// proofMode says what a Build benchmark does with the proofs after building the tree.
type proofMode int

const (
	noProofs     proofMode = iota
	streamProofs           // EachProof, copying every proof once, as storing them does
	allProofs              // AllProofs: every proof materialised in one flat allocation
)

func benchBuild(b *testing.B, n int, mode proofMode) {
	leaves := benchLeaves(b, n)
	b.ReportAllocs()
	buf := make([]byte, 0, 32*64)
	cpu0 := cpuNanos()
	for b.Loop() {
		tr, err := Build(leaves)
		if err != nil {
			b.Fatal(err)
		}
		switch mode {
		case streamProofs:
			total := 0
			tr.EachProof(func(_ int, proof []byte) error {
				buf = append(buf[:0], proof...) // what a COPY row encoder does
				total += len(buf)
				return nil
			})
			if total < 32*(n-1) {
				b.Fatal("short proofs")
			}
		case allProofs:
			if tr.AllProofs().Len() != n {
				b.Fatal("short proof set")
			}
		}
	}
	report(b, n, cpu0)
}

// BenchmarkBuild1M is the headline: a 1,000,000-leaf tree and every proof, streamed (what
// storing them needs) and materialised at once (AllProofs, ~640 MB).
func BenchmarkBuild1M(b *testing.B) {
	b.Run("stream", func(b *testing.B) { benchBuild(b, 1_000_000, streamProofs) })
	b.Run("materialized", func(b *testing.B) { benchBuild(b, 1_000_000, allProofs) })
}

// BenchmarkBuildTreeOnly1M isolates Build (hashing, sorting, indexing) from the proofs.
func BenchmarkBuildTreeOnly1M(b *testing.B) { benchBuild(b, 1_000_000, noProofs) }

// BenchmarkBuild is tree + all proofs (streamed) at smaller sizes.
func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) { benchBuild(b, n, streamProofs) })
	}
}

// BenchmarkKeccakFloor performs exactly the keccak256 calls a tree of n leaves needs — per leaf
// one over 64 bytes and one over 32, plus n-1 over 64 bytes — on the same data, with nothing
// else: the bound Build is measured against. "serial" uses one core, "parallel" GOMAXPROCS.
func BenchmarkKeccakFloor(b *testing.B) {
	for _, n := range append(benchSizes, 1_000_000) {
		leaves := benchLeaves(b, n)
		enc := make([][64]byte, n)
		for i, l := range leaves {
			copy(enc[i][12:32], l.Account[:])
			l.Amount.FillBytes(enc[i][32:])
		}
		out := make([][32]byte, 3*n)
		work := func(lo, hi int) {
			k := crypto.NewKeccakState()
			for i := lo; i < hi; i++ {
				k.Reset()
				k.Write(enc[i][:])
				k.Read(out[i][:])
				k.Reset()
				k.Write(out[i][:])
				k.Read(out[n+i][:])
				if i > 0 { // n-1 internal nodes over 64 bytes
					k.Reset()
					k.Write(out[i][:])
					k.Write(out[n+i][:])
					k.Read(out[2*n+i][:])
				}
			}
		}
		b.Run(fmt.Sprintf("n=%d/serial", n), func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuNanos()
			for b.Loop() {
				work(0, n)
			}
			report(b, n, cpu0)
		})
		b.Run(fmt.Sprintf("n=%d/parallel", n), func(b *testing.B) {
			b.ReportAllocs()
			p := runtime.GOMAXPROCS(0)
			cpu0 := cpuNanos()
			for b.Loop() {
				var wg sync.WaitGroup
				for w := range p {
					wg.Add(1)
					go func() { defer wg.Done(); work(n*w/p, n*(w+1)/p) }()
				}
				wg.Wait()
			}
			report(b, n, cpu0)
		})
	}
}
