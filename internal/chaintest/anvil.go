// Package chaintest runs real chains for tests: a plain anvil node from node_modules, started for the
// test and killed with it. Tests of several packages (cmd/covey, chaos, indexer) share it rather than
// each keeping a copy.
package chaintest

import (
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
)

// Anvil is an anvil node a test started (chain 31337, automine); it is killed when the test ends.
type Anvil struct {
	// URL is the node's HTTP JSON-RPC endpoint.
	URL  string
	Port int
	// RPC is a client on URL, closed when the test ends.
	RPC *rpc.Client
	// Log is the file the node's output goes to.
	Log string
	cmd *exec.Cmd
}

// StartAnvil starts a plain anvil on 127.0.0.1 with extra flags. It runs the real binary (not
// node_modules/.bin's node wrapper, whose SIGKILL would orphan anvil) in its own process group, killed
// with the test or when the test process dies; its output goes to a log in the test's temporary
// directory.
func StartAnvil(t testing.TB, extra ...string) *Anvil {
	t.Helper()
	wd, _ := os.Getwd()
	_, bin, err := anvil.FindAnvil(wd)
	if err != nil {
		t.Fatal(err)
	}
	logDir := t.TempDir()
	for attempt := 0; attempt < 3; attempt++ {
		if a := tryStart(t, bin, logDir, extra); a != nil {
			return a
		}
	}
	t.Fatal("anvil did not start")
	return nil
}

func tryStart(t testing.TB, bin, logDir string, extra []string) *Anvil {
	port := FreePort(t)
	args := append([]string{"--port", fmt.Sprint(port), "--host", "127.0.0.1", "--silent", "--gas-limit", "100000000"}, extra...)
	args = append(args, anvil.StateCacheFlags(filepath.Join(logDir, fmt.Sprintf("states-%d", port)))...)
	cmd := exec.Command(bin, args...)
	logf, err := os.Create(filepath.Join(logDir, fmt.Sprintf("anvil-%d.log", port)))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting anvil: %v", err)
	}
	logf.Close()
	a := &Anvil{URL: fmt.Sprintf("http://127.0.0.1:%d", port), Port: port, Log: logf.Name(), cmd: cmd}
	t.Cleanup(a.Stop)
	c, err := rpc.Dial(a.URL)
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(30 * time.Millisecond) {
		var id hexutil.Uint64
		if err := c.Call(&id, "eth_chainId"); err == nil {
			a.RPC = c
			t.Cleanup(c.Close)
			return a
		}
	}
	c.Close()
	a.Stop()
	return nil
}

// Stop kills the node (and anything it started) unless it has stopped already.
func (a *Anvil) Stop() {
	if a.cmd.ProcessState == nil {
		_ = syscall.Kill(-a.cmd.Process.Pid, syscall.SIGKILL)
		_, _ = a.cmd.Process.Wait()
	}
}

// FreePort is a TCP port free on 127.0.0.1 a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// QuietConfig is a configuration for this node whose protocol contracts exist (one STOP byte of code
// at fixed addresses) and never emit anything: enough for a service to start, index and serve, for
// tests of how services are wired rather than of what they compute.
func (a *Anvil) QuietConfig(t testing.TB) config.Config {
	t.Helper()
	cfg := config.Defaults()
	cfg.Chain.ID = anvil.ChainID
	cfg.Chain.Name = "quiet"
	cfg.Chain.RPC = []string{a.URL}
	cfg.Chain.Finality = config.FinalityLatest
	cfg.Chain.Confirmations = 0
	cfg.Chain.PollInterval = config.Duration{Duration: 100 * time.Millisecond}
	cfg.Contracts = map[string]config.Contract{}
	for i, name := range []string{config.Staking, config.TaskArena, config.Marketplace, config.RewardsDistributor} {
		addr := common.BigToAddress(big.NewInt(int64(0xc0ee0 + i)))
		if err := a.RPC.Call(nil, "anvil_setCode", addr, "0x00"); err != nil {
			t.Fatalf("anvil_setCode: %v", err)
		}
		cfg.Contracts[name] = config.Contract{Address: addr}
	}
	return cfg
}
