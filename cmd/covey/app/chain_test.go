package app

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/covey-labs/covey/internal/chaintest"
)

// TestChainFailsOverAcrossRPCs: the chain client every command uses (settlement, publishing, verify,
// status, readiness) answers while the first configured RPCs are down or failing, as the indexer
// does; before, commands dialed chain.rpc[0] alone and failed with it.
func TestChainFailsOverAcrossRPCs(t *testing.T) {
	chain := chaintest.StartAnvil(t)
	cfg := chain.QuietConfig(t)
	down := fmt.Sprintf("http://127.0.0.1:%d/v2/secretkey", chaintest.FreePort(t))
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
	}))
	defer failing.Close()
	cfg.Chain.RPC = []string{down, failing.URL + "/?key=secretkey", chain.URL}
	env := New(cfg, Options{})
	defer env.Close()
	ctx := context.Background()
	client, err := env.Chain(ctx)
	if err != nil {
		t.Fatalf("dialing with one RPC of three up: %v", err)
	}
	for i := 0; i < 5; i++ {
		if _, err := client.HeaderByNumber(ctx, nil); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	id, err := client.ChainID(ctx)
	if err != nil || id.Int64() != cfg.Chain.ID {
		t.Fatalf("chain id %v, %v", id, err)
	}

	chain.Stop()
	_, err = client.HeaderByNumber(ctx, nil)
	if err == nil {
		t.Fatal("an answer with every RPC down")
	}
	if strings.Contains(err.Error(), "secretkey") {
		t.Fatalf("the error carries an RPC's key: %v", err)
	}
	t.Logf("every RPC down: %v", err)
}

// TestChainRefusesAnotherChain: an RPC that answers for another chain is refused by name, without its key.
func TestChainRefusesAnotherChain(t *testing.T) {
	chain := chaintest.StartAnvil(t)
	cfg := chain.QuietConfig(t)
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x5"}`))
	}))
	defer other.Close()
	cfg.Chain.RPC = []string{chain.URL, other.URL + "/secretkey"}
	env := New(cfg, Options{})
	defer env.Close()
	_, err := env.RPC(context.Background())
	if err == nil || !strings.Contains(err.Error(), "rpc1:") || !strings.Contains(err.Error(), "serves chain 5") {
		t.Fatalf("want a refusal naming rpc1 and chain 5, got %v", err)
	}
	if strings.Contains(err.Error(), "secretkey") {
		t.Fatalf("the error carries the RPC's key: %v", err)
	}
}
