package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/internal/chaintest"
	"github.com/covey-labs/covey/internal/pgtest"
)

// TestRunGivesTheAPIItsOwnPool: `covey run` serves the API on a read-only pool of its own. When
// Postgres drops the API's connections, the API's next read resets its pool and succeeds, and the
// indexer keeps every connection it had. It failed when run handed the API the indexer's pool: the
// API had no connections of its own, and its reset (graphql/retry.go) dropped the indexer's.
func TestRunGivesTheAPIItsOwnPool(t *testing.T) {
	cfg := startRun(t, "off")
	api := "http://" + cfg.API.Listen + "/graphql"

	admin, err := pgxpool.New(context.Background(), cfg.Database.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	apiConns, indexerConns := backends(t, admin, "covey api"), backends(t, admin, "covey indexer")
	if len(apiConns) == 0 {
		t.Fatalf("the API has no connection of its own (indexer's: %v)", indexerConns)
	}
	if len(indexerConns) == 0 {
		t.Fatal("the indexer has no connection")
	}
	if _, err := admin.Exec(context.Background(), `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY($1)`, apiConns); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		if _, err := indexedBlock(api); err != nil {
			t.Fatalf("read %d after the API's connections were dropped: %v", i, err)
		}
	}
	if got := backends(t, admin, "covey api"); overlap(got, apiConns) {
		t.Fatalf("the API still uses dropped connections: %v of %v", got, apiConns)
	}
	if got := backends(t, admin, "covey indexer"); !contains(got, indexerConns) {
		t.Fatalf("the API's reset dropped the indexer's connections: had %v, now %v", indexerConns, got)
	}
}

// TestMetricsOnTheirOwnListener (issue 17 item 10): `covey run` serves /metrics (the API's, the
// indexer's and the process's), /healthz and /readyz on metrics.listen, and the API's listener does not
// serve /metrics, so exposing the API (api.listen 0.0.0.0:8080) exposes nothing else. It failed when
// /metrics shared the API's listener.
func TestMetricsOnTheirOwnListener(t *testing.T) {
	metrics := fmt.Sprintf("127.0.0.1:%d", chaintest.FreePort(t))
	cfg := startRun(t, metrics)
	resp, err := http.Get("http://" + cfg.API.Listen + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound || strings.Contains(string(body), "covey_") {
		t.Fatalf("the API's listener serves /metrics: %d\n%.300s", resp.StatusCode, body)
	}
	resp, err = http.Get("http://" + metrics + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, family := range []string{"covey_graphql_requests_total", "covey_indexer_logs_written_total", "go_goroutines", "process_resident_memory_bytes"} {
		if !strings.Contains(string(body), family) {
			t.Errorf("the metrics listener lacks %s", family)
		}
	}
	waitFor(t, func() error {
		resp, err := http.Get("http://" + metrics + "/readyz")
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("%d %s", resp.StatusCode, b)
		}
		return nil
	})
}

// startRun runs `covey run` without the scheduler, in process, on a quiet anvil chain and a fresh
// database, metrics on metricsListen, until the test ends; it returns once the API answers with an
// indexed block.
func startRun(t *testing.T, metricsListen string) config.Config {
	t.Helper()
	cfg := chaintest.StartAnvil(t).QuietConfig(t)
	cfg.Metrics.Listen = metricsListen
	return runInProcess(t, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// runInProcess runs `covey run` without the scheduler on cfg with a fresh database and a free API
// port, logging to log, until the test ends; it returns the configuration once the API answers with
// an indexed block, and fails the test at once if run returns before that.
func runInProcess(t *testing.T, cfg config.Config, log *slog.Logger) config.Config {
	t.Helper()
	cfg.Database.URL = pgtest.NewURL(t)
	cfg.API.Listen = fmt.Sprintf("127.0.0.1:%d", chaintest.FreePort(t))
	env := app.New(cfg, app.Options{Log: log})
	ctx, cancel := context.WithCancel(context.Background())
	var runErr error
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		runErr = (&runCmd{noSettle: true}).run(ctx, env, io.Discard, io.Discard)
		_ = env.Close()
	}()
	t.Cleanup(func() {
		cancel()
		<-finished
		if runErr != nil {
			t.Errorf("covey run: %v", runErr)
		}
	})
	waitFor(t, func() error {
		select {
		case <-finished:
			t.Fatalf("covey run returned before it served: %v", runErr)
		default:
		}
		_, err := indexedBlock("http://" + cfg.API.Listen + "/graphql")
		return err
	})
	return cfg
}

// backends are the process ids of the database's connections named app.
func backends(t *testing.T, admin *pgxpool.Pool, app string) []int32 {
	t.Helper()
	rows, err := admin.Query(context.Background(), `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 ORDER BY pid`, app)
	if err != nil {
		t.Fatal(err)
	}
	var pids []int32
	for rows.Next() {
		var p int32
		if err := rows.Scan(&p); err != nil {
			t.Fatal(err)
		}
		pids = append(pids, p)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return pids
}

func contains(have, want []int32) bool {
	set := map[int32]bool{}
	for _, p := range have {
		set[p] = true
	}
	for _, p := range want {
		if !set[p] {
			return false
		}
	}
	return true
}

func overlap(a, b []int32) bool {
	for _, p := range a {
		for _, q := range b {
			if p == q {
				return true
			}
		}
	}
	return false
}

// indexedBlock asks the API for the indexed block; an answer without one (nothing indexed yet) is an error.
func indexedBlock(api string) (uint64, error) {
	resp, err := http.Post(api, "application/json", strings.NewReader(`{"query":"{ status { indexed { number } } }"}`))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var r struct {
		Data struct {
			Status struct {
				Indexed *struct {
					Number json.Number `json:"number"`
				} `json:"indexed"`
			} `json:"status"`
		} `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.NewDecoder(bytes.NewReader(body)).Decode(&r); err != nil || len(r.Errors) > 0 {
		return 0, fmt.Errorf("%d %s", resp.StatusCode, body)
	}
	if r.Data.Status.Indexed == nil {
		return 0, fmt.Errorf("nothing indexed yet: %s", body)
	}
	n, err := r.Data.Status.Indexed.Number.Int64()
	return uint64(n), err
}

// waitFor retries f for up to a minute.
func waitFor(t *testing.T, f func() error) {
	t.Helper()
	var err error
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if err = f(); err == nil {
			return
		}
	}
	t.Fatalf("still failing after a minute: %v", err)
}
