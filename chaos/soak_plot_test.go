package chaos

import (
	"os"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// soakLine is one plotted series: a name and its value per sample.
type soakLine struct {
	name string
	get  func(s *soakSample) float64
}

// writeSoakPlot draws the soak's series against time (minutes) in six panels into a PNG at path.
func writeSoakPlot(path string, samples []soakSample) error {
	mb := func(table string) func(s *soakSample) float64 {
		return func(s *soakSample) float64 { return s.tables[table].bytes / 1e6 }
	}
	tableLines := []soakLine{{"all tables", func(s *soakSample) float64 { return s.dbMB }}}
	for _, n := range largestTables(samples, 4) {
		tableLines = append(tableLines, soakLine{n, mb(n)})
	}
	panels := [][]*plot.Plot{
		{soakPanel("covey RSS (MB)", samples, soakLine{"rss", func(s *soakSample) float64 { return s.rssMB }}),
			soakPanel("covey goroutines", samples, soakLine{"goroutines", func(s *soakSample) float64 { return s.goroutines }})},
		{soakPanel("connections and files", samples,
			soakLine{"open fds", func(s *soakSample) float64 { return s.fds }},
			soakLine{"postgres conns", func(s *soakSample) float64 { return s.pgConns }},
			soakLine{"redis clients", func(s *soakSample) float64 { return s.redisClients }}),
			soakPanel("Redis used memory (MB)", samples, soakLine{"used_memory", func(s *soakSample) float64 { return s.redisMB }})},
		{soakPanel("Postgres table sizes (MB)", samples, tableLines...),
			soakPanel("chain and settlement", samples,
				soakLine{"events / 1000", func(s *soakSample) float64 { return s.events / 1000 }},
				soakLine{"epochs simulated", func(s *soakSample) float64 { return s.epochsSim }},
				soakLine{"epochs settled", func(s *soakSample) float64 { return s.epochsSettled }},
				soakLine{"epochs proposed", func(s *soakSample) float64 { return s.epochsProposed }},
				soakLine{"load average", func(s *soakSample) float64 { return s.load1 }})},
	}
	img := vgimg.New(14*vg.Inch, 13*vg.Inch)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 3, Cols: 2, PadX: vg.Inch / 4, PadY: vg.Inch / 4, PadTop: vg.Inch / 8, PadBottom: vg.Inch / 8, PadLeft: vg.Inch / 8, PadRight: vg.Inch / 8}
	canvases := plot.Align(panels, tiles, dc)
	for r := range panels {
		for c := range panels[r] {
			panels[r][c].Draw(canvases[r][c])
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// soakPanel is one panel: lines against minutes since the start.
func soakPanel(title string, samples []soakSample, lines ...soakLine) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "minutes"
	p.Legend.Top = true
	p.Legend.Left = true
	var args []any
	for _, l := range lines {
		xy := make(plotter.XYs, len(samples))
		for i := range samples {
			xy[i].X, xy[i].Y = samples[i].at.Minutes(), l.get(&samples[i])
		}
		args = append(args, l.name, xy)
	}
	_ = plotutil.AddLines(p, args...)
	p.Y.Min = 0
	return p
}

// largestTables are the n largest tables at the end of the run.
func largestTables(samples []soakSample, n int) []string {
	if len(samples) == 0 {
		return nil
	}
	final := samples[len(samples)-1].tables
	names := make([]string, 0, len(final))
	for name := range final {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return final[names[i]].bytes > final[names[j]].bytes })
	return names[:min(n, len(names))]
}
