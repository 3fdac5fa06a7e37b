package chainload

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// fakeChain is a chain of headers with a log in every tenth block; it refuses log ranges wider than
// maxWidth blocks, like providers that cap eth_getLogs (a fake only to inject that fault).
type fakeChain struct {
	times    []uint64
	maxWidth uint64
	calls    int
}

func (c *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	i := uint64(len(c.times) - 1)
	if n != nil {
		i = n.Uint64()
	}
	if i >= uint64(len(c.times)) {
		return nil, ethereum.NotFound
	}
	return &types.Header{Number: new(big.Int).SetUint64(i), Time: c.times[i]}, nil
}

func (c *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.calls++
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if to-from+1 > c.maxWidth {
		return nil, errors.New("query returned more than 10000 results")
	}
	var out []types.Log
	for b := from; b <= to; b++ {
		if b%10 == 0 {
			out = append(out, types.Log{BlockNumber: b, Address: q.Addresses[0], Topics: []common.Hash{{1}}})
		}
	}
	return out, nil
}

// A node that refuses wide ranges gets them halved until it answers; every log comes back once, in order.
func TestLogsSplitRangesANodeRefuses(t *testing.T) {
	c := &fakeChain{maxWidth: 700}
	got, err := logs(t.Context(), FromClient(c), []common.Address{{9}}, nil, 5, 100_004)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 10_000 {
		t.Fatalf("%d logs, want 10000", len(got))
	}
	for i, l := range got {
		if l.BlockNumber != uint64(10*(i+1)) {
			t.Fatalf("log %d is of block %d, want %d", i, l.BlockNumber, 10*(i+1))
		}
	}
	c = &fakeChain{maxWidth: 0}
	if _, err := logs(t.Context(), FromClient(c), []common.Address{{9}}, nil, 0, 10); err == nil {
		t.Fatal("a node refusing even one block: no error")
	}
}

// §1 on headers: the last block with time < end, also when several blocks share a timestamp and when
// the search starts from block 0.
func TestFindSnapshotIsTheLastBlockBeforeTheEnd(t *testing.T) {
	c := &fakeChain{times: []uint64{100, 110, 120, 120, 120, 130, 140, 150, 150, 160}}
	for _, tc := range []struct {
		end    int64
		lo, hi uint64
		want   uint64
	}{
		{121, 0, 9, 4}, {120, 0, 9, 1}, {150, 2, 9, 6}, {151, 0, 9, 8}, {101, 0, 9, 0}, {160, 8, 9, 8},
	} {
		b, err := FindSnapshot(context.Background(), HeaderBlocks(c), tc.end, tc.lo, tc.hi)
		if err != nil || b.Number != tc.want || b.Time != int64(c.times[tc.want]) {
			t.Errorf("end %d in [%d, %d): block %d (%v), want %d", tc.end, tc.lo, tc.hi, b.Number, err, tc.want)
		}
	}
	if _, err := FindSnapshot(context.Background(), HeaderBlocks(c), 100, 0, 9); err == nil {
		t.Error("no block before the end: no error")
	}
}
