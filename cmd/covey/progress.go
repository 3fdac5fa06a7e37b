package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/cmd/covey/app"
)

// isTerminal says whether f is a character device (an interactive terminal), where a redrawn
// progress bar is welcome; in logs and pipes the indexer's periodic progress lines are enough.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// startProgressBar draws progressBar on w when the database and the chain can be reached; stop ends it.
func startProgressBar(ctx context.Context, env *app.Env, w io.Writer) (stop func()) {
	pool, err := env.DB(ctx, app.Indexer)
	if err != nil {
		return func() {}
	}
	client, err := env.Chain(ctx)
	if err != nil {
		return func() {}
	}
	barCtx, cancel := context.WithCancel(ctx)
	go progressBar(barCtx, w, pool, client, env.Config.Chain.ID)
	return cancel
}

// progressBar redraws one line on w every second while the indexer backfills: blocks done out of
// the chain head, events per second and an ETA. It stops when ctx ends.
func progressBar(ctx context.Context, w io.Writer, pool *pgxpool.Pool, client *ethclient.Client, chainID int64) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	var lastEvents int64
	var lastBlock uint64
	first := true
	for {
		select {
		case <-ctx.Done():
			fmt.Fprintln(w)
			return
		case <-t.C:
		}
		head, err := client.BlockNumber(ctx)
		if err != nil {
			continue
		}
		var block uint64
		var events int64
		err = pool.QueryRow(ctx, `SELECT coalesce((SELECT block_number FROM cursors WHERE chain_id = $1), 0),
			(SELECT count(*) FROM raw_logs WHERE chain_id = $1 AND block_number > $2)`, chainID, int64(lastBlock)).Scan(&block, &events)
		if err != nil {
			continue
		}
		rate := events // logs in the blocks indexed during the last second
		if first {
			rate, first = 0, false
		}
		speed := float64(block - min(block, lastBlock))
		eta := "—"
		if speed > 0 && head > block {
			eta = (time.Duration(float64(head-block)/speed) * time.Second).String()
		}
		lastBlock, lastEvents = block, lastEvents+events
		const width = 30
		done := width
		if head > 0 && block < head {
			done = int(float64(width) * float64(block) / float64(head))
		}
		fmt.Fprintf(w, "\r[%s%s] block %d/%d  %d events/s  ETA %s   ", strings.Repeat("#", done), strings.Repeat(".", width-done), block, head, rate, eta)
	}
}
