package main

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/internal/npmtest"
)

// TestHeadRangesFromTheIndexer (issue 18.7): `covey run` on anvil, graphql-ws subscribed to head as a dApp
// does (graphql/web/heads.mjs). After the subscription's first message, anvil_mine mines three blocks at
// once, which the indexer commits together; the messages that follow cover those three blocks exactly
// once, in order, each naming its head as toBlock. It fails when a message carries only its head (the
// indexer's one commit of three blocks gave one message naming the last block alone).
func TestHeadRangesFromTheIndexer(t *testing.T) {
	web := filepath.Join("..", "..", "graphql", "web")
	npmtest.Install(t, web)
	cfg := startRun(t, "off")
	chain, err := rpc.Dial(cfg.Chain.RPC[0])
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	mine := func(n int) uint64 {
		t.Helper()
		if err := chain.Call(nil, "anvil_mine", hexutil.Uint64(n)); err != nil {
			t.Fatal(err)
		}
		var head hexutil.Uint64
		if err := chain.Call(&head, "eth_blockNumber"); err != nil {
			t.Fatal(err)
		}
		return uint64(head)
	}

	client := npmtest.Start(t, web, []string{"COVEY_WS=ws://" + cfg.API.Listen + "/graphql"}, "node", "heads.mjs")
	type message struct{ Block, FromBlock, ToBlock uint64 }
	lines := npmtest.JSONLines[message](t, client)
	next := func(within time.Duration) (message, bool) {
		select {
		case m, ok := <-lines:
			if !ok {
				t.Fatalf("heads.mjs ended: %s", client.Stderr())
			}
			return m, true
		case <-time.After(within):
			return message{}, false
		}
	}

	// The subscription starts when the server reads it: mine one block at a time until a message comes.
	var first message
	for deadline := time.Now().Add(time.Minute); ; {
		mine(1)
		m, ok := next(500 * time.Millisecond)
		if ok {
			first = m
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no head message in a minute: %s", client.Stderr())
		}
	}
	// Blocks mined before the subscription started may still be announced: take what comes, then mine.
	last := first.ToBlock
	for {
		m, ok := next(time.Second)
		if !ok {
			break
		}
		last = m.ToBlock
	}
	top := mine(3)
	if top != last+3 {
		t.Fatalf("the chain is at %d, want %d (three blocks after %d)", top, last+3, last)
	}
	var got []message
	for want := last + 1; want <= top; {
		m, ok := next(30 * time.Second)
		if !ok {
			t.Fatalf("blocks %d..%d never announced; got %+v", want, top, got)
		}
		got = append(got, m)
		if m.FromBlock != want || m.ToBlock < m.FromBlock || m.Block != m.ToBlock {
			t.Fatalf("message %+v, want a range from block %d (after %d); all: %+v", m, want, last, got)
		}
		want = m.ToBlock + 1
	}
	t.Logf("three blocks mined at once after block %d: messages %+v", last, got)
}
