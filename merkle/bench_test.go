package merkle

import (
	"fmt"
	mrand "math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

var benchSizes = []int{1_000, 10_000, 100_000}

func benchLeaves(b *testing.B, n int) []Leaf {
	b.Helper()
	return randomLeaves(b, n, mrand.New(mrand.NewPCG(uint64(n), 1)))
}

func benchBuild(b *testing.B, n int, proofs bool) {
	leaves := benchLeaves(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tr, err := Build(leaves)
		if err != nil {
			b.Fatal(err)
		}
		if proofs {
			if tr.AllProofs().Len() != n {
				b.Fatal("short proof set")
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(3*n-1), "ns/keccak")
}

// BenchmarkBuild1M is the headline: a 1,000,000-leaf tree and every proof.
func BenchmarkBuild1M(b *testing.B) { benchBuild(b, 1_000_000, true) }

// BenchmarkBuildTreeOnly1M isolates Build (hashing, sorting, indexing) from AllProofs.
func BenchmarkBuildTreeOnly1M(b *testing.B) { benchBuild(b, 1_000_000, false) }

// BenchmarkBuild is tree + all proofs at smaller sizes.
func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) { benchBuild(b, n, true) })
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
			for b.Loop() {
				work(0, n)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(3*n-1), "ns/keccak")
		})
		b.Run(fmt.Sprintf("n=%d/parallel", n), func(b *testing.B) {
			b.ReportAllocs()
			p := runtime.GOMAXPROCS(0)
			for b.Loop() {
				var wg sync.WaitGroup
				for w := range p {
					wg.Add(1)
					go func() { defer wg.Done(); work(n*w/p, n*(w+1)/p) }()
				}
				wg.Wait()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(3*n-1), "ns/keccak")
		})
	}
}
