package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/covey-labs/covey/cmd/covey/app"
	"github.com/covey-labs/covey/config"
)

// TestSecretsLeaveTheEnvironment (issue 17 item 2): the publisher key, the guardian key and the
// keystore password are taken out of covey's environment before any command runs: a child process
// (the embedded Postgres, anvil, forge) inherits none of them, and the publisher still signs with the
// key. It failed when the key stayed in the environment for every child to inherit.
func TestSecretsLeaveTheEnvironment(t *testing.T) {
	const key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" // anvil's account 1
	t.Setenv("COVEY_PUBLISHER_KEY", key)
	t.Setenv("COVEY_GUARDIAN_KEY", "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a")
	t.Setenv("COVEY_KEYSTORE_PASSWORD", "hunter2hunter2")
	t.Cleanup(func() { secrets = map[string]string{} })
	takeSecrets()
	for _, k := range secretEnv {
		if v, ok := os.LookupEnv(k); ok {
			t.Errorf("%s is still in the environment (%d bytes)", k, len(v))
		}
	}
	out, err := exec.Command("env").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range secretEnv {
		if strings.Contains(string(out), k) {
			t.Errorf("a child process inherits %s", k)
		}
	}
	signer, err := (&keyFlags{}).signer(app.New(config.Defaults(), app.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if got := signer.Address().Hex(); got != "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" {
		t.Fatalf("the publisher signs as %s", got)
	}
}
