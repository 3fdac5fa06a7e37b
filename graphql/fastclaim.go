package graphql

import (
	"context"
	"strconv"
)

// The claim query is what every dApp user's page sends, for every account, and a cache rarely
// holds it (a million accounts, each asking about itself). graphql-go parses and validates the
// document on every request, then resolves each field through reflection and json.Marshal:
// about 60 µs of CPU per claim on the 2-core benchmark machine, more than the rest of the
// request outside Postgres. A document that is nothing but Query.claim with scalar fields is
// therefore recognized once (claimPlan, remembered with check's verdict) and answered directly:
// the same claims() query, the same resolver methods and scalars, written in the same compact
// JSON graphql-go writes (TestClaimPlanMatchesGraphQLGo compares them byte for byte). Anything
// else (another shape, a directive, a variable that is missing or not a valid address, a database
// error) goes through graphql-go, which produces the usual answer or error.

// claimPlan is a recognized claim document.
type claimPlan struct {
	key     string // the claim field's response key (its alias, or "claim")
	varName string // the account variable, or "" when the account is a literal
	literal string
	fields  []claimField
}

// claimField is one selected Claim field: response key and field name.
type claimField struct{ key, name string }

var claimFields = map[string]bool{
	"account": true, "settledEpoch": true, "cumulativeAmount": true, "claimed": true, "epoch": true, "root": true,
	"acceptedCumulativeAmount": true, "claimable": true, "proof": true, "distributor": true, "calldata": true, "__typename": true,
}

// planClaim recognizes `[query [Name] [($v: Address!)]] { [alias:] claim(account: $v | "0x…") { [alias:] field … } }`
// when operationName is empty or names the operation; nil otherwise.
func planClaim(src, operationName string) *claimPlan {
	t, err := lex(src)
	if err != nil {
		return nil
	}
	i := 0
	at := func(kind byte, text string) bool {
		return i < len(t) && t[i].kind == kind && t[i].text == text
	}
	name := func() (string, bool) {
		if i < len(t) && t[i].kind == 'n' {
			i++
			return t[i-1].text, true
		}
		return "", false
	}
	p := &claimPlan{}
	opName := ""
	declared := ""
	if at('n', "query") {
		i++
		opName, _ = name()
		if at('p', "(") {
			i++
			if !at('p', "$") {
				return nil
			}
			i++
			v, ok := name()
			if !ok || !at('p', ":") {
				return nil
			}
			i++
			if !at('n', "Address") {
				return nil
			}
			i++
			if !at('p', "!") {
				return nil
			}
			i++
			if !at('p', ")") {
				return nil
			}
			i++
			declared = v
		}
	}
	if operationName != "" && operationName != opName {
		return nil
	}
	if !at('p', "{") {
		return nil
	}
	i++
	first, ok := name()
	if !ok {
		return nil
	}
	p.key = first
	if at('p', ":") {
		i++
		if !at('n', "claim") {
			return nil
		}
		i++
	} else if first != "claim" {
		return nil
	}
	if !at('p', "(") {
		return nil
	}
	i++
	if !at('n', "account") {
		return nil
	}
	i++
	if !at('p', ":") {
		return nil
	}
	i++
	switch {
	case at('p', "$"):
		i++
		v, ok := name()
		if !ok || v != declared {
			return nil
		}
		p.varName = v
	case i < len(t) && t[i].kind == 's':
		s := t[i].text
		if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' || len(s) >= 6 && s[:3] == `"""` {
			return nil
		}
		for j := 1; j < len(s)-1; j++ {
			if s[j] == '\\' {
				return nil
			}
		}
		p.literal = s[1 : len(s)-1]
		i++
		if declared != "" {
			return nil // a declared variable left unused: graphql-go rejects the document
		}
	default:
		return nil
	}
	if !at('p', ")") {
		return nil
	}
	i++
	if !at('p', "{") {
		return nil
	}
	i++
	seen := map[string]bool{}
	for !at('p', "}") {
		key, ok := name()
		if !ok {
			return nil
		}
		field := key
		if at('p', ":") {
			i++
			if field, ok = name(); !ok {
				return nil
			}
		}
		if !claimFields[field] || seen[key] {
			return nil
		}
		seen[key] = true
		p.fields = append(p.fields, claimField{key, field})
	}
	i++
	if len(p.fields) == 0 || !at('p', "}") || i+1 != len(t) {
		return nil
	}
	return p
}

// execClaim answers a planned claim document; ok is false when graphql-go must answer instead.
func (s *Server) execClaim(ctx context.Context, p *claimPlan, vars map[string]any) ([]byte, bool) {
	input := any(p.literal)
	if p.varName != "" {
		input = vars[p.varName]
	}
	var a Address
	if err := a.UnmarshalGraphQL(input); err != nil {
		return nil, false
	}
	acct := a.lower()
	m, err := s.claims(ctx, []string{acct})
	if err != nil || m[acct] == nil {
		return nil, false
	}
	return p.write(m[acct]), true
}

// write renders c as graphql-go renders the planned selection of it.
func (p *claimPlan) write(c *claimR) []byte {
	out := make([]byte, 0, 2048)
	out = append(out, `{"`...)
	out = append(out, p.key...)
	out = append(out, `":{`...)
	for i, f := range p.fields {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, '"')
		out = append(out, f.key...)
		out = append(out, `":`...)
		switch f.name {
		case "__typename":
			out = append(out, `"Claim"`...)
		case "account":
			out = appendText(out, c.Account())
		case "settledEpoch":
			out = appendInt32(out, c.SettledEpoch())
		case "cumulativeAmount":
			out = appendText(out, c.CumulativeAmount())
		case "claimed":
			out = appendText(out, c.Claimed())
		case "epoch":
			out = appendInt32(out, c.Epoch())
		case "root":
			if r := c.Root(); r != nil {
				out = appendText(out, *r)
			} else {
				out = append(out, "null"...)
			}
		case "acceptedCumulativeAmount":
			out = appendText(out, c.AcceptedCumulativeAmount())
		case "claimable":
			out = appendText(out, c.Claimable())
		case "proof":
			out = append(out, '[')
			for j, h := range c.Proof() {
				if j > 0 {
					out = append(out, ',')
				}
				out = appendText(out, h)
			}
			out = append(out, ']')
		case "distributor":
			if d := c.Distributor(); d != nil {
				out = appendText(out, *d)
			} else {
				out = append(out, "null"...)
			}
		case "calldata":
			if b := c.Calldata(); b != nil {
				out = appendText(out, *b)
			} else {
				out = append(out, "null"...)
			}
		}
	}
	return append(out, "}}"...)
}

// appendText writes a scalar as encoding/json writes a TextMarshaler: a JSON string. The claim's
// scalars are hex and decimal digits, which need no escaping.
func appendText(out []byte, v interface{ MarshalText() ([]byte, error) }) []byte {
	b, _ := v.MarshalText()
	out = append(out, '"')
	out = append(out, b...)
	return append(out, '"')
}

func appendInt32(out []byte, v *int32) []byte {
	if v == nil {
		return append(out, "null"...)
	}
	return strconv.AppendInt(out, int64(*v), 10)
}
