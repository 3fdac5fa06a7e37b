package embeddedpg

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestStartQueryRestart(t *testing.T) {
	wd, _ := os.Getwd()
	pkg, err := FindPackage(wd)
	if err != nil {
		t.Skip(err)
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "pg")
	s, err := Start(ctx, Options{PackageDir: pkg, DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	c, err := pgx.Connect(ctx, s.URL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Exec(ctx, "create table kept(x int); insert into kept values (42)"); err != nil {
		t.Fatal(err)
	}
	c.Close(ctx)
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	// Starting again on the same directory resumes the same cluster with its data.
	s2, err := Start(ctx, Options{PackageDir: pkg, DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Stop()
	c2, err := pgx.Connect(ctx, s2.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close(ctx)
	var x int
	if err := c2.QueryRow(ctx, "select x from kept").Scan(&x); err != nil || x != 42 {
		t.Fatalf("after restart: x=%d err=%v", x, err)
	}
}
