package graphql

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// wsError reads until a message for id and returns the code of the error it carries ("" for a
// message that is not an error).
func (w *wsClient) wsError(id string) string {
	w.t.Helper()
	m := w.message(id)
	if m.Type != "error" {
		return ""
	}
	var errs []struct {
		Extensions map[string]any `json:"extensions"`
	}
	if err := json.Unmarshal(m.Payload, &errs); err != nil || len(errs) == 0 {
		w.t.Fatalf("error message for %s: %s", id, m.Payload)
	}
	code, _ := errs[0].Extensions["code"].(string)
	return code
}

// eventually retries try every 20 ms for up to a second until it succeeds.
func eventually(t *testing.T, what string, try func() error) {
	t.Helper()
	for i := 0; ; i++ {
		err := try()
		if err == nil {
			return
		}
		if i > 50 {
			t.Fatalf("%s: %v", what, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// closeStatus reads until the server closes the connection and returns its close code.
func (w *wsClient) closeStatus(within time.Duration) websocket.StatusCode {
	w.t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		_, err := w.tryRead(time.Until(deadline))
		if st := websocket.CloseStatus(err); st != -1 {
			return st
		}
		if err != nil {
			w.t.Fatalf("connection ended without a close frame: %v", err)
		}
	}
	w.t.Fatalf("still open after %s", within)
	return -1
}

// TestWSOperationsPerConnection (SECURITY.md, anonymous API client): a connection runs at most
// MaxWSOperations operations at once; one more is refused with LIMIT operations, and a slot
// freed by complete is usable again (one connection ran 300 concurrent queries before).
func TestWSOperationsPerConnection(t *testing.T) {
	env := newEnv(t, Options{MaxWSOperations: 3})
	ws := dialWS(t, env)
	for _, id := range []string{"1", "2", "3"} {
		ws.subscribe(id, `subscription { head { block } }`, nil)
	}
	ws.subscribe("4", `subscription { head { block } }`, nil)
	if code := ws.wsError("4"); code != CodeLimit {
		t.Fatalf("the 4th operation in flight: %q, want %s", code, CodeLimit)
	}
	ws.send(wsMessage{ID: "2", Type: "complete"})
	// The slot is freed once the server has ended operation 2: retry until it is.
	eventually(t, "operation 5 after complete", func() error {
		ws.subscribe("5", `{ status { chainId } }`, nil)
		if code := ws.wsError("5"); code != "" {
			return errors.New("refused: " + code)
		}
		return nil
	})
}

// TestWSConnectionsPerClient: a client holds at most MaxWSConnsPerClient connections; the next
// upgrade gets 429, and closing one lets it in again.
func TestWSConnectionsPerClient(t *testing.T) {
	env := newEnv(t, Options{MaxWSConnsPerClient: 2})
	a := dialWS(t, env)
	dialWS(t, env)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	url := strings.Replace(env.http.URL, "http", "ws", 1) + "/graphql"
	_, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{wsProtocol}})
	if err == nil || resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("3rd connection: err %v, response %v", err, resp)
	}
	a.c.Close(websocket.StatusNormalClosure, "")
	eventually(t, "a connection after one closed", func() error {
		c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{wsProtocol}})
		if err == nil {
			c.Close(websocket.StatusNormalClosure, "")
		}
		return err
	})
}

// TestWSRateLimited: every operation sent over a WebSocket counts against the client's budget,
// like the upgrade itself (the limit ran after the upgrade branch and never saw them).
func TestWSRateLimited(t *testing.T) {
	env := newEnv(t, Options{RateLimitPerMinute: 3})
	ws := dialWS(t, env) // 1
	ws.subscribe("a", `{ status { chainId } }`, nil)
	ws.nextData("a") // 2
	ws.subscribe("b", `{ status { chainId } }`, nil)
	ws.nextData("b") // 3
	ws.subscribe("c", `{ status { chainId } }`, nil)
	if code := ws.wsError("c"); code != CodeRateLimited {
		t.Fatalf("4th operation: %q, want %s", code, CodeRateLimited)
	}
	if st, code := hit(t, http.DefaultClient, env.http.URL, nil); st != http.StatusTooManyRequests {
		t.Fatalf("HTTP after the budget went on WebSocket operations: %d %s", st, code)
	}
}

// TestWSInitTimeout: a socket that never sends connection_init is closed with 4408.
func TestWSInitTimeout(t *testing.T) {
	defer func(d time.Duration) { wsInitTimeout = d }(wsInitTimeout)
	wsInitTimeout = 200 * time.Millisecond
	env := newEnv(t, Options{})
	if st := dialRaw(t, env).closeStatus(3 * time.Second); st != 4408 {
		t.Fatalf("close status %d, want 4408", st)
	}
}

// TestWSIdleClosed: a connection with no operation in flight for WSIdleTimeout is closed (going
// away); one running a subscription stays open past it.
func TestWSIdleClosed(t *testing.T) {
	env := newEnv(t, Options{WSIdleTimeout: 300 * time.Millisecond})
	busy := dialWS(t, env)
	busy.subscribe("h", `subscription { head { block } }`, nil)
	idle := dialWS(t, env)
	idle.subscribe("q", `{ status { chainId } }`, nil)
	idle.nextData("q")
	start := time.Now()
	if st := idle.closeStatus(3 * time.Second); st != websocket.StatusGoingAway {
		t.Fatalf("idle connection closed with %d, want %d", st, websocket.StatusGoingAway)
	}
	t.Logf("idle connection closed after %s", time.Since(start))
	time.Sleep(300 * time.Millisecond)
	if err := env.srv.PublishHead(context.Background(), 11, blockHash(11), blockTime(11)); err != nil {
		t.Fatal(err)
	}
	if d := busy.nextData("h"); d["head"].(map[string]any)["block"] != float64(11) {
		t.Fatalf("busy connection: %v", d)
	}
}

// TestWSClientGoneBeforeInit: a client that opens a WebSocket and goes away before connection_init
// leaves no socket open on the server. The WebSocket library closes a connection only when told to
// (or when the garbage collector finalizes it), and the server returned without closing one whose
// client left before connection_init: a client repeating that held one descriptor of the server per
// attempt until a GC (the chaos suite's WebSocket flood left 96 of them open), towards the process'
// limit on open files.
func TestWSClientGoneBeforeInit(t *testing.T) {
	env := newEnv(t, Options{})
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // no finalizer may close what the server left open
	open := func() int {
		fds, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			t.Skip("no /proc/self/fd")
		}
		return len(fds)
	}
	dialWS(t, env) // warm: the server's first connection opens what it keeps (pools, listeners)
	before := open()
	const clients = 50
	for i := 0; i < clients; i++ {
		_ = dialRaw(t, env).c.CloseNow()
	}
	eventually(t, "the server closing the sockets of clients gone before connection_init", func() error {
		if n := open(); n > before+5 {
			return fmt.Errorf("%d descriptors open, %d before %d clients came and went", n, before, clients)
		}
		return nil
	})
}
