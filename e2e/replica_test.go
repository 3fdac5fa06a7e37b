package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/anvil"
	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/internal/pgtest"
)

// replicaClaim is a claim as the API on the replica answers it, with the answer's WAL position.
type replicaClaim struct {
	status                    int
	code                      string
	lsn                       string
	epoch                     *int
	claimable, calldata, dist string
}

func askReplica(t *testing.T, api, account, minLSN string) replicaClaim {
	t.Helper()
	q := fmt.Sprintf(`{ claim(account: %q) { epoch claimable calldata distributor } }`, account)
	body, _ := json.Marshal(map[string]string{"query": q})
	req, _ := http.NewRequest(http.MethodPost, api, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if minLSN != "" {
		req.Header.Set("X-Covey-Min-Lsn", minLSN)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r struct {
		Data struct {
			Claim struct {
				Epoch                  *int
				Claimable, Distributor string
				Calldata               *string
			}
		}
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("claim: %v %s", err, raw)
	}
	c := replicaClaim{status: resp.StatusCode, lsn: resp.Header.Get("X-Covey-Lsn"), epoch: r.Data.Claim.Epoch,
		claimable: r.Data.Claim.Claimable, dist: r.Data.Claim.Distributor}
	if len(r.Errors) > 0 {
		c.code = r.Errors[0].Extensions.Code
	}
	if r.Data.Claim.Calldata != nil {
		c.calldata = *r.Data.Claim.Calldata
	}
	return c
}

type replication struct {
	LagBytes   string
	LagSeconds float64
	Paused     bool
}

func askReplication(t *testing.T, api string) replication {
	t.Helper()
	var r struct {
		Data struct {
			Status struct{ Replication *replication }
		}
	}
	gqlPost(t, api, `{ status { replication { lagBytes lagSeconds paused } } }`, &r)
	if r.Data.Status.Replication == nil {
		t.Fatal("status.replication is null on a replica")
	}
	return *r.Data.Status.Replication
}

func readyz(t *testing.T, base string) int {
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within a minute", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestReadReplicaEndToEnd runs the topology of docs/operating.md's "Read replicas": a primary and a
// streaming replica (pg_basebackup -R), the indexer and settlement writing the primary, covey serve
// reading the replica (DATABASE_READ_URL). With the replica's replay paused while epoch 1 is
// settled, published and accepted on the devnet: /readyz fails past --max-replica-lag, status and
// `covey status` report the lag, claims stay epoch 0's (consistent, not half-replayed), and a
// client that brings the primary's position is refused instead of served epoch 0's proof. Resumed:
// ready again, and the replica's epoch-1 calldata pays exactly what it said on-chain.
func TestReadReplicaEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	rp := pgtest.NewReplicated(t)
	e := newEnv(t)
	e.environ = slices.DeleteFunc(e.environ, func(s string) bool { return strings.HasPrefix(s, "DATABASE_URL=") })
	e.environ = append(e.environ, "DATABASE_URL="+rp.PrimaryURL, "DATABASE_READ_URL="+rp.ReplicaURL)
	ctx := context.Background()
	d, client := e.devnetUp()
	e.run("simulate", "--users", "12", "--epochs", "2", "--seed", "5")
	e.run("index", "--until-synced")
	e.acceptEpoch(ctx, client, 0)
	e.run("index", "--until-synced")
	rp.WaitReplayed(t, rp.Replica)

	apiPort, opsPort := freePort(t), freePort(t)
	stop := e.start("serve", "--listen", fmt.Sprintf("127.0.0.1:%d", apiPort), "--metrics", fmt.Sprintf("127.0.0.1:%d", opsPort), "--max-replica-lag", "2s")
	defer stop()
	base := fmt.Sprintf("http://127.0.0.1:%d", apiPort)
	api := base + "/graphql"
	waitHTTP(t, api)
	eventually(t, "ready", func() bool { return readyz(t, base) == http.StatusOK })

	primary, err := pgxpool.New(ctx, rp.PrimaryURL)
	if err != nil {
		t.Fatal(err)
	}
	defer primary.Close()
	var account string
	if err := primary.QueryRow(ctx, `SELECT account FROM merkle_leaves WHERE chain_id = $1 AND epoch = 0 AND account <> $2
		ORDER BY cumulative DESC LIMIT 1`, d.ChainID, strings.ToLower(d.Treasury.Hex())).Scan(&account); err != nil {
		t.Fatal(err)
	}
	before := askReplica(t, api, account, "")
	if before.epoch == nil || *before.epoch != 0 || before.lsn == "" {
		t.Fatalf("before: %+v", before)
	}

	pgtest.PauseReplay(t, rp.Replica)
	e.acceptEpoch(ctx, client, 1)
	e.run("index", "--until-synced")
	var target string
	if err := primary.QueryRow(ctx, `SELECT pg_current_wal_insert_lsn()::text`).Scan(&target); err != nil {
		t.Fatal(err)
	}
	eventually(t, "/readyz failing past --max-replica-lag", func() bool { return readyz(t, base) == http.StatusServiceUnavailable })
	if readyz(t, fmt.Sprintf("http://127.0.0.1:%d", opsPort)) != http.StatusServiceUnavailable {
		t.Fatal("the metrics listener's /readyz is ready on a lagging replica")
	}
	if r := askReplication(t, api); !r.Paused || r.LagBytes == "0" || r.LagSeconds < 2 {
		t.Fatalf("status.replication while paused: %+v", r)
	}
	var st struct {
		Replica *struct {
			LagBytes int64 `json:"lag_bytes"`
			Paused   bool
		}
	}
	if err := json.Unmarshal([]byte(e.run("status", "--json")), &st); err != nil || st.Replica == nil || st.Replica.LagBytes <= 0 || !st.Replica.Paused {
		t.Fatalf("covey status --json on a paused replica: %v %+v", err, st.Replica)
	}
	if c := askReplica(t, api, account, ""); c.epoch == nil || *c.epoch != 0 {
		t.Fatalf("the paused replica answered %+v, want epoch 0's claim", c)
	}
	if c := askReplica(t, api, account, target); c.status != http.StatusServiceUnavailable || c.code != "REPLICA_BEHIND" {
		t.Fatalf("a client at the primary's position was answered %+v", c)
	}

	pgtest.ResumeReplay(t, rp.Replica)
	eventually(t, "ready again", func() bool { return readyz(t, base) == http.StatusOK })
	after := askReplica(t, api, account, target)
	if after.epoch == nil || *after.epoch != 1 || after.calldata == "" {
		t.Fatalf("after replay: %+v", after)
	}
	token, err := bindings.NewFlockToken(d.Contracts[config.FlockToken].Address, client)
	if err != nil {
		t.Fatal(err)
	}
	was, _ := token.BalanceOf(&bind.CallOpts{Context: ctx}, common.HexToAddress(account))
	rc := sendCalldata(t, ctx, client, d.ChainID, anvil.DevAccount(9), common.HexToAddress(after.dist), hexutil.MustDecode(after.calldata))
	if rc.Status != types.ReceiptStatusSuccessful {
		t.Fatal("the replica's epoch-1 calldata reverted")
	}
	now, _ := token.BalanceOf(&bind.CallOpts{Context: ctx}, common.HexToAddress(account))
	if got := new(big.Int).Sub(now, was); got.String() != after.claimable {
		t.Fatalf("paid %s, the replica said claimable %s", got, after.claimable)
	}
}
