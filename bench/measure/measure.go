// Package measure runs a benchmark child process and reports its wall time and peak RSS (wait4's
// ru_maxrss: the largest resident set of the child and of the descendants it waited for), plus what it
// printed. Everything benchrun measures runs as a child, so the harness's own memory never counts.
package measure

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Sample is one measured run.
type Sample struct {
	Seconds      float64
	PeakRSSBytes int64
	Stdout       []byte
	Stderr       []byte
}

// Run starts cmd, waits for it and measures it. A non-zero exit is an error carrying the tail of stderr.
func Run(ctx context.Context, cmd *exec.Cmd) (Sample, error) {
	var out, errb bytes.Buffer
	if cmd.Stdout == nil {
		cmd.Stdout = &out
	}
	if cmd.Stderr == nil {
		cmd.Stderr = &tail{max: 16 << 10, buf: &errb}
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if cmd.Cancel != nil { // made with CommandContext: cancelling kills the whole process group
		cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return Sample{}, fmt.Errorf("starting %s: %w", cmd.Path, err)
	}
	err := cmd.Wait()
	s := Sample{Seconds: time.Since(t0).Seconds(), Stdout: out.Bytes(), Stderr: errb.Bytes()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && runtime.GOOS == "linux" {
		s.PeakRSSBytes = ru.Maxrss * 1024
	}
	if err != nil {
		return s, fmt.Errorf("%s: %w: %s", strings.Join(cmd.Args, " "), err, lastLines(errb.String(), 8))
	}
	return s, nil
}

// JSON decodes the last JSON object line of the child's stdout into v.
func (s Sample) JSON(v any) error {
	lines := strings.Split(strings.TrimSpace(string(s.Stdout)), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if strings.HasPrefix(l, "{") {
			return json.Unmarshal([]byte(l), v)
		}
	}
	return fmt.Errorf("no JSON line in the output: %q", lastLines(string(s.Stdout), 4))
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// tail keeps the last max bytes written.
type tail struct {
	max int
	buf *bytes.Buffer
}

func (t *tail) Write(p []byte) (int, error) {
	t.buf.Write(p)
	if t.buf.Len() > 2*t.max {
		b := append([]byte(nil), t.buf.Bytes()[t.buf.Len()-t.max:]...)
		t.buf.Reset()
		t.buf.Write(b)
	}
	return len(p), nil
}

// VmHWM is the peak RSS of a running process from /proc/<pid>/status (0 if unknown).
func VmHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			var kb int64
			fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:")), "%d", &kb)
			return kb * 1024
		}
	}
	return 0
}

// ProcCPU is the user+system CPU time the processes have used, from /proc/<pid>/stat (zero for one
// that cannot be read, e.g. on another machine): benchmarks report CPU per request of each process
// involved, not only wall time.
func ProcCPU(pids ...int) time.Duration {
	var ticks int64
	for _, pid := range pids {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		// The fields after the parenthesized command: utime is the 12th, stime the 13th.
		f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+1:]))
		if len(f) > 12 {
			u, _ := strconv.ParseInt(f[11], 10, 64)
			st, _ := strconv.ParseInt(f[12], 10, 64)
			ticks += u + st
		}
	}
	return time.Duration(ticks) * 10 * time.Millisecond // USER_HZ is 100 on Linux
}
