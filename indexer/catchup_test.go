package indexer

import (
	"context"
	mrand "math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5"

	"github.com/covey-labs/covey/internal/pgtest"
	coveysql "github.com/covey-labs/covey/sql"
)

// eventsBefore00009 are the events the indexer fetched before 00009 (those that had a table then).
var eventsBefore00009 = []string{"Staked", "UnstakeRequested", "Withdrawn", "Slashed", "WithdrawalSlashed", "Delegated", "Undelegated",
	"RewardShareSet", "CooldownsSet", "TaskCreated", "ModelSubmitted", "ScoreSubmitted", "ModelListed", "ModelPurchased", "FeeSet",
	"Funded", "RootProposed", "RootAccepted", "RootRevoked", "Claimed", "TimelockSet",
	"FLTaskCreated", "MemberJoined", "MemberLeft", "RoundStarted", "RoleAssigned", "UpdateSubmitted", "VoteCommitted",
	"VoteRevealed", "RoundFinalized", "ParticipantSlashed"}

// oldRegistry is the registry an indexer of before 00009 had: the protocol's ABIs with only those events.
func oldRegistry(t *testing.T) *Registry {
	t.Helper()
	var abis []abi.ABI
	for _, m := range protocolABIs {
		a, err := m.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		kept := abi.ABI{Events: map[string]abi.Event{}}
		for name, ev := range a.Events {
			if slices.Contains(eventsBefore00009, name) {
				kept.Events[name] = ev
			}
		}
		abis = append(abis, kept)
	}
	reg, err := NewRegistry(abis...)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestEventsNewToAnIndexAreCaughtUp: a chain indexed by a covey that fetched fewer events (as before 00009, when
// role, pause and parameter events were not fetched) is, at the next start of this one, given those events over
// the blocks it had already indexed, and then follows the chain: the index equals a fresh index of the whole
// chain (raw_logs, every event table, derived state, cursor). Without the catch-up, every role granted before the
// upgrade is missing.
func TestEventsNewToAnIndexAreCaughtUp(t *testing.T) {
	c := startAnvil(t)
	r := mrand.New(mrand.NewPCG(16, 5))
	emitRandom(c, r, 300, 6)
	c.emit(c.event("RoleGranted", [32]byte{}, smallAddrs[0], smallAddrs[1]))
	cfg := testConfig(c)
	cfg.Indexer.MaxRange = 16
	pool := pgtest.New(t)
	core := coreEvents
	coreEvents = eventsBefore00009 // the old indexer required only these
	syncIndex(t, cfg, pool, WithRegistry(oldRegistry(t)))
	coreEvents = core
	if n := countRows(t, pool, "ev_role_granted"); n != 0 {
		t.Fatalf("the old indexer stored %d RoleGranted", n)
	}
	emitRandom(c, r, 100, 6)
	syncIndex(t, cfg, pool)
	diffDumps(t, dump(t, pool), freshDump(t, cfg))
	if n := countRows(t, pool, "ev_role_granted"); n < 2 {
		t.Fatalf("%d RoleGranted after the catch-up", n)
	}
	// The record now names every event: the next start fetches nothing again.
	all, _ := DefaultRegistry()
	if n := countRows(t, pool, "indexed_events"); n != len(all.Events()) {
		t.Errorf("indexed_events holds %d events, the registry has %d", n, len(all.Events()))
	}
}

// TestMigrationRecordsWhatOldIndexesHold: 00010 records, for every chain with a cursor, exactly the events the
// indexer fetched before 00009, so an existing index catches up the others and nothing more.
func TestMigrationRecordsWhatOldIndexesHold(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	if _, err := pool.Exec(ctx, `DROP TABLE indexed_events; DELETE FROM goose_db_version WHERE version_id = 10;
		INSERT INTO cursors (chain_id, block_number, block_hash) VALUES (8453, 7, '0x`+strings.Repeat("ab", 32)+`')`); err != nil {
		t.Fatal(err)
	}
	if err := coveysql.Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	rows, err := pool.Query(ctx, "SELECT topic0 FROM indexed_events WHERE chain_id = 8453 ORDER BY 1")
	if err != nil {
		t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range oldRegistry(t).Events() {
		want = append(want, hexutil.Encode(e.ID[:]))
	}
	sort.Strings(want)
	if len(want) != len(eventsBefore00009) || strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("00010 recorded %d events:\n%s\nwant the %d fetched before 00009:\n%s", len(got), strings.Join(got, "\n"), len(want), strings.Join(want, "\n"))
	}
}
