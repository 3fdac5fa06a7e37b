package chainrpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
)

// rawBatch posts a JSON-RPC batch over HTTP and returns each element's raw result by position. go-ethereum's
// client scans a response three times (decode, envelope, result); for multi-megabyte eth_getLogs answers
// that was a third of the indexer's CPU, so the hot path splits the envelope with one pass here.
// The results point into the returned body; a caller done with them may hand it to putBody.
func rawBatch(ctx context.Context, hc *http.Client, url string, calls []rawCall) ([]rawResult, []byte, error) {
	var body bytes.Buffer
	body.WriteByte('[')
	for i, c := range calls {
		if i > 0 {
			body.WriteByte(',')
		}
		params, err := json.Marshal(c.params)
		if err != nil {
			return nil, nil, err
		}
		fmt.Fprintf(&body, `{"jsonrpc":"2.0","id":%d,"method":%q,"params":%s}`, i+1, c.method, params)
	}
	body.WriteByte(']')
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, &body)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := readBody(resp)
	if err != nil {
		return nil, nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		return nil, nil, rpc.HTTPError{StatusCode: resp.StatusCode, Status: resp.Status, Body: b}
	}
	res, err := splitBatch(b, len(calls))
	if err != nil {
		return nil, nil, err
	}
	return res, b, nil
}

// readBody reads a whole response body, into one buffer of the announced length when there is one
// (io.ReadAll doubles from 512 bytes: for a multi-megabyte eth_getLogs answer that copied and zeroed
// the answer about twice over), reused from earlier answers (putBody) when one is large enough.
func readBody(resp *http.Response) ([]byte, error) {
	n := resp.ContentLength
	if n <= 0 || n > 1<<30 {
		return io.ReadAll(resp.Body)
	}
	var b []byte
	select {
	case f := <-freeBodies:
		if int64(cap(f)) > n {
			b = f[:n]
		}
	default:
	}
	if b == nil {
		b = make([]byte, n, n+n/4+1) // room for the next, somewhat larger answer
	}
	if _, err := io.ReadFull(resp.Body, b); err != nil {
		return nil, err
	}
	// A body longer than announced: read the rest rather than truncate.
	for {
		k, err := resp.Body.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// freeBodies holds response buffers for readBody: a few (about one per fetch worker), not a sync.Pool,
// which a collection empties (the encoder's garbage made that happen between two answers).
var freeBodies = make(chan []byte, 4)

// putBody returns a body from rawBatch for reuse: nothing may point into it any more.
func putBody(b []byte) {
	if cap(b) < 64<<10 || cap(b) > 16<<20 {
		return
	}
	select {
	case freeBodies <- b:
	default:
	}
}

type rawCall struct {
	method string
	params []any
}

type rawResult struct {
	result []byte // raw JSON value; nil with err set on a JSON-RPC error
	err    error
}

// jsonRPCError is a JSON-RPC error object; it satisfies rpc.Error so 429-style codes are recognized.
type jsonRPCError struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data,omitempty"`
}

func (e *jsonRPCError) Error() string {
	if len(e.Data) > 0 && string(e.Data) != "null" {
		return e.Message + ": " + string(e.Data)
	}
	return e.Message
}

// ErrorCode implements rpc.Error.
func (e *jsonRPCError) ErrorCode() int { return e.Code }

var errBadEnvelope = errors.New("malformed JSON-RPC batch response")

// splitBatch splits a batch response into results ordered by request id (1..n).
func splitBatch(b []byte, n int) ([]rawResult, error) {
	s := &scanner{b: b}
	if s.peek() == '{' { // a single error object for the whole batch
		var m struct {
			Error *jsonRPCError `json:"error"`
		}
		if err := json.Unmarshal(b, &m); err == nil && m.Error != nil {
			return nil, m.Error
		}
		return nil, errBadEnvelope
	}
	if err := s.expect('['); err != nil {
		return nil, errBadEnvelope
	}
	out := make([]rawResult, n)
	seen := make([]bool, n)
	got := 0
	for s.peek() != ']' {
		if err := s.expect('{'); err != nil {
			return nil, errBadEnvelope
		}
		id := -1
		var res rawResult
		hasResult := false
		for {
			key, err := s.str()
			if err != nil {
				return nil, errBadEnvelope
			}
			if err := s.expect(':'); err != nil {
				return nil, errBadEnvelope
			}
			s.ws()
			v, err := s.value()
			if err != nil {
				return nil, errBadEnvelope
			}
			switch string(key) {
			case "id":
				if id, err = strconv.Atoi(strings.Trim(strings.TrimSpace(string(v)), `"`)); err != nil {
					return nil, errBadEnvelope
				}
			case "result":
				res.result, hasResult = v, true
			case "error":
				var e jsonRPCError
				if err := json.Unmarshal(v, &e); err != nil {
					return nil, errBadEnvelope
				}
				res.err = &e
			}
			if s.peek() == ',' {
				s.i++
				continue
			}
			if err := s.expect('}'); err != nil {
				return nil, errBadEnvelope
			}
			break
		}
		if id < 1 || id > n || seen[id-1] || (!hasResult && res.err == nil) {
			return nil, errBadEnvelope
		}
		seen[id-1] = true
		out[id-1] = res
		got++
		if s.peek() == ',' {
			s.i++
		}
	}
	s.i++
	if got != n || s.peek() != 0 {
		return nil, errBadEnvelope
	}
	return out, nil
}

// value returns the raw bytes of the JSON value at the cursor and moves past it. It tracks strings and
// nesting only; the result is validated by whoever decodes it.
func (s *scanner) value() ([]byte, error) {
	start := s.i
	depth := 0
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch c {
		case '"':
			s.i++
			for { // to the closing quote: the next quote not escaped by an odd run of backslashes
				k := bytes.IndexByte(s.b[s.i:], '"')
				if k < 0 {
					return nil, errBadEnvelope
				}
				s.i += k
				bs := 0
				for j := s.i - 1; j >= 0 && s.b[j] == '\\'; j-- {
					bs++
				}
				if bs%2 == 0 {
					break
				}
				s.i++
			}
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return s.b[start:s.i], nil
			}
			depth--
		case ',':
			if depth == 0 {
				return s.b[start:s.i], nil
			}
		}
		s.i++
		if depth == 0 && (c == '"' || c == '}' || c == ']') {
			return s.b[start:s.i], nil
		}
	}
	if depth == 0 && s.i > start {
		return s.b[start:s.i], nil
	}
	return nil, errBadEnvelope
}
