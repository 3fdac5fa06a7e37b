package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/indexer"
)

func init() { register("status", withEnv("status", func() envCommand { return &statusCmd{} })) }

// statusCmd prints where the chain is and where the index is, for people (table) and scripts (--json).
type statusCmd struct{ asJSON bool }

func (c *statusCmd) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.asJSON, "json", false, "print one JSON object")
}

func (c *statusCmd) run(ctx context.Context, env *app.Env, stdout, _ io.Writer) error {
	s, err := chainStatus(ctx, env, app.Tool)
	if err != nil {
		return err
	}
	out := statusOut{StatusReport: s}
	if env.Config.Database.ReadURL != "" {
		if out.Replica, err = replicaLag(ctx, env); err != nil {
			return err
		}
	}
	if c.asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	if err := printStatus(stdout, s); err != nil {
		return err
	}
	if r := out.Replica; r != nil {
		fmt.Fprintf(stdout, "replica (database.read_url): replayed %s of the primary's %s, %d bytes behind, replay paused: %v, last replayed commit %s\n",
			r.ReplayLSN, r.PrimaryLSN, r.LagBytes, r.Paused, r.LastReplayedCommit)
	}
	return nil
}

// statusOut is what status prints: the index, and the replica the API reads when there is one.
type statusOut struct {
	indexer.StatusReport
	Replica *replicaStatus `json:"replica,omitempty"`
}

// replicaStatus is database.read_url's replay position against the primary's WAL position.
type replicaStatus struct {
	ReplayLSN          string `json:"replay_lsn"`
	PrimaryLSN         string `json:"primary_lsn"`
	LagBytes           int64  `json:"lag_bytes"`
	Paused             bool   `json:"paused"`
	LastReplayedCommit string `json:"last_replayed_commit,omitempty"`
}

// replicaLag reads the primary's position, then how far the replica has replayed.
func replicaLag(ctx context.Context, env *app.Env) (*replicaStatus, error) {
	primary, err := env.DB(ctx, app.Tool)
	if err != nil {
		return nil, err
	}
	replica, err := env.DB(ctx, app.API)
	if err != nil {
		return nil, err
	}
	r := &replicaStatus{}
	if err := primary.QueryRow(ctx, `SELECT pg_current_wal_insert_lsn()::text`).Scan(&r.PrimaryLSN); err != nil {
		return nil, fmt.Errorf("reading the primary's WAL position: %w", err)
	}
	var inRecovery bool
	var replay *string
	var last *time.Time
	if err := replica.QueryRow(ctx, `SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text, pg_last_xact_replay_timestamp(),
		CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END,
		coalesce(pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn()), 0)::bigint`, r.PrimaryLSN).Scan(&inRecovery, &replay, &last, &r.Paused, &r.LagBytes); err != nil {
		return nil, fmt.Errorf("reading the replica's replay position: %w", err)
	}
	if !inRecovery || replay == nil {
		return nil, errors.New("database.read_url is not a streaming replica (not in recovery: promoted, or the primary itself)")
	}
	r.ReplayLSN, r.LagBytes = *replay, max(r.LagBytes, 0)
	if last != nil {
		r.LastReplayedCommit = last.UTC().Format(time.RFC3339)
	}
	return r, nil
}

// chainStatus is indexer.Status read on role's pool, the chain asked through every RPC.
func chainStatus(ctx context.Context, env *app.Env, role app.Role) (indexer.StatusReport, error) {
	pool, err := env.DB(ctx, role)
	if err != nil {
		return indexer.StatusReport{}, err
	}
	client, err := env.RPC(ctx)
	if err != nil {
		return indexer.StatusReport{}, err
	}
	return indexer.Status(ctx, pool, client)
}

func printStatus(w io.Writer, s indexer.StatusReport) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "chain id\t%d\n", s.ChainID)
	fmt.Fprintf(tw, "head (latest)\t%d\n", s.Head)
	fmt.Fprintf(tw, "safe head\t%d\n", s.Safe)
	fmt.Fprintf(tw, "finalized head\t%d\n", s.Finalized)
	fmt.Fprintf(tw, "indexed block\t%d %s\n", s.IndexedBlock, s.IndexedBlockHash)
	fmt.Fprintf(tw, "lag\t%d blocks, %d s\n", s.LagBlocks, s.LagSeconds)
	fmt.Fprintf(tw, "logs indexed\t%d\n", s.LogsTotal)
	if s.DeferredIndexes > 0 {
		fmt.Fprintf(tw, "deferred indexes\t%d (dropped for the backfill, built once caught up)\n", s.DeferredIndexes)
	}
	if s.DerivedDeferred {
		fmt.Fprintf(tw, "derived state\tdeferred (folded in once caught up; the API reads the events meanwhile)\n")
	}
	names := make([]string, 0, len(s.Events))
	for n := range s.Events {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(tw, "  %s\t%d\n", n, s.Events[n])
	}
	return tw.Flush()
}
