package deploy

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
)

// forgeBinary is where npm (`npm ci`, package @foundry-rs/forge) puts the forge binary, under node_modules.
const forgeBinary = "@foundry-rs/forge-linux-amd64/bin/forge"

// Script is the deploy script, relative to the Foundry project: the devnet and real chains run it alike.
const Script = "script/Deploy.s.sol"

// Forge runs Foundry's forge in the repository's Foundry project (contracts/).
type Forge struct {
	// Bin is the forge binary.
	Bin string
	// Dir is the Foundry project: the directory holding foundry.toml and script/Deploy.s.sol.
	Dir string
}

// FindForge walks up from dir to the directory holding node_modules and returns forge and the Foundry
// project next to the real node_modules (symbolic links resolved: a working directory that links the
// repository's node_modules, as the tests' do, deploys the repository's contracts).
func FindForge(dir string) (Forge, error) {
	repo, _, err := FindTool(dir, forgeBinary)
	if repo == "" {
		return Forge{}, err
	}
	nm, err := filepath.EvalSymlinks(filepath.Join(repo, "node_modules"))
	if err != nil {
		return Forge{}, err
	}
	f := Forge{Bin: filepath.Join(nm, forgeBinary), Dir: filepath.Join(filepath.Dir(nm), "contracts")}
	if _, err := os.Stat(f.Bin); err != nil {
		return Forge{}, fmt.Errorf("no forge binary at %s: run npm ci", f.Bin)
	}
	if _, err := os.Stat(filepath.Join(f.Dir, Script)); err != nil {
		return Forge{}, fmt.Errorf("no deploy script at %s: the devnet deploys from the repository's contracts/", filepath.Join(f.Dir, Script))
	}
	return f, nil
}

// Run runs forge in the project with args and returns what it printed (stdout and stderr). Its
// environment is PATH, HOME and TMPDIR (forge calls the solc shim through node) plus env, never the
// caller's whole environment (which may hold keys). Runs hold an exclusive lock on the project's
// cache, so concurrent runs (tests in parallel) never compile over one another; a run with the
// compilation cached takes about two seconds, the first one a minute (solc-js).
func (f Forge) Run(ctx context.Context, env []string, args ...string) ([]byte, error) {
	unlock, err := f.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	cmd := exec.CommandContext(ctx, f.Bin, args...)
	cmd.Dir = f.Dir
	cmd.Env = []string{"NO_COLOR=1"}
	for _, k := range []string{"PATH", "HOME", "TMPDIR"} {
		if v, ok := os.LookupEnv(k); ok {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
	}
	cmd.Env = append(cmd.Env, env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return out.Bytes(), fmt.Errorf("forge %s: %w", strings.Join(args[:min(2, len(args))], " "), err)
	}
	return out.Bytes(), nil
}

// lock takes the project's lock file (flock, released when the process dies).
func (f Forge) lock() (func(), error) {
	dir := filepath.Join(f.Dir, "cache")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	lf, err := os.OpenFile(filepath.Join(dir, "covey-forge.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(lf.Fd()), syscall.LOCK_EX); err != nil {
		lf.Close()
		return nil, fmt.Errorf("locking %s: %w", lf.Name(), err)
	}
	return func() { _ = syscall.Flock(int(lf.Fd()), syscall.LOCK_UN); lf.Close() }, nil
}

// FindTool walks up from dir to the directory holding node_modules and returns it and the binary at rel
// under node_modules (npm's @foundry-rs packages); repo is set even when the binary is missing.
func FindTool(dir, rel string) (repo, bin string, err error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", "", err
	}
	for {
		nm := filepath.Join(d, "node_modules")
		if st, err := os.Stat(nm); err == nil && st.IsDir() {
			bin := filepath.Join(nm, rel)
			if _, err := os.Stat(bin); err != nil {
				return d, "", fmt.Errorf("no %s binary at %s: run npm ci", filepath.Base(bin), bin)
			}
			return d, bin, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", "", fmt.Errorf("no node_modules in %s or above: run npm ci in the repository root", dir)
		}
		d = parent
	}
}

// LastLines is the end of a command's output, for an error message.
func LastLines(out []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
