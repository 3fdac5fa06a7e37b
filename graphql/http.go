package graphql

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	gql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"
)

// bodyReadTimeout bounds reading a request body (at most MaxBodyBytes, 64 KiB by default).
const bodyReadTimeout = 5 * time.Second

// Handler serves GraphiQL at /, the API at /graphql (POST, GET and WebSocket upgrades using
// graphql-transport-ws), settled epochs' manifests at /manifests/{epoch}.json, /healthz and /readyz.
// Metrics are not served here (Gatherer): cmd/covey serves them on a listener of their own.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/graphql", s.serveGraphQL)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("/readyz", s.serveReady)
	mux.HandleFunc("GET "+manifestRoute+"{file}", s.serveManifest)
	graphiqlRoutes(mux)
	return s.cors(mux)
}

// request is a GraphQL-over-HTTP request body.
type request struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName"`
	Variables     map[string]any `json:"variables"`
}

// response is what we write: graphql-go's response, errors coded.
type response struct {
	Data   json.RawMessage         `json:"data,omitempty"`
	Errors []*gqlerrors.QueryError `json:"errors,omitempty"`
	// Extensions carries a WebSocket message's lsn (wswatermark.go); HTTP sends X-Covey-Lsn.
	Extensions map[string]any `json:"extensions,omitempty"`
	// rejected: the request failed before execution (parse, validation, argument values, limits),
	// so there is no data; HTTP 400 under application/graphql-response+json.
	rejected bool
	// behind: the replica had not replayed what was already seen (REPLICA_BEHIND): HTTP 503.
	behind bool
	// overloaded: admission shed the request before it executed (OVERLOADED): HTTP 503.
	overloaded bool
	// lsn is the upper bound of the snapshot's WAL position, reading a replica (X-Covey-Lsn).
	lsn lsn
}

// The media types of GraphQL over HTTP: the spec's, which lets the status tell a request error
// apart, and the legacy one, under which every well-formed request is answered 200.
const (
	mediaGraphQLResponse = "application/graphql-response+json"
	mediaJSON            = "application/json"
)

// negotiate picks the answer's media type from the Accept header: the spec's unless the client
// accepts only application/json; "" when it accepts neither (406).
func negotiate(r *http.Request) string {
	accept := r.Header.Values("Accept")
	if len(accept) == 0 {
		return mediaGraphQLResponse
	}
	json := false
	for _, h := range accept {
		for _, part := range strings.Split(h, ",") {
			mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
			if err != nil || params["q"] == "0" {
				continue
			}
			switch mt {
			case mediaGraphQLResponse, "application/*", "*/*":
				return mediaGraphQLResponse
			case mediaJSON:
				json = true
			}
		}
	}
	if json {
		return mediaJSON
	}
	return ""
}

// writeJSON writes v under the media type serveGraphQL negotiated (the spec's by default).
func writeJSON(w http.ResponseWriter, status int, v any) {
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", mediaGraphQLResponse+"; charset=utf-8")
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// writeResponse writes a response. Without errors it is written as is, `{"data":...}` and a
// newline, exactly what json.Encoder wrote: graphql-go (or the cache, which holds what graphql-go
// wrote) already produced compact JSON with HTML-escaped strings, and encoding/json re-scanning
// a whole RawMessage per response was a tenth of the server's CPU.
func writeResponse(w http.ResponseWriter, out *response) {
	if out.overloaded {
		writeOverloaded(w, out)
		return
	}
	status := http.StatusOK
	if out.rejected && !strings.HasPrefix(w.Header().Get("Content-Type"), mediaJSON) {
		status = http.StatusBadRequest
	}
	if out.behind {
		w.Header().Set("Retry-After", "1")
		status = http.StatusServiceUnavailable
	}
	if len(out.Errors) > 0 || len(out.Data) == 0 {
		writeJSON(w, status, out)
		return
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", mediaGraphQLResponse+"; charset=utf-8")
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(out.Data)+len(`{"data":}`)+1))
	w.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(w, `{"data":`)
	_, _ = w.Write(out.Data)
	_, _ = io.WriteString(w, "}\n")
}

func (s *Server) fail(w http.ResponseWriter, status int, e *gqlerrors.QueryError) {
	s.metrics.requests.WithLabelValues("http", e.Extensions["code"].(string)).Inc()
	writeJSON(w, status, response{Errors: []*gqlerrors.QueryError{e}})
}

// rateLimitError is the error of an operation the rate limit refused, and its HTTP status.
func (s *Server) rateLimitError(v verdict) (int, *gqlerrors.QueryError) {
	if v.unavailable {
		return http.StatusServiceUnavailable, requestError(CodeRateLimited, "rate", "the rate limiter is unavailable; try again shortly")
	}
	return http.StatusTooManyRequests, requestError(CodeRateLimited, "rate", "rate limit exceeded: at most "+itoa(s.opts.RateLimitPerMinute)+" operations per minute")
}

func (s *Server) serveGraphQL(w http.ResponseWriter, r *http.Request) {
	mt := negotiate(r)
	if mt == "" {
		s.fail(w, http.StatusNotAcceptable, requestError(CodeBadUserInput, "", "Accept must allow "+mediaGraphQLResponse+" or "+mediaJSON))
		return
	}
	w.Header().Set("Content-Type", mt+"; charset=utf-8")
	client := s.clientKey(r)
	// Every request counts, an upgrade included; operations over a WebSocket count one each (ws.go).
	if v := s.allow(r.Context(), client); !v.ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(max(v.retryAfter, time.Second).Seconds()))))
		status, e := s.rateLimitError(v)
		s.fail(w, status, e)
		return
	}
	if r.Method == http.MethodGet && strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		s.serveWS(w, r, client)
		return
	}
	start := time.Now()
	defer func() { s.metrics.duration.Observe(time.Since(start).Seconds()) }()
	var req request
	switch r.Method {
	case http.MethodGet:
		q := r.URL.Query()
		req.Query, req.OperationName = q.Get("query"), q.Get("operationName")
		if int64(len(req.Query)) > s.opts.MaxBodyBytes {
			s.fail(w, http.StatusRequestEntityTooLarge, requestError(CodeLimit, "body", "query larger than "+itoa(int(s.opts.MaxBodyBytes))+" bytes"))
			return
		}
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				s.fail(w, http.StatusBadRequest, requestError(CodeBadUserInput, "", "variables must be a JSON object"))
				return
			}
		}
	case http.MethodPost:
		mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || (mt != "application/json" && mt != "application/graphql-response+json") {
			s.fail(w, http.StatusUnsupportedMediaType, requestError(CodeBadUserInput, "", "Content-Type must be application/json"))
			return
		}
		// A client that sends its body a byte at a time must not hold a connection forever.
		_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(min(s.opts.Timeout, bodyReadTimeout)))
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				s.fail(w, http.StatusRequestEntityTooLarge, requestError(CodeLimit, "body", "request body larger than "+itoa(int(s.opts.MaxBodyBytes))+" bytes"))
				return
			}
			s.fail(w, http.StatusBadRequest, requestError(CodeBadUserInput, "", "could not read the request body"))
			return
		}
		if err := json.Unmarshal(body, &req); err != nil {
			s.fail(w, http.StatusBadRequest, requestError(CodeBadUserInput, "", "request body must be JSON: {\"query\": ..., \"variables\": {...}}"))
			return
		}
	default:
		w.Header().Set("Allow", "GET, POST")
		s.fail(w, http.StatusMethodNotAllowed, requestError(CodeBadUserInput, "", "use GET or POST"))
		return
	}
	if strings.TrimSpace(req.Query) == "" {
		s.fail(w, http.StatusBadRequest, requestError(CodeBadUserInput, "", "query is required"))
		return
	}
	ctx, qerr := s.withMinLSN(r.Context(), r.Header.Get(minLSNHeader))
	if qerr != nil {
		s.fail(w, http.StatusBadRequest, qerr)
		return
	}
	out, cacheStatus := s.execute(ctx, req, true)
	if cacheStatus != "" {
		w.Header().Set("X-Cache", cacheStatus)
	}
	if out.lsn != 0 {
		w.Header().Set(lsnHeader, out.lsn.String())
	}
	code := "OK"
	if len(out.Errors) > 0 {
		code, _ = out.Errors[0].Extensions["code"].(string)
	}
	s.metrics.requests.WithLabelValues("http", code).Inc()
	writeResponse(w, out)
}

// check applies the limits graphql-go does not know about (complexity, and depth before any
// work) and tells the operation type; nil error and "" type when the document is left to
// graphql-go to reject. A remembered verdict also carries the document's plan (plan.go).
func (s *Server) check(req request) (checkedDoc, *gqlerrors.QueryError) {
	c, qerr := s.checkRemembered(req)
	if qerr == nil && c.d != nil && len(req.Variables) > 0 {
		if op := c.d.operation(req.OperationName); op != nil {
			qerr = s.index.checkVariables(op, req.Variables)
		}
	}
	return c, qerr
}

// checkRemembered is check but for the variables' values, remembering verdicts.
func (s *Server) checkRemembered(req request) (checkedDoc, *gqlerrors.QueryError) {
	if len(req.Query) > maxCheckedLen {
		d, typ, qerr := s.checkDoc(req)
		return checkedDoc{d: d, typ: typ}, qerr
	}
	key := req.OperationName + "\x00" + req.Query
	if c, ok := s.checked.get(key); ok {
		if c.sized {
			// The remembered verdict holds for any variables but the list sizes.
			return c, s.checkNodes(c.d, c.d.operation(req.OperationName), req.Variables)
		}
		return c, nil
	}
	d, typ, qerr := s.checkDoc(req)
	c := checkedDoc{d: d, typ: typ}
	if qerr == nil && d != nil && typ != "" {
		c.sized = d.sizedByVariables(d.operation(req.OperationName))
	}
	if qerr == nil {
		if typ == "query" {
			c.plan = &planSlot{} // compiled by planFor once graphql-go validated a request of it
		}
		s.checked.put(key, c)
	}
	return c, qerr
}

// maxCheckedLen bounds the documents whose verdict is remembered.
const maxCheckedLen = 8 << 10

// checkedDoc is check's verdict on a document that passed: clients send the same few documents
// with different variables, so reading and measuring each once is enough (the document is
// immutable once read).
type checkedDoc struct {
	d     *doc
	typ   string
	plan  *planSlot // nil: graphql-go answers (a subscription, a document too long to remember)
	sized bool      // a list size comes from a variable: checkNodes runs for every request
}

// checkedDocs remembers up to 1024 verdicts, forgetting them all when full (an attacker sending
// endless distinct documents only keeps it cycling). Their plans hold at most a budget of fields
// together (planFieldBudget), and reaching it forgets them all too: a plan expands fragments, so
// a small document can make a large plan, and 1024 of them must not hold hundreds of megabytes.
type checkedDocs struct {
	mu     sync.RWMutex
	m      map[string]checkedDoc
	fields int // the plans' fields since the map was made
}

// planFieldBudget bounds the fields of the plans remembered at once (a few hundred bytes each):
// some 400 plans the size of the epoch page query.
const planFieldBudget = 16_000

// reserve counts a plan of n fields, first forgetting every verdict when it would pass budget;
// false for a plan larger than the whole budget.
func (c *checkedDocs) reserve(n, budget int) bool {
	if n > budget {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fields+n > budget {
		c.m, c.fields = make(map[string]checkedDoc), 0
	}
	c.fields += n
	return true
}

func (c *checkedDocs) get(k string) (checkedDoc, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *checkedDocs) put(k string, v checkedDoc) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= 1024 {
		c.m, c.fields = make(map[string]checkedDoc), 0
	}
	c.m[k] = v
}

// checkDoc is check without the memory.
func (s *Server) checkDoc(req request) (*doc, string, *gqlerrors.QueryError) {
	d, err := parseDoc(req.Query)
	if err != nil {
		// Fail closed: what our reader cannot measure runs only if graphql-go rejects it anyway.
		if errs := s.schema.Validate(req.Query); len(errs) > 0 {
			return nil, "", nil
		}
		return nil, "", requestError(CodeParseFailed, "", "query uses syntax this server does not accept")
	}
	op := d.operation(req.OperationName)
	typ := ""
	if op != nil {
		typ = op.typ
	}
	// graphql-go validates every operation of the document, not only the one it runs: each is
	// held to the limits.
	for _, o := range d.ops {
		if qerr := s.checkShape(d, o); qerr != nil {
			return d, typ, qerr
		}
	}
	if qerr := s.index.checkLiterals(d); qerr != nil {
		return d, typ, qerr
	}
	if op == nil {
		return d, "", nil
	}
	return d, typ, s.checkNodes(d, op, req.Variables)
}

// checkShape refuses an operation nested deeper than MaxDepth or selecting more than MaxComplexity.
func (s *Server) checkShape(d *doc, op *opInfo) *gqlerrors.QueryError {
	depth, complexity := d.measure(op, s.opts.MaxDepth, s.opts.MaxComplexity)
	what := "query"
	if op.name != "" {
		what = "operation " + op.name
	}
	if depth > s.opts.MaxDepth {
		return requestError(CodeLimit, "depth", what+" is nested deeper than the maximum depth of "+itoa(s.opts.MaxDepth))
	}
	if complexity > s.opts.MaxComplexity {
		return requestError(CodeLimit, "complexity", what+" selects more than the maximum complexity of "+itoa(s.opts.MaxComplexity)+" fields (aliases and fragments count)")
	}
	return nil
}

// checkNodes refuses an operation that may return more list items than MaxNodes.
func (s *Server) checkNodes(d *doc, op *opInfo, vars map[string]any) *gqlerrors.QueryError {
	if op == nil {
		return nil
	}
	if n := d.nodes(op, vars, s.opts.DefaultFirst, s.opts.MaxNodes); n > s.opts.MaxNodes {
		return requestError(CodeLimit, "nodes", "query may return more than the maximum of "+itoa(s.opts.MaxNodes)+
			" list items (each list counts its first or last, "+itoa(s.opts.DefaultFirst)+" when neither is given, times the items of the lists around it)")
	}
	return nil
}

// execute runs a query or mutation-free operation with the limits, the cache and a deadline.
func (s *Server) execute(ctx context.Context, req request, overHTTP bool) (*response, string) {
	c, qerr := s.check(req)
	d, typ := c.d, c.typ
	if qerr != nil {
		return &response{Errors: []*gqlerrors.QueryError{qerr}, rejected: true}, ""
	}
	if typ == "subscription" && overHTTP {
		return &response{Errors: []*gqlerrors.QueryError{requestError(CodeBadUserInput, "", "subscriptions need a WebSocket (graphql-transport-ws)")}, rejected: true}, ""
	}
	var key string
	cacheStatus := ""
	if d != nil && typ == "query" && s.cacheEnabled() && !d.selectsStatus(d.operation(req.OperationName)) {
		var b []byte
		var hit bool
		key, b, hit = s.cacheLookup(ctx, d.norm, req)
		if key != "" {
			if hit {
				s.metrics.cache.WithLabelValues("hit").Inc()
				return &response{Data: b}, "HIT"
			}
			s.metrics.cache.WithLabelValues("miss").Inc()
			cacheStatus = "MISS"
		}
	}
	release := s.admission.admit(ctx)
	if release == nil {
		return &response{Errors: []*gqlerrors.QueryError{s.overloadError()}, overloaded: true}, cacheStatus
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, s.opts.Timeout)
	defer cancel()
	var res *gql.Response
	var pos lsn
	// A plan (plan.go) answers what it can exactly as graphql-go would; it declines anything
	// else. One that reads in one statement needs no snapshot around it, unless reading a replica
	// (execSnapshot).
	p, invalid := s.planFor(c, req)
	if len(invalid) > 0 {
		res = &gql.Response{Errors: invalid}
	} else if p != nil && p.oneRead && s.replica == nil {
		if data, ok := s.execPlan(ctx, p, req.Variables); ok {
			res = &gql.Response{Data: data}
		}
		p = nil // declined: graphql-go answers
	}
	if res == nil {
		var err error
		if res, pos, err = s.execSnapshot(ctx, req, p); err != nil {
			return &response{Errors: []*gqlerrors.QueryError{replicaBehindError(err)}, behind: true}, ""
		}
	}
	res.Errors = s.classify(ctx, res.Errors)
	// graphql-go answers no data at all only when it refused the document (parse, validation,
	// variables); an execution whose errors reach the root answers data: null.
	rejected := len(res.Data) == 0 && len(res.Errors) > 0
	if ctx.Err() == context.DeadlineExceeded {
		res.Errors = []*gqlerrors.QueryError{requestError(CodeLimit, "timeout", "query exceeded the time limit of "+s.opts.Timeout.String())}
		res.Data, rejected = nil, false
	}
	if key != "" && len(res.Errors) == 0 && res.Data != nil {
		s.cachePut(ctx, key, res.Data)
	}
	return &response{Data: res.Data, Errors: res.Errors, rejected: rejected, lsn: pos}, cacheStatus
}

// execSnapshot runs the document with every read in one snapshot (snapshot.go): its plan (when not
// nil) first, graphql-go when the plan declines; a snapshot that lost its connection is discarded
// and the request run once more on a new one. Reading a replica, the snapshot is opened first (a
// replica behind what was already seen refuses the request: the error) and its WAL position is
// returned.
func (s *Server) execSnapshot(ctx context.Context, req request, p *plan) (*gql.Response, lsn, error) {
	if s.noSnapshot {
		if p != nil {
			if data, ok := s.execPlan(ctx, p, req.Variables); ok {
				return &gql.Response{Data: data}, 0, nil
			}
		}
		return s.schema.Exec(ctx, req.Query, req.OperationName, req.Variables), 0, nil
	}
	for attempt := 0; ; attempt++ {
		sctx, sn := s.withSnapshot(ctx, attempt > 0)
		var res *gql.Response
		if s.replica != nil {
			if err := sn.open(sctx); errors.Is(err, errReplicaBehind) {
				sn.close(ctx)
				return nil, 0, err
			}
		}
		if p != nil {
			sn.bare = p.oneRead // one statement: its own snapshot, no BEGIN and ROLLBACK
			if data, ok := s.execPlan(sctx, p, req.Variables); ok {
				res = &gql.Response{Data: data}
			}
			sn.bare = false
		}
		if res == nil {
			res = s.schema.Exec(sctx, req.Query, req.OperationName, req.Variables)
		}
		sn.close(ctx)
		if !sn.lost.Load() || attempt > 0 || ctx.Err() != nil {
			return res, sn.pos, nil
		}
		// Whatever closed the connection most likely closed the pool's idle ones too (retry.go).
		s.pool.Reset()
		s.metrics.retries.Inc()
	}
}

func itoa(n int) string {
	return formatInt(int64(n))
}
