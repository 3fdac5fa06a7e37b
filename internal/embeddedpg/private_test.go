package embeddedpg

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// tryEnv, when set, makes the test binary a probe: it tries each URL of the variable (space
// separated), prints "connected URL" or "refused URL: error" per line, and exits.
const tryEnv = "EMBEDDEDPG_TRY_CONNECT"

func TestMain(m *testing.M) {
	if urls := os.Getenv(tryEnv); urls != "" {
		for _, u := range strings.Fields(urls) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			c, err := pgx.Connect(ctx, u)
			cancel()
			if err != nil {
				fmt.Printf("refused %s: %v\n", u, err)
				continue
			}
			c.Close(context.Background())
			fmt.Printf("connected %s\n", u)
		}
		return
	}
	os.Exit(m.Run())
}

func startPrivate(t *testing.T) *Server {
	t.Helper()
	wd, _ := os.Getwd()
	pkg, err := FindPackage(wd)
	if err != nil {
		t.Skip(err)
	}
	s, err := Start(context.Background(), Options{PackageDir: pkg, DataDir: filepath.Join(t.TempDir(), "pg")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop() })
	return s
}

// TestNoOtherLocalUserReachesTheServer (issue 17 item 2): nothing listens on TCP, the socket's
// directory is 0700 and the server's, and another local user (uid 1, daemon) connects neither over
// TCP nor through the socket, as the superuser or at all. It failed when the server listened on
// 127.0.0.1 with trust authentication: any local user was its superuser.
func TestNoOtherLocalUserReachesTheServer(t *testing.T) {
	s := startPrivate(t)
	tcp := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable&connect_timeout=5", s.Port())
	if c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.Port()), 2*time.Second); err == nil {
		c.Close()
		t.Errorf("the server accepts TCP connections on 127.0.0.1:%d", s.Port())
	}
	st, err := os.Stat(s.SocketDir())
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o700 {
		t.Errorf("socket directory %s is %v, want 0700", s.SocketDir(), st.Mode().Perm())
	}
	if os.Geteuid() != 0 {
		t.Skip("acting as another local user needs root; the TCP and directory checks above ran")
	}
	out := probeAs(t, "daemon", tcp, s.URL)
	if strings.Contains(out, "connected") {
		t.Fatalf("another local user reached the server:\n%s", out)
	}
	t.Logf("as daemon:\n%s", out)
}

// probeAs runs this test binary as the local user name, trying each URL.
func probeAs(t *testing.T, name string, urls ...string) string {
	t.Helper()
	u, err := user.Lookup(name)
	if err != nil {
		t.Skipf("no local user %s: %v", name, err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	// A copy the other user can run (the go test binary's own directory is private).
	dir, err := os.MkdirTemp("", "embeddedpg-probe-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "probe")
	if err := copyFile(exe, bin, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Dir = dir
	cmd.Env = []string{tryEnv + "=" + strings.Join(urls, " ")}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("probe as %s: %v\n%s", name, err, out)
	}
	if n := strings.Count(string(out), "\n"); n != len(urls) {
		t.Fatalf("probe as %s answered %d lines for %d URLs:\n%s", name, n, len(urls), out)
	}
	return string(out)
}

func copyFile(from, to string, mode os.FileMode) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// TestServerEnvironmentHoldsNoSecret (issue 17 item 2): the postmaster's environment
// (/proc/<pid>/environ) holds none of the variables of the process that started it, so a key given
// to covey cannot be read back through the server. It failed when the server inherited covey's
// whole environment (COPY ... FROM PROGRAM 'printenv COVEY_PUBLISHER_KEY' returned the key).
func TestServerEnvironmentHoldsNoSecret(t *testing.T) {
	const key = "0xfeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedface"
	t.Setenv("COVEY_PUBLISHER_KEY", key)
	t.Setenv("DATABASE_URL", "postgres://u:dbpassword@db.example/covey")
	s := startPrivate(t)
	pidText, err := os.ReadFile(filepath.Join(s.dataDir, "postmaster.pid"))
	if err != nil {
		t.Fatal(err)
	}
	pid := strings.TrimSpace(strings.SplitN(string(pidText), "\n", 2)[0])
	environ, err := os.ReadFile(filepath.Join("/proc", pid, "environ"))
	if err != nil {
		t.Fatal(err)
	}
	vars := strings.Split(strings.TrimRight(string(environ), "\x00"), "\x00")
	for _, kv := range vars {
		if strings.Contains(kv, key) || strings.Contains(kv, "dbpassword") || strings.HasPrefix(kv, "COVEY_") {
			t.Errorf("the postmaster's environment holds %q", kv)
		}
	}
	t.Logf("postmaster %s environment: %v", pid, vars)
}
