package merkle

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// maxUint256 bounds amounts: abi.encode cannot represent anything larger.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ReadAmounts parses a reward list for Build. format is "csv" or "json" (a leading dot and any
// case are accepted, so a file extension can be passed as is).
//
// CSV: one "address,amount" row per line; the first line may be a header (it is taken as one
// only if neither column parses). JSON: an array of {"account": "0x…", "amount": "123"} or an
// object {"0x…": "123"}. Amounts are decimal strings of a uint256 in base units: floats,
// exponents, hex, negative values and JSON numbers are refused, because a rounded reward is a
// wrong reward. Addresses are 0x-prefixed hex; mixed-case ones must carry a valid EIP-55
// checksum, which catches typos. Errors carry the CSV line number or the JSON array index
// (object key for the object form); a repeated account is an error, never merged.
func ReadAmounts(r io.Reader, format string) ([]Leaf, error) {
	var (
		leaves []Leaf
		err    error
	)
	switch strings.ToLower(strings.TrimPrefix(format, ".")) {
	case "csv":
		leaves, err = readCSV(r)
	case "json":
		leaves, err = readJSON(r)
	default:
		return nil, fmt.Errorf("merkle: unknown amounts format %q (want csv or json)", format)
	}
	if err != nil {
		return nil, err
	}
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	return leaves, nil
}

func readCSV(r io.Reader) ([]Leaf, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	var leaves []Leaf
	seen := map[common.Address]int{}
	for rec := 0; ; rec++ {
		fields, err := cr.Read()
		if err == io.EOF {
			return leaves, nil
		}
		if err != nil {
			return nil, fmt.Errorf("merkle: reading csv: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if len(fields) != 2 {
			return nil, fmt.Errorf("merkle: line %d: %d columns, want 2 (address,amount)", line, len(fields))
		}
		addrS, amtS := strings.TrimSpace(fields[0]), strings.TrimSpace(fields[1])
		a, aErr := parseAddress(addrS, true)
		amt, mErr := parseAmount(amtS)
		if rec == 0 && aErr != nil && mErr != nil {
			continue // header
		}
		if aErr != nil {
			return nil, fmt.Errorf("merkle: line %d: %w", line, aErr)
		}
		if mErr != nil {
			return nil, fmt.Errorf("merkle: line %d: %w", line, mErr)
		}
		if prev, ok := seen[a]; ok {
			return nil, fmt.Errorf("merkle: line %d: %s already listed on line %d: %w", line, a.Hex(), prev, ErrDuplicateAccount)
		}
		seen[a] = line
		leaves = append(leaves, Leaf{Account: a, Amount: amt})
	}
}

func readJSON(r io.Reader) ([]Leaf, error) {
	br := bufio.NewReader(r)
	var first byte
	for {
		b, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("merkle: reading json: want an array or an object: %w", err)
		}
		if b != ' ' && b != '\t' && b != '\n' && b != '\r' {
			first = b
			br.UnreadByte()
			break
		}
	}
	dec := json.NewDecoder(br)
	dec.DisallowUnknownFields()
	if _, err := dec.Token(); err != nil { // [ or {
		return nil, fmt.Errorf("merkle: reading json: %w", err)
	}
	var leaves []Leaf
	seen := map[common.Address]string{}
	add := func(where, addrS string, rawAmt json.RawMessage) error {
		a, err := parseAddress(addrS, true)
		if err != nil {
			return fmt.Errorf("merkle: %s: %w", where, err)
		}
		amt, err := parseJSONAmount(rawAmt)
		if err != nil {
			return fmt.Errorf("merkle: %s: %w", where, err)
		}
		if prev, ok := seen[a]; ok {
			return fmt.Errorf("merkle: %s: %s already listed at %s: %w", where, a.Hex(), prev, ErrDuplicateAccount)
		}
		seen[a] = where
		leaves = append(leaves, Leaf{Account: a, Amount: amt})
		return nil
	}
	switch first {
	case '[':
		for i := 0; dec.More(); i++ {
			where := fmt.Sprintf("index %d", i)
			var e struct {
				Account *string         `json:"account"`
				Amount  json.RawMessage `json:"amount"`
			}
			if err := dec.Decode(&e); err != nil {
				return nil, fmt.Errorf("merkle: %s: %w", where, err)
			}
			if e.Account == nil || e.Amount == nil {
				return nil, fmt.Errorf("merkle: %s: want {\"account\": \"0x…\", \"amount\": \"123\"}", where)
			}
			if err := add(where, *e.Account, e.Amount); err != nil {
				return nil, err
			}
		}
	case '{':
		for i := 0; dec.More(); i++ {
			tok, err := dec.Token()
			if err != nil {
				return nil, fmt.Errorf("merkle: entry %d: %w", i, err)
			}
			key, _ := tok.(string)
			where := fmt.Sprintf("key %q (entry %d)", key, i)
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, fmt.Errorf("merkle: %s: %w", where, err)
			}
			if err := add(where, key, raw); err != nil {
				return nil, err
			}
		}
	default:
		return nil, fmt.Errorf("merkle: reading json: want an array or an object, got %q", first)
	}
	if _, err := dec.Token(); err != nil { // ] or }
		return nil, fmt.Errorf("merkle: reading json: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("merkle: reading json: trailing data after the document")
	}
	return leaves, nil
}

// parseJSONAmount requires a JSON string holding a decimal uint256.
func parseJSONAmount(raw json.RawMessage) (*big.Int, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '"' {
		return nil, fmt.Errorf("amount %s: want a decimal string such as \"1000\", not a JSON number", raw)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("amount %s: %w", raw, err)
	}
	return parseAmount(s)
}

// parseAmount parses a decimal uint256, explaining what is wrong with anything else.
func parseAmount(s string) (*big.Int, error) {
	switch {
	case s == "":
		return nil, errors.New("empty amount")
	case strings.HasPrefix(s, "-"):
		return nil, fmt.Errorf("amount %q: negative", s)
	case strings.ContainsAny(s, ".eE"):
		return nil, fmt.Errorf("amount %q: want an integer in base units (floats and exponents are refused)", s)
	case !isDecimal(s):
		return nil, fmt.Errorf("amount %q: want decimal digits only", s)
	}
	v, _ := new(big.Int).SetString(s, 10)
	if v.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("amount %q: exceeds 2^256-1", s)
	}
	return v, nil
}

// parseAddress parses a 0x-prefixed 20-byte hex address. With checksum, a mixed-case address
// must be EIP-55 valid.
func parseAddress(s string, checksum bool) (common.Address, error) {
	rest, ok := strings.CutPrefix(s, "0x")
	if !ok {
		rest, ok = strings.CutPrefix(s, "0X")
	}
	if !ok || len(rest) != 40 || !isHex(rest) {
		return common.Address{}, fmt.Errorf("address %q: want 0x and 40 hex digits", s)
	}
	a := common.HexToAddress(rest)
	if checksum && rest != strings.ToLower(rest) && rest != strings.ToUpper(rest) && "0x"+rest != a.Hex() {
		return common.Address{}, fmt.Errorf("address %q: bad EIP-55 checksum (want %s)", s, a.Hex())
	}
	return a, nil
}

func isDecimal(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
