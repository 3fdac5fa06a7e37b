package engine

import (
	"bytes"
	"strings"
	"testing"

	"github.com/covey-labs/covey/settlement/policy"
)

func TestLoadPolicyDefault(t *testing.T) {
	p := defaultPolicy(t)
	if p.EpochLength != 86400 || p.Grace != 600 || p.Emission0.String() != "1074000000000000000000" ||
		p.Decay.RatString() != "1/10" || p.DecayEvery != 30 || p.Gamma.RatString() != "1/10" ||
		p.Rho.RatString() != "4/5" || p.Tau.RatString() != "1/5" || p.MinScores != 2 || p.Phi.Sign() != 0 ||
		p.SlashRate.RatString() != "1/10" || p.SlashToPool.RatString() != "9/10" {
		t.Fatalf("defaults differ from REWARDS.md: %+v", p)
	}
	got, err := p.CanonicalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"decay":"0.1","decayEvery":30,"emission0":"1074000000000000000000","epochLength":86400,` +
		`"gamma":"0.1","genesis":1767225600,"grace":600,"minScores":2,"phi":"0","rho":"0.8","slashRate":"0.1",` +
		`"slashToPool":"0.9","tau":"0.2","treasury":"0x000000000000000000000000000000000000dead","version":1}`
	if string(got) != want {
		t.Fatalf("canonical JSON\n got %s\nwant %s", got, want)
	}
	// The hash depends on the value, not on how the file spells it.
	respelled := strings.NewReplacer(`"0.10"`, `"0.1"`, `"0.8"`, `"0.80"`, "0x000000000000000000000000000000000000dead", "0x000000000000000000000000000000000000DEAD").Replace(string(policy.V1))
	q, err := LoadPolicy(strings.NewReader(respelled))
	if err != nil {
		t.Fatal(err)
	}
	h1, _ := p.Hash()
	h2, _ := q.Hash()
	if h1 != h2 {
		t.Fatalf("hash changed with spelling: %s %s", h1, h2)
	}
	// A changed value changes the hash (a devnet genesis is a different policy).
	q.Genesis = 0
	if h3, _ := q.Hash(); h3 == h1 {
		t.Fatal("hash ignores genesis")
	}
}

func TestLoadPolicyRejects(t *testing.T) {
	base := string(policy.V1)
	set := func(key, val string) string {
		// Replace the value of one key in the default file.
		lines := strings.Split(base, "\n")
		for i, l := range lines {
			if strings.HasPrefix(strings.TrimSpace(l), `"`+key+`"`) {
				comma := strings.HasSuffix(l, ",")
				lines[i] = `  "` + key + `": ` + val
				if comma {
					lines[i] += ","
				}
			}
		}
		return strings.Join(lines, "\n")
	}
	for _, tc := range []struct {
		name, file, wantErr string
	}{
		{"unknown key", strings.Replace(base, `"grace": 600,`, `"grace": 600, "gama": "0.1",`, 1), "unknown field"},
		{"duplicate key", strings.Replace(base, `"grace": 600,`, `"grace": 600, "grace": 700,`, 1), "duplicate key"},
		{"missing key", strings.Replace(base, `"grace": 600,`, ``, 1), `missing key "grace"`},
		{"decay as a JSON number", set("decay", "0.1"), "decay"},
		{"decay with an exponent", set("decay", `"1e-1"`), "decay must be a decimal string"},
		{"decay as a fraction", set("decay", `"1/10"`), "decay must be a decimal string"},
		{"decay 1", set("decay", `"1"`), "decay must be in [0, 1)"},
		{"gamma above 0.5", set("gamma", `"0.51"`), "gamma must be in [0, 0.5]"},
		{"rho 0", set("rho", `"0"`), "rho must be in (0, 1]"},
		{"rho above 1", set("rho", `"1.5"`), "rho must be in (0, 1]"},
		{"tau 0", set("tau", `"0"`), "tau must be > 0"},
		{"phi 1", set("phi", `"1"`), "phi must be in [0, 1)"},
		{"negative phi", set("phi", `"-0.1"`), "phi must be a decimal string"},
		{"minScores 0", set("minScores", "0"), "minScores must be in"},
		{"epochLength 0", set("epochLength", "0"), "epochLength must be > 0"},
		{"epochLength float", set("epochLength", "86400.0"), "epochLength must be a non-negative JSON integer"},
		{"decayEvery 0", set("decayEvery", "0"), "decayEvery must be >= 1"},
		{"version 0", set("version", "0"), "version must be >= 1"},
		{"emission0 as a number", set("emission0", "1074000000000000000000"), "emission0"},
		{"emission0 with decimals", set("emission0", `"1074.5"`), "emission0 must be a decimal integer"},
		{"emission0 above uint256", set("emission0", `"`+strings.Repeat("9", 80)+`"`), "emission0 must be a uint256"},
		{"bad treasury", set("treasury", `"0x1234"`), "invalid address"},
		{"zero treasury", set("treasury", `"0x0000000000000000000000000000000000000000"`), "zero address"},
		{"slashRate above 1", set("slashRate", `"1.1"`), "slashRate must be in [0, 1]"},
		{"null value", set("tau", "null"), `missing key "tau"`},
		{"trailing data", base + "{}", "trailing data"},
		{"not an object", `[1]`, "must be a JSON object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadPolicy(strings.NewReader(tc.file))
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
	// A devnet genesis (not a UTC midnight) is accepted.
	if _, err := LoadPolicy(bytes.NewReader([]byte(set("genesis", "1767225601")))); err != nil {
		t.Fatalf("devnet genesis: %v", err)
	}
}
