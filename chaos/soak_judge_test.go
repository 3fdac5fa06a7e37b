package chaos

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// soakVerdict is one series judged over a soak: its middle third against its last third.
type soakVerdict struct {
	series string
	// mid and last are the thirds' medians (bounded series), or for tables the bytes added per live row
	// added (per third when rows were not added in both).
	mid, last, limit float64
	slopePerH        float64 // least-squares slope over the last two thirds, per hour
	unit             string
	leak             bool
	// perEpoch is, for tables, the bytes and rows added per simulated epoch in the middle and last thirds.
	perEpoch *[4]float64
}

func (v soakVerdict) String() string {
	verdict := "ok"
	if v.leak {
		verdict = "GROWS"
	}
	line := fmt.Sprintf("%-28s middle third %10.2f  last third %10.2f  (limit %10.2f) %-7s slope %+.4g/h over the last two thirds  %s",
		v.series, v.mid, v.last, v.limit, v.unit, v.slopePerH, verdict)
	if e := v.perEpoch; e != nil {
		line += fmt.Sprintf("; per simulated epoch %.0f -> %.0f bytes, %.0f -> %.0f rows", e[0], e[1], e[2], e[3])
	}
	return line
}

// soakBounded are the series that must stay flat: the last third's median at most rel x the middle
// third's + abs (what a busy machine's noise moves them by; a leak over 2 hours does more). Medians, so
// a burst (requests in flight, a settlement tick) does not count as a level.
var soakBounded = []struct {
	name     string
	get      func(s *soakSample) float64
	rel, abs float64
	unit     string
}{
	{"rss", func(s *soakSample) float64 { return s.rssMB }, 1.1, 16, "MB"},
	{"goroutines", func(s *soakSample) float64 { return s.goroutines }, 1.25, 20, ""},
	{"open fds", func(s *soakSample) float64 { return s.fds }, 1.2, 10, ""},
	{"postgres connections", func(s *soakSample) float64 { return s.pgConns }, 1, 3, ""},
	{"redis used memory", func(s *soakSample) float64 { return s.redisMB }, 1.25, 8, "MB"},
	{"redis clients", func(s *soakSample) float64 { return s.redisClients }, 1, 3, ""},
}

// soakTableMinBytes is the final size below which a table's growth is page noise and not judged.
const soakTableMinBytes = 1 << 20

// judgeSoak judges the bounded series (flat) and the table sizes (growing with the rows stored and no
// faster: bytes per added row in the last third at most 1.5x the middle third's, + 1 MB over the
// third). The rows added per epoch may grow (the simulator brings 40 new stakers every epoch, and every
// staker ever keeps a reward leaf); bytes per row growing would be bloat.
func judgeSoak(samples []soakSample) []soakVerdict {
	if len(samples) < 6 {
		return nil
	}
	a, b := len(samples)/3, 2*len(samples)/3
	mid, last := samples[a:b], samples[b:]
	var out []soakVerdict
	for _, s := range soakBounded {
		m, l := median(mid, s.get), median(last, s.get)
		lim := s.rel*m + s.abs
		out = append(out, soakVerdict{series: s.name, mid: m, last: l, limit: lim, unit: s.unit,
			slopePerH: slopePerHour(samples[a:], s.get), leak: l > lim})
	}
	out = append(out, growthVerdict("all tables", samples, a, b, func(s *soakSample) tableStat {
		var all tableStat
		for _, ts := range s.tables {
			all.bytes, all.rows = all.bytes+ts.bytes, all.rows+ts.rows
		}
		return all
	}))
	final := samples[len(samples)-1].tables
	names := make([]string, 0, len(final))
	for n, ts := range final {
		if ts.bytes >= soakTableMinBytes {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		out = append(out, growthVerdict("table "+n, samples, a, b, func(s *soakSample) tableStat { return s.tables[n] }))
	}
	return out
}

// growthVerdict compares a table's bytes per added row over samples[a:b] and samples[b:] (its bytes per
// third when rows were not added in both).
func growthVerdict(name string, samples []soakSample, a, b int, get func(s *soakSample) tableStat) soakVerdict {
	end := len(samples) - 1
	delta := func(i, j int) (bytes, rows, epochs float64) {
		x, y := get(&samples[i]), get(&samples[j])
		return y.bytes - x.bytes, y.rows - x.rows, samples[j].epochsSim - samples[i].epochsSim
	}
	bm, rm, em := delta(a, b)
	bl, rl, el := delta(b, end)
	v := soakVerdict{series: name, unit: "B/row", perEpoch: &[4]float64{bm / max(em, 1), bl / max(el, 1), rm / max(em, 1), rl / max(el, 1)},
		slopePerH: slopePerHour(samples[a:], func(s *soakSample) float64 { return get(s).bytes })}
	if rm > 0 && rl > 0 {
		v.mid, v.last, v.limit = bm/rm, bl/rl, 1.5*max(bm/rm, 0)+1e6/rl
	} else {
		v.unit, v.mid, v.last, v.limit = "B/third", bm, bl, 1.5*max(bm, 0)+1e6
	}
	v.leak = v.last > v.limit
	return v
}

func median(ss []soakSample, get func(s *soakSample) float64) float64 {
	if len(ss) == 0 {
		return 0
	}
	v := make([]float64, len(ss))
	for i := range ss {
		v[i] = get(&ss[i])
	}
	sort.Float64s(v)
	return v[len(v)/2]
}

// slopePerHour is the least-squares slope of get over time, per hour.
func slopePerHour(ss []soakSample, get func(s *soakSample) float64) float64 {
	var n, sx, sy, sxx, sxy float64
	for i := range ss {
		x, y := ss[i].at.Hours(), get(&ss[i])
		n++
		sx += x
		sy += y
		sxx += x * x
		sxy += x * y
	}
	d := n*sxx - sx*sx
	if d == 0 {
		return 0
	}
	return (n*sxy - sx*sy) / d
}

// soakSummary is the verdicts as text, with the run's totals.
func soakSummary(samples []soakSample, verdicts []soakVerdict, elapsed time.Duration) string {
	var b strings.Builder
	if len(samples) > 0 {
		s := samples[len(samples)-1]
		var loadSum, loadMax float64
		for i := range samples {
			loadSum += samples[i].load1
			loadMax = max(loadMax, samples[i].load1)
		}
		fmt.Fprintf(&b, "soak %s, %d samples; %.0f events indexed, %.0f epochs simulated, %.0f settled, %.0f proposed, %.0f accepted; %.0f requests ok, %.0f failed; load average mean %.1f, max %.1f\n",
			fmtDur(elapsed.Round(time.Second)), len(samples), s.events, s.epochsSim, s.epochsSettled, s.epochsProposed, s.epochsAccepted,
			s.requestsOK, s.requestsFailed, loadSum/float64(len(samples)), loadMax)
	}
	for _, v := range verdicts {
		b.WriteString(v.String() + "\n")
	}
	return b.String()
}
