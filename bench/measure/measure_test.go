package measure

import (
	"context"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

func TestRunMeasuresAChild(t *testing.T) {
	s, err := Run(context.Background(), exec.Command("sh", "-c", `echo noise; echo '{"a":1}'; echo not json`))
	if err != nil {
		t.Fatal(err)
	}
	var v struct{ A int }
	if err := s.JSON(&v); err != nil || v.A != 1 {
		t.Fatalf("JSON: %v %+v", err, v)
	}
	if s.Seconds <= 0 || s.PeakRSSBytes <= 0 {
		t.Fatalf("%+v", s)
	}
	_, err = Run(context.Background(), exec.CommandContext(context.Background(), "sh", "-c", "echo boom >&2; exit 3"))
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("a failing child: %v", err)
	}
}

// TestPeakRSSIsTheChilds: a small child of a large parent reports its own peak, not the parent's
// (wait4's ru_maxrss carries the pre-exec address space of a CLONE_VM child), and a child that grows
// reports what it grew to.
func TestPeakRSSIsTheChilds(t *testing.T) {
	ballast := make([]byte, 300<<20)
	for i := range ballast {
		ballast[i] = byte(i)
	}
	s, err := Run(context.Background(), exec.Command("sleep", "0.3"))
	if err != nil {
		t.Fatal(err)
	}
	if s.PeakRSSBytes <= 0 || s.PeakRSSBytes > 100<<20 {
		t.Fatalf("sleep's peak RSS is %d MiB beside a parent holding 300 MiB", s.PeakRSSBytes>>20)
	}
	// A child (in the group: a grandchild of the harness) that holds 200 MiB for a while.
	g, err := Run(context.Background(), exec.Command("sh", "-c", `python3 -c "import time; b = bytearray(200 << 20); time.sleep(0.5)"`))
	if err != nil {
		t.Skipf("python3: %v", err)
	}
	if g.PeakRSSBytes < 200<<20 || g.PeakRSSBytes > 290<<20 {
		t.Fatalf("a grandchild holding 200 MiB: peak RSS %d MiB", g.PeakRSSBytes>>20)
	}
	runtime.KeepAlive(ballast)
}

func TestProcCPU(t *testing.T) {
	before := ProcCPU(os.Getpid())
	x := 0
	for i := 0; i < 300_000_000; i++ {
		x += i & 3
	}
	after := ProcCPU(os.Getpid())
	if after <= before || x == 0 {
		t.Fatalf("own CPU time went from %s to %s after a busy loop", before, after)
	}
	if ProcCPU(-1) != 0 {
		t.Fatal("an unreadable process counts CPU")
	}
}
