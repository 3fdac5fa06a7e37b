package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/covey-labs/covey/cmd/covey/app"
	coveysql "github.com/covey-labs/covey/sql"
)

func init() { register("migrate", withEnv("migrate", func() envCommand { return &migrateCmd{} })) }

// migrateCmd applies pending migrations (every service also does this at start-up).
type migrateCmd struct{}

func (c *migrateCmd) flags(*flag.FlagSet) {}

func (c *migrateCmd) run(ctx context.Context, env *app.Env, stdout, _ io.Writer) error {
	pool, err := env.DB(ctx, app.Tool)
	if err != nil {
		return err
	}
	v, err := coveysql.Version(ctx, pool)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "schema at version %d\n", v)
	return nil
}
