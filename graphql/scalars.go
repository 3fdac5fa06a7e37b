package graphql

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// maxUint256 bounds BigInt: every amount and id in the protocol is a uint256 on-chain.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// BigInt is a uint256 carried as a decimal string so JavaScript clients never lose precision.
// Values read from the database keep Postgres's decimal text (dec) and are written out as is:
// parsing it into v only to format it back cost a tenth of the CPU of list pages.
type BigInt struct {
	v   *big.Int
	dec string
}

// ImplementsGraphQLType binds BigInt to the schema scalar of the same name.
func (BigInt) ImplementsGraphQLType(name string) bool { return name == "BigInt" }

// UnmarshalGraphQL accepts a decimal string or a non-negative integer literal.
func (b *BigInt) UnmarshalGraphQL(input any) error {
	switch v := input.(type) {
	case string:
		x, err := ParseBigInt(v)
		if err != nil {
			return err
		}
		b.v = x
	case int32:
		if v < 0 {
			return fmt.Errorf("BigInt must not be negative")
		}
		b.v = big.NewInt(int64(v))
	case int64:
		if v < 0 {
			return fmt.Errorf("BigInt must not be negative")
		}
		b.v = big.NewInt(v)
	case float64:
		if v < 0 || v != math.Trunc(v) || v > 1<<53 {
			return fmt.Errorf("BigInt must be a decimal string")
		}
		b.v = big.NewInt(int64(v))
	default:
		return fmt.Errorf("BigInt must be a decimal string, got %T", input)
	}
	return nil
}

// MarshalText writes the decimal digits; encoding/json quotes them into a JSON string. The
// scalars implement encoding.TextMarshaler rather than json.Marshaler because graphql-go
// json.Marshals every scalar it writes, and encoding/json re-scans a MarshalJSON result
// (appendCompact) but only quotes a MarshalText one: a quarter of the cost per scalar.
func (b BigInt) MarshalText() ([]byte, error) {
	if b.dec != "" {
		return []byte(b.dec), nil
	}
	if b.v == nil {
		return []byte("0"), nil
	}
	return b.v.Append(nil, 10), nil
}

// String is the decimal form.
func (b BigInt) String() string {
	if b.dec != "" {
		return b.dec
	}
	if b.v == nil {
		return "0"
	}
	return b.v.String()
}

// ParseBigInt parses a decimal uint256 exactly: digits only, no sign, no exponent, at most 2^256-1.
func ParseBigInt(s string) (*big.Int, error) {
	if s == "" || len(s) > 78 {
		return nil, fmt.Errorf("BigInt must be a decimal string of 1 to 78 digits")
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return nil, fmt.Errorf("BigInt must contain decimal digits only")
		}
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok || x.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("BigInt exceeds uint256")
	}
	return x, nil
}

// bigOf is a numeric the database rendered as text (numeric::text: plain decimal digits), kept as
// text for output.
func bigOf(s string) BigInt { return BigInt{dec: s} }

// decimal parses a numeric the database rendered as text, for arithmetic; the database only
// holds valid numerics (zero otherwise).
func decimal(s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		x = new(big.Int)
	}
	return x
}

// Address is a 20-byte account, accepted in any valid form and always returned EIP-55 checksummed.
type Address struct{ a common.Address }

// ImplementsGraphQLType binds Address to the schema scalar of the same name.
func (Address) ImplementsGraphQLType(name string) bool { return name == "Address" }

// UnmarshalGraphQL validates the hex form (and the checksum when the case is mixed).
func (a *Address) UnmarshalGraphQL(input any) error {
	s, ok := input.(string)
	if !ok {
		return fmt.Errorf("Address must be a 0x-prefixed hex string, got %T", input)
	}
	x, err := ParseAddress(s)
	if err != nil {
		return err
	}
	a.a = x
	return nil
}

// MarshalText writes the EIP-55 checksummed form (a JSON string through encoding/json).
func (a Address) MarshalText() ([]byte, error) { return []byte(checksums.hex(a.a)), nil }

// lower is the database form (no checksum to compute).
func (a Address) lower() string { return "0x" + hex.EncodeToString(a.a[:]) }

// ParseAddress accepts 0x + 40 hex digits; a mixed-case address must carry a valid EIP-55 checksum.
func ParseAddress(s string) (common.Address, error) {
	if len(s) != 42 || (s[:2] != "0x" && s[:2] != "0X") {
		return common.Address{}, fmt.Errorf("Address must be 0x followed by 40 hex digits")
	}
	body := s[2:]
	if _, err := hex.DecodeString(body); err != nil {
		return common.Address{}, fmt.Errorf("Address must be 0x followed by 40 hex digits")
	}
	a := common.HexToAddress(body)
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex()[2:] != body {
		return common.Address{}, fmt.Errorf("Address has an invalid EIP-55 checksum")
	}
	return a, nil
}

// addrOf converts a stored lowercase address.
func addrOf(s string) Address { return Address{common.HexToAddress(s)} }

// Bytes32 is a 32-byte hash or root, written as 0x + 64 lowercase hex digits.
type Bytes32 struct{ h common.Hash }

// ImplementsGraphQLType binds Bytes32 to the schema scalar of the same name.
func (Bytes32) ImplementsGraphQLType(name string) bool { return name == "Bytes32" }

// UnmarshalGraphQL validates 0x + 64 hex digits.
func (b *Bytes32) UnmarshalGraphQL(input any) error {
	s, ok := input.(string)
	if !ok {
		return fmt.Errorf("Bytes32 must be a 0x-prefixed hex string, got %T", input)
	}
	h, err := ParseBytes32(s)
	if err != nil {
		return err
	}
	b.h = h
	return nil
}

// MarshalText writes the lowercase hex form (a JSON string through encoding/json).
func (b Bytes32) MarshalText() ([]byte, error) { return hex0x(b.h[:]), nil }

// hex0x is 0x-prefixed lowercase hex.
func hex0x(b []byte) []byte {
	out := make([]byte, 2+2*len(b))
	out[0], out[1] = '0', 'x'
	hex.Encode(out[2:], b)
	return out
}

// ParseBytes32 accepts 0x + exactly 64 hex digits.
func ParseBytes32(s string) (common.Hash, error) {
	if len(s) != 66 || (s[:2] != "0x" && s[:2] != "0X") {
		return common.Hash{}, fmt.Errorf("Bytes32 must be 0x followed by 64 hex digits")
	}
	raw, err := hex.DecodeString(s[2:])
	if err != nil {
		return common.Hash{}, fmt.Errorf("Bytes32 must be 0x followed by 64 hex digits")
	}
	return common.BytesToHash(raw), nil
}

func hashOf(s string) Bytes32 { return Bytes32{common.HexToHash(s)} }

// Bytes is arbitrary binary data (ABI calldata), written as 0x-prefixed lowercase hex.
type Bytes []byte

// ImplementsGraphQLType binds Bytes to the schema scalar of the same name.
func (Bytes) ImplementsGraphQLType(name string) bool { return name == "Bytes" }

// UnmarshalGraphQL accepts 0x-prefixed hex of even length.
func (b *Bytes) UnmarshalGraphQL(input any) error {
	s, ok := input.(string)
	if !ok || len(s) < 2 || s[:2] != "0x" {
		return fmt.Errorf("Bytes must be a 0x-prefixed hex string")
	}
	raw, err := hex.DecodeString(s[2:])
	if err != nil {
		return fmt.Errorf("Bytes must be a 0x-prefixed hex string of even length")
	}
	*b = raw
	return nil
}

// MarshalText writes 0x-prefixed hex (a JSON string through encoding/json; TextMarshaler also
// keeps encoding/json from writing the []byte as base64).
func (b Bytes) MarshalText() ([]byte, error) { return hex0x(b), nil }

// Timestamp is chain time in unix seconds, written as a JSON integer; input also takes a
// decimal string or an RFC 3339 time.
type Timestamp struct{ sec int64 }

// ImplementsGraphQLType binds Timestamp to the schema scalar of the same name.
func (Timestamp) ImplementsGraphQLType(name string) bool { return name == "Timestamp" }

// UnmarshalGraphQL accepts an integer, a decimal string, or RFC 3339.
func (t *Timestamp) UnmarshalGraphQL(input any) error {
	sec, err := ParseTimestamp(input)
	if err != nil {
		return err
	}
	t.sec = sec
	return nil
}

// MarshalJSON writes unix seconds.
func (t Timestamp) MarshalJSON() ([]byte, error) { return []byte(strconv.FormatInt(t.sec, 10)), nil }

// ParseTimestamp converts a GraphQL input value to unix seconds (non-negative).
func ParseTimestamp(input any) (int64, error) {
	var sec int64
	switch v := input.(type) {
	case int32:
		sec = int64(v)
	case int64:
		sec = v
	case float64:
		if v != math.Trunc(v) || math.Abs(v) > 1<<53 {
			return 0, fmt.Errorf("Timestamp must be whole unix seconds")
		}
		sec = int64(v)
	case string:
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			sec = n
		} else if tm, err := time.Parse(time.RFC3339, v); err == nil {
			sec = tm.Unix()
		} else {
			return 0, fmt.Errorf("Timestamp must be unix seconds or an RFC 3339 time")
		}
	default:
		return 0, fmt.Errorf("Timestamp must be unix seconds or an RFC 3339 time, got %T", input)
	}
	if sec < 0 {
		return 0, fmt.Errorf("Timestamp must not be negative")
	}
	return sec, nil
}

func isoOf(sec int64) string { return time.Unix(sec, 0).UTC().Format(time.RFC3339) }
