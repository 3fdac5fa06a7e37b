package anvil

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Mnemonic is anvil's default mnemonic. The devnet is started with it explicitly so its accounts
// never depend on anvil's defaults changing.
const Mnemonic = "test test test test test test test test test test test junk"

// devKeys are the private keys anvil derives from Mnemonic (m/44'/60'/0'/0/i, i = 0..9).
// DEVNET ONLY: they are public knowledge (printed by every `anvil` start) and must never hold value on
// a real chain. They are hardcoded rather than derived so the package needs no BIP-32 code.
var devKeys = [10]string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// Devnet account indices and what they do (see Deploy).
const (
	// AdminIndex holds every admin role and TASK_ADMIN, and is the treasury.
	AdminIndex = 0
	// RootProposerIndex holds ROOT_PROPOSER_ROLE on the RewardsDistributor (settlement publishes with it).
	RootProposerIndex = 1
	// GuardianIndex holds GUARDIAN_ROLE on the RewardsDistributor.
	GuardianIndex = 2
	// SlasherIndex holds SLASHER_ROLE on Staking (the simulator slashes with it).
	SlasherIndex = 3
	// DeployerIndex sends the deployment (Deploy.s.sol) and, as on a real chain, holds no role after it.
	DeployerIndex = 8
)

// Account is a devnet key pair.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// DevAccount returns anvil's default account i (0..9) for Mnemonic, so callers (settlement tests,
// the CLI) can sign as the devnet's admin, root proposer, guardian or slasher.
func DevAccount(i int) Account {
	if i < 0 || i >= len(devKeys) {
		panic(fmt.Sprintf("anvil: no default account %d", i))
	}
	k, err := crypto.HexToECDSA(devKeys[i])
	if err != nil {
		panic(err)
	}
	return Account{Address: crypto.PubkeyToAddress(k.PublicKey), Key: k}
}

// SimAccount is simulated user i for seed: its key is keccak256(seed || i) (both uint64 big-endian),
// so the same seed always yields the same users and anyone can recreate their keys.
func SimAccount(seed uint64, i int) Account {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], seed)
	binary.BigEndian.PutUint64(b[8:], uint64(i))
	h := crypto.Keccak256(b[:])
	for {
		k, err := crypto.ToECDSA(h)
		if err == nil {
			return Account{Address: crypto.PubkeyToAddress(k.PublicKey), Key: k}
		}
		h = crypto.Keccak256(h) // out of the curve order: astronomically rare, rehash
	}
}
