package graphql

import (
	"context"
	"errors"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
)

// Who holds power (Query.protocol): roles and parameters are replayed from the contracts' access-control,
// pause and parameter events by the indexer's protocol_roles and protocol_parameters functions
// (sql/migrations/00009) at the request's block, so they are exact at any block and after any reorg.

// knownRoles are the protocol's role ids by name (the contracts' *_ROLE constants; TestKnownRolesAreTheContracts').
var knownRoles = func() map[common.Hash]string {
	m := map[common.Hash]string{{}: "DEFAULT_ADMIN_ROLE"}
	for _, n := range []string{"ROOT_PROPOSER_ROLE", "GUARDIAN_ROLE", "SLASHER_ROLE", "TASK_ADMIN_ROLE"} {
		m[crypto.Keccak256Hash([]byte(n))] = n
	}
	return m
}()

// roleName is the role's name, or its id for a role covey does not know.
func roleNameOf(id common.Hash) string {
	if n, ok := knownRoles[id]; ok {
		return n
	}
	return strings.ToLower(id.Hex())
}

type protocolArgs struct {
	Block       *int32
	MinFinality *string
}

// Protocol reads who holds power over the protocol and how it is set.
func (q *queryRoot) Protocol(ctx context.Context, args protocolArgs) (*protocolR, error) {
	block, err := q.s.readBlock(ctx, args.Block, args.MinFinality)
	if err != nil {
		return nil, err
	}
	return &protocolR{s: q.s, block: block}, nil
}

// protocolR loads roles and parameters once per request for all of its fields.
type protocolR struct {
	s     *Server
	block *int64

	once   sync.Once
	err    error
	roles  []*roleHolderR
	params []*parameterR
}

func (p *protocolR) at() int64 {
	if p.block != nil {
		return *p.block
	}
	return allBlocks
}

// nameOf is a contract's configured name, or its checksummed address.
func (p *protocolR) nameOf(addr common.Address) string {
	for n, a := range p.s.opts.Contracts {
		if a == addr {
			return n
		}
	}
	return addr.Hex()
}

func (p *protocolR) load(ctx context.Context) error {
	p.once.Do(func() {
		if p.roles, p.err = p.loadRoles(ctx); p.err != nil {
			p.err = p.s.internal(ctx, "loading roles", p.err)
			return
		}
		if p.params, p.err = p.loadParams(ctx); p.err != nil {
			p.err = p.s.internal(ctx, "loading parameters", p.err)
		}
	})
	return p.err
}

func (p *protocolR) loadRoles(ctx context.Context) ([]*roleHolderR, error) {
	rows, err := p.s.query(ctx, `SELECT r.contract, r.role, r.account, r.granted_by, r.since_block, coalesce(b.finality, 'unsafe')
		FROM protocol_roles($1, $2) r LEFT JOIN blocks b ON b.chain_id = $1 AND b.number = r.since_block`, p.s.opts.ChainID, p.at())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*roleHolderR
	for rows.Next() {
		var contract, role, account, by string
		r := &roleHolderR{}
		if err := rows.Scan(&contract, &role, &account, &by, &r.since, &r.finality); err != nil {
			return nil, err
		}
		r.contract, r.roleID, r.account, r.grantedBy = common.HexToAddress(contract), common.HexToHash(role), common.HexToAddress(account), common.HexToAddress(by)
		r.name, r.role = p.nameOf(r.contract), roleNameOf(r.roleID)
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if a.role != b.role {
			return a.role < b.role
		}
		return strings.ToLower(a.account.Hex()) < strings.ToLower(b.account.Hex())
	})
	return out, rows.Err()
}

func (p *protocolR) loadParams(ctx context.Context) ([]*parameterR, error) {
	rows, err := p.s.query(ctx, `SELECT r.contract, r.name, r.key, r.value, r.getter, r.since_block, coalesce(b.finality, 'unsafe')
		FROM protocol_parameters($1, $2) r LEFT JOIN blocks b ON b.chain_id = $1 AND b.number = r.since_block
		ORDER BY r.name, r.key COLLATE "C"`, p.s.opts.ChainID, p.at())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*parameterR
	for rows.Next() {
		var contract string
		r := &parameterR{}
		if err := rows.Scan(&contract, &r.name, &r.key, &r.value, &r.getter, &r.since, &r.finality); err != nil {
			return nil, err
		}
		r.contract = common.HexToAddress(contract)
		if strings.HasSuffix(r.getter, "(address)") {
			r.value = common.HexToAddress(r.value).Hex()
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Block is the block the state is read at; nil for the latest.
func (p *protocolR) Block() *int32 { return i32p(p.block) }

// Contracts lists the configured contracts by name.
func (p *protocolR) Contracts(ctx context.Context) ([]*protocolContractR, error) {
	if err := p.load(ctx); err != nil {
		return nil, err
	}
	names := make([]string, 0, len(p.s.opts.Contracts))
	for n := range p.s.opts.Contracts {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]*protocolContractR, 0, len(names))
	for _, n := range names {
		c := &protocolContractR{name: n, address: p.s.opts.Contracts[n]}
		for _, pr := range p.params {
			if pr.contract == c.address {
				c.params = append(c.params, pr)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// Roles lists every role held.
func (p *protocolR) Roles(ctx context.Context) ([]*roleHolderR, error) {
	if err := p.load(ctx); err != nil {
		return nil, err
	}
	return p.roles, nil
}

// Distributor is the RewardsDistributor's control state.
func (p *protocolR) Distributor(ctx context.Context) (*distributorControlR, error) {
	addr, ok := p.s.opts.Contracts["RewardsDistributor"]
	if !ok {
		addr = p.s.opts.Distributor
	}
	if addr == (common.Address{}) {
		return nil, nil
	}
	if err := p.load(ctx); err != nil {
		return nil, err
	}
	d := &distributorControlR{address: addr}
	for _, r := range p.roles {
		if r.contract != addr {
			continue
		}
		switch r.role {
		case "ROOT_PROPOSER_ROLE":
			d.proposers = append(d.proposers, Address{r.account})
		case "GUARDIAN_ROLE":
			d.guardians = append(d.guardians, Address{r.account})
		case "DEFAULT_ADMIN_ROLE":
			d.admins = append(d.admins, Address{r.account})
		}
	}
	for _, pr := range p.params {
		if pr.contract == addr {
			d.param(pr)
		}
	}
	err := p.s.queryRow(ctx, `SELECT pending, epoch, root, valid_at FROM (
			SELECT true AS pending, CASE WHEN epoch <= 2147483647 THEN epoch::int END AS epoch, root, valid_at, block_number, log_index
			FROM ev_root_proposed WHERE chain_id = $1 AND contract = $2 AND block_number <= $3
			UNION ALL SELECT false, NULL, NULL, NULL, block_number, log_index FROM ev_root_accepted WHERE chain_id = $1 AND contract = $2 AND block_number <= $3
			UNION ALL SELECT false, NULL, NULL, NULL, block_number, log_index FROM ev_root_revoked WHERE chain_id = $1 AND contract = $2 AND block_number <= $3
		) x ORDER BY block_number DESC, log_index DESC LIMIT 1`, p.s.opts.ChainID, strings.ToLower(addr.Hex()), p.at()).
		Scan(&d.pending, &d.pendingEpoch, &d.pendingRoot, &d.validAt)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, p.s.internal(ctx, "loading the pending root", err)
	}
	return d, nil
}

type protocolContractR struct {
	name    string
	address common.Address
	params  []*parameterR
}

// Name is the configured name.
func (c *protocolContractR) Name() string { return c.name }

// Address of the contract.
func (c *protocolContractR) Address() Address { return Address{c.address} }

// Paused is the latest Paused/Unpaused.
func (c *protocolContractR) Paused() bool {
	for _, p := range c.params {
		if p.name == "paused" {
			return p.value == "true"
		}
	}
	return false
}

// Parameters of the contract.
func (c *protocolContractR) Parameters() []*parameterR { return c.params }

type parameterR struct {
	contract            common.Address
	name, value, getter string
	key                 *string
	since               int64
	finality            string
}

// Name is the getter's name.
func (r *parameterR) Name() string { return r.name }

// Key is the getter's argument, if any.
func (r *parameterR) Key() *string { return r.key }

// Value as the getter returns it.
func (r *parameterR) Value() string { return r.value }

// Getter is the cast signature.
func (r *parameterR) Getter() string { return r.getter }

// SinceBlock is the setting event's block.
func (r *parameterR) SinceBlock() int32 { return int32(r.since) }

// Finality of that block.
func (r *parameterR) Finality() string { return strings.ToUpper(r.finality) }

type roleHolderR struct {
	contract, account, grantedBy common.Address
	roleID                       common.Hash
	name, role, finality         string
	since                        int64
}

// Contract is the configured name.
func (r *roleHolderR) Contract() string { return r.name }

// ContractAddress of the contract.
func (r *roleHolderR) ContractAddress() Address { return Address{r.contract} }

// Role is the role's name or id.
func (r *roleHolderR) Role() string { return r.role }

// RoleID is the bytes32 role.
func (r *roleHolderR) RoleID() Bytes32 { return Bytes32{r.roleID} }

// Account holding it.
func (r *roleHolderR) Account() Address { return Address{r.account} }

// GrantedBy is RoleGranted's sender.
func (r *roleHolderR) GrantedBy() Address { return Address{r.grantedBy} }

// SinceBlock is the grant's block.
func (r *roleHolderR) SinceBlock() int32 { return int32(r.since) }

// Finality of that block.
func (r *roleHolderR) Finality() string { return strings.ToUpper(r.finality) }

type distributorControlR struct {
	address                      common.Address
	timelock                     *int32
	manifestBaseURI              *string
	paused, pending              bool
	pendingEpoch                 *int32
	pendingRoot                  *string
	validAt                      *int64
	proposers, guardians, admins []Address
}

// param takes a distributor parameter.
func (d *distributorControlR) param(p *parameterR) {
	switch p.name {
	case "timelock":
		if v := decimal(p.value); v != nil && v.IsInt64() && v.Int64() <= 1<<31-1 {
			t := int32(v.Int64())
			d.timelock = &t
		}
	case "manifestBaseURI":
		v := p.value
		d.manifestBaseURI = &v
	case "paused":
		d.paused = p.value == "true"
	}
}

// Address of the distributor.
func (d *distributorControlR) Address() Address { return Address{d.address} }

// Timelock in seconds.
func (d *distributorControlR) Timelock() *int32 { return d.timelock }

// PendingRoot is the root awaiting acceptance.
func (d *distributorControlR) PendingRoot() *Bytes32 {
	if !d.pending || d.pendingRoot == nil {
		return nil
	}
	h := hashOf(*d.pendingRoot)
	return &h
}

// PendingEpoch is its epoch.
func (d *distributorControlR) PendingEpoch() *int32 {
	if !d.pending {
		return nil
	}
	return d.pendingEpoch
}

// ValidAt is when it can be accepted.
func (d *distributorControlR) ValidAt() *Timestamp {
	if !d.pending || d.validAt == nil {
		return nil
	}
	return &Timestamp{*d.validAt}
}

// Paused says claims are stopped.
func (d *distributorControlR) Paused() bool { return d.paused }

// Proposers hold ROOT_PROPOSER_ROLE.
func (d *distributorControlR) Proposers() []Address { return nonNil(d.proposers) }

// Guardians hold GUARDIAN_ROLE.
func (d *distributorControlR) Guardians() []Address { return nonNil(d.guardians) }

// Admins hold DEFAULT_ADMIN_ROLE.
func (d *distributorControlR) Admins() []Address { return nonNil(d.admins) }

// ManifestBaseUri is where manifests are published.
func (d *distributorControlR) ManifestBaseUri() *string { return d.manifestBaseURI }

func nonNil(a []Address) []Address {
	if a == nil {
		return []Address{}
	}
	return a
}
