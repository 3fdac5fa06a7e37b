// Package redistest starts private redis-servers for tests: a test that kills, freezes or starts
// Redis late must not touch anyone else's, so each gets its own process on its own port.
package redistest

import (
	"context"
	"fmt"
	"io"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Server is a private redis-server on 127.0.0.1 without persistence; Cmd lets a test freeze it
// (SIGSTOP) or kill it. It is killed (thawed first) when the test ends.
type Server struct {
	Addr string
	Cmd  *exec.Cmd
}

// Start starts redis-server on port (requiring password when it is not empty) and waits until it
// answers a ping. It skips the test when redis-server is not installed.
func Start(t testing.TB, port int, password string) *Server {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Skip("redis-server not installed")
	}
	args := []string{"--port", fmt.Sprint(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"}
	if password != "" {
		args = append(args, "--requirepass", password)
	}
	cmd := exec.Command("redis-server", args...)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGCONT)
		_ = cmd.Process.Kill()
		_, _ = cmd.Process.Wait()
	})
	s := &Server{Addr: fmt.Sprintf("127.0.0.1:%d", port), Cmd: cmd}
	c := redis.NewClient(&redis.Options{Addr: s.Addr, Password: password})
	defer c.Close()
	for i := 0; ; i++ {
		if c.Ping(context.Background()).Err() == nil {
			return s
		}
		if i == 400 {
			t.Fatal("redis-server did not start")
		}
		time.Sleep(25 * time.Millisecond)
	}
}
