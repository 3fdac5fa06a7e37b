// Package report holds the benchmark results (bench/results/results.json) and turns them into
// BENCHMARKS.md and one PNG plot per section. Nobody types a number: every figure in the report comes
// from a Results written by benchrun.
package report

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"time"
)

// Results is one whole benchmark run.
type Results struct {
	// Quick is true for `make bench-quick` (sizes ÷10).
	Quick    bool      `json:"quick"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	Machine  Machine   `json:"machine"`
	// Versions of everything measured or measuring (go, node, anvil, postgres, ponder, covey commit, ...).
	Versions map[string]string `json:"versions"`
	// Commands reproduce the run.
	Commands []string   `json:"commands"`
	Workload *Workload  `json:"workload,omitempty"`
	Sections []*Section `json:"sections"`
	Notes    []string   `json:"notes,omitempty"`
}

// Machine is what the run ran on.
type Machine struct {
	CPUModel    string `json:"cpuModel"`
	Cores       int    `json:"cores"`
	MemoryBytes uint64 `json:"memoryBytes"`
	Kernel      string `json:"kernel"`
}

// Workload summarises the chain the backfill ran over.
type Workload struct {
	Name           string         `json:"name"`
	Events         int            `json:"events"`
	Blocks         int            `json:"blocks"`
	Txs            int            `json:"txs"`
	StartBlock     uint64         `json:"startBlock"`
	LastEventBlock uint64         `json:"lastEventBlock"`
	Head           uint64         `json:"head"`
	EventTypes     int            `json:"eventTypes"`
	ByContract     map[string]int `json:"byContract"`
	BuildSeconds   float64        `json:"buildSeconds"`
	StateBytes     int64          `json:"stateBytes"`
}

// Column is one metric shown in a section's table.
type Column struct {
	Key    string `json:"key"`
	Header string `json:"header"`
	// Digits after the decimal point; Scale divides the stored value first (e.g. 1<<20 for MiB).
	Digits int     `json:"digits"`
	Scale  float64 `json:"scale,omitempty"`
}

// Section is one numbered part of BENCHMARKS.md.
type Section struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	What    string   `json:"what"`
	Columns []Column `json:"columns"`
	Rows    []*Row   `json:"rows"`
	Ratios  []Ratio  `json:"ratios,omitempty"`
	// Plot: "bars" (PlotKey per row, median with min–max whiskers) or "lines" (PlotKey over Row.X,
	// one line per Row.Series, log–log).
	Plot    string `json:"plot"`
	PlotKey string `json:"plotKey"`
	XLabel  string `json:"xLabel,omitempty"`
	// Size is the number of accounts, leaves or events the section ran at (0: not recorded), which
	// names the size in the targets table.
	Size int `json:"size,omitempty"`
	// Skipped says why the section has no rows.
	Skipped string   `json:"skipped,omitempty"`
	Notes   []string `json:"notes,omitempty"`
}

// Row is one contender (covey, the floor, a peer) in a section.
type Row struct {
	Name    string  `json:"name"`
	Command string  `json:"command,omitempty"`
	Series  string  `json:"series,omitempty"`
	X       float64 `json:"x,omitempty"`
	// Samples are the individual runs; Stats their median, min and max per metric.
	Samples []map[string]float64 `json:"samples"`
	Stats   map[string]Stat      `json:"stats"`
	Error   string               `json:"error,omitempty"`
	Info    map[string]string    `json:"info,omitempty"`
}

// Ratio is a derived figure, e.g. covey/floor events/s.
type Ratio struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Note  string  `json:"note,omitempty"`
}

// Stat is the median, min and max of a metric over the runs.
type Stat struct {
	Median float64 `json:"median"`
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
	N      int     `json:"n"`
}

// Summarize computes Stats from Samples.
func (r *Row) Summarize() {
	r.Stats = map[string]Stat{}
	vals := map[string][]float64{}
	for _, s := range r.Samples {
		for k, v := range s {
			vals[k] = append(vals[k], v)
		}
	}
	for k, vs := range vals {
		r.Stats[k] = StatOf(vs)
	}
}

// StatOf returns the median (mean of the middle two for an even count), min and max of vs.
func StatOf(vs []float64) Stat {
	if len(vs) == 0 {
		return Stat{Median: math.NaN(), Min: math.NaN(), Max: math.NaN()}
	}
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return Stat{Median: m, Min: s[0], Max: s[len(s)-1], N: len(s)}
}

// Median is the median of metric key, or NaN.
func (r *Row) Median(key string) float64 {
	if r == nil || r.Error != "" {
		return math.NaN()
	}
	st, ok := r.Stats[key]
	if !ok {
		return math.NaN()
	}
	return st.Median
}

// Row returns the row named name, or nil.
func (s *Section) Row(name string) *Row {
	for _, r := range s.Rows {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// AddRatio appends a/b of metric key between two rows when both have it.
func (s *Section) AddRatio(name, key, a, b, note string) {
	va, vb := s.Row(a).Median(key), s.Row(b).Median(key)
	if math.IsNaN(va) || math.IsNaN(vb) || vb == 0 {
		return
	}
	s.Ratios = append(s.Ratios, Ratio{Name: name, Value: va / vb, Note: note})
}

// Section returns the section with id, or nil.
func (r *Results) Section(id string) *Section {
	for _, s := range r.Sections {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Read loads a results file.
func Read(path string) (*Results, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r Results
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	return &r, nil
}

// Write stores a results file (NaN-free: JSON has no NaN).
func (r *Results) Write(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Merge returns base with the sections of re that were run (not skipped for want of selection)
// replacing base's sections of the same id (a section base lacks is placed after the sections
// that precede it in order), each with note appended; everything else (run times, machine,
// versions, workload) stays base's. It is how a section re-run alone joins the full run's report.
func Merge(base, re *Results, order []string, note string) *Results {
	out := *base
	out.Sections = append([]*Section(nil), base.Sections...)
	rank := map[string]int{}
	for i, id := range order {
		rank[id] = i
	}
	for _, s := range re.Sections {
		if s.Skipped == SkippedNotSelected {
			continue
		}
		ns := *s
		ns.Notes = append(append([]string(nil), s.Notes...), note)
		replaced := false
		for i, old := range out.Sections {
			if old.ID == s.ID {
				out.Sections[i], replaced = &ns, true
			}
		}
		if replaced {
			continue
		}
		at := len(out.Sections)
		for i, old := range out.Sections {
			if ro, ok := rank[old.ID]; ok && ro > rank[s.ID] {
				at = i
				break
			}
		}
		out.Sections = append(out.Sections[:at], append([]*Section{&ns}, out.Sections[at:]...)...)
	}
	return &out
}

// SkippedNotSelected is Section.Skipped for a section left out of a run by its -sections.
const SkippedNotSelected = "not selected in this run (-sections)"
