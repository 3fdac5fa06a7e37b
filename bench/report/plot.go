package report

import (
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
)

// WritePlots writes <dir>/<section id>.png for every section with a plot and data.
func WritePlots(dir string, r *Results) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, s := range r.Sections {
		if s.Plot == "" || len(s.Rows) == 0 {
			continue
		}
		var p *plot.Plot
		var err error
		switch s.Plot {
		case "bars":
			p, err = barPlot(s)
		case "lines":
			p, err = linePlot(s)
		default:
			err = fmt.Errorf("unknown plot kind %q", s.Plot)
		}
		if err != nil {
			return fmt.Errorf("plot %s: %w", s.ID, err)
		}
		if p == nil {
			continue
		}
		if err := p.Save(plotWidth, 4*vg.Inch, filepath.Join(dir, s.ID+".png")); err != nil {
			return err
		}
	}
	return nil
}

func column(s *Section, key string) Column {
	for _, c := range s.Columns {
		if c.Key == key {
			if c.Scale == 0 {
				c.Scale = 1
			}
			return c
		}
	}
	return Column{Key: key, Header: key, Scale: 1}
}

// whiskers are min–max error bars at the bar positions.
type whiskers struct {
	xs, mid, lo, hi []float64
}

func (w whiskers) Len() int                        { return len(w.xs) }
func (w whiskers) XY(i int) (float64, float64)     { return w.xs[i], w.mid[i] }
func (w whiskers) YError(i int) (float64, float64) { return w.mid[i] - w.lo[i], w.hi[i] - w.mid[i] }

func barPlot(s *Section) (*plot.Plot, error) {
	col := column(s, s.PlotKey)
	var vals plotter.Values
	var names []string
	wk := whiskers{}
	for _, r := range s.Rows {
		st, ok := r.Stats[s.PlotKey]
		if !ok || r.Error != "" || math.IsNaN(st.Median) {
			continue
		}
		i := float64(len(vals))
		vals = append(vals, st.Median/col.Scale)
		names = append(names, r.Name)
		wk.xs = append(wk.xs, i)
		wk.mid = append(wk.mid, st.Median/col.Scale)
		wk.lo = append(wk.lo, st.Min/col.Scale)
		wk.hi = append(wk.hi, st.Max/col.Scale)
	}
	if len(vals) == 0 {
		return nil, nil
	}
	p := plot.New()
	p.Title.Text = s.Title
	p.Y.Label.Text = col.Header
	p.Y.Min = 0
	bars, err := plotter.NewBarChart(vals, vg.Points(40))
	if err != nil {
		return nil, err
	}
	bars.Color = color.RGBA{R: 66, G: 133, B: 244, A: 255}
	bars.LineStyle.Width = 0
	p.Add(bars)
	eb, err := plotter.NewYErrorBars(wk)
	if err != nil {
		return nil, err
	}
	p.Add(eb)
	// The median above each bar, so a bar too small to see still says its value.
	var lx plotter.XYLabels
	for i, v := range wk.mid {
		lx.XYs = append(lx.XYs, plotter.XY{X: wk.xs[i], Y: v})
		lx.Labels = append(lx.Labels, thousands(v, labelDigits(v)))
	}
	labels, err := plotter.NewLabels(lx)
	if err != nil {
		return nil, err
	}
	for i := range labels.TextStyle {
		labels.TextStyle[i].XAlign = 0.15
		labels.TextStyle[i].YAlign = 0.2
	}
	p.Add(labels)
	p.NominalX(wrapLabels(names, plotWidth)...)
	return p, nil
}

// plotWidth is the width every plot is saved at.
const plotWidth = 7 * vg.Inch

// wrapLabels breaks bar labels into lines at spaces so that labels of neighbouring bars never run
// into each other: each bar gets plotWidth/len(names), and a line at most as many characters as
// that slot holds at the default tick font (about 0.55 em per character).
func wrapLabels(names []string, width vg.Length) []string {
	if len(names) == 0 {
		return names
	}
	font := plot.New().X.Tick.Label.Font.Size
	perLine := max(int(float64(width)/float64(len(names))/(0.55*float64(font))), 6)
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = wrapWords(n, perLine)
	}
	return out
}

// wrapWords joins words into lines of at most n characters (a longer word gets a line of its own).
func wrapWords(s string, n int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= n:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return strings.Join(append(lines, line), "\n")
}

func labelDigits(v float64) int {
	switch {
	case v >= 100:
		return 0
	case v >= 1:
		return 1
	case v >= 0.01:
		return 2
	default:
		return 4
	}
}

func linePlot(s *Section) (*plot.Plot, error) {
	col := column(s, s.PlotKey)
	series := map[string]plotter.XYs{}
	for _, r := range s.Rows {
		st, ok := r.Stats[s.PlotKey]
		if !ok || r.Error != "" || math.IsNaN(st.Median) || r.X <= 0 || st.Median <= 0 {
			continue
		}
		series[r.Series] = append(series[r.Series], plotter.XY{X: r.X, Y: st.Median / col.Scale})
	}
	if len(series) == 0 {
		return nil, nil
	}
	p := plot.New()
	p.Title.Text = s.Title
	p.X.Label.Text = s.XLabel
	p.Y.Label.Text = col.Header
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	p.X.Tick.Marker, p.Y.Tick.Marker = plot.LogTicks{Prec: -1}, plot.LogTicks{Prec: -1}
	names := make([]string, 0, len(series))
	for n := range series {
		names = append(names, n)
	}
	sort.Strings(names)
	var args []any
	for _, n := range names {
		xy := series[n]
		sort.Slice(xy, func(i, j int) bool { return xy[i].X < xy[j].X })
		args = append(args, n, xy)
	}
	if err := plotutil.AddLinePoints(p, args...); err != nil {
		return nil, err
	}
	p.Legend.Top = true
	p.Legend.Left = true
	return p, nil
}
