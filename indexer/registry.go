package indexer

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/covey-labs/covey/contracts/bindings"
)

// colKind is how an ABI argument is stored: the Postgres type and the Go value handed to COPY.
type colKind int

const (
	kindNumeric colKind = iota // uint256/int256 etc. -> numeric(78,0)
	kindBigint                 // uint8..uint64, int8..int64 -> bigint
	kindHex                    // address, bytesN, indexed dynamic types (their topic hash) -> lowercase hex text
	kindBool                   // bool -> boolean
	kindText                   // string -> text
	kindBytea                  // bytes -> bytea
)

// Column is one event argument's column in its ev_ table.
type Column struct {
	Name    string // snake_case column name
	Arg     string // ABI argument name
	Type    string // Solidity type
	Indexed bool
	kind    colKind
	pos     int  // position in topics (1..3) or in the non-indexed values
	signed  bool // intN (two's complement in its word)
	fixed   int  // N of bytesN, else 0
}

// PGType is the Postgres type the column must have (information_schema data_type spelling).
func (c Column) PGType() string {
	switch c.kind {
	case kindNumeric:
		return "numeric"
	case kindBigint:
		return "bigint"
	case kindBool:
		return "boolean"
	case kindBytea:
		return "bytea"
	default:
		return "text"
	}
}

// Event is one ABI event mapped onto its table.
type Event struct {
	Name    string
	Table   string
	ID      common.Hash
	Columns []Column
	nonIdx  abi.Arguments
	topics  int // expected topic count including topic0
	// unsupported says why the event cannot be stored (an argument type without a column mapping).
	unsupported error
}

// baseColumns precede the argument columns in every ev_ table.
var baseColumns = []string{"chain_id", "block_number", "block_hash", "block_time", "tx_hash", "tx_index", "log_index", "contract"}

// CopyColumns is the ev_ table's column list in COPY order.
func (e *Event) CopyColumns() []string {
	cols := append([]string(nil), baseColumns...)
	for _, c := range e.Columns {
		cols = append(cols, c.Name)
	}
	return cols
}

// Registry maps event IDs (topic0) to tables and decoders. It is built from ABIs alone, so a new event
// needs only its migration: the table name and columns follow from the event's name and arguments.
type Registry struct {
	byID   map[common.Hash]*Event
	events []*Event // sorted by name
}

// coreEvents must have tables before the indexer starts (migrations 00003, 00009, 00300, 00301 and 00310): every event
// of the protocol contracts (contracts/bindings: Staking, TaskArena, Marketplace, RewardsDistributor, FLAlliance),
// their interfaces' events and the access-control, pause and parameter events alike. Settlement reads FL rounds
// from the IFLAlliance tables (REWARDS.md §11); a slash reaching pending withdrawals (WithdrawalSlashed) changes what
// requests pay; who holds each role and how each contract is set are served from the admin events (00009).
var coreEvents = []string{"Staked", "UnstakeRequested", "Withdrawn", "Slashed", "WithdrawalSlashed", "Delegated", "Undelegated",
	"RewardShareSet", "CooldownsSet", "TaskCreated", "ModelSubmitted", "ScoreSubmitted", "ModelListed", "ModelPurchased", "FeeSet",
	"Funded", "RootProposed", "RootAccepted", "RootRevoked", "Claimed", "TimelockSet",
	"FLTaskCreated", "MemberJoined", "MemberLeft", "RoundStarted", "RoleAssigned", "UpdateSubmitted", "VoteCommitted",
	"VoteRevealed", "RoundFinalized", "ParticipantSlashed",
	"RoleGranted", "RoleRevoked", "RoleAdminChanged", "Paused", "Unpaused", "ManifestBaseURISet", "TreasurySet",
	"SlashParamsSet", "QuorumSet", "SlashRecipientSet", "TaskRegistrySet", "TaskRegistered", "WithdrawalGuardSet"}

// protocolABIs are the protocol contracts whose events covey indexes. The token is configured too (its address),
// but not its ERC-20 events: on Base, FLOCK is an existing token whose transfers are market traffic, millions of
// logs that say nothing about the protocol (what the protocol moves, it says in its own events).
var protocolABIs = []*bind.MetaData{bindings.StakingMetaData, bindings.TaskArenaMetaData, bindings.MarketplaceMetaData,
	bindings.RewardsDistributorMetaData, bindings.FLAllianceMetaData}

// DefaultRegistry is the registry of every event of the protocol contracts (protocolABIs). The indexer fetches
// all of them: those with an ev_ table are decoded into it, the others are kept in raw_logs only and counted by
// Status, so nothing a protocol contract emits goes unseen.
func DefaultRegistry() (*Registry, error) {
	var abis []abi.ABI
	for _, m := range protocolABIs {
		a, err := m.GetAbi()
		if err != nil {
			return nil, fmt.Errorf("parsing binding ABI: %w", err)
		}
		abis = append(abis, *a)
	}
	return NewRegistry(abis...)
}

// NewRegistry builds a registry from ABIs; every event in them gets a table ev_<snake_case(name)>.
func NewRegistry(abis ...abi.ABI) (*Registry, error) {
	r := &Registry{byID: map[common.Hash]*Event{}}
	for _, a := range abis {
		for _, ev := range a.Events {
			if ev.Anonymous {
				continue
			}
			if prev, ok := r.byID[ev.ID]; ok {
				if prev.Name != ev.RawName {
					return nil, fmt.Errorf("events %s and %s share topic0 %s", prev.Name, ev.RawName, ev.ID)
				}
				continue
			}
			for _, prev := range r.events {
				if prev.Name == ev.RawName {
					return nil, fmt.Errorf("two different events named %s (%s): they cannot share table ev_%s", ev.RawName, ev.Sig, SnakeCase(ev.RawName))
				}
			}
			e := &Event{Name: ev.RawName, Table: "ev_" + SnakeCase(ev.RawName), ID: ev.ID, topics: 1}
			nonIdx := 0
			for _, in := range ev.Inputs {
				c := Column{Name: SnakeCase(in.Name), Arg: in.Name, Type: in.Type.String(), Indexed: in.Indexed}
				if in.Name == "" && e.unsupported == nil {
					e.unsupported = fmt.Errorf("unnamed argument %d", len(e.Columns))
				}
				k, err := kindOf(in.Type, in.Indexed)
				if err != nil && e.unsupported == nil {
					// Only an error if someone gives the event a table (bind reports it then).
					e.unsupported = fmt.Errorf("argument %s: %w", in.Name, err)
				}
				c.kind = k
				c.signed = in.Type.T == abi.IntTy
				if n, ok := fixedBytesLen(c.Type); ok {
					c.fixed = n
				}
				if in.Indexed {
					c.pos = e.topics
					e.topics++
				} else {
					c.pos = nonIdx
					nonIdx++
					e.nonIdx = append(e.nonIdx, in)
				}
				e.Columns = append(e.Columns, c)
			}
			r.byID[ev.ID] = e
			r.events = append(r.events, e)
		}
	}
	sort.Slice(r.events, func(i, j int) bool { return r.events[i].Name < r.events[j].Name })
	return r, nil
}

func kindOf(t abi.Type, indexed bool) (colKind, error) {
	switch t.T {
	case abi.UintTy, abi.IntTy:
		if t.Size <= 64 {
			return kindBigint, nil
		}
		return kindNumeric, nil
	case abi.AddressTy, abi.FixedBytesTy, abi.HashTy:
		return kindHex, nil
	case abi.BoolTy:
		return kindBool, nil
	case abi.StringTy:
		if indexed {
			return kindHex, nil
		}
		return kindText, nil
	case abi.BytesTy:
		if indexed {
			return kindHex, nil
		}
		return kindBytea, nil
	}
	if indexed {
		return kindHex, nil // arrays/tuples: only their hash is in the topic
	}
	return 0, fmt.Errorf("unsupported type %s", t)
}

// Events lists the registry's events by name.
func (r *Registry) Events() []*Event { return r.events }

// Lookup finds an event by topic0.
func (r *Registry) Lookup(id common.Hash) (*Event, bool) {
	e, ok := r.byID[id]
	return e, ok
}

// Topics is topic0 of every event, for the eth_getLogs filter.
func (r *Registry) Topics() []common.Hash {
	out := make([]common.Hash, 0, len(r.events))
	for _, e := range r.events {
		out = append(out, e.ID)
	}
	return out
}

// SnakeCase turns an ABI name into a column/table name: sigmaPpm -> sigma_ppm, metadataURI -> metadata_uri,
// UnstakeRequested -> unstake_requested.
func SnakeCase(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, c := range rs {
		if unicode.IsUpper(c) && i > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				b.WriteByte('_')
			}
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}

// unpack checks the topic count and unpacks the non-indexed arguments (go-ethereum's values).
func (e *Event) unpack(l *types.Log) ([]any, error) {
	if len(l.Topics) != e.topics {
		return nil, fmt.Errorf("event %s: %d topics, want %d", e.Name, len(l.Topics), e.topics)
	}
	if len(e.nonIdx) == 0 {
		return nil, nil
	}
	vals, err := e.nonIdx.UnpackValues(l.Data)
	if err != nil {
		return nil, fmt.Errorf("event %s: unpacking data: %w", e.Name, err)
	}
	return vals, nil
}

// values converts the topics and unpacked values into COPY values in Columns order.
func (e *Event) values(l *types.Log, vals []any) ([]any, error) {
	out := make([]any, len(e.Columns))
	for i, c := range e.Columns {
		var v any
		var err error
		if c.Indexed {
			v, err = topicValue(c, l.Topics[c.pos])
		} else {
			v, err = dataValue(c, vals[c.pos])
		}
		if err != nil {
			return nil, fmt.Errorf("event %s argument %s: %w", e.Name, c.Arg, err)
		}
		out[i] = v
	}
	return out, nil
}

func topicValue(c Column, t common.Hash) (any, error) {
	switch c.kind {
	case kindNumeric:
		v := new(big.Int).SetBytes(t[:])
		if strings.HasPrefix(c.Type, "int") && t[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), 256))
		}
		return pgtype.Numeric{Int: v, Valid: true}, nil
	case kindBigint:
		v := new(big.Int).SetBytes(t[:])
		if strings.HasPrefix(c.Type, "int") && t[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), 256))
		}
		if !v.IsInt64() {
			return nil, fmt.Errorf("%s value %s does not fit bigint", c.Type, v)
		}
		return v.Int64(), nil
	case kindBool:
		return t[31] != 0, nil
	case kindHex:
		if c.Type == "address" {
			return hexutil.Encode(t[12:]), nil
		}
		if n := c.fixed; n > 0 {
			return hexutil.Encode(t[:n]), nil
		}
		return hexutil.Encode(t[:]), nil
	}
	return nil, fmt.Errorf("indexed %s unsupported", c.Type)
}

func fixedBytesLen(typ string) (int, bool) {
	if !strings.HasPrefix(typ, "bytes") || typ == "bytes" {
		return 0, false
	}
	var n int
	if _, err := fmt.Sscanf(typ[5:], "%d", &n); err != nil || n < 1 || n > 32 {
		return 0, false
	}
	return n, true
}

func dataValue(c Column, v any) (any, error) {
	switch x := v.(type) {
	case *big.Int:
		if c.kind == kindBigint {
			if !x.IsInt64() {
				return nil, fmt.Errorf("%s value %s does not fit bigint", c.Type, x)
			}
			return x.Int64(), nil
		}
		return pgtype.Numeric{Int: x, Valid: true}, nil
	case uint8:
		return int64(x), nil
	case uint16:
		return int64(x), nil
	case uint32:
		return int64(x), nil
	case uint64:
		if x > math.MaxInt64 {
			return nil, fmt.Errorf("uint64 value %d does not fit bigint", x)
		}
		return int64(x), nil
	case int8:
		return int64(x), nil
	case int16:
		return int64(x), nil
	case int32:
		return int64(x), nil
	case int64:
		return x, nil
	case bool:
		return x, nil
	case string:
		return pgText(x), nil
	case []byte:
		return x, nil
	case common.Address:
		return hexutil.Encode(x[:]), nil
	case [32]byte:
		if n := c.fixed; n > 0 {
			return hexutil.Encode(x[:n]), nil
		}
		return hexutil.Encode(x[:]), nil
	}
	// Other fixed-size byte arrays come back as [N]byte values.
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8 {
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return hexutil.Encode(b), nil
	}
	return nil, fmt.Errorf("unsupported value %T for %s", v, c.Type)
}

// pgText makes a Solidity string storable in a Postgres text column, which refuses invalid UTF-8 and
// NUL: such bytes become U+FFFD. raw_logs keeps the exact bytes.
func pgText(s string) string {
	if utf8.ValidString(s) && !strings.ContainsRune(s, 0) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

// tableColumn is a column as the database has it.
type tableColumn struct {
	Name string
	Type string
}

// bind returns the registry restricted to events that have a table, after checking each such table has
// exactly the expected columns and types (a contract change without its migration stops the indexer at
// start instead of losing data) and that every core event has its table.
func (r *Registry) bind(ctx context.Context, db DBTX) (*Registry, error) {
	rows, err := db.Query(ctx, `SELECT table_name, column_name, data_type FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name LIKE 'ev\_%' ORDER BY table_name, ordinal_position`)
	if err != nil {
		return nil, fmt.Errorf("reading event tables: %w", err)
	}
	have := map[string][]tableColumn{}
	for rows.Next() {
		var t, c, ty string
		if err := rows.Scan(&t, &c, &ty); err != nil {
			rows.Close()
			return nil, err
		}
		have[t] = append(have[t], tableColumn{c, ty})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var problems []string
	out := &Registry{byID: map[common.Hash]*Event{}}
	for _, e := range r.events {
		got, ok := have[e.Table]
		if !ok {
			if slices.Contains(coreEvents, e.Name) {
				problems = append(problems, fmt.Sprintf("event %s: table %s is missing (add a migration)", e.Name, e.Table))
			}
			continue
		}
		if e.unsupported != nil {
			problems = append(problems, fmt.Sprintf("event %s has table %s but cannot be stored: %v", e.Name, e.Table, e.unsupported))
			continue
		}
		want := expectedColumns(e)
		if !equalColumns(got, want) {
			problems = append(problems, fmt.Sprintf("event %s: table %s has columns %v, want %v", e.Name, e.Table, got, want))
			continue
		}
		out.byID[e.ID] = e
		out.events = append(out.events, e)
	}
	for _, name := range coreEvents {
		found := false
		for _, e := range r.events {
			found = found || e.Name == name
		}
		if !found {
			problems = append(problems, fmt.Sprintf("event %s is not in the contract ABIs any more", name))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("event tables do not match the contract ABIs:\n  %s", strings.Join(problems, "\n  "))
	}
	return out, nil
}

func expectedColumns(e *Event) []tableColumn {
	want := []tableColumn{{"chain_id", "bigint"}, {"block_number", "bigint"}, {"block_hash", "text"}, {"block_time", "bigint"},
		{"tx_hash", "text"}, {"tx_index", "integer"}, {"log_index", "integer"}, {"contract", "text"}}
	for _, c := range e.Columns {
		want = append(want, tableColumn{c.Name, c.PGType()})
	}
	return want
}

func equalColumns(a, b []tableColumn) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ident quotes a name for SQL (end, from, ... are reserved words).
func ident(s string) string { return pgx.Identifier{s}.Sanitize() }
