package chaos

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/embeddedpg"
	"github.com/covey-labs/covey/settlement/policy"
	coveysql "github.com/covey-labs/covey/sql"
)

// privatePG is a Postgres cluster of this test alone (internal/embeddedpg, on its own port and data
// directory) that the test may stop, kill and restart. The machine's shared Postgres is never touched.
type privatePG struct {
	t    testing.TB
	opts embeddedpg.Options
	srv  *embeddedpg.Server
	url  string
}

// startPrivatePG initialises and starts a cluster under dataDir ("" = a temporary directory).
func startPrivatePG(t testing.TB, dataDir string) *privatePG {
	t.Helper()
	pkg, err := embeddedpg.FindPackage(repoRoot(t))
	if err != nil {
		t.Skip(err)
	}
	if dataDir == "" {
		dataDir = filepath.Join(t.TempDir(), "pg")
	}
	p := &privatePG{t: t, opts: embeddedpg.Options{PackageDir: pkg, DataDir: dataDir, Port: freePort(t)}}
	p.start()
	p.url = p.srv.URL
	t.Cleanup(func() {
		if p.running() {
			_ = p.srv.Stop()
		}
	})
	return p
}

// start starts (or restarts) the cluster on its port and data directory.
func (p *privatePG) start() {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, err := embeddedpg.Start(ctx, p.opts)
	if err != nil {
		b, _ := os.ReadFile(filepath.Join(p.opts.DataDir, "server.log"))
		p.t.Fatalf("starting the private Postgres: %v\n%s", err, lastLines(string(b), 20))
	}
	p.srv = srv
}

// stop is a fast shutdown (pg_ctl stop -m fast): open transactions are rolled back, clients cut.
func (p *privatePG) stop() {
	p.t.Helper()
	if err := p.srv.Stop(); err != nil {
		p.t.Fatal(err)
	}
}

// postmaster is the server's process id (0 when not running).
func (p *privatePG) postmaster() int {
	b, err := os.ReadFile(filepath.Join(p.opts.DataDir, "postmaster.pid"))
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if pid <= 0 || syscall.Kill(pid, 0) != nil {
		return 0
	}
	return pid
}

func (p *privatePG) running() bool { return p.postmaster() != 0 }

// kill is a crash: SIGKILL to the postmaster and every backend at once. No checkpoint, no shutdown
// record; the next start runs crash recovery from the WAL.
func (p *privatePG) kill() {
	p.t.Helper()
	pm := p.postmaster()
	if pm == 0 {
		return
	}
	pids := append(childrenOf(pm), pm)
	for _, pid := range pids {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
	if err := waitFor(30*time.Second, func() (bool, error) {
		for _, pid := range pids {
			if syscall.Kill(pid, 0) == nil && !isZombie(pid) {
				return false, fmt.Errorf("process %d still alive", pid)
			}
		}
		return true, nil
	}); err != nil {
		p.t.Fatalf("killing the private Postgres: %v", err)
	}
}

// childrenOf lists the processes whose parent is pid (from /proc).
func childrenOf(pid int) []int {
	var out []int
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		c, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so parse after the last ')'.
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) > 1 {
			if pp, _ := strconv.Atoi(f[1]); pp == pid {
				out = append(out, c)
			}
		}
	}
	return out
}

func isZombie(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	return len(f) > 0 && f[0] == "Z"
}

// pool opens a new pool on the private server (after a restart the old pool's connections are dead).
func (p *privatePG) pool() *pgxpool.Pool {
	p.t.Helper()
	pc, err := pgxpool.ParseConfig(p.url)
	if err != nil {
		p.t.Fatal(err)
	}
	pc.MaxConns = 4
	pool, err := pgxpool.NewWithConfig(context.Background(), pc)
	if err != nil {
		p.t.Fatal(err)
	}
	p.t.Cleanup(pool.Close)
	return pool
}

// devnetPolicy writes the v1 reward policy with the devnet's genesis and treasury (what covey does by
// itself without --config) and returns its path.
func devnetPolicy(t testing.TB, e *env, dn *devnet) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(policy.V1, &m); err != nil {
		t.Fatal(err)
	}
	m["genesis"] = dn.d.Genesis
	if dn.d.Treasury.Big().Sign() != 0 {
		m["treasury"] = strings.ToLower(dn.d.Treasury.Hex())
	}
	b, _ := json.MarshalIndent(m, "", "  ")
	path := e.path("policy.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// coveyDB is database "covey" of the private cluster at clusterURL (created by the caller, which may
// place it first), migrated: its URL and a pool closed with the test.
func coveyDB(t *testing.T, clusterURL string) (string, *pgxpool.Pool) {
	t.Helper()
	u, err := url.Parse(clusterURL)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/covey"
	pool := (&privatePG{t: t, url: u.String()}).pool()
	if err := coveysql.Migrate(context.Background(), pool); err != nil {
		t.Fatal(err)
	}
	return u.String(), pool
}

// indexingChain is an emitter chain with 20 blocks of random events and `covey index` following it
// into dbURL (warnings and errors logged): the start of the dependency-fault scenarios.
func indexingChain(t *testing.T, r *rand.Rand, dbURL string) (*emitterChain, *env, string, *proc) {
	t.Helper()
	c := newEmitterChain(t)
	c.emitBlocks(r, 20)
	e := newEnv(t)
	cfgPath := writeConfig(t, e.path("covey.toml"), c.config())
	e.setenv("DATABASE_URL", dbURL)
	e.setenv("COVEY_LOG_LEVEL", "warn")
	return c, e, cfgPath, e.start("index", "--config", cfgPath)
}
