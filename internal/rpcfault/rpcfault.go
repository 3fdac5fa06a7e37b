// Package rpcfault serves JSON-RPC URLs that fail the way nodes do, for tests of code that must
// survive them (the RPC pool, the indexer): the fault is the only fake, what answers is a real node.
package rpcfault

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// BlackHole is an RPC URL that accepts connections and requests and never answers (F2's dead node).
type BlackHole struct {
	// Got counts the requests it swallowed; Held those it holds now.
	Got, Held atomic.Int64
	done      chan struct{}
}

// NewBlackHole serves a black hole until the test ends and returns it with its URL.
func NewBlackHole(t testing.TB) (*BlackHole, string) {
	b := &BlackHole{done: make(chan struct{})}
	srv := httptest.NewServer(b)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(b.done) }) // runs first: the held requests end, then the server closes
	return b, srv.URL
}

// ServeHTTP holds the request until the client gives up or the test ends.
func (b *BlackHole) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	_, _ = io.ReadAll(req.Body)
	b.Got.Add(1)
	b.Held.Add(1)
	defer b.Held.Add(-1)
	select {
	case <-req.Context().Done():
	case <-b.done:
	}
}
