// Package pgtest gives each test its own freshly migrated Postgres database, on a real server:
// TEST_DATABASE_URL (CI) or DATABASE_URL when set, otherwise a private embedded Postgres started
// for the test binary. Tests never share state, and no database is mocked.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/embeddedpg"
	coveysql "github.com/covey-labs/covey/sql"
)

var (
	once     sync.Once
	adminURL string
	server   *embeddedpg.Server
	setupErr error
)

// Main runs the package's tests and stops the embedded server if one was started.
// Use it from TestMain: `func TestMain(m *testing.M) { pgtest.Main(m) }`.
func Main(m *testing.M) {
	code := m.Run()
	if server != nil {
		_ = server.Stop()
	}
	os.Exit(code)
}

// AdminURL is a superuser URL of the test server, starting the embedded one if needed.
func AdminURL(t testing.TB) string {
	t.Helper()
	once.Do(func() {
		for _, k := range []string{"TEST_DATABASE_URL", "DATABASE_URL"} {
			if v := os.Getenv(k); v != "" {
				adminURL = v
				return
			}
		}
		wd, _ := os.Getwd()
		pkg, err := embeddedpg.FindPackage(wd)
		if err != nil {
			setupErr = err
			return
		}
		dir, err := os.MkdirTemp("", "covey-pgtest-")
		if err != nil {
			setupErr = err
			return
		}
		server, setupErr = embeddedpg.Start(context.Background(), embeddedpg.Options{PackageDir: pkg, DataDir: filepath.Join(dir, "data")})
		if setupErr == nil {
			adminURL = server.URL
		}
	})
	if setupErr != nil {
		t.Fatalf("no test database: %v (set TEST_DATABASE_URL)", setupErr)
	}
	return adminURL
}

// NewURL creates an empty migrated database and returns its URL; it is dropped when the test ends.
func NewURL(t testing.TB) string {
	t.Helper()
	ctx := context.Background()
	admin := AdminURL(t)
	name := "covey_t_" + randHex(6)
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connecting to test server: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("creating test database: %v", err)
	}
	u := withDatabase(t, admin, name)
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), admin)
		if err != nil {
			return
		}
		defer c.Close(context.Background())
		_, _ = c.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	pool, err := pgxpool.New(ctx, u)
	if err != nil {
		t.Fatalf("opening test database: %v", err)
	}
	defer pool.Close()
	if err := coveysql.Migrate(ctx, pool); err != nil {
		t.Fatalf("migrating test database: %v", err)
	}
	return u
}

// New returns a pool on a fresh migrated database, closed and dropped when the test ends.
func New(t testing.TB) *pgxpool.Pool {
	t.Helper()
	u := NewURL(t)
	pool, err := pgxpool.New(context.Background(), u)
	if err != nil {
		t.Fatalf("opening test database: %v", err)
	}
	t.Cleanup(pool.Close)
	return pool
}

func withDatabase(t testing.TB, raw, db string) string {
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatalf("parsing test database URL: %v", err)
	}
	u.Path = "/" + db
	return u.String()
}

func randHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("crypto/rand: %v", err))
	}
	return hex.EncodeToString(b)
}
