package graphql

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	gql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"
)

// The graphql-transport-ws protocol (github.com/enisdenjo/graphql-ws PROTOCOL.md), server side.

const wsProtocol = "graphql-transport-ws"

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// wsInitTimeout is how long a client has to send connection_init.
var wsInitTimeout = 10 * time.Second

// serveWS upgrades a request of client (clientKey) to a graphql-transport-ws connection, unless
// that client already holds MaxWSConnsPerClient of this server's connections.
func (s *Server) serveWS(w http.ResponseWriter, r *http.Request, client string) {
	if !s.wsConns.take(client, s.opts.MaxWSConnsPerClient) {
		s.fail(w, http.StatusTooManyRequests, requestError(CodeLimit, "connections",
			"at most "+itoa(s.opts.MaxWSConnsPerClient)+" WebSocket connections per client"))
		return
	}
	defer s.wsConns.release(client)
	// The server's write deadline bounds one answer; a WebSocket lives on (ping/pong and the
	// idle timeout bound it instead).
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{})
	_ = rc.SetReadDeadline(time.Time{})
	if !s.wsOriginAllowed(r) {
		s.fail(w, http.StatusForbidden, requestError(CodeBadUserInput, "", "origin "+r.Header.Get("Origin")+" may not open WebSockets here (api.cors_origins)"))
		return
	}
	// The origin was checked above against the one allow-list (origin.go).
	opts := &websocket.AcceptOptions{Subprotocols: []string{wsProtocol}, InsecureSkipVerify: true}
	c, err := websocket.Accept(w, r, opts)
	if err != nil {
		return
	}
	// The library closes a connection only when told to (or at garbage collection): a client gone
	// before connection_init, or a failed write, would otherwise keep its socket open.
	defer func() { _ = c.CloseNow() }()
	c.SetReadLimit(s.opts.MaxBodyBytes)
	if c.Subprotocol() != wsProtocol {
		_ = c.Close(websocket.StatusProtocolError, "subprotocol graphql-transport-ws required")
		return
	}
	s.metrics.wsConns.Inc()
	defer s.metrics.wsConns.Dec()
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	wc := &wsConn{s: s, c: c, client: client, subs: map[string]context.CancelFunc{}}
	wc.idle = time.AfterFunc(s.opts.WSIdleTimeout, func() { _ = c.Close(websocket.StatusGoingAway, "idle") })
	defer wc.idle.Stop()
	wc.run(ctx)
}

// clientConns counts each client's open WebSocket connections.
type clientConns struct {
	mu sync.Mutex
	n  map[string]int
}

// take counts one more connection of client unless it already holds max.
func (cc *clientConns) take(client string, max int) bool {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if cc.n[client] >= max {
		return false
	}
	if cc.n == nil {
		cc.n = map[string]int{}
	}
	cc.n[client]++
	return true
}

func (cc *clientConns) release(client string) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if cc.n[client]--; cc.n[client] <= 0 {
		delete(cc.n, client)
	}
}

type wsConn struct {
	s      *Server
	c      *websocket.Conn
	client string
	mu     sync.Mutex
	subs   map[string]context.CancelFunc // operations in flight, at most MaxWSOperations
	wg     sync.WaitGroup
	// idle closes the connection once it has had no operation in flight for WSIdleTimeout: it is
	// stopped while one runs and started again when the last one ends.
	idle *time.Timer
	// wm is the connection's freshness watermark, reading a replica (wswatermark.go).
	wm watermark
}

// closeReason fits a close frame's reason (at most 123 bytes).
func closeReason(s string) string {
	if len(s) > 123 {
		return s[:120] + "..."
	}
	return s
}

func (wc *wsConn) send(ctx context.Context, m wsMessage) error {
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return wsjson.Write(wctx, wc.c, m)
}

func (wc *wsConn) run(ctx context.Context) {
	defer func() {
		wc.mu.Lock()
		for _, cancel := range wc.subs {
			cancel()
		}
		wc.mu.Unlock()
		wc.wg.Wait()
	}()
	// A read whose context ends closes the connection without a close frame: the timer closes
	// it with the protocol's code instead.
	timeout := time.AfterFunc(wsInitTimeout, func() { _ = wc.c.Close(4408, "Connection initialisation timeout") })
	var m wsMessage
	err := wsjson.Read(ctx, wc.c, &m)
	if !timeout.Stop() || err != nil {
		return
	}
	if m.Type != "connection_init" {
		_ = wc.c.Close(4401, "Unauthorized")
		return
	}
	min, err := initMinLSN(m.Payload)
	if err != nil {
		_ = wc.c.Close(4400, closeReason(err.Error()))
		return
	}
	wc.wm.raise(min)
	if err := wc.send(ctx, wsMessage{Type: "connection_ack"}); err != nil {
		return
	}
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, wc.c, &m); err != nil {
			if websocket.CloseStatus(err) == -1 && ctx.Err() == nil {
				_ = wc.c.Close(4400, "Invalid message")
			}
			return
		}
		switch m.Type {
		case "ping":
			_ = wc.send(ctx, wsMessage{Type: "pong", Payload: m.Payload})
		case "pong":
		case "connection_init":
			_ = wc.c.Close(4429, "Too many initialisation requests")
			return
		case "subscribe":
			var req request
			if m.ID == "" || json.Unmarshal(m.Payload, &req) != nil {
				_ = wc.c.Close(4400, "Invalid subscribe message")
				return
			}
			if !wc.start(ctx, m.ID, req) {
				return
			}
		case "complete":
			wc.mu.Lock()
			if cancel, ok := wc.subs[m.ID]; ok {
				cancel()
			}
			wc.mu.Unlock()
		default:
			_ = wc.c.Close(4400, "Unknown message type "+m.Type)
			return
		}
	}
}

// start admits one operation: counted by the rate limit, refused with an error message when the
// connection already runs MaxWSOperations; false when the connection was closed instead.
func (wc *wsConn) start(ctx context.Context, id string, req request) bool {
	s := wc.s
	refuse := func(e *gqlerrors.QueryError) bool {
		s.metrics.requests.WithLabelValues("ws", e.Extensions["code"].(string)).Inc()
		b, _ := json.Marshal([]*gqlerrors.QueryError{e})
		return wc.send(ctx, wsMessage{ID: id, Type: "error", Payload: b}) == nil
	}
	wc.mu.Lock()
	_, dup := wc.subs[id]
	n := len(wc.subs)
	wc.mu.Unlock()
	if dup {
		_ = wc.c.Close(4409, "Subscriber for "+id+" already exists")
		return false
	}
	if v := s.allow(ctx, wc.client); !v.ok {
		_, e := s.rateLimitError(v)
		return refuse(e)
	}
	if n >= s.opts.MaxWSOperations {
		return refuse(requestError(CodeLimit, "operations", "at most "+itoa(s.opts.MaxWSOperations)+" operations in flight per connection"))
	}
	sctx, scancel := context.WithCancel(withWatermark(ctx, &wc.wm))
	wc.mu.Lock()
	wc.subs[id] = scancel
	wc.idle.Stop()
	wc.mu.Unlock()
	wc.wg.Add(1)
	go wc.subscribe(sctx, id, req)
	return true
}

// subscribe runs one operation: a subscription streams `next` messages; a query or a request
// rejected before execution answers once.
func (wc *wsConn) subscribe(ctx context.Context, id string, req request) {
	s := wc.s
	defer wc.wg.Done()
	defer func() {
		wc.mu.Lock()
		if cancel, ok := wc.subs[id]; ok {
			cancel()
			delete(wc.subs, id)
		}
		if len(wc.subs) == 0 {
			wc.idle.Reset(s.opts.WSIdleTimeout)
		}
		wc.mu.Unlock()
	}()
	sendErrors := func(errs []*gqlerrors.QueryError) {
		b, _ := json.Marshal(errs)
		_ = wc.send(ctx, wsMessage{ID: id, Type: "error", Payload: b})
	}
	c, qerr := s.check(req)
	typ := c.typ
	if qerr != nil {
		s.metrics.requests.WithLabelValues("ws", CodeLimit).Inc()
		sendErrors([]*gqlerrors.QueryError{qerr})
		return
	}
	if typ != "subscription" {
		res, _ := s.execute(ctx, req, false)
		if res.overloaded {
			s.metrics.requests.WithLabelValues("ws", CodeOverloaded).Inc()
			sendErrors(res.Errors) // refused before execution: the protocol's error message
			return
		}
		res.Extensions = lsnExtensions(res.lsn)
		b, _ := json.Marshal(res)
		if wc.send(ctx, wsMessage{ID: id, Type: "next", Payload: b}) == nil {
			_ = wc.send(ctx, wsMessage{ID: id, Type: "complete"})
		}
		return
	}
	s.metrics.subscriptions.Inc()
	defer s.metrics.subscriptions.Dec()
	ch, err := s.schema.Subscribe(ctx, req.Query, req.OperationName, req.Variables)
	if err != nil {
		sendErrors([]*gqlerrors.QueryError{requestError(CodeInternal, "", internalMessage)})
		return
	}
	first := true
	for v := range ch {
		res, ok := v.(*gql.Response)
		if !ok {
			continue
		}
		res.Errors = s.classify(ctx, res.Errors)
		if first && res.Data == nil && len(res.Errors) > 0 {
			// Rejected before it started (validation): the protocol's error message.
			sendErrors(res.Errors)
			return
		}
		first = false
		out := &response{Data: res.Data, Errors: res.Errors}
		if s.replica != nil {
			pos, err := s.replica.messagePosition(ctx, &wc.wm)
			if err != nil {
				return // the subscription ended while the replica caught up
			}
			out.Extensions = lsnExtensions(pos)
		}
		b, _ := json.Marshal(out)
		if err := wc.send(ctx, wsMessage{ID: id, Type: "next", Payload: b}); err != nil {
			return
		}
	}
	if ctx.Err() == nil {
		_ = wc.send(ctx, wsMessage{ID: id, Type: "complete"})
	}
}
