package chaintest

import (
	_ "embed"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// emitterBin is Emitter.sol's creation bytecode as solc wrote it (hex).
//
//go:embed Emitter.bin
var emitterBin string

// EmitterCode is the creation bytecode of Emitter.sol, a test-only contract whose fallback emits the
// records in its calldata verbatim: deployed at a protocol contract's address, it lets a test produce
// any protocol event, in bulk.
func EmitterCode() []byte { return common.FromHex(strings.TrimSpace(emitterBin)) }
