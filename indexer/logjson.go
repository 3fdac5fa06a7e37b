package indexer

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"

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
	start := s.i
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case '"':
			v := s.b[start:s.i]
			s.i++
			return v, nil
		case '\\':
			return nil, errSlowPath
		}
		s.i++
	}
	return nil, errSlowPath
}

func fastLogs(b []byte) ([]types.Log, error) {
	s := &scanner{b: b}
	if s.peek() == 'n' {
		return nil, errSlowPath
	}
	if err := s.expect('['); err != nil {
		return nil, err
	}
	var logs []types.Log
	if s.peek() == ']' {
		s.i++
		return []types.Log{}, nil
	}
	for {
		var l types.Log
		if err := s.log(&l); err != nil {
			return nil, err
		}
		logs = append(logs, l)
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

func (s *scanner) log(l *types.Log) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	var seen int
	if s.peek() == '}' {
		return errSlowPath
	}
	for {
		key, err := s.str()
		if err != nil {
			return err
		}
		if err := s.expect(':'); err != nil {
			return err
		}
		switch string(key) {
		case "address":
			v, err := s.str()
			if err != nil || hexInto(l.Address[:], v) != nil {
				return errSlowPath
			}
			seen |= 1
		case "topics":
			if err := s.expect('['); err != nil {
				return err
			}
			l.Topics = make([]common.Hash, 0, 4)
			if s.peek() == ']' {
				s.i++
			} else {
				for {
					v, err := s.str()
					var h common.Hash
					if err != nil || hexInto(h[:], v) != nil {
						return errSlowPath
					}
					l.Topics = append(l.Topics, h)
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
			seen |= 2
		case "data":
			v, err := s.str()
			if err != nil || len(v) < 2 || v[0] != '0' || v[1] != 'x' || len(v)%2 != 0 {
				return errSlowPath
			}
			l.Data = make([]byte, (len(v)-2)/2)
			if _, err := hex.Decode(l.Data, v[2:]); err != nil {
				return errSlowPath
			}
			seen |= 4
		case "blockNumber", "transactionIndex", "logIndex", "blockTimestamp":
			if s.peek() == 'n' { // null (pending logs): let encoding/json decide
				return errSlowPath
			}
			v, err := s.str()
			if err != nil {
				return err
			}
			n, err := hexUint(v)
			if err != nil {
				return errSlowPath
			}
			switch string(key) {
			case "blockNumber":
				l.BlockNumber = n
				seen |= 8
			case "transactionIndex":
				l.TxIndex = uint(n)
			case "logIndex":
				l.Index = uint(n)
				seen |= 16
			case "blockTimestamp":
				l.BlockTimestamp = n
			}
		case "transactionHash", "blockHash":
			v, err := s.str()
			if err != nil {
				return err
			}
			dst := l.TxHash[:]
			if string(key) == "blockHash" {
				dst = l.BlockHash[:]
				seen |= 32
			} else {
				seen |= 64
			}
			if hexInto(dst, v) != nil {
				return errSlowPath
			}
		case "removed":
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
		default:
			return errSlowPath // unknown field: the slow path knows what to do
		}
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			if seen != 127 {
				return errSlowPath // a required field is missing: let encoding/json report it
			}
			return nil
		default:
			return errSlowPath
		}
	}
}

func hexInto(dst, v []byte) error {
	if len(v) != 2+2*len(dst) || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') {
		return errSlowPath
	}
	_, err := hex.Decode(dst, v[2:])
	return err
}

func hexUint(v []byte) (uint64, error) {
	if len(v) < 3 || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') {
		return 0, errSlowPath
	}
	return strconv.ParseUint(string(v[2:]), 16, 64)
}
