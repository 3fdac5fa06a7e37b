package graphql

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/covey-labs/covey/internal/npmtest"
	"github.com/covey-labs/covey/internal/pgtest"
)

// wsLine is one line watermark.mjs prints: a message of one operation, or the connection's close.
type wsLine struct {
	Op     string          `json:"op"`
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Extensions struct{ Code string }
	} `json:"errors"`
	LSN    *string `json:"lsn"`
	Error  string  `json:"error"`
	Code   int     `json:"code"`
	Reason string  `json:"reason"`
}

// epoch is a claimable or query message's claim epoch (-1 without one).
func (l wsLine) epoch(t testing.TB) int {
	t.Helper()
	var d map[string]struct{ Epoch *int }
	if err := json.Unmarshal(l.Data, &d); err != nil {
		t.Fatalf("%s: %s: %v", l.Op, l.Data, err)
	}
	for _, c := range d {
		if c.Epoch != nil {
			return *c.Epoch
		}
	}
	return -1
}

// watermarkClient runs watermark.mjs (graphql-ws) against env with minLsn ("" for none).
func watermarkClient(t *testing.T, env *testEnv, minLsn string) <-chan wsLine {
	t.Helper()
	environ := []string{"COVEY_WS=" + strings.Replace(env.http.URL, "http", "ws", 1) + "/graphql", "COVEY_ACCOUNT=" + alice}
	if minLsn != "" {
		environ = append(environ, "COVEY_MIN_LSN="+minLsn)
	}
	return npmtest.JSONLines[wsLine](t, npmtest.Start(t, webDir, environ, "node", "watermark.mjs"))
}

func nextLine(t *testing.T, lines <-chan wsLine, d time.Duration) (wsLine, bool) {
	t.Helper()
	select {
	case l, ok := <-lines:
		if !ok {
			t.Fatal("watermark.mjs ended")
		}
		return l, true
	case <-time.After(d):
		return wsLine{}, false
	}
}

func lsnOf(t testing.TB, l wsLine) lsn {
	t.Helper()
	if l.LSN == nil {
		t.Fatalf("%s message without extensions.lsn: %+v", l.Op, l)
	}
	p, err := parseLSN(*l.LSN)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestReplicaWatermarkOverWebSocket: graphql-ws clients of an API reading a replica whose replay is
// paused behind epoch 2's acceptance. A connection without a watermark is answered from the
// replica's past (claimable epoch 1), each message naming its position in extensions.lsn. A
// connection whose connection_init carries the primary's position as minLsn gets no claim older than
// that: its query is refused (REPLICA_BEHIND), its claimable subscription and head announcement wait,
// and once replay resumes they arrive from epoch 2 and block 11, with positions at least minLsn and
// never decreasing on the connection. A minLsn that is not a WAL position closes the connection with
// 4400 naming it.
func TestReplicaWatermarkOverWebSocket(t *testing.T) {
	npmtest.Install(t, webDir)
	rp := pgtest.NewReplicated(t)
	primary := primaryPool(t, rp.PrimaryURL)
	seed(t, primary)
	rp.WaitReplayed(t, rp.Replica)
	env := startEnv(t, replicaPool(t, rp.ReplicaURL), nil, Options{Primary: primary, ReplicaWait: 300 * time.Millisecond})
	waitListening(t, env)
	pgtest.PauseReplay(t, rp.Replica)
	acceptEpoch2(t, primary)
	target, err := parseLSN(primaryLSN(t, primary))
	if err != nil {
		t.Fatal(err)
	}

	past := watermarkClient(t, env, "")
	for seen := map[string]bool{}; !seen["claimable"] || !seen["query"]; {
		l, ok := nextLine(t, past, 30*time.Second)
		if !ok {
			t.Fatal("no answer without a watermark")
		}
		if l.Op == "head" {
			t.Fatalf("a head the replica has not replayed was announced: %+v", l)
		}
		if e := l.epoch(t); e != 1 || lsnOf(t, l) >= target {
			t.Fatalf("without a watermark, from the paused replica: %s epoch %d at %s (primary %s)", l.Op, e, *l.LSN, target)
		}
		seen[l.Op] = true
	}

	fresh := watermarkClient(t, env, target.String())
	if l, ok := nextLine(t, fresh, 30*time.Second); !ok || l.Op != "query" || len(l.Errors) == 0 || l.Errors[0].Extensions.Code != CodeReplicaBehind {
		t.Fatalf("the query on a connection with minLsn %s, first message: %+v", target, l)
	}
	if l, ok := nextLine(t, fresh, 1500*time.Millisecond); ok {
		t.Fatalf("a message older than the connection's minLsn: %+v", l)
	}
	pgtest.ResumeReplay(t, rp.Replica)
	var last lsn
	for seen := map[string]bool{}; !seen["claimable"] || !seen["head"]; {
		l, ok := nextLine(t, fresh, 30*time.Second)
		if !ok {
			t.Fatalf("after replay resumed: claimable %v, head %v", seen["claimable"], seen["head"])
		}
		p := lsnOf(t, l)
		if p < target || p < last {
			t.Fatalf("%s message at %s: the connection's minLsn is %s, its previous message %s", l.Op, p, target, last)
		}
		last = p
		switch l.Op {
		case "claimable":
			if e := l.epoch(t); e != 2 {
				t.Fatalf("claimable epoch %d after replay, want 2", e)
			}
		case "head":
			if !strings.Contains(string(l.Data), `"block":11`) {
				t.Fatalf("head %s, want block 11", l.Data)
			}
		default:
			t.Fatalf("unexpected %+v", l)
		}
		seen[l.Op] = true
	}

	bad := watermarkClient(t, env, "yesterday")
	for {
		l, ok := nextLine(t, bad, 30*time.Second)
		if !ok {
			t.Fatal("a bad minLsn did not close the connection")
		}
		if l.Op == "closed" {
			if l.Code != 4400 || !strings.Contains(l.Reason, "minLsn") {
				t.Fatalf("closed with %d %q, want 4400 naming minLsn", l.Code, l.Reason)
			}
			break
		}
		if l.Data != nil && string(l.Data) != "null" {
			t.Fatalf("a connection with a bad minLsn was answered: %+v", l)
		}
	}
}
