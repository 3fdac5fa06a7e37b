package e2e

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/guard"
	"github.com/covey-labs/covey/settlement"
)

// TestGuardAlarmsAndUnverifiableRoots drives the guard in process, one step at a time, on a devnet:
// without a key, a root that does not reproduce raises the alarm once (an ERROR, a webhook POST with
// the differences as JSON) and is recorded, never re-alarmed; a root whose manifest is nowhere to be
// found is retried while validAt is far, and once the chain's time is within RevokeBefore of it, it
// is alarmed about as unverifiable, or, with a guardian key, revoked.
func TestGuardAlarmsAndUnverifiableRoots(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx := context.Background()
	dn := simulatedDevnet(t, 15, 2, 17)
	dir := t.TempDir()
	pool, _, outs := settledDevnet(t, dn, dir)
	if len(outs) < 2 {
		t.Fatalf("settled %d epochs", len(outs))
	}
	dist := newDistributor(t, dn)
	root0, mh0, total0 := settledEpoch(t, pool, 0)
	dist.propose(0, root0, mh0, total0)
	dist.accept()

	var mu sync.Mutex
	var alarms []guard.Alarm
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var a guard.Alarm
		b, _ := io.ReadAll(r.Body)
		if r.Header.Get("Content-Type") != "application/json" || json.Unmarshal(b, &a) != nil {
			http.Error(w, "bad alarm", http.StatusBadRequest)
			return
		}
		mu.Lock()
		alarms = append(alarms, a)
		mu.Unlock()
	}))
	t.Cleanup(hook.Close)
	seen := func() []guard.Alarm { mu.Lock(); defer mu.Unlock(); return append([]guard.Alarm(nil), alarms...) }
	newGuard := func(signer *settlement.Signer) *guard.Guard {
		return &guard.Guard{Chain: dn.client, Logs: dn.logs(t), Distributor: dist.addr, Signer: signer, StatePath: filepath.Join(t.TempDir(), "state.json"),
			Webhook: hook.URL, RevokeBefore: 10 * time.Minute, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
			Verifier: &settlement.Verifier{Manifests: &settlement.ManifestLocator{Base: dir}}}
	}

	// No key: a forged root raises the alarm once.
	b, err := os.ReadFile(settlement.ManifestPath(dir, 1))
	if err != nil {
		t.Fatal(err)
	}
	m1, err := settlement.ParseManifest(b)
	if err != nil {
		t.Fatal(err)
	}
	forged, forgedTotal := forge(t, m1, m1.Accounts[0].Account)
	dist.propose(1, forged, settlement.ManifestHash(b), forgedTotal)
	g := newGuard(nil)
	for range 3 {
		if err := g.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	a := seen()
	if len(a) != 1 || a[0].Event != "root_mismatch" || a[0].Epoch != 1 || a[0].Root != strings.ToLower(forged.Hex()) || len(a[0].Diffs) == 0 ||
		a[0].ChainID != dn.d.ChainID || a[0].SecondsLeft <= 0 {
		t.Fatalf("alarms after three steps: %+v", a)
	}

	// A root whose manifest is nowhere: retried while validAt is far, then unverifiable.
	var nowhere common.Hash
	nowhere[0] = 0x42
	guardianKey, _ := settlement.SignerFromHex(hexutil.Encode(crypto.FromECDSA(anvil.DevAccount(anvil.GuardianIndex).Key)))
	for _, signer := range []*settlement.Signer{nil, guardianKey} {
		dist.mined(dist.c.RevokePendingRoot(dist.guardian))
		dist.propose(1, forged, nowhere, forgedTotal)
		g := newGuard(signer)
		before := len(seen())
		if err := g.Step(ctx); err != nil {
			t.Fatal(err)
		}
		if len(seen()) != before {
			t.Fatalf("alarmed with validAt an hour away: %+v", seen()[before:])
		}
		p, _ := dist.c.PendingRoot(nil)
		h, _ := dn.client.HeaderByNumber(ctx, nil)
		warp(t, ctx, dn.client, p.ValidAt-h.Time-uint64((9*time.Minute).Seconds()))
		if err := g.Step(ctx); err != nil {
			t.Fatal(err)
		}
		got := seen()[before:]
		if len(got) == 0 || got[0].Event != "root_unverifiable" {
			t.Fatalf("signer %v: alarms near validAt: %+v", signer != nil, got)
		}
		p, _ = dist.c.PendingRoot(nil)
		if revoked := !p.Exists; revoked != (signer != nil) || (signer != nil && got[len(got)-1].Event != "root_revoked") {
			t.Fatalf("signer %v: pending after the deadline %v, alarms %+v", signer != nil, p.Exists, got)
		}
	}
}
