package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// startOps serves the ops handler with short limits on a free port (what serveOps does, limits aside).
func startOps(t *testing.T, lim opsLimits) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newOpsServer(opsHandler(func(context.Context) error { return nil }), lim)
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return l.Addr().String()
}

// closedByServer reads from c until the server closes it (true) or patience runs out (false). What
// arrives before the close (an answer) is returned.
func closedByServer(c net.Conn, patience time.Duration) (bool, string) {
	_ = c.SetReadDeadline(time.Now().Add(patience))
	b, err := io.ReadAll(c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return false, string(b)
	}
	return true, string(b) // EOF or a reset: the server dropped the connection
}

// TestOpsServerCutsSlowClients (F8): the indexer's ops endpoints drop a client that trickles its
// headers, one that trickles a body after its headers, and an idle keep-alive connection, each after
// its limit; a normal client is answered. Before the limits (only ReadHeaderTimeout) the body trickler
// and the idle connection were held for as long as the client liked.
func TestOpsServerCutsSlowClients(t *testing.T) {
	lim := opsLimits{readHeader: time.Second, read: 2 * time.Second, write: 5 * time.Second, idle: time.Second}
	addr := startOps(t, lim)
	const patience = 20 * time.Second // far above every limit: only a connection held for good fails

	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(body) != "ok\n" {
		t.Fatalf("/healthz: %d %q", resp.StatusCode, body)
	}

	trickle := func(c net.Conn, stop <-chan struct{}) {
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
			if _, err := c.Write([]byte("x")); err != nil {
				return
			}
		}
	}
	cases := []struct {
		name, head string
		trickle    bool
	}{
		{"headers a byte at a time", "GET /metrics HTTP/1.1\r\nHost: ops\r\nX-Slow: ", true},
		{"body a byte at a time after the headers", "GET /healthz HTTP/1.1\r\nHost: ops\r\nContent-Length: 100000\r\n\r\n", true},
		{"idle keep-alive after an answer", "GET /healthz HTTP/1.1\r\nHost: ops\r\n\r\n", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if _, err := c.Write([]byte(tc.head)); err != nil {
				t.Fatal(err)
			}
			stop := make(chan struct{})
			defer close(stop)
			if tc.trickle {
				go trickle(c, stop)
			}
			t0 := time.Now()
			closed, got := closedByServer(c, patience)
			if !closed {
				t.Fatalf("the server still held the connection after %s (limits %+v); it sent %q", patience, lim, got)
			}
			if !tc.trickle {
				if r, err := http.ReadResponse(bufio.NewReader(strings.NewReader(got)), nil); err != nil || r.StatusCode != 200 {
					t.Fatalf("the idle client was not answered before the close: %q", got)
				}
			}
			t.Logf("closed by the server after %s", time.Since(t0).Round(10*time.Millisecond))
		})
	}
}
