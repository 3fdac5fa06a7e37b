package chainrpc

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/internal/chaintest"
)

// node is a plain anvil (internal/chaintest) with a contract that logs its calldata, so a test has
// real blocks and real logs to read.
type node struct {
	*chaintest.Anvil
	t      testing.TB
	logger common.Address
}

// loggerCode deploys a contract whose runtime LOG0s its calldata: CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY
// CALLDATASIZE PUSH0 LOG0 STOP, behind an init code that returns it.
const loggerCode = "0x6008600a5f3960085ff3" + "365f5f37365fa000"

// devAccount is anvil's unlocked account 0.
var devAccount = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

func startNode(t testing.TB) *node {
	t.Helper()
	n := &node{Anvil: chaintest.StartAnvil(t), t: t}
	n.logger = *n.send(nil, hexutil.MustDecode(loggerCode)).ContractAddress
	return n
}

type receipt struct {
	ContractAddress *common.Address `json:"contractAddress"`
	Status          hexutil.Uint64  `json:"status"`
}

// send mines one transaction (anvil automines) and returns its receipt.
func (n *node) send(to *common.Address, data []byte) receipt {
	n.t.Helper()
	tx := map[string]any{"from": devAccount, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(1_000_000)}
	if to != nil {
		tx["to"] = *to
	}
	var txh common.Hash
	n.call(&txh, "eth_sendTransaction", tx)
	var rc *receipt
	for i := 0; rc == nil && i < 500; i++ {
		n.call(&rc, "eth_getTransactionReceipt", txh)
		time.Sleep(2 * time.Millisecond)
	}
	if rc == nil || rc.Status != 1 {
		n.t.Fatalf("transaction %s failed", txh)
	}
	return *rc
}

// emit mines blocks blocks, each with one log of the logger contract.
func (n *node) emit(blocks int) {
	for i := 0; i < blocks; i++ {
		n.send(&n.logger, []byte(fmt.Sprintf("log %d", i)))
	}
}

func (n *node) call(result any, method string, args ...any) {
	n.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.RPC.CallContext(ctx, result, method, args...); err != nil {
		n.t.Fatalf("%s: %v", method, err)
	}
}

func (n *node) head() uint64 {
	var h hexutil.Uint64
	n.call(&h, "eth_blockNumber")
	return uint64(h)
}

// failFirst forwards every request to target but answers the first one with HTTP 503.
func failFirst(t *testing.T, target string) string {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	fwd := httputil.NewSingleHostReverseProxy(u)
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if n.Add(1) == 1 {
			http.Error(w, "test: first request fails", http.StatusServiceUnavailable)
			return
		}
		fwd.ServeHTTP(w, req)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// labelled sums a counter vector's series whose endpoint label contains sub.
func labelled(t *testing.T, reg *prometheus.Registry, name, sub string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "endpoint" && strings.Contains(l.GetValue(), sub) {
					sum += m.GetCounter().GetValue()
				}
			}
		}
	}
	return sum
}
