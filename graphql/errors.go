package graphql

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strings"

	gqlerrors "github.com/graph-gophers/graphql-go/errors"
)

// Error codes in extensions.code: clients branch on these, never on messages (docs/api.md has
// the table).
const (
	// CodeParseFailed: the document is not GraphQL (HTTP 400, no data).
	CodeParseFailed = "GRAPHQL_PARSE_FAILED"
	// CodeValidationFailed: the document does not fit the schema (HTTP 400, no data).
	CodeValidationFailed = "GRAPHQL_VALIDATION_FAILED"
	// CodeBadUserInput: a value is wrong: an argument literal or a variable (HTTP 400, no data,
	// extensions.argument or extensions.variable, and extensions.at inside it), or an argument a
	// resolver refused (a field error, extensions.argument).
	CodeBadUserInput = "BAD_USER_INPUT"
	// CodeNotFound is reserved: no field raises it; single-object lookups (task, epoch, flTask,
	// flRound) answer null for what does not exist, as their descriptions say.
	CodeNotFound = "NOT_FOUND"
	// CodeLimit: a limit of the server was hit; extensions.limit names it.
	CodeLimit = "LIMIT"
	// CodeRateLimited: the client's rate limit (HTTP 429 with Retry-After, or 503 when it fails closed).
	CodeRateLimited = "RATE_LIMITED"
	// CodeReplicaBehind: the replica the API reads had not replayed what the client (X-Covey-Min-Lsn)
	// or this server had already seen within api.replica_wait (HTTP 503 with Retry-After; no data).
	CodeReplicaBehind = "REPLICA_BEHIND"
	// CodeOverloaded: the server is executing as many operations as it may (api.max_in_flight) and
	// as many wait (api.max_queued), or one waited api.max_queue_wait (HTTP 503 with Retry-After; no
	// data). Nothing ran: sending the request again later is safe.
	CodeOverloaded = "OVERLOADED"
	// CodeInternal: the server failed; the cause is only logged.
	CodeInternal = "INTERNAL"
)

// codedError is a resolver error safe to show to a client, with its code.
type codedError struct {
	code  string
	msg   string
	limit string // the name of the limit that was hit, for CodeLimit
}

func (e *codedError) Error() string { return e.msg }

// Extensions is read by graphql-go and copied into the response error.
func (e *codedError) Extensions() map[string]any {
	m := map[string]any{"code": e.code}
	if e.limit != "" {
		m["limit"] = e.limit
	}
	return m
}

func badInput(format string, a ...any) error {
	return &codedError{code: CodeBadUserInput, msg: fmt.Sprintf(format, a...)}
}

func limitErr(limit string, format string, a ...any) error {
	return &codedError{code: CodeLimit, limit: limit, msg: fmt.Sprintf(format, a...)}
}

// internalMessage is all a client learns about a server-side failure.
const internalMessage = "internal error"

// internal logs the real cause server-side and returns a generic, coded error.
func (s *Server) internal(ctx context.Context, what string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return limitErr("timeout", "query exceeded the time limit of %s", s.opts.Timeout)
	}
	if errors.Is(err, context.Canceled) {
		return &codedError{code: CodeInternal, msg: "request canceled"}
	}
	if sn := snapshotOf(ctx); sn != nil && sn.retried() {
		// The snapshot lost its connection and the request will run again on a new one: this
		// answer is discarded, so its error is not one to report.
		return &codedError{code: CodeInternal, msg: internalMessage}
	}
	s.log.LogAttrs(ctx, slog.LevelError, "graphql resolver failed", slog.String("what", what), slog.Any("err", err))
	s.metrics.internalErrors.Inc()
	return &codedError{code: CodeInternal, msg: internalMessage}
}

// maxErrors is the most errors an answer holds: a document under the body limit can make the
// validator report thousands (one per conflicting pair of fields), and each costs memory to hold
// and write (issue 17's 31 KB request answered 100,001 errors in 25 MB).
const maxErrors = 100

// classify gives every error in a response a code and strips anything not meant for clients:
// errors from our resolvers already carry one; the rest come from parsing and validation
// (the client's query is wrong) or from a panic (ours). It keeps the first maxErrors-1 errors and
// says how many more there were in a last one.
func (s *Server) classify(ctx context.Context, errs []*gqlerrors.QueryError) []*gqlerrors.QueryError {
	if len(errs) > maxErrors {
		more := len(errs) - (maxErrors - 1)
		errs = append(errs[:maxErrors-1:maxErrors-1], requestError(CodeLimit, "errors", itoa(more)+" more errors not shown (at most "+itoa(maxErrors)+" per answer)"))
	}
	for _, e := range errs {
		if e.Extensions != nil {
			if _, ok := e.Extensions["code"]; ok {
				continue
			}
		}
		if e.Extensions == nil {
			e.Extensions = map[string]any{}
		}
		switch {
		case e.Rule == "MaxDepthExceeded":
			e.Extensions["code"] = CodeLimit
			e.Extensions["limit"] = "depth"
		case e.Rule == "OverlapValidationLimitExceeded" || errors.Is(e, errTooManySelections):
			e.Extensions["code"] = CodeLimit
			e.Extensions["limit"] = "complexity"
		case e.Rule == "VariablesOfCorrectType":
			e.Extensions["code"] = CodeBadUserInput
			if m := variableName.FindStringSubmatch(e.Message); m != nil {
				e.Extensions["variable"] = m[1]
			}
		case e.Rule != "":
			e.Extensions["code"] = CodeValidationFailed
		case strings.HasPrefix(e.Message, "syntax error"):
			e.Extensions["code"] = CodeParseFailed
		case strings.HasPrefix(e.Message, "query length"):
			e.Extensions["code"] = CodeLimit
			e.Extensions["limit"] = "body"
		case e.ResolverError != nil || len(e.Path) > 0:
			// A resolver error without a code, or a recovered panic: never show its text.
			s.log.LogAttrs(ctx, slog.LevelError, "graphql uncoded error", slog.String("err", e.Message), slog.Any("path", e.Path))
			e.Message = internalMessage
			e.Extensions["code"] = CodeInternal
			e.Err, e.ResolverError = nil, nil
		default:
			// The document's other refusals (no operation, an unknown operation name).
			e.Extensions["code"] = CodeValidationFailed
		}
	}
	return errs
}

// variableName finds the variable graphql-go names in a VariablesOfCorrectType message.
var variableName = regexp.MustCompile(`^Variable "\$?(\w+)"`)

// requestError is a response for a request that never reached execution.
func requestError(code, limit, msg string) *gqlerrors.QueryError {
	ext := map[string]any{"code": code}
	if limit != "" {
		ext["limit"] = limit
	}
	return &gqlerrors.QueryError{Message: msg, Extensions: ext}
}
