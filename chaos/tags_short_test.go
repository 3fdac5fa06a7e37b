//go:build !chaos

package chaos

// long is false without -tags chaos: scenarios run a short smoke variant.
const long = false
