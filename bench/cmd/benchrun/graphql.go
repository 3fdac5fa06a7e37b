package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/bench/load"
	"github.com/covey-labs/covey/bench/report"
	"github.com/covey-labs/covey/bench/workload"
)

// graphqlQuery is one operation in both dialects: covey's schema (graphql/schema.graphql) and the
// schema Ponder generates from bench/peers/ponder (one plural field per ev_ table, `where`, `limit`).
// Each pair asks for the same rows.
type graphqlQuery struct {
	name          string
	covey, ponder string
	param         string // "", "task", "buyer" or "node": which sampled value goes into $v
}

var graphqlQueries = []graphqlQuery{
	{
		name:   "latest 100 scores",
		covey:  `{ scores(first: 100, orderDirection: DESC) { nodes { task submission validator score blockNumber txHash } } }`,
		ponder: `{ scoreSubmitteds(limit: 100, orderBy: "block_number", orderDirection: "desc") { items { task_id submission_id validator score block_number tx_hash } } }`,
	},
	{
		name:   "a task's latest 50 scores",
		covey:  `query($v: BigInt!) { scores(first: 50, task: $v, orderDirection: DESC) { nodes { task submission validator score blockNumber txHash } } }`,
		ponder: `query($v: BigInt!) { scoreSubmitteds(limit: 50, where: { task_id: $v }, orderBy: "block_number", orderDirection: "desc") { items { task_id submission_id validator score block_number tx_hash } } }`,
		param:  "task",
	},
	{
		name:   "a buyer's purchases",
		covey:  `query($v: Address!) { purchases(first: 20, buyer: $v) { nodes { model task buyer price fee net blockNumber } } }`,
		ponder: `query($v: String!) { modelPurchaseds(limit: 20, where: { buyer: $v }) { items { model_id task_id buyer price fee net block_number } } }`,
		param:  "buyer",
	},
	{
		name:   "a node's submissions",
		covey:  `query($v: Address!) { submissions(first: 20, node: $v) { nodes { id task node modelHash uri blockNumber } } }`,
		ponder: `query($v: String!) { modelSubmitteds(limit: 20, where: { node: $v }) { items { submission_id task_id node model_hash uri block_number } } }`,
		param:  "node",
	},
}

// sampleParams picks the values the filtered queries are sent with, from the indexed data itself.
func sampleParams(ctx context.Context, dbURL, schema string) (map[string][]string, error) {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	qs := map[string]string{
		"task":  "SELECT DISTINCT task_id::text FROM %s.ev_score_submitted ORDER BY 1 LIMIT 50",
		"buyer": "SELECT DISTINCT buyer FROM %s.ev_model_purchased ORDER BY 1 LIMIT 200",
		"node":  "SELECT DISTINCT node FROM %s.ev_model_submitted ORDER BY 1 LIMIT 200",
	}
	out := map[string][]string{}
	for k, q := range qs {
		rows, err := conn.Query(ctx, fmt.Sprintf(q, pgx.Identifier{schema}.Sanitize()))
		if err != nil {
			return nil, err
		}
		vals, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return nil, err
		}
		if len(vals) == 0 {
			return nil, fmt.Errorf("no %s values to query with", k)
		}
		out[k] = vals
	}
	return out, nil
}

func loadQueries(dialect string, params map[string][]string) []load.Query {
	var out []load.Query
	for _, q := range graphqlQueries {
		lq := load.Query{Name: q.name, Query: q.covey}
		if dialect == "ponder" {
			lq.Query = q.ponder
		}
		if q.param != "" {
			for _, v := range params[q.param] {
				lq.Variables = append(lq.Variables, map[string]any{"v": v})
			}
		}
		out = append(out, lq)
	}
	return out
}

// background is a server started for the GraphQL section, killed with its process group.
type background struct {
	cmd *exec.Cmd
	// exited is closed when cmd was waited for (set by whoever waits; nil: stop waits).
	exited chan struct{}
}

func (b *background) stop() {
	if b == nil || b.cmd == nil || b.cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-b.cmd.Process.Pid, syscall.SIGTERM)
	done := b.exited
	if done == nil {
		done = make(chan struct{})
		go func() { _ = b.cmd.Wait(); close(done) }()
	}
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		_ = syscall.Kill(-b.cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
}

func (r *runner) startCovey(ctx context.Context, w *workload.Workload, set []string) (*background, string, error) {
	if r.coveyErr != nil {
		return nil, "", r.coveyErr
	}
	dbURL, err := r.dbURL(r.coveyDB())
	if err != nil {
		return nil, "", err
	}
	// The chain is not needed to serve; the config still names an RPC.
	cfg, err := r.coveyConfig(w, "http://127.0.0.1:1", dbURL, set)
	if err != nil {
		return nil, "", err
	}
	port, err := workload.FreePort()
	if err != nil {
		return nil, "", err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	return r.serve(ctx, cfg, addr, "covey-serve.log", "{ __typename }")
}

func (r *runner) startPonder(ctx context.Context, w *workload.Workload, set []string) (*background, string, error) {
	dbURL, err := r.dbURL(r.ponderDB())
	if err != nil {
		return nil, "", err
	}
	port, err := workload.FreePort()
	if err != nil {
		return nil, "", err
	}
	dir := filepath.Join(r.repo, "bench", "peers", "ponder")
	cmd := exec.Command("node", filepath.Join(dir, "run.mjs"), "--serve", "--workload", filepath.Join(w.Dir, "workload.json"),
		"--rpc", "http://127.0.0.1:1", "--database", dbURL, "--contracts", strings.Join(set, ","), "--port", strconv.Itoa(port))
	cmd.Dir = r.repo
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, "", err
	}
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	b := &background{cmd: cmd}
	line, err := bufio.NewReader(out).ReadString('\n')
	var st struct {
		OK    bool   `json:"ok"`
		URL   string `json:"url"`
		Error string `json:"error"`
	}
	if err != nil || json.Unmarshal([]byte(line), &st) != nil || !st.OK {
		b.stop()
		return nil, "", fmt.Errorf("ponder serve: %v %s %s", err, st.Error, line)
	}
	return b, st.URL, nil
}

func (r *runner) runGraphQL(ctx context.Context, sec *report.Section, w *workload.Workload) error {
	if w == nil {
		return fmt.Errorf("needs the backfill section in the same run (it serves what the backfill indexed)")
	}
	set, _ := r.coveySet(w)
	dur := 20 * time.Second
	if r.quick {
		dur = 5 * time.Second
	}
	conc := 32
	sec.Notes = append(sec.Notes, fmt.Sprintf("%d closed-loop clients over loopback for %s per run (after 1 s of warm-up), rotating through: %s. "+
		"Filtered queries draw their task/account from the indexed data. Both servers run without a response cache (covey without Redis). "+
		"The load generator (bench/load) shares the 2 cores with the server.", conc, dur, queryNames()))
	type contender struct {
		name    string
		dialect string
		start   func(context.Context, *workload.Workload, []string) (*background, string, error)
		schema  string
		db      string
	}
	cs := []contender{{"covey", "covey", r.startCovey, "public", r.coveyDB()}}
	if r.ponder {
		cs = append(cs, contender{"ponder", "ponder", r.startPonder, "ponder_bench", r.ponderDB()})
	}
	for _, c := range cs {
		row := &report.Row{Name: c.name}
		sec.Rows = append(sec.Rows, row)
		if bf := r.res.Section("backfill"); bf != nil {
			if br := bf.Row(c.name); br == nil || br.Error != "" || len(br.Samples) == 0 {
				row.Error = "its backfill did not complete, so there is nothing to serve"
				continue
			}
		}
		dbURL, err := r.dbURL(c.db)
		if err != nil {
			return err
		}
		params, err := sampleParams(ctx, dbURL, c.schema)
		if err != nil {
			row.Error = fmt.Sprintf("sampling query parameters: %v", err)
			continue
		}
		srv, url, err := c.start(ctx, w, set)
		if err != nil {
			row.Error = err.Error()
			continue
		}
		r.loadRuns(ctx, row, load.Options{URL: url, Queries: loadQueries(c.dialect, params), Concurrency: conc, Duration: dur})
		srv.stop()
		row.Summarize()
	}
	sec.AddRatio("covey/Ponder requests/s", "rps", "covey", "ponder", "> 1: covey serves more")
	sec.AddRatio("Ponder/covey p99 latency", "p99", "ponder", "covey", "> 1: covey answers faster")
	return nil
}

// loadRuns runs the load generator r.runs times into row's samples (requests/s, p50, p90, p99 ms); a
// failed run or a failed request sets row.Error and ends the row.
func (r *runner) loadRuns(ctx context.Context, row *report.Row, o load.Options) {
	for i := 0; i < r.runs; i++ {
		res, err := load.Run(ctx, o)
		if err != nil {
			row.Error = err.Error()
			return
		}
		if res.Errors > 0 {
			row.Error = fmt.Sprintf("%d of %d requests failed, e.g. %s", res.Errors, res.Requests, res.SampleError)
			return
		}
		row.Samples = append(row.Samples, map[string]float64{"rps": res.PerSecond, "p50": res.P50, "p90": res.P90, "p99": res.P99})
		fmt.Fprintf(r.log, "   %s run %d: %.0f req/s, p50 %.1f ms, p99 %.1f ms (load %s)\n", row.Name, i+1, res.PerSecond, res.P50, res.P99, loadAvg())
	}
}

func queryNames() string {
	var n []string
	for _, q := range graphqlQueries {
		n = append(n, q.name)
	}
	return strings.Join(n, "; ")
}
