//go:build chaos

package chaos

// long is true under -tags chaos: scenarios run their full number of rounds.
const long = true
