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
	// mid and last are the thirds' averages (bounded series) or growth per simulated epoch (tables, bytes).
	mid, last, limit float64
	slopePerH        float64 // least-squares slope over the last two thirds, per hour
	unit             string
	leak             bool
}

func (v soakVerdict) String() string {
	verdict := "ok"
	if v.leak {
		verdict = "GROWS"
	}
	return fmt.Sprintf("%-28s middle third %10.2f  last third %10.2f  (limit %10.2f) %-9s slope over the last two thirds %+.2f/h  %s",
		v.series, v.mid, v.last, v.limit, v.unit, v.slopePerH, verdict)
}

// soakBounded are the series that must stay flat: the last third's average at most rel x the middle
// third's + abs (what a busy machine's noise moves them by; a leak over 2 hours does more).
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

// judgeSoak judges the bounded series (flat) and the table sizes (growing at most linearly with the
// chain: bytes per simulated epoch in the last third at most 1.5x the middle third's, + 1 MB).
func judgeSoak(samples []soakSample) []soakVerdict {
	if len(samples) < 6 {
		return nil
	}
	a, b := len(samples)/3, 2*len(samples)/3
	mid, last := samples[a:b], samples[b:]
	var out []soakVerdict
	for _, s := range soakBounded {
		m, l := mean(mid, s.get), mean(last, s.get)
		lim := s.rel*m + s.abs
		out = append(out, soakVerdict{series: s.name, mid: m, last: l, limit: lim, unit: s.unit,
			slopePerH: slopePerHour(samples[a:], s.get), leak: l > lim})
	}
	total := func(s *soakSample) float64 { return s.dbMB * 1e6 }
	out = append(out, growthVerdict("all tables", samples, a, b, total))
	final := samples[len(samples)-1].tables
	names := make([]string, 0, len(final))
	for n, size := range final {
		if size >= soakTableMinBytes {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		out = append(out, growthVerdict("table "+n, samples, a, b, func(s *soakSample) float64 { return s.tables[n] }))
	}
	return out
}

// growthVerdict compares a size's growth per simulated epoch over samples[a:b] and samples[b:]
// (per hour when the simulator stopped in either third).
func growthVerdict(name string, samples []soakSample, a, b int, get func(s *soakSample) float64) soakVerdict {
	rate := func(from, to *soakSample) (float64, string) {
		if de := to.epochsSim - from.epochsSim; de > 0 && samples[a].epochsSim < samples[b].epochsSim {
			return (get(to) - get(from)) / de, "B/epoch"
		}
		return (get(to) - get(from)) / (to.at - from.at).Hours(), "B/h"
	}
	end := &samples[len(samples)-1]
	m, unit := rate(&samples[a], &samples[b])
	l, _ := rate(&samples[b], end)
	slack := 1e6 / max(1, end.epochsSim-samples[b].epochsSim)
	lim := 1.5*max(m, 0) + slack
	return soakVerdict{series: name, mid: m, last: l, limit: lim, unit: unit,
		slopePerH: slopePerHour(samples[a:], get), leak: l > lim}
}

func mean(ss []soakSample, get func(s *soakSample) float64) float64 {
	var sum float64
	for i := range ss {
		sum += get(&ss[i])
	}
	return sum / float64(max(1, len(ss)))
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
