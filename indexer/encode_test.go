package indexer

import (
	"bytes"
	"encoding/binary"
	"math/big"
	mrand "math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestEncodingMatchesReference: for a realistic batch of protocol logs with edge values (uint256 max,
// zero, powers of 10000, empty data and strings, invalid UTF-8) plus logs that must not decode (wrong
// topic count, short data, out-of-range small ints, a bool of 2) and foreign logs, buildBatch's COPY
// bytes, derived state and undecodable list equal the pre-optimization encoder's (refencode_test.go)
// exactly. (That the fast decoding of the eth_getLogs answer equals encoding/json's is chainrpc's
// TestDecodedLogsOutliveTheirAnswer.)
func TestEncodingMatchesReference(t *testing.T) {
	f := newFetchFixture(t, 6000, 7)
	got := f.decode(t)
	logs := append(got, badLogs(t, f)...)
	check := func(logs []types.Log) {
		t.Helper()
		b, err := f.ix.buildBatch(f.from, f.to, f.blocks, f.hs, logs)
		if err != nil {
			t.Fatal(err)
		}
		r, err := f.ix.refBuildBatch(f.from, f.to, f.blocks, f.hs, logs)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := catBufs(b.raw), catRefBufs(r.raw); !bytes.Equal(g, w) {
			t.Errorf("raw_logs COPY bytes differ (%d vs %d bytes)", len(g), len(w))
		}
		if len(b.events) != len(r.events) {
			t.Errorf("%d event tables, reference %d", len(b.events), len(r.events))
		}
		rows := 0
		for e, rb := range r.events {
			g, w := catBufs(b.events[e]), catRefBufs(rb)
			if !bytes.Equal(g, w) {
				t.Errorf("%s COPY bytes differ (%d vs %d bytes) at %d", e.Table, len(g), len(w), firstDiff(g, w))
			}
			n := 0
			for _, x := range b.events[e] {
				n += x.rows
			}
			if n != rb[0].rows {
				t.Errorf("%s: %d rows, reference %d", e.Table, n, rb[0].rows)
			}
			rows += n
		}
		if !reflect.DeepEqual(b.derived, r.derived) {
			t.Error("derived state differs")
		}
		if !reflect.DeepEqual(b.bad, r.bad) {
			t.Errorf("undecodable logs differ:\n got %v\nwant %v", b.bad, r.bad)
		}
		if rows == 0 || len(b.bad) == 0 && len(logs) > len(got) {
			t.Fatalf("%d event rows, %d undecodable: the fixture does not exercise the encoder", rows, len(b.bad))
		}
	}
	check(logs)
	check(logs[:1])
}

// badLogs are logs of known events that must not decode, and logs of no known event.
func badLogs(t *testing.T, f *fetchFixture) []types.Log {
	t.Helper()
	byName := map[string]*Event{}
	for _, e := range f.ix.reg.Events() {
		byName[e.Name] = e
	}
	h := f.blocks[len(f.blocks)-1]
	mk := func(i int, topics []common.Hash, data []byte) types.Log {
		return types.Log{Address: common.Address{0xaa}, Topics: topics, Data: data, BlockNumber: uint64(h.Number), BlockHash: h.Hash,
			TxHash: common.Hash{0xbb, byte(i)}, Index: uint(10_000 + i)}
	}
	staked := byName["Staked"] // Staked(address indexed account, uint256 indexed taskId, uint8 role, uint256 amount, uint256 newStake)
	score := byName["ScoreSubmitted"]
	word := func(b ...byte) []byte { w := make([]byte, 32); copy(w[32-len(b):], b); return w }
	cat := func(ws ...[]byte) []byte { return bytes.Join(ws, nil) }
	acct := common.BytesToHash(common.Address{0x12}.Bytes())
	var out []types.Log
	out = append(out,
		mk(0, []common.Hash{staked.ID, acct}, cat(word(1), word(2), word(3))),                   // a topic missing
		mk(1, []common.Hash{staked.ID, acct, {31: 1}}, cat(word(1), word(2))),                   // data short
		mk(2, []common.Hash{staked.ID, acct, {31: 1}}, nil),                                     // no data
		mk(3, []common.Hash{staked.ID, acct, {31: 1}}, cat(word(1, 0), word(2), word(3))),       // uint8 of 256
		mk(4, []common.Hash{staked.ID, acct, {31: 1}}, cat(word(1), word(2), word(3), word(9))), // extra word: decodes
		mk(5, []common.Hash{{0xde, 0xad}}, []byte{1, 2, 3}),                                     // unknown event
		mk(6, nil, nil), // anonymous
	)
	// ScoreSubmitted: find its bool argument and make it 2.
	var nonIdx []Column
	for _, c := range score.Columns {
		if !c.Indexed {
			nonIdx = append(nonIdx, c)
		}
	}
	data := make([]byte, 32*len(nonIdx))
	boolAt := -1
	for i, c := range nonIdx {
		if c.Type == "bool" {
			boolAt = i
		}
	}
	if boolAt < 0 {
		t.Fatal("ScoreSubmitted has no bool argument any more: pick another event")
	}
	data[32*boolAt+31] = 2
	topics := []common.Hash{score.ID}
	for i := 1; i < score.topics; i++ {
		topics = append(topics, common.Hash{31: byte(i)})
	}
	out = append(out, mk(7, topics, data))
	data = bytes.Clone(data)
	data[32*boolAt+31] = 1
	binary.BigEndian.PutUint64(data[24:32], 1<<40) // first non-indexed argument: a uint32 too large, or a numeric
	out = append(out, mk(8, topics, data))
	// A uint64 argument above int64 (bigint refuses it), in an event with one.
	for _, e := range f.ix.reg.Events() {
		for i, in := range e.nonIdx {
			if in.Type.T == abi.UintTy && in.Type.Size == 64 {
				topics := []common.Hash{e.ID}
				for k := 1; k < e.topics; k++ {
					topics = append(topics, common.Hash{31: byte(k)})
				}
				data := make([]byte, 32*len(e.nonIdx))
				data[32*i+24] = 0x80
				out = append(out, mk(9+len(out), topics, data))
			}
		}
	}
	return out
}

// TestNumericMatchesReference: numeric encoding of words and big.Ints, signed and unsigned, equals the
// pre-optimization encoder's, at the edges and at random.
func TestNumericMatchesReference(t *testing.T) {
	r := mrand.New(mrand.NewPCG(3, 4))
	vals := []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(-1), big.NewInt(9999), big.NewInt(10000), big.NewInt(-10000),
		new(big.Int).Set(maxU256), new(big.Int).Lsh(big.NewInt(1), 255), new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 255)),
		new(big.Int).SetUint64(1<<64 - 1), new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(-1 << 63), new(big.Int).Sub(big.NewInt(-1<<63), big.NewInt(1))}
	for p := int64(0); p < 20; p++ {
		v := new(big.Int).Exp(big.NewInt(10), big.NewInt(p*4), nil)
		vals = append(vals, v, new(big.Int).Sub(v, big.NewInt(1)), new(big.Int).Neg(v))
	}
	for i := 0; i < 3000; i++ {
		b := make([]byte, r.IntN(33))
		for k := range b {
			b[k] = byte(r.Uint32())
		}
		v := new(big.Int).SetBytes(b)
		if r.IntN(2) == 0 && v.BitLen() < 256 {
			v.Neg(v)
		}
		vals = append(vals, v)
	}
	for _, v := range vals {
		var c copyBuf
		var ref refCopyBuf
		c.numeric(v)
		ref.numeric(v)
		if !bytes.Equal(c.b, ref.b) {
			t.Fatalf("numeric(%s) = %x, reference %x", v, c.b, ref.b)
		}
		var w [32]byte
		if v.Sign() >= 0 {
			v.FillBytes(w[:])
		} else {
			new(big.Int).Add(v, tt256).FillBytes(w[:])
		}
		for _, signed := range []bool{false, true} {
			c.b, ref.b = c.b[:0], ref.b[:0]
			c.numericWord(w[:], signed)
			ref.numericWord(w[:], signed)
			if !bytes.Equal(c.b, ref.b) {
				t.Fatalf("numericWord(%x, signed %v) = %x, reference %x", w, signed, c.b, ref.b)
			}
		}
	}
}

func catBufs(bs []*copyBuf) []byte {
	var out []byte
	for _, b := range bs {
		out = append(out, b.b...)
	}
	return out
}

func catRefBufs(bs []*refCopyBuf) []byte {
	var out []byte
	for _, b := range bs {
		out = append(out, b.b...)
	}
	return out
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestWordRowMatchesDecoder: for an event with the static types the protocol does not use yet (signed
// integers, bytesN below 32, uint16, indexed int256 and bytes4), rows and derived values read straight
// from the words equal go-ethereum's decoding through the reference encoder, and words the decoder
// refuses are not taken.
func TestWordRowMatchesDecoder(t *testing.T) {
	const js = `[{"type":"event","name":"Odd","anonymous":false,"inputs":[
		{"name":"a","type":"int256","indexed":true},{"name":"b","type":"bytes4","indexed":true},
		{"name":"c","type":"int256","indexed":false},{"name":"d","type":"int128","indexed":false},
		{"name":"e","type":"bytes4","indexed":false},{"name":"f","type":"uint16","indexed":false},
		{"name":"g","type":"bool","indexed":false},{"name":"h","type":"address","indexed":false},
		{"name":"i","type":"uint128","indexed":false},{"name":"j","type":"bytes32","indexed":false},{"name":"k","type":"uint64","indexed":false}]}]`
	a, err := abi.JSON(strings.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	reg, err := NewRegistry(a)
	if err != nil {
		t.Fatal(err)
	}
	e := reg.Events()[0]
	p := planWords(e)
	if !p.ok {
		t.Fatal("no word plan for static types")
	}
	r := mrand.New(mrand.NewPCG(5, 6))
	ev := a.Events["Odd"]
	taken := 0
	for i := 0; i < 2000; i++ {
		args := make([]any, len(ev.Inputs))
		for j, in := range ev.Inputs {
			args[j] = detValue(r, in.Type)
		}
		if i%2 == 1 {
			args[2] = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 255)) // int256 min
		}
		topics, data := packEvent(t, ev, args)
		if i%3 == 2 { // a random byte somewhere: the plan must refuse exactly what the decoder refuses
			data[r.IntN(len(data))] = byte(r.Uint32())
		}
		l := &types.Log{Address: common.Address{1}, Topics: topics, Data: data, BlockNumber: 7, BlockHash: common.Hash{2}, TxHash: common.Hash{3}, Index: uint(i)}
		vals, uerr := e.unpack(l)
		var want []any
		if uerr == nil {
			want, uerr = e.values(l, vals)
		}
		if p.valid(e, l) != (uerr == nil) {
			t.Fatalf("log %d: plan says valid %v, decoder says %v", i, p.valid(e, l), uerr)
		}
		if uerr != nil {
			continue
		}
		taken++
		var ref refCopyBuf
		if err := ref.eventRow(e, 31337, l, 99, vals); err != nil {
			t.Fatal(err)
		}
		var raw, c copyBuf
		raw.rawLog(31337, l, 99)
		if err := c.wordRow(e, &p, raw.b[2:baseRowSize], l); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(c.b, ref.b) {
			t.Fatalf("log %d: word row differs from the decoder's at byte %d", i, firstDiff(c.b, ref.b))
		}
		for k, col := range e.Columns {
			if col.Indexed {
				continue
			}
			if got := wordValue(&p, col, l); !reflect.DeepEqual(got, want[k]) {
				t.Fatalf("log %d column %s: word value %v, decoder %v", i, col.Name, got, want[k])
			}
		}
	}
	if taken < 1000 {
		t.Fatalf("only %d of 2000 logs decodable: the test does not exercise the word path", taken)
	}
}

// packEvent ABI-encodes an event's arguments as a log's topics (topic0, then the indexed ones) and data.
func packEvent(t testing.TB, ev abi.Event, args []any) ([]common.Hash, []byte) {
	t.Helper()
	topics := []common.Hash{ev.ID}
	var nonIdx []any
	for j, in := range ev.Inputs {
		if in.Indexed {
			tp, err := abi.MakeTopics([]any{args[j]})
			if err != nil {
				t.Fatal(err)
			}
			topics = append(topics, tp[0][0])
		} else {
			nonIdx = append(nonIdx, args[j])
		}
	}
	data, err := ev.Inputs.NonIndexed().Pack(nonIdx...)
	if err != nil {
		t.Fatal(err)
	}
	return topics, data
}
