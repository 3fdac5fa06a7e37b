package chaos

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/indexer"
)

// The oracle everywhere: "the database equals a fresh index of the canonical chain". A dump is every
// indexed table rendered canonically — each row as Postgres' text form of the whole row, sorted — so
// two dumps are equal exactly when the tables hold the same rows.

// derivedTableNames are the current-state tables the indexer maintains next to the event tables.
var derivedTableNames = []string{"stake_current", "delegation_current", "reward_share_current", "claimed_total"}

// dump renders raw_logs, every ev_* table, the derived tables and the cursor (number and hash). The
// blocks table is left out unless withBlocks: which headers are stored depends on the path the index
// took (batch boundaries), not on the chain.
func dump(t testing.TB, pool *pgxpool.Pool, withBlocks bool) map[string][]string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var tables []string
	rows, err := pool.Query(ctx, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name LIKE 'ev\_%' ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	if len(tables) < 10 {
		t.Fatalf("only %d ev_ tables: is the database migrated?", len(tables))
	}
	tables = append(tables, "raw_logs")
	tables = append(tables, derivedTableNames...)
	queries := map[string]string{"cursor": "SELECT concat_ws(' ', chain_id, block_number, block_hash) FROM cursors"}
	for _, tb := range tables {
		queries[tb] = fmt.Sprintf("SELECT t::text FROM %s t", tb)
	}
	if withBlocks {
		queries["blocks"] = "SELECT t::text FROM blocks t"
	}
	out := map[string][]string{}
	for name, q := range queries {
		rows, err := pool.Query(ctx, q)
		if err != nil {
			t.Fatalf("dumping %s: %v", name, err)
		}
		vals := []string{}
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			vals = append(vals, v)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			t.Fatalf("dumping %s: %v", name, err)
		}
		sort.Strings(vals)
		out[name] = vals
	}
	return out
}

// diffDumps describes how got differs from want ("" when equal): per table, the row counts and the
// first few rows only one side has.
func diffDumps(got, want map[string][]string) string {
	names := map[string]bool{}
	for k := range got {
		names[k] = true
	}
	for k := range want {
		names[k] = true
	}
	var keys []string
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		g, w := got[k], want[k]
		if strings.Join(g, "\n") == strings.Join(w, "\n") {
			continue
		}
		onlyG, onlyW := setDiff(g, w), setDiff(w, g)
		fmt.Fprintf(&b, "table %s: %d rows, want %d (%d only here, %d missing)\n", k, len(g), len(w), len(onlyG), len(onlyW))
		for i, r := range onlyG {
			if i == 3 {
				fmt.Fprintf(&b, "    ...\n")
				break
			}
			fmt.Fprintf(&b, "    extra:   %s\n", trim(r))
		}
		for i, r := range onlyW {
			if i == 3 {
				fmt.Fprintf(&b, "    ...\n")
				break
			}
			fmt.Fprintf(&b, "    missing: %s\n", trim(r))
		}
	}
	return b.String()
}

func trim(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// setDiff is a \ b for sorted multisets.
func setDiff(a, b []string) []string {
	var out []string
	i, j := 0, 0
	for i < len(a) {
		switch {
		case j >= len(b) || a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			j++
		default:
			i++
			j++
		}
	}
	return out
}

// rowCount is the number of rows of a dump (every table but the cursor).
func rowCount(d map[string][]string) int {
	n := 0
	for k, v := range d {
		if k != "cursor" {
			n += len(v)
		}
	}
	return n
}

// oracle indexes the canonical chain into its own database, from scratch, with a clean in-process
// indexer (no faults, one plain RPC, default ranges), and dumps it.
type oracle struct {
	t   testing.TB
	cfg config.Config
}

// newOracle indexes what cfg describes; cfg's RPCs must reach the chain directly (no fault proxy).
func newOracle(t testing.TB, cfg config.Config) *oracle {
	cfg.Chain.FollowUnsafe = false
	cfg.Chain.Finality = config.FinalityLatest
	cfg.Chain.Confirmations = 0
	d := config.Defaults()
	cfg.Indexer = d.Indexer
	cfg.Indexer.MaxBackoff = config.Duration{Duration: time.Second}
	cfg.Chain.PollInterval = config.Duration{Duration: 50 * time.Millisecond}
	return &oracle{t: t, cfg: cfg}
}

// atFinality makes the oracle index up to the head of the given finality (safe, finalized) as covey
// does with that chain.finality: on a chain that does not move meanwhile, the same block.
func (o *oracle) atFinality(finality string) *oracle {
	o.cfg.Chain.Finality = finality
	return o
}

// index builds a fresh database, indexes the chain up to its head and returns the dump.
func (o *oracle) index() map[string][]string {
	o.t.Helper()
	db := newDatabase(o.t)
	defer db.drop()
	ix, err := indexer.New(o.cfg, db.pool, indexer.WithRegisterer(prometheus.NewRegistry()),
		indexer.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	if err != nil {
		o.t.Fatal(err)
	}
	defer ix.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := ix.RunUntilSynced(ctx); err != nil {
		o.t.Fatalf("oracle index: %v", err)
	}
	return dump(o.t, db.pool, false)
}

// sweepRawLogs compares raw_logs with an independent eth_getLogs sweep over the whole chain (a check
// that does not go through the indexer at all): every protocol log is present, once, byte for byte.
func sweepRawLogs(t testing.TB, pool *pgxpool.Pool, rpcURL string, cfg config.Config) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var addrs []common.Address
	for _, ct := range cfg.Contracts {
		addrs = append(addrs, ct.Address)
	}
	var cursor int64
	if err := pool.QueryRow(ctx, "SELECT block_number FROM cursors").Scan(&cursor); err != nil {
		return fmt.Sprintf("no cursor: %v", err)
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: big.NewInt(cursor), Addresses: addrs,
		Topics: [][]common.Hash{fetchedTopics(t)}})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range logs {
		want = append(want, fmt.Sprintf("%d %d %s %s %s %x", l.BlockNumber, l.Index, strings.ToLower(l.BlockHash.Hex()),
			strings.ToLower(l.TxHash.Hex()), strings.ToLower(l.Address.Hex()), l.Data))
	}
	rows, err := pool.Query(ctx, "SELECT block_number, log_index, block_hash, tx_hash, address, data FROM raw_logs")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var bn int64
		var li int32
		var bh, th, addr string
		var data []byte
		if err := rows.Scan(&bn, &li, &bh, &th, &addr, &data); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d %d %s %s %s %x", bn, li, bh, th, addr, data))
	}
	rows.Close()
	sort.Strings(got)
	sort.Strings(want)
	return diffDumps(map[string][]string{"raw_logs(vs eth_getLogs)": got}, map[string][]string{"raw_logs(vs eth_getLogs)": want})
}

var (
	indexedOnce   sync.Once
	indexedEvents map[common.Hash]string // topic0 -> ev_ table
)

// fetchedTopics is topic0 of every event the indexer asks the node for and keeps in raw_logs: every event of
// the registry (the protocol contracts' bindings), with an ev_ table or not.
func fetchedTopics(t testing.TB) []common.Hash {
	t.Helper()
	reg, err := indexer.DefaultRegistry()
	if err != nil {
		t.Fatal(err)
	}
	return reg.Topics()
}

// indexedTopics is topic0 of every event the indexer decodes into a table: the registry's events (from the
// contract bindings) that have an ev_ table in a migrated database.
func indexedTopics(t testing.TB) []common.Hash {
	t.Helper()
	indexedOnce.Do(func() {
		db := newDatabase(t)
		defer db.drop()
		reg, err := indexer.DefaultRegistry()
		if err != nil {
			t.Fatal(err)
		}
		tables := map[string]bool{}
		for k := range dump(t, db.pool, false) {
			tables[k] = true
		}
		indexedEvents = map[common.Hash]string{}
		for _, e := range reg.Events() {
			if tables[e.Table] {
				indexedEvents[e.ID] = e.Table
			}
		}
	})
	var out []common.Hash
	for id := range indexedEvents {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// cursorOf reads the cursor (number, hash); ok is false when there is none yet.
func cursorOf(ctx context.Context, pool *pgxpool.Pool) (n uint64, hash string, ok bool) {
	var bn int64
	if err := pool.QueryRow(ctx, "SELECT block_number, block_hash FROM cursors").Scan(&bn, &hash); err != nil {
		return 0, "", false
	}
	return uint64(bn), hash, true
}

// waitCursorAt waits until the cursor is at (number, hash).
func waitCursorAt(t testing.TB, pool *pgxpool.Pool, n uint64, hash common.Hash, d time.Duration) error {
	t.Helper()
	want := strings.ToLower(hash.Hex())
	return waitFor(d, func() (bool, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		got, h, ok := cursorOf(ctx, pool)
		if !ok {
			return false, fmt.Errorf("no cursor yet")
		}
		if got == n && h == want {
			return true, nil
		}
		return false, fmt.Errorf("cursor at %d %s, want %d %s", got, h, n, want)
	})
}
