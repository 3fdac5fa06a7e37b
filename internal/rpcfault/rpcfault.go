// Package rpcfault serves JSON-RPC URLs that fail the way nodes do, for tests of code that must
// survive them (the RPC pool, the indexer): the fault is the only fake, what answers is a real node.
package rpcfault

import (
	"bytes"
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
	return b, b.serve(t, b)
}

// NewHangAfterStart is a black hole that answers eth_chainId from upstream: a node that passed the
// start-up check (which quarantines one that does not answer it) and hangs since.
func NewHangAfterStart(t testing.TB, upstream string) (*BlackHole, string) {
	b := &BlackHole{done: make(chan struct{})}
	return b, b.serve(t, http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		if !bytes.Contains(body, []byte(`"eth_chainId"`)) {
			b.hold(req)
			return
		}
		resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.Copy(w, resp.Body)
	}))
}

// serve runs h until the test ends and returns its URL.
func (b *BlackHole) serve(t testing.TB, h http.Handler) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(b.done) }) // runs first: the held requests end, then the server closes
	return srv.URL
}

// ServeHTTP holds the request until the client gives up or the test ends.
func (b *BlackHole) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	_, _ = io.ReadAll(req.Body)
	b.hold(req)
}

// hold counts req (its body read) and holds it until the client gives up or the test ends.
func (b *BlackHole) hold(req *http.Request) {
	b.Got.Add(1)
	b.Held.Add(1)
	defer b.Held.Add(-1)
	select {
	case <-req.Context().Done():
	case <-b.done:
	}
}
