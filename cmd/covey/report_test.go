package main

import (
	"image/png"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestReportCharts: an epoch with amounts, reward parts and a previous epoch gets its five charts, each a
// PNG at the report's size (8 x 4.5 in); an epoch with none of them gets only the Lorenz curve.
func TestReportCharts(t *testing.T) {
	flock := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	amount := func(acct string, n int64) reportAmount {
		return reportAmount{account: acct, wei: flock(n), flock: float64(n)}
	}
	d := &reportData{
		epoch:   7,
		amounts: []reportAmount{amount("0x00000000000000000000000000000000000000a1", 300), amount("0x00000000000000000000000000000000000000a2", 20), amount("0x00000000000000000000000000000000000000a3", 1)},
		parts: []reportPart{{task: "1", role: "NODE", kind: "own", wei: flock(250)}, {task: "1", role: "NODE", kind: "delegated", wei: flock(50)},
			{task: "2", role: "VALIDATOR", kind: "own", wei: flock(21)}},
		prev:    map[string]*big.Int{"0x00000000000000000000000000000000000000a1": flock(200), "0x00000000000000000000000000000000000000b9": flock(5)},
		hasPrev: true,
		gini:    0.6,
	}
	dir := t.TempDir()
	if err := d.charts(dir); err != nil {
		t.Fatal(err)
	}
	want := []string{"by_task_role.png", "change.png", "distribution.png", "lorenz.png", "top.png"}
	if got := pngs(t, dir); !slices.Equal(got, want) {
		t.Fatalf("charts %v, want %v", got, want)
	}
	empty := t.TempDir()
	if err := (&reportData{epoch: 0, prev: map[string]*big.Int{}}).charts(empty); err != nil {
		t.Fatal(err)
	}
	if got := pngs(t, empty); !slices.Equal(got, []string{"lorenz.png"}) {
		t.Fatalf("charts of an empty epoch %v, want only lorenz.png", got)
	}
}

// pngs lists the files of dir, each checked to be a 768 x 432 PNG.
func pngs(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != 768 || cfg.Height != 432 {
			t.Errorf("%s: %dx%d %v, want a 768x432 PNG", e.Name(), cfg.Width, cfg.Height, err)
		}
		names = append(names, e.Name())
	}
	return names
}
