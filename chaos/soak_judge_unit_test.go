package chaos

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// soakSeries builds n samples 30 s apart with flat bounded series (plus noise), 10 simulated epochs per
// sample and a table of size(i) bytes holding rows(i) rows.
func soakSeries(n int, rss, size, rows func(i int) float64) []soakSample {
	out := make([]soakSample, n)
	for i := range out {
		noise := math.Sin(float64(i))
		out[i] = soakSample{at: time.Duration(i) * 30 * time.Second, rssMB: rss(i), goroutines: 40 + 10*noise, fds: 30 + noise,
			pgConns: 12, redisMB: 2, redisClients: 4, epochsSim: float64(10 * i), tables: map[string]tableStat{"ev_x": {size(i), rows(i)}}}
		out[i].dbMB = size(i) / 1e6
	}
	return out
}

// TestJudgeSoak: the soak's judge passes flat series and tables growing with their rows (linearly, or
// faster when the rows per epoch grow), and flags a slow RSS leak and a table whose bytes per row grow.
func TestJudgeSoak(t *testing.T) {
	flat := func(i int) float64 { return 100 + 5*math.Sin(float64(i)/3) }
	linear := func(i int) float64 { return 4e6 + 5e5*float64(i) }
	rows := func(i int) float64 { return 1000 * float64(i) }
	accel := func(i int) float64 { return 4e6 + 2e4*float64(i*i) }
	accelRows := func(i int) float64 { return 40 * float64(i*i) }
	leaks := func(vs []soakVerdict) map[string]bool {
		m := map[string]bool{}
		for _, v := range vs {
			if v.leak {
				m[v.series] = true
			}
		}
		return m
	}
	if got := leaks(judgeSoak(soakSeries(240, flat, linear, rows))); len(got) != 0 {
		t.Fatalf("flat series and linear growth judged as leaks: %v", got)
	}
	if got := leaks(judgeSoak(soakSeries(240, flat, accel, accelRows))); len(got) != 0 {
		t.Fatalf("a table growing quadratically with its rows judged as a leak: %v", got)
	}
	slowLeak := func(i int) float64 { return flat(i) + 0.5*float64(i) } // 60 MB/h
	if got := leaks(judgeSoak(soakSeries(240, slowLeak, linear, rows))); !got["rss"] || len(got) != 1 {
		t.Fatalf("an RSS growing 60 MB/h: leaks %v, want rss only", got)
	}
	if got := leaks(judgeSoak(soakSeries(240, flat, accel, rows))); !got["table ev_x"] || !got["all tables"] {
		t.Fatalf("a table growing quadratically with linear rows: leaks %v, want table ev_x and all tables", got)
	}
	if judgeSoak(soakSeries(5, flat, linear, rows)) != nil {
		t.Fatal("5 samples judged; want too few to judge")
	}
	png := filepath.Join(t.TempDir(), "soak.png")
	if err := writeSoakPlot(png, soakSeries(240, slowLeak, accel, rows)); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(png); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Fatalf("the plot is not a PNG: %v", err)
	}
}

// TestSoakCSVRoundTrip: what the soak writes, readSoakCSV reads back unchanged (TestSoakReplot judges
// a finished run from it).
func TestSoakCSVRoundTrip(t *testing.T) {
	dir := t.TempDir()
	want := soakSeries(12, func(i int) float64 { return 50.25 + float64(i) }, func(i int) float64 { return 1e6 * float64(i) },
		func(i int) float64 { return 10 * float64(i) })
	for i := range want {
		want[i].load1, want[i].requestsOK, want[i].epochsSettled = 12.5, float64(1000*i), float64(i)
		want[i].tables["raw_logs"] = tableStat{float64(i) * 3e6, float64(i) * 5000}
	}
	w, err := newSoakCSV(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if err := w.write(&want[i]); err != nil {
			t.Fatal(err)
		}
	}
	w.close()
	got, err := readSoakCSV(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read back:\n%+v\nwrote:\n%+v", got[1], want[1])
	}
}
