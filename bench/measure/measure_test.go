package measure

import (
	"context"
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
