package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/bench/report"
)

// machine reads the CPU model, core count, memory and kernel from /proc.
func machine() report.Machine {
	m := report.Machine{Cores: runtime.NumCPU()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPUModel = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "MemTotal:") {
				var kb uint64
				f := strings.Fields(l)
				if len(f) >= 2 {
					for _, c := range f[1] {
						kb = kb*10 + uint64(c-'0')
					}
				}
				m.MemoryBytes = kb * 1024
			}
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.Kernel = "Linux " + strings.TrimSpace(string(b))
	}
	return m
}

func output(dir, name string, args ...string) string {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "unavailable"
	}
	line, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	return strings.TrimSpace(line)
}

func pkgVersion(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "not installed"
	}
	var p struct {
		Version string `json:"version"`
	}
	if json.Unmarshal(b, &p) != nil {
		return "unknown"
	}
	return p.Version
}

// versions records what was measured and what measured it.
func (r *runner) versions(ctx context.Context) {
	v := r.res.Versions
	v["go"] = runtime.Version()
	v["node"] = output(r.repo, "node", "--version")
	v["anvil"] = output(r.repo, filepath.Join(r.repo, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil"), "--version")
	commit := output(r.repo, "git", "rev-parse", "--short=12", "HEAD")
	if output(r.repo, "git", "status", "--porcelain", "--untracked-files=no") != "" {
		commit += " (uncommitted changes in the tree)"
	}
	v["covey"] = commit
	v["ponder"] = pkgVersion(filepath.Join(r.repo, "bench", "peers", "ponder", "node_modules", "ponder", "package.json"))
	v["@openzeppelin/merkle-tree"] = pkgVersion(filepath.Join(r.repo, "node_modules", "@openzeppelin", "merkle-tree", "package.json"))
	if conn, err := pgx.Connect(ctx, r.adminURL); err == nil {
		var s string
		if conn.QueryRow(ctx, "SHOW server_version").Scan(&s) == nil {
			v["postgres"] = s
		}
		conn.Close(ctx)
	} else {
		v["postgres"] = "unreachable"
	}
}

func cmdReport(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	in := fs.String("results", "bench/results/results.json", "results file")
	out := fs.String("out", "BENCHMARKS.md", "Markdown report")
	plots := fs.String("plots", "", "PNG directory (default: the results file's directory)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *plots == "" {
		*plots = filepath.Dir(*in)
	}
	return writeReport(*in, *out, *plots)
}

// writeReport renders the Markdown and the plots from a results file alone.
func writeReport(in, out, plots string) error {
	res, err := report.Read(in)
	if err != nil {
		return err
	}
	if err := report.WritePlots(plots, res); err != nil {
		return err
	}
	absOut, _ := filepath.Abs(out)
	absPlots, _ := filepath.Abs(plots)
	absIn, _ := filepath.Abs(in)
	rel, err := filepath.Rel(filepath.Dir(absOut), absPlots)
	if err != nil {
		rel = plots
	}
	src, err := filepath.Rel(filepath.Dir(absOut), absIn)
	if err != nil {
		src = in
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := report.WriteMarkdown(f, res, report.MarkdownOptions{PlotDir: rel, Source: src}); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// cmdMerge puts the sections measured in another results file (a `run -sections … -results F`)
// into the results file, as run -merge does at run time, and renders the report: a section re-run
// alone joins the full run even when the results file changed meanwhile.
func cmdMerge(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	from := fs.String("from", "", "results file of the re-run (its selected sections are merged)")
	into := fs.String("into", "bench/results/results.json", "results file to merge into")
	out := fs.String("out", "BENCHMARKS.md", "Markdown report")
	if err := fs.Parse(args); err != nil {
		return err
	}
	base, err := report.Read(*into)
	if err != nil {
		return err
	}
	re, err := report.Read(*from)
	if err != nil {
		return err
	}
	var ids []string
	for _, s := range re.Sections {
		if s.Skipped != report.SkippedNotSelected {
			ids = append(ids, s.ID)
		}
	}
	runs := 0
	for _, s := range re.Sections {
		for _, r := range s.Rows {
			runs = max(runs, len(r.Samples))
		}
	}
	note := fmt.Sprintf("Re-run alone at covey %s (%s) with `benchrun run -sections %s -runs %d`",
		re.Versions["covey"], re.Started.UTC().Format("2006-01-02 15:04 UTC"), strings.Join(ids, ","), runs)
	if re.Machine.CPUModel != base.Machine.CPUModel || re.Machine.Cores != base.Machine.Cores {
		note += fmt.Sprintf(" on %d × %s", re.Machine.Cores, re.Machine.CPUModel)
	}
	note += "; the other sections are from the run described at the top."
	if err := report.Merge(base, re, allSections, note).Write(*into); err != nil {
		return err
	}
	return writeReport(*into, *out, filepath.Dir(*into))
}
