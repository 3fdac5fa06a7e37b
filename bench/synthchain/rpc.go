package synthchain

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/covey-labs/covey/bench/workload"
)

// maxRequestBytes bounds a request body (a batch of a few hundred calls is a few tens of kB).
const maxRequestBytes = 8 << 20

// Handler serves the chain's JSON-RPC over HTTP POST, single calls and batches. eth_getLogs answers
// are written as they are generated, block by block, so a large range costs no more memory than a block.
func (c *Chain) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "JSON-RPC over POST only", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxRequestBytes+1))
		if err != nil || len(body) > maxRequestBytes {
			http.Error(w, "request body unreadable or over 8 MiB", http.StatusRequestEntityTooLarge)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		out := bufio.NewWriterSize(w, 64<<10)
		defer out.Flush()
		body = bytes.TrimSpace(body)
		if len(body) > 0 && body[0] == '[' {
			var calls []request
			if err := json.Unmarshal(body, &calls); err != nil {
				writeError(out, json.RawMessage("null"), -32700, "parse error: "+err.Error())
				return
			}
			out.WriteByte('[')
			for i, call := range calls {
				if i > 0 {
					out.WriteByte(',')
				}
				c.answer(r.Context(), out, call)
			}
			out.WriteByte(']')
			return
		}
		var call request
		if err := json.Unmarshal(body, &call); err != nil {
			writeError(out, json.RawMessage("null"), -32700, "parse error: "+err.Error())
			return
		}
		c.answer(r.Context(), out, call)
	})
}

type request struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// rpcError is an answer's error: code and message, as JSON-RPC has them.
type rpcError struct {
	code int
	msg  string
}

func (e *rpcError) Error() string { return e.msg }

func invalid(format string, args ...any) error {
	return &rpcError{code: -32602, msg: fmt.Sprintf(format, args...)}
}

// answer writes the response to one call.
func (c *Chain) answer(ctx context.Context, out *bufio.Writer, call request) {
	id := call.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	if call.Method == "eth_getLogs" {
		f, err := c.parseFilter(call.Params)
		if err == nil {
			fmt.Fprintf(out, `{"jsonrpc":"2.0","id":%s,"result":`, id)
			if err = c.writeLogs(ctx, out, f); err != nil {
				return // mid-stream: the answer stays cut short, malformed JSON the client refuses and asks again
			}
			out.WriteByte('}')
			return
		}
		writeFailure(out, id, err)
		return
	}
	res, err := c.call(call.Method, call.Params)
	if err != nil {
		writeFailure(out, id, err)
		return
	}
	b, err := json.Marshal(res)
	if err != nil {
		writeFailure(out, id, err)
		return
	}
	fmt.Fprintf(out, `{"jsonrpc":"2.0","id":%s,"result":%s}`, id, b)
}

func writeFailure(out *bufio.Writer, id json.RawMessage, err error) {
	var re *rpcError
	if errors.As(err, &re) {
		writeError(out, id, re.code, re.msg)
		return
	}
	writeError(out, id, -32000, err.Error())
}

func writeError(out *bufio.Writer, id json.RawMessage, code int, msg string) {
	m, _ := json.Marshal(msg)
	fmt.Fprintf(out, `{"jsonrpc":"2.0","id":%s,"error":{"code":%d,"message":%s}}`, id, code, m)
}

// call answers every method but eth_getLogs.
func (c *Chain) call(method string, params []json.RawMessage) (any, error) {
	switch method {
	case "eth_chainId":
		return hexutil.Uint64(workload.ChainID), nil
	case "net_version":
		return strconv.Itoa(workload.ChainID), nil
	case "web3_clientVersion":
		return "covey-synthchain/" + strconv.Itoa(workload.GeneratorVersion), nil
	case "eth_blockNumber":
		return hexutil.Uint64(c.head), nil
	case "eth_syncing":
		return false, nil
	case "eth_getBlockByNumber":
		if len(params) < 1 {
			return nil, invalid("eth_getBlockByNumber: missing block number")
		}
		n, err := c.blockParam(params[0])
		if err != nil {
			return nil, err
		}
		return c.blockJSON(n)
	case "eth_getBlockByHash":
		var h common.Hash
		if len(params) < 1 || json.Unmarshal(params[0], &h) != nil {
			return nil, invalid("eth_getBlockByHash: want a block hash")
		}
		n, ok := c.numberOf(h)
		if !ok {
			return nil, nil
		}
		return c.blockJSON(n)
	case "eth_getCode":
		var a common.Address
		if len(params) < 1 || json.Unmarshal(params[0], &a) != nil {
			return nil, invalid("eth_getCode: want an address")
		}
		for _, p := range c.src.Contracts() {
			if p == a {
				return hexutil.Bytes(workload.EmitterCode()), nil
			}
		}
		return hexutil.Bytes{}, nil
	}
	return nil, &rpcError{code: -32601, msg: fmt.Sprintf("the method %s does not exist/is not available", method)}
}

// blockParam reads a block number or tag; every tag but "earliest" is the head (the chain is final).
func (c *Chain) blockParam(raw json.RawMessage) (uint64, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return 0, invalid("block: want a hex number or a tag: %v", err)
	}
	switch s {
	case "latest", "safe", "finalized", "pending":
		return c.head, nil
	case "earliest":
		return 0, nil
	}
	n, err := hexutil.DecodeUint64(s)
	if err != nil {
		return 0, invalid("block %q: %v", s, err)
	}
	return n, nil
}

// blockJSON is block n as eth_getBlockByNumber returns it (transactions left out), or nil past the head.
func (c *Chain) blockJSON(n uint64) (any, error) {
	h, err := c.Header(n)
	if err != nil || h == nil {
		return nil, err
	}
	return map[string]any{
		"number": hexutil.Uint64(h.Number), "hash": h.Hash, "parentHash": h.ParentHash, "timestamp": hexutil.Uint64(h.Time),
		"logsBloom": h.Bloom, "nonce": types.BlockNonce{}, "sha3Uncles": types.EmptyUncleHash, "miner": common.Address{},
		"stateRoot": types.EmptyRootHash, "transactionsRoot": types.EmptyTxsHash, "receiptsRoot": types.EmptyReceiptsHash,
		"difficulty": "0x0", "totalDifficulty": "0x0", "gasLimit": hexutil.Uint64(30_000_000), "gasUsed": "0x0",
		"extraData": "0x", "mixHash": common.Hash{}, "baseFeePerGas": "0x1", "size": "0x220",
		"transactions": []any{}, "uncles": []any{},
	}, nil
}

// Filter is an eth_getLogs filter over a block range.
type Filter struct {
	From, To  uint64
	Addresses []common.Address // any of them; none: every address
	Topics    [][]common.Hash  // by position: any of the hashes; an empty position matches anything
}

func (c *Chain) parseFilter(params []json.RawMessage) (Filter, error) {
	var f Filter
	if len(params) < 1 {
		return f, invalid("eth_getLogs: missing filter")
	}
	var raw struct {
		FromBlock json.RawMessage   `json:"fromBlock"`
		ToBlock   json.RawMessage   `json:"toBlock"`
		BlockHash *common.Hash      `json:"blockHash"`
		Address   json.RawMessage   `json:"address"`
		Topics    []json.RawMessage `json:"topics"`
	}
	if err := json.Unmarshal(params[0], &raw); err != nil {
		return f, invalid("eth_getLogs: %v", err)
	}
	f.From, f.To = c.head, c.head
	var err error
	switch {
	case raw.BlockHash != nil:
		n, ok := c.numberOf(*raw.BlockHash)
		if !ok {
			return f, &rpcError{code: -32000, msg: "unknown block"}
		}
		f.From, f.To = n, n
	default:
		if len(raw.FromBlock) > 0 && string(raw.FromBlock) != "null" {
			if f.From, err = c.blockParam(raw.FromBlock); err != nil {
				return f, err
			}
		}
		if len(raw.ToBlock) > 0 && string(raw.ToBlock) != "null" {
			if f.To, err = c.blockParam(raw.ToBlock); err != nil {
				return f, err
			}
		}
	}
	if f.From > f.To {
		return f, invalid("invalid block range params: fromBlock %d > toBlock %d", f.From, f.To)
	}
	f.To = min(f.To, c.head) // as geth: a range past the head ends at the head
	if f.Addresses, err = oneOrMany[common.Address](raw.Address); err != nil {
		return f, invalid("eth_getLogs address: %v", err)
	}
	for i, t := range raw.Topics {
		hs, err := oneOrMany[common.Hash](t)
		if err != nil {
			return f, invalid("eth_getLogs topics[%d]: %v", i, err)
		}
		f.Topics = append(f.Topics, hs)
	}
	return f, nil
}

// oneOrMany reads null, one value or an array of values.
func oneOrMany[T any](raw json.RawMessage) ([]T, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	if raw[0] == '[' {
		var vs []T
		return vs, json.Unmarshal(raw, &vs)
	}
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	return []T{v}, nil
}

// Match is whether the filter selects l (go-ethereum's rule: a log with fewer topics than the filter
// has positions does not match).
func (f *Filter) Match(l *Log) bool {
	if len(f.Addresses) > 0 && !contains(f.Addresses, l.Address) {
		return false
	}
	if len(f.Topics) > len(l.Topics) {
		return false
	}
	for i, alts := range f.Topics {
		if len(alts) > 0 && !contains(alts, l.Topics[i]) {
			return false
		}
	}
	return true
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// writeLogs streams the logs of f as a JSON array, one block generated at a time.
func (c *Chain) writeLogs(ctx context.Context, out *bufio.Writer, f Filter) error {
	out.WriteByte('[')
	first := true
	lo, hi := max(f.From, c.StartBlock()+1), min(f.To, c.lastLogBlock())
	for n := lo; n <= hi; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		logs, err := c.Logs(n)
		if err != nil {
			return err
		}
		for i := range logs {
			if !f.Match(&logs[i]) {
				continue
			}
			if !first {
				out.WriteByte(',')
			}
			first = false
			writeLog(out, &logs[i])
		}
	}
	out.WriteByte(']')
	return nil
}

func writeLog(out *bufio.Writer, l *Log) {
	var buf [2 + 2*32]byte
	hexOf := func(b []byte) []byte {
		buf[0], buf[1] = '0', 'x'
		hex.Encode(buf[2:], b)
		return buf[:2+2*len(b)]
	}
	out.WriteString(`{"address":"`)
	out.Write(hexOf(l.Address[:]))
	out.WriteString(`","topics":[`)
	for i, t := range l.Topics {
		if i > 0 {
			out.WriteByte(',')
		}
		out.WriteByte('"')
		out.Write(hexOf(t[:]))
		out.WriteByte('"')
	}
	out.WriteString(`],"data":"0x`)
	var chunk [64]byte
	for d := l.Data; len(d) > 0; d = d[min(32, len(d)):] {
		k := min(32, len(d))
		hex.Encode(chunk[:2*k], d[:k])
		out.Write(chunk[:2*k])
	}
	out.WriteString(`","blockNumber":"`)
	out.WriteString(hexutil.EncodeUint64(l.BlockNumber))
	out.WriteString(`","blockHash":"`)
	out.Write(hexOf(l.BlockHash[:]))
	out.WriteString(`","transactionHash":"`)
	out.Write(hexOf(l.TxHash[:]))
	out.WriteString(`","transactionIndex":"`)
	out.WriteString(hexutil.EncodeUint64(uint64(l.TxIndex)))
	out.WriteString(`","logIndex":"`)
	out.WriteString(hexutil.EncodeUint64(uint64(l.Index)))
	out.WriteString(`","removed":false}`)
}

// Serve listens on addr (host:port; port 0 picks one) and serves the chain until ctx ends. It returns
// the endpoint's URL once listening, and a channel that yields the server's end.
func (c *Chain) Serve(ctx context.Context, addr string) (string, <-chan error, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: c.Handler(), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() {
		err := srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		done <- err
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	return "http://" + strings.Replace(ln.Addr().String(), "[::]", "127.0.0.1", 1), done, nil
}
