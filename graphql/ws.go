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

func (s *Server) serveWS(w http.ResponseWriter, r *http.Request) {
	// The server's write deadline bounds one answer; a WebSocket lives on (ping/pong and the
	// idle timeout bound it instead).
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{})
	_ = rc.SetReadDeadline(time.Time{})
	opts := &websocket.AcceptOptions{Subprotocols: []string{wsProtocol}}
	if len(s.opts.CORSOrigins) > 0 {
		opts.OriginPatterns = s.opts.CORSOrigins
	}
	c, err := websocket.Accept(w, r, opts)
	if err != nil {
		return
	}
	c.SetReadLimit(s.opts.MaxBodyBytes)
	if c.Subprotocol() != wsProtocol {
		_ = c.Close(websocket.StatusProtocolError, "subprotocol graphql-transport-ws required")
		return
	}
	s.metrics.wsConns.Inc()
	defer s.metrics.wsConns.Dec()
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	(&wsConn{s: s, c: c, subs: map[string]context.CancelFunc{}}).run(ctx)
}

type wsConn struct {
	s    *Server
	c    *websocket.Conn
	mu   sync.Mutex
	subs map[string]context.CancelFunc
	wg   sync.WaitGroup
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
	initCtx, cancel := context.WithTimeout(ctx, wsInitTimeout)
	var m wsMessage
	err := wsjson.Read(initCtx, wc.c, &m)
	cancel()
	if err != nil {
		_ = wc.c.Close(4408, "Connection initialisation timeout")
		return
	}
	if m.Type != "connection_init" {
		_ = wc.c.Close(4401, "Unauthorized")
		return
	}
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
			wc.mu.Lock()
			if _, dup := wc.subs[m.ID]; dup {
				wc.mu.Unlock()
				_ = wc.c.Close(4409, "Subscriber for "+m.ID+" already exists")
				return
			}
			sctx, scancel := context.WithCancel(ctx)
			wc.subs[m.ID] = scancel
			wc.mu.Unlock()
			wc.wg.Add(1)
			go wc.subscribe(sctx, m.ID, req)
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
		b, _ := json.Marshal(&response{Data: res.Data, Errors: res.Errors})
		if err := wc.send(ctx, wsMessage{ID: id, Type: "next", Payload: b}); err != nil {
			return
		}
	}
	if ctx.Err() == nil {
		_ = wc.send(ctx, wsMessage{ID: id, Type: "complete"})
	}
}
