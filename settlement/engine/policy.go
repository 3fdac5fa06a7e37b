package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"regexp"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Policy is the versioned parameter set of REWARDS.md. Its canonical JSON hash goes into every manifest,
// so every field that changes an amount lives here and nowhere else.
type Policy struct {
	// Version of the policy file (not of the engine).
	Version uint64
	// EpochLength is L in seconds (§1).
	EpochLength int64
	// Genesis is the chain time (unix seconds) at which epoch 0 starts (§1).
	Genesis int64
	// Grace is the delay after an epoch's end before it may be settled (§1).
	Grace int64
	// Emission0 is the epoch emission before any decay, in wei (§3).
	Emission0 *big.Int
	// Decay is the fractional emission decay applied every DecayEvery epochs (§3), in [0, 1).
	Decay *big.Rat
	// DecayEvery is the number of epochs between decay steps (§3), >= 1.
	DecayEvery uint64
	// Gamma bounds the node/validator split (§4), in [0, 0.5].
	Gamma *big.Rat
	// Rho is the geometric rank factor for training nodes (§5), in (0, 1].
	Rho *big.Rat
	// Tau is the deviation at which a validator's quality reaches zero (§6), > 0.
	Tau *big.Rat
	// MinScores is the number of distinct participant validators a submission needs to be eligible (§5), >= 1.
	MinScores int
	// Phi is the protocol fee taken from every task pool (§8), in [0, 1).
	Phi *big.Rat
	// Treasury receives fees and every pool no one may receive (§8); lowercase 0x hex.
	Treasury string
	// SlashRate is the share of task stake an FL participant loses when slashed (§11), in [0, 1].
	SlashRate *big.Rat
	// SlashToPool is the share of slashed FL stake that funds the task's pool (§11), in [0, 1].
	SlashToPool *big.Rat
}

// policyFile is the JSON shape of a policy file. Integers are JSON numbers; amounts and ratios are
// decimal strings so that no JSON decoder ever turns them into floats.
type policyFile struct {
	Version     *json.Number `json:"version"`
	EpochLength *json.Number `json:"epochLength"`
	Genesis     *json.Number `json:"genesis"`
	Grace       *json.Number `json:"grace"`
	Emission0   *string      `json:"emission0"`
	Decay       *string      `json:"decay"`
	DecayEvery  *json.Number `json:"decayEvery"`
	Gamma       *string      `json:"gamma"`
	Rho         *string      `json:"rho"`
	Tau         *string      `json:"tau"`
	MinScores   *json.Number `json:"minScores"`
	Phi         *string      `json:"phi"`
	Treasury    *string      `json:"treasury"`
	SlashRate   *string      `json:"slashRate"`
	SlashToPool *string      `json:"slashToPool"`
}

var (
	decimalRe  = regexp.MustCompile(`^(0|[1-9][0-9]*)(\.[0-9]+)?$`)
	integerRe  = regexp.MustCompile(`^(0|[1-9][0-9]*)$`)
	addressRe  = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

// LoadPolicy reads and validates a policy file. It rejects unknown, duplicate and missing keys, JSON
// numbers where a decimal string is required (and vice versa), and every value out of its range, so that
// a typo can never silently change how money is split.
func LoadPolicy(r io.Reader) (*Policy, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading policy: %w", err)
	}
	if err := checkDuplicateKeys(data); err != nil {
		return nil, fmt.Errorf("parsing policy: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	var f policyFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("parsing policy: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("parsing policy: trailing data after the policy object")
	}
	p, err := f.toPolicy()
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	return p, nil
}

// checkDuplicateKeys rejects a top-level object with a repeated key (encoding/json would keep the last one).
func checkDuplicateKeys(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return errors.New("policy must be a JSON object")
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		if seen[key] {
			return fmt.Errorf("duplicate key %q", key)
		}
		seen[key] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return err
		}
	}
	return nil
}

func (f *policyFile) toPolicy() (*Policy, error) {
	p := &Policy{}
	var err error
	ints := []struct {
		name string
		v    *json.Number
		dst  *int64
	}{
		{"epochLength", f.EpochLength, &p.EpochLength},
		{"genesis", f.Genesis, &p.Genesis},
		{"grace", f.Grace, &p.Grace},
	}
	for _, it := range ints {
		if *it.dst, err = parseJSONInt(it.name, it.v); err != nil {
			return nil, err
		}
	}
	var v int64
	if v, err = parseJSONInt("version", f.Version); err != nil {
		return nil, err
	}
	if v < 1 {
		return nil, fmt.Errorf("version must be >= 1, got %d", v)
	}
	p.Version = uint64(v)
	if v, err = parseJSONInt("decayEvery", f.DecayEvery); err != nil {
		return nil, err
	}
	if v < 1 {
		return nil, fmt.Errorf("decayEvery must be >= 1, got %d", v)
	}
	p.DecayEvery = uint64(v)
	if v, err = parseJSONInt("minScores", f.MinScores); err != nil {
		return nil, err
	}
	if v < 1 || v > 1<<20 {
		return nil, fmt.Errorf("minScores must be in [1, 1048576], got %d", v)
	}
	p.MinScores = int(v)

	if f.Emission0 == nil {
		return nil, errors.New("missing key \"emission0\"")
	}
	if !integerRe.MatchString(*f.Emission0) {
		return nil, fmt.Errorf("emission0 must be a decimal integer string of wei, got %q", *f.Emission0)
	}
	p.Emission0, _ = new(big.Int).SetString(*f.Emission0, 10)

	rats := []struct {
		name string
		v    *string
		dst  **big.Rat
	}{
		{"decay", f.Decay, &p.Decay},
		{"gamma", f.Gamma, &p.Gamma},
		{"rho", f.Rho, &p.Rho},
		{"tau", f.Tau, &p.Tau},
		{"phi", f.Phi, &p.Phi},
		{"slashRate", f.SlashRate, &p.SlashRate},
		{"slashToPool", f.SlashToPool, &p.SlashToPool},
	}
	for _, it := range rats {
		if *it.dst, err = parseDecimal(it.name, it.v); err != nil {
			return nil, err
		}
	}
	if f.Treasury == nil {
		return nil, errors.New("missing key \"treasury\"")
	}
	if p.Treasury, err = normAddress(*f.Treasury); err != nil {
		return nil, fmt.Errorf("treasury: %w", err)
	}
	return p, nil
}

func parseJSONInt(name string, n *json.Number) (int64, error) {
	if n == nil {
		return 0, fmt.Errorf("missing key %q", name)
	}
	s := n.String()
	if !integerRe.MatchString(s) {
		return 0, fmt.Errorf("%s must be a non-negative JSON integer, got %s", name, s)
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	return v, nil
}

// parseDecimal parses a plain decimal string ("0.10") into an exact rational; no exponent, no sign, no fraction syntax.
func parseDecimal(name string, s *string) (*big.Rat, error) {
	if s == nil {
		return nil, fmt.Errorf("missing key %q", name)
	}
	if !decimalRe.MatchString(*s) {
		return nil, fmt.Errorf("%s must be a decimal string like \"0.10\", got %q", name, *s)
	}
	r, ok := new(big.Rat).SetString(*s)
	if !ok {
		return nil, fmt.Errorf("%s: invalid decimal %q", name, *s)
	}
	return r, nil
}

// Validate checks every parameter against its range in REWARDS.md. LoadPolicy calls it; call it again
// after changing a field (for example a devnet's genesis).
func (p *Policy) Validate() error {
	zero, one, half := new(big.Rat), big.NewRat(1, 1), big.NewRat(1, 2)
	switch {
	case p.Version < 1:
		return errors.New("version must be >= 1")
	case p.EpochLength <= 0:
		return fmt.Errorf("epochLength must be > 0, got %d", p.EpochLength)
	case p.Genesis < 0:
		return fmt.Errorf("genesis must be >= 0, got %d", p.Genesis)
	case p.Grace < 0:
		return fmt.Errorf("grace must be >= 0, got %d", p.Grace)
	case p.Emission0 == nil || p.Emission0.Sign() < 0 || p.Emission0.Cmp(maxUint256) > 0:
		return errors.New("emission0 must be a uint256")
	case p.Decay == nil || p.Decay.Cmp(zero) < 0 || p.Decay.Cmp(one) >= 0:
		return errors.New("decay must be in [0, 1)")
	case p.DecayEvery < 1:
		return errors.New("decayEvery must be >= 1")
	case p.Gamma == nil || p.Gamma.Cmp(zero) < 0 || p.Gamma.Cmp(half) > 0:
		return errors.New("gamma must be in [0, 0.5]")
	case p.Rho == nil || p.Rho.Cmp(zero) <= 0 || p.Rho.Cmp(one) > 0:
		return errors.New("rho must be in (0, 1]")
	case p.Tau == nil || p.Tau.Cmp(zero) <= 0:
		return errors.New("tau must be > 0")
	case p.MinScores < 1:
		return errors.New("minScores must be >= 1")
	case p.Phi == nil || p.Phi.Cmp(zero) < 0 || p.Phi.Cmp(one) >= 0:
		return errors.New("phi must be in [0, 1)")
	case p.SlashRate == nil || p.SlashRate.Cmp(zero) < 0 || p.SlashRate.Cmp(one) > 0:
		return errors.New("slashRate must be in [0, 1]")
	case p.SlashToPool == nil || p.SlashToPool.Cmp(zero) < 0 || p.SlashToPool.Cmp(one) > 0:
		return errors.New("slashToPool must be in [0, 1]")
	}
	for _, r := range []*big.Rat{p.Decay, p.Gamma, p.Rho, p.Tau, p.Phi, p.SlashRate, p.SlashToPool} {
		if !isTerminatingDecimal(r) {
			return fmt.Errorf("ratio %s has no finite decimal form", r.RatString())
		}
	}
	t, err := normAddress(p.Treasury)
	if err != nil {
		return fmt.Errorf("treasury: %w", err)
	}
	if t == "0x0000000000000000000000000000000000000000" {
		return errors.New("treasury must not be the zero address")
	}
	if p.Genesis > (1<<62)/2 || p.EpochLength > 1<<40 {
		return errors.New("genesis or epochLength out of range")
	}
	return nil
}

// CanonicalJSON is the policy in canonical form: sorted keys, no white space, ratios as their shortest
// exact decimal ("0.1", so "0.10" and "0.1" hash the same), the treasury in lowercase.
func (p *Policy) CanonicalJSON() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	treasury, _ := normAddress(p.Treasury)
	m := map[string]any{
		"version":     json.Number(strconv.FormatUint(p.Version, 10)),
		"epochLength": json.Number(strconv.FormatInt(p.EpochLength, 10)),
		"genesis":     json.Number(strconv.FormatInt(p.Genesis, 10)),
		"grace":       json.Number(strconv.FormatInt(p.Grace, 10)),
		"emission0":   p.Emission0.String(),
		"decay":       decimalString(p.Decay),
		"decayEvery":  json.Number(strconv.FormatUint(p.DecayEvery, 10)),
		"gamma":       decimalString(p.Gamma),
		"rho":         decimalString(p.Rho),
		"tau":         decimalString(p.Tau),
		"minScores":   json.Number(strconv.Itoa(p.MinScores)),
		"phi":         decimalString(p.Phi),
		"treasury":    treasury,
		"slashRate":   decimalString(p.SlashRate),
		"slashToPool": decimalString(p.SlashToPool),
	}
	return canonicalJSON(m)
}

// Hash is keccak256 of CanonicalJSON: the policy identifier recorded in every settlement manifest.
func (p *Policy) Hash() (common.Hash, error) {
	b, err := p.CanonicalJSON()
	if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(crypto.Keccak256(b)), nil
}

// isTerminatingDecimal reports whether r's denominator has no prime factor other than 2 and 5.
func isTerminatingDecimal(r *big.Rat) bool {
	d := new(big.Int).Set(r.Denom())
	two, five, m := big.NewInt(2), big.NewInt(5), new(big.Int)
	for _, f := range []*big.Int{two, five} {
		for {
			q, rem := new(big.Int).QuoRem(d, f, m)
			if rem.Sign() != 0 {
				break
			}
			d = q
		}
	}
	return d.Cmp(big.NewInt(1)) == 0
}

// decimalString renders a terminating rational with the fewest digits that are exact.
func decimalString(r *big.Rat) string {
	ten := big.NewInt(10)
	scaled := new(big.Rat).Set(r)
	for digits := 0; digits < 1000; digits++ {
		if scaled.IsInt() {
			return r.FloatString(digits)
		}
		scaled.Mul(scaled, new(big.Rat).SetInt(ten))
	}
	return r.RatString()
}
