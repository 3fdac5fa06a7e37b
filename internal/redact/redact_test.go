package redact

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func TestURLKeepsSchemeAndHostOnly(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://base-mainnet.g.alchemy.com/v2/KEY", "https://base-mainnet.g.alchemy.com"},
		{"https://rpc.example/path?apikey=KEY&x=1", "https://rpc.example"},
		{"wss://user:KEY@node.example:8546/ws#frag", "wss://node.example:8546"},
		{"postgres://covey:KEY@db:5432/covey?sslmode=disable", "postgres://db:5432"},
		{"http://127.0.0.1:8545", "http://127.0.0.1:8545"},
		{"http://[::1]:8545/KEY", "http://[::1]:8545"},
		{"https://bad host/%zzKEY", "https://redacted"},
	} {
		if got := URL(tc.in); got != tc.want {
			t.Errorf("URL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStringRedactsEveryURLInText(t *testing.T) {
	in := `reading chain id: Post "https://rpc.example/v2/KEY1?apikey=KEY2": dial tcp 10.0.0.1:443: i/o timeout; ` +
		`fallback wss://u:KEY3@ws.example/x, then (see https://docs.example/a?b=KEY4).`
	want := `reading chain id: Post "https://rpc.example": dial tcp 10.0.0.1:443: i/o timeout; ` +
		`fallback wss://ws.example, then (see https://docs.example).`
	if got := String(in); got != want {
		t.Fatalf("String:\n got  %s\n want %s", got, want)
	}
	if plain := "no url here: 10.0.0.1:443"; String(plain) != plain {
		t.Fatalf("a text without URLs changed: %q", String(plain))
	}
}

var errSentinel = errors.New("sentinel")

func TestErrorKeepsTheChain(t *testing.T) {
	err := fmt.Errorf("fetching https://rpc.example/v2/KEY: %w", errSentinel)
	red := Error(err)
	if strings.Contains(red.Error(), "KEY") || !errors.Is(red, errSentinel) {
		t.Fatalf("Error: %q (is sentinel: %v)", red, errors.Is(red, errSentinel))
	}
	if Error(nil) != nil || Error(errSentinel) != errSentinel {
		t.Fatal("Error changed an error without a URL, or nil")
	}
}

type stringer struct{ u string }

func (s stringer) String() string { return s.u }

func TestHandlerRedactsMessagesAndAttributes(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(Handler(slog.NewTextHandler(&buf, nil)))
	log = log.With("rpc", "https://a.example/KEY1")
	log.WithGroup("g").Info("dialing https://b.example/KEY2", "err", errors.New("Post https://c.example/?k=KEY3: EOF"),
		"s", stringer{"https://d.example/KEY4"}, "m", map[string]string{"u": "https://e.example/KEY5"},
		slog.Group("nested", "u", "https://f.example/KEY6"), "n", 7)
	out := buf.String()
	for _, k := range []string{"KEY1", "KEY2", "KEY3", "KEY4", "KEY5", "KEY6"} {
		if strings.Contains(out, k) {
			t.Errorf("%s reached the log: %s", k, out)
		}
	}
	for _, host := range []string{"a.example", "b.example", "c.example", "d.example", "e.example", "f.example", "n=7"} {
		if !strings.Contains(out, host) {
			t.Errorf("%s is missing from the log: %s", host, out)
		}
	}
}
