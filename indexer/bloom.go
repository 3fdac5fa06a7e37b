package indexer

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/internal/ctxtime"
)

// errSuspectLogs: an eth_getLogs answer disagrees with the blocks' logsBloom (logs left out, or logs
// the blocks cannot hold) and a second answer confirmed it; the range is fetched again.
var errSuspectLogs = errors.New("eth_getLogs answer contradicts the blocks' logsBloom")

// bloomPos is where one address or topic sets its (up to three) bits in a logsBloom.
type bloomPos [3]struct {
	i int
	m byte
}

func bloomPosOf(data []byte) bloomPos {
	var b types.Bloom
	b.Add(data)
	var p bloomPos
	k := 0
	for i, v := range b {
		for v != 0 && k < 3 {
			bit := v & -v
			p[k].i, p[k].m = i, bit
			k++
			v &^= bit
		}
	}
	for ; k < 3; k++ { // bits that coincide
		p[k] = p[k-1]
	}
	return p
}

func (p *bloomPos) in(b *types.Bloom) bool {
	return b[p[0].i]&p[0].m != 0 && b[p[1].i]&p[1].m != 0 && b[p[2].i]&p[2].m != 0
}

// bloomFilter is the eth_getLogs filter (any configured address, topic0 any protocol event) as
// bloom bit positions, precomputed once.
type bloomFilter struct {
	addrs  map[common.Address]*bloomPos
	topics map[common.Hash]*bloomPos
}

func newBloomFilter(addrs []common.Address, topics []common.Hash) *bloomFilter {
	f := &bloomFilter{addrs: map[common.Address]*bloomPos{}, topics: map[common.Hash]*bloomPos{}}
	for _, a := range addrs {
		p := bloomPosOf(a[:])
		f.addrs[a] = &p
	}
	for _, t := range topics {
		p := bloomPosOf(t[:])
		f.topics[t] = &p
	}
	return f
}

// mayMatch reports whether a block with bloom b may hold a log the filter selects: one of the
// addresses and one of the topics are both (maybe) present.
func (f *bloomFilter) mayMatch(b *types.Bloom) bool {
	hit := false
	for _, p := range f.addrs {
		if p.in(b) {
			hit = true
			break
		}
	}
	if !hit {
		return false
	}
	if len(f.topics) == 0 {
		return true
	}
	for _, p := range f.topics {
		if p.in(b) {
			return true
		}
	}
	return false
}

// fits reports whether log l is one the filter selects and its block's bloom holds its address and topic0.
func (f *bloomFilter) fits(l *types.Log, b *types.Bloom) bool {
	pa := f.addrs[l.Address]
	if pa == nil || !pa.in(b) {
		return false
	}
	if len(f.topics) == 0 {
		return true
	}
	if len(l.Topics) == 0 {
		return false
	}
	pt := f.topics[l.Topics[0]]
	return pt != nil && pt.in(b)
}

// verifyBlooms checks the logs of a fetch against the logsBloom of every block whose header it read
// (F3: a node that leaves logs out of an answer). A returned log its block's bloom cannot hold makes
// the answer wrong outright. A block whose bloom says "may hold our logs" but got none is re-asked
// (another endpoint when there are several, else the same one after a backoff); the empty answer is
// accepted only when the second answer agrees — bloom false positives exist and are counted.
func (ix *Indexer) verifyBlooms(ctx context.Context, blocks []*chainrpc.Header, hs map[uint64]*chainrpc.Header, logs []types.Log, parts []chainrpc.LogPart) error {
	count := map[uint64]int{}
	for i := range logs {
		l := &logs[i]
		count[l.BlockNumber]++
		h := hs[l.BlockNumber]
		if h != nil && !ix.bloom.fits(l, &h.Bloom) {
			ix.m.suspectAnswers.Inc()
			ix.log.Warn("eth_getLogs returned a log its block's logsBloom does not hold; fetching again",
				"block", l.BlockNumber, "log_index", l.Index, "address", l.Address)
			return fmt.Errorf("log %d/%d (address %s) is not in its block's logsBloom: %w", l.BlockNumber, l.Index, l.Address, errSuspectLogs)
		}
	}
	var suspects []uint64
	for _, h := range blocks {
		n := uint64(h.Number)
		if count[n] == 0 && ix.bloom.mayMatch(&h.Bloom) {
			suspects = append(suspects, n)
		}
	}
	if len(suspects) == 0 {
		return nil
	}
	sort.Slice(suspects, func(i, j int) bool { return suspects[i] < suspects[j] })
	// Re-ask per answered sub-range (a provider that split the range refuses larger ones).
	for _, pt := range parts {
		lo := sort.Search(len(suspects), func(i int) bool { return suspects[i] >= pt.From })
		hi := sort.Search(len(suspects), func(i int) bool { return suspects[i] > pt.To })
		if lo == hi {
			continue
		}
		s := suspects[lo:hi]
		a, b := s[0], s[len(s)-1]
		if len(ix.src.Endpoints()) == 1 {
			// The same node asked again: give it a moment (a load balancer may send it elsewhere).
			if err := ctxtime.Sleep(ctx, 150*time.Millisecond, nil); err != nil {
				return err
			}
		}
		ans, err := ix.src.LogsAt(ctx, uint64(pt.Endpoint+1), a, b, ix.filter()) // the next endpoint first
		if err != nil {
			return fmt.Errorf("re-reading logs %d-%d for blocks whose logsBloom matches: %w", a, b, err)
		}
		again := ans.Logs
		if h := hs[b]; h == nil || ans.Tip.Hash != h.Hash {
			return fmt.Errorf("re-reading logs %d-%d: block %d changed: %w", a, b, b, chainrpc.ErrChainMoved)
		}
		got := map[uint64]int{}
		for i := range again {
			got[again[i].BlockNumber]++
		}
		for n := a; n <= b; n++ {
			if got[n] != count[n] {
				ix.m.suspectAnswers.Inc()
				ix.log.Warn("an eth_getLogs answer left out logs its blocks' logsBloom announced; fetching again",
					"block", n, "logs_first_answer", count[n], "logs_second_answer", got[n])
				return fmt.Errorf("block %d: %d logs in one answer, %d in another: %w", n, count[n], got[n], errSuspectLogs)
			}
		}
		ix.m.bloomFalsePositives.Add(float64(len(s)))
	}
	return nil
}
