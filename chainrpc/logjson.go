package chainrpc

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// decodeLogs parses an eth_getLogs result. encoding/json (scan, validate, then gencodec per log) was over
// half the indexer's CPU during backfill; logs have a fixed flat shape of hex strings, so a direct
// scanner handles them, and anything unexpected falls back to encoding/json.
func decodeLogs(b []byte) ([]types.Log, error) {
	if logs, err := fastLogs(b); err == nil {
		return logs, nil
	}
	var logs []types.Log
	if err := json.Unmarshal(b, &logs); err != nil {
		return nil, err
	}
	return logs, nil
}

var errSlowPath = errors.New("not a plain log array")

type scanner struct {
	b []byte
	i int
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *scanner) peek() byte {
	s.ws()
	if s.i >= len(s.b) {
		return 0
	}
	return s.b[s.i]
}

func (s *scanner) expect(c byte) error {
	if s.peek() != c {
		return errSlowPath
	}
	s.i++
	return nil
}

// str returns the bytes of a string without escapes (hex strings and field names never have any).
func (s *scanner) str() ([]byte, error) {
	if err := s.expect('"'); err != nil {
		return nil, err
	}
	k := bytes.IndexByte(s.b[s.i:], '"')
	if k < 0 {
		return nil, errSlowPath
	}
	v := s.b[s.i : s.i+k]
	if bytes.IndexByte(v, '\\') >= 0 {
		return nil, errSlowPath
	}
	s.i += k + 1
	return v, nil
}

// fixedStr is str for a string expected to be n bytes long (a 0x-prefixed address or hash): one
// comparison instead of a search. The caller validates the bytes as hex digits, so no quote or escape
// can hide in them; any other length takes str.
func (s *scanner) fixedStr(n int) ([]byte, error) {
	if s.peek() == '"' && s.i+1+n < len(s.b) && s.b[s.i+1+n] == '"' {
		v := s.b[s.i+1 : s.i+1+n]
		s.i += n + 2
		return v, nil
	}
	return s.str()
}

// logSlabs hands out the logs' topics and data from shared chunks: two allocations per log were most
// of the decoder's garbage. A chunk lives as long as any log cut from it (the logs of one answer live
// and die together).
type logSlabs struct {
	topics []common.Hash
	data   []byte
}

const topicChunk, dataChunk = 1024, 64 << 10

// bytes returns a zeroed n-byte slice of its own capacity.
func (a *logSlabs) bytes(n int) []byte {
	if n > dataChunk/8 {
		return make([]byte, n)
	}
	if len(a.data)+n > cap(a.data) {
		a.data = make([]byte, 0, dataChunk)
	}
	i := len(a.data)
	a.data = a.data[:i+n]
	return a.data[i : i+n : i+n]
}

func fastLogs(b []byte) ([]types.Log, error) {
	s := &scanner{b: b}
	if s.peek() == 'n' {
		return nil, errSlowPath
	}
	if err := s.expect('['); err != nil {
		return nil, err
	}
	if s.peek() == ']' {
		s.i++
		return []types.Log{}, nil
	}
	// Sized once: every log is one object, and nothing else in a plain log array has a '{' (a hint only).
	logs := make([]types.Log, 0, bytes.Count(b, []byte{'{'})+1)
	var a logSlabs
	for {
		logs = append(logs, types.Log{})
		if err := s.log(&logs[len(logs)-1], &a); err != nil {
			return nil, err
		}
		switch s.peek() {
		case ',':
			s.i++
		case ']':
			s.i++
			if s.peek() != 0 {
				return nil, errSlowPath
			}
			return logs, nil
		default:
			return nil, errSlowPath
		}
	}
}

// The fields a log must have, bits of log's seen: without one, encoding/json reports it.
const (
	fieldAddress = 1 << iota
	fieldTopics
	fieldData
	fieldBlockNumber
	fieldLogIndex
	fieldBlockHash
	fieldTxHash
	requiredFields = 1<<iota - 1
)

// log reads one log object; anything it does not know exactly how to read is left to the slow path.
func (s *scanner) log(l *types.Log, a *logSlabs) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	if s.peek() == '}' {
		return errSlowPath
	}
	var seen int
	for {
		key, err := s.str()
		if err != nil {
			return err
		}
		if err := s.expect(':'); err != nil {
			return err
		}
		f, err := s.field(key, l, a)
		if err != nil {
			return err
		}
		seen |= f
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			if seen != requiredFields {
				return errSlowPath // a required field is missing: let encoding/json report it
			}
			return nil
		default:
			return errSlowPath
		}
	}
}

// field reads key's value into l and says which required field it was (0 for another).
func (s *scanner) field(key []byte, l *types.Log, a *logSlabs) (int, error) {
	switch string(key) {
	case "address":
		v, err := s.fixedStr(42)
		if err != nil || hexInto(l.Address[:], v) != nil {
			return 0, errSlowPath
		}
		return fieldAddress, nil
	case "topics":
		return fieldTopics, s.topics(l, a)
	case "data":
		return fieldData, s.data(l, a)
	case "blockNumber", "transactionIndex", "logIndex", "blockTimestamp":
		return s.quantity(key, l)
	case "blockHash":
		return fieldBlockHash, s.hash(l.BlockHash[:])
	case "transactionHash":
		return fieldTxHash, s.hash(l.TxHash[:])
	case "removed":
		return 0, s.removed(l)
	}
	return 0, errSlowPath // unknown field: the slow path knows what to do
}

// topics reads the topic array into the slab's topics.
func (s *scanner) topics(l *types.Log, a *logSlabs) error {
	if err := s.expect('['); err != nil {
		return err
	}
	if len(a.topics)+4 > cap(a.topics) {
		a.topics = make([]common.Hash, 0, topicChunk)
	}
	start := len(a.topics)
	if s.peek() == ']' {
		s.i++
	} else {
		for {
			v, err := s.fixedStr(66)
			a.topics = append(a.topics, common.Hash{})
			if err != nil || hexInto(a.topics[len(a.topics)-1][:], v) != nil {
				return errSlowPath
			}
			if s.peek() == ',' {
				s.i++
				continue
			}
			if err := s.expect(']'); err != nil {
				return err
			}
			break
		}
	}
	l.Topics = a.topics[start:len(a.topics):len(a.topics)]
	return nil
}

// data reads the 0x-prefixed data into the slab's bytes.
func (s *scanner) data(l *types.Log, a *logSlabs) error {
	v, err := s.str()
	if err != nil || len(v) < 2 || v[0] != '0' || v[1] != 'x' || len(v)%2 != 0 {
		return errSlowPath
	}
	l.Data = a.bytes((len(v) - 2) / 2)
	if !hexDecode(l.Data, v[2:]) {
		return errSlowPath
	}
	return nil
}

// quantity reads a hex number field; blockNumber and logIndex are required ones.
func (s *scanner) quantity(key []byte, l *types.Log) (int, error) {
	if s.peek() == 'n' { // null (pending logs): let encoding/json decide
		return 0, errSlowPath
	}
	v, err := s.str()
	if err != nil {
		return 0, err
	}
	n, err := hexUint(v)
	if err != nil {
		return 0, errSlowPath
	}
	switch string(key) {
	case "blockNumber":
		l.BlockNumber = n
		return fieldBlockNumber, nil
	case "transactionIndex":
		l.TxIndex = uint(n)
	case "logIndex":
		l.Index = uint(n)
		return fieldLogIndex, nil
	case "blockTimestamp":
		l.BlockTimestamp = n
	}
	return 0, nil
}

// hash reads a 32-byte hex string into dst.
func (s *scanner) hash(dst []byte) error {
	v, err := s.fixedStr(66)
	if err != nil {
		return err
	}
	return hexInto(dst, v)
}

// removed reads the removed flag.
func (s *scanner) removed(l *types.Log) error {
	switch s.peek() {
	case 't':
		if s.i+4 > len(s.b) || string(s.b[s.i:s.i+4]) != "true" {
			return errSlowPath
		}
		l.Removed, s.i = true, s.i+4
	case 'f':
		if s.i+5 > len(s.b) || string(s.b[s.i:s.i+5]) != "false" {
			return errSlowPath
		}
		s.i += 5
	default:
		return errSlowPath
	}
	return nil
}

func hexInto(dst, v []byte) error {
	if len(v) != 2+2*len(dst) || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') {
		return errSlowPath
	}
	if !hexDecode(dst, v[2:]) {
		return errSlowPath
	}
	return nil
}

// unhex maps a hex digit (either case) to its value, anything else to 0xff.
var unhex = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < 10; i++ {
		t['0'+i] = byte(i)
	}
	for i := 0; i < 6; i++ {
		t['a'+i], t['A'+i] = byte(10+i), byte(10+i)
	}
	return t
}()

// hexDecode decodes src (2*len(dst) hex digits) into dst, reporting whether all were digits; one
// branch per string instead of encoding/hex's two per byte.
func hexDecode(dst, src []byte) bool {
	if len(src) != 2*len(dst) {
		return false
	}
	var bad byte
	for i := range dst {
		a, b := unhex[src[2*i]], unhex[src[2*i+1]]
		bad |= a | b
		dst[i] = a<<4 | b
	}
	return bad&0xf0 == 0
}

func hexUint(v []byte) (uint64, error) {
	if len(v) < 3 || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') {
		return 0, errSlowPath
	}
	var n uint64
	for _, c := range v[2:] {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, errSlowPath
		}
		if n>>60 != 0 {
			return 0, errSlowPath // overflow
		}
		n = n<<4 | uint64(d)
	}
	return n, nil
}
