package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/anvil"
)

// TestDemoEndsInTheRunningService (issue 18.1): `covey demo` tells its story and then keeps running as
// `covey run` does. After it printed the GraphiQL URL, a block mined on the devnet shows in status (the
// chain head the indexer saw and the indexed block), a claim sent with the API's calldata shows as
// claimed, and SIGINT stops it cleanly (exit 0, its devnet stopped). It failed when the demo ended in the
// API alone: nothing indexed after the URL, so the mined block and the claim never showed.
func TestDemoEndsInTheRunningService(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	e := newEnv(t)
	rpcPort, apiPort := freePort(t), freePort(t)
	listen := fmt.Sprintf("127.0.0.1:%d", apiPort)
	d := startDemo(t, e, "--port", fmt.Sprint(rpcPort), "--listen", listen, "--users", "12", "--epochs", "1")
	d.waitLine(t, "GraphQL at http://"+listen+"/", 8*time.Minute)
	api := "http://" + listen + "/graphql"
	waitHTTP(t, api)
	ctx := context.Background()
	client, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", rpcPort))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()

	// A block mined after the URL was printed: the indexer sees it and indexes it.
	if err := client.Client().CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(1)); err != nil {
		t.Fatal(err)
	}
	mined, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitStatus(t, api, func(s demoStatus) bool {
		return s.ChainHead.Number >= mined && s.Indexed.Number >= mined && s.IndexerSeenAt > 0
	},
		fmt.Sprintf("chain head and indexed block %d", mined))

	// A claim after the URL was printed: the API's calldata, sent by anyone, then shown as claimed.
	pool, err := pgxpool.New(ctx, envValue(e.environ, "DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	account, c := claimableAccount(t, ctx, pool, api)
	rc := sendCalldata(t, ctx, client, 31337, anvil.DevAccount(8), common.HexToAddress(c.Distributor), hexutil.MustDecode(c.Calldata))
	if rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("claim for %s with the API's calldata reverted", account)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		got := queryClaim(t, api, account)
		if got.Claimed == c.Claimable && got.Claimable == "0" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s claimed %s in block %d; the API still says claimed %s, claimable %s", account, c.Claimable, rc.BlockNumber, got.Claimed, got.Claimable)
		}
		time.Sleep(200 * time.Millisecond)
	}

	// Ctrl-C ends it: exit 0, and the devnet it started is stopped.
	if err := d.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-d.done:
		if err != nil {
			t.Fatalf("covey demo after SIGINT: %v\n%s", err, lastLines(d.output(), 20))
		}
	case <-time.After(time.Minute):
		t.Fatalf("covey demo still running a minute after SIGINT:\n%s", lastLines(d.output(), 20))
	}
	t.Logf("covey demo's output ends:\n%s", lastLines(d.output(), 12))
	if out := d.output(); !strings.Contains(out, "stopping") || !strings.Contains(out, "devnet stopped") {
		t.Errorf("covey demo's last words:\n%s", lastLines(out, 10))
	}
	if _, err := client.BlockNumber(ctx); err == nil {
		t.Error("the devnet still answers after the demo stopped")
	}
}

// demoProcess is a running `covey demo` and its output so far.
type demoProcess struct {
	cmd   *exec.Cmd
	done  chan error
	mu    sync.Mutex
	out   bytes.Buffer
	lines chan string
}

// startDemo starts `covey demo args...` in e; the test's end kills it if it still runs and stops its devnet.
func startDemo(t *testing.T, e *env, args ...string) *demoProcess {
	t.Helper()
	d := &demoProcess{cmd: exec.Command(e.bin, append([]string{"demo"}, args...)...), done: make(chan error, 1), lines: make(chan string, 1024)}
	d.cmd.Dir, d.cmd.Env = e.dir, e.environ
	stdout, err := d.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	d.cmd.Stderr = writerFunc(func(p []byte) (int, error) { d.mu.Lock(); defer d.mu.Unlock(); return d.out.Write(p) })
	if err := d.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			d.mu.Lock()
			d.out.WriteString(sc.Text() + "\n")
			d.mu.Unlock()
			select {
			case d.lines <- sc.Text():
			default:
			}
		}
		d.done <- d.cmd.Wait()
	}()
	t.Cleanup(func() {
		if d.cmd.ProcessState == nil {
			_ = d.cmd.Process.Kill()
		}
		_, _ = e.try(append([]string{"devnet", "down"}, portArg(args)...)...)
	})
	return d
}

// portArg is the --port flag among args (the devnet's), for devnet down.
func portArg(args []string) []string {
	for i, a := range args {
		if a == "--port" && i+1 < len(args) {
			return []string{"--port", args[i+1]}
		}
	}
	return nil
}

func (d *demoProcess) output() string { d.mu.Lock(); defer d.mu.Unlock(); return d.out.String() }

// waitLine waits for a line of standard output containing want.
func (d *demoProcess) waitLine(t *testing.T, want string, within time.Duration) {
	t.Helper()
	timeout := time.After(within)
	for {
		select {
		case l := <-d.lines:
			if strings.Contains(l, want) {
				return
			}
		case err := <-d.done:
			t.Fatalf("covey demo ended (%v) before printing %q:\n%s", err, want, lastLines(d.output(), 30))
		case <-timeout:
			t.Fatalf("covey demo did not print %q within %s:\n%s", want, within, lastLines(d.output(), 30))
		}
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// demoStatus is what the test reads of status.
type demoStatus struct {
	ChainHead     struct{ Number uint64 }
	Indexed       struct{ Number uint64 }
	IndexerSeenAt int64
}

// waitStatus polls status until ok, for up to a minute.
func waitStatus(t *testing.T, api string, ok func(demoStatus) bool, what string) {
	t.Helper()
	var last demoStatus
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		body, _ := json.Marshal(map[string]string{"query": `{ status { chainHead { number } indexed { number } indexerSeenAt } }`})
		resp, err := http.Post(api, "application/json", bytes.NewReader(body))
		if err != nil {
			continue
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var r struct{ Data struct{ Status demoStatus } }
		if json.Unmarshal(raw, &r) == nil {
			if last = r.Data.Status; ok(last) {
				return
			}
		}
	}
	t.Fatalf("status never showed %s: %+v", what, last)
}

// claimableAccount is an account with a leaf the API offers calldata for, not yet claimed.
func claimableAccount(t *testing.T, ctx context.Context, pool *pgxpool.Pool, api string) (string, claim) {
	t.Helper()
	rows, err := pool.Query(ctx, `SELECT account FROM merkle_leaves WHERE chain_id = 31337 ORDER BY cumulative DESC, account`)
	if err != nil {
		t.Fatal(err)
	}
	var accounts []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			t.Fatal(err)
		}
		accounts = append(accounts, a)
	}
	rows.Close()
	for _, a := range accounts {
		if c := queryClaim(t, api, a); c.Claimable != "0" && c.Calldata != "" {
			return a, c
		}
	}
	t.Fatalf("none of the %d accounts with a leaf has anything to claim", len(accounts))
	return "", claim{}
}
