package chaos

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// report judges the samples, writes the summary and the plot, and fails the test on a growing series.
// It runs once, deferred, so a soak that failed midway still leaves its plot.
func (s *soak) report() {
	if s.reported || len(s.samples) == 0 {
		return
	}
	s.reported = true
	t := s.t
	if s.elapsed == 0 {
		s.elapsed = time.Since(s.start)
	}
	verdicts := judgeSoak(s.samples)
	sum := soakSummary(s.samples, verdicts, s.elapsed)
	t.Logf("soak summary:\n%s", sum)
	if err := os.WriteFile(filepath.Join(s.out, "summary.txt"), []byte(sum), 0o644); err != nil {
		t.Error(err)
	}
	if err := os.WriteFile(filepath.Join(s.out, "covey.log"), []byte(s.p.output()), 0o644); err != nil {
		t.Error(err)
	}
	if err := writeSoakPlot(filepath.Join(s.out, "soak.png"), s.samples); err != nil {
		t.Errorf("plot: %v", err)
	}
	if verdicts == nil {
		t.Errorf("%d samples: too few to judge growth", len(s.samples))
	}
	for _, v := range verdicts {
		if v.leak {
			t.Errorf("grows without bound: %s", v)
		}
	}
}

// finish stops covey gracefully and checks what it did: no failed request, no ERROR logged, every
// proposed root the stored one, settled epochs without a gap, and the index equal to a fresh one.
func (s *soak) finish() {
	t := s.t
	head := s.dn.head(t)
	if err := waitFor(3*time.Minute, func() (bool, error) {
		n, _, ok := cursorOf(t.Context(), s.db.pool)
		return ok && n >= head, fmt.Errorf("indexed %d, head %d", n, head)
	}); err != nil {
		t.Fatal(err)
	}
	s.p.interrupt()
	if code := exitCode(s.p.err); code != 0 && code != 130 {
		t.Errorf("covey run did not stop gracefully on SIGINT: exit %d\n%s", code, lastLines(s.p.output(), 10))
	}
	s.report()
	if n := s.load.bad.Load(); n > 0 {
		t.Errorf("%d of %d requests failed; last: %v", n, n+s.load.ok.Load(), s.load.lastBad.Load())
	}
	if errs := linesWith(s.p.output(), "level=ERROR"); len(errs) > 0 {
		t.Errorf("covey run logged %d errors (covey.log); the first:\n%s", len(errs), strings.Join(errs[:min(5, len(errs))], "\n"))
	}
	if s.pacer.err != nil {
		t.Errorf("the simulator gave up after %d epochs (%d failures): the soak ran without events after that: %v", s.pacer.epochs, s.pacer.failed, s.pacer.err)
	} else if s.pacer.failed > 0 {
		t.Logf("the simulator failed %d times, each retried with other users", s.pacer.failed)
	}
	s.checkSettlement()
	t0 := time.Now()
	if diff := diffDumps(dump(t, s.db.pool, false), newOracle(t, s.dn.config()).index()); diff != "" {
		t.Fatalf("after the soak the index differs from a fresh one:\n%s", diff)
	}
	t.Logf("index = fresh index of the chain (compared in %s)", fmtDur(time.Since(t0).Round(time.Second)))
}

// linesWith are the lines of s containing sub.
func linesWith(s, sub string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return out
}

// checkSettlement asserts epochs were settled without a gap and roots proposed, each proposal on-chain
// carrying the stored root, manifest hash and total.
func (s *soak) checkSettlement() {
	t := s.t
	ctx := context.Background()
	var settled, maxEpoch, proposed, accepted, differ int64
	if err := s.db.pool.QueryRow(ctx, `SELECT count(*), coalesce(max(epoch), -1) FROM settlement_epochs`).Scan(&settled, &maxEpoch); err != nil {
		t.Fatal(err)
	}
	if err := s.db.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM ev_root_proposed), (SELECT count(*) FROM ev_root_accepted),
		(SELECT count(*) FROM ev_root_proposed p LEFT JOIN settlement_epochs s ON s.epoch = p.epoch
		 WHERE s.epoch IS NULL OR p.root <> s.root OR p.manifest_hash <> s.manifest_hash OR p.total_cumulative <> s.total_cumulative)`).
		Scan(&proposed, &accepted, &differ); err != nil {
		t.Fatal(err)
	}
	t.Logf("settlement: %d epochs settled (0..%d), %d roots proposed, %d accepted on-chain", settled, maxEpoch, proposed, accepted)
	if settled != maxEpoch+1 {
		t.Errorf("settled epochs have gaps: %d epochs up to %d", settled, maxEpoch)
	}
	if proposed == 0 || differ != 0 {
		t.Errorf("%d roots proposed, %d of them differ from the stored epoch", proposed, differ)
	}
}
