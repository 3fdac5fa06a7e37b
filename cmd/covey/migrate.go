package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	coveysql "github.com/covey-labs/covey/sql"
)

func init() { register("migrate", runMigrate) }

// runMigrate applies pending migrations (every service also does this at start-up).
func runMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return exitError{2, err}
	}
	cfg, err := c.load()
	if err != nil {
		return err
	}
	pool, closeDB, err := openDB(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeDB()
	v, err := coveysql.Version(ctx, pool)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "schema at version %d\n", v)
	return nil
}
