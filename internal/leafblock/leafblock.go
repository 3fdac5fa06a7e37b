// Package leafblock is the compact form in which an epoch's settled leaves are stored (the
// leaf_blocks table, sql/migrations/00920_leaf_blocks.sql): Size leaves a row, in account order,
// instead of one row with four index entries per leaf. A block is columnar so that each column has
// a fixed width within it and any leaf is read at a computed offset, in Go (Block.Leaf) and in SQL
// (leaf_rows, leaf_find):
//
//	byte 0      format (1)
//	bytes 1-2   n, the number of leaves (big-endian)
//	byte 3      wa, the width in bytes of every amount in the block (0-32)
//	byte 4      wc, the width of every cumulative amount (0-32)
//	20n bytes   the accounts, ascending
//	4n bytes    the leaves' positions in the tree (big-endian)
//	wa·n bytes  the epoch amounts, big-endian, left-padded to wa
//	wc·n bytes  the cumulative amounts, likewise
//
// Amounts are exact uint256 values; a block's width is that of its largest amount, so a leaf of
// a million-account epoch takes about 45 bytes where its row took ~560 with its indexes.
package leafblock

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/holiman/uint256"
)

// Size is how many leaves a block holds (the last block of an epoch holds the rest): ~1.5 kB, so
// five blocks fill a Postgres page and reading one leaf reads one small row.
const Size = 32

const (
	format = 1
	header = 5
)

// Leaf is one account's line of a settled epoch.
type Leaf struct {
	Account    [20]byte
	TreeIndex  uint32
	Amount     uint256.Int
	Cumulative uint256.Int
}

// Encode appends to dst the block of leaves, which must be in strictly ascending account order
// and at most 65,535.
func Encode(dst []byte, leaves []Leaf) ([]byte, error) {
	n := len(leaves)
	if n == 0 || n > 0xffff {
		return dst, fmt.Errorf("leaf block of %d leaves (want 1 to 65535)", n)
	}
	wa, wc := 0, 0
	for i := range leaves {
		if i > 0 && bytes.Compare(leaves[i-1].Account[:], leaves[i].Account[:]) >= 0 {
			return dst, fmt.Errorf("leaf block: account %x after %x (want ascending, no repeats)", leaves[i].Account, leaves[i-1].Account)
		}
		wa, wc = max(wa, leaves[i].Amount.ByteLen()), max(wc, leaves[i].Cumulative.ByteLen())
	}
	dst = append(dst, format, byte(n>>8), byte(n), byte(wa), byte(wc))
	for i := range leaves {
		dst = append(dst, leaves[i].Account[:]...)
	}
	for i := range leaves {
		dst = binary.BigEndian.AppendUint32(dst, leaves[i].TreeIndex)
	}
	dst = appendWords(dst, leaves, wa, func(l *Leaf) *uint256.Int { return &l.Amount })
	return appendWords(dst, leaves, wc, func(l *Leaf) *uint256.Int { return &l.Cumulative }), nil
}

// appendWords appends each leaf's value big-endian in w bytes.
func appendWords(dst []byte, leaves []Leaf, w int, v func(*Leaf) *uint256.Int) []byte {
	for i := range leaves {
		b := v(&leaves[i]).Bytes32()
		dst = append(dst, b[32-w:]...)
	}
	return dst
}

// Block is a parsed block: its leaves are read in place.
type Block struct {
	b         []byte
	n, wa, wc int
}

// ErrDamaged is wrapped by every refusal of a block that is not in the format above.
var ErrDamaged = errors.New("damaged leaf block")

// Parse checks b's header and length.
func Parse(b []byte) (Block, error) {
	if len(b) < header || b[0] != format {
		return Block{}, fmt.Errorf("%w: %d bytes, format %v", ErrDamaged, len(b), b[:min(1, len(b))])
	}
	k := Block{b: b, n: int(b[1])<<8 | int(b[2]), wa: int(b[3]), wc: int(b[4])}
	if k.n == 0 || k.wa > 32 || k.wc > 32 || len(b) != header+k.n*(24+k.wa+k.wc) {
		return Block{}, fmt.Errorf("%w: %d bytes for %d leaves of widths %d and %d", ErrDamaged, len(b), k.n, k.wa, k.wc)
	}
	return k, nil
}

// Len is the number of leaves.
func (k Block) Len() int { return k.n }

// Account is leaf i's account.
func (k Block) Account(i int) []byte { return k.b[header+20*i : header+20*i+20] }

// Leaf reads leaf i into out.
func (k Block) Leaf(i int, out *Leaf) {
	copy(out.Account[:], k.Account(i))
	off := header + 20*k.n
	out.TreeIndex = binary.BigEndian.Uint32(k.b[off+4*i:])
	off += 4 * k.n
	out.Amount.SetBytes(k.b[off+k.wa*i : off+k.wa*(i+1)])
	off += k.wa * k.n
	out.Cumulative.SetBytes(k.b[off+k.wc*i : off+k.wc*(i+1)])
}

// Find is the index of account's leaf, by binary search; false when the block has none.
func (k Block) Find(account []byte) (int, bool) {
	lo, hi := 0, k.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if bytes.Compare(k.Account(m), account) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < k.n && bytes.Equal(k.Account(lo), account)
}
