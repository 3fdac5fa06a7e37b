// Package measure runs a benchmark child process and reports its wall time and peak RSS (the largest
// VmHWM of the child and its descendants, sampled while it runs), plus what it printed.
// Everything benchrun measures runs as a child, so the harness's own memory never counts.
//
// wait4's ru_maxrss is not used when a sample was taken: Linux carries the high-water mark of the
// address space a process had before exec into its ru_maxrss, and Go starts children with
// CLONE_VM|CLONE_VFORK, so every child reported at least the harness's own RSS (151 MiB for covey and
// the floor alike in the 2026-11-27 04:40 run).
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
	stop, peak := make(chan struct{}), make(chan int64, 1)
	go func() { peak <- samplePeak(cmd.Process.Pid, stop) }()
	err := cmd.Wait()
	close(stop)
	s := Sample{Seconds: time.Since(t0).Seconds(), Stdout: out.Bytes(), Stderr: errb.Bytes(), PeakRSSBytes: <-peak}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && runtime.GOOS == "linux" && s.PeakRSSBytes == 0 {
		s.PeakRSSBytes = ru.Maxrss * 1024 // exited before the first sample: an upper bound
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

// sampleEvery is how often the high-water marks are read; VmHWM only grows, so a sample misses only what
// a process reached within its last interval. Each sample reads a few files per process of the child's
// tree (not all of /proc: that took 6-13% of a core, CPU the measured child then lacked).
const sampleEvery = 100 * time.Millisecond

// samplePeak reads the VmHWM of pid and its descendants until stop closes, returning the largest seen.
func samplePeak(pid int, stop <-chan struct{}) int64 {
	var best int64
	t := time.NewTicker(sampleEvery)
	defer t.Stop()
	for {
		for _, p := range treePids(pid) {
			best = max(best, VmHWM(p))
		}
		select {
		case <-stop:
			return best
		case <-t.C:
		}
	}
}

// treePids lists pid and its descendants, from each thread's /proc/<pid>/task/<tid>/children.
func treePids(pid int) []int {
	out := []int{pid}
	for i := 0; i < len(out); i++ {
		tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", out[i]))
		if err != nil {
			continue
		}
		for _, task := range tasks {
			raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/children", out[i], task.Name()))
			if err != nil {
				continue
			}
			for _, f := range strings.Fields(string(raw)) {
				if c, err := strconv.Atoi(f); err == nil {
					out = append(out, c)
				}
			}
		}
	}
	return out
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
