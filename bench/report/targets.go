package report

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
)

// target is one of the figures to beat on this 2-core machine, checked against the run.
type target struct {
	what     func(r *Results) string
	measured func(r *Results) (float64, bool)
	format   string // how the measured value is printed
	ok       func(v float64) bool
}

// SettleLarge is the number of accounts the settlement's scale targets are set at.
const SettleLarge = 10_000_000

// SettleLargeRow names the settlement section's row at n accounts beside its default-size "covey".
func SettleLargeRow(n int) string { return "covey, " + HumanSize(n) + " accounts" }

// fixed names a target whatever the run's sizes.
func fixed(what string) func(*Results) string { return func(*Results) string { return what } }

// sized names a target with the size its section ran at (a quick run settles 100k accounts, not 1M);
// results written before sections recorded their size ran at the default size of their kind of run.
func sized(format, section string) func(*Results) string {
	return func(r *Results) string { return fmt.Sprintf(format, HumanSize(sectionSize(r, section))) }
}

// sectionSize is the size section ran at (see sized).
func sectionSize(r *Results, section string) int {
	size := 1_000_000
	if r.Quick {
		size = 100_000
	}
	if s := r.Section(section); s != nil && s.Size > 0 {
		size = s.Size
	}
	return size
}

// HumanSize writes 1000000 as 1M and 100000 as 100k, as section titles do.
func HumanSize(n int) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1_000 && n%1_000 == 0:
		return fmt.Sprintf("%dk", n/1_000)
	}
	return strconv.Itoa(n)
}

func median(r *Results, section, row, key string) (float64, bool) {
	s := r.Section(section)
	if s == nil {
		return 0, false
	}
	v := s.Row(row).Median(key)
	return v, !math.IsNaN(v)
}

func ratio(r *Results, section, a, b, key string) (float64, bool) {
	va, ok1 := median(r, section, a, key)
	vb, ok2 := median(r, section, b, key)
	if !ok1 || !ok2 || vb == 0 {
		return 0, false
	}
	return va / vb, true
}

// percentile of one metric over a row's samples (the head-latency samples are single blocks).
func percentile(r *Results, section, row, key string, q float64) (float64, bool) {
	s := r.Section(section)
	if s == nil || s.Row(row) == nil {
		return 0, false
	}
	var vs []float64
	for _, smp := range s.Row(row).Samples {
		if v, ok := smp[key]; ok {
			vs = append(vs, v)
		}
	}
	if len(vs) == 0 {
		return 0, false
	}
	sort.Float64s(vs)
	i := int(math.Ceil(q*float64(len(vs)))) - 1
	return vs[max(i, 0)], true
}

var targets = append([]target{
	{fixed("backfill ≥ 50,000 events/s"), func(r *Results) (float64, bool) { return median(r, "backfill", "covey", "events_per_s") }, "%.0f events/s", func(v float64) bool { return v >= 50_000 }},
	{fixed("backfill within 1.5× the floor's time"), func(r *Results) (float64, bool) { return ratio(r, "backfill", "covey", "floor", "seconds") }, "%.2f×", func(v float64) bool { return v <= 1.5 }},
	{fixed("backfill ≥ 10× Ponder"), func(r *Results) (float64, bool) { return ratio(r, "backfill", "covey", "ponder", "events_per_s") }, "%.1f×", func(v float64) bool { return v >= 10 }},
	{fixed("backfill peak RSS < 300 MB"), func(r *Results) (float64, bool) {
		v, ok := median(r, "backfill", "covey", "peak_rss")
		return v / 1e6, ok
	}, "%.0f MB", func(v float64) bool { return v < 300 }},
	{fixed("head latency p99 < 1 s (mined → committed)"), func(r *Results) (float64, bool) { return percentile(r, "head", "covey", "latency_ms", 0.99) }, "%.0f ms", func(v float64) bool { return v < 1000 }},
	{sized("settlement of %s accounts < 60 s", "settlement"), func(r *Results) (float64, bool) { return median(r, "settlement", "covey", "seconds") }, "%.1f s", func(v float64) bool { return v < 60 }},
	{sized("settlement of %s accounts < 2 GB RSS", "settlement"), func(r *Results) (float64, bool) {
		v, ok := median(r, "settlement", "covey", "peak_rss")
		return v / 1e9, ok
	}, "%.2f GB", func(v float64) bool { return v < 2 }},
	{fixed("settlement of " + HumanSize(SettleLarge) + " accounts ≤ 120 s"), func(r *Results) (float64, bool) {
		return median(r, "settlement", SettleLargeRow(SettleLarge), "seconds")
	}, "%.1f s", func(v float64) bool { return v <= 120 }},
	{fixed("settlement of " + HumanSize(SettleLarge) + " accounts ≤ 3 GB RSS"), func(r *Results) (float64, bool) {
		v, ok := median(r, "settlement", SettleLargeRow(SettleLarge), "peak_rss")
		return v / 1e9, ok
	}, "%.2f GB", func(v float64) bool { return v <= 3 }},
	// Storage grows with accounts (a row per account and epoch), so a smaller run is scaled to 1M.
	{fixed("settlement adds ≤ 150 MB of database per epoch at 1M accounts"), func(r *Results) (float64, bool) {
		v, ok := median(r, "settlement", "covey", "db-MB/epoch")
		return v * 1e6 / float64(sectionSize(r, "settlement")), ok
	}, "%.0f MB", func(v float64) bool { return v <= 150 }},
	{fixed("tree ≥ 20× faster than @openzeppelin/merkle-tree"), func(r *Results) (float64, bool) {
		return ratio(r, "tree", "@openzeppelin/merkle-tree", "covey", "seconds")
	}, "%.0f×", func(v float64) bool { return v >= 20 }},
	{fixed("tree within 1.5× the keccak floor"), func(r *Results) (float64, bool) { return ratio(r, "tree", "covey", "keccak floor", "seconds") }, "%.2f×", func(v float64) bool { return v <= 1.5 }},
	{fixed("GraphQL ≥ 5,000 requests/s (this section's list queries, no cache)"), func(r *Results) (float64, bool) { return median(r, "graphql", "covey", "rps") }, "%.0f req/s", func(v float64) bool { return v >= 5000 }},
	{fixed("GraphQL p99 < 20 ms (same)"), func(r *Results) (float64, bool) { return median(r, "graphql", "covey", "p99") }, "%.1f ms", func(v float64) bool { return v < 20 }},
	{sized("claim query ≥ 5,000 requests/s (random accounts of %s, no cache)", "api"), func(r *Results) (float64, bool) { return median(r, "api", "claim, no cache", "rps") }, "%.0f req/s", func(v float64) bool { return v >= 5000 }},
	{fixed("claim query p99 < 20 ms (same)"), func(r *Results) (float64, bool) { return median(r, "api", "claim, no cache", "p99") }, "%.1f ms", func(v float64) bool { return v < 20 }},
	{fixed("claim query ≥ 5,000 requests/s (same, Redis cache)"), func(r *Results) (float64, bool) { return median(r, "api", "claim, Redis cache", "rps") }, "%.0f req/s", func(v float64) bool { return v >= 5000 }},
	{fixed("claim query p99 < 20 ms (same, Redis cache)"), func(r *Results) (float64, bool) { return median(r, "api", "claim, Redis cache", "p99") }, "%.1f ms", func(v float64) bool { return v < 20 }},
}, apiListTargets("leaderboard", "epoch page", "account rewards", "top recipients")...)

// apiListTargets holds the API section's list queries to the claim query's targets (issue 19.3):
// uncached, over the same settled accounts, measured the same way.
func apiListTargets(rows ...string) []target {
	var out []target
	for _, row := range rows {
		name := row + ", no cache"
		out = append(out,
			target{sized(row+" ≥ 5,000 requests/s (%s settled accounts, no cache)", "api"), func(r *Results) (float64, bool) { return median(r, "api", name, "rps") }, "%.0f req/s", func(v float64) bool { return v >= 5000 }},
			target{fixed(row + " p99 < 20 ms (same)"), func(r *Results) (float64, bool) { return median(r, "api", name, "p99") }, "%.1f ms", func(v float64) bool { return v < 20 }})
	}
	return out
}

// writeTargets prints the targets against this run: met, missed, or not measured.
func writeTargets(w io.Writer, r *Results) {
	fmt.Fprintf(w, "## Targets\n\nThe figures covey set out to reach on this 2-core machine, checked against this run's medians.\n\n| target | this run | |\n|---|---:|---|\n")
	for _, t := range targets {
		v, ok := t.measured(r)
		what := t.what(r)
		switch {
		case !ok:
			fmt.Fprintf(w, "| %s | — | not measured |\n", what)
		case t.ok(v):
			fmt.Fprintf(w, "| %s | "+t.format+" | met |\n", what, v)
		default:
			fmt.Fprintf(w, "| %s | "+t.format+" | **missed** |\n", what, v)
		}
	}
	fmt.Fprintln(w)
}
