package workload

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/anvil"
)

// Node is an anvil process started by the harness: the chain the workload is generated on, or the
// cached workload served for a measurement.
type Node struct {
	cmd    *exec.Cmd
	exited chan struct{}
	err    error
	states string // anvil's historical-state cache (anvil.StateCacheFlags), removed by Kill
	// URL is the HTTP RPC endpoint on 127.0.0.1.
	URL string
	// Port is the RPC port.
	Port int
	// Pid is anvil's process id (peak RSS is read from /proc/<pid>/status).
	Pid int
}

// FreePort asks the kernel for a free TCP port on 127.0.0.1.
func FreePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// StartAnvil runs anvil on a free port with the arguments every bench chain shares (devnet chain
// id, genesis time, a gas limit large enough for blocks of thousands of logs, no request size limit)
// plus extra, and waits until it answers. logPath receives its output.
func StartAnvil(ctx context.Context, bin, logPath string, extra ...string) (*Node, error) {
	port, err := FreePort()
	if err != nil {
		return nil, err
	}
	args := []string{
		"--host", "127.0.0.1", "--port", strconv.Itoa(port),
		"--chain-id", strconv.Itoa(ChainID),
		"--timestamp", strconv.FormatInt(Genesis, 10),
		"--gas-limit", "2000000000",
		"--order", "fifo",
		"--no-request-size-limit",
	}
	args = append(args, extra...)
	states := logPath + ".states"
	args = append(args, anvil.StateCacheFlags(states)...)
	cmd := exec.Command(bin, args...)
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting anvil: %w", err)
	}
	n := &Node{cmd: cmd, exited: make(chan struct{}), states: states, URL: fmt.Sprintf("http://127.0.0.1:%d", port), Port: port, Pid: cmd.Process.Pid}
	go func() { n.err = cmd.Wait(); close(n.exited) }()
	// Loading a large state file takes a while: wait as long as anvil is alive.
	for {
		c, err := rpc.DialContext(ctx, n.URL)
		if err == nil {
			var id string
			err = c.CallContext(ctx, &id, "eth_chainId")
			c.Close()
			if err == nil {
				return n, nil
			}
		}
		select {
		case <-n.exited:
			return nil, fmt.Errorf("anvil exited (%v); see %s", n.err, logPath)
		case <-ctx.Done():
			n.Kill()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Stop asks anvil to exit with SIGINT (it writes --dump-state first) and waits up to timeout.
func (n *Node) Stop(timeout time.Duration) error {
	if n == nil {
		return nil
	}
	_ = n.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-n.exited:
		var ee *exec.ExitError
		if n.err != nil && !errors.As(n.err, &ee) {
			return n.err
		}
		return nil
	case <-time.After(timeout):
		n.Kill()
		return fmt.Errorf("anvil %d did not exit within %s; killed", n.Pid, timeout)
	}
}

// Kill ends anvil at once.
func (n *Node) Kill() {
	if n == nil {
		return
	}
	_ = syscall.Kill(-n.Pid, syscall.SIGKILL)
	<-n.exited
	_ = os.RemoveAll(n.states)
}

// Exited is closed when anvil has exited.
func (n *Node) Exited() <-chan struct{} { return n.exited }
