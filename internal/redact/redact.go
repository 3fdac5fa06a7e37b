// Package redact keeps secrets that travel inside URLs (an RPC provider's key in the path or the
// query, a password in the userinfo) out of everything covey stores, serves, logs or exports: every
// URL in a text keeps only its scheme and host. It is the one place that does so; stored errors
// (settlement_runs.error), served ones (GraphQL, /readyz), logs (Handler) and metric labels go through it.
package redact

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
)

// urlRe finds URLs in free text: a scheme, "://", then everything up to a space or a quote.
var urlRe = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.\-]*://[^\s"'<>\x60]+`)

// URL is raw with only its scheme and host (port included): userinfo, path, query and fragment are
// dropped, since any of them may hold a key. A text that does not parse as a URL gives scheme://redacted.
func URL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" {
		if i := strings.Index(raw, "://"); i > 0 {
			return raw[:i] + "://redacted"
		}
		return "redacted"
	}
	return u.Scheme + "://" + u.Host
}

// String is s with every URL in it replaced by URL(it). Punctuation that ends a sentence around a URL
// (`.`, `,`, `;`, `:`, `)`, `]`) is kept outside it.
func String(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	return urlRe.ReplaceAllStringFunc(s, func(m string) string {
		trimmed := strings.TrimRight(m, ".,;:)]")
		return URL(trimmed) + m[len(trimmed):]
	})
}

// Error is err whose message is redacted; errors.Is and errors.As still see err. Nil stays nil.
func Error(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if red := String(msg); red != msg {
		return redacted{msg: red, err: err}
	}
	return err
}

type redacted struct {
	msg string
	err error
}

func (r redacted) Error() string { return r.msg }
func (r redacted) Unwrap() error { return r.err }

// Handler wraps h so that every record's message and attribute values (strings, errors, values with
// a String method, and any other value whose printed form holds a URL) are redacted before h sees them.
func Handler(h slog.Handler) slog.Handler { return handler{h} }

type handler struct{ h slog.Handler }

func (r handler) Enabled(ctx context.Context, l slog.Level) bool { return r.h.Enabled(ctx, l) }

func (r handler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, String(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(attr(a))
		return true
	})
	return r.h.Handle(ctx, out)
}

func (r handler) WithAttrs(as []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(as))
	for i, a := range as {
		red[i] = attr(a)
	}
	return handler{r.h.WithAttrs(red)}
}

func (r handler) WithGroup(name string) slog.Handler { return handler{r.h.WithGroup(name)} }

// attr redacts one attribute (groups recursively).
func attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, String(v.String()))
	case slog.KindGroup:
		g := v.Group()
		red := make([]any, len(g))
		for i, x := range g {
			red[i] = attr(x)
		}
		return slog.Group(a.Key, red...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			return slog.Any(a.Key, Error(x))
		case interface{ String() string }:
			return slog.String(a.Key, String(x.String()))
		case []byte:
			return slog.String(a.Key, String(string(x)))
		default:
			if text := fmt.Sprintf("%+v", x); strings.Contains(text, "://") {
				return slog.String(a.Key, String(text))
			}
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}
