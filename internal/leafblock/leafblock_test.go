package leafblock

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/holiman/uint256"
)

func randomLeaves(r *rand.Rand, n int) []Leaf {
	ls := make([]Leaf, n)
	for i := range ls {
		for j := range ls[i].Account {
			ls[i].Account[j] = byte(r.UintN(256))
		}
		ls[i].TreeIndex = r.Uint32()
		var w [32]byte
		for j := 32 - r.IntN(33); j < 32; j++ {
			w[j] = byte(r.UintN(256))
		}
		ls[i].Amount.SetBytes32(w[:])
		ls[i].Cumulative.Add(&ls[i].Amount, uint256.NewInt(r.Uint64N(1<<40)))
	}
	slices.SortFunc(ls, func(a, b Leaf) int { return bytes.Compare(a.Account[:], b.Account[:]) })
	return slices.CompactFunc(ls, func(a, b Leaf) bool { return a.Account == b.Account })
}

// TestEncodeRoundTrip: every leaf comes back from a block as it went in (amounts from zero to
// 2^256-1, widths 0 to 32), Find finds every account and no other, and the block is as long as its
// header says.
func TestEncodeRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		ls := randomLeaves(r, 1+r.IntN(Size))
		switch round % 3 {
		case 1:
			ls[0].Amount.SetAllOne()
			ls[0].Cumulative.SetAllOne()
		case 2:
			for i := range ls {
				ls[i].Amount.Clear()
				ls[i].Cumulative.Clear()
			}
		}
		b, err := Encode([]byte{0xee}, ls)
		if err != nil {
			t.Fatal(err)
		}
		k, err := Parse(b[1:])
		if err != nil {
			t.Fatal(err)
		}
		if k.Len() != len(ls) {
			t.Fatalf("%d leaves, want %d", k.Len(), len(ls))
		}
		var got Leaf
		for i, want := range ls {
			k.Leaf(i, &got)
			if got != want {
				t.Fatalf("round %d leaf %d: %+v, want %+v", round, i, got, want)
			}
			if j, ok := k.Find(want.Account[:]); !ok || j != i {
				t.Fatalf("Find(%x) = %d %v, want %d", want.Account, j, ok, i)
			}
			miss := want.Account
			miss[19] ^= 1
			if j, ok := k.Find(miss[:]); ok && ls[j].Account != miss {
				t.Fatalf("Find(%x) found leaf %d", miss, j)
			}
		}
	}
}

// TestEncodeRefuses: no leaves, leaves out of order or repeated are refused.
func TestEncodeRefuses(t *testing.T) {
	ls := randomLeaves(rand.New(rand.NewPCG(3, 4)), 5)
	for name, bad := range map[string][]Leaf{
		"none":     nil,
		"order":    {ls[1], ls[0]},
		"repeated": {ls[0], ls[0]},
	} {
		if _, err := Encode(nil, bad); err == nil {
			t.Errorf("%s: encoded", name)
		}
	}
}

// TestParseRefusesDamage: a block cut short, grown, with a bad format, count or width is refused.
func TestParseRefusesDamage(t *testing.T) {
	b, err := Encode(nil, randomLeaves(rand.New(rand.NewPCG(5, 6)), 7))
	if err != nil {
		t.Fatal(err)
	}
	damage := map[string]func([]byte) []byte{
		"short":   func(b []byte) []byte { return b[:len(b)-1] },
		"long":    func(b []byte) []byte { return append(b, 0) },
		"format":  func(b []byte) []byte { b[0] = 2; return b },
		"count":   func(b []byte) []byte { b[2]++; return b },
		"width":   func(b []byte) []byte { b[4] = 33; return b },
		"empty":   func([]byte) []byte { return nil },
		"nothing": func(b []byte) []byte { return b[:header] },
	}
	for name, f := range damage {
		if _, err := Parse(f(slices.Clone(b))); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestOrder: Order lists positions by value, ties in position (account) order, as the former
// (amount, account) index did; Inverse undoes it.
func TestOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	vals := make([]uint256.Int, 2000)
	for i := range vals {
		vals[i].SetUint64(r.Uint64N(50)) // many ties
	}
	perm := Order(vals)
	for k := 1; k < len(perm); k++ {
		a, b := perm[k-1], perm[k]
		if c := vals[a].Cmp(&vals[b]); c > 0 || c == 0 && a > b {
			t.Fatalf("rank %d: position %d (%s) before %d (%s)", k, a, vals[a].Dec(), b, vals[b].Dec())
		}
	}
	inv := Inverse(perm)
	for rank, p := range perm {
		if inv[p] != uint32(rank) {
			t.Fatalf("inverse of %d: %d, want %d", p, inv[p], rank)
		}
	}
}
