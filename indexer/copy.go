package indexer

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// copyBuf holds rows of one table in PostgreSQL's binary COPY format, without the stream header and
// trailer, so the rows of several batches concatenate into one COPY. The fetch workers encode rows
// straight from the logs (no []any rows, no hex strings, no pgx type map): during backfill that was
// over a third of the indexer's CPU and most of its garbage, and it ran on the single writing path.
// Column types are the ones Check verified against the ABIs (expectedColumns), so the binary
// encoding always matches the table.
type copyBuf struct {
	b    []byte
	rows int
}

var copyHeader = []byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\x00\x00\x00\x00")
var copyTrailer = []byte{0xff, 0xff}

func (c *copyBuf) tuple(n int) {
	c.b = binary.BigEndian.AppendUint16(c.b, uint16(n))
	c.rows++
}

func (c *copyBuf) null() { c.b = append(c.b, 0xff, 0xff, 0xff, 0xff) }

func (c *copyBuf) int8(v int64) {
	c.b = append(c.b, 0, 0, 0, 8)
	c.b = binary.BigEndian.AppendUint64(c.b, uint64(v))
}

func (c *copyBuf) int4(v int32) {
	c.b = append(c.b, 0, 0, 0, 4)
	c.b = binary.BigEndian.AppendUint32(c.b, uint32(v))
}

func (c *copyBuf) boolean(v bool) {
	x := byte(0)
	if v {
		x = 1
	}
	c.b = append(c.b, 0, 0, 0, 1, x)
}

// bytes writes a text or bytea value (the caller guarantees text is valid UTF-8 without NUL).
func (c *copyBuf) bytes(v []byte) {
	c.b = binary.BigEndian.AppendUint32(c.b, uint32(len(v)))
	c.b = append(c.b, v...)
}

// hex writes v as lowercase 0x-prefixed hex text (the text form of addresses and hashes), straight
// into the buffer (grown once, then indexed: a third of the encoder's time went to per-byte appends).
func (c *copyBuf) hex(v []byte) {
	n, m := len(c.b), 6+2*len(v)
	c.b = slices.Grow(c.b, m)[:n+m]
	d := c.b[n : n+m]
	binary.BigEndian.PutUint32(d, uint32(2+2*len(v)))
	d[4], d[5] = '0', 'x'
	d = d[6:]
	for i, x := range v {
		binary.LittleEndian.PutUint16(d[2*i:], hexPairs[x])
	}
}

const hexdigits = "0123456789abcdef"

// hexPairs[b] is b's two lowercase hex digits as a little-endian uint16 (one store per byte).
var hexPairs = func() (t [256]uint16) {
	for i := range t {
		t[i] = uint16(hexdigits[i>>4]) | uint16(hexdigits[i&0xf])<<8
	}
	return t
}()

// numericU64 writes a non-negative numeric in base-10000 digits.
func (c *copyBuf) numericU64(v uint64, neg bool) {
	var d [5]uint16
	n := 0
	for x := v; x > 0; x /= 10000 {
		d[4-n] = uint16(x % 10000)
		n++
	}
	c.numericDigits(d[5-n:], neg)
}

func (c *copyBuf) numericDigits(d []uint16, neg bool) {
	c.b = binary.BigEndian.AppendUint32(c.b, uint32(8+2*len(d)))
	sign := uint16(0)
	if neg && len(d) > 0 {
		sign = 0x4000
	}
	weight := len(d) - 1
	if len(d) == 0 {
		weight = 0
	}
	c.b = binary.BigEndian.AppendUint16(c.b, uint16(len(d)))
	c.b = binary.BigEndian.AppendUint16(c.b, uint16(int16(weight)))
	c.b = binary.BigEndian.AppendUint16(c.b, sign)
	c.b = binary.BigEndian.AppendUint16(c.b, 0) // dscale
	for _, x := range d {
		c.b = binary.BigEndian.AppendUint16(c.b, x)
	}
}

// numeric writes an integer of any size as numeric. Up to 256 bits (every ABI integer) it converts
// the magnitude's words directly (numeric256) instead of through a decimal string.
func (c *copyBuf) numeric(v *big.Int) {
	neg := v.Sign() < 0
	if v.IsUint64() {
		c.numericU64(v.Uint64(), false)
		return
	}
	if neg && v.IsInt64() && v.Int64() != math.MinInt64 {
		c.numericU64(uint64(-v.Int64()), true)
		return
	}
	if ws := v.Bits(); bits.UintSize == 64 && len(ws) <= 4 {
		var l [4]uint64 // most significant first
		for i, w := range ws {
			l[3-i] = uint64(w)
		}
		c.numeric256(&l, neg)
		return
	}
	s := new(big.Int).Abs(v).Text(10)
	d := make([]uint16, 0, len(s)/4+1)
	head := len(s) % 4
	if head == 0 {
		head = 4
	}
	for i := 0; i < len(s); {
		var x uint16
		end := i + 4
		if i == 0 {
			end = head
		}
		for ; i < end; i++ {
			x = x*10 + uint16(s[i]-'0')
		}
		d = append(d, x)
	}
	c.numericDigits(d, neg)
}

// numeric256 writes the 256-bit magnitude l (most significant word first) with the given sign, in the
// same base-10000 digits as the decimal-string conversion (no leading zero digit, trailing ones kept).
func (c *copyBuf) numeric256(l *[4]uint64, neg bool) {
	if l[0]|l[1]|l[2] == 0 {
		c.numericU64(l[3], neg)
		return
	}
	var g [20]uint16 // least significant first; 2^256 < 10000^20
	n := 0
	for l[0]|l[1]|l[2]|l[3] != 0 {
		var r uint64
		for i := range l {
			l[i], r = bits.Div64(r, l[i], 1e16)
		}
		for k := 0; k < 4; k++ {
			g[n] = uint16(r % 10000)
			r /= 10000
			n++
		}
	}
	for n > 0 && g[n-1] == 0 {
		n--
	}
	var d [20]uint16
	for i := 0; i < n; i++ {
		d[i] = g[n-1-i]
	}
	c.numericDigits(d[:n], neg)
}

// numericWord writes a 32-byte ABI word as numeric (two's complement when signed).
func (c *copyBuf) numericWord(w []byte, signed bool) {
	var l [4]uint64
	for i := range l {
		l[i] = binary.BigEndian.Uint64(w[8*i:])
	}
	neg := signed && w[0]&0x80 != 0
	if neg { // magnitude = ^w + 1
		var carry uint64 = 1
		for i := 3; i >= 0; i-- {
			l[i], carry = bits.Add64(^l[i], 0, carry)
		}
	}
	c.numeric256(&l, neg)
}

var tt256 = new(big.Int).Lsh(big.NewInt(1), 256)

// value writes a value of the kinds decode produces.
func (c *copyBuf) value(v any) error {
	switch x := v.(type) {
	case nil:
		c.null()
	case int64:
		c.int8(x)
	case int32:
		c.int4(x)
	case bool:
		c.boolean(x)
	case string:
		c.b = binary.BigEndian.AppendUint32(c.b, uint32(len(x)))
		c.b = append(c.b, x...)
	case []byte:
		c.bytes(x)
	case pgtype.Numeric:
		c.numeric(x.Int)
	default:
		return fmt.Errorf("no COPY encoding for %T", v)
	}
	return nil
}

// base writes the columns every raw_logs and ev_ row starts with.
func (c *copyBuf) base(chain int64, l *types.Log, blockTime int64) {
	c.int8(chain)
	c.int8(int64(l.BlockNumber))
	c.hex(l.BlockHash[:])
	c.int8(blockTime)
	c.hex(l.TxHash[:])
	c.int4(int32(l.TxIndex))
	c.int4(int32(l.Index))
	c.hex(l.Address[:])
}

// baseRowSize is the size of a row's tuple header and base columns.
const baseRowSize = 2 + 12 + 12 + 70 + 12 + 70 + 8 + 8 + 46

// rawRowSize is the exact size of l's raw_logs row.
func rawRowSize(l *types.Log) int {
	n := baseRowSize + 4 + len(l.Data)
	for k := 0; k < 4; k++ {
		if k < len(l.Topics) {
			n += 70
		} else {
			n += 4
		}
	}
	return n
}

// eventRowBound bounds the size of an e row, not counting text and bytea contents (at most the log's
// data).
func eventRowBound(e *Event) int {
	n := baseRowSize
	for _, c := range e.Columns {
		switch c.kind {
		case kindNumeric:
			n += 4 + 8 + 2*20
		case kindBigint:
			n += 12
		case kindBool:
			n += 5
		case kindHex:
			switch {
			case c.Type == "address":
				n += 6 + 40
			case c.fixed > 0:
				n += 6 + 2*c.fixed
			default:
				n += 6 + 64
			}
		default:
			n += 4
		}
	}
	return n
}

// rawLog appends l's raw_logs row (rawLogColumns order).
func (c *copyBuf) rawLog(chain int64, l *types.Log, blockTime int64) {
	c.tuple(len(rawLogColumns))
	c.base(chain, l, blockTime)
	for k := 0; k < 4; k++ {
		if k < len(l.Topics) {
			c.hex(l.Topics[k][:])
		} else {
			c.null()
		}
	}
	c.bytes(l.Data)
}

// eventRow appends l's row of e's table (CopyColumns order). vals are the non-indexed arguments as
// go-ethereum unpacks them.
// base is the row's base columns as encoded (the raw_logs row's: they are the same).
func (c *copyBuf) eventRow(e *Event, base []byte, l *types.Log, vals []any) error {
	c.tuple(len(baseColumns) + len(e.Columns))
	c.b = append(c.b, base...)
	for _, col := range e.Columns {
		if err := c.column(col, l, vals); err != nil {
			return fmt.Errorf("event %s argument %s: %w", e.Name, col.Arg, err)
		}
	}
	return nil
}

func (c *copyBuf) column(col Column, l *types.Log, vals []any) error {
	if col.Indexed {
		t := l.Topics[col.pos]
		switch col.kind {
		case kindNumeric:
			c.numericWord(t[:], col.signed)
			return nil
		case kindHex:
			switch {
			case col.Type == "address":
				c.hex(t[12:])
			case col.fixed > 0:
				c.hex(t[:col.fixed])
			default:
				c.hex(t[:])
			}
			return nil
		}
		v, err := topicValue(col, t)
		if err != nil {
			return err
		}
		return c.value(v)
	}
	switch x := vals[col.pos].(type) {
	case *big.Int:
		if col.kind == kindNumeric {
			c.numeric(x)
			return nil
		}
	case common.Address:
		c.hex(x[:])
		return nil
	case [32]byte:
		if col.fixed > 0 {
			c.hex(x[:col.fixed])
		} else {
			c.hex(x[:])
		}
		return nil
	}
	v, err := dataValue(col, vals[col.pos])
	if err != nil {
		return err
	}
	return c.value(v)
}

// copyRows streams the concatenated row buffers of one table with COPY ... FROM STDIN BINARY.
func copyRows(ctx context.Context, tx pgx.Tx, table string, cols []string, bufs []*copyBuf) error {
	readers := make([]io.Reader, 0, len(bufs)+2)
	readers = append(readers, bytes.NewReader(copyHeader))
	rows := 0
	for _, b := range bufs {
		if b != nil && b.rows > 0 {
			readers = append(readers, bytes.NewReader(b.b))
			rows += b.rows
		}
	}
	if rows == 0 {
		return nil
	}
	readers = append(readers, bytes.NewReader(copyTrailer))
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = ident(c)
	}
	sql := "COPY " + ident(table) + " (" + strings.Join(quoted, ", ") + ") FROM STDIN BINARY"
	tag, err := tx.Conn().PgConn().CopyFrom(ctx, io.MultiReader(readers...), sql)
	if err != nil {
		return fmt.Errorf("writing %s: %w", table, err)
	}
	if int(tag.RowsAffected()) != rows {
		return fmt.Errorf("writing %s: copied %d rows, want %d", table, tag.RowsAffected(), rows)
	}
	return nil
}

// wordPlan is how the row encoder reads an event's non-indexed arguments straight from the log's data
// words, without go-ethereum's decoder (its []any, big.Ints and boxed values were a fifth of the
// encoder's CPU and most of its garbage). It covers static types only and accepts exactly the words
// go-ethereum's decoder accepts; anything else takes the decoder (wordPlan.ok false, or valid false).
type wordPlan struct {
	ok   bool
	args []wordArg // by non-indexed position
}

type wordArg struct {
	op    wordOp
	zeros int // leading bytes that must be zero (small unsigned integers)
	fixed int // N of bytesN
}

type wordOp uint8

const (
	wordUint    wordOp = iota + 1 // uint8..uint64 -> bigint
	wordNumeric                   // uintN/intN above 64 bits -> numeric
	wordSigned                    // intN above 64 bits (two's complement) -> numeric
	wordAddress                   // -> hex of the last 20 bytes
	wordFixed                     // bytesN -> hex of the first N bytes
	wordBool                      // -> boolean
)

// planWords returns e's word plan.
func planWords(e *Event) wordPlan {
	p := wordPlan{ok: true, args: make([]wordArg, len(e.nonIdx))}
	for i, in := range e.nonIdx {
		t := in.Type
		switch {
		case t.T == abi.UintTy && t.Size == 64:
			// bigint: go-ethereum's uint64 must also fit int64 (dataValue refuses the rest).
			p.args[i] = wordArg{op: wordUint, zeros: 24}
		case t.T == abi.UintTy && (t.Size == 8 || t.Size == 16 || t.Size == 32):
			p.args[i] = wordArg{op: wordUint, zeros: 32 - t.Size/8}
		case (t.T == abi.UintTy || t.T == abi.IntTy) && t.Size > 64:
			p.args[i] = wordArg{op: wordNumeric}
			if t.T == abi.IntTy {
				p.args[i].op = wordSigned
			}
		case t.T == abi.AddressTy:
			p.args[i] = wordArg{op: wordAddress}
		case t.T == abi.FixedBytesTy && t.Size >= 1 && t.Size <= 32:
			p.args[i] = wordArg{op: wordFixed, fixed: t.Size}
		case t.T == abi.BoolTy:
			p.args[i] = wordArg{op: wordBool}
		default: // dynamic types, small signed integers, odd sizes: go-ethereum decodes them
			return wordPlan{}
		}
	}
	for _, c := range e.Columns {
		// The column kinds must be the ones the plan encodes.
		if !c.Indexed {
			want := map[wordOp]colKind{wordUint: kindBigint, wordNumeric: kindNumeric, wordSigned: kindNumeric, wordAddress: kindHex,
				wordFixed: kindHex, wordBool: kindBool}[p.args[c.pos].op]
			if c.kind != want {
				return wordPlan{}
			}
		}
	}
	return p
}

// valid says whether l fits the plan the way go-ethereum's decoder and dataValue would accept it: the
// topic count, enough data words, small integers in range (uint64 within int64), bools 0 or 1.
func (p *wordPlan) valid(e *Event, l *types.Log) bool {
	if !p.ok || len(l.Topics) != e.topics || len(l.Data) < 32*len(p.args) {
		return false
	}
	for i, a := range p.args {
		w := l.Data[32*i : 32*i+32]
		switch a.op {
		case wordUint:
			for _, x := range w[:a.zeros] {
				if x != 0 {
					return false
				}
			}
			if a.zeros == 24 && w[24]&0x80 != 0 {
				return false
			}
		case wordBool:
			for _, x := range w[:31] {
				if x != 0 {
					return false
				}
			}
			if w[31] > 1 {
				return false
			}
		}
	}
	return true
}

// wordRow appends l's row of e's table reading the data words by plan (valid must have said yes).
func (c *copyBuf) wordRow(e *Event, p *wordPlan, base []byte, l *types.Log) error {
	c.tuple(len(baseColumns) + len(e.Columns))
	c.b = append(c.b, base...)
	for _, col := range e.Columns {
		if col.Indexed {
			if err := c.column(col, l, nil); err != nil {
				return fmt.Errorf("event %s argument %s: %w", e.Name, col.Arg, err)
			}
			continue
		}
		w := l.Data[32*col.pos : 32*col.pos+32]
		switch a := p.args[col.pos]; a.op {
		case wordUint:
			c.int8(int64(binary.BigEndian.Uint64(w[24:])))
		case wordNumeric:
			c.numericWord(w, false)
		case wordSigned:
			c.numericWord(w, true)
		case wordAddress:
			c.hex(w[12:])
		case wordFixed:
			c.hex(w[:a.fixed])
		case wordBool:
			c.boolean(w[31] == 1)
		}
	}
	return nil
}

// wordValue is the COPY value Event.values makes (go-ethereum's decoding, then dataValue) of e's
// non-indexed argument at pos, from its word alone by plan (valid must have said yes).
func wordValue(p *wordPlan, c Column, l *types.Log) any {
	w := l.Data[32*c.pos : 32*c.pos+32]
	switch a := p.args[c.pos]; a.op {
	case wordUint:
		return int64(binary.BigEndian.Uint64(w[24:]))
	case wordNumeric:
		return pgtype.Numeric{Int: new(big.Int).SetBytes(w), Valid: true}
	case wordSigned:
		v := new(big.Int).SetBytes(w)
		if w[0]&0x80 != 0 {
			v.Sub(v, tt256)
		}
		return pgtype.Numeric{Int: v, Valid: true}
	case wordAddress:
		return hexutil.Encode(w[12:])
	case wordFixed:
		return hexutil.Encode(w[:a.fixed])
	default: // wordBool
		return w[31] == 1
	}
}
