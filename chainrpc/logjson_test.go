package chainrpc

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	mrand "math/rand/v2"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestDecodeLogs: the fast eth_getLogs parser agrees with go-ethereum's decoding, and odd inputs take
// the encoding/json path (with its errors).
func TestDecodeLogs(t *testing.T) {
	in := `[ {"address":"0x5FbDB2315678afecb367f032d93F642f64180aa3","topics":["0x9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d","0x000000000000000000000000abcdef0123456789abcdef0123456789abcdef01"],
	"data":"0x00ff","blockHash":"0x159c5c3e3b7d8990d757f5e86951468190c2df6612ff456a5bf88bca2384061a","blockNumber":"0x1a","blockTimestamp":"0x6553f100",
	"transactionHash":"0x26f887e4afd0a4516dc81cbeed2b962da4f5fb512389fd9a7bd7236686c4217f","transactionIndex":"0x0","logIndex":"0x3","removed":false},
	{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0x","blockHash":"0x159c5c3e3b7d8990d757f5e86951468190c2df6612ff456a5bf88bca2384061a",
	"blockNumber":"0x1a","transactionHash":"0x26f887e4afd0a4516dc81cbeed2b962da4f5fb512389fd9a7bd7236686c4217f","transactionIndex":"0x1","logIndex":"0x4","removed":true}]`
	var want []types.Log
	if err := json.Unmarshal([]byte(in), &want); err != nil {
		t.Fatal(err)
	}
	got, err := fastLogs([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("fast parse\n got %+v\nwant %+v", got, want)
	}
	for _, bad := range []string{`[{"address":"0x01"}]`, `[{"extra":{"a":1}}]`, `{"x":1}`, `[`, `[{"address":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}]`} {
		if _, err := fastLogs([]byte(bad)); err == nil {
			t.Errorf("fast parser accepted %s", bad)
		}
		if _, err := decodeLogs([]byte(bad)); err == nil {
			t.Errorf("decodeLogs accepted %s", bad)
		}
	}
	if l, err := decodeLogs([]byte(`[]`)); err != nil || len(l) != 0 {
		t.Fatalf("empty: %v %v", l, err)
	}
}

func TestSplitBatch(t *testing.T) {
	body := `[ {"jsonrpc":"2.0","id":2,"result":[{"a":"x\"]}"}]} , {"jsonrpc":"2.0","id":1 ,"error":{"code":-32005,"message":"query returned more than 10000 results"}},{"id":"3","result":null}]`
	res, err := splitBatch([]byte(body), 3)
	if err != nil {
		t.Fatal(err)
	}
	if string(res[1].result) != `[{"a":"x\"]}"}]` {
		t.Errorf("result 2 = %s", res[1].result)
	}
	var re interface{ ErrorCode() int }
	if e, ok := res[0].err.(interface{ ErrorCode() int }); !ok || e.ErrorCode() != -32005 {
		t.Errorf("error 1 = %v", res[0].err)
	} else {
		re = e
	}
	_ = re
	if string(res[2].result) != "null" {
		t.Errorf("result 3 = %s", res[2].result)
	}
	for _, bad := range []string{body[:len(body)/2], `[]`, `[{"id":1}]`, `{"error":{"code":1,"message":"whole batch refused"}}`, `[{"id":1,"result":1},{"id":1,"result":2}]`} {
		if _, err := splitBatch([]byte(bad), 2); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

// TestHexUint: the quantity parser agrees with strconv on what it accepts and the value.
func TestHexUint(t *testing.T) {
	for _, s := range []string{"0x0", "0x1", "0x01", "0xff", "0xFF", "0Xa", "0xffffffffffffffff", "0x0000000000000000001", "0x10000000000000000",
		"0x", "0", "0xg", "1x1", "0x-1", "0x+1", "0x_1", "0x1_0"} {
		want, werr := strconv.ParseUint(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"), 16, 64)
		if len(s) < 3 || (s[:2] != "0x" && s[:2] != "0X") {
			werr = strconv.ErrSyntax
		}
		got, err := hexUint([]byte(s))
		if (err != nil) != (werr != nil) || err == nil && got != want {
			t.Errorf("hexUint(%q) = %d, %v; want %d, %v", s, got, err, want, werr)
		}
	}
}

// TestReadBody: a body is read whole whether its length is announced, unknown or understated, and a
// short one is an error.
func TestReadBody(t *testing.T) {
	body := bytes.Repeat([]byte("0123456789abcdef"), 10_000)
	for _, n := range []int64{int64(len(body)), -1, 0, 100, int64(len(body)) - 1} {
		for range 2 { // the second time with a pooled buffer
			b, err := readBody(&http.Response{Body: io.NopCloser(bytes.NewReader(body)), ContentLength: n})
			if err != nil || !bytes.Equal(b, body) {
				t.Fatalf("length %d: got %d bytes, %v", n, len(b), err)
			}
			putBody(b)
		}
	}
	if _, err := readBody(&http.Response{Body: io.NopCloser(bytes.NewReader(body)), ContentLength: int64(len(body)) + 1}); err == nil {
		t.Fatal("a body shorter than announced was accepted")
	}
}

// TestHexDecode: the log decoder's hex digits agree with encoding/hex on every byte value.
func TestHexDecode(t *testing.T) {
	for c := 0; c < 256; c++ {
		for _, src := range [][]byte{{byte(c), '0'}, {'0', byte(c)}, {'a', 'F', byte(c), '9'}} {
			want, werr := hex.DecodeString(string(src))
			got := make([]byte, len(src)/2)
			if ok := hexDecode(got, src); ok != (werr == nil) || ok && !bytes.Equal(got, want) {
				t.Fatalf("hexDecode(%q) = %x %v, encoding/hex %x %v", src, got, ok, want, werr)
			}
		}
	}
	if hexDecode(make([]byte, 2), []byte("abc")) {
		t.Fatal("odd length accepted")
	}
}

// TestFastLogsRefusesEscapes: escapes or quotes where an address or hash is expected send the answer
// to encoding/json (which refuses them), whatever their length.
func TestFastLogsRefusesEscapes(t *testing.T) {
	h := "0x" + strings.Repeat("ab", 32)
	a := "0x" + strings.Repeat("cd", 20)
	log := func(addr, hash, topic string) string {
		return `[{"address":"` + addr + `","topics":["` + topic + `"],"data":"0x","blockHash":"` + hash + `","blockNumber":"0x1",` +
			`"transactionHash":"` + h + `","transactionIndex":"0x0","logIndex":"0x0","removed":false}]`
	}
	if _, err := fastLogs([]byte(log(a, h, h))); err != nil {
		t.Fatalf("plain log refused: %v", err)
	}
	esc := func(s string, k int) string { return s[:len(s)-k] + `\"` + s[len(s)-k+2:] }
	for _, in := range []string{
		log(esc(a, 2), h, h), log(a, esc(h, 2), h), log(a, h, esc(h, 2)), log(a, h, esc(h, 10)),
		log(a[:len(a)-2]+`\\`, h, h), log(a, h[:len(h)-2]+`\\`, h), log(a, h, h[:len(h)-2]+`\u0041`),
	} {
		if _, err := fastLogs([]byte(in)); err == nil {
			t.Errorf("fast parser accepted %s", in)
		}
		if _, err := decodeLogs([]byte(in)); err == nil {
			t.Errorf("decodeLogs accepted %s", in)
		}
	}
}

// answerFixture is an eth_getLogs batch answer (header + logs, as rawBatch receives it) of n logs over
// blocks blocks, with the shapes of protocol logs: one to four topics, data of 0 to 10 words, strings
// with escapes none of them (logs carry none).
func answerFixture(t testing.TB, n, blocks int) []byte {
	t.Helper()
	r := mrand.New(mrand.NewPCG(7, 7))
	word := func() []byte {
		b := make([]byte, 32)
		switch r.IntN(3) {
		case 0: // a small number
			b[31] = byte(r.IntN(256))
		case 1: // uint256 max
			for i := range b {
				b[i] = 0xff
			}
		default:
			for i := range b {
				b[i] = byte(r.Uint32())
			}
		}
		return b
	}
	logs := make([]types.Log, n)
	for k := range logs {
		bn := uint64(1_000_000 + k*blocks/n)
		l := &logs[k]
		l.Address = common.BigToAddress(big.NewInt(int64(0xbe00 + r.IntN(5))))
		for range 1 + r.IntN(4) {
			l.Topics = append(l.Topics, common.BytesToHash(word()))
		}
		l.Data = []byte{}
		for range r.IntN(11) {
			l.Data = append(l.Data, word()...)
		}
		l.BlockNumber, l.BlockHash = bn, common.BigToHash(new(big.Int).SetUint64(bn*7919+1))
		l.BlockTimestamp = 1_700_000_000 + 2*bn
		l.TxHash = common.BigToHash(big.NewInt(int64(k / 10)))
		l.TxIndex, l.Index = uint(k%100/10), uint(k%100)
	}
	hj, err := json.Marshal(&Header{Number: 1_000_000 + 0, Hash: common.Hash{1}})
	if err != nil {
		t.Fatal(err)
	}
	lj, err := json.Marshal(logs)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(fmt.Sprintf(`[{"jsonrpc":"2.0","id":1,"result":%s},{"jsonrpc":"2.0","id":2,"result":%s}]`, hj, lj))
}

// decodeAnswer is LogsAt's hot path after the HTTP round trip: read the body, split the batch, decode
// the header and the logs, hand the body back for reuse.
func decodeAnswer(t testing.TB, body []byte) []types.Log {
	b, err := readBody(&http.Response{Body: io.NopCloser(bytes.NewReader(body)), ContentLength: int64(len(body))})
	if err != nil {
		t.Fatal(err)
	}
	res, err := splitBatch(b, 2)
	if err != nil {
		t.Fatal(err)
	}
	var h *Header
	if err := json.Unmarshal(res[0].result, &h); err != nil {
		t.Fatal(err)
	}
	logs, err := decodeLogs(res[1].result)
	if err != nil {
		t.Fatal(err)
	}
	putBody(b)
	return logs
}

// TestDecodedLogsOutliveTheirAnswer: a realistic 6000-log answer decodes to what encoding/json makes
// of it, and the logs stay the same once the answer's buffer is reused for the next answer (the
// decoder copies what it keeps).
func TestDecodedLogsOutliveTheirAnswer(t *testing.T) {
	body := answerFixture(t, 6000, 7)
	res, err := splitBatch(body, 2)
	if err != nil {
		t.Fatal(err)
	}
	var want []types.Log
	if err := json.Unmarshal(res[1].result, &want); err != nil {
		t.Fatal(err)
	}
	got := decodeAnswer(t, body)
	if !reflect.DeepEqual(got, want) {
		t.Fatal("fast log decoding differs from encoding/json")
	}
	junk := bytes.Repeat([]byte{'7'}, len(body))
	if b, err := readBody(&http.Response{Body: io.NopCloser(bytes.NewReader(junk)), ContentLength: int64(len(junk))}); err != nil || !bytes.Equal(b, junk) {
		t.Fatalf("reading a body: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("decoded logs changed when their answer's buffer was reused")
	}
}

// BenchmarkDecodeLogs is the RPC layer's CPU per log on the backfill path: reading, splitting and
// decoding a 5000-log eth_getLogs batch answer (the indexer's BenchmarkFetchEncode is the rest: its
// rows). Measured for issue #3 with the encoder: 14.2 -> 3.8 µs CPU per log for both together.
func BenchmarkDecodeLogs(b *testing.B) {
	body := answerFixture(b, 5000, 10)
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for i := 0; i < b.N; i++ {
		decodeAnswer(b, body)
	}
}
