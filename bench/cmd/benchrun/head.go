package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/bench/report"
	"github.com/covey-labs/covey/bench/workload"
)

// Head latency: both indexers follow a served workload that is already indexed; benchrun then mines
// blocks of headEvents Staked events one at a time (anvil automines each transaction) and times each
// block from the moment its transaction returned until all its rows are visible in the indexer's
// ev_staked table. Both poll the RPC every headPoll.
const (
	headEvents = 100
	headPoll   = 250 * time.Millisecond
	headKind   = "Staking.Staked"
)

func (r *runner) runHead(ctx context.Context, sec *report.Section) error {
	n := r.sizes.Growth[0]
	w, err := workload.Ensure(ctx, workload.Spec{Events: n}, workload.Options{Repo: r.repo, Log: r.log})
	if err != nil {
		return err
	}
	set, _ := r.coveySet(w)
	blocks := 20
	if r.quick {
		blocks = 10
	}
	sec.Notes = append(sec.Notes, fmt.Sprintf("Over the %s-event workload, already indexed: %d blocks of %d `Staked` events each, mined one at a time at random spacing; "+
		"latency from the transaction returning (block mined) to all its rows being visible in ev_staked, polled every 5 ms. Both indexers poll the RPC every %s (covey `poll_interval`, Ponder `pollingInterval`), finality latest.",
		human(n), blocks, headEvents, headPoll))
	type contender struct {
		name  string
		start func(ctx context.Context, w *workload.Workload, rpcURL string, set []string) (*background, string, string, error)
	}
	cs := []contender{{"covey", r.followCovey}}
	if r.ponder {
		cs = append(cs, contender{"ponder", r.followPonder})
	}
	for ci, c := range cs {
		row := &report.Row{Name: c.name}
		sec.Rows = append(sec.Rows, row)
		if err := r.headRow(ctx, w, set, row, blocks, uint64(ci+1), c.start); err != nil {
			row.Error = err.Error()
			fmt.Fprintf(r.log, "   %s: %v\n", c.name, err)
		}
		row.Summarize()
	}
	sec.AddRatio("Ponder/covey median latency", "latency_ms", "ponder", "covey", "> 1: covey is faster")
	return nil
}

func (r *runner) headRow(ctx context.Context, w *workload.Workload, set []string, row *report.Row, blocks int, seed uint64,
	start func(ctx context.Context, w *workload.Workload, rpcURL string, set []string) (*background, string, string, error)) error {
	node, err := workload.Serve(ctx, w, workload.Options{Repo: r.repo})
	if err != nil {
		return err
	}
	defer node.Kill()
	srv, dbURL, schema, err := start(ctx, w, node.URL, set)
	if err != nil {
		return err
	}
	defer srv.stop()
	c, err := rpc.DialContext(ctx, node.URL)
	if err != nil {
		return err
	}
	defer c.Close()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	b, err := workload.NewBatcher(r.repo, w, 1000+seed)
	if err != nil {
		return err
	}
	var from []common.Address
	if err := c.CallContext(ctx, &from, "eth_accounts"); err != nil || len(from) == 0 {
		return fmt.Errorf("eth_accounts: %v", err)
	}
	rng := rand.New(rand.NewPCG(seed, 99))
	table := pgx.Identifier{schema, "ev_staked"}.Sanitize()
	for i := 0; i < blocks; i++ {
		time.Sleep(time.Duration(rng.Int64N(int64(headPoll))) + 100*time.Millisecond)
		input, gas, err := b.Tx(headKind, headEvents, uint64(time.Now().Unix()))
		if err != nil {
			return err
		}
		var hash common.Hash
		if err := c.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{
			"from": from[0], "to": w.Contracts["Staking"], "input": hexutil.Bytes(input), "gas": hexutil.Uint64(gas),
		}); err != nil {
			return fmt.Errorf("sending a block of events: %w", err)
		}
		t0 := time.Now()
		var rc struct {
			BlockNumber hexutil.Uint64 `json:"blockNumber"`
			Status      hexutil.Uint64 `json:"status"`
		}
		for rc.BlockNumber == 0 {
			if err := c.CallContext(ctx, &rc, "eth_getTransactionReceipt", hash); err != nil {
				return err
			}
			if rc.BlockNumber == 0 {
				time.Sleep(2 * time.Millisecond)
			}
		}
		if rc.Status != 1 {
			return fmt.Errorf("the emitter transaction failed")
		}
		deadline := t0.Add(30 * time.Second)
		for {
			var got int
			if err := conn.QueryRow(ctx, "SELECT count(*) FROM "+table+" WHERE block_number = $1", int64(rc.BlockNumber)).Scan(&got); err != nil {
				return err
			}
			if got == headEvents {
				break
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("block %d not indexed within 30 s (%d of %d rows)", rc.BlockNumber, got, headEvents)
			}
			time.Sleep(5 * time.Millisecond)
		}
		ms := float64(time.Since(t0).Microseconds()) / 1000
		row.Samples = append(row.Samples, map[string]float64{"latency_ms": ms})
	}
	st := report.StatOf(sampleValues(row.Samples, "latency_ms"))
	fmt.Fprintf(r.log, "   %s: %d blocks, latency median %.0f ms (%.0f–%.0f)\n", row.Name, blocks, st.Median, st.Min, st.Max)
	return nil
}

func sampleValues(s []map[string]float64, k string) []float64 {
	var out []float64
	for _, m := range s {
		out = append(out, m[k])
	}
	return out
}

// followCovey starts `covey index` (following) on a fresh database and waits until it has indexed
// every event of the workload.
func (r *runner) followCovey(ctx context.Context, w *workload.Workload, rpcURL string, set []string) (*background, string, string, error) {
	if r.coveyErr != nil {
		return nil, "", "", r.coveyErr
	}
	dbURL, err := r.benchDB(ctx, r.dbName+"_head")
	if err != nil {
		return nil, "", "", err
	}
	cfg, err := r.coveyConfig(w, rpcURL, dbURL, set)
	if err != nil {
		return nil, "", "", err
	}
	b, _ := os.ReadFile(cfg)
	b = []byte(strings.Replace(string(b), `poll_interval = "250ms"`, fmt.Sprintf("poll_interval = %q", headPoll.String()), 1))
	if err := os.WriteFile(cfg, b, 0o644); err != nil {
		return nil, "", "", err
	}
	cmd := r.coveyCmd(context.Background(), "index", "--config", cfg)
	logf, err := os.Create(filepath.Join(r.cache, "covey-follow.log"))
	if err != nil {
		return nil, "", "", err
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, "", "", err
	}
	bg := &background{cmd: cmd}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	bg.exited = exited
	exp := w.EventsFor(set)
	n := 0
	deadline := time.Now().Add(min(r.timeout, 5*time.Minute))
	for time.Now().Before(deadline) && ctx.Err() == nil {
		if n, err = countRows(ctx, dbURL, "public"); err == nil && n >= exp {
			return bg, dbURL, "public", nil
		}
		select {
		case <-exited:
			return nil, "", "", fmt.Errorf("covey index exited; see %s", filepath.Join(r.cache, "covey-follow.log"))
		case <-time.After(200 * time.Millisecond):
		}
	}
	bg.stop()
	return nil, "", "", fmt.Errorf("covey index did not catch up (%d of %d rows); see %s", n, exp, filepath.Join(r.cache, "covey-follow.log"))
}

// followPonder starts the Ponder peer without an end block and waits until it has caught up.
func (r *runner) followPonder(ctx context.Context, w *workload.Workload, rpcURL string, set []string) (*background, string, string, error) {
	dbURL, err := r.benchDB(ctx, r.dbName+"_head_ponder")
	if err != nil {
		return nil, "", "", err
	}
	port, err := workload.FreePort()
	if err != nil {
		return nil, "", "", err
	}
	dir := filepath.Join(r.repo, "bench", "peers", "ponder")
	cmd := exec.Command("node", filepath.Join(dir, "run.mjs"), "--follow", "--polling-ms", strconv.Itoa(int(headPoll.Milliseconds())),
		"--workload", filepath.Join(w.Dir, "workload.json"), "--rpc", rpcURL, "--database", dbURL, "--contracts", strings.Join(set, ","),
		"--port", strconv.Itoa(port), "--timeout", strconv.Itoa(int(r.timeout.Seconds())))
	cmd.Dir = r.repo
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, "", "", err
	}
	if err := cmd.Start(); err != nil {
		return nil, "", "", err
	}
	bg := &background{cmd: cmd}
	line, err := bufio.NewReader(out).ReadString('\n')
	var st struct {
		OK    bool   `json:"ok"`
		Error string `json:"error"`
	}
	if err != nil || json.Unmarshal([]byte(line), &st) != nil || !st.OK {
		bg.stop()
		return nil, "", "", fmt.Errorf("ponder --follow: %v %s %s", err, st.Error, line)
	}
	return bg, dbURL, "ponder_bench", nil
}
