package graphql

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	dto "github.com/prometheus/client_model/go"
)

// terminateBackends ends every other session of the test database, as pg_terminate_backend does
// to a pool's idle connections when an operator, a failover or a restart drops them, and returns
// how many it ended.
func terminateBackends(t *testing.T, env *testEnv) int {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.ConnectConfig(ctx, env.pool.Config().ConnConfig.Copy())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid()) x`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestReadsSurviveTerminatedConnections (RELIABILITY.md O5): after Postgres terminates the API
// pool's connections, the next query of every kind (one-row, claim, list page, nested batch)
// succeeds: the read that lands on a dead connection is sent again on a new one.
func TestReadsSurviveTerminatedConnections(t *testing.T) {
	env := newEnv(t, Options{})
	queries := []string{
		`{ status { chainId head { number } } }`,
		`{ claim(account: "` + bob + `") { account claimable proof } }`,
		`query($a: Address!) { claim(account: $a) { account claimable calldata } }`,
		`{ tasks(first: 5) { totalCount nodes { id submissions(first: 2) { nodes { id } } } } }`,
		`{ epochs { nodes { number pools { task } leaves(first: 2) { nodes { account } } } } }`,
	}
	for round := 0; round < 2; round++ {
		for _, q := range queries {
			env.data(t, q, map[string]any{"a": bob}) // the pool now holds an idle connection
			if n := terminateBackends(t, env); n == 0 {
				t.Fatal("no backend to terminate: the test would prove nothing")
			}
			if code, out := env.post(t, q, map[string]any{"a": bob}); code != 200 || out["errors"] != nil {
				t.Fatalf("after terminating the connections: %v\n%s\nlogs: %s", out["errors"], q, env.logs.String())
			}
		}
	}
	var m dto.Metric
	if err := env.srv.metrics.retries.Write(&m); err != nil {
		t.Fatal(err)
	}
	if m.GetCounter().GetValue() == 0 {
		t.Fatal("no read was retried: the dead connections were never used, so the test proved nothing")
	}
	if strings.Contains(env.logs.String(), "level=ERROR") {
		t.Fatalf("errors logged: %s", env.logs.String())
	}
}
