// Package policy holds the versioned reward policy files that settlement runs under, embedded so that
// every binary carries the exact bytes whose canonical hash goes into a settlement manifest.
package policy

import _ "embed"

// V1 is the default reward policy (REWARDS.md v1). A deployment may override its genesis (and treasury)
// with its own file; settlement/engine.LoadPolicy validates any such file.
//
//go:embed v1.json
var V1 []byte
