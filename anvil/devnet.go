package anvil

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/deploy"
)

// DefaultPort is the devnet's RPC port.
const DefaultPort = 8545

// anvilBinary is where npm (`npm ci`, package @foundry-rs/anvil) puts the anvil binary, under node_modules.
const anvilBinary = "@foundry-rs/anvil-linux-amd64/bin/anvil"

// DevnetOptions says where the devnet lives. Zero values mean the defaults.
type DevnetOptions struct {
	// Root is the repository root: node_modules is searched for from here upwards, the other paths
	// default to places under the directory holding node_modules, and the contracts are deployed from
	// contracts/ beside the real node_modules (links resolved). Default: the working directory.
	Root string
	// StateDir holds anvil-state.json, anvil.pid, anvil.log, the deploy script's broadcast record
	// (broadcast/, with forge.log) and anvil's historical states (states/, at most PersistedStates of
	// them). Default: <repo>/.covey/anvil.
	StateDir string
	// Deployments is the deployments file written after deploying. Default: <repo>/anvil/deployments.json.
	Deployments string
	// Port is the RPC port on 127.0.0.1. Default: DefaultPort.
	Port int
	// Log receives progress lines (nil: discarded).
	Log io.Writer
}

// resolve fills in the defaults and returns the anvil binary.
func (o DevnetOptions) resolve() (DevnetOptions, string, error) {
	if o.Root == "" {
		wd, err := os.Getwd()
		if err != nil {
			return o, "", err
		}
		o.Root = wd
	}
	repo, bin, err := FindAnvil(o.Root)
	if err != nil && (o.StateDir == "" || o.Deployments == "") {
		return o, "", err
	}
	if o.StateDir == "" {
		o.StateDir = filepath.Join(repo, ".covey", "anvil")
	}
	if o.Deployments == "" {
		o.Deployments = filepath.Join(repo, "anvil", "deployments.json")
	}
	if o.Port == 0 {
		o.Port = DefaultPort
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o, bin, err
}

// RPCURL is the devnet's HTTP RPC endpoint.
func (o DevnetOptions) RPCURL() string {
	if o.Port == 0 {
		o.Port = DefaultPort
	}
	return fmt.Sprintf("http://127.0.0.1:%d", o.Port)
}

// FindAnvil walks up from dir to the directory holding node_modules and returns it and the anvil binary.
func FindAnvil(dir string) (repo, bin string, err error) { return deploy.FindTool(dir, anvilBinary) }

// Up makes sure a deployed devnet answers on the port and returns its deployments:
//   - a devnet already running with the contracts of the deployments file is reused as it is;
//   - otherwise anvil is started detached (own process group, pid file and log in StateDir) with a fixed
//     genesis (Genesis), chain id, mnemonic and state file, so a stopped devnet resumes where it was;
//   - when the contracts are missing, they are deployed (Deploy: the deploy script, run with forge, then the
//     devnet's funding) and the deployments file is written.
//
// Block timestamps are deterministic: the devnet is left automining with a 1 s timestamp interval
// (anvil_setBlockTimestampInterval) from the latest block, never the wall clock.
func Up(ctx context.Context, opts DevnetOptions) (config.Deployments, error) {
	opts, bin, findErr := opts.resolve()
	url := opts.RPCURL()

	if id, err := probe(ctx, url); err == nil {
		if id != ChainID {
			return config.Deployments{}, fmt.Errorf("port %d serves chain %d, not a devnet (%d): stop it or pick another port", opts.Port, id, ChainID)
		}
		fmt.Fprintf(opts.Log, "devnet: anvil already running at %s\n", url)
	} else {
		if findErr != nil {
			return config.Deployments{}, findErr
		}
		if err := start(ctx, opts, bin); err != nil {
			return config.Deployments{}, err
		}
	}

	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return config.Deployments{}, fmt.Errorf("dialing %s: %w", url, err)
	}
	defer c.Close()
	if err := deterministicTime(ctx, c); err != nil {
		return config.Deployments{}, err
	}

	if d, err := config.ReadDeployments(opts.Deployments); err == nil && d.RPCURL == url {
		ok, err := deployed(ctx, c, d)
		if err != nil {
			return config.Deployments{}, err
		}
		if ok {
			fmt.Fprintf(opts.Log, "devnet: reusing the contracts in %s\n", opts.Deployments)
			return d, nil
		}
	}

	f, err := deploy.FindForge(opts.Root)
	if err != nil {
		return config.Deployments{}, err
	}
	head, err := ethclient.NewClient(c).BlockNumber(ctx)
	if err != nil {
		return config.Deployments{}, fmt.Errorf("reading head: %w", err)
	}
	fmt.Fprintf(opts.Log, "devnet: deploying with forge script %s (compiles first if the contracts changed)\n", deploy.Script)
	d, err := Deploy(ctx, c, url, f, filepath.Join(opts.StateDir, "broadcast"))
	if err != nil {
		return config.Deployments{}, err
	}
	if err := os.MkdirAll(filepath.Dir(opts.Deployments), 0o755); err != nil {
		return config.Deployments{}, err
	}
	if err := config.WriteDeployments(opts.Deployments, d); err != nil {
		return config.Deployments{}, err
	}
	now, err := ethclient.NewClient(c).BlockNumber(ctx)
	if err != nil {
		return config.Deployments{}, fmt.Errorf("reading head: %w", err)
	}
	fmt.Fprintf(opts.Log, "devnet: deployed %d contracts in %d blocks; wrote %s\n", len(d.Contracts), now-head, opts.Deployments)
	return d, nil
}

// Down stops the devnet started by Up (from its pid file), letting anvil write its state file first.
// A devnet that is not running is not an error.
func Down(opts DevnetOptions) error {
	opts, _, _ = opts.resolve()
	pidFile := filepath.Join(opts.StateDir, "anvil.pid")
	b, err := os.ReadFile(pidFile)
	if errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(opts.Log, "devnet: not running (no %s)\n", pidFile)
		return nil
	}
	if err != nil {
		return err
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return fmt.Errorf("bad pid file %s: %w", pidFile, err)
	}
	if !isAnvil(pid) {
		fmt.Fprintf(opts.Log, "devnet: process %d is gone\n", pid)
		return os.Remove(pidFile)
	}
	// SIGINT: anvil dumps its state (--state) and exits.
	if err := syscall.Kill(pid, syscall.SIGINT); err != nil {
		return fmt.Errorf("stopping anvil %d: %w", pid, err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for isAnvil(pid) {
		if time.Now().After(deadline) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Fprintf(opts.Log, "devnet: stopped anvil %d (state in %s)\n", pid, opts.StateDir)
	return os.Remove(pidFile)
}

// isAnvil says whether pid is a live (not zombie) anvil process, so a recycled pid is never signalled.
func isAnvil(pid int) bool {
	cmd, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil || !bytes.Contains(cmd, []byte("anvil")) {
		return false
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// Field 3 (after "pid (comm)") is the state; Z is a zombie waiting for its parent.
	if i := bytes.LastIndexByte(stat, ')'); i >= 0 && i+2 < len(stat) && stat[i+2] == 'Z' {
		return false
	}
	return true
}

// PersistedStates is how many historical block states anvil keeps on disk beyond the 500 it holds in
// memory: enough for any state query a test, the demo or a benchmark makes (reorgs reach 64 blocks
// back), few enough that a long-running devnet's disk use stays bounded (see StateCacheFlags).
const PersistedStates = 16

// StateCacheFlags are the flags every anvil covey starts gets: anvil writes each block state that
// leaves its in-memory window to disk, by default up to 3,600 of them under the home directory, where
// a killed anvil also leaves them behind. At the soak's size (~9 MB a state, ~2 blocks a second) that
// was 12 GB in 20 minutes and a full disk before the soak ended. With these, at most PersistedStates
// are kept, in dir (which the caller owns and removes).
func StateCacheFlags(dir string) []string {
	return []string{"--max-persisted-states", strconv.Itoa(PersistedStates), "--cache-path", dir}
}

// start launches anvil detached and waits until it answers.
func start(ctx context.Context, opts DevnetOptions, bin string) error {
	if err := os.MkdirAll(opts.StateDir, 0o755); err != nil {
		return err
	}
	if ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", opts.Port)); err != nil {
		return fmt.Errorf("port %d is taken by something that is not an RPC node: %w", opts.Port, err)
	} else {
		ln.Close()
	}
	logPath := filepath.Join(opts.StateDir, "anvil.log")
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer logf.Close()
	cmd := exec.Command(bin,
		"--host", "127.0.0.1",
		"--port", strconv.Itoa(opts.Port),
		"--chain-id", strconv.Itoa(ChainID),
		"--mnemonic", Mnemonic,
		"--timestamp", strconv.Itoa(Genesis),
		"--order", "fifo",
		"--state", filepath.Join(opts.StateDir, "anvil-state.json"),
		"--state-interval", "5",
	)
	cmd.Args = append(cmd.Args, StateCacheFlags(filepath.Join(opts.StateDir, "states"))...)
	cmd.Stdout = logf
	cmd.Stderr = logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // outlives `covey devnet up` and its Ctrl-C
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting anvil: %w", err)
	}
	pid := cmd.Process.Pid
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }() // reaps anvil if it stops while this process lives
	if err := os.WriteFile(filepath.Join(opts.StateDir, "anvil.pid"), []byte(strconv.Itoa(pid)+"\n"), 0o644); err != nil {
		return err
	}
	url := opts.RPCURL()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := probe(ctx, url); err == nil {
			fmt.Fprintf(opts.Log, "devnet: started anvil %d at %s (log %s)\n", pid, url, logPath)
			return nil
		}
		select {
		case err := <-exited:
			return fmt.Errorf("anvil exited (%v); see %s", err, logPath)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("anvil did not answer at %s within 30s; see %s", url, logPath)
		}
	}
}

// probe returns the chain id served at url.
func probe(ctx context.Context, url string) (int64, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	id, err := ethclient.NewClient(c).ChainID(ctx)
	if err != nil {
		return 0, err
	}
	return id.Int64(), nil
}

// deployed says whether every contract of d has code on the chain behind c.
func deployed(ctx context.Context, c *rpc.Client, d config.Deployments) (bool, error) {
	if d.ChainID != ChainID || len(d.Contracts) == 0 {
		return false, nil
	}
	eth := ethclient.NewClient(c)
	for name, k := range d.Contracts {
		code, err := eth.CodeAt(ctx, k.Address, nil)
		if err != nil {
			return false, fmt.Errorf("reading code of %s: %w", name, err)
		}
		if len(code) == 0 {
			return false, nil
		}
	}
	return true, nil
}

// deterministicTime makes anvil stamp each new block one second after the previous one, starting from
// the latest block (after a restart anvil would otherwise restart its clock from --timestamp or the wall
// clock), and turns automining on.
func deterministicTime(ctx context.Context, c *rpc.Client) error {
	var head struct {
		Timestamp hexutil.Uint64 `json:"timestamp"`
	}
	if err := c.CallContext(ctx, &head, "eth_getBlockByNumber", "latest", false); err != nil {
		return fmt.Errorf("reading head: %w", err)
	}
	if err := c.CallContext(ctx, nil, "anvil_setBlockTimestampInterval", 1); err != nil {
		return fmt.Errorf("anvil_setBlockTimestampInterval: %w", err)
	}
	if err := c.CallContext(ctx, nil, "evm_setNextBlockTimestamp", uint64(head.Timestamp)+1); err != nil {
		return fmt.Errorf("evm_setNextBlockTimestamp: %w", err)
	}
	if err := c.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		return fmt.Errorf("evm_setAutomine: %w", err)
	}
	return nil
}
