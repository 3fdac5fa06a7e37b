package measure

import (
	"context"
	"os"
	"os/exec"
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
