package chaos

import (
	"os"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/covey-labs/covey/config"
)

// writeConfig writes cfg as the TOML file covey reads with --config (database and Redis come from the
// environment, never the file).
func writeConfig(t testing.TB, path string, cfg config.Config) string {
	t.Helper()
	cfg.Database.URL, cfg.Redis.URL = "", ""
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := toml.NewEncoder(f).Encode(cfg); err != nil {
		t.Fatal(err)
	}
	if _, err := config.Load(path); err != nil {
		t.Fatalf("the written config does not load: %v", err)
	}
	return path
}
