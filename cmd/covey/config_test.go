package main

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/covey-labs/covey/config"
)

// TestConfigFromBroadcastUsage: what is missing or malformed on the command line is refused with exit
// code 2 and a message naming it, before anything is read or dialed.
func TestConfigFromBroadcastUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "want from-broadcast"},
		{[]string{"show"}, "want from-broadcast"},
		{[]string{"from-broadcast"}, "want one broadcast file"},
		{[]string{"from-broadcast", "run-latest.json"}, "--rpc URL is needed"},
	} {
		err := runConfig(context.Background(), tc.args, io.Discard, io.Discard)
		var ec exitError
		if !errors.As(err, &ec) || ec.code != 2 || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want exit 2 saying %q", tc.args, err, tc.want)
		}
	}
}

func TestGenesisFlag(t *testing.T) {
	for given, want := range map[string]int64{"2026-01-01T00:00:00Z": 1767225600, "1767225600": 1767225600} {
		if got, err := genesisOf(context.Background(), nil, config.Deployments{}, given); err != nil || got != want {
			t.Errorf("--genesis %s: %d, %v", given, got, err)
		}
	}
	for given, want := range map[string]string{"2026-01-01T06:00:00Z": "not a UTC midnight", "tomorrow": "want RFC 3339"} {
		if _, err := genesisOf(context.Background(), nil, config.Deployments{}, given); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("--genesis %s: %v, want an error saying %q", given, err, want)
		}
	}
}
