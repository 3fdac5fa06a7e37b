package indexer

// The COPY encoding and buildBatch as they were before the encoding was optimized (commit e339069),
// frozen here as the reference the optimized code must match byte for byte (TestEncodingMatchesReference).

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/covey-labs/covey/chainrpc"
)

type refCopyBuf struct {
	b    []byte
	rows int
}

type refBatch struct {
	from, to uint64
	raw      []*refCopyBuf
	events   map[*Event][]*refCopyBuf
	derived  []*derivedAcc
	blocks   []*chainrpc.Header
	first    *chainrpc.Header
	lastH    *chainrpc.Header
	nlogs    int
	bad      []undecodableLog
}

func (c *refCopyBuf) tuple(n int) {
	c.b = binary.BigEndian.AppendUint16(c.b, uint16(n))
	c.rows++
}

func (c *refCopyBuf) null() { c.b = append(c.b, 0xff, 0xff, 0xff, 0xff) }

func (c *refCopyBuf) int8(v int64) {
	c.b = append(c.b, 0, 0, 0, 8)
	c.b = binary.BigEndian.AppendUint64(c.b, uint64(v))
}

func (c *refCopyBuf) int4(v int32) {
	c.b = append(c.b, 0, 0, 0, 4)
	c.b = binary.BigEndian.AppendUint32(c.b, uint32(v))
}

func (c *refCopyBuf) boolean(v bool) {
	x := byte(0)
	if v {
		x = 1
	}
	c.b = append(c.b, 0, 0, 0, 1, x)
}

// bytes writes a text or bytea value (the caller guarantees text is valid UTF-8 without NUL).
func (c *refCopyBuf) bytes(v []byte) {
	c.b = binary.BigEndian.AppendUint32(c.b, uint32(len(v)))
	c.b = append(c.b, v...)
}

// hex writes v as lowercase 0x-prefixed hex text (the text form of addresses and hashes).
func (c *refCopyBuf) hex(v []byte) {
	c.b = binary.BigEndian.AppendUint32(c.b, uint32(2+2*len(v)))
	c.b = append(c.b, '0', 'x')
	for _, x := range v {
		c.b = append(c.b, hexdigits[x>>4], hexdigits[x&0xf])
	}
}

// numericU64 writes a non-negative numeric in base-10000 digits.
func (c *refCopyBuf) numericU64(v uint64, neg bool) {
	var d [5]uint16
	n := 0
	for x := v; x > 0; x /= 10000 {
		d[4-n] = uint16(x % 10000)
		n++
	}
	c.numericDigits(d[5-n:], neg)
}

func (c *refCopyBuf) numericDigits(d []uint16, neg bool) {
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

// numeric writes an integer of any size as numeric.
func (c *refCopyBuf) numeric(v *big.Int) {
	neg := v.Sign() < 0
	if v.IsUint64() {
		c.numericU64(v.Uint64(), false)
		return
	}
	if neg && v.IsInt64() && v.Int64() != math.MinInt64 {
		c.numericU64(uint64(-v.Int64()), true)
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

// numericWord writes a 32-byte ABI word as numeric (two's complement when signed).
func (c *refCopyBuf) numericWord(w []byte, signed bool) {
	if signed && w[0]&0x80 != 0 {
		v := new(big.Int).SetBytes(w)
		v.Sub(v, tt256)
		c.numeric(v)
		return
	}
	for _, x := range w[:24] {
		if x != 0 {
			c.numeric(new(big.Int).SetBytes(w))
			return
		}
	}
	c.numericU64(binary.BigEndian.Uint64(w[24:]), false)
}

// value writes a value of the kinds decode produces.
func (c *refCopyBuf) value(v any) error {
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
func (c *refCopyBuf) base(chain int64, l *types.Log, blockTime int64) {
	c.int8(chain)
	c.int8(int64(l.BlockNumber))
	c.hex(l.BlockHash[:])
	c.int8(blockTime)
	c.hex(l.TxHash[:])
	c.int4(int32(l.TxIndex))
	c.int4(int32(l.Index))
	c.hex(l.Address[:])
}

// rawLog appends l's raw_logs row (rawLogColumns order).
func (c *refCopyBuf) rawLog(chain int64, l *types.Log, blockTime int64) {
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
func (c *refCopyBuf) eventRow(e *Event, chain int64, l *types.Log, blockTime int64, vals []any) error {
	c.tuple(len(baseColumns) + len(e.Columns))
	c.base(chain, l, blockTime)
	for _, col := range e.Columns {
		if err := c.column(col, l, vals); err != nil {
			return fmt.Errorf("event %s argument %s: %w", e.Name, col.Arg, err)
		}
	}
	return nil
}

func (c *refCopyBuf) column(col Column, l *types.Log, vals []any) error {
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

func (ix *Indexer) refBuildBatch(from, to uint64, blocks []*chainrpc.Header, hs map[uint64]*chainrpc.Header, logs []types.Log) (*refBatch, error) {
	uses, err := derivedUses(ix.tables)
	if err != nil {
		return nil, err
	}
	b := &refBatch{from: from, to: to, blocks: blocks, first: hs[from], lastH: hs[to], events: map[*Event][]*refCopyBuf{},
		derived: make([]*derivedAcc, len(derivedTables)), nlogs: len(logs)}
	raw := &refCopyBuf{b: make([]byte, 0, len(logs)*330)}
	b.raw = []*refCopyBuf{raw}
	bufs := map[*Event]*refCopyBuf{}
	chain := ix.cfg.Chain.ID
	for i := range logs {
		l := &logs[i]
		h := hs[l.BlockNumber]
		if h == nil || l.BlockHash != h.Hash || l.Removed {
			var hh common.Hash
			if h != nil {
				hh = h.Hash
			}
			return nil, fmt.Errorf("log %d/%d has block hash %s, header has %s: %w", l.BlockNumber, l.Index, l.BlockHash, hh, chainrpc.ErrChainMoved)
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("node returned a log of block %d for range %d-%d", l.BlockNumber, from, to)
		}
		if l.Data == nil {
			l.Data = []byte{}
		}
		bt := int64(h.Time)
		raw.rawLog(chain, l, bt)
		if len(l.Topics) == 0 {
			continue
		}
		e, ok := ix.reg.Lookup(l.Topics[0])
		if !ok {
			continue
		}
		vals, err := e.unpack(l)
		var cols []any
		if err == nil && len(uses[e]) > 0 {
			cols, err = e.values(l, vals)
		}
		if err == nil {
			buf := bufs[e]
			if buf == nil {
				buf = &refCopyBuf{}
				bufs[e] = buf
				b.events[e] = []*refCopyBuf{buf}
			}
			mark, rows := len(buf.b), buf.rows
			if err = buf.eventRow(e, chain, l, bt, vals); err != nil {
				buf.b, buf.rows = buf.b[:mark], rows // drop the half-written row
			}
		}
		if err != nil {
			// The log stays in raw_logs; it gets no event row, and settlement refuses any epoch
			// whose snapshot covers it (see undecodableLog), so nothing is paid on incomplete data
			// while everything else keeps being indexed.
			b.bad = append(b.bad, undecodableLog{block: l.BlockNumber, index: uint64(l.Index), tx: l.TxHash, address: l.Address,
				event: e.Name, err: err.Error()})
			continue
		}
		for _, u := range uses[e] {
			dv := make([]any, len(u.pos))
			for k, p := range u.pos {
				dv[k] = cols[p]
			}
			if b.derived[u.d] == nil {
				b.derived[u.d] = &derivedAcc{}
			}
			b.derived[u.d].add(len(derivedTables[u.d].keys), u.kinds, dv, int64(l.BlockNumber), int64(l.Index))
		}
	}
	return b, nil
}
