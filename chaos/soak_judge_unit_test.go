package chaos

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// soakSeries builds n samples 30 s apart with flat bounded series (plus noise), 10 simulated epochs per
// sample and a table of size(i).
func soakSeries(n int, rss func(i int) float64, size func(i int) float64) []soakSample {
	out := make([]soakSample, n)
	for i := range out {
		noise := math.Sin(float64(i))
		out[i] = soakSample{at: time.Duration(i) * 30 * time.Second, rssMB: rss(i), goroutines: 40 + 10*noise, fds: 30 + noise,
			pgConns: 12, redisMB: 2, redisClients: 4, epochsSim: float64(10 * i), tables: map[string]float64{"ev_x": size(i)}}
		out[i].dbMB = size(i) / 1e6
	}
	return out
}

// TestJudgeSoak: the soak's judge passes flat series and linear table growth, and flags a slow RSS leak
// and a table whose growth per epoch accelerates.
func TestJudgeSoak(t *testing.T) {
	flat := func(i int) float64 { return 100 + 5*math.Sin(float64(i)/3) }
	linear := func(i int) float64 { return 4e6 + 5e5*float64(i) }
	leaks := func(vs []soakVerdict) map[string]bool {
		m := map[string]bool{}
		for _, v := range vs {
			if v.leak {
				m[v.series] = true
			}
		}
		return m
	}
	if got := leaks(judgeSoak(soakSeries(240, flat, linear))); len(got) != 0 {
		t.Fatalf("flat series and linear growth judged as leaks: %v", got)
	}
	slowLeak := func(i int) float64 { return flat(i) + 0.5*float64(i) } // 60 MB/h
	if got := leaks(judgeSoak(soakSeries(240, slowLeak, linear))); !got["rss"] || len(got) != 1 {
		t.Fatalf("an RSS growing 60 MB/h: leaks %v, want rss only", got)
	}
	accel := func(i int) float64 { return 4e6 + 2e4*float64(i*i) }
	if got := leaks(judgeSoak(soakSeries(240, flat, accel))); !got["table ev_x"] || !got["all tables"] {
		t.Fatalf("a table growing quadratically: leaks %v, want table ev_x and all tables", got)
	}
	if judgeSoak(soakSeries(5, flat, linear)) != nil {
		t.Fatal("5 samples judged; want too few to judge")
	}
	png := filepath.Join(t.TempDir(), "soak.png")
	if err := writeSoakPlot(png, soakSeries(240, slowLeak, accel)); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(png); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Fatalf("the plot is not a PNG: %v", err)
	}
}
