package main

import "os"

// secretEnv are the environment variables that hold secrets. main takes them out of the process's
// environment before any command runs, so no child process (the embedded Postgres, anvil, forge) and
// nothing that reads the environment later (a debugger, /proc/<pid>/environ after an exec) finds them.
var secretEnv = []string{"COVEY_PUBLISHER_KEY", "COVEY_GUARDIAN_KEY", "COVEY_KEYSTORE_PASSWORD"}

// secrets holds what takeSecrets took; commands read a secret with secret(name).
var secrets = map[string]string{}

// takeSecrets moves the secret variables from the environment into secrets.
func takeSecrets() {
	for _, k := range secretEnv {
		if v, ok := os.LookupEnv(k); ok {
			secrets[k] = v
			_ = os.Unsetenv(k)
		}
	}
}

// secret is a secret variable's value and whether it was set.
func secret(name string) (string, bool) {
	v, ok := secrets[name]
	return v, ok
}
