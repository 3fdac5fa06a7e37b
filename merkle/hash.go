package merkle

import (
	"bytes"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// hasher owns a reusable keccak state and an encoding buffer so that hashing a leaf or a node
// allocates nothing; each goroutine uses its own.
type hasher struct {
	k   crypto.KeccakState
	buf [64]byte
}

func newHasher() *hasher { return &hasher{k: crypto.NewKeccakState()} }

// leaf writes keccak256(keccak256(abi.encode(account, amount))) into out, where amount is
// the 32-byte big-endian uint256. abi.encode left-pads the address to 32 bytes.
func (h *hasher) leaf(out *[32]byte, account *common.Address, amount *[32]byte) {
	clear(h.buf[:12])
	copy(h.buf[12:32], account[:])
	copy(h.buf[32:64], amount[:])
	h.k.Reset()
	h.k.Write(h.buf[:64])
	h.k.Read(out[:])
	h.k.Reset()
	h.k.Write(out[:])
	h.k.Read(out[:])
}

// node writes the OpenZeppelin "sorted pair" hash keccak256(min(a,b) ‖ max(a,b)) into out,
// which is what lets MerkleProof.verify work without left/right flags.
func (h *hasher) node(out, a, b *[32]byte) {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	copy(h.buf[:32], a[:])
	copy(h.buf[32:], b[:])
	h.k.Reset()
	h.k.Write(h.buf[:64])
	h.k.Read(out[:])
}
