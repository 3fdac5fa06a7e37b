package app

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/pgtest"
)

// TestReadURLPutsTheAPIOnTheReplica: with database.read_url, the API's pool (and only it) reads the
// replica, every writer's pool and the API's primary pool are on the primary, each opened once.
func TestReadURLPutsTheAPIOnTheReplica(t *testing.T) {
	rp := pgtest.NewReplicated(t)
	cfg := config.Defaults()
	cfg.Chain.ID = config.DevnetChainID
	cfg.Contracts = map[string]config.Contract{config.RewardsDistributor: {Address: common.HexToAddress("0x04")}}
	cfg.Database.URL, cfg.Database.ReadURL = rp.PrimaryURL, rp.ReplicaURL
	env := New(cfg, Options{StateDir: t.TempDir()})
	defer env.Close()
	ctx := context.Background()
	for role, standby := range map[Role]bool{API: true, APIPrimary: false, Indexer: false, Settlement: false, Tool: false} {
		pool, err := env.DB(ctx, role)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := env.DB(ctx, role); again != pool {
			t.Errorf("the %s pool was opened twice", role)
		}
		var inRecovery bool
		var app string
		if err := pool.QueryRow(ctx, `SELECT pg_is_in_recovery(), current_setting('application_name')`).Scan(&inRecovery, &app); err != nil {
			t.Fatal(err)
		}
		if inRecovery != standby || app != "covey "+string(role) {
			t.Errorf("the %s pool: in recovery %v (want %v), application_name %q", role, inRecovery, standby, app)
		}
	}
	srv, err := env.API(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	var readOnly string
	api, _ := env.DB(ctx, APIPrimary)
	if err := api.QueryRow(ctx, `SHOW default_transaction_read_only`).Scan(&readOnly); err != nil || readOnly != "on" {
		t.Errorf("the API's primary pool is not read-only: %q %v", readOnly, err)
	}
}
