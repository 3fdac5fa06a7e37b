package report

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStatOf(t *testing.T) {
	s := StatOf([]float64{5, 1, 3})
	if s.Median != 3 || s.Min != 1 || s.Max != 5 || s.N != 3 {
		t.Fatalf("%+v", s)
	}
	if s := StatOf([]float64{4, 1, 3, 2}); s.Median != 2.5 {
		t.Fatalf("even median %v", s.Median)
	}
	if s := StatOf(nil); !math.IsNaN(s.Median) {
		t.Fatal("empty")
	}
}

func TestThousands(t *testing.T) {
	for in, want := range map[float64]string{1234567: "1,234,567", 999: "999", -1234.5: "-1,234.5", 0.25: "0.2"} {
		d := 0
		if in != math.Trunc(in) {
			d = 1
		}
		if got := thousands(in, d); got != want && !(in == 0.25 && got == "0.3") {
			t.Errorf("thousands(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownAndPlotsFromResults(t *testing.T) {
	r := &Results{Started: time.Unix(0, 0), Finished: time.Unix(90, 0), Versions: map[string]string{"go": "go1"}, Commands: []string{"x"}}
	sec := &Section{ID: "backfill", Title: "Backfill", Plot: "bars", PlotKey: "eps",
		Columns: []Column{{Key: "eps", Header: "events/s"}, {Key: "rss", Header: "RSS (MiB)", Scale: 1 << 20}}}
	a := &Row{Name: "covey", Samples: []map[string]float64{{"eps": 1000, "rss": 1 << 20}, {"eps": 3000, "rss": 3 << 20}, {"eps": 2000, "rss": 2 << 20}}}
	b := &Row{Name: "ponder", Samples: []map[string]float64{{"eps": 500, "rss": 10 << 20}}}
	c := &Row{Name: "broken", Error: "it | failed"}
	for _, x := range []*Row{a, b, c} {
		x.Summarize()
	}
	sec.Rows = []*Row{a, b, c}
	sec.AddRatio("covey/ponder", "eps", "covey", "ponder", "")
	sec.AddRatio("missing", "eps", "covey", "broken", "")
	g := &Section{ID: "growth", Title: "Growth", Plot: "lines", PlotKey: "eps", Columns: sec.Columns}
	for i, n := range []float64{10, 100} {
		row := &Row{Name: "x", Series: "covey", X: n, Samples: []map[string]float64{{"eps": float64(i + 1)}}}
		row.Summarize()
		g.Rows = append(g.Rows, row)
	}
	r.Sections = []*Section{sec, g, {ID: "head", Title: "Head", Skipped: "not yet"}}
	var md bytes.Buffer
	if err := WriteMarkdown(&md, r, MarkdownOptions{PlotDir: "bench/results", Source: "results.json"}); err != nil {
		t.Fatal(err)
	}
	s := md.String()
	for _, want := range []string{"| covey | 2,000 (1,000–3,000) | 2 (1–3) | 3 |", "| ponder | 500 | 10 | 1 |", "**covey/ponder**: 4.0",
		"`broken` failed: it \\| failed", "![Backfill](bench/results/backfill.png)", "**Not measured:** not yet", "## 3. Head"} {
		if !strings.Contains(s, want) {
			t.Errorf("markdown lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "missing") {
		t.Error("a ratio with a failed row was written")
	}
	dir := t.TempDir()
	if err := WritePlots(dir, r); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"backfill.png", "growth.png"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() < 1000 {
			t.Errorf("plot %s: %v", f, err)
		}
	}
	p := filepath.Join(dir, "r.json")
	if err := r.Write(p); err != nil {
		t.Fatal(err)
	}
	back, err := Read(p)
	if err != nil || back.Section("backfill").Row("covey").Median("eps") != 2000 {
		t.Fatalf("round trip: %v", err)
	}
}

func TestMergeReplacesAndInsertsOnlyTheSectionsRun(t *testing.T) {
	base := &Results{Started: time.Unix(10, 0), Machine: Machine{CPUModel: "old"}, Sections: []*Section{
		{ID: "a", Rows: []*Row{{Name: "x", Samples: []map[string]float64{{"v": 1}}}}},
		{ID: "b", Rows: []*Row{{Name: "x", Samples: []map[string]float64{{"v": 2}}}}},
		{ID: "d", Rows: []*Row{{Name: "x", Samples: []map[string]float64{{"v": 4}}}}},
	}}
	re := &Results{Started: time.Unix(20, 0), Sections: []*Section{
		{ID: "a", Skipped: SkippedNotSelected},
		{ID: "b", Rows: []*Row{{Name: "x", Samples: []map[string]float64{{"v": 20}}}}},
		{ID: "c", Rows: []*Row{{Name: "x", Samples: []map[string]float64{{"v": 30}}}}},
		{ID: "d", Skipped: SkippedNotSelected},
	}}
	m := Merge(base, re, []string{"a", "b", "c", "d"}, "re-run")
	var ids []string
	for _, s := range m.Sections {
		ids = append(ids, s.ID)
	}
	if strings.Join(ids, ",") != "a,b,c,d" {
		t.Fatalf("sections %v", ids)
	}
	if m.Sections[0].Rows[0].Samples[0]["v"] != 1 || m.Sections[3].Rows[0].Samples[0]["v"] != 4 {
		t.Fatal("a section not run was replaced")
	}
	if m.Sections[1].Rows[0].Samples[0]["v"] != 20 || m.Sections[2].Rows[0].Samples[0]["v"] != 30 {
		t.Fatal("a section run was not merged")
	}
	if n := m.Sections[1].Notes; len(n) != 1 || n[0] != "re-run" || len(m.Sections[0].Notes) != 0 {
		t.Fatalf("notes %v / %v", n, m.Sections[0].Notes)
	}
	if !m.Started.Equal(base.Started) || m.Machine.CPUModel != "old" || len(base.Sections) != 3 {
		t.Fatal("the base run's header changed, or base was modified")
	}
}

// Six bar labels as long as the API section's fit their slots: wrapped at spaces, no line wider than
// a slot (at 7 in, about 15 characters), words kept whole.
func TestBarLabelsWrapToTheirSlot(t *testing.T) {
	names := []string{"claim, no cache", "leaderboard, no cache", "epoch page, no cache", "claim, Redis cache", "leaderboard, Redis cache", "epoch page, Redis cache"}
	got := wrapLabels(names, plotWidth)
	for i, g := range got {
		lines := strings.Split(g, "\n")
		if len(names[i]) > 16 && len(lines) < 2 {
			t.Errorf("%q is not wrapped", g)
		}
		for _, l := range lines {
			if len(l) > 16 {
				t.Errorf("%q: line %q is wider than its slot", g, l)
			}
		}
		if strings.Join(strings.Fields(g), " ") != names[i] {
			t.Errorf("%q lost words of %q", g, names[i])
		}
	}
	if got := wrapLabels([]string{"covey", "ponder"}, plotWidth); got[0] != "covey" || got[1] != "ponder" {
		t.Errorf("short labels changed: %q", got)
	}
}

// A quick run's targets name the size it settled and queried, not the full run's 1M.
func TestTargetsNameTheSizeRun(t *testing.T) {
	for _, tc := range []struct {
		r    *Results
		want string
	}{
		{&Results{Sections: []*Section{{ID: "settlement", Size: 100_000}, {ID: "api", Size: 100_000}}}, "100k"},
		{&Results{Sections: []*Section{{ID: "settlement", Size: 10_000_000}, {ID: "api", Size: 10_000_000}}}, "10M"},
		{&Results{Quick: true, Sections: []*Section{{ID: "settlement"}, {ID: "api"}}}, "100k"},
		{&Results{Sections: []*Section{{ID: "settlement"}, {ID: "api"}}}, "1M"},
	} {
		var b bytes.Buffer
		writeTargets(&b, tc.r)
		for _, want := range []string{"settlement of " + tc.want + " accounts < 60 s", "settlement of " + tc.want + " accounts < 2 GB RSS", "random accounts of " + tc.want + ","} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("targets lack %q:\n%s", want, b.String())
			}
		}
	}
}
