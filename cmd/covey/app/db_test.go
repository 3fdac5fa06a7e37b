package app

import (
	"context"
	"errors"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/covey-labs/covey/config"
)

// TestEmbeddedServicesAreNotSuperuser (issue 17 item 2): on the private embedded Postgres (no
// DATABASE_URL), every service pool connects as a role that is not a superuser, so
// COPY ... FROM PROGRAM (which ran `printenv COVEY_PUBLISHER_KEY` on the host) is refused with
// insufficient_privilege, while the schema is migrated and writable. It failed when services
// connected as the superuser "postgres".
func TestEmbeddedServicesAreNotSuperuser(t *testing.T) {
	cfg := config.Defaults()
	cfg.Database.URL = ""
	env := New(cfg, Options{StateDir: t.TempDir()})
	defer env.Close()
	ctx := context.Background()
	for _, role := range []Role{Indexer, Settlement, API, Tool} {
		pool, err := env.DB(ctx, role)
		if err != nil {
			t.Fatal(err)
		}
		var super bool
		var who string
		if err := pool.QueryRow(ctx, `SELECT rolsuper, rolname FROM pg_roles WHERE rolname = current_user`).Scan(&super, &who); err != nil {
			t.Fatal(err)
		}
		if super {
			t.Errorf("the %s pool connects as %s, a superuser", role, who)
		}
	}
	pool, _ := env.DB(ctx, Tool)
	if _, err := pool.Exec(ctx, `CREATE TEMP TABLE env_probe (line text)`); err != nil {
		t.Fatalf("the service role cannot create a table: %v", err)
	}
	_, err := pool.Exec(ctx, `COPY env_probe FROM PROGRAM 'printenv'`)
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "42501" {
		t.Fatalf("COPY ... FROM PROGRAM as the service role: want insufficient_privilege (42501), got %v", err)
	}
	var tables int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`).Scan(&tables); err != nil || tables < 10 {
		t.Fatalf("the service role owns %d migrated tables (%v)", tables, err)
	}
}
