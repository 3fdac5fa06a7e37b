package pgtest

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/embeddedpg"
	coveysql "github.com/covey-labs/covey/sql"
)

// Replicated is a primary and its streaming replica (a hot standby made with pg_basebackup -R), two
// private clusters of one test, stopped when it ends. They run a system PostgreSQL's binaries: the
// embedded package has no pg_basebackup.
type Replicated struct {
	Primary, Replica *embeddedpg.Server
	// PrimaryURL and ReplicaURL connect as the service role (not a superuser) to its database,
	// migrated on the primary and so on the replica.
	PrimaryURL, ReplicaURL string
	bin, dir               string
	n                      int
}

// SystemBinDir is the newest /usr/lib/postgresql/<major>/bin with pg_basebackup, or "".
func SystemBinDir() string {
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_basebackup")
	if len(found) == 0 {
		return ""
	}
	sort.Strings(found)
	return filepath.Dir(found[len(found)-1])
}

// NewReplicated starts a migrated primary and a streaming replica of it; the test is skipped on a
// machine without a system PostgreSQL.
func NewReplicated(t testing.TB) *Replicated {
	t.Helper()
	bin := SystemBinDir()
	if bin == "" {
		t.Skip("no system PostgreSQL with pg_basebackup under /usr/lib/postgresql")
	}
	ctx := context.Background()
	dir := t.TempDir()
	primary, err := embeddedpg.Start(ctx, embeddedpg.Options{BinDir: bin, DataDir: filepath.Join(dir, "primary")})
	if err != nil {
		t.Fatalf("starting the primary: %v", err)
	}
	t.Cleanup(func() { _ = primary.Stop() })
	u, err := primary.ServiceURL(ctx, embeddedpg.ServiceRole)
	if err != nil {
		t.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	err = coveysql.Migrate(ctx, pool)
	pool.Close()
	if err != nil {
		t.Fatalf("migrating the primary: %v", err)
	}
	r := &Replicated{Primary: primary, PrimaryURL: u, bin: bin, dir: dir}
	r.Replica, r.ReplicaURL = r.AddReplica(t)
	return r
}

// AddReplica starts one more streaming replica of the primary and returns it and its service URL.
func (r *Replicated) AddReplica(t testing.TB) (*embeddedpg.Server, string) {
	t.Helper()
	r.n++
	replica, err := embeddedpg.StartStandby(context.Background(), r.Primary,
		embeddedpg.Options{BinDir: r.bin, DataDir: filepath.Join(r.dir, fmt.Sprintf("replica%d", r.n))})
	if err != nil {
		t.Fatalf("starting a replica: %v", err)
	}
	t.Cleanup(func() { _ = replica.Stop() })
	return replica, replica.URLAs(embeddedpg.ServiceRole, embeddedpg.ServiceRole)
}

// PauseReplay stops replica replaying WAL (it keeps receiving it): it lags from now on.
func PauseReplay(t testing.TB, replica *embeddedpg.Server) {
	admin(t, replica, "SELECT pg_wal_replay_pause()")
}

// ResumeReplay lets replica replay again.
func ResumeReplay(t testing.TB, replica *embeddedpg.Server) {
	admin(t, replica, "SELECT pg_wal_replay_resume()")
}

func admin(t testing.TB, s *embeddedpg.Server, sql string) {
	t.Helper()
	c, err := pgx.Connect(context.Background(), s.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	if _, err := c.Exec(context.Background(), sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// WaitReplayed waits until replica has replayed everything the primary has written so far.
func (r *Replicated) WaitReplayed(t testing.TB, replica *embeddedpg.Server) {
	t.Helper()
	ctx := context.Background()
	p, err := pgx.Connect(ctx, r.Primary.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close(ctx)
	var target string
	if err := p.QueryRow(ctx, "SELECT pg_current_wal_insert_lsn()::text").Scan(&target); err != nil {
		t.Fatal(err)
	}
	c, err := pgx.Connect(ctx, replica.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	deadline := time.Now().Add(60 * time.Second)
	for {
		var done bool
		if err := c.QueryRow(ctx, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", target).Scan(&done); err != nil {
			t.Fatal(err)
		}
		if done {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the replica did not replay up to %s within a minute", target)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// RestartReplica stops replica (fast shutdown: its sessions are cut) and starts it again on the same
// socket, where it resumes streaming from the primary.
func (r *Replicated) RestartReplica(t testing.TB, replica *embeddedpg.Server) *embeddedpg.Server {
	t.Helper()
	if err := replica.Stop(); err != nil {
		t.Fatal(err)
	}
	s, err := embeddedpg.Start(context.Background(), embeddedpg.Options{BinDir: r.bin, DataDir: replica.DataDir(), Port: replica.Port()})
	if err != nil {
		t.Fatalf("restarting a replica: %v", err)
	}
	return s
}

// Promote makes replica a primary (pg_promote, waiting for it).
func Promote(t testing.TB, replica *embeddedpg.Server) {
	admin(t, replica, "SELECT pg_promote(true, 60)")
}
