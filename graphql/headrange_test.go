package graphql

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/covey-labs/covey/internal/notify"
	"github.com/covey-labs/covey/internal/npmtest"
)

// headMessage is one head message as heads.mjs prints it.
type headMessage struct {
	Block, FromBlock, ToBlock int64
	Hash                      string
}

// TestHeadRangesOverGraphQLWS (issue 18.7): graphql-ws, as a dApp runs it (web/heads.mjs), subscribes to
// head while heads are committed and NOTIFY'd as the indexer does: block 11 (re-announced until the
// client saw it), blocks 12-14 in one commit (one notification, From 12), 15, 16 and 17 in three commits
// back to back, 18 without a notification (one the subscriber never got) and 19. The messages' ranges
// cover 11..19 each exactly once, in order, and the commit of three blocks is one message covering all
// three. It fails when messages carry the head alone (12-13 and 18 covered by nothing) or repeat 11.
func TestHeadRangesOverGraphQLWS(t *testing.T) {
	npmtest.Install(t, webDir)
	env := newEnv(t, Options{})
	waitListening(t, env)
	client := npmtest.Start(t, webDir, []string{"COVEY_WS=" + strings.Replace(env.http.URL, "http", "ws", 1) + "/graphql", "COVEY_UNTIL=19"}, "node", "heads.mjs")
	lines := npmtest.JSONLines[headMessage](t, client)

	var got []headMessage
	// The subscription starts when the server reads it: block 11 is announced until the client saw it.
	for len(got) == 0 {
		commitRange(t, env, 11, 11, 0)
		select {
		case m, ok := <-lines:
			if !ok {
				t.Fatalf("heads.mjs ended: %s", client.Stderr())
			}
			got = append(got, m)
		case <-time.After(300 * time.Millisecond):
		}
	}
	commitRange(t, env, 11, 11, 0) // once more after it was seen: a re-announcement, not a message
	commitRange(t, env, 12, 14, 12)
	for n := int64(15); n <= 17; n++ {
		commitRange(t, env, n, n, n)
	}
	commitRange(t, env, 18, 18, -1)
	commitRange(t, env, 19, 19, 19)
	for m := range lines {
		got = append(got, m)
	}
	if err := client.Wait(); err != nil {
		t.Fatalf("heads.mjs: %v\n%s", err, client.Stderr())
	}
	t.Logf("messages: %+v", got)
	next, merged := int64(11), false
	for _, m := range got {
		if m.FromBlock != next || m.ToBlock < m.FromBlock || m.Block != m.ToBlock || m.Hash != blockHash(m.Block) {
			t.Fatalf("message %+v: want a range from block %d to the head it names (all: %+v)", m, next, got)
		}
		merged = merged || (m.FromBlock == 12 && m.ToBlock == 14)
		next = m.ToBlock + 1
	}
	if next != 20 {
		t.Fatalf("the ranges end at %d, want 19: %+v", next-1, got)
	}
	if !merged {
		t.Errorf("blocks 12-14, committed together, were not one message: %+v", got)
	}
}

// commitRange stores blocks from..to, moves the cursor to to and, unless notifyFrom is negative, NOTIFYs
// the head with From = notifyFrom in the same transaction, as the indexer commits a batch.
func commitRange(t testing.TB, env *testEnv, from, to, notifyFrom int64) {
	t.Helper()
	ctx := context.Background()
	tx, err := env.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	for n := from; n <= to; n++ {
		if _, err := tx.Exec(ctx, `INSERT INTO blocks (chain_id, number, hash, parent_hash, time, finality) VALUES ($1, $2, $3, $4, $5, 'unsafe')
			ON CONFLICT DO NOTHING`, testChain, n, blockHash(n), blockHash(n-1), blockTime(n)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE cursors SET block_number = $1, block_hash = $2`, to, blockHash(to)); err != nil {
		t.Fatal(err)
	}
	if notifyFrom >= 0 {
		ev := notify.HeadEvent{ChainID: testChain, From: uint64(notifyFrom), Block: uint64(to), Hash: blockHash(to), Time: uint64(blockTime(to))}
		if err := notify.Notify(ctx, tx, notify.Head, ev.Payload()); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestHeadRangesAfterAReorg: a head whose From is at or below the last announced head (the indexer rolled
// back and re-indexed from there) re-covers the replaced blocks; a shorter chain's head names its own
// range; the same head heard twice is one message.
func TestHeadRangesAfterAReorg(t *testing.T) {
	var r headRanges
	ev := func(from, block uint64, hash string) notify.HeadEvent {
		return notify.HeadEvent{ChainID: testChain, From: from, Block: block, Hash: hash}
	}
	for i, c := range []struct {
		ev       notify.HeadEvent
		from, to int64 // 0, 0: no message
	}{
		{ev(5, 10, "a10"), 5, 10},
		{ev(0, 10, "a10"), 0, 0},    // a re-announcement without From
		{ev(8, 10, "a10"), 0, 0},    // the same commit heard twice
		{ev(11, 13, "a13"), 11, 13}, // the next commit
		{ev(12, 14, "b14"), 12, 14}, // a reorg from 12: 12 and 13 replaced
		{ev(0, 12, "c12"), 12, 12},  // a shorter chain announced without From
		{ev(20, 20, "c20"), 13, 20}, // heads missed in between are covered
	} {
		h, ok := r.next(c.ev)
		switch {
		case c.to == 0 && ok:
			t.Errorf("step %d %+v: message %d..%d, want none", i, c.ev, h.FromBlock(), h.ToBlock())
		case c.to != 0 && (!ok || int64(h.FromBlock()) != c.from || int64(h.ToBlock()) != c.to):
			t.Errorf("step %d %+v: %v %v, want %d..%d", i, c.ev, h, ok, c.from, c.to)
		}
	}
}
