package graphql

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// distributorABI is the one RewardsDistributor method the API encodes calldata for.
var distributorABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"claim","stateMutability":"nonpayable",
		"inputs":[{"name":"account","type":"address"},{"name":"cumulativeAmount","type":"uint256"},{"name":"proof","type":"bytes32[]"}],
		"outputs":[{"name":"paid","type":"uint256"}]}]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// EncodeClaim is the calldata of RewardsDistributor.claim(account, cumulativeAmount, proof).
func EncodeClaim(account common.Address, cumulative *big.Int, proof []common.Hash) ([]byte, error) {
	p := make([][32]byte, len(proof))
	for i, h := range proof {
		p[i] = h
	}
	return distributorABI.Pack("claim", account, cumulative, p)
}

type claimR struct {
	account      string
	settledEpoch *int64
	cumulative   *big.Int
	claimed      *big.Int
	epoch        *int64
	root         *string
	acceptedCum  *big.Int
	proof        []common.Hash
	distributor  *common.Address
}

// Account claiming.
func (r *claimR) Account() Address { return addrOf(r.account) }

// SettledEpoch is the latest settled epoch.
func (r *claimR) SettledEpoch() *int32 { return i32p(r.settledEpoch) }

// CumulativeAmount is the account's leaf in the latest settled epoch (0 when absent).
func (r *claimR) CumulativeAmount() BigInt { return BigInt{r.cumulative} }

// Claimed is what the account has claimed on-chain.
func (r *claimR) Claimed() BigInt { return BigInt{r.claimed} }

// Epoch is the epoch of the root accepted on-chain.
func (r *claimR) Epoch() *int32 { return i32p(r.epoch) }

// Root is the root accepted on-chain.
func (r *claimR) Root() *Bytes32 {
	if r.root == nil {
		return nil
	}
	h := hashOf(*r.root)
	return &h
}

// AcceptedCumulativeAmount is the account's leaf under the accepted root.
func (r *claimR) AcceptedCumulativeAmount() BigInt { return BigInt{r.acceptedCum} }

// Claimable is acceptedCumulativeAmount - claimed, floored at zero.
func (r *claimR) Claimable() BigInt {
	d := new(big.Int).Sub(r.acceptedCum, r.claimed)
	if d.Sign() < 0 {
		d.SetInt64(0)
	}
	return BigInt{d}
}

// Proof of the account's leaf under the accepted root.
func (r *claimR) Proof() []Bytes32 {
	out := make([]Bytes32, len(r.proof))
	for i, h := range r.proof {
		out[i] = Bytes32{h}
	}
	return out
}

// Distributor is the contract to send the calldata to.
func (r *claimR) Distributor() *Address {
	if r.distributor == nil {
		return nil
	}
	return &Address{*r.distributor}
}

// Calldata is claim(account, acceptedCumulativeAmount, proof), null when nothing is claimable.
// It returns no error on purpose: graphql-go runs every sibling of a field that can fail (or
// takes a context) in its own goroutine, and Claim's fields are all plain values. Encoding
// cannot fail for an address, a uint256 and 32-byte hashes; if it ever did, the panic handler
// turns it into an INTERNAL error as a returned error would have been.
func (r *claimR) Calldata() *Bytes {
	if r.epoch == nil || r.Claimable().v.Sign() == 0 {
		return nil
	}
	b, err := EncodeClaim(common.HexToAddress(r.account), r.acceptedCum, r.proof)
	if err != nil {
		panic(fmt.Errorf("encoding claim calldata: %w", err))
	}
	out := Bytes(b)
	return &out
}

// claims computes claim state for accounts in a fixed number of queries.
func (s *Server) claims(ctx context.Context, accounts []string) (map[string]*claimR, error) {
	out := make(map[string]*claimR, len(accounts))
	for _, a := range accounts {
		out[a] = &claimR{account: a, cumulative: new(big.Int), claimed: new(big.Int), acceptedCum: new(big.Int)}
	}
	var settled *int64
	if err := s.pool.QueryRow(ctx, `SELECT max(epoch) FROM settlement_epochs WHERE chain_id = $1`, s.opts.ChainID).Scan(&settled); err != nil {
		return nil, err
	}
	// The accepted root counts only if it is the root we settled for that epoch: otherwise our
	// proofs would not verify against it.
	var accEpoch int64
	var accRoot, contract string
	var matches bool
	err := s.pool.QueryRow(ctx, `SELECT a.epoch::bigint, a.root, a.contract, coalesce(se.root = a.root, false)
		FROM ev_root_accepted a LEFT JOIN settlement_epochs se ON se.chain_id = a.chain_id AND se.epoch = a.epoch
		WHERE a.chain_id = $1 ORDER BY a.block_number DESC, a.log_index DESC LIMIT 1`, s.opts.ChainID).
		Scan(&accEpoch, &accRoot, &contract, &matches)
	accepted := err == nil
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, err
	}
	var dist *common.Address
	if s.opts.Distributor != (common.Address{}) {
		d := s.opts.Distributor
		dist = &d
	} else if accepted {
		d := common.HexToAddress(contract)
		dist = &d
	}
	epochs := []int64{}
	if settled != nil {
		epochs = append(epochs, *settled)
	}
	if accepted && matches {
		epochs = append(epochs, accEpoch)
	}
	rows, err := s.pool.Query(ctx, `SELECT account, epoch, cumulative::text, proof FROM merkle_leaves
		WHERE chain_id = $1 AND epoch = ANY($2::bigint[]) AND account = ANY($3::text[])`, s.opts.ChainID, epochs, accounts)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var a, cum string
		var e int64
		var proof []byte
		if err := rows.Scan(&a, &e, &cum, &proof); err != nil {
			return nil, err
		}
		c := out[a]
		if c == nil {
			continue
		}
		if settled != nil && e == *settled {
			c.cumulative = bigOf(cum).v
		}
		if accepted && matches && e == accEpoch {
			c.acceptedCum = bigOf(cum).v
			for i := 0; i+32 <= len(proof); i += 32 {
				c.proof = append(c.proof, common.BytesToHash(proof[i:i+32]))
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.pool.Query(ctx, `SELECT account, amount::text FROM claimed_total WHERE chain_id = $1 AND account = ANY($2::text[])`,
		s.opts.ChainID, accounts)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var a, amt string
		if err := rows.Scan(&a, &amt); err != nil {
			return nil, err
		}
		if c := out[a]; c != nil {
			c.claimed = bigOf(amt).v
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, c := range out {
		c.settledEpoch = settled
		c.distributor = dist
		if accepted {
			e, r := accEpoch, accRoot
			c.epoch, c.root = &e, &r
		}
	}
	return out, nil
}
