package chaos

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// readSoakCSV reads back what soakCSV wrote in dir: the samples with their table sizes.
func readSoakCSV(dir string) ([]soakSample, error) {
	main, err := readCSV(filepath.Join(dir, "soak.csv"))
	if err != nil {
		return nil, err
	}
	byAt := map[string]*soakSample{}
	out := make([]soakSample, 0, len(main))
	for _, row := range main[1:] {
		if len(row) != len(soakColumns)+1 {
			return nil, fmt.Errorf("soak.csv: %d columns, want %d", len(row), len(soakColumns)+1)
		}
		var x soakSample
		v, err := parseFloats(row)
		if err != nil {
			return nil, fmt.Errorf("soak.csv: %w", err)
		}
		x.at = time.Duration(v[0] * float64(time.Second))
		for i, col := range soakColumns {
			*col.field(&x) = v[i+1]
		}
		x.tables = map[string]tableStat{}
		out = append(out, x)
	}
	for i := range out {
		byAt[strconv.FormatFloat(out[i].at.Seconds(), 'f', 0, 64)] = &out[i]
	}
	tables, err := readCSV(filepath.Join(dir, "soak_tables.csv"))
	if err != nil {
		return nil, err
	}
	for _, row := range tables[1:] {
		x, ok := byAt[row[0]]
		v, err := parseFloats([]string{row[2], row[3]})
		if !ok || err != nil {
			return nil, fmt.Errorf("soak_tables.csv: row %v: no such sample or %v", row, err)
		}
		x.tables[row[1]] = tableStat{v[0], v[1]}
	}
	return out, nil
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err == nil && len(rows) == 0 {
		err = fmt.Errorf("%s: empty", path)
	}
	return rows, err
}

func parseFloats(ss []string) ([]float64, error) {
	out := make([]float64, len(ss))
	for i, s := range ss {
		var err error
		if out[i], err = strconv.ParseFloat(s, 64); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// TestSoakReplot judges a finished soak again from its CSVs and rewrites its summary and plot
// (CHAOS_SOAK_REPLOT=<the soak's output directory>; skipped otherwise).
func TestSoakReplot(t *testing.T) {
	dir := os.Getenv("CHAOS_SOAK_REPLOT")
	if dir == "" {
		t.Skip("set CHAOS_SOAK_REPLOT to a soak's output directory")
	}
	samples, err := readSoakCSV(dir)
	if err != nil {
		t.Fatal(err)
	}
	sum := soakSummary(samples, judgeSoak(samples), samples[len(samples)-1].at)
	t.Logf("%d samples:\n%s", len(samples), sum)
	if err := os.WriteFile(filepath.Join(dir, "summary.txt"), []byte(sum), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeSoakPlot(filepath.Join(dir, "soak.png"), samples); err != nil {
		t.Fatal(err)
	}
}
